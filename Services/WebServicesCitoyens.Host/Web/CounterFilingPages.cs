using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// A request an agent enters for a citizen at the counter or on the phone, <c>/gestion/saisie</c>: the
/// procedures the agent may file for (their remit, offered online by their commune), then
/// <c>/gestion/saisie/{code}</c>, the citizen's own form for the commune (the same GetForm description,
/// the same form.xsl fields, built into the same Submit element and refused the same way) with the
/// channel to choose. The post is filed through <see cref="OnBehalfFiling"/>, as FileOnBehalf files it
/// over SOAP, and answered with the dossier's number and tracking code to hand the citizen. A procedure
/// outside the remit answers exactly like one that does not exist.
/// </summary>
internal static class CounterFilingPages
{
    private const string Stylesheet = "backoffice-filing.xsl";

    public static void Map(RouteGroupBuilder pages)
    {
        // ?format=xml gives the page document.
        pages.MapGet("/saisie", (HttpContext context, string? format, OnBehalfFiling filing) => AgentPages.WithAgent(context, async session =>
            Render(session, BackOfficeFilingPage.List(session.Context(), await filing.ProceduresAsync(session.Agent)), format: format)));

        pages.MapGet("/saisie/{code}", (string code, string? format, HttpContext context, OnBehalfFiling filing, ProcedureCatalogue catalogue,
            SubmissionService submissions) => AgentPages.WithAgent(context, async session =>
            {
                if (await ProcedureAsync(session, filing, code) is not { } definition) return Unavailable(session, catalogue, code);
                var form = await submissions.FormAsync(definition, session.Commune!, previewKey: null);
                return Render(session, BackOfficeFilingPage.Form(session.Context(), form, definition.Code, OnBehalfFiling.NewRequestId()), format: format);
            }));

        pages.MapPost("/saisie/{code}", (string code, HttpContext context, OnBehalfFiling filing, ProcedureCatalogue catalogue,
            SubmissionService submissions, SoapEndpoints endpoints) => AgentPages.WithAgent(context, async session =>
            {
                if (AgentPages.RefusedPost(context, session) is { } refusal) return refusal;
                if (await ProcedureAsync(session, filing, code) is not { } definition) return Unavailable(session, catalogue, code);
                var (posted, unread) = await AgentPages.ReadFormAsync(context, session);
                if (posted is null) return unread!;
                var requestId = PostedForms.RequestId(posted, OnBehalfFiling.RequestIdPrefix) ?? OnBehalfFiling.NewRequestId();
                var channelValue = posted[BackOfficeFilingPage.ChannelControl].ToString();
                Channel? channel = channelValue switch
                {
                    BackOfficeFilingPage.CounterValue => Channel.Counter,
                    BackOfficeFilingPage.PhoneValue => Channel.Phone,
                    _ => null,
                };
                var commune = session.Commune!;
                // Empty: filed with the agent's own commune; an INSEE code: addressed to that commune (RequestFromCommune).
                var asked = posted[BackOfficeFilingPage.AskedCommuneControl].ToString().Trim();
                var form = FormRequestBuilder.Compact(definition, posted);
                // The commune's version the form showed: its own fields, its labels, what it made required.
                var version = (await submissions.InEffectAsync(definition, commune.Code, previewKey: null)).Definition;
                var validator = endpoints.ForProcedure(definition.Code)!.Validator;
                var submit = FormRequestBuilder.Submit(definition, version, commune.Code, requestId, form);
                var request = submit.Element(submit.Name.Namespace + "Request")!;

                // Every problem at once: the request's, then the channel's.
                List<ValidationError> errors = [.. PostedForms.Refusals(definition, version, commune, submit, validator, withRules: channel is null)];
                if (channel is null) errors.Add(new ValidationError(BackOfficeFilingPage.ChannelControl, BackOfficePageTexts.ChannelNeeded));
                try
                {
                    if (errors.Count > 0) throw new RequestValidationException(errors);
                    if (asked.Length > 0)
                    {
                        var sent = await RequestFromCommuneAsync(filing, session.Agent, asked, definition.Code, channel!.Value, request, endpoints, requestId);
                        return Render(session, BackOfficeFilingPage.Filed(session.Context(BackOfficePageTexts.FiledForCommune(
                            sent.Procedure.Title, sent.Commune.Name, sent.DossierNumber)), sent, channel.Value.ToString(), askedCommune: true));
                    }
                    var receipt = await FileAsync(filing, session.Agent, definition.Code, channel!.Value, request, endpoints, requestId);
                    return Render(session, BackOfficeFilingPage.Filed(
                        session.Context(BackOfficePageTexts.Filed(receipt.Procedure.Title, channel.Value.ToString())), receipt, channel.Value.ToString()));
                }
                catch (RequestValidationException refused)
                {
                    // The form again, the refusals linked to their fields, what was typed and the channel chosen kept.
                    var values = FormRequestBuilder.Values(version, form);
                    if (channel is not null) values[BackOfficeFilingPage.ChannelControl] = channelValue;
                    if (asked.Length > 0) values[BackOfficeFilingPage.AskedCommuneControl] = asked;
                    return Render(session, BackOfficeFilingPage.Form(session.Context(null, refused.Errors, values),
                        ContractMapping.Form(version, commune), definition.Code, requestId), StatusCodes.Status422UnprocessableEntity);
                }
            }));
    }

