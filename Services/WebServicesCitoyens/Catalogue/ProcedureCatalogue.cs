namespace WebServicesCitoyens.Catalogue;

/// <summary>The procedures the platform knows, by code.</summary>
public sealed class ProcedureCatalogue
{
    private readonly Dictionary<string, ProcedureDefinition> _byCode;

    public ProcedureCatalogue(IEnumerable<ProcedureDefinition> definitions, System.Xml.Schema.XmlSchemaSet? schemas = null)
    {
        Schemas = schemas;
        var list = definitions.ToList();
        var duplicate = list.GroupBy(d => d.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Procedure code '{duplicate.Key}' is defined twice.");
        Procedures = list;
        _byCode = list.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<ProcedureDefinition> Procedures { get; }

    /// <summary>The compiled schema of definitions, to read a commune's configuration like a catalogue file.</summary>
    public System.Xml.Schema.XmlSchemaSet? Schemas { get; }

    public ProcedureDefinition? Find(string code) => _byCode.GetValueOrDefault(code);
}
