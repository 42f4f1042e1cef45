using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using static WebServicesCitoyens.Tests.Accounts.CommuneAtWork;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The letters a workflow action generates (the birth certificate's signed copy comes with a cover
/// letter): listed on the dashboard of the account following the dossier, downloaded over SOAP
/// (GetGeneratedDocument) and from the page as a PDF attachment by that account only, in its data
/// export — and never on the tracking page, which opens with the tracking code alone.
/// </summary>
public sealed class CommuneLetterTests
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-citizen-letters-" + Guid.NewGuid().ToString("N")[..8]);
    private static AccountCalls Calls => new(SharedHost.Host);

    [OneTimeSetUp]
    public void CreateWorkFolder() => Directory.CreateDirectory(Work);

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    /// <summary>A citizen whose birth certificate the civil-status agent processed up to the signed copy.</summary>
    private static async Task<(string Session, string Number, string Code, string LetterId)> SignedCopyAsync()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await FollowedBirthCertificateAsync(Calls, session);
        await PerformAsync(await AgentAsync(CivilStatusAgent), number, UpToSignedCopy);
        var letterId = SharedHost.Host.Text("SELECT id FROM generated_documents WHERE dossier_number = @n AND template_code = 'lettre-envoi'", ("@n", number));
        Assert.That(letterId, Is.Not.Null, "COPIE_SIGNEE generates the cover letter");
        return (session, number, code, letterId!);
    }

    /// <summary>The text of a PDF as pdftotext reads it, all blanks removed (it may cut a dossier number).</summary>
    private static string PdfText(byte[] pdf, string name)
    {
        var file = Path.Combine(Work, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        return Regex.Replace(Tool.Succeed("pdftotext", "-enc", "UTF-8", file, "-"), @"\s+", "");
    }

    [Test]
    public async Task A_letter_generated_by_an_action_is_on_the_dashboard_and_its_pdf_names_the_dossier()
    {
        var (session, number, _, letterId) = await SignedCopyAsync();

        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        var letter = await Calls.SucceedAsync("GetGeneratedDocument", ("SessionToken", session), ("DossierNumber", number), ("DocumentId", letterId));

        var listed = DossierOf(dashboard, number).Element(C + "GeneratedDocuments")!.Elements(C + "Document").Single();
        Assert.That(listed.Element(C + "Id")!.Value, Is.EqualTo(letterId));
        Assert.That(listed.Element(C + "Title")!.Value, Is.EqualTo("Lettre d'accompagnement"));
        Assert.That(listed.Element(C + "FileName")!.Value, Is.EqualTo($"lettre-envoi-{number}.pdf"));
        Assert.That(listed.Element(C + "MediaType")!.Value, Is.EqualTo("application/pdf"));
        Assert.That(DocumentSamples.SchemaErrors(dashboard.Parent!), Is.Empty);
        Assert.That(DocumentSamples.SchemaErrors(letter.Parent!), Is.Empty);
        Assert.That(letter.Element(C + "Document")!.Element(C + "FileName")!.Value, Is.EqualTo($"lettre-envoi-{number}.pdf"));
        var content = Convert.FromBase64String(letter.Element(C + "Content")!.Value);
        Assert.That(content.Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(PdfText(content, "soap-" + number), Does.Contain(number.Replace("-", "")).Or.Contain(number),
            "the letter names the dossier");
        Assert.That(PdfText(content, "soap-title-" + number), Does.Contain("Lettred'accompagnement"));
    }

    [Test]
    public async Task The_dashboard_page_links_the_letter_which_downloads_as_a_private_pdf_attachment()
    {
        var (session, number, code, letterId) = await SignedCopyAsync();
        using var browser = Browser(session);

        var page = await PageAsync(browser, "/compte/tableau-de-bord");
        using var download = await browser.GetAsync($"{SharedHost.Host.BaseUrl}/compte/dossiers/{number}/documents/{letterId}");
        var soap = await Calls.SucceedAsync("GetGeneratedDocument", ("SessionToken", session), ("DossierNumber", number), ("DocumentId", letterId));
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var tracking = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier={number}&code={code}"));

        Assert.That(page, Does.Contain("Courriers de la mairie").And.Contain($"href=\"/compte/dossiers/{number}/documents/{letterId}\"")
            .And.Contain("Lettre d'accompagnement"));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'),
            Is.EqualTo($"lettre-envoi-{number}.pdf"));
        Assert.That(download.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(download.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(download.Headers.CacheControl?.Private, Is.True);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.That(bytes, Is.EqualTo(Convert.FromBase64String(soap.Element(C + "Content")!.Value)));
        Assert.That(PdfText(bytes, "page-" + number), Does.Contain(number.Replace("-", "")).Or.Contain(number));
        // The tracking page opens with the tracking code alone, which travels in mails: letters stay in the account.
        Assert.That(tracking, Does.Not.Contain("Lettre d'accompagnement").And.Not.Contain(letterId).And.Not.Contain("/documents/"));
    }

    [Test]
    public async Task Another_citizen_gets_neither_the_letter_nor_its_dossier_and_is_answered_as_for_unknown_ones()
    {
        var (_, number, _, letterId) = await SignedCopyAsync();
        var (_, intruder) = await Calls.NewCitizenAsync();
        using var intruderBrowser = Browser(intruder);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var path = $"{SharedHost.Host.BaseUrl}/compte/dossiers/{number}/documents/{letterId}";

        var theirs = await Calls.CallAsync("GetGeneratedDocument", ("SessionToken", intruder), ("DossierNumber", number), ("DocumentId", letterId));
        var unknownDossier = await Calls.CallAsync("GetGeneratedDocument", ("SessionToken", intruder), ("DossierNumber", DossierNumber.NewNumber()), ("DocumentId", letterId));
        using var theirPage = await intruderBrowser.GetAsync(path);
        using var unknownPage = await intruderBrowser.GetAsync($"{SharedHost.Host.BaseUrl}/compte/dossiers/{number}/documents/{new string('a', 32)}");
        using var noSession = await anonymous.GetAsync(path);

        Assert.That(theirs.Result, Is.Null);
        Assert.That(theirs.FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
        Assert.That((theirs.FaultFields, theirs.Fault), Is.EqualTo((unknownDossier.FaultFields, unknownDossier.Fault)));
        Assert.That(theirPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknownPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await theirPage.Content.ReadAsStringAsync(), Is.EqualTo(await unknownPage.Content.ReadAsStringAsync()));
        Assert.That(theirPage.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(noSession.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task An_unknown_letter_of_ones_own_dossier_is_refused_on_the_document_id()
    {
        var (session, number, _, _) = await SignedCopyAsync();

        var (result, fields, fault) = await Calls.CallAsync("GetGeneratedDocument", ("SessionToken", session), ("DossierNumber", number),
            ("DocumentId", new string('b', 32)));

        Assert.That(result, Is.Null);
        Assert.That(fields, Is.EqualTo(new[] { "DocumentId" }));
        Assert.That(fault, Is.EqualTo(AccountTexts.GeneratedDocumentUnknown));
    }

    [Test]
    public async Task The_data_export_lists_the_letter_and_its_zip_holds_the_pdf()
    {
        var (session, number, _, letterId) = await SignedCopyAsync();
        using var browser = Browser(session);

        var export = await Calls.SucceedAsync("ExportData", ("SessionToken", session));
        using var zipResponse = await browser.GetAsync(SharedHost.Host.BaseUrl + "/compte/export");
        using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()));

        var dossier = export.Descendants(C + "Dossier").Single(d => d.Element(C + "DossierNumber")!.Value == number);
        Assert.That(dossier.Element(C + "GeneratedDocuments")!.Elements(C + "Document").Select(d => d.Element(C + "Id")!.Value), Is.EqualTo(new[] { letterId }));
        Assert.That(dossier.Descendants(C + "Event").Where(e => e.Element(C + "Kind")!.Value == "DocumentGenerated").Select(e => e.Element(C + "Text")?.Value),
            Is.EqualTo(new[] { "Lettre d'accompagnement" }));
        Assert.That(DocumentSamples.SchemaErrors(export.Parent!), Is.Empty);
        var entry = zip.GetEntry($"courriers/{letterId}-lettre-envoi-{number}.pdf");
        Assert.That(entry, Is.Not.Null, string.Join(", ", zip.Entries.Select(e => e.FullName)));
        using var read = new MemoryStream();
        await using (var stream = await entry!.OpenAsync()) await stream.CopyToAsync(read);
        Assert.That(PdfText(read.ToArray(), "zip-" + number), Does.Contain(number.Replace("-", "")).Or.Contain(number));
        var data = XDocument.Load(await zip.GetEntry("donnees.xml")!.OpenAsync());
        Assert.That(data.Descendants(C + "GeneratedDocuments").Elements(C + "Document").Select(d => d.Element(C + "FileName")!.Value),
            Is.EqualTo(new[] { $"lettre-envoi-{number}.pdf" }));
    }
}
