using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The rating form of feedback.xsl as posted (the tracking page's and the dashboard's): its controls
/// read into a <see cref="RatingInput"/>, the values to refill, and each refusal moved to the control it
/// concerns (prefix-note, prefix-commentaire, prefix-description; the prefix alone for the dossier).
/// </summary>
internal static class RatingForms
{
    public static RatingInput Input(IFormCollection form) => new(
        int.TryParse(form["note"].ToString(), out var rating) ? rating : 0,
        form["commentaire"].ToString(),
        form["dysfonctionnement"].ToString() == "oui",
        form["description"].ToString());

    /// <summary>What was typed, to show again with the refusals (never more than the controls of the form).</summary>
    public static IReadOnlyDictionary<string, string> Values(IFormCollection form) =>
        new[] { "note", "commentaire", "dysfonctionnement", "description" }
            .Where(name => form[name].ToString().Length > 0)
            .ToDictionary(name => name, name => form[name].ToString());

    public static IReadOnlyList<ValidationError> OnControls(RequestValidationException refused, string prefix) =>
        refused.Errors.Select(e => e with
        {
            Path = e.Path switch
            {
                "Rating" => prefix + "-note",
                "Comment" => prefix + "-commentaire",
                "MalfunctionDescription" => prefix + "-description",
                _ => prefix,
            },
        }).ToList();

    /// <summary>Whether the refusal is about the dossier itself (open, already rated, unknown) rather than what was typed.</summary>
    public static bool IsAboutDossier(RequestValidationException refused) => refused.Errors.Any(e => e.Path == "DossierNumber");
}
