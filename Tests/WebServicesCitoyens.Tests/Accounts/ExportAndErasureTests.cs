using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using static WebServicesCitoyens.Tests.Accounts.DocumentSamples;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The citizen takes all their data away (ExportData; the ZIP of /compte/export with the XML and
/// every document's file) and erases the account: the documents given to dossiers stay with them,
/// detached; the others are deleted, files included.
/// </summary>
public sealed class ExportAndErasureTests
{
    private static AccountCalls Calls => new(SharedHost.Host);
    private static readonly XNamespace P = ContractNamespaces.Procedure;

    [Test]
    public async Task The_export_holds_the_account_the_dossier_with_its_request_and_history_and_the_documents()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        await Calls.SucceedAsync("SetNotifications", ("SessionToken", session), ("Steps", "false"), ("Messages", "true"));
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var given = await Calls.UploadedAsync(session, "edf.pdf", Pdf());
        var loose = await Calls.UploadedAsync(session, "photo.png", Png());
        await Calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", given));

        var export = await Calls.SucceedAsync("ExportData", ("SessionToken", session));

        Assert.That(SchemaErrors(export.Parent!), Is.Empty);
        var account = export.Element(C + "Account")!;
        Assert.That(account.Element(C + "Email")!.Value, Is.EqualTo(email));
        Assert.That(account.Element(C + "EmailConfirmedAt"), Is.Not.Null);
        Assert.That((account.Element(C + "NotifySteps")!.Value, account.Element(C + "NotifyMessages")!.Value), Is.EqualTo(("false", "true")));
        var dossier = export.Element(C + "Dossiers")!.Elements(C + "Dossier").Single();
        Assert.That(dossier.Element(C + "DossierNumber")!.Value, Is.EqualTo(number));
        Assert.That(dossier.Element(C + "ProcedureCode")!.Value, Is.EqualTo(CardProcedure));
        var request = dossier.Element(C + "Request")!.Elements().Single();
        Assert.That(request.Name, Is.EqualTo(P + Definitions.Get(CardProcedure).RequestTypeName), "the request as filed, typed");
        var sample = Definitions.Sample(CardProcedure);
        Assert.That(request.Elements().Select(e => e.Name), Is.EqualTo(sample.Elements().Select(e => e.Name)));
        var history = dossier.Element(C + "History")!.Elements(C + "Event").Select(e => e.Element(C + "Kind")!.Value);
        Assert.That(history, Is.EqualTo(new[] { "Submitted", "DocumentAttached" }));
        var documents = export.Element(C + "Documents")!.Elements(C + "Document").ToList();
        Assert.That(documents.Select(d => d.Element(C + "Id")!.Value), Is.EquivalentTo(new[] { given, loose }));
        Assert.That(documents.Single(d => d.Element(C + "Id")!.Value == given).Descendants(C + "DossierNumber").Single().Value, Is.EqualTo(number));
        Assert.That(export.Descendants(C + "Content"), Is.Empty, "the XML carries the documents' metadata, not their content");
    }

    [Test]
    public async Task The_zip_of_the_export_page_holds_the_xml_and_every_documents_file()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var (pdf, png) = (Pdf(), Png());
        var pdfId = await Calls.UploadedAsync(session, "edf.pdf", pdf);
        var pngId = await Calls.UploadedAsync(session, "photo.png", png);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, SharedHost.Host.BaseUrl + "/compte/export");
        request.Headers.Add("Cookie", "wsc_session=" + session);

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.That(zip.Entries.Select(e => e.FullName), Is.EquivalentTo(new[] { "donnees.xml", $"documents/{pdfId}-edf.pdf", $"documents/{pngId}-photo.png" }));
        byte[] Read(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        Assert.That(Read($"documents/{pdfId}-edf.pdf"), Is.EqualTo(pdf));
        Assert.That(Read($"documents/{pngId}-photo.png"), Is.EqualTo(png));
        var data = XDocument.Load(new MemoryStream(Read("donnees.xml"))).Root!;
        Assert.That(data.Name, Is.EqualTo(C + "AccountExport"));
        Assert.That(SchemaErrors(data), Is.Empty, "the ZIP's XML is valid against the published schema");
        Assert.That(data.Descendants(C + "DossierNumber").Select(n => n.Value), Does.Contain(number));
        // The server deletes its scratch file when the response is over, which may be just after the client read the last byte.
        Assert.That(() => Directory.GetFiles(Path.Combine(SharedHost.Host.DataFolder, "documents"), ".scratch-*"),
            Is.Empty.After(5000, 50), "the ZIP's scratch file is gone");

        using var anonymous = await client.GetAsync(SharedHost.Host.BaseUrl + "/compte/export");
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "no session, no export");
    }

    [Test]
    public async Task Erasing_the_account_deletes_the_documents_given_to_no_dossier_and_keeps_the_others_with_their_dossiers()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var given = await Calls.UploadedAsync(session, "edf.pdf", Pdf());
        var loose = await Calls.UploadedAsync(session, "brouillon.pdf", Pdf());
        await Calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", given));
        Assert.That(File.Exists(FileOf(loose)), Is.True);

        await Calls.SucceedAsync("DeleteAccount", ("SessionToken", session), ("Password", GoodPassword));

        Assert.That(File.Exists(FileOf(loose)), Is.False, "the unattached document's file is gone");
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM documents WHERE id = @id", ("@id", loose)), Is.Zero);
        Assert.That(File.Exists(FileOf(given)), Is.True, "the document given to a dossier stays with it");
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM documents WHERE id = @id AND citizen_id IS NULL", ("@id", given)), Is.EqualTo(1));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_documents WHERE document_id = @id AND dossier_number = @n",
            ("@id", given), ("@n", number)), Is.EqualTo(1));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizens WHERE email = @e", ("@e", email)), Is.Zero);
        Assert.That(Calls.LastMail(email, "AccountDeleted"), Does.Contain("restent avec ces dossiers"));
    }
}
