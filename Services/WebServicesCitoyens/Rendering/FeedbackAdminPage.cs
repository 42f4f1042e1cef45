using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of the administrators' feedback page (<c>/gestion/administration/avis</c>), rendered
/// by feedback-admin.xsl: the shell of <see cref="BackOfficePage"/> with <c>page:Feedback</c> — its
/// addresses (@href, @list, @people), the filter applied (page:Filter), the procedures to filter by, and
/// one page:Entry per piece of feedback (kind, procedure, dossier, rating, comment, malfunction, date,
/// the answer given) with the form to answer it.
/// </summary>
public static class FeedbackAdminPage
{
    private static readonly XNamespace Page = BackOfficePage.Page;

    public sealed record Filter(string? Procedure, string? Kind, bool Unanswered);

    public static XDocument For(BackOfficePage.Context context, AdministrationAddress address, Filter filter,
        IReadOnlyList<FeedbackRecord> entries, ProcedureCatalogue catalogue, Func<DateTime, DateTime> toLocal)
    {
        string Local(string at) => BackOfficePage.Local(toLocal(Timestamps.Parse(at)));
        return BackOfficePage.Document("avis", context, new XElement(Page + "Feedback",
            new XAttribute("href", address.Feedback()),
            new XAttribute("current", address.Feedback(filter.Procedure, filter.Kind, filter.Unanswered)),
            new XAttribute("list", address.List),
            new XAttribute("people", address.People),
            new XElement(Page + "Filter",
                new XAttribute("procedure", filter.Procedure ?? ""), new XAttribute("kind", filter.Kind ?? ""),
                new XAttribute("unanswered", filter.Unanswered ? "true" : "false")),
            new XElement(Page + "Kinds", FeedbackKinds.All.Select(k => new XElement(Page + "Kind", new XAttribute("code", k), FeedbackTexts.KindLabelOf(k)))),
            new XElement(Page + "Procedures", catalogue.Procedures.OrderBy(p => p.Title, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true))
                .Select(p => new XElement(Page + "Procedure", new XAttribute("code", p.Code), p.Title))),
            entries.Select(f => new XElement(Page + "Entry",
                new XAttribute("id", f.Id), new XAttribute("kind", f.Kind), new XAttribute("test", f.Test ? "true" : "false"),
                new XElement(Page + "KindLabel", FeedbackTexts.KindLabelOf(f.Kind)),
                f.ProcedureCode is { } code ? new XElement(Page + "Procedure", new XAttribute("code", code), catalogue.Find(code)?.Title ?? code) : null,
                f.DossierNumber is { } number ? new XElement(Page + "Dossier", new XAttribute("href", "/gestion/dossiers/" + number), number) : null,
                f.Rating is { } rating ? new XElement(Page + "Rating", rating) : null,
                f.Comment is { } comment ? new XElement(Page + "Comment", comment) : null,
                f.HasMalfunction ? new XElement(Page + "Malfunction", f.MalfunctionDescription ?? "") : null,
                new XElement(Page + "CreatedAt", Local(f.CreatedAt)),
                f.Answer is { } answer ? new XElement(Page + "Answer", new XAttribute("at", Local(f.AnsweredAt!)), answer) : null))));
    }
}
