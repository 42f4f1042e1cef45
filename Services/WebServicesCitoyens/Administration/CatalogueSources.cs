using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Administration;

/// <summary>
/// The catalogue's definition files as written, by procedure code: a commune's first Draft is a copy
/// of its procedure's file, comments included, so that an administrator exporting it reads what the
/// catalogue's authors wrote.
/// </summary>
public sealed class CatalogueSources(IReadOnlyDictionary<string, string> texts)
{
    /// <summary>Reads every definition file of a catalogue folder (the same files the catalogue was loaded from).</summary>
    public static CatalogueSources Load(string catalogueFolder)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(catalogueFolder, "*.xml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var code = (string?)XDocument.Load(reader).Root?.Attribute("code");
            if (code is not null) texts[code] = text;
        }
        return new CatalogueSources(texts);
    }

    /// <summary>The file of a catalogue procedure.</summary>
    public string Of(ProcedureDefinition published) =>
        texts.TryGetValue(published.Code, out var text) ? text : throw new InvalidOperationException($"No definition file for {published.Code}.");
}
