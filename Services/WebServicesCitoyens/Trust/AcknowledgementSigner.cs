using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace WebServicesCitoyens.Trust;

/// <summary>
/// Seals a document with the platform's key: XML-DSig enveloped over the whole document (Reference URI="",
/// enveloped-signature then exclusive c14n, RSA-SHA256, SHA-256 digest), the signature the root's last child.
/// No KeyInfo: a verifier uses the published certificate, never a key the document names. RSA PKCS #1 v1.5
/// is deterministic, so the same document signed twice gives the same bytes (a retried submission's
/// acknowledgement is recomputed, not stored).
/// </summary>
public static class AcknowledgementSigner
{
    /// <summary>The signed document, UTF-8 without BOM, with its XML declaration.</summary>
    public static byte[] Sign(XDocument document, X509Certificate2 certificate)
    {
        var xml = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        xml.LoadXml(document.Root!.ToString(SaveOptions.DisableFormatting));
        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("The platform's certificate has no RSA private key.");
        var signed = new SignedXml(xml) { SigningKey = key };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        signed.ComputeSignature();
        xml.DocumentElement!.AppendChild(xml.ImportNode(signed.GetXml(), deep: true));

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            xml.Save(writer);
        return output.ToArray();
    }
}
