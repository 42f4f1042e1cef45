using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Administration;

/// <summary>
/// A procedure's process as the administrator reads it (seed 002 §4.1, the tree of the screenshot:
/// « Demande initiale → Actions : Données vérifiées → Vers l'étape 3 – Préparation du document »):
/// the steps in order, numbered from 1, each with its actions, and each action with its trigger,
/// delay, actor, the message it sends, the document it generates and the step it leads to.
/// </summary>
public sealed record ProcessTree(
    string ProcedureCode, string Title, long? Version, string? State, int ExpectedDays,
    IReadOnlyList<ProcessStep> Steps, IReadOnlyList<ActorRole> Actors, IReadOnlyList<DocumentTemplate> Documents)
{
    /// <param name="version">The version shown (null: the catalogue's definition, no commune version yet).</param>
    public static ProcessTree Of(ProcedureDefinition definition, ConfigurationVersion? version)
    {
        var numbers = definition.Steps.Select((step, index) => (step.Code, Number: index + 1)).ToDictionary(s => s.Code, s => s.Number);
        ProcessTarget? Target(string? code) => code is not null && definition.FindStep(code) is { } step
            ? new ProcessTarget(numbers[code], code, step.AgentLabel) : null;
        ProcessAction Action(WorkflowAction action)
        {
            var actor = action.Actor is null ? null : definition.Actors.FirstOrDefault(a => a.Code == action.Actor);
            var document = action.Document is null ? null : definition.Documents.FirstOrDefault(d => d.Code == action.Document);
            return new ProcessAction(action.Code, action.Label, action.Trigger, action.Delay, action.Actor, actor?.Label, actor?.Profiles ?? [],
                action.Message?.Subject, action.Document, document?.Title, Target(action.To));
        }
        var steps = definition.Steps.Select(step => new ProcessStep(
            numbers[step.Code], step.Code, step.AgentLabel, step.CitizenLabel, step == definition.InitialStep, step.IsExit, step.IsFinal,
            definition.Messages.FirstOrDefault(m => m.Event == NotificationEvent.StepReached && m.StepCode == step.Code)?.Subject,
            definition.ActionsOf(step.Code).Select(Action).ToList())).ToList();
        return new ProcessTree(definition.Code, definition.Title, version?.Version, version?.State, definition.ExpectedDays,
            steps, definition.Actors, definition.Documents);
    }
}

/// <summary>
/// A step of the tree: its number, code and labels, whether dossiers start there, whether it is an exit
/// (reached by rejecting) or final (the dossier is closed there), the subject of its own mail when the
/// version has one, and its actions.
/// </summary>
public sealed record ProcessStep(
    int Number, string Code, string AgentLabel, string CitizenLabel, bool IsInitial, bool IsExit, bool IsFinal,
    string? MessageSubject, IReadOnlyList<ProcessAction> Actions);

/// <summary>An action of the tree: how it runs, by whom, what it sends and generates, where it leads (null: the dossier stays).</summary>
public sealed record ProcessAction(
    string Code, string Label, ActionTrigger Trigger, TimeSpan? Delay, string? ActorCode, string? ActorLabel, IReadOnlyList<string> ActorProfiles,
    string? MessageSubject, string? DocumentCode, string? DocumentTitle, ProcessTarget? Target);

/// <summary>The step an action leads to: « Vers l'étape 3 – Préparation du document ».</summary>
public sealed record ProcessTarget(int Number, string Code, string AgentLabel);
