using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// The restricted view of a workflow a citizen sees (seed 002): one line per citizen label, in
/// workflow order, dated with the first time the dossier reached a step bearing that label, or
/// not done yet. Exits (rejection, act not found) appear only once reached.
/// </summary>
public static class CitizenSteps
{
    public static Step[] Of(ProcedureDefinition definition, string currentStep, IReadOnlyList<DossierEvent> history, Commune commune)
    {
        var reached = new Dictionary<string, DateTime>();
        foreach (var e in history)
        {
            if (e.StepCode is null || definition.FindStep(e.StepCode) is not { } step) continue;
            reached.TryAdd(step.CitizenLabel, Timestamps.Parse(e.OccurredAt));
        }
        var current = definition.FindStep(currentStep);
        var currentLabel = current?.CitizenLabel;
        // A dossier that left through an exit will never reach the remaining steps: do not promise them.
        var endedByExit = current is { IsExit: true };

        var steps = definition.Steps
            .Where(s => reached.ContainsKey(s.CitizenLabel) || (!s.IsExit && !endedByExit))
            .Select(s => s.CitizenLabel)
            .Distinct()
            .Select(label =>
            {
                var step = new Step { Label = label, Current = label == currentLabel };
                if (reached.TryGetValue(label, out var at))
                {
                    step.Done = true;
                    (step.DoneAt, step.DoneAtSpecified) = (at, true);
                    (step.DoneAtLocal, step.DoneAtLocalSpecified) = (DateTime.SpecifyKind(commune.ToLocal(at), DateTimeKind.Unspecified), true);
                }
                return step;
            })
            .ToList();
        // A HostedForms commune's acknowledgement (its dossiers are processed in its own software) is a
        // line of its own, right after the filing, so the citizen knows the town hall has the request.
        if (history.FirstOrDefault(e => e.Kind == DossierEventKinds.ReceivedByCommune) is { } received)
        {
            var at = Timestamps.Parse(received.OccurredAt);
            steps.Insert(Math.Min(1, steps.Count), new Step
            {
                Label = Texts.HostedFormsTexts.ReceivedByCommune, Done = true,
                DoneAt = at, DoneAtSpecified = true,
                DoneAtLocal = DateTime.SpecifyKind(commune.ToLocal(at), DateTimeKind.Unspecified), DoneAtLocalSpecified = true,
            });
        }
        return steps.ToArray();
    }
}
