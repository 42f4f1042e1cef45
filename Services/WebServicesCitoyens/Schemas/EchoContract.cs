using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using static WebServicesCitoyens.Schemas.ServiceContract;

namespace WebServicesCitoyens.Schemas;

/// <summary>Echo.svc's published contract (echo.xsd, Wsdl/Echo.*), and the label its faults use.</summary>
public static class EchoContract
{
    public const string EndpointPath = "/services/Echo.svc";

    /// <summary>The longest text echoed (echo.xsd's TexteEcho).</summary>
    public const int MaxText = 1000;

    public static readonly WsdlService Service = new(
        "EchoService", ContractNamespaces.Echo, "EchoService",
        ["Echo"],
        "Écho de Web Services Citoyens : renvoie son texte, pour mesurer la pile SOAP seule. Documentation : README, « Performances ».",
        " Generated from Services/WebServicesCitoyens/Schemas/echo.xsd by the host's generate-contracts command. Do not edit. ",
        EndpointPath);

    public static readonly ServiceContract Contract = new("Echo", Service, "echo.xsd",
        [Operation("Echo", Param("Text", Texts.ValidationTexts.EchoTextLabel, true, FieldType.Text, MaxText))]);
}
