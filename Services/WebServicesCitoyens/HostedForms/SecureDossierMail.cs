using System.Security.Cryptography.X509Certificates;
using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Text;

namespace WebServicesCitoyens.HostedForms;

/// <summary>
/// The body of a forwarded dossier's mail: its French text and the request's XML attached, signed by
/// the platform's seal (SHA-256) then encrypted to the commune's certificate alone (S/MIME,
/// application/pkcs7-mime enveloped-data). Only the commune's private key opens it; whoever opens it
/// checks the signature with the platform's published certificate.
/// </summary>
public static class SecureDossierMail
{
    /// <summary>The S/MIME entity, serialized then base64 (as the outbox keeps it until it is sent).</summary>
    public static string Build(X509Certificate2 platform, X509Certificate2 commune, string text, string attachmentName, string requestXml)
    {
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, text.TrimEnd().ReplaceLineEndings("\r\n") + "\r\n");
        var attachment = new MimePart("application", "xml")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(requestXml))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachmentName,
        };
        attachment.ContentType.Charset = "utf-8";
        var content = new Multipart("mixed") { body, attachment };

        // A context holding nothing: the certificates are given to it for this message only.
        using var context = new TemporarySecureMimeContext();
        var signer = new CmsSigner(platform) { DigestAlgorithm = DigestAlgorithm.Sha256 };
        var recipients = new CmsRecipientCollection { new CmsRecipient(commune) };
        var secured = ApplicationPkcs7Mime.SignAndEncrypt(context, signer, recipients, content);
        using var stream = new MemoryStream();
        secured.WriteTo(FormatOptions.Default, stream);
        return Convert.ToBase64String(stream.ToArray());
    }
}
