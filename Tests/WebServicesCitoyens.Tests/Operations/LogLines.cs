using System.Text.Json;

namespace WebServicesCitoyens.Tests.Operations;

/// <summary>The host's console log read back: one JSON object per line (the banner's plain lines are skipped).</summary>
public static class LogLines
{
    public const string RequestCategory = "WebServicesCitoyens.Host.Operations.RequestObserver";

    public static IReadOnlyList<JsonElement> Parse(string output) =>
        output.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public static string? CorrelationId(JsonElement line) =>
        line.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Select(s => s.TryGetProperty("CorrelationId", out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null)
            : null;

    public static string State(JsonElement line, string name) =>
        line.GetProperty("State").TryGetProperty(name, out var value) ? value.ToString() : "";

    /// <summary>The lines of a host's output that carry a correlation id, waiting (10 s at most) until one satisfies <paramref name="until"/> — by default the request line — since the console logger writes from its own queue.</summary>
    public static async Task<IReadOnlyList<JsonElement>> OfRequestAsync(HostProcess host, string correlationId, Func<JsonElement, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var lines = Parse(host.Output).Where(line => CorrelationId(line) == correlationId).ToList();
            if (lines.Any(until ?? (line => line.GetProperty("Category").GetString() == RequestCategory)) || DateTime.UtcNow > deadline) return lines;
            await Task.Delay(100);
        }
    }

    /// <summary>The request lines written for a request (normally exactly one).</summary>
    public static IReadOnlyList<JsonElement> RequestLines(IEnumerable<JsonElement> lines) =>
        lines.Where(line => line.GetProperty("Category").GetString() == RequestCategory).ToList();
}
