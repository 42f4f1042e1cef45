using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>What every page of a logged-in agent needs: the agent, their commune (header, colours, local time), the renderer, the request's services.</summary>
internal sealed record AgentSession(Agent Agent, Commune? Commune, XsltRenderer Renderer, IServiceProvider Services)
{
    public DateTime ToLocal(DateTime utc) => Commune?.ToLocal(utc) ?? utc;

    public BackOfficePage.Context Context(string? notice = null, IReadOnlyList<ValidationError>? errors = null,
        IReadOnlyDictionary<string, string>? values = null) =>
        new(Agent, Commune is null ? null : ContractMapping.Info(Commune), notice, errors, values);

    /// <summary>The procedures of the agent's remit, in catalogue order.</summary>
    public IReadOnlyList<ProcedureDefinition> Remit(ProcedureCatalogue catalogue) =>
        catalogue.Procedures.Where(p => AgentRights.MayHandle(Agent, p)).ToList();

    /// <param name="format"><c>xml</c>: the page document itself (what a test or an integrator renders with backoffice.xsl).</param>
    public IResult Render(XDocument page, int status = StatusCodes.Status200OK, string? format = null) => format == "xml"
        ? Results.Content(page.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8", statusCode: status)
        : AgentPages.Render(Renderer, page, status);

    public IResult Message(string title, string text, int status) => Render(BackOfficePage.Message(Context(), title, text, status), status);

    /// <summary>The one answer for a dossier that does not exist and for one outside the agent's remit.</summary>
    public IResult DossierNotFound() =>
        Message(BackOfficePageTexts.NotFoundTitle, BackOfficeTexts.DossierNotFound, StatusCodes.Status404NotFound);
}
