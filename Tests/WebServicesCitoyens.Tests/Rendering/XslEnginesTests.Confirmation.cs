using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>message.xsl with a confirmation button (the HostedForms acknowledgement link's page), on the three engines.</summary>
public sealed partial class XslEnginesTests
{
    [Test]
    public void The_confirmation_page_of_an_acknowledgement_link_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var page = PageDocument.Confirmation(HostedFormsTexts.ConfirmTitle, HostedFormsTexts.Confirm("K7M-XR4-TWC"), "/mairie/accuse-reception",
            new Dictionary<string, string> { ["dossier"] = "K7M-XR4-TWC", ["jeton"] = "a&b\"<c>" }, HostedFormsTexts.ConfirmButton);

        var (dotnet, libxslt, saxon) = RenderEverywhere("message.xsl", page.ToString(), WholePage, "confirmation");

        Assert.That(dotnet, Does.Contain("<h1>Confirmer la réception du dossier</h1>")
            .And.Contain("<form action=\"/mairie/accuse-reception\" class=\"wsc-form\" method=\"post\">")
            .And.Contain("<input name=\"jeton\" type=\"hidden\" value=\"a&amp;b&quot;&lt;c>\">")
            .And.Contain("<button class=\"wsc-button\" type=\"submit\">Confirmer la réception</button>"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }
}
