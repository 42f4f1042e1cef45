using System.Xml.Linq;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of /signature/verifier (rendered by signature.xsl): the upload form of an
/// acknowledgement of receipt, the addresses of the platform's published certificate and, after an
/// upload, the verdict of <see cref="AcknowledgementVerifier"/> — the very sentence verify-receipt prints.
/// </summary>
public static class SignaturePage
{
    public const string Action = "/signature/verifier";
    public const string CertificateDer = "/signature/certificat-plateforme.cer";
    public const string CertificatePem = "/signature/certificat-plateforme.pem";
    /// <summary>The name of the file control, also the multipart part the page reads.</summary>
    public const string FileControl = "accuse";

    public static XDocument For(AcknowledgementCheck? verdict) =>
        new(new XElement(PageDocument.Page + "Page", new XAttribute(XNamespace.Xmlns + "page", PageDocument.Namespace),
            new XElement(PageDocument.Page + "Signature",
                new XElement(PageDocument.Page + "Title", AcknowledgementTexts.PageTitle),
                new XElement(PageDocument.Page + "Intro", AcknowledgementTexts.PageIntro),
                verdict is null ? null : new XElement(PageDocument.Page + "Verdict", new XAttribute("valid", verdict.IsValid ? "true" : "false"),
                    new XElement(PageDocument.Page + "Title", verdict.IsValid ? AcknowledgementTexts.ValidTitle : AcknowledgementTexts.InvalidTitle),
                    new XElement(PageDocument.Page + "Text", verdict.Message)),
                new XElement(PageDocument.Page + "Form", new XAttribute("action", Action), new XAttribute("control", FileControl),
                    new XAttribute("label", AcknowledgementTexts.FileLabel), new XAttribute("submit", AcknowledgementTexts.Submit)),
                new XElement(PageDocument.Page + "Certificate", new XAttribute("title", AcknowledgementTexts.CertificateLinks),
                    new XElement(PageDocument.Page + "Link", new XAttribute("href", CertificateDer), AcknowledgementTexts.CertificateDer),
                    new XElement(PageDocument.Page + "Link", new XAttribute("href", CertificatePem), AcknowledgementTexts.CertificatePem)))));
}
