using System.Text.Json;
using static WebServicesCitoyens.Tests.BackOffice.AgentPagesHost;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// End to end in real headless Chromium (Tests/Accessibility/backoffice_e2e.mjs): a citizen's birth
/// certificate request filed over SOAP is treated by the agent etat-civil@orleans.demo through the pages
/// alone, mostly with the keyboard — login (a wrong password first), the queue filtered by procedure and
/// sorted newest first, « Traiter », an internal note, every action from PRENDRE_EN_CHARGE to
/// RECEPTION_CONFIRMEE (COPIE_SIGNEE generating the covering letter, downloaded as a PDF), a tab left on an
/// earlier step refused, the not-found page, logout — with axe-core (WCAG 2.1 A and AA) finding nothing on
/// any back-office page on the way: login (blank and refused), queue (empty and with results), dossier
/// (open, refused as stale, closed), 404, logged out. Then the citizen's tracking page dates every step.
/// </summary>
public sealed class AgentPagesEndToEndTests
{
    /// <summary>The lines the citizen sees for a birth certificate that went all the way (seed 002).</summary>
    private static readonly string[] CitizenSteps =
    [
        "Demande initiale", "Prise en charge par nos services", "Contrôle de validité de la demande",
        "Préparation du document", "Envoi du document par courrier", "Clôture",
    ];

    [Test]
    public async Task An_agent_treats_a_birth_certificate_to_closing_in_the_browser_and_the_citizen_sees_every_step_dated()
    {
        var (number, code) = await Requests.SubmitAsync(Host, Requests.BirthCertificate, Requests.BirthCertificateRequest());

        var output = Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "backoffice_e2e.mjs"), Host.BaseUrl, number, code, CivilStatus, Password);

        var report = JsonDocument.Parse(output).RootElement;
        var pages = report.GetProperty("axe").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("name").GetString()), Is.EquivalentTo(new[]
        {
            "connexion", "connexion refusée", "file vide", "file filtrée", "dossier ouvert", "dossier, page dépassée", "dossier clos",
            "dossier introuvable", "déconnexion",
        }));
        foreach (var page in pages)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("name")} ({page.GetProperty("url")}): {page.GetProperty("violations")}");
        Assert.That(pages.Select(p => p.GetProperty("status").GetInt32()), Is.EqualTo(new[] { 200, 422, 200, 200, 200, 409, 200, 404, 200 }));

        Assert.That(report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()), Is.SupersetOf(new[]
        {
            "Prendre en charge", "Données vérifiées", "Demande recevable", "Acte trouvé dans les registres", "Copie ou extrait rédigé",
            "Copie signée : préparer l'envoi", "Réception confirmée", "page dépassée refusée", "déconnecté",
        }));
        Assert.That(Host.Text("SELECT current_step FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo("CLOTURE"));
        Assert.That(Host.Text("SELECT state FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo("Closed"));

        var letter = report.GetProperty("letter");
        Assert.That(letter.GetProperty("status").GetInt32(), Is.EqualTo(200));
        Assert.That(letter.GetProperty("type").GetString(), Is.EqualTo("application/pdf"));
        Assert.That(letter.GetProperty("start").GetString(), Is.EqualTo("%PDF-"));

        var tracking = report.GetProperty("tracking").EnumerateArray().ToList();
        Assert.That(tracking.Select(t => t.GetProperty("label").GetString()), Is.EqualTo(CitizenSteps));
        foreach (var step in tracking)
        {
            Assert.That(step.GetProperty("date").ValueKind, Is.EqualTo(JsonValueKind.String), $"{step.GetProperty("label")} is dated");
            Assert.That(step.GetProperty("date").GetString(), Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
            Assert.That(step.GetProperty("state").GetString(), Is.EqualTo("Réalisée"));
        }
    }
}
