using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>One procedure's SOAP endpoint: its address, its published files and the validator built from its XSD.</summary>
public sealed record ProcedureEndpoint(ProcedureDefinition Definition, string Path, string Wsdl, string Xsd, SchemaValidator Validator);

/// <summary>
/// The procedure endpoints, built from the committed files of <c>Wsdl/procedures/</c>. The host
/// refuses to start when a committed file is not what the definition generates, so what is served,
/// what is validated and what is documented never disagree.
/// </summary>
public sealed class ProcedureEndpoints
{
    private readonly Dictionary<string, ProcedureEndpoint> _byPath;

    private ProcedureEndpoints(IEnumerable<ProcedureEndpoint> endpoints) =>
        _byPath = endpoints.ToDictionary(e => e.Path, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ProcedureEndpoint> All => _byPath.Values;

    public ProcedureEndpoint? ForPath(string path) => _byPath.GetValueOrDefault(path);

    public static ProcedureEndpoints Load(ProcedureCatalogue catalogue, string wsdlFolder)
    {
        var files = new ContractFiles(wsdlFolder);
        return new ProcedureEndpoints(catalogue.Procedures.Select(definition =>
        {
            var (expectedXsd, expectedWsdl) = ContractFiles.Render(definition);
            var xsd = ReadCommitted(files.XsdPath(definition.Code));
            var wsdl = ReadCommitted(files.WsdlPath(definition.Code));
            if (xsd != expectedXsd || wsdl != expectedWsdl)
                throw new InvalidOperationException(
                    $"The committed contract of {definition.Code} under Wsdl/procedures/ differs from its definition. "
                    + "Run `dotnet run --project Services/WebServicesCitoyens.Host -- generate-contracts` and commit the result.");
            var validator = new SchemaValidator(SchemaValidator.LoadSchema(files.XsdPath(definition.Code)), ContractElement.OperationsOf(definition));
            return new ProcedureEndpoint(definition, WsdlGenerator.EndpointPath(definition.Code), wsdl, xsd, validator);
        }));
    }

    private static string ReadCommitted(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException(
            $"{path} is missing. Run `dotnet run --project Services/WebServicesCitoyens.Host -- generate-contracts`.");
}
