using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The platform's seal in public: <c>/signature/certificat-plateforme.cer</c> (DER) and <c>.pem</c>, at
/// stable addresses, for whoever verifies an acknowledgement offline; <c>/signature/verifier</c>, where
/// anyone uploads one and reads the verdict of <see cref="AcknowledgementVerifier"/>, as verify-receipt prints it.
/// </summary>
public static class SignaturePages
{
    /// <summary>The acknowledgement and the multipart envelope around it.</summary>
    private const int MaxPostBytes = AcknowledgementVerifier.MaxBytes + 8 * 1024;

    public static void MapSignaturePages(this WebApplication app)
    {
        app.MapGet(SignaturePage.CertificateDer, (PlatformCertificate seal) =>
            Results.File(seal.PublicCertificate, "application/pkix-cert", "certificat-plateforme.cer"));
        app.MapGet(SignaturePage.CertificatePem, (PlatformCertificate seal) =>
            Results.File(System.Text.Encoding.ASCII.GetBytes(PemEncoding.WriteString("CERTIFICATE", seal.PublicCertificate) + "\n"),
                "application/x-pem-file", "certificat-plateforme.pem"));

        app.MapGet(SignaturePage.Action, (XsltRenderer renderer) => HtmlPages.Render(renderer, "signature.xsl", SignaturePage.For(null)));

        app.MapPost(SignaturePage.Action, async (HttpContext context, PlatformCertificate seal, XsltRenderer renderer) =>
        {
            if (PagePosts.Refusal(context) is { } refusal) return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refusal.Message, refusal.Status);
            var content = await UploadAsync(context);
            var check = content is null
                ? AcknowledgementCheck.Refused(AcknowledgementTexts.TooLarge)
                : AcknowledgementVerifier.Verify(content, seal.Certificate);
            var status = content is null ? StatusCodes.Status413PayloadTooLarge : check.IsValid ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
            return HtmlPages.Render(renderer, "signature.xsl", SignaturePage.For(check), status);
        });
    }

    /// <summary>The uploaded file (empty when none was sent), or null when the post is over the limit.</summary>
    private static async Task<byte[]?> UploadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxPostBytes) return null;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxPostBytes;
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = MaxPostBytes, ValueCountLimit = 10, ValueLengthLimit = MaxPostBytes, BufferBodyLengthLimit = MaxPostBytes,
            });
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
        if (form.Files.GetFile(SignaturePage.FileControl) is not { } file) return [];
        if (file.Length > AcknowledgementVerifier.MaxBytes) return null;
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
