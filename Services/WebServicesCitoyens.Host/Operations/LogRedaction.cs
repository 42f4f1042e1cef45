using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// For text from outside (an SMTP server's answer, an exception's message) that goes to the log: e-mail
/// addresses are masked, since a server that refuses a recipient names it.
/// </summary>
public static partial class LogRedaction
{
    public const string Mask = "[adresse masquée]";

    public static string WithoutAddresses(string text) => Address().Replace(text, Mask);

    [GeneratedRegex(@"[^\s<>()""',;:@]+@[^\s<>()""',;:@]+\.[^\s<>()""',;:@]+")]
    private static partial Regex Address();
}
