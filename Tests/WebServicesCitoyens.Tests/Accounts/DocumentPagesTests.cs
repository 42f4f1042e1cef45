using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using static WebServicesCitoyens.Tests.Accounts.DocumentSamples;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// « Mes documents » on the dashboard as a browser uses it: upload with a multipart form, the list with
/// download links that only the owner opens (as an attachment, never sniffed), removal, refusals shown.
/// </summary>
public sealed class DocumentPagesTests
{
    private static string Base => SharedHost.Host.BaseUrl;
    private static AccountCalls Calls => new(SharedHost.Host);

    /// <summary>A browser holding the session of a new citizen (the cookie the login page sets).</summary>
    private static async Task<(HttpClient Browser, string Session)> LoggedInAsync()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var browser = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Add("Cookie", "wsc_session=" + session);
        return (browser, session);
    }

    private static MultipartFormDataContent Upload(string fileName, byte[] content, string declaredType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        return new MultipartFormDataContent { { file, "fichier", fileName } };
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient browser, string path, HttpContent content, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Base + path) { Content = content };
        request.Headers.Add("Origin", origin ?? Base);
        using var response = await browser.SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task A_document_uploaded_from_the_dashboard_is_listed_and_downloads_as_an_attachment_that_is_never_sniffed()
    {
        var (browser, session) = await LoggedInAsync();
        using var _ = browser;
        var content = Pdf();

        var (status, html) = await PostAsync(browser, "/compte/documents", Upload("quittance de loyer.pdf", content));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Mes documents").And.Contain("Le document a été ajouté à votre espace.").And.Contain("quittance de loyer.pdf"));
        var id = Regex.Match(html, "href=\"/compte/documents/([0-9a-f]{32})\"").Groups[1].Value;
        Assert.That(id, Has.Length.EqualTo(32));
        using var download = await browser.GetAsync($"{Base}/compte/documents/{id}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'),
            Is.EqualTo("quittance de loyer.pdf"));
        Assert.That(download.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(download.Headers.CacheControl?.NoStore, Is.True);
        var listed = await Calls.SucceedAsync("ListDocuments", ("SessionToken", session));
        Assert.That(listed.Descendants(AccountCalls.C + "Id").Single().Value, Is.EqualTo(id), "the page and the service share one e-safe");
    }

    [Test]
    public async Task Another_citizens_document_is_not_found_like_an_unknown_one_and_without_a_session_nothing_downloads()
    {
        var (owner, ownerSession) = await LoggedInAsync();
        var (intruder, _) = await LoggedInAsync();
        using var o = owner;
        using var i = intruder;
        var id = await Calls.UploadedAsync(ownerSession, "edf.pdf", Pdf());

        using var theirs = await intruder.GetAsync($"{Base}/compte/documents/{id}");
        using var unknown = await intruder.GetAsync($"{Base}/compte/documents/{new string('a', 32)}");
        using var anonymous = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync($"{Base}/compte/documents/{id}");

        Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await theirs.Content.ReadAsStringAsync(), Is.EqualTo(await unknown.Content.ReadAsStringAsync()));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(anonymous.Headers.Location?.ToString(), Is.EqualTo("/compte"));
    }

    [Test]
    public async Task An_html_page_named_pdf_is_refused_on_the_page_with_the_error_on_the_file_control()
    {
        var (browser, session) = await LoggedInAsync();
        using var _ = browser;

        var (status, html) = await PostAsync(browser, "/compte/documents", Upload("facture.pdf", Html()));

        Assert.That(status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(html, Does.Contain("ni un PDF, ni une image JPEG ou PNG").And.Contain("href=\"#f-fichier\"").And.Contain("aria-invalid=\"true\""));
        Assert.That((await Calls.SucceedAsync("ListDocuments", ("SessionToken", session))).Elements(AccountCalls.C + "Document"), Is.Empty);
    }

    [Test]
    public async Task An_upload_from_another_site_is_refused_and_stores_nothing()
    {
        var (browser, session) = await LoggedInAsync();
        using var _ = browser;

        var (status, _) = await PostAsync(browser, "/compte/documents", Upload("edf.pdf", Pdf()), origin: "https://attaquant.example");

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Calls.SucceedAsync("ListDocuments", ("SessionToken", session))).Elements(AccountCalls.C + "Document"), Is.Empty);
    }

    [Test]
    public async Task An_upload_over_the_limit_is_refused_on_the_page()
    {
        var (browser, session) = await LoggedInAsync();
        using var _ = browser;

        var (status, html) = await PostAsync(browser, "/compte/documents", Upload("gros.pdf", Pdf(6 * 1024 * 1024)));

        Assert.That(status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(html, Does.Contain("5 Mo"));
        Assert.That((await Calls.SucceedAsync("ListDocuments", ("SessionToken", session))).Elements(AccountCalls.C + "Document"), Is.Empty);
    }

    [Test]
    public async Task A_document_is_removed_from_the_dashboard()
    {
        var (browser, session) = await LoggedInAsync();
        using var _ = browser;
        var id = await Calls.UploadedAsync(session, "brouillon.pdf", Pdf());

        var (status, html) = await PostAsync(browser, $"/compte/documents/{id}/suppression", new FormUrlEncodedContent([]));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Le document a été supprimé de votre espace.").And.Not.Contain("brouillon.pdf"));
        Assert.That(File.Exists(FileOf(id)), Is.False);
    }

    [Test]
    public async Task A_document_of_the_esafe_is_given_from_the_dashboard_to_an_open_dossier_that_asks_for_it()
    {
        var (browser, session) = await LoggedInAsync();
        using var _ = browser;
        var documentId = await Calls.UploadedAsync(session, "photo-graffiti.jpg", Jpeg());
        var number = await Calls.OwnDossierAsync(session, "vie-quotidienne.enlevement-graffiti");

        using var dashboard = await browser.GetAsync(Base + "/compte/tableau-de-bord");
        var html = WebUtility.HtmlDecode(await dashboard.Content.ReadAsStringAsync());
        Assert.That(html, Does.Contain($"id=\"joindre-{number}-champ\"").And.Contain("<option value=\"pieces.photographie\">"));

        var (wrong, wrongHtml) = await PostAsync(browser, "/compte/documents/joindre", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["numero"] = number, ["champ"] = "inconnu", ["document"] = documentId }));
        var (given, givenHtml) = await PostAsync(browser, "/compte/documents/joindre", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["numero"] = number, ["champ"] = "pieces.photographie", ["document"] = documentId }));

        Assert.That(wrong, Is.EqualTo((HttpStatusCode)422));
        Assert.That(wrongHtml, Does.Contain($"id=\"joindre-{number}-erreur\""));
        Assert.That(given, Is.EqualTo(HttpStatusCode.OK), givenHtml);
        Assert.That(givenHtml, Does.Contain("Le document a été joint au dossier"));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_documents WHERE dossier_number = @n AND document_id = @d AND field_path = 'pieces.photographie'",
            ("@n", number), ("@d", documentId)), Is.EqualTo(1));
    }
}
