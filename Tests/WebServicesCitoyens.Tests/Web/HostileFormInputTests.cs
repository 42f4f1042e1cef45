using System.Net;
using System.Net.Http.Headers;
using System.Text;
using WebServicesCitoyens.Tests.Soap;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>
/// The hostile-input list of the security reference, as it applies to the public POST endpoints that are
/// not SOAP and read a form: Open311's requests, a commune's form page, the rating of a dossier on /suivi,
/// the public report of the observatory, a hosted-forms commune's acknowledgement. Each gets a form over
/// its limits (values by the thousand, a huge field name, a huge value, announced or chunked) and an XML
/// body with an external entity; each is refused with a 4xx answer (a French page, or Open311's error
/// format), the host stays up and nothing is stored. The forms behind a session get the same bodies with the
/// session's cookie — the citizen's account, the agents' back office and its administration pages — and
/// must answer 413 with the French page (415 for the XML); the e-safe's upload, multipart, gets multipart
/// bodies over its own limit too; and a field in Latin-1 instead of UTF-8 is refused with 400 naming it.
/// The SOAP endpoints: Soap/HostileInputEveryEndpointTests.
/// </summary>
public sealed class HostileFormInputTests
{
    /// <summary>Whose session the post carries: none for the public forms.</summary>
    public enum Who { Nobody, Citizen, Agent, Administrator }

    /// <summary>
    /// A form endpoint (the field it expects first, so that the hostile form looks like its own). A path may name
    /// <c>{dossier}</c>: a dossier the agent may treat, filed once, so that the dossier's forms are read.
    /// </summary>
    public sealed record Endpoint(string Name, string Path, string Field, Who Session = Who.Nobody)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Endpoint> Endpoints() =>
    [
        new("open311", "/open311/v2/requests.xml", "service_code"),
        new("formulaire-commune", $"/communes/{Requests.Commune}/{Requests.RoadIncident}", "clientRequestId"),
        new("suivi-avis", WebServicesCitoyens.Rendering.RatingPage.TrackingAction, "dossier"),
        new("observatoire-signalement", "/observatoire/signalement", "nature"),
        new("mairie-accuse-reception", WebServicesCitoyens.HostedForms.DossierForwarding.AcknowledgePath, "dossier"),
        new("compte-connexion", "/compte/connexion", "email"),
        new("compte-inscription", "/compte/inscription", "email"),
        new("compte-mot-de-passe-oublie", "/compte/mot-de-passe-oublie", "email"),
        new("compte-confirmation", "/compte/confirmation", "jeton"),
        new("compte-nouvelle-adresse", "/compte/nouvelle-adresse", "jeton"),
        new("gestion-connexion", "/gestion/connexion", "email"),
    ];

    public static IEnumerable<Endpoint> SessionEndpoints() =>
    [
        new("compte-rattacher", "/compte/rattacher", "numero", Who.Citizen),
        new("compte-notifications", "/compte/notifications", "etapes", Who.Citizen),
        new("compte-profil", "/compte/profil", "identite.nomNaissance", Who.Citizen),
        new("compte-reponse", "/compte/dossiers/{dossier}/reponse", "reponse", Who.Citizen),
        new("compte-avis", "/compte/dossiers/{dossier}/avis", "note", Who.Citizen),
        new("compte-documents-joindre", "/compte/documents/joindre", "numero", Who.Citizen),
        new("compte-documents", "/compte/documents", "fichier", Who.Citizen),
        new("compte-mot-de-passe", "/compte/mot-de-passe", "motDePasse", Who.Citizen),
        new("compte-adresse", "/compte/adresse", "email", Who.Citizen),
        new("compte-suppression", "/compte/suppression", "motDePasse", Who.Citizen),
        new("gestion-dossier-note", "/gestion/dossiers/{dossier}/note", "texte", Who.Agent),
        new("gestion-dossier-action", "/gestion/dossiers/{dossier}/action", "action", Who.Agent),
        new("gestion-selection", "/gestion/dossiers/selection", "dossiers", Who.Agent),
        new("gestion-reprise", "/gestion/dossiers/reprise", "collegue", Who.Agent),
        new("gestion-recherches", "/gestion/recherches", "nom", Who.Agent),
        new("gestion-recherche-suppression", "/gestion/recherches/inconnue/suppression", "nom", Who.Agent),
        new("gestion-saisie", $"/gestion/saisie/{Requests.BirthCertificate}", "clientRequestId", Who.Agent),
        new("gestion-administration", "/gestion/administration", "operation", Who.Administrator),
        new("gestion-administration-avis", "/gestion/administration/avis", "avis", Who.Administrator),
    ];

