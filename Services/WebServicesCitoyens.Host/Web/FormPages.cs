using Microsoft.AspNetCore.Http.Features;
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
    public const int MaxFormBytes = 64 * 1024;

    public static void MapFormPages(this WebApplication app)
    {
        app.MapGet("/communes/{insee}/{code}", async (string insee, string code, ProcedureCatalogue catalogue,
            SubmissionService submissions, XsltRenderer renderer, HttpContext context) =>
        {
            if (catalogue.Find(code) is not { } definition)
                return HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.UnknownProcedure, 404);
            try
            {
                var commune = await submissions.OfferingCommuneAsync(definition, insee);
                return RenderForm(renderer, ContractMapping.Form(definition, commune), context, NewRequestId(), null, null, 200);
            }
            catch (RequestValidationException refused)
            {
                return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refused.Errors[0].Message, 404);
            }
        });

        app.MapPost("/communes/{insee}/{code}", async (string insee, string code, ProcedureCatalogue catalogue,
            ProcedureEndpoints endpoints, SubmissionService submissions, XsltRenderer renderer, HttpContext context) =>
        {
            if (catalogue.Find(code) is not { } definition)
                return HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.UnknownProcedure, 404);
            if (context.Request.ContentLength > MaxFormBytes || !context.Request.HasFormContentType)
                return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, PageTexts.FormTooLarge, 413);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxFormBytes;

            var form = await context.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = 8 * 1024, ValueCountLimit = 200 });
            var requestId = form["clientRequestId"].ToString() is { Length: > 0 and <= 64 } posted && posted.All(IsIdCharacter)
                ? posted : NewRequestId();

            Commune? commune = null;
            try
            {
                commune = await submissions.OfferingCommuneAsync(definition, insee);
                var submit = FormRequestBuilder.Submit(definition, insee, requestId, form);
                var errors = endpoints.ForPath(WsdlGenerator.EndpointPath(code))!.Validator.Validate(submit);
                if (errors.Count > 0)
                {
                    // A citizen should see every problem at once: add the definition's own rules to the XSD's refusals.
                    var request = submit.Element(submit.Name.Namespace + "Request")!;
                    var today = DateOnly.FromDateTime(commune.ToLocal(DateTime.UtcNow));
                    var rules = DefinitionRules.Check(definition, request, commune, today).Where(r => errors.All(e => e.Path != r.Path));
                    throw new RequestValidationException([.. errors, .. rules]);
                }
                var receipt = await submissions.SubmitAsync(definition, insee, requestId,
                    submit.Element(submit.Name.Namespace + "Request")!, Channel.Web);
                return HtmlPages.Render(renderer, "receipt.xsl", PageDocument.For(receipt, "SubmitResult"));
            }
            catch (RequestValidationException refused) when (commune is not null)
            {
                return RenderForm(renderer, ContractMapping.Form(definition, commune), context, requestId,
                    FormRequestBuilder.Values(definition, form), refused.Errors, 422);
            }
            catch (RequestValidationException refused)
            {
                return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refused.Errors[0].Message, 404);
            }
        });
    }

    private static IResult RenderForm(XsltRenderer renderer, Contracts.FormDescription form, HttpContext context, string requestId,
        IReadOnlyDictionary<string, string>? values, IReadOnlyList<ValidationError>? errors, int status) =>
        HtmlPages.Render(renderer, "form.xsl", PageDocument.For(form, "GetFormResult", values, errors), status,
            new Dictionary<string, string> { ["action"] = context.Request.Path.Value!, ["request-id"] = requestId });

    /// <summary>Each rendering of the form gets its own idempotency key, so a double click files one dossier.</summary>
    private static string NewRequestId() => "web-" + Guid.NewGuid().ToString("N");

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';
}
