using System.Globalization;
using System.Text;

namespace WebServicesCitoyens.Communes;

/// <summary>
/// The form of a commune name used for searching: no accents, lower case, words separated by one
/// space, and the abbreviations people type spelled out ("st" = "saint", "ste" = "sainte"), so that
/// "st etienne", "Saint-Étienne" and "SAINT ETIENNE" all meet.
/// </summary>
public static class SearchName
{
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["st"] = "saint", ["ste"] = "sainte", ["sts"] = "saints", ["stes"] = "saintes",
    };

    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            letters.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        // Ligatures do not decompose: Œ in "Œuf" is typed "oe".
        var words = letters.ToString().Replace("œ", "oe").Replace("æ", "ae")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Abbreviations.GetValueOrDefault(word, word));
        return string.Join(' ', words);
    }

    /// <summary>The searchable name from the start of each of its words: "saint etienne", "etienne".</summary>
    public static IEnumerable<string> KeysOf(string name)
    {
        var words = Of(name).Split(' ');
        return Enumerable.Range(0, words.Length).Select(i => string.Join(' ', words[i..])).Distinct();
    }
}
