using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Workflow;

/// <summary>
/// What must hold before a process can run (a catalogue definition loads, a commune's version goes
/// online): actions that start from open steps and refer to what exists, every step reachable by the
/// actions' transitions (exits are reached by rejecting), a closing step reachable from every step,
/// and no loop of automatic actions (which would run forever without anybody acting).
/// Problems are in French: commune administrators read them.
/// </summary>
public static class WorkflowCheck
{
    public static IReadOnlyList<string> Problems(ProcedureDefinition definition)
    {
        var problems = new List<string>();
        var steps = definition.Steps.ToDictionary(s => s.Code);
        var actions = definition.Actions;

        foreach (var action in actions)
        {
            if (!steps.TryGetValue(action.Step, out var from)) problems.Add(WorkflowTexts.UnknownStep(action.Code, action.Step));
            else if (from.IsFinal) problems.Add(WorkflowTexts.ActionOnFinalStep(action.Code, from.AgentLabel));
            if (action.To is { } to && !steps.ContainsKey(to)) problems.Add(WorkflowTexts.UnknownStep(action.Code, to));
            if ((action.Trigger == ActionTrigger.AfterDelay) != (action.Delay is { } delay && delay > TimeSpan.Zero))
                problems.Add(WorkflowTexts.DelayOnlyAfterDelay(action.Code));
            if (action.Trigger == ActionTrigger.AfterDelay && action.To is null)
                problems.Add(WorkflowTexts.DelayedNeedsTarget(action.Code));
            if (action.Actor is { } actor && definition.Actors.All(a => a.Code != actor))
                problems.Add(WorkflowTexts.UnknownActor(action.Code, actor));
            if (action.IsAutomatic && action.Actor is not null)
                problems.Add(WorkflowTexts.AutomaticHasNoActor(action.Code));
            if (action.Document is { } document && definition.Documents.All(d => d.Code != document))
                problems.Add(WorkflowTexts.UnknownDocument(action.Code, document));
            if (action.Message is { } message)
                foreach (var name in MessageTemplate.UnknownPlaceholders(message.Subject + " " + message.Body))
                    problems.Add(WorkflowTexts.UnknownPlaceholder(action.Code, name));
        }
        foreach (var document in definition.Documents)
        {
            problems.AddRange(document.Problems());
            foreach (var path in DocumentTemplate.FieldPaths(document.Title + " " + document.Body).Where(p => definition.FindField(p) is null))
                problems.Add(WorkflowTexts.UnknownDocumentField(document.Code, path));
        }
        foreach (var twice in actions.GroupBy(a => a.Code).Where(g => g.Count() > 1))
            problems.Add(WorkflowTexts.ActionTwice(twice.Key));
        if (problems.Count > 0) return problems;

        var reachable = Reachable(definition.InitialStep.Code, actions, _ => true);
        foreach (var step in definition.Steps.Where(s => !s.IsExit && !reachable.Contains(s.Code)))
            problems.Add(WorkflowTexts.Unreachable(step.AgentLabel));
        foreach (var step in definition.Steps.Where(s => !s.IsFinal && (reachable.Contains(s.Code) || s.IsExit)))
            if (!Reachable(step.Code, actions, _ => true).Any(code => steps[code].IsFinal))
                problems.Add(WorkflowTexts.NoWayToClose(step.AgentLabel));
        if (AutomaticLoop(definition) is { } loop)
            problems.Add(WorkflowTexts.AutomaticLoop(string.Join(" → ", loop.Select(code => steps[code].AgentLabel))));
        return problems;
    }

    /// <summary>The steps reachable from <paramref name="start"/> (itself included) through the transitions of the actions kept.</summary>
    private static HashSet<string> Reachable(string start, IReadOnlyList<WorkflowAction> actions, Func<WorkflowAction, bool> keep)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var step))
            foreach (var action in actions.Where(a => a.Step == step && a.To is not null && keep(a)))
                if (seen.Add(action.To!)) queue.Enqueue(action.To!);
        return seen;
    }

    /// <summary>A cycle of steps joined by automatic actions, if any (as the steps it goes through, first repeated last).</summary>
    private static IReadOnlyList<string>? AutomaticLoop(ProcedureDefinition definition)
    {
        var automatic = definition.Actions.Where(a => a.IsAutomatic && a.To is not null).ToList();
        var state = new Dictionary<string, int>(); // 1: on the current path, 2: done
        var path = new List<string>();
        List<string>? Visit(string step)
        {
            state[step] = 1;
            path.Add(step);
            foreach (var next in automatic.Where(a => a.Step == step).Select(a => a.To!))
            {
                if (state.GetValueOrDefault(next) == 1) return [.. path.SkipWhile(s => s != next), next];
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } loop) return loop;
            }
            path.RemoveAt(path.Count - 1);
            state[step] = 2;
            return null;
        }
        foreach (var step in definition.Steps)
            if (state.GetValueOrDefault(step.Code) == 0 && Visit(step.Code) is { } loop) return loop;
        return null;
    }
}
