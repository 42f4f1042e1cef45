using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Schemas;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// Files for the e-safe's tests, recognisable only by their first bytes (PDF, JPEG, PNG; an
/// executable and an HTML page that are none of them), and the SOAP calls and dossiers the tests need.
/// </summary>
public static class DocumentSamples
{
    public const string CardProcedure = "population.carte-identite";
    public const string Marriage = "etat-civil.dossier-mariage";

    /// <summary>Bytes after a header, so that no two samples are the same file.</summary>
    private static byte[] With(byte[] header, int size, byte[]? trailer = null)
    {
        var content = new byte[Math.Max(size, header.Length + (trailer?.Length ?? 0))];
        header.CopyTo(content, 0);
        Random.Shared.NextBytes(content.AsSpan(header.Length, content.Length - header.Length - (trailer?.Length ?? 0)));
        trailer?.CopyTo(content, content.Length - trailer.Length);
        return content;
    }

    public static byte[] Pdf(int size = 2048) => With("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray(), size, "\n%%EOF\n"u8.ToArray());
    public static byte[] Jpeg(int size = 2048) => With([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8.ToArray(), 0x00], size, [0xFF, 0xD9]);
    public static byte[] Png(int size = 2048) => With([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8.ToArray()], size);
    public static byte[] Exe(int size = 2048) => With([.. "MZ"u8.ToArray(), 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], size);
    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static Task<(XElement? Result, IReadOnlyList<string> FaultFields, string Fault)> UploadAsync(
        this AccountCalls calls, string session, string fileName, byte[] content) =>
        calls.CallAsync("UploadDocument", ("SessionToken", session), ("FileName", fileName), ("Content", Convert.ToBase64String(content)));

    /// <summary>Uploads and returns the document's id.</summary>
    public static async Task<string> UploadedAsync(this AccountCalls calls, string session, string fileName, byte[] content)
    {
        var (result, fields, fault) = await calls.UploadAsync(session, fileName, content);
        Assert.That(result, Is.Not.Null, $"UploadDocument refused: {string.Join(",", fields)} {fault}");
        return result!.Element(C + "Id")!.Value;
    }

    /// <summary>A dossier of the procedure filed from its sample request and added to the citizen's account.</summary>
    public static async Task<string> OwnDossierAsync(this AccountCalls calls, string session, string procedure)
    {
        var (status, body, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(procedure),
            S.Envelope(Requests.SubmitBody(Requests.NewId("esafe"), Definitions.Sample(procedure))), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        var receipt = XDocument.Parse(body).Descendants(S.Tns + "SubmitResult").Single();
        var number = receipt.Element(S.Tns + "DossierNumber")!.Value;
        await calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number),
            ("TrackingCode", receipt.Element(S.Tns + "TrackingCode")!.Value));
        return number;
    }

    public static string FileOf(string documentId) => Path.Combine(SharedHost.Host.DataFolder, "documents", documentId);

    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
        SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "CitizenAccount.xsd"), WebServicesCitoyens.Contracts.ContractNamespaces.Citizen));

    /// <summary>The problems of an element against the published schema of the citizen account (none when valid).</summary>
    public static IReadOnlyList<string> SchemaErrors(XElement element)
    {
        var errors = new List<string>();
        new XDocument(new XElement(element)).Validate(Schema.Value, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
