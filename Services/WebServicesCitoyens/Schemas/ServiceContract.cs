using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// A platform service whose contract does not come from a definition (the catalogue, the citizen
/// account): a hand-written schema embedded in this assembly, the WSDL generated around it, both
/// committed as Wsdl/{FileName}.xsd and .wsdl, and the elements its validator explains in French.
/// </summary>
public sealed record ServiceContract(string FileName, WsdlService Service, string SchemaResource, IReadOnlyList<ContractElement> Operations)
{
    public string EndpointPath => Service.EndpointPath;

    public XDocument Schema() => EmbeddedSchemas.Load(SchemaResource);

    /// <summary>Every such service of the platform.</summary>
    public static IReadOnlyList<ServiceContract> All => [CatalogueContract.Contract, CitizenAccountContract.Contract, BackOfficeContract.Contract, AdministrationContract.Contract];

    public static ContractElement Param(string name, string label, bool required, FieldType type, int? maxLength = null, string? pattern = null) =>
        new(name, name, label, required, CompositeFields.Part("", name, label, required, type, maxLength, pattern), []);

    public static ContractElement Operation(string name, params ContractElement[] parameters) => new(name, name, name, true, null, parameters);
}
