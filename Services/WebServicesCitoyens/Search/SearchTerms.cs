using System.Globalization;
using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Search;

/// <summary>
/// The words of the full-text search, the same for what is indexed and what is typed: letters and digits
/// between any other character, folded to lower case without accents (« Orléans », « ORLEANS » and
/// « orleans » are one term), cut to <see cref="MaxLength"/>. One-character words are left out: as a
/// prefix they would match almost every dossier, and the index stays smaller.
/// </summary>
public static class SearchTerms
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    /// <summary>The distinct terms of a text, in order of appearance.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text)) return terms;
        var word = new StringBuilder();
        foreach (var c in Fold(text).Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (word.Length >= MinLength)
            {
                var term = word.Length > MaxLength ? word.ToString(0, MaxLength) : word.ToString();
                if (!terms.Contains(term)) terms.Add(term);
            }
            word.Clear();
        }
        return terms;
    }

    /// <summary>
    /// Every term of a dossier: each text value of its request (every field, every occurrence of a repeated
    /// group, the applicant's name among them) and its number, by its parts (« n97 », « 4t6 », « xwj ») and whole.
    /// </summary>
    public static IReadOnlyList<string> OfDossier(DossierRecord dossier)
    {
        var request = XElement.Parse(dossier.RequestXml);
        var text = new StringBuilder(dossier.Number).Append(' ').Append(dossier.Number.Replace("-", "")).Append(' ');
        foreach (var value in request.DescendantNodes().OfType<XText>()) text.Append(value.Value).Append(' ');
        return Of(text.ToString());
    }

    /// <summary>Lower case, without accents or ligatures (œ, æ, ß), so that a search needs neither.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (char.ToLowerInvariant(c))
            {
                case 'œ': folded.Append("oe"); break;
                case 'æ': folded.Append("ae"); break;
                case 'ß': folded.Append("ss"); break;
                case var lower: folded.Append(lower); break;
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
