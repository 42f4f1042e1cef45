using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Rendering;

/// <summary>One of the commune's vendor clients as its page shows it: the client, its callback and its latest delivery attempts.</summary>
public sealed record VendorClientView(VendorClient Client, string? CallbackUrl, long Failures, string? DisabledAt, IReadOnlyList<WebhookAttempt> Attempts);

/// <summary>
/// The page document of <c>/gestion/administration/logiciels</c> (view <c>logiciels</c>, page:Vendors,
/// rendered by administration.xsl): the commune's vendor clients with their scope, dates, callback and
/// webhook log, the form that registers one (the remit's themes and procedures, as the profiles' form),
/// and, on the answer to a registration or a renewal only, the secret (page:Secret), never stored. The
/// registration form's one-time key is @registration; a client whose webhooks wait for a renewed secret
/// (registered before migration 0016) has page:Suspended.
/// </summary>
public static class AdministrationVendorsPage
{
    private static readonly XNamespace Page = BackOfficePage.Page;

    /// <summary>The attempts shown per client: the latest ones, enough to see a failing callback.</summary>
    public const int AttemptsShown = 20;

    public static XDocument Vendors(BackOfficePage.Context context, AdministrationAddress address, IReadOnlyList<VendorClientView> clients,
        ProcedureCatalogue catalogue, Func<DateTime, DateTime> toLocal, string registrationKey, (VendorClient Client, string Secret)? secret = null,
        string? open = null)
    {
        string Local(string timestamp) => BackOfficePage.Local(toLocal(Timestamps.Parse(timestamp)));
        return BackOfficePage.Document("logiciels", context, new XElement(Page + "Vendors",
            new XAttribute("href", address.Vendors()), new XAttribute("list", address.List), new XAttribute("people", address.People),
            open is null ? null : new XAttribute("open", open), new XAttribute("registration", registrationKey),
            secret is { } shown
                ? new XElement(Page + "Secret", new XAttribute("client", shown.Client.Id),
                    new XElement(Page + "Heading", AdministrationVendorTexts.SecretHeading(shown.Client.Name)),
                    new XElement(Page + "Warning", AdministrationVendorTexts.SecretWarning),
                    new XElement(Page + "Value", shown.Secret))
                : null,
            clients.Select(v => new XElement(Page + "Client",
                new XAttribute("id", v.Client.Id), new XAttribute("createdAt", Local(v.Client.CreatedAt)),
                v.Client.RotatedAt is null ? null : new XAttribute("rotatedAt", Local(v.Client.RotatedAt)),
                v.Client.RevokedAt is null ? null : new XAttribute("revokedAt", Local(v.Client.RevokedAt)),
                new XElement(Page + "Name", v.Client.Name),
                v.Client.Scope.Select(s => new XElement(Page + "Scope", new XAttribute("code", s), CatalogueTexts.ThemeLabel(s) ?? catalogue.Find(s)?.Title ?? s)),
                new XElement(Page + "Callback", v.CallbackUrl is null ? null : new XAttribute("url", v.CallbackUrl),
                    v.CallbackUrl is null ? AdministrationVendorTexts.NoCallback : AdministrationVendorTexts.CallbackState(v.Failures, v.DisabledAt)),
                v.Client.SignsWebhooks || v.Client.IsRevoked ? null : new XElement(Page + "Suspended", AdministrationVendorTexts.WebhooksNeedNewSecret),
                v.Attempts.Take(AttemptsShown).Select(a => new XElement(Page + "Attempt",
                    new XAttribute("at", Local(a.AttemptedAt)), new XAttribute("number", a.Attempt),
                    new XAttribute("event", a.EventKind), new XAttribute("dossier", a.DossierNumber),
                    a.StatusCode is { } status ? new XAttribute("status", status) : null,
                    new XElement(Page + "Outcome", a.DeliveredAt is not null ? AdministrationVendorTexts.Delivered : AdministrationVendorTexts.Failed),
                    a.Error is null ? null : new XElement(Page + "Error", a.Error))))),
            new XElement(Page + "Themes", CatalogueTexts.Themes.Select(t => new XElement(Page + "Theme", new XAttribute("code", t.Code), t.Label,
                catalogue.Procedures.Where(p => p.Theme == t.Code).Select(p => new XElement(Page + "Procedure", new XAttribute("code", p.Code), p.Title)))))));
    }
}
