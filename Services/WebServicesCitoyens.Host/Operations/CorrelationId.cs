using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// The id that ties a request's log lines, its SOAP fault and the caller's own logs together: a caller's
/// <c>X-Correlation-Id</c> when it is sane (1 to 64 letters, digits, '.', '_', '-': nothing a log reader
/// could mistake for structure, nothing long enough to carry data), otherwise a new random one.
/// </summary>
public static partial class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    public static string For(HttpRequest request) =>
        request.Headers[Header] is [{ } given] && Sane().IsMatch(given) ? given : Guid.NewGuid().ToString("N");

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Sane();
}
