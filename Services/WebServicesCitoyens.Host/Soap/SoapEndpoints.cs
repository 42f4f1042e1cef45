using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// A SOAP endpoint of the platform: its address, what its WSDL describes, its published files, its
/// validator, and the largest request body the guard reads for it (256 KiB unless the endpoint carries files).
/// </summary>
public record SoapEndpoint(string Path, WsdlService Service, string Wsdl, string Xsd, SchemaValidator Validator,
    int MaxBodyBytes = SoapGuard.MaxBodyBytes);

/// <summary>One procedure's SOAP endpoint.</summary>
public sealed record ProcedureEndpoint(ProcedureDefinition Definition, string Path, WsdlService Service, string Wsdl, string Xsd, SchemaValidator Validator)
    : SoapEndpoint(Path, Service, Wsdl, Xsd, Validator);

/// <summary>
/// Every SOAP endpoint of the platform (each procedure, the catalogue), built from the committed files
/// of <c>Wsdl/</c>. The host refuses to start when a committed file is not what its source generates,
/// so what is served, what is validated and what is documented never disagree.
/// </summary>
public sealed class SoapEndpoints
{
    private readonly Dictionary<string, SoapEndpoint> _byPath;

    private SoapEndpoints(IEnumerable<SoapEndpoint> endpoints) =>
        _byPath = endpoints.ToDictionary(e => e.Path, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<SoapEndpoint> All => _byPath.Values;

    public IEnumerable<ProcedureEndpoint> Procedures => _byPath.Values.OfType<ProcedureEndpoint>();

    public SoapEndpoint? ForPath(string path) => _byPath.GetValueOrDefault(path);

    public ProcedureEndpoint? ForProcedure(string code) => ForPath(WsdlGenerator.EndpointPath(code)) as ProcedureEndpoint;

    /// <param name="bodyLimits">Endpoints, by path, whose requests may be larger than <see cref="SoapGuard.MaxBodyBytes"/> (the citizen account's, which carries documents).</param>
    public static SoapEndpoints Load(ProcedureCatalogue catalogue, string wsdlFolder, IReadOnlyDictionary<string, int>? bodyLimits = null)
    {
        var files = new ContractFiles(wsdlFolder);
        var procedures = catalogue.Procedures.Select(definition =>
        {
            var (xsd, wsdl) = Committed(ContractFiles.Render(definition), files.XsdPath(definition.Code), files.WsdlPath(definition.Code));
            var validator = new SchemaValidator(SchemaValidator.LoadSchema(files.XsdPath(definition.Code)), ContractElement.OperationsOf(definition));
            return (SoapEndpoint)new ProcedureEndpoint(definition, WsdlGenerator.EndpointPath(definition.Code),
                WsdlGenerator.ProcedureService(definition.Code), wsdl, xsd, validator);
        });
        var services = ServiceContract.All.Select(contract =>
        {
            var (xsd, wsdl) = Committed(ContractFiles.Render(contract), files.XsdPath(contract), files.WsdlPath(contract));
            return new SoapEndpoint(contract.EndpointPath, contract.Service, wsdl, xsd,
                new SchemaValidator(SchemaValidator.LoadSchema(files.XsdPath(contract), contract.Service.Namespace),
                    contract.Operations, contract.Service.Namespace),
                bodyLimits?.GetValueOrDefault(contract.EndpointPath) is > SoapGuard.MaxBodyBytes and var limit ? limit : SoapGuard.MaxBodyBytes);
        });
        return new SoapEndpoints(procedures.Concat(services));
    }

    private static (string Xsd, string Wsdl) Committed((string Xsd, string Wsdl) expected, string xsdPath, string wsdlPath)
    {
        var (xsd, wsdl) = (Read(xsdPath), Read(wsdlPath));
        if (xsd != expected.Xsd || wsdl != expected.Wsdl)
            throw new InvalidOperationException(
                $"The committed contract {wsdlPath} differs from its source. "
                + "Run `dotnet run --project Services/WebServicesCitoyens.Host -- generate-contracts` and commit the result.");
        return (xsd, wsdl);
    }

    private static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException(
            $"{path} is missing. Run `dotnet run --project Services/WebServicesCitoyens.Host -- generate-contracts`.");
}
