using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using MimeKit;
using MimeKit.Cryptography;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Administration;
using WebServicesCitoyens.Texts;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.HostedForms;

/// <summary>
/// HostedForms communes (seed 000), end to end on a host of its own sending through a real SMTP server:
/// a commune's administrator gives its certificate over Administration.svc; each dossier filed for it
/// reaches its address S/MIME, encrypted to that certificate and signed by the platform; the test opens
/// it with the commune's private key (made here) and checks the signature with the platform's published
/// certificate. A commune without certificate never gets a word of the request; the link of the mail
/// records the town hall's receipt once, in the history the citizen follows.
/// </summary>
[NonParallelizable]
public sealed class HostedFormsMailTests
{
    private const string Montargis = "45208";          // HostedForms, certificate set by its administrator
    private const string Gien = "45155";               // HostedForms, no certificate at first
    private const string MontargisAdministrator = "administration@montargis.test";
    private const string GienAdministrator = "administration@gien.test";
    private const string Password = "mot de passe de la mairie 2026";
    private const string MontargisDossiers = "dossiers@montargis.test";
    private const string GienDossiers = "dossiers@gien.test";

    private SmtpSink _smtp = null!;
    private HostProcess _host = null!;
    private AdministrationCalls _calls = null!;
    private X509Certificate2 _montargis = null!;

    [OneTimeSetUp]
    public async Task Start_a_host_sending_mails_with_two_hosted_forms_communes()
    {
        _smtp = SmtpSink.Start();
        _host = HostProcess.Start(_smtp.HostSettings());
        _calls = new AdministrationCalls(_host);
        var communes = new CommuneStore(_host.Store);
        var operatorSession = await _calls.LoginAsync(AdministrationCalls.Operator);
        foreach (var (code, name, administrator) in new[] { (Montargis, "Montargis", MontargisAdministrator), (Gien, "Gien", GienAdministrator) })
        {
            await communes.SaveAsync(new Commune(code, name, CommuneProfile.HostedForms, "#224466", "#664422", null, null, "Europe/Paris"));
            await communes.OfferAsync(code, Requests.RoadIncident, OfferState.Online);
            await _calls.SucceedAsync("CreateAgent", ("SessionToken", operatorSession), ("CommuneCode", code),
                ("Email", administrator), ("DisplayName", "Administration de " + name), ("Role", "Administrator"), ("Password", Password));
        }
        _montargis = TestCertificates.Commune("Montargis");
        await _calls.SucceedAsync("SetCommuneCertificate", ("SessionToken", await _calls.LoginAsync(MontargisAdministrator, Password)),
            ("CommuneCode", Montargis), ("Certificate", Convert.ToBase64String(TestCertificates.Pem(_montargis))), ("DossierEmail", MontargisDossiers));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _host?.Dispose();
        _smtp?.Dispose();
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>A road-incident report whose description and address carry a marker no other mail has.</summary>
    private static (XElement Request, string Marker, string Citizen) Report()
    {
        var marker = "Marqueur" + Guid.NewGuid().ToString("N")[..12];
        var citizen = $"riverain.{Guid.NewGuid().ToString("N")[..10]}@example.org";
        var request = Requests.RoadIncidentRequest();
        Definitions.At(request, "description").Value = $"Le lampadaire est éteint ({marker}).";
        Definitions.At(request, "declarant.courriel").Value = citizen;
        return (request, marker, citizen);
    }

    private async Task<(string Number, string TrackingCode)> FileAsync(string commune, XElement request)
    {
        var (status, body, _) = await S.PostAsync(_host.ServiceUrl(Requests.RoadIncident),
            S.Envelope(Requests.SubmitBody(Requests.NewId("hosted"), request, commune)), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        var result = XDocument.Parse(body).Descendants(S.Tns + "SubmitResult").Single();
        return (result.Element(S.Tns + "DossierNumber")!.Value, result.Element(S.Tns + "TrackingCode")!.Value);
    }

    /// <summary>The mail forwarding this dossier, among those that reached the address.</summary>
    private MimeMessage MailOf(string address, string number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_smtp.MessagesTo(address).FirstOrDefault(m => m.Subject.Contains(number)) is { } mail) return mail;
            if (DateTime.UtcNow > deadline) Assert.Fail($"no mail for {number} reached {address}");
            Thread.Sleep(100);
        }
    }

