using System.ServiceModel;
using WebServicesCitoyens.Contracts.Flux;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// Flux.svc, at <c>/services/Flux.svc</c> (WSDL and XSD under <c>Wsdl/</c>), for the software of a commune's
/// services (civil status, schools, electoral roll): every call carries the ClientId and Secret the commune's
/// administrator registered. A client reads its commune's dossiers of the procedures in its scope, never a test
/// dossier; any other dossier answers exactly like an unknown number, and refused credentials (unknown, rotated
/// away, revoked) all get the same fault. A refused call changes nothing.
/// </summary>
[ServiceContract(Name = "FluxService", Namespace = ContractNamespaces.Flux)]
[XmlSerializerFormat]
public interface IFluxService
{
    /// <summary>
    /// The client's dossiers after the cursor (After, the Cursor of the previous answer; none: from the start)
    /// that it has not acknowledged, in the commune's delivery order, Max (100 at most) at a time. After=0 is
    /// the same as no After (a WCF client sends a null long? as xsi:nil, which the schema refuses: give 0).
    /// </summary>
    [OperationContract(Name = "PullDossiers")]
    Task<DossierDelivery> PullDossiersAsync(string ClientId, string Secret, long? After, int? Max);

    /// <summary>Records the vendor's own reference for a dossier; the same call again changes nothing (a new reference replaces the old).</summary>
    [OperationContract(Name = "AcknowledgeDossier")]
    Task<DossierStatusInfo> AcknowledgeDossierAsync(string ClientId, string Secret, string DossierNumber, string VendorReference);

    /// <summary>
    /// One change, as an agent would make it, seen by the citizen at once: a step reached (StepCode), a message
    /// (Message, mailed), the dossier closed (Close) or rejected with a reason (RejectReason, mailed).
    /// </summary>
    [OperationContract(Name = "PushStatus")]
    Task<DossierStatusInfo> PushStatusAsync(string ClientId, string Secret, string DossierNumber, string? StepCode, string? Message, bool Close,
        string? RejectReason);

    /// <summary>The whole history of a dossier, oldest first.</summary>
    [OperationContract(Name = "GetHistory")]
    Task<DossierHistoryInfo> GetHistoryAsync(string ClientId, string Secret, string DossierNumber);

    /// <summary>
    /// Where the platform POSTs the client's events (a dossier filed, its step changed), signed; without
    /// CallbackUrl, none (the client pulls). Setting it again re-enables a callback disabled after failures.
    /// </summary>
    [OperationContract(Name = "SetCallback")]
    Task<CallbackState> SetCallbackAsync(string ClientId, string Secret, string? CallbackUrl);
}
