using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Console;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// The console log's format comes from Logging:Console (appsettings.json: the JSON formatter, one object per
/// line, UTC ISO-8601 timestamps, scopes with the correlation id); here only what configuration cannot say:
/// French text stays readable (« é », not « \u00E9 ») and a line is never indented over several.
/// </summary>
public static class LogsRegistration
{
    public static void AddLogs(this WebApplicationBuilder builder) =>
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
            options.JsonWriterOptions = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