    private static string Raw(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Opens the mail with the commune's private key; the signed content and its signatures.</summary>
    private static (MimeEntity Content, DigitalSignatureCollection Signatures) Open(MimeMessage mail, X509Certificate2 communeKey)
    {
        using var context = new TemporarySecureMimeContext();
        context.Import(communeKey);
        var encrypted = (ApplicationPkcs7Mime)mail.Body;
        Assert.That(encrypted.SecureMimeType, Is.EqualTo(SecureMimeType.EnvelopedData));
        // Inside: the content and a detached signature of it (multipart/signed, application/pkcs7-signature).
        var signed = (MultipartSigned)encrypted.Decrypt(context);
        return (signed[0], signed.Verify(context));
    }

    /// <summary>The platform's published certificate: the public part of the seal the host keeps next to its store.</summary>
    private X509Certificate2 PublishedPlatformCertificate()
    {
        using var seal = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(_host.DataFolder, "platform-seal.pfx"), null);
        return X509CertificateLoader.LoadCertificate(seal.Export(X509ContentType.Cert));
    }

    private static string AcknowledgeLink(MimeEntity content) =>
        System.Text.RegularExpressions.Regex.Match(((Multipart)content).OfType<TextPart>().Single().Text, @"https?://\S+/mairie/accuse-reception\?\S+").Value;

    // ------------------------------------------------------------------ the forwarded dossier

