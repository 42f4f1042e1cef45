using System.ServiceModel;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// The contract every procedure of the catalogue publishes at <c>/services/procedures/{code}.svc</c>.
/// One contract serves all procedures: each endpoint's WSDL (under <c>Wsdl/procedures/</c>) types
/// <c>Request</c> with that procedure's own request type, derived from its definition.
/// </summary>
[ServiceContract(Name = "ProcedureService", Namespace = ContractNamespaces.Procedure)]
[XmlSerializerFormat]
public interface IProcedureService
{
    /// <summary>
    /// The form of the procedure as the commune offers it, with the steps a citizen will see.
    /// <paramref name="PreviewKey"/> (optional) opens a procedure the commune still has in Test.
    /// </summary>
    [OperationContract(Name = "GetForm")]
    Task<FormDescription> GetFormAsync(string CommuneCode, string? PreviewKey = null);

    /// <summary>
    /// Files a dossier with the commune. <paramref name="ClientRequestId"/> makes the call idempotent:
    /// a retry with the same commune and id returns the first receipt and stores nothing.
    /// The receipt is returned only once the dossier is committed. With the commune's
    /// <paramref name="PreviewKey"/>, a procedure in Test takes a dossier marked as a test.
    /// A civil-status act goes to the commune that holds the register, named in the request.
    /// </summary>
    [OperationContract(Name = "Submit")]
    Task<Receipt> SubmitAsync(string CommuneCode, string ClientRequestId, ProcedureRequest Request, string? PreviewKey = null);

    /// <summary>The steps of a dossier, dated once done; the tracking code proves the caller may see it.</summary>
    [OperationContract(Name = "GetStatus")]
    Task<DossierStatus> GetStatusAsync(string DossierNumber, string TrackingCode);
}
