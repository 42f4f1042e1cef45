using System.Xml.Linq;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>Writes a page rendered by one of the published stylesheets, with the hosted-page parameters.</summary>
public static class HtmlPages
{
    public static IResult Render(XsltRenderer renderer, string stylesheet, XDocument page, int status = 200,
        IReadOnlyDictionary<string, string>? parameters = null)
    {
        var all = new Dictionary<string, string> { ["standalone"] = "yes", ["assets"] = "/" };
        foreach (var (key, value) in parameters ?? new Dictionary<string, string>()) all[key] = value;
        return Results.Content(renderer.Render(stylesheet, page, all), "text/html; charset=utf-8", statusCode: status);
    }

    public static IResult Message(XsltRenderer renderer, string title, string text, int status) =>
        Render(renderer, "message.xsl", PageDocument.Message(title, text, status), status);

    /// <summary>The answer to a form <see cref="PostedForms.ReadAsync"/> refused: over its limits (413) or not UTF-8 (400).</summary>
    internal static IResult FormRefused(XsltRenderer renderer, PostedForms.Refusal refusal) =>
        Message(renderer, PageTexts.UnavailableTitle, refusal.Message, refusal.Status);
}
