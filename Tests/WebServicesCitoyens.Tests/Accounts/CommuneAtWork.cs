using System.Xml.Linq;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Workflow;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The commune's agents at work on the shared host's store, through the back office's domain classes
/// wired as the host wires them (the back-office service that will call them is not the citizen's
/// side): correction requests, rejections, internal notes, actions that generate letters. The demo
/// agents are seeded on every host; they log in as they will over the back office.
/// </summary>
public static class CommuneAtWork
{
    public const string DemoPassword = BackOfficeInProcess.DemoPassword;
    public const string CivilStatusAgent = "etat-civil@orleans.demo";
    public const string RoadsAgent = "voirie@orleans.demo";

    /// <summary>The birth certificate's actions from its first step up to the signed copy, which generates the cover letter (lettre-envoi).</summary>
    public static readonly string[] UpToSignedCopy =
        ["PRENDRE_EN_CHARGE", "DONNEES_VERIFIEES", "DEMANDE_RECEVABLE", "ACTE_TROUVE", "COPIE_REDIGEE", "COPIE_SIGNEE"];

    private static readonly Lazy<BackOfficeInProcess> Wired = new(() => new BackOfficeInProcess(SharedHost.Host));

    public static DossierProcessing Processing => Wired.Value.Processing;

    /// <summary>A demo agent, logged in.</summary>
    public static Task<Agent> AgentAsync(string email) => Wired.Value.AgentAsync(email);

    public static async Task PerformAsync(Agent agent, string number, params string[] actions)
    {
        foreach (var action in actions) await Processing.PerformAsync(agent, number, action);
    }

    /// <summary>A birth certificate (the sample request) filed over SOAP and followed by the citizen's account.</summary>
    public static async Task<(string Number, string Code)> FollowedBirthCertificateAsync(AccountCalls calls, string session) =>
        await FollowedAsync(calls, session, Requests.BirthCertificate, Definitions.Sample(Requests.BirthCertificate));

    /// <summary>A road incident filed over SOAP and followed by the citizen's account.</summary>
    public static async Task<(string Number, string Code)> FollowedRoadIncidentAsync(AccountCalls calls, string session) =>
        await FollowedAsync(calls, session, Requests.RoadIncident, Requests.RoadIncidentRequest());

    private static async Task<(string Number, string Code)> FollowedAsync(AccountCalls calls, string session, string procedure, XElement request)
    {
        var (number, code) = await Requests.SubmitAsync(procedure, request);
        await calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        return (number, code);
    }

    /// <summary>
    /// A citizen whose dashboard shows the commune's processing in full: a road incident waiting for their
    /// answer (after a message), a birth certificate with its cover letter, and a rejected one.
    /// </summary>
    public static async Task<(string Session, (string Number, string Code) Awaiting, (string Number, string Code) WithLetter,
        (string Number, string Code) Rejected)> ProcessedDossiersAsync(AccountCalls calls)
    {
        var (_, session) = await calls.NewCitizenAsync();
        var civilStatus = await AgentAsync(CivilStatusAgent);
        var roads = await AgentAsync(RoadsAgent);
        var rejected = await FollowedBirthCertificateAsync(calls, session);
        await Processing.RejectAsync(civilStatus, rejected.Number, null, "L'acte demandé n'a pas été dressé à Orléans.");
        var withLetter = await FollowedBirthCertificateAsync(calls, session);
        await PerformAsync(civilStatus, withLetter.Number, UpToSignedCopy);
        var awaiting = await FollowedRoadIncidentAsync(calls, session);
        await Processing.SendMessageAsync(roads, awaiting.Number, "Votre signalement est bien reçu.");
        await Processing.RequestCorrectionAsync(roads, awaiting.Number, "Merci de préciser le numéro du lampadaire.");
        return (session, awaiting, withLetter, rejected);
    }

    /// <summary>A dossier of the dashboard's response, open or archived.</summary>
    public static XElement DossierOf(XElement dashboard, string number) =>
        dashboard.Descendants(AccountCalls.C + "Dossier").Single(d => d.Element(AccountCalls.C + "DossierNumber")?.Value == number);

    /// <summary>The GetStatus result of the procedure service, as a commune site reads it.</summary>
    public static async Task<XElement> StatusAsync(string procedure, string number, string code)
    {
        var (status, body, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(procedure), S.Envelope(
            $"<GetStatus xmlns=\"{S.Ns}\"><DossierNumber>{number}</DossierNumber><TrackingCode>{code}</TrackingCode></GetStatus>"), "GetStatus");
        Assert.That(status, Is.EqualTo(200), body);
        return XDocument.Parse(body).Descendants(S.Tns + "GetStatusResult").Single();
    }

    /// <summary>A browser holding the citizen's session cookie, which follows no redirect.</summary>
    public static HttpClient Browser(string session)
    {
        var browser = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Add("Cookie", "wsc_session=" + session);
        return browser;
    }

    /// <summary>A page's HTML, entities decoded.</summary>
    public static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(SharedHost.Host.BaseUrl + path);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), path);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A form posted from the platform's pages (same origin).</summary>
    public static async Task<(System.Net.HttpStatusCode Status, string Html)> PostFormAsync(HttpClient browser, string path,
        Dictionary<string, string> form, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SharedHost.Host.BaseUrl + path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Origin", origin ?? SharedHost.Host.BaseUrl);
        using var response = await browser.SendAsync(request);
        return (response.StatusCode, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
