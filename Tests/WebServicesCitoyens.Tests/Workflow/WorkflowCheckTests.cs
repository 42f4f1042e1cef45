using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Workflow;
using WebServicesCitoyens.Tests.Infrastructure;

namespace WebServicesCitoyens.Tests.Workflow;

/// <summary>The checks a process passes before it can run, on the real birth-certificate workflow changed in one way each.</summary>
public sealed class WorkflowCheckTests
{
    private static readonly ProcedureDefinition Birth = Definitions.Get("etat-civil.acte-naissance");

    private static ProcedureDefinition WithActions(params WorkflowAction[] actions) => Birth with { OwnActions = actions };

    private static WorkflowAction Manual(string code, string step, string? to) => new(code, step, "Libellé " + code, to, ActionTrigger.Manual, null, null, null, null);

    [Test]
    public void Every_catalogue_process_passes_its_checks_and_the_birth_certificate_has_its_declared_actions()
    {
        Assert.That(Definitions.Catalogue.Procedures.SelectMany(p => WorkflowCheck.Problems(p).Select(problem => $"{p.Code}: {problem}")), Is.Empty);
        Assert.That(Birth.ActionsOf("ENVOI").Select(a => (a.Code, a.Trigger, a.To)),
            Is.EqualTo(new[] { ("RECEPTION_CONFIRMEE", ActionTrigger.Manual, "CLOTURE"), ("CLOTURE_APRES_ENVOI", ActionTrigger.AfterDelay, "CLOTURE") }));
        Assert.That(Birth.ActionsOf("ENVOI").Last().Delay, Is.EqualTo(TimeSpan.FromDays(15)));
        Assert.That(Birth.ActionsOf("SIGNATURE").Single().Actor, Is.EqualTo("officier"));
    }

    [Test]
    public void A_definition_without_actions_gets_one_manual_action_per_step_to_the_next_step_that_is_not_an_exit()
    {
        var incident = Definitions.Get("vie-quotidienne.incident-voirie");
        Assert.That(incident.Actions.Select(a => $"{a.Step}>{a.To}"),
            Is.EqualTo(new[] { "RECU>QUALIFIE", "QUALIFIE>TRANSMIS", "TRANSMIS>PROGRAMME", "PROGRAMME>REALISE", "REALISE>CLOTURE" }));
        Assert.That(incident.Actions.All(a => a.Trigger == ActionTrigger.Manual && a.Label.StartsWith("Passer à l'étape", StringComparison.Ordinal)));
    }

    [Test]
    public void A_step_no_action_leads_to_is_reported_by_its_label()
    {
        var problems = WorkflowCheck.Problems(WithActions(Birth.Actions.Where(a => a.To != "SIGNATURE").ToArray()));
        Assert.That(problems, Does.Contain("L'étape « Signature et apposition du sceau » n'est atteinte par aucune action depuis l'étape initiale."));
    }

    [Test]
    public void A_step_from_which_no_action_leads_to_a_final_step_is_reported()
    {
        var actions = Birth.Actions.Where(a => a.Step != "ENVOI").Append(Manual("RETOUR", "ENVOI", "SIGNATURE")).ToArray();
        var problems = WorkflowCheck.Problems(WithActions(actions));
        Assert.That(problems, Does.Contain("Depuis l'étape « Envoi par courrier », aucune suite d'actions ne mène à une étape finale."));
    }

    [Test]
    public void A_loop_of_automatic_actions_is_reported_with_the_steps_it_goes_through()
    {
        var actions = Birth.Actions.Concat(
        [
            new WorkflowAction("AUTO_1", "REDACTION", "Auto 1", "SIGNATURE", ActionTrigger.OnEnter, null, null, null, null),
            new WorkflowAction("AUTO_2", "SIGNATURE", "Auto 2", "REDACTION", ActionTrigger.OnEnter, null, null, null, null),
        ]).ToArray();
        var problems = WorkflowCheck.Problems(WithActions(actions));
        Assert.That(problems, Has.One.StartsWith("Des actions automatiques forment une boucle sans fin : ").And.Contains("Rédaction"));
    }

    [Test]
    public void Actions_that_refer_to_what_does_not_exist_or_start_from_a_final_step_are_reported()
    {
        var problems = WorkflowCheck.Problems(WithActions(
        [
            .. Birth.Actions,
            Manual("VERS_NULLE_PART", "ENVOI", "NULLE_PART"),
            Manual("APRES_LA_FIN", "CLOTURE", "ENVOI"),
            new WorkflowAction("SANS_DELAI", "ENVOI", "Sans délai", "CLOTURE", ActionTrigger.AfterDelay, null, null, null, null),
            new WorkflowAction("INCONNU", "ENVOI", "Acteur inconnu", "CLOTURE", ActionTrigger.Manual, null, "maire", null, "courrier"),
        ]));
        Assert.That(problems, Is.SupersetOf(new[]
        {
            "L'action VERS_NULLE_PART mentionne l'étape NULLE_PART, qui n'existe pas.",
            "L'action APRES_LA_FIN part de l'étape « Clôture », qui est finale : un dossier clos n'a plus d'action.",
            "L'action SANS_DELAI : un délai (par exemple P15D pour 15 jours) est exigé pour une action « après un délai », et seulement pour elle.",
            "L'action INCONNU est confiée à l'acteur maire, qui n'est pas déclaré.",
            "L'action INCONNU génère le document courrier, qui n'est pas déclaré.",
        }));
    }
}