    /// <summary>A hostile body: its name, its bytes and content type, and whether it is sent chunked (no length announced).</summary>
    public sealed record Hostile(string Name, Func<Endpoint, byte[]> Body, string ContentType = "application/x-www-form-urlencoded", bool Chunked = false)
    {
        public override string ToString() => Name;
    }

    private static byte[] Form(IEnumerable<string> pairs) => Encoding.ASCII.GetBytes(string.Join('&', pairs));

    public static IEnumerable<Hostile> Bodies() =>
    [
        new("5000 values", e => Form(Enumerable.Range(0, 5000).Select(i => $"{e.Field}{i}=x"))),
        new("a field name of 10000 characters", e => Form([$"{new string('n', 10_000)}=x", $"{e.Field}=x"])),
        new("a value of 5 MiB", e => Form([$"{e.Field}={new string('x', 5 * 1024 * 1024)}"])),
        new("a value of 5 MiB chunked", e => Form([$"{e.Field}={new string('x', 5 * 1024 * 1024)}"]), Chunked: true),
        new("xml with an external entity", _ => Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"), "text/xml; charset=utf-8"),
    ];

    private const string Boundary = "limite-hostile";

    private static byte[] Multipart(IEnumerable<(string Name, string? FileName, int Bytes)> parts) => Encoding.ASCII.GetBytes(
        string.Concat(parts.Select(p => $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{p.Name}\""
            + (p.FileName is null ? "" : $"; filename=\"{p.FileName}\"\r\nContent-Type: application/pdf") + $"\r\n\r\n{new string('x', p.Bytes)}\r\n"))
        + $"--{Boundary}--\r\n");

    /// <summary>The e-safe's upload reads multipart forms: the same hostile shapes as multipart, and a file over the document limit (5 MB).</summary>
    public static IEnumerable<Hostile> MultipartBodies() =>
    [
        new("5000 multipart values", _ => Multipart(Enumerable.Range(0, 5000).Select(i => ($"v{i}", (string?)null, 1))), $"multipart/form-data; boundary={Boundary}"),
        new("a multipart field name of 10000 characters", _ => Multipart([(new string('n', 10_000), null, 1)]), $"multipart/form-data; boundary={Boundary}"),
        new("a multipart value of 5 MiB", _ => Multipart([("numero", null, 5 * 1024 * 1024)]), $"multipart/form-data; boundary={Boundary}"),
        new("a file of 6 MiB", _ => Multipart([("fichier", "gros.pdf", 6 * 1024 * 1024)]), $"multipart/form-data; boundary={Boundary}"),
        new("a file of 6 MiB chunked", _ => Multipart([("fichier", "gros.pdf", 6 * 1024 * 1024)]), $"multipart/form-data; boundary={Boundary}", Chunked: true),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from endpoint in Endpoints()
        from body in Bodies()
        select new TestCaseData(endpoint, body).SetArgDisplayNames(endpoint.Name, body.Name);

    private static IEnumerable<TestCaseData> SessionCases() =>
        (from endpoint in SessionEndpoints()
         from body in Bodies()
         select new TestCaseData(endpoint, body).SetArgDisplayNames(endpoint.Name, body.Name))
        .Concat(from body in MultipartBodies()
                select new TestCaseData(SessionEndpoints().Single(e => e.Name == "compte-documents"), body).SetArgDisplayNames("compte-documents", body.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task A_hostile_body_is_refused_with_a_4xx_answer_the_host_stays_up_and_nothing_is_stored(Endpoint endpoint, Hostile hostile)
    {
        var (status, answer) = await PostAsync(endpoint, hostile, HostileInputEveryEndpointTests.Fingerprint);
        Assert.That(status, Is.InRange(400, 499), answer);
    }

    [TestCaseSource(nameof(SessionCases))]
    public async Task A_hostile_body_behind_a_session_is_refused_with_413_and_the_french_page_the_host_stays_up_and_nothing_is_stored(
        Endpoint endpoint, Hostile hostile)
    {
        var (status, answer) = await PostAsync(endpoint, hostile, SessionFingerprint);

        if (hostile.ContentType.StartsWith("text/xml", StringComparison.Ordinal))
            Assert.That(status, Is.EqualTo(415), answer);
        else
        {
            Assert.That(status, Is.EqualTo(413), answer);
            if (!answer.StartsWith(CutShort, StringComparison.Ordinal))
                Assert.That(answer, Does.Contain("trop volumineux").Or.Contain("dépasse la taille maximale"), "the French page says why");
        }
    }

    private static IEnumerable<TestCaseData> NotUtf8Cases() =>
        from name in new[] { "formulaire-commune", "open311", "gestion-connexion", "compte-rattacher", "gestion-dossier-note" }
        let endpoint = Endpoints().Concat(SessionEndpoints()).Single(e => e.Name == name)
        select new TestCaseData(endpoint).SetArgDisplayNames(name);

    /// <summary>The reader would put U+FFFD in place of the Latin-1 « é » (the raw byte E9) and store « Orl�ans ».</summary>
    [TestCaseSource(nameof(NotUtf8Cases))]
    public async Task A_field_that_is_not_utf8_is_refused_with_400_naming_it_and_nothing_is_stored(Endpoint endpoint)
    {
        var hostile = new Hostile("latin-1", e => Encoding.Latin1.GetBytes($"{e.Field}=Orléans"));

        var (status, answer) = await PostAsync(endpoint, hostile, SessionFingerprint);

        Assert.That(status, Is.EqualTo(400), answer);
        Assert.That(WebUtility.HtmlDecode(answer), Does.Contain($"Le champ « {endpoint.Field} » contient des caractères qui ne sont pas en UTF-8"));
    }

    /// <summary>What the forms behind a session could store besides <see cref="HostileInputEveryEndpointTests.Fingerprint"/>.</summary>
    private static string SessionFingerprint() => HostileInputEveryEndpointTests.Fingerprint() + SharedHost.Host.Rows(
        """
        SELECT (SELECT COUNT(*) FROM saved_searches) AS searches, (SELECT COUNT(*) FROM citizen_profiles) AS profiles,
               (SELECT COUNT(*) FROM citizen_links) AS links, (SELECT COUNT(*) FROM documents) AS documents,
               (SELECT COUNT(*) FROM dossier_documents) AS dossier_documents, (SELECT COUNT(*) FROM procedure_configurations) AS configurations,
               (SELECT SUM(notify_steps + notify_messages) FROM citizens) AS notifications,
               (SELECT COUNT(*) FROM agents) AS agents, (SELECT COUNT(*) FROM citizen_sessions) AS citizen_sessions
        """);

    /// <summary>The answer's text when the host answered before the whole body was sent and closed the connection.</summary>
    private const string CutShort = "cut short: ";

    /// <summary>Sends the session's cookie as given and follows no redirect: a post that lost its session must not pass for a refusal.</summary>
    private static readonly HttpClient Browser = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static readonly Dictionary<Who, string> Cookies = [];
    private static string? _dossier;

    /// <summary>The session cookie of <paramref name="who"/>, opened once (before the fingerprint: opening one stores a session).</summary>
    private static async Task<string?> CookieAsync(Who who)
    {
        if (who == Who.Nobody) return null;
        if (Cookies.TryGetValue(who, out var cookie)) return cookie;
        if (who == Who.Citizen)
            cookie = "wsc_session=" + (await new Accounts.AccountCalls(SharedHost.Host).NewCitizenAsync()).Session;
        else
        {
            using var browser = await BackOffice.AgentPagesHost.LoggedInAsync(
                who == Who.Agent ? BackOffice.AgentPagesHost.CivilStatus : BackOffice.AgentPagesHost.Administrator, SharedHost.Host);
            cookie = "wsc_agent=" + browser.Cookie("wsc_agent");
        }
        return Cookies[who] = cookie;
    }

    private static async Task<string> PathAsync(Endpoint endpoint) =>
        !endpoint.Path.Contains("{dossier}") ? endpoint.Path
        : endpoint.Path.Replace("{dossier}", _dossier ??= (await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest())).Number);

    /// <summary>Posts the hostile body with the endpoint's session; checks the host stays up, nothing is stored and no entity is read.</summary>
    private static async Task<(int Status, string Answer)> PostAsync(Endpoint endpoint, Hostile hostile, Func<string> fingerprint)
    {
        var cookie = await CookieAsync(endpoint.Session);
        var path = await PathAsync(endpoint);
        var before = fingerprint();
        var content = new ByteArrayContent(hostile.Body(endpoint));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, SharedHost.Host.BaseUrl + path) { Content = content };
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        if (hostile.Chunked) request.Headers.TransferEncodingChunked = true;

        int status;
        string answer;
        try
        {
            using var response = await Browser.SendAsync(request);
            status = (int)response.StatusCode;
            answer = await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException cut) when (hostile.Chunked)
        {
            // Over its limit while chunked, the host may answer 413 and close before the body is all sent.
            status = 413;
            answer = CutShort + cut.Message;
        }

        Assert.That(answer, Does.Not.Contain("root:"), "the entity was not read");
        Assert.That(SharedHost.Host.IsHealthy(), Is.True, "the host must stay up");
        Assert.That(fingerprint(), Is.EqualTo(before), "nothing may be stored");
        return (status, answer);
    }
}
