using System.Xml.Linq;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// An HTML page as an XML tree, to ask where an element stands (inside which details, fieldset):
/// parsed by lxml's HTML parser and written as C14N by Tests/Interop/canonical_html.py, the very
/// canonical form the rendering tests compare.
/// </summary>
public static class Html
{
    public static XDocument Parse(string html)
    {
        var file = Path.Combine(Path.GetTempPath(), "wsc-page-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(file, html);
        try
        {
            return XDocument.Parse(Tool.Succeed("/usr/bin/python3", Repository.PathOf("Tests", "Interop", "canonical_html.py"), file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The element with this id; fails the test when there is none or several.</summary>
    public static XElement ById(this XDocument page, string id)
    {
        var found = page.Descendants().Where(e => (string?)e.Attribute("id") == id).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one element with id {id}");
        return found[0];
    }

    public static bool HasClass(this XElement element, string name) =>
        ((string?)element.Attribute("class"))?.Split(' ').Contains(name) == true;
}
