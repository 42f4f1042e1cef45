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
    public static IReadOnlyList<ServiceContract> All => [CatalogueContract.Contract, CitizenAccountContract.Contract, BackOfficeContract.Contract, AdministrationContract.Contract, FluxContract.Contract,
        EchoContract.Contract];

    public static ContractElement Param(string name, string label, bool required, FieldType type, int? maxLength = null, string? pattern = null) =>
        new(name, name, label, required, CompositeFields.Part("", name, label, required, type, maxLength, pattern), []);

    public static ContractElement Operation(string name, params ContractElement[] parameters) => new(name, name, name, true, null, parameters);

    /// <summary>The parameters of a dossier's rating (seed 004), the same on the catalogue and the citizen account.</summary>
    public static ContractElement[] RatingParameters() =>
    [
        new("Rating", "Rating", Texts.FeedbackTexts.RatingLabel, true,
            CompositeFields.Part("", "Rating", Texts.FeedbackTexts.RatingLabel, true, FieldType.Integer, min: "1", max: "5"), []),
        Param("Comment", Texts.FeedbackTexts.CommentLabel, false, FieldType.FreeText, Texts.FeedbackTexts.MaxComment),
        Param("Malfunction", Texts.FeedbackTexts.MalfunctionLabel, false, FieldType.Boolean),
        Param("MalfunctionDescription", Texts.FeedbackTexts.MalfunctionDescriptionLabel, false, FieldType.FreeText, Texts.FeedbackTexts.MaxComment),
    ];
}
