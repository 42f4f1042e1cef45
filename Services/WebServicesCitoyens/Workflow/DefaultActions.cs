using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Workflow;

/// <summary>
/// The actions of a workflow whose definition declares none: each step that is not final gets one
/// manual action to the next step that is not an exit. Rejecting (to an exit) and closing are dossier
/// actions available at every open step, so every catalogue procedure can be processed from day one.
/// </summary>
public static class DefaultActions
{
    public static IReadOnlyList<WorkflowAction> Of(IReadOnlyList<WorkflowStep> steps)
    {
        var actions = new List<WorkflowAction>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].IsFinal || steps[i].IsExit) continue;
            var next = steps.Skip(i + 1).FirstOrDefault(s => !s.IsExit);
            if (next is null) continue;
            actions.Add(new WorkflowAction("VERS_" + next.Code, steps[i].Code, WorkflowTexts.MoveTo(next.AgentLabel), next.Code,
                ActionTrigger.Manual, null, null, null, null));
        }
        return actions;
    }
}
