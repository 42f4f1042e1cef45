using System.Xml.Linq;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The process as a tree (seed 002's screenshot: steps, their actions, where each leads, who performs
/// it, what it sends and generates), and the edits of the flow that keep it runnable: a step removed
/// re-links the actions that led to it, a workflow that ran on default actions has them written out.
/// </summary>
public sealed class ProcessTreeTests
{
    private static readonly AdministrationCalls Calls = new(SharedHost.Host);
    private string _admin = "";

    [OneTimeSetUp]
    public async Task Log_in() => _admin = await Calls.LoginAsync(Administrator);

    private static XElement Step(XElement tree, string code) =>
        tree.Element(A + "Steps")!.Elements(A + "Step").Single(s => s.Element(A + "Code")!.Value == code);

    private static XElement Action(XElement tree, string code) =>
        tree.Element(A + "Steps")!.Descendants(A + "Action").Single(a => a.Element(A + "Code")!.Value == code);

    private static string? Value(XElement element, string name) => element.Element(A + name)?.Value;

    [Test]
    public async Task The_birth_certificates_tree_shows_steps_actions_transitions_actors_delays_messages_and_documents()
    {
        await Calls.DiscardDraftAsync(_admin, Requests.BirthCertificate);
        var tree = await Calls.SucceedOnProcedureAsync(_admin, Requests.BirthCertificate, "GetProcessTree");

        Assert.Multiple(() =>
        {
            Assert.That(tree.Element(A + "Version"), Is.Null, "the catalogue's definition, the commune having no version");
            Assert.That(Value(tree, "ExpectedDays"), Is.EqualTo("10"));
            var first = Step(tree, "ENREGISTREE");
            Assert.That((Value(first, "Number"), Value(first, "Initial"), Value(first, "CitizenLabel")), Is.EqualTo(("1", "true", "Demande initiale")));
            var signed = Action(tree, "COPIE_SIGNEE");
            Assert.That((Value(signed, "Actor"), Value(signed, "ActorLabel")), Is.EqualTo(("officier", "Officier de l'état civil")));
            Assert.That((Value(signed, "Document"), Value(signed, "DocumentTitle")), Is.EqualTo(("lettre-envoi", "Lettre d'accompagnement")));
            Assert.That((Value(signed, "ToStepNumber"), Value(signed, "ToStepLabel")), Is.EqualTo(("7", "Envoi par courrier")));
            var closing = Action(tree, "CLOTURE_APRES_ENVOI");
            Assert.That((Value(closing, "Trigger"), Value(closing, "Delay"), Value(closing, "ToStep")), Is.EqualTo(("afterDelay", "P15D", "CLOTURE")));
            Assert.That(Value(Step(tree, "ENVOI"), "MessageSubject"), Does.StartWith("Votre acte de naissance est parti par courrier"));
            var rejected = Step(tree, "REJETEE");
            Assert.That((Value(rejected, "Exit"), Value(rejected, "Final")), Is.EqualTo(("true", "true")));
            Assert.That(tree.Element(A + "Documents")!.Elements(A + "Document").Select(d => Value(d, "Code")), Is.EqualTo(new[] { "lettre-envoi", "reponse-negative" }));
        });
    }

    [Test]
    public async Task Removing_a_step_relinks_the_actions_that_led_to_it_and_the_first_step_stays()
    {
        const string code = Requests.BirthCertificate;
        await Calls.DiscardDraftAsync(_admin, code);
        await Calls.SucceedOnProcedureAsync(_admin, code, "RemoveStep", ("Code", "REDACTION"));
        var tree = await Calls.SucceedOnProcedureAsync(_admin, code, "GetProcessTree");

        Assert.That(tree.Element(A + "Steps")!.Elements(A + "Step").Select(s => Value(s, "Code")), Does.Not.Contain("REDACTION"));
        Assert.That(Value(Action(tree, "ACTE_TROUVE"), "ToStep"), Is.EqualTo("SIGNATURE"), "led to the step removed, now to where it led");
        Assert.That(tree.Descendants(A + "Action").Select(a => Value(a, "Code")), Does.Not.Contain("COPIE_REDIGEE"), "the removed step's actions go with it");

        var (fields, fault) = await Calls.RefusedAsync(_admin, code, "RemoveStep", ("Code", "ENREGISTREE"));
        Assert.That((fields.Single(), fault), Is.EqualTo(("Code", AdministrationTexts.FirstStepStays)));
        var (afterFields, afterFault) = await Calls.RefusedAsync(_admin, code, "AddStep", ("After", "CLOTURE"), ("Code", "ARCHIVAGE"),
            ("AgentLabel", "Archivage"), ("CitizenLabel", "Archivage"));
        Assert.That((afterFields.Single(), afterFault), Is.EqualTo(("After", AdministrationTexts.AddAfterFinal("Clôture"))));
        await Calls.DiscardDraftAsync(_admin, code);
    }

    [Test]
    public async Task A_process_run_by_default_actions_has_them_written_out_at_its_first_workflow_edit()
    {
        const string code = "etat-civil.acte-deces";
        await Calls.DiscardDraftAsync(_admin, code);
        Assert.That(await Calls.ExportAsync(_admin, code), Does.Not.Contain("<action "));

        await Calls.SucceedOnProcedureAsync(_admin, code, "UpdateStep", ("Code", "ENVOI"), ("CitizenLabel", "Envoi de l'acte à votre domicile"));
        Assert.That(await Calls.ExportAsync(_admin, code), Does.Not.Contain("<action "), "a label is not the flow");
        await Calls.SucceedOnProcedureAsync(_admin, code, "AddAction", ("StepCode", "ENVOI"), ("Code", "CLOTURE_AUTOMATIQUE"),
            ("Label", "Envoi de plus de 15 jours : clôture"), ("To", "CLOTURE"), ("Trigger", "afterDelay"), ("Delay", "P15D"),
            ("MessageSubject", "Votre dossier {numero} est clos"), ("MessageBody", "Bonjour,\n\nVotre dossier est clos.\n\n{lien}"));
        var tree = await Calls.SucceedOnProcedureAsync(_admin, code, "GetProcessTree");

        var sent = Step(tree, "ENVOI");
        Assert.That(Value(sent, "CitizenLabel"), Is.EqualTo("Envoi de l'acte à votre domicile"));
        Assert.That(sent.Descendants(A + "Action").Select(a => (Value(a, "Code"), Value(a, "Trigger"), Value(a, "ToStep"))),
            Is.EqualTo(new[] { ("VERS_CLOTURE", "manual", "CLOTURE"), ("CLOTURE_AUTOMATIQUE", "afterDelay", "CLOTURE") }));
        Assert.That(Value(Action(tree, "CLOTURE_AUTOMATIQUE"), "MessageSubject"), Is.EqualTo("Votre dossier {numero} est clos"));
        Assert.That(Value(Action(tree, "VERS_PRISE_EN_CHARGE"), "Label"), Is.EqualTo(WorkflowTexts.MoveTo("Prise en charge")));

        var (fields, fault) = await Calls.RefusedAsync(_admin, code, "AddAction", ("StepCode", "ENVOI"), ("Code", "RELANCE"), ("Label", "Relance"),
            ("Trigger", "afterDelay"), ("Delay", "15 jours"));
        Assert.That((fields.Single(), fault), Is.EqualTo(("Delay", AdministrationTexts.BadDelay("15 jours"))));
        await Calls.DiscardDraftAsync(_admin, code);
    }
}