    [Test]
    public async Task A_dossier_reaches_the_commune_encrypted_to_its_certificate_and_signed_by_the_platform_with_the_request_attached()
    {
        var (request, marker, _) = Report();

        var (number, _) = await FileAsync(Montargis, request);

        var mail = MailOf(MontargisDossiers, number);
        Assert.That(Raw(mail), Does.Not.Contain(marker).And.Not.Contain("lampadaire"), "nothing of the request travels in clear");
        Assert.That(mail.Subject, Is.EqualTo($"Dossier {number} : Signalement d'un incident sur la voie publique"));
        var (content, signatures) = Open(mail, _montargis);

        var signature = (SecureMimeDigitalSignature)signatures.Single();
        using var published = PublishedPlatformCertificate();
        Assert.That(signature.Verify(verifySignatureOnly: true), Is.True, "the signature holds");
        Assert.That(((SecureMimeDigitalCertificate)signature.SignerCertificate).Certificate.GetEncoded(), Is.EqualTo(published.RawData),
            "signed with the platform's published certificate");
        Assert.That(signature.DigestAlgorithm, Is.EqualTo(DigestAlgorithm.Sha256));

        var parts = ((Multipart)content).ToList();
        var text = ((TextPart)parts[0]).Text;
        Assert.That(text, Does.Contain($"Numéro de dossier : {number}").And.Contain("Montargis").And.Contain("/mairie/accuse-reception?dossier=" + number));
        var attachment = (MimePart)parts[1];
        Assert.That(attachment.FileName, Is.EqualTo($"demande-{number}.xml"));
        Assert.That(attachment.ContentType.MimeType, Is.EqualTo("application/xml"));
        using var xml = new MemoryStream();
        attachment.Content.DecodeTo(xml);
        var attached = Encoding.UTF8.GetString(xml.ToArray());
        Assert.That(attached, Is.EqualTo(_host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number))));
        Assert.That(attached, Does.Contain(marker));
    }

    [Test]
    public async Task Another_key_cannot_open_the_forwarded_dossier()
    {
        var (number, _) = await FileAsync(Montargis, Report().Request);
        var mail = MailOf(MontargisDossiers, number);
        using var stranger = TestCertificates.Commune("Ailleurs");

        Assert.That(() => Open(mail, stranger), Throws.Exception, "only the commune's key opens it");
    }

    [Test]
    public async Task A_commune_without_certificate_gets_nothing_in_clear_and_its_waiting_dossiers_leave_encrypted_once_it_gives_one()
    {
        var (request, marker, citizen) = Report();
        var (number, _) = await FileAsync(Gien, request);
        _smtp.WaitFor(citizen);   // the citizen's own receipt went: the outbox ran after the filing

        Assert.That(_smtp.Messages().Where(m => !SmtpSink.EnvelopeRecipients(m).Contains(citizen)).Select(Raw), Has.None.Contain(marker),
            "no mail but the citizen's own receipt carries the request");
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM outbox WHERE recipient <> @c AND (body_text LIKE @m OR subject LIKE @m)",
            ("@c", citizen), ("@m", $"%{marker}%")), Is.EqualTo(0));
        Assert.That(_host.Text("SELECT COALESCE(forwarded_at, 'en attente') FROM hosted_forwards WHERE dossier_number = @n", ("@n", number)),
            Is.EqualTo("en attente"));

        using var gien = TestCertificates.Commune("Gien");
        var settings = await _calls.SucceedAsync("SetCommuneCertificate", ("SessionToken", await _calls.LoginAsync(GienAdministrator, Password)),
            ("CommuneCode", Gien), ("Certificate", Convert.ToBase64String(TestCertificates.Der(gien))), ("DossierEmail", GienDossiers));

        Assert.That(settings.Element(AdministrationCalls.A + "DossierEmail")?.Value, Is.EqualTo(GienDossiers));
        Assert.That(settings.Element(AdministrationCalls.A + "Certificate")?.Element(AdministrationCalls.A + "Sha256Fingerprint")?.Value,
            Is.EqualTo(Convert.ToHexString(SHA256.HashData(gien.RawData))));
        var mail = MailOf(GienDossiers, number);
        Assert.That(Raw(mail), Does.Not.Contain(marker));
        var (content, _) = Open(mail, gien);
        Assert.That(((Multipart)content).OfType<MimePart>().Single(p => p.FileName is not null).FileName, Is.EqualTo($"demande-{number}.xml"));
    }

    // ------------------------------------------------------------------ the acknowledgement

    /// <summary>The town hall's button on the link's page: the page's hidden fields posted from the page itself.</summary>
    private async Task<HttpResponseMessage> ConfirmAsync(IEnumerable<KeyValuePair<string, string>> fields, string? origin = null)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, _host.BaseUrl + "/mairie/accuse-reception") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Origin", origin ?? _host.BaseUrl);
        return await S.Http.SendAsync(post);
    }

    private static Dictionary<string, string> HiddenFields(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    private long Received(string number) =>
        _host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND kind = 'ReceivedByCommune'", ("@n", number));

    [Test]
    public async Task Opening_the_acknowledgement_link_only_asks_to_confirm_and_records_nothing_even_when_chromium_opens_it_and_axe_finds_nothing()
    {
        var (number, _) = await FileAsync(Montargis, Report().Request);
        var link = AcknowledgeLink(Open(MailOf(MontargisDossiers, number), _montargis).Content);
        Assert.That(link, Does.StartWith(_host.BaseUrl + "/mairie/accuse-reception?dossier=" + number + "&jeton="));

        using var first = await S.Http.GetAsync(link);
        using var again = await S.Http.GetAsync(link);
        var page = await first.Content.ReadAsStringAsync();

        Assert.That((first.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(page, Does.Contain($"<h1>{HostedFormsTexts.ConfirmTitle}</h1>")
            .And.Contain("<form method=\"post\" action=\"/mairie/accuse-reception\"")
            .And.Contain($"<button type=\"submit\" class=\"wsc-button\">{HostedFormsTexts.ConfirmButton}</button>"));
        Assert.That(HiddenFields(page), Is.EqualTo(new Dictionary<string, string>
            { ["dossier"] = number, ["jeton"] = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["jeton"]! }));
        Assert.That(first.Headers.CacheControl?.NoStore, Is.True);

        var output = Tool.Succeed("node", [Repository.PathOf("Tests", "Accessibility", "axe_check.mjs"), link]);
        var result = System.Text.Json.JsonDocument.Parse(output.Trim()).RootElement;
        Assert.That(result.GetProperty("violations").GetArrayLength(), Is.Zero, result.GetProperty("violations").ToString());

        Assert.That(Received(number), Is.Zero, "neither a client nor a browser opening the link records anything");
        Assert.That(_host.Text("SELECT received_at FROM hosted_forwards WHERE dossier_number = @n", ("@n", number)), Is.Null);
    }

    [Test]
    public async Task The_confirmation_posted_records_the_receipt_once_in_the_history_the_citizen_follows_and_a_second_post_is_harmless()
    {
        var (number, trackingCode) = await FileAsync(Montargis, Report().Request);
        var link = AcknowledgeLink(Open(MailOf(MontargisDossiers, number), _montargis).Content);
        var fields = HiddenFields(await S.Http.GetStringAsync(link));

        using var first = await ConfirmAsync(fields);
        var receivedAt = _host.Text("SELECT received_at FROM hosted_forwards WHERE dossier_number = @n", ("@n", number));
        using var second = await ConfirmAsync(fields);
        using var reopened = await S.Http.GetAsync(link);

        Assert.That((first.StatusCode, second.StatusCode, reopened.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(await first.Content.ReadAsStringAsync(), Does.Contain(HostedFormsTexts.AcknowledgedTitle));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain(HostedFormsTexts.AlreadyAcknowledgedTitle));
        Assert.That(await reopened.Content.ReadAsStringAsync(), Does.Contain(HostedFormsTexts.AlreadyAcknowledgedTitle).And.Not.Contain("<form"));
        Assert.That(Received(number), Is.EqualTo(1));
        Assert.That(receivedAt, Is.Not.Null);
        Assert.That(_host.Text("SELECT received_at FROM hosted_forwards WHERE dossier_number = @n", ("@n", number)), Is.EqualTo(receivedAt),
            "the second post changes nothing");

        var tracking = await S.Http.GetStringAsync($"{_host.BaseUrl}/suivi?dossier={number}&code={trackingCode}");
        Assert.That(tracking, Does.Contain(HostedFormsTexts.ReceivedByCommune));
    }

    [Test]
    public async Task A_wrong_token_gets_the_page_of_an_unknown_dossier_on_the_link_and_on_the_post_and_records_nothing()
    {
        var (number, _) = await FileAsync(Montargis, Report().Request);
        MailOf(MontargisDossiers, number);
        var guessedToken = new string('a', 64);

        using var guessed = await S.Http.GetAsync($"{_host.BaseUrl}/mairie/accuse-reception?dossier={number}&jeton={guessedToken}");
        using var unknown = await S.Http.GetAsync($"{_host.BaseUrl}/mairie/accuse-reception?dossier=WSC-2000-000000&jeton={guessedToken}");
        using var missing = await S.Http.GetAsync($"{_host.BaseUrl}/mairie/accuse-reception?dossier={number}");
        using var guessedPost = await ConfirmAsync(new Dictionary<string, string> { ["dossier"] = number, ["jeton"] = guessedToken });
        using var unknownPost = await ConfirmAsync(new Dictionary<string, string> { ["dossier"] = "WSC-2000-000000", ["jeton"] = guessedToken });

        Assert.That(new[] { guessed.StatusCode, unknown.StatusCode, missing.StatusCode, guessedPost.StatusCode, unknownPost.StatusCode },
            Is.All.EqualTo(HttpStatusCode.NotFound));
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        Assert.That(unknownPage, Does.Contain(HostedFormsTexts.UnknownLinkTitle));
        Assert.That(new[] { await guessed.Content.ReadAsStringAsync(), await guessedPost.Content.ReadAsStringAsync(), await unknownPost.Content.ReadAsStringAsync() },
            Is.All.EqualTo(unknownPage), "a wrong token answers exactly like an unknown dossier");
        Assert.That(_host.Text("SELECT received_at FROM hosted_forwards WHERE dossier_number = @n", ("@n", number)), Is.Null);
        Assert.That(Received(number), Is.Zero);
    }

    [Test]
    public async Task A_confirmation_posted_from_another_site_is_refused_and_records_nothing()
    {
        var (number, _) = await FileAsync(Montargis, Report().Request);
        var link = AcknowledgeLink(Open(MailOf(MontargisDossiers, number), _montargis).Content);
        var fields = HiddenFields(await S.Http.GetStringAsync(link));

        using var foreign = await ConfirmAsync(fields, origin: "https://site-malveillant.example");

        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Received(number), Is.Zero);
    }
}
