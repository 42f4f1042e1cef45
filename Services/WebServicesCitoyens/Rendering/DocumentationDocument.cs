using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The XML the documentation pages are rendered from (<c>Xsl/doc.xsl</c> for one procedure,
/// <c>Xsl/docs-index.xsl</c> for the catalogue). A procedure's page document carries its sources as
/// they are — the definition file and the committed WSDL — plus what only the platform knows: the
/// public addresses, the parts of each composite field (postal address, WGS84 point, slot), and a
/// sample Submit request and response as the text a webmaster copies. The host serves it at
/// <c>/docs/{code}?format=xml</c>, so anyone can render it with the published stylesheet.
/// </summary>
public static class DocumentationDocument
{
    public const string SoapEnvelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Page = PageDocument.Namespace;
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;
    private static readonly XNamespace D = DefinitionLoader.DefinitionNamespace;
    private static readonly XNamespace Soap = SoapEnvelopeNamespace;

    /// <summary>Illustrative values of the sample receipt (a well-formed number with its check character).</summary>
    public const string SampleDossierNumber = "K7M-XR4-TWF";
    public const string SampleTrackingCode = "f4k7-nbn3-dq2d-2g6d-6ndb-xj65-p0n6-3ss1";

    /// <param name="definitionFile">The definition file, as committed (root <c>procedure</c>).</param>
    /// <param name="wsdl">The committed WSDL of the procedure.</param>
    /// <param name="platform">The platform's public address and tracking addresses.</param>
    /// <param name="commune">The commune of the samples (the demo commune).</param>
    /// <param name="today">The commune's date: sample dates are chosen inside the definition's bounds from it.</param>
    public static XDocument For(ProcedureDefinition definition, XDocument definitionFile, XDocument wsdl, PlatformOptions platform,
        Commune commune, DateOnly today)
    {
        var publicUrl = platform.PublicUrl;
        var endpoint = publicUrl + WsdlGenerator.EndpointPath(definition.Code);
        var documentation = new XElement(Page + "Documentation",
            new XAttribute("code", definition.Code),
            new XAttribute("themeLabel", CatalogueTexts.ThemeLabel(definition.Theme) ?? definition.Theme),
            new XElement(Page + "Addresses",
                new XAttribute("platform", publicUrl),
                new XAttribute("endpoint", endpoint),
                new XAttribute("wsdl", endpoint + "?wsdl"),
                new XAttribute("xsd", endpoint + "?xsd"),
                new XAttribute("form", $"{publicUrl}/communes/{commune.Code}/{definition.Code}"),
                new XAttribute("page", $"{publicUrl}/docs/{definition.Code}"),
                new XAttribute("commune", commune.Code),
                new XAttribute("communeName", commune.Name)),
            new XElement(definitionFile.Root!),
            new XElement(wsdl.Root!),
            new XElement(Page + "Composites", definition.AllFields().Where(CompositeFields.IsComposite).Select(field =>
                new XElement(Page + "Parts", new XAttribute("path", field.Path),
                    CompositeFields.PartsOf(field).Select(DefinitionField)))),
            new XElement(Page + "SampleRequest", SampleSubmit(definition, commune.Code, today)),
            new XElement(Page + "SampleResponse", SampleSubmitResponse(definition, commune, today, platform)));
        return new XDocument(new XElement(Page + "Page",
            new XAttribute(XNamespace.Xmlns + "page", PageDocument.Namespace),
            documentation));
    }

    /// <summary>The catalogue: every procedure by theme, themes in brochure order, procedures in catalogue order.</summary>
    public static XDocument Index(IEnumerable<ProcedureDefinition> procedures, string publicUrl) =>
        new(new XElement(Page + "Page",
            new XAttribute(XNamespace.Xmlns + "page", PageDocument.Namespace),
            new XElement(Page + "Catalogue",
                new XAttribute("platform", publicUrl),
                // Themes in the catalogue's order (the loader accepts no other theme).
                CatalogueTexts.Themes
                    .Select(theme => (theme.Code, theme.Label, Procedures: procedures.Where(p => p.Theme == theme.Code).ToList()))
                    .Where(theme => theme.Procedures.Count > 0)
                    .Select(theme => new XElement(Page + "Theme", new XAttribute("code", theme.Code), new XAttribute("label", theme.Label),
                        theme.Procedures.Select(p => new XElement(Page + "Procedure",
                            new XAttribute("code", p.Code),
                            new XAttribute("version", p.Version),
                            new XElement(Page + "Title", p.Title),
                            new XElement(Page + "Summary", p.Summary))))))));

    /// <summary>
    /// The whole Submit message of the sample request (<see cref="SampleRequest"/>), indented, as a
    /// SOAP client would post it. Its ClientRequestId names the procedure, so the samples of two
    /// procedures never collide at the same commune.
    /// </summary>
    public static string SampleSubmit(ProcedureDefinition definition, string communeCode, DateOnly today) =>
        new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "s", SoapEnvelopeNamespace),
            new XElement(Soap + "Body",
                new XElement(Tns + "Submit", new XAttribute("xmlns", ContractNamespaces.Procedure),
                    new XElement(Tns + "CommuneCode", communeCode),
                    new XElement(Tns + "ClientRequestId", SampleClientRequestId(definition)),
                    SampleRequest.For(definition, communeCode, today)))).ToString();

    public static string SampleClientRequestId(ProcedureDefinition definition) => "exemple-" + definition.Code;

    /// <summary>
    /// The response to the sample, as SoapCore writes it (same envelope, same serializer), indented,
    /// with illustrative number, code and time: submitted at 9:30 in the commune, first step done.
    /// </summary>
    public static string SampleSubmitResponse(ProcedureDefinition definition, Commune commune, DateOnly today, PlatformOptions platform)
    {
        var localTime = today.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Unspecified);
        var submitted = TimeZoneInfo.ConvertTimeToUtc(localTime, TimeZoneInfo.FindSystemTimeZoneById(commune.TimeZone));
        var history = new[]
        {
            new DossierEvent(SampleDossierNumber, 1, Timestamps.ToText(new DateTimeOffset(submitted)), DossierEventKinds.Submitted,
                definition.InitialStep.Code, DossierTexts.CitizenActor, null),
        };
        var receipt = new Receipt
        {
            DossierNumber = SampleDossierNumber,
            TrackingCode = SampleTrackingCode,
            TrackingUrl = platform.TrackingUrl(SampleDossierNumber, SampleTrackingCode),
            SubmittedAt = submitted,
            SubmittedAtLocal = localTime,
            Procedure = ContractMapping.Summary(definition),
            Commune = ContractMapping.Info(commune),
            Steps = CitizenSteps.Of(definition, definition.InitialStep.Code, history, commune),
        };
        XNamespace xsd = "http://www.w3.org/2001/XMLSchema", xsi = "http://www.w3.org/2001/XMLSchema-instance";
        return new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "s", SoapEnvelopeNamespace),
            new XAttribute(XNamespace.Xmlns + "xsd", xsd.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi.NamespaceName),
            new XElement(Soap + "Body",
                new XElement(Tns + "SubmitResponse", new XAttribute("xmlns", ContractNamespaces.Procedure),
                    PageDocument.Serialize(receipt, "SubmitResult")))).ToString();
    }

    /// <summary>A part of a composite field, written as a definition's field element (what the stylesheet reads for every field).</summary>
    private static XElement DefinitionField(FieldDefinition part) =>
        new(D + "field",
            new XAttribute("name", part.Name),
            new XAttribute("type", char.ToLowerInvariant(part.Type.ToString()[0]) + part.Type.ToString()[1..]),
            part.Required ? new XAttribute("required", "true") : null,
            part.MaxLength is { } max ? new XAttribute("maxLength", max.ToString(CultureInfo.InvariantCulture)) : null,
            part.Pattern is { } pattern ? new XAttribute("pattern", pattern) : null,
            part.Min is { } min ? new XAttribute("min", min) : null,
            part.Max is { } upper ? new XAttribute("max", upper) : null,
            new XElement(D + "label", part.Label));
}
