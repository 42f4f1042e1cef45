using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page documents of the agents' pages under /gestion, rendered by backoffice.xsl: one
/// <c>page:BackOffice[@view]</c> per page (connexion, dossiers, dossier, message) holding the logged-in
/// agent (<c>page:Agent</c>), their commune as the SOAP results carry it (<c>tns:Commune</c>: name and
/// colours), a confirmation (<c>page:Notice</c>), the refusals to announce (<c>page:Errors</c>, each
/// <c>@path</c> the control it concerns, <c>@field</c> that path without ranks as in the citizen's form) and the values typed to refill (<c>page:Values</c>), then
/// what the view shows (see <see cref="BackOfficeQueuePage"/> and <see cref="BackOfficeDossierPage"/>).
/// </summary>
public static class BackOfficePage
{
    internal static readonly XNamespace Page = PageDocument.Namespace;

    /// <summary>What every back-office page says besides its view.</summary>
    public sealed record Context(Agent? Agent, CommuneInfo? Commune, string? Notice = null,
        IReadOnlyList<ValidationError>? Errors = null, IReadOnlyDictionary<string, string>? Values = null);

    public static XDocument Login(string? email, string? notice, IReadOnlyList<ValidationError>? errors) =>
        Document("connexion", new Context(null, null, notice, errors,
            email is { Length: > 0 and <= 254 } ? new Dictionary<string, string> { ["email"] = email } : null));

    /// <summary>A page that only says something (a dossier or document not found, a refused post), with the agent's header.</summary>
    public static XDocument Message(Context context, string title, string text, int status) =>
        Document("message", context, new XElement(Page + "Message", new XAttribute("status", status),
            new XElement(Page + "Title", title), new XElement(Page + "Text", text)));

    internal static XDocument Document(string view, Context context, params object?[] content)
    {
        var backOffice = new XElement(Page + "BackOffice", new XAttribute("view", view));
        if (context.Commune is { } commune) backOffice.Add(PageDocument.Serialize(commune, "Commune"));
        if (context.Agent is { } agent)
            backOffice.Add(new XElement(Page + "Agent", new XAttribute("id", agent.Id), new XAttribute("role", agent.Role.ToString()),
                new XElement(Page + "Name", agent.DisplayName), new XElement(Page + "Email", agent.Email),
                agent.Profiles.Select(p => new XElement(Page + "Profile", new XAttribute("code", p.Code), p.Label))));
        if (context.Notice is { } notice) backOffice.Add(new XElement(Page + "Notice", notice));
        if (context.Errors is { Count: > 0 } errors)
            backOffice.Add(new XElement(Page + "Errors", errors.Select(e => new XElement(Page + "Error",
                // @field: the field an instance path designates, as form.xsl reads it (the counter form reuses it).
                new XAttribute("path", e.Path), new XAttribute("field", PageDocument.FieldOf(e.Path)), e.Message))));
        if (context.Values is { Count: > 0 } values)
            backOffice.Add(new XElement(Page + "Values", values.Select(v => new XElement(Page + "Value", new XAttribute("path", v.Key), v.Value))));
        backOffice.Add(content);
        return new XDocument(new XElement(Page + "Page",
            new XAttribute(XNamespace.Xmlns + "page", PageDocument.Namespace),
            new XAttribute(XNamespace.Xmlns + "tns", ContractNamespaces.Procedure),
            backOffice));
    }

    /// <summary>A local time as the stylesheets read it (2026-11-23T15:45:00): wsc-datetime writes « 23/11/2026 à 15 h 45 ».</summary>
    internal static string Local(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
