using System.Text.Json;
using static WebServicesCitoyens.Tests.Administration.AdminPagesHost;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// End to end in real headless Chromium (Tests/Accessibility/administration_e2e.mjs), on this folder's own
/// host: admin@orleans.demo opens the birth certificate from the header's « Administration », creates a
/// draft, adds « Vérification par le service des archives » after RECHERCHE_ACTE (a code refused first)
/// and the commune's optional field « Numéro de famille », with the keyboard; in test the public form
/// shows the field only with the preview key, online to everybody; a citizen files the form in the
/// browser, and etat-civil@orleans.demo performs the dossier's actions until the new step is current.
/// axe-core (WCAG 2.1 A and AA) finds nothing on the administration pages on the way.
/// </summary>
public sealed class AdministrationEndToEndTests
{
    private const string NewStep = "Vérification par le service des archives";

    [Test]
    public void An_administrator_adds_a_step_and_a_field_to_the_birth_certificate_and_publishes_them_then_a_citizen_s_dossier_reaches_the_new_step()
    {
        var output = Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "administration_e2e.mjs"), Host.BaseUrl, Administrator, CivilStatus, Password);

        var report = JsonDocument.Parse(output).RootElement;
        var pages = report.GetProperty("axe").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[]
        {
            "liste des démarches", "éditeur sans brouillon", "éditeur, modification refusée", "éditeur avec brouillon", "agents et profils",
            "logiciels de la commune", "secret d'un logiciel",
        }));
        Assert.That(pages.Select(p => p.GetProperty("status").GetInt32()), Is.EqualTo(new[] { 200, 200, 422, 200, 200, 200, 200 }));
        foreach (var page in pages)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("name")} ({page.GetProperty("url")}): {page.GetProperty("violations")}");

        // The tree: numbered steps, « Actions : », each action with its trigger and where it leads, before and after.
        var tree = report.GetProperty("tree");
        string[] Texts(string name) => tree.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.That(Texts("before"), Has.Length.EqualTo(10));
        Assert.That(Texts("before")[3], Is.EqualTo("Étape 4 – Recherche de l'acte dans les registres"));
        Assert.That(tree.GetProperty("searchHasActionsHeading").GetString(), Is.EqualTo("Actions :"));
        Assert.That(Texts("searchActions"), Is.EqualTo(new[] { "Acte trouvé dans les registres", "Acte introuvable : envoyer la réponse négative" }));
        Assert.That(Texts("triggers"), Does.Contain("Déclenchement : manuelle").And.Contain("Déclenchement : après un délai de 15 jours"));
        Assert.That(tree.GetProperty("foundTargetBefore").GetString(), Is.EqualTo("→ Vers l’étape 5 – Rédaction de la copie ou de l'extrait avec ses mentions"));
        Assert.That(Texts("after"), Has.Length.EqualTo(11));
        Assert.That(Texts("after")[4], Is.EqualTo($"Étape 5 – {NewStep}"));
        Assert.That(Texts("after")[5], Is.EqualTo("Étape 6 – Rédaction de la copie ou de l'extrait avec ses mentions"));
        Assert.That(tree.GetProperty("foundTargetAfter").GetString(), Is.EqualTo($"→ Vers l’étape 5 – {NewStep}"));
        Assert.That(Texts("newStepTargets"), Is.EqualTo(new[] { "→ Vers l’étape 6 – Rédaction de la copie ou de l'extrait avec ses mentions" }));

        var forms = report.GetProperty("forms");
        Assert.That(forms.GetProperty("fieldInEditor").GetString(), Is.EqualTo("Numéro de famille numeroFamille : Texte court, facultatif, propre à la commune"));
        Assert.That(forms.GetProperty("testWithoutKey").GetInt32(), Is.Zero, "in test, the public form is the one in effect");
        Assert.That(forms.GetProperty("testWithKey").GetInt32(), Is.EqualTo(1), "the preview key shows the version in test");
        Assert.That(forms.GetProperty("online").GetInt32(), Is.EqualTo(1), "online, everybody gets the field");

        // The dossier was filed under the version online, with the commune's field, and reached the new step.
        var number = report.GetProperty("dossier").GetString()!;
        string? Column(string column) => Host.Text($"SELECT CAST({column} AS TEXT) FROM dossiers WHERE number = @n", ("@n", number));
        Assert.That(Column("configuration_version"), Is.EqualTo("1"));
        Assert.That(Column("is_test"), Is.EqualTo("0"));
        Assert.That(Column("current_step"), Is.EqualTo("VERIFICATION_ARCHIVES"));
        Assert.That(Column("request_xml"), Does.Contain("numeroFamille").And.Contain("F-2026-042"));
        Assert.That(report.GetProperty("currentStep").GetString(), Is.EqualTo(NewStep));
        Assert.That(report.GetProperty("stepButtons").EnumerateArray().Select(b => b.GetString()),
            Is.EqualTo(new[] { "Passer à l'étape « Rédaction de la copie ou de l'extrait avec ses mentions »" }));
        Assert.That(Versions(Requests.BirthCertificate), Is.EqualTo("1 Online"));
    }
}
