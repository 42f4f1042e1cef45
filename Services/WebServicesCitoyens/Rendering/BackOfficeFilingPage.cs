using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Rendering.BackOfficePage;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page documents of a request an agent enters for a citizen at the counter or on the phone
/// (<c>/gestion/saisie</c>), rendered by backoffice-filing.xsl:
/// view <c>saisie</c>, the procedures the agent may file for (<c>page:Filings/page:Theme/page:Procedure[@href]</c>);
/// view <c>saisie-formulaire</c>, the procedure's form as its commune offers it — the very
/// <c>tns:GetFormResult</c> the citizen's form page renders — in <c>page:Filing[@action, @requestId]</c>,
/// the channel chosen coming back as the value <c>canal</c>;
/// view <c>saisie-enregistree</c>, what to hand the citizen (<c>page:Filed</c>: number, tracking code, its address).
/// </summary>
public static class BackOfficeFilingPage
{
    public const string Path = "/gestion/saisie";

    /// <summary>The control of the channel, and its values (what the refusals and refilled values name).</summary>
    public const string ChannelControl = "canal";
    public const string CounterValue = "guichet";
    public const string PhoneValue = "telephone";
    /// <summary>The control of the commune the request is addressed to (its INSEE code; empty: the agent's own).</summary>
    public const string AskedCommuneControl = "commune-demandee";

    public static string Href(string procedureCode) => $"{Path}/{Uri.EscapeDataString(procedureCode)}";

    /// <summary>The procedures grouped by theme, the themes in the catalogue's order.</summary>
    public static XDocument List(Context context, IReadOnlyList<ProcedureDefinition> procedures) =>
        Document("saisie", context, new XElement(Page + "Filings",
            procedures.GroupBy(p => p.Theme).OrderBy(theme => ThemeRank(theme.Key)).Select(theme => new XElement(Page + "Theme",
                new XAttribute("code", theme.Key),
                new XElement(Page + "Label", CatalogueTexts.ThemeLabel(theme.Key) ?? theme.Key),
                theme.Select(p => new XElement(Page + "Procedure",
                    new XAttribute("code", p.Code), new XAttribute("href", Href(p.Code)),
                    new XElement(Page + "Title", p.Title),
                    new XElement(Page + "Summary", p.Summary)))))));

    /// <param name="requestId">The idempotency key of this rendering, posted back (a double click files one dossier).</param>
    public static XDocument Form(Context context, FormDescription form, string procedureCode, string requestId) =>
        Document("saisie-formulaire", context, new XElement(Page + "Filing",
            new XAttribute("code", procedureCode), new XAttribute("action", Href(procedureCode)), new XAttribute("requestId", requestId),
            PageDocument.Serialize(form, "GetFormResult")));

    /// <param name="askedCommune">Set when the request was addressed to another commune: it went there, the agent cannot open it.</param>
    public static XDocument Filed(Context context, Receipt receipt, string channel, bool askedCommune = false) =>
        Document("saisie-enregistree", context, new XElement(Page + "Filed",
            new XAttribute("number", receipt.DossierNumber),
            askedCommune ? new XElement(Page + "AskedCommune", new XAttribute("code", receipt.Commune.Code), receipt.Commune.Name) : null,
            new XAttribute("href", BackOfficeDossierPage.Href(receipt.DossierNumber)),
            new XAttribute("channel", channel),
            new XElement(Page + "Procedure", new XAttribute("code", receipt.Procedure.Code), receipt.Procedure.Title),
            new XElement(Page + "Channel", BackOfficePageTexts.ChannelLabel(channel)),
            new XElement(Page + "TrackingCode", receipt.TrackingCode),
            new XElement(Page + "TrackingUrl", receipt.TrackingUrl)));

    private static int ThemeRank(string theme)
    {
        var rank = CatalogueTexts.Themes.Select(t => t.Code).ToList().IndexOf(theme);
        return rank < 0 ? int.MaxValue : rank;
    }
}
