using System.Xml.Linq;
using WebServicesCitoyens.HostedForms;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The list page's « Transmission des dossiers » form: a certificate file (PEM or DER, multipart, 64 Kio at
/// most) and the address for dossiers, kept through <see cref="CommuneReception"/> (which checks rights and
/// the certificate); a refusal is the list page again, the French reason linked to the control (422).
/// </summary>
internal static class AdministrationReceptionPost
{
    private const string Key = "certificat";

    public static async Task<IResult> HandleAsync(AdministrationSession admin, IFormCollection form, CommuneReception reception,
        Func<IReadOnlyList<ValidationError>, Task<XDocument>> refusedPage)
    {
        try
        {
            await reception.SetAsync(admin.Agent, admin.Commune.Code, await FileAsync(form), form["adresse"].ToString().Trim());
            return AgentPages.SeeOther(admin.Address.ListDone(AdministrationPageTexts.CertificateOperation));
        }
        catch (RequestValidationException refused)
        {
            var errors = refused.Errors.Select(e => e with
            {
                Path = e.Path switch { "Certificate" => $"{Key}-fichier", "DossierEmail" => $"{Key}-adresse", _ => Key },
            }).ToList();
            return admin.Render(await refusedPage(errors), StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<byte[]> FileAsync(IFormCollection form)
    {
        if (form.Files.GetFile("fichier") is not { Length: > 0 } file)
            throw new RequestValidationException([new ValidationError("Certificate", AdministrationPageTexts.CertificateNeeded)]);
        if (file.Length > AdministrationPageTexts.MaxCertificateBytes)
            throw new RequestValidationException([new ValidationError("Certificate", AdministrationPageTexts.CertificateTooLarge)]);
        using var content = new MemoryStream();
        await file.CopyToAsync(content);
        return content.ToArray();
    }
}
