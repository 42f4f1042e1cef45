using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The hosted form of a procedure for a commune, <c>/communes/{insee}/{code}</c> (iframe-ready):
/// GET renders the form from GetForm's XML; POST validates exactly as the SOAP service does, then
/// shows the receipt, or the form again with the errors announced and the values kept.
/// </summary>
public static class FormPages
{
    public static void MapFormPages(this WebApplication app)
    {
        app.MapGet("/communes/{insee}/{code}", async (string insee, string code, ProcedureCatalogue catalogue,
            SubmissionService submissions, AccountService accounts, ProfileService profiles, XsltRenderer renderer, HttpContext context) =>
        {
            if (catalogue.Find(code) is not { } definition)
                return HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.UnknownProcedure, 404);
            var offer = await submissions.CheckOfferAsync(definition, insee, PreviewKey(context));
            if (offer is { Refusal: OfferRefusal.HandledByCommuneSite, RedirectUrl: { } communeSite })
                return Results.Redirect(communeSite);
            if (offer.Refusal is { } refusal) return Unavailable(renderer, definition, insee, offer.Commune, refusal);
            // A logged-in citizen finds the applicant's fields filled from their personal data, to check before sending.
            var prefilled = await CitizenCookie.CitizenAsync(context, accounts) is { } citizen
                ? ProfileValues.Prefill(definition, await profiles.GetAsync(citizen), citizen.Email)
                : [];
            if (prefilled.Count > 0) PrivateResponses.Page(context);
            return RenderForm(renderer, await submissions.FormAsync(definition, offer.Commune!, PreviewKey(context)), context, NewRequestId(), prefilled, null, 200,
                prefilled.Count > 0 ? ProfileTexts.Prefilled : null);
        });

        app.MapPost("/communes/{insee}/{code}", async (string insee, string code, ProcedureCatalogue catalogue,
            SoapEndpoints endpoints, SubmissionService submissions, AccountService accounts, XsltRenderer renderer, HttpContext context) =>
        {
            if (catalogue.Find(code) is not { } definition)
                return HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.UnknownProcedure, 404);
            var offer = await submissions.CheckOfferAsync(definition, insee, PreviewKey(context));
            if (offer.Refusal is { } refusal) return Unavailable(renderer, definition, insee, offer.Commune, refusal);
            var commune = offer.Commune!;
            if (!context.Request.HasFormContentType)
                return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, PageTexts.FormUnreadable, 415);
            var (form, unread) = await PostedForms.ReadAsync(context);
            if (form is null) return HtmlPages.FormRefused(renderer, unread!);
            // Any id a commune's own page may have written (its PHP page posts here too).
            var requestId = PostedForms.RequestId(form, prefix: "") ?? NewRequestId();
            form = FormRequestBuilder.Compact(definition, form);
            // The commune's version the form showed: its own fields, its labels, what it made required.
            var version = (await submissions.InEffectAsync(definition, commune.Code, PreviewKey(context))).Definition;

            try
            {
                var validator = endpoints.ForPath(WsdlGenerator.EndpointPath(code))!.Validator;
                return HtmlPages.Render(renderer, "receipt.xsl",
                    PageDocument.For(await SubmitAsync(definition, version, commune, requestId, form, validator, submissions, PreviewKey(context),
                        // A logged-in citizen follows the dossier from their account (posted from the platform's own page only).
                        PagePosts.IsSameOrigin(context) ? (await CitizenCookie.CitizenAsync(context, accounts))?.Id : null), "SubmitResult"));
            }
            catch (RequestValidationException refused)
            {
                return RenderForm(renderer, ContractMapping.Form(version, commune), context, requestId,
                    FormRequestBuilder.Values(version, form), refused.Errors, 422);
            }
        });
    }

    private static async Task<Contracts.Receipt> SubmitAsync(ProcedureDefinition definition, ProcedureDefinition version, Commune commune,
        string requestId, IFormCollection form, SchemaValidator validator, SubmissionService submissions, string? previewKey, string? citizenId)
    {
        var submit = FormRequestBuilder.Submit(definition, version, commune.Code, requestId, form);
        var request = submit.Element(submit.Name.Namespace + "Request")!;
        if (PostedForms.Refusals(definition, version, commune, submit, validator) is { Count: > 0 } errors)
            throw new RequestValidationException(errors);
        try
        {
            return await submissions.SubmitAsync(definition, commune.Code, requestId, request, Channel.Web, previewKey, citizenId);
        }
        catch (RequestValidationException refused) when (refused.Errors.Any(e => e.Path == "ClientRequestId"))
        {
            // The citizen went back, changed the form and sent it again: that is a new request.
            return await submissions.SubmitAsync(definition, commune.Code, NewRequestId(), request, Channel.Web, previewKey, citizenId);
        }
    }

    private static IResult Unavailable(XsltRenderer renderer, ProcedureDefinition definition, string insee, Commune? commune, OfferRefusal refusal) =>
        HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refusal switch
        {
            OfferRefusal.CommuneNotServed => PageTexts.CommuneNotServed(insee),
            OfferRefusal.HandledByCommuneSite => PageTexts.HandledByCommuneSite(commune!.Name, definition.Title),
            _ => PageTexts.ProcedureNotOnline(commune!.Name, definition.Title),
        }, 404);

    /// <summary>The commune's preview key, given as ?apercu= to open a procedure still in Test.</summary>
    public const string PreviewKeyParameter = "apercu";

    private static string? PreviewKey(HttpContext context) =>
        context.Request.Query[PreviewKeyParameter].ToString() is { Length: > 0 } key ? key : null;

    private static IResult RenderForm(XsltRenderer renderer, Contracts.FormDescription form, HttpContext context, string requestId,
        IReadOnlyDictionary<string, string>? values, IReadOnlyList<ValidationError>? errors, int status, string? notice = null) =>
        HtmlPages.Render(renderer, "form.xsl", PageDocument.For(form, "GetFormResult", values, errors, notice: notice), status,
            // The form posts back to its own address, preview key included.
            new Dictionary<string, string> { ["action"] = context.Request.Path.Value! + PreviewQuery(context), ["request-id"] = requestId });

    private static string PreviewQuery(HttpContext context) =>
        PreviewKey(context) is { } key ? $"?{PreviewKeyParameter}={Uri.EscapeDataString(key)}" : "";

    /// <summary>Each rendering of the form gets its own idempotency key, so a double click files one dossier.</summary>
    private static string NewRequestId() => "web-" + Guid.NewGuid().ToString("N");
}