    private static async Task<Contracts.Receipt> FileAsync(OnBehalfFiling filing, Agent agent, string code, Channel channel, XElement request,
        SoapEndpoints endpoints, string requestId)
    {
        SchemaValidator? ValidatorOf(string procedure) => endpoints.ForProcedure(procedure)?.Validator;
        try
        {
            return await filing.FileAsync(agent, code, channel, request, ValidatorOf, requestId);
        }
        catch (RequestValidationException refused) when (refused.Errors.Any(e => e.Path == "ClientRequestId"))
        {
            // The agent went back, changed the form and sent it again: that is a new request.
            return await filing.FileAsync(agent, code, channel, request, ValidatorOf);
        }
    }

    /// <summary>
    /// The request addressed to another commune, its refusals of the commune asked linked to the form's control.
    /// Idempotent over the page's key like <see cref="FileAsync"/>: a double post (a reload) files one request.
    /// </summary>
    private static async Task<Contracts.Receipt> RequestFromCommuneAsync(OnBehalfFiling filing, Agent agent, string commune, string code,
        Channel channel, XElement request, SoapEndpoints endpoints, string requestId)
    {
        SchemaValidator? ValidatorOf(string procedure) => endpoints.ForProcedure(procedure)?.Validator;
        try
        {
            try
            {
                return await filing.RequestFromCommuneAsync(agent, commune, code, request, ValidatorOf, channel, requestId);
            }
            catch (RequestValidationException refused) when (refused.Errors.Any(e => e.Path == "ClientRequestId"))
            {
                // The agent went back, changed the form and sent it again to the same commune: that is a new request.
                return await filing.RequestFromCommuneAsync(agent, commune, code, request, ValidatorOf, channel);
            }
        }
        catch (RequestValidationException refused)
        {
            throw new RequestValidationException([.. refused.Errors.Select(e =>
                e.Path == "CommuneCode" ? new ValidationError(BackOfficeFilingPage.AskedCommuneControl, e.Message) : e)]);
        }
    }

    /// <summary>The procedure, when the agent may file for it; null when it is unknown, outside their remit or not offered.</summary>
    private static async Task<ProcedureDefinition?> ProcedureAsync(AgentSession session, OnBehalfFiling filing, string code)
    {
        if (session.Commune is null) return null;
        try
        {
            return await filing.ProcedureAsync(session.Agent, code);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }

    /// <summary>
    /// An unknown procedure and one outside the agent's remit: the one not-found page. One of the remit
    /// their commune does not offer online says so (the agent knows their remit).
    /// </summary>
    private static IResult Unavailable(AgentSession session, ProcedureCatalogue catalogue, string code) =>
        session.Commune is not null && session.Remit(catalogue).FirstOrDefault(p => p.Code == code) is { } known
            ? session.Message(BackOfficePageTexts.ProcedureUnavailableTitle, BackOfficeTexts.ProcedureNotOfferedHere(known.Title), StatusCodes.Status404NotFound)
            : session.Message(BackOfficePageTexts.ProcedureNotFoundTitle, BackOfficeTexts.ProcedureNotInRemit, StatusCodes.Status404NotFound);

    /// <summary>A page rendered by backoffice-filing.xsl (which imports form.xsl and backoffice.xsl); <c>xml</c> as <paramref name="format"/>: its page document.</summary>
    private static IResult Render(AgentSession session, XDocument page, int status = StatusCodes.Status200OK, string? format = null) =>
        format == "xml" ? session.Render(page, status, format) : HtmlPages.Render(session.Renderer, Stylesheet, page, status);
}
