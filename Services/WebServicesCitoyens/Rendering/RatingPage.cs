using System.Xml.Linq;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// What the citizen's pages show of a closed dossier's rating (seed 004), rendered by feedback.xsl's
/// templates: on the tracking page, <c>page:Feedback</c> holding the rating given (<c>cat:Rating</c>, as
/// the catalogue's RateDossier answers it) or, once the dossier is closed, <c>page:RatingForm</c>
/// (where it posts, and the dossier's number and tracking code, its proof); on the dashboard, the values
/// of a refused rating (<c>page:RatingValues[@number]</c>).
/// </summary>
public static class RatingPage
{
    private static readonly XNamespace Page = PageDocument.Namespace;

    public const string TrackingAction = "/suivi/avis";

    public static XDocument WithFeedback(XDocument page, bool closed, DossierRating? rating, string dossierNumber, string trackingCode)
    {
        if (rating is not null)
            page.Root!.Add(new XElement(Page + "Feedback", PageDocument.Serialize(rating, "Rating", ContractNamespaces.Catalogue)));
        else if (closed)
            page.Root!.Add(new XElement(Page + "Feedback", new XElement(Page + "RatingForm",
                new XAttribute("action", TrackingAction), new XAttribute("dossier", dossierNumber), new XAttribute("code", trackingCode))));
        return page;
    }

    public static XDocument WithRatingValues(XDocument page, string dossierNumber, IReadOnlyDictionary<string, string> values)
    {
        page.Root!.Add(new XElement(Page + "RatingValues", new XAttribute("number", dossierNumber),
            values.Select(v => new XElement(Page + "Value", new XAttribute("path", v.Key), v.Value))));
        return page;
    }
}
