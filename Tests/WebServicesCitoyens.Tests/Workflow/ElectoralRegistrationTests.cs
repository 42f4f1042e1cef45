using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Tests.Workflow;

/// <summary>
/// A second declared workflow: the registration on the electoral list, decided by the mayor's actor and
/// ending with the certificate of registration generated as a PDF at the last step.
/// </summary>
public sealed class ElectoralRegistrationTests
{
    private const string Procedure = "elections.inscription-listes";
    private static readonly Lazy<BackOfficeInProcess> BackOffice = new(() => new BackOfficeInProcess(SharedHost.Host));

    [Test]
    public async Task An_administrator_processes_a_registration_to_its_end_and_the_certificate_of_registration_is_generated()
    {
        var (number, _) = await Requests.SubmitAsync(Procedure, Definitions.Sample(Procedure));
        var admin = await BackOffice.Value.AgentAsync("admin@orleans.demo");
        foreach (var action in new[] { "PRENDRE_EN_CHARGE", "PIECES_RECUES", "DOSSIER_COMPLET", "INSCRIPTION_DECIDEE", "DECISION_NOTIFIEE", "INSCRIPTION_EFFECTIVE" })
            await BackOffice.Value.Processing.PerformAsync(admin, number, action);

        var file = await BackOffice.Value.Processing.OpenAsync(admin, number);
        Assert.That((file.Dossier.CurrentStep, file.Dossier.State), Is.EqualTo(("INSCRIT", "Closed")));
        var certificate = file.GeneratedDocuments.Single();
        Assert.That(certificate.Title, Is.EqualTo("Attestation d'inscription sur la liste électorale"));
        var (_, pdf) = await BackOffice.Value.Processing.GeneratedDocumentAsync(admin, number, certificate.Id);
        var path = Path.Combine(Path.GetTempPath(), $"attestation-{number}.pdf");
        File.WriteAllBytes(path, pdf);
        var text = Regex.Replace(Tool.Succeed("pdftotext", "-enc", "UTF-8", path, "-"), @"\s+", " ");
        File.Delete(path);
        Assert.That(text, Does.Contain("atteste que").And.Contain("inscrit(e) sur la liste électorale").And.Contain("Orléans"));
        Assert.That(text.Replace(" ", ""), Does.Contain(number));
    }

    [Test]
    public async Task The_civil_status_agent_does_not_see_an_electoral_registration()
    {
        var (number, _) = await Requests.SubmitAsync(Procedure, Definitions.Sample(Procedure));
        var agent = await BackOffice.Value.AgentAsync("etat-civil@orleans.demo");
        var refused = await Assert.ThrowsAsync<WebServicesCitoyens.Schemas.RequestValidationException>(async () => await BackOffice.Value.Processing.OpenAsync(agent, number));
        Assert.That((refused!.Errors.Single().Path, refused.Errors.Single().Message), Is.EqualTo(("DossierNumber", WebServicesCitoyens.Texts.BackOfficeTexts.DossierNotFound)));
    }
}
