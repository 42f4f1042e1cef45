namespace WebServicesCitoyens.Workflow;

/// <summary>When an action runs: an agent's button, on entering its step, or after the dossier stayed a while in it.</summary>
public enum ActionTrigger
{
    Manual,
    OnEnter,
    AfterDelay,
}

/// <summary>The text an action sends the citizen (plain French, same placeholders as the notification mails).</summary>
public sealed record ActionMessage(string Subject, string Body);

/// <summary>
/// An action of a step (seed 002: "Actions : Données vérifiées → Vers l'étape 3"). <see cref="To"/> is
/// the step it moves the dossier to (null: the dossier stays); <see cref="Actor"/> the actor who may
/// perform a manual action (null: any agent handling the procedure); <see cref="Document"/> the code
/// of the document template it generates.
/// </summary>
public sealed record WorkflowAction(
    string Code, string Step, string Label, string? To, ActionTrigger Trigger, TimeSpan? Delay,
    string? Actor, ActionMessage? Message, string? Document)
{
    public bool IsAutomatic => Trigger != ActionTrigger.Manual;
}

/// <summary>
/// An actor of the process (acteur), e.g. the civil-status officer. <see cref="Profiles"/> are the
/// commune's agent profiles bound to it; empty means any agent handling the procedure.
/// </summary>
public sealed record ActorRole(string Code, string Label, IReadOnlyList<string> Profiles);
