using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Xsl;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// Renders XML to HTML with the published stylesheets of <c>Xsl/</c>, the same files commune sites
/// run on libxslt or Saxon. Stylesheets are compiled once; they may include siblings from the same
/// folder but get neither <c>document()</c> nor script.
/// </summary>
public sealed class XsltRenderer(string xslFolder)
{
    private readonly ConcurrentDictionary<string, XslCompiledTransform> _compiled = new();

    public string XslFolder { get; } = Path.GetFullPath(xslFolder);

    public string Render(string stylesheet, XDocument input, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var transform = _compiled.GetOrAdd(stylesheet, Compile);
        var arguments = new XsltArgumentList();
        foreach (var (name, value) in parameters ?? new Dictionary<string, string>())
            arguments.AddParam(name, "", value);

        // Into UTF-8 bytes, not a string: writing to a StringBuilder would make the HTML <meta> say utf-16.
        var output = new MemoryStream();
        var settings = transform.OutputSettings!.Clone();
        settings.Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using (var writer = XmlWriter.Create(output, settings))
        using (var reader = input.CreateReader())
            transform.Transform(reader, arguments, writer);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private XslCompiledTransform Compile(string stylesheet)
    {
        var path = Path.GetFullPath(Path.Combine(XslFolder, stylesheet));
        if (!path.StartsWith(XslFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            throw new FileNotFoundException($"No stylesheet {stylesheet} in {XslFolder}.");
        var transform = new XslCompiledTransform();
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        transform.Load(reader, new XsltSettings(enableDocumentFunction: false, enableScript: false), new FolderResolver(XslFolder));
        return transform;
    }

    /// <summary>Resolves xsl:include and xsl:import inside the stylesheet folder only.</summary>
    private sealed class FolderResolver(string folder) : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new XmlException($"Stylesheets may only include files of {folder}.");
            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
