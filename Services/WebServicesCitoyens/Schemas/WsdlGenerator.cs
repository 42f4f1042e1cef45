using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// Writes a procedure's WSDL 1.1 (SOAP 1.1, document/literal wrapped, WS-I Basic Profile) around
/// its XSD, which is inlined so that every client (PHP SoapClient, zeep, .NET) reads one file.
/// </summary>
public static class WsdlGenerator
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private const string PortType = "ProcedureService";
    private const string Binding = "BasicHttpBinding_ProcedureService";
    public const string DefaultHost = "http://localhost:5080";

    public static readonly string[] Operations = ["GetForm", "Submit", "GetStatus"];

    public static string SoapAction(string operation) => $"{ContractNamespaces.Procedure}/{PortType}/{operation}";

    /// <summary>The WSDL service of a procedure (all procedures share the port type and operations).</summary>
    public static WsdlService ProcedureService(string procedureCode) =>
        new("", ContractNamespaces.Procedure, PortType, Operations, "", "", EndpointPath(procedureCode));

    public static string EndpointPath(string procedureCode) => $"/services/procedures/{procedureCode}.svc";

    public static XDocument Generate(ProcedureDefinition definition, XDocument schema) => Generate(
        new WsdlService(definition.RequestTypeName + "Service", ContractNamespaces.Procedure, PortType, Operations,
            $"{definition.Title}. {definition.Summary} Documentation : /docs/{definition.Code}",
            $" Generated from the definition of {definition.Code} (version {definition.Version}). Do not edit. ",
            EndpointPath(definition.Code)),
        schema);

    /// <summary>A WSDL around its inlined schema: one operation element and its Response per operation.</summary>
    public static XDocument Generate(WsdlService service, XDocument schema)
    {
        XNamespace tns = service.Namespace;
        var binding = "BasicHttpBinding_" + service.PortType;
        string Message(string operation, string direction) => $"{service.PortType}_{operation}_{direction}Message";

        var definitions = new XElement(Wsdl + "definitions",
            new XAttribute("name", service.Name),
            new XAttribute("targetNamespace", service.Namespace),
            new XAttribute(XNamespace.Xmlns + "wsdl", Wsdl.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "soap", Soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xs", Xs.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "tns", tns.NamespaceName),
            new XComment(service.Comment),
            new XElement(Wsdl + "documentation", service.Documentation),
            new XElement(Wsdl + "types", new XElement(schema.Root!)),
            service.Operations.SelectMany(operation => new[]
            {
                new XElement(Wsdl + "message", new XAttribute("name", Message(operation, "Input")),
                    new XElement(Wsdl + "part", new XAttribute("name", "parameters"), new XAttribute("element", "tns:" + operation))),
                new XElement(Wsdl + "message", new XAttribute("name", Message(operation, "Output")),
                    new XElement(Wsdl + "part", new XAttribute("name", "parameters"), new XAttribute("element", $"tns:{operation}Response"))),
            }),
            new XElement(Wsdl + "portType", new XAttribute("name", service.PortType),
                service.Operations.Select(operation => new XElement(Wsdl + "operation", new XAttribute("name", operation),
                    new XElement(Wsdl + "input", new XAttribute("message", "tns:" + Message(operation, "Input"))),
                    new XElement(Wsdl + "output", new XAttribute("message", "tns:" + Message(operation, "Output")))))),
            new XElement(Wsdl + "binding", new XAttribute("name", binding), new XAttribute("type", "tns:" + service.PortType),
                new XElement(Soap + "binding", new XAttribute("transport", "http://schemas.xmlsoap.org/soap/http"), new XAttribute("style", "document")),
                service.Operations.Select(operation => new XElement(Wsdl + "operation", new XAttribute("name", operation),
                    new XElement(Soap + "operation", new XAttribute("soapAction", service.SoapAction(operation)), new XAttribute("style", "document")),
                    new XElement(Wsdl + "input", new XElement(Soap + "body", new XAttribute("use", "literal"))),
                    new XElement(Wsdl + "output", new XElement(Soap + "body", new XAttribute("use", "literal")))))),
            new XElement(Wsdl + "service", new XAttribute("name", service.Name),
                new XElement(Wsdl + "port", new XAttribute("name", binding), new XAttribute("binding", "tns:" + binding),
                    new XElement(Soap + "address", new XAttribute("location", DefaultHost + service.EndpointPath)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), definitions);
    }
}

/// <summary>What a WSDL describes: the service, its namespace and port type, its operations and its address.</summary>
public sealed record WsdlService(
    string Name, string Namespace, string PortType, IReadOnlyList<string> Operations, string Documentation, string Comment, string EndpointPath)
{
    public string SoapAction(string operation) => $"{Namespace}/{PortType}/{operation}";
}
