using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// The SOAP face of every procedure. Thin by design: it finds the procedure from the endpoint
/// address, maps the call to the application, and lets FaultTransformer turn refusals into faults.
/// The request has already passed the procedure's XSD in <see cref="SoapGuard"/>.
/// </summary>
public sealed class ProcedureService(
    IHttpContextAccessor http, SoapEndpoints endpoints, SubmissionService submissions) : IProcedureService
{
    private ProcedureDefinition Definition =>
        ((ProcedureEndpoint)endpoints.ForPath(http.HttpContext!.Request.Path.Value!)!).Definition;

    public async Task<FormDescription> GetFormAsync(string CommuneCode, string? PreviewKey = null)
    {
        var definition = Definition;
        return await submissions.FormAsync(definition, (await submissions.OfferingCommuneAsync(definition, CommuneCode, PreviewKey)).Commune!, PreviewKey);
    }

    public Task<Receipt> SubmitAsync(string CommuneCode, string ClientRequestId, ProcedureRequest Request, string? PreviewKey = null)
    {
        XNamespace tns = ContractNamespaces.Procedure;
        var request = new XElement(tns + "Request", Request.Fields.Select(f => XElement.Parse(f.OuterXml)));
        return submissions.SubmitAsync(Definition, CommuneCode, ClientRequestId, request, Channel.Soap, PreviewKey);
    }

    public Task<DossierStatus> GetStatusAsync(string DossierNumber, string TrackingCode) =>
        submissions.StatusAsync(Definition.Code, DossierNumber, TrackingCode);
}
