using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Schemas.ServiceContract;

namespace WebServicesCitoyens.Schemas;

/// <summary>Flux.svc's published contract (flux.xsd, Wsdl/Flux.*), and the labels its faults use.</summary>
public static class FluxContract
{
    public const string EndpointPath = "/services/Flux.svc";

    public static readonly WsdlService Service = new(
        "FluxService", ContractNamespaces.Flux, "FluxService",
        ["PullDossiers", "AcknowledgeDossier", "PushStatus", "GetHistory", "SetCallback"],
        "Flux de Web Services Citoyens pour les logiciels des services des communes : relève des nouveaux dossiers, accusé de réception, changements d'état, historique. Documentation : README, « Éditeurs de logiciels : Flux.svc ».",
        " Generated from Services/WebServicesCitoyens/Schemas/flux.xsd by the host's generate-contracts command. Do not edit. ",
        EndpointPath);

    public static readonly ServiceContract Contract = new("Flux", Service, "flux.xsd", Operations());

    private static IReadOnlyList<ContractElement> Operations()
    {
        var client = Param("ClientId", FluxTexts.ClientIdLabel, true, FieldType.Text, 64);
        var secret = Param("Secret", FluxTexts.SecretLabel, true, FieldType.Text, 100);
        var number = Param("DossierNumber", ValidationTexts.DossierNumberLabel, true, FieldType.Text, 20);
        ContractElement Text(string name, string label) =>
            Param(name, label, false, FieldType.FreeText, BackOffice.DossierProcessing.MaxTextLength, FieldChecker.NonBlankPattern);
        return
        [
            Operation("PullDossiers", client, secret,
                new ContractElement("After", "After", FluxTexts.AfterLabel, false, CompositeFields.Part("", "After", FluxTexts.AfterLabel, false, FieldType.Integer, min: "0"), []),
                new ContractElement("Max", "Max", FluxTexts.MaxLabel, false,
                    CompositeFields.Part("", "Max", FluxTexts.MaxLabel, false, FieldType.Integer, min: "1", max: FluxTexts.MaxPull.ToString()), [])),
            Operation("AcknowledgeDossier", client, secret, number,
                Param("VendorReference", FluxTexts.VendorReferenceLabel, true, FieldType.Text, FluxTexts.MaxReference, FieldChecker.NonBlankPattern)),
            Operation("PushStatus", client, secret, number,
                Param("StepCode", FluxTexts.StepCodeLabel, false, FieldType.Text, 80, BackOfficeContract.CodePattern),
                Text("Message", FluxTexts.MessageLabel), Param("Close", FluxTexts.CloseLabel, false, FieldType.Boolean), Text("RejectReason", FluxTexts.RejectReasonLabel)),
            Operation("GetHistory", client, secret, number),
            Operation("SetCallback", client, secret, Param("CallbackUrl", FluxTexts.CallbackUrlLabel, false, FieldType.Text, Flux.CallbackAddress.MaxLength)),
        ];
    }
}
