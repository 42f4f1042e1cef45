using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Notifications;

/// <summary>
/// How a text names a placeholder — a name between braces, without spaces or braces: {numero} — shared
/// by the mails (<see cref="MessageTemplate"/>) and the documents (<see cref="Workflow.DocumentTemplate"/>)
/// so that an agent writes both the same way; what names each accepts is theirs.
/// </summary>
internal static partial class PlaceholderSyntax
{
    /// <summary>A placeholder; group 1 is its name.</summary>
    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    public static partial Regex Pattern();

    /// <summary>The names between braces in <paramref name="text"/> that <paramref name="isKnown"/> rejects, each once.</summary>
    public static IReadOnlyList<string> Unknown(string text, Func<string, bool> isKnown) => Pattern().Matches(text)
        .Select(m => m.Groups[1].Value).Where(name => !isKnown(name)).Distinct().ToList();
}
