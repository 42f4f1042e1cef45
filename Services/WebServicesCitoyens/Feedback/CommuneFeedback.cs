using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Feedback;

/// <summary>
/// The feedback on a commune's procedures as its administrators read and answer it
/// (<see cref="AgentRights.MayAnswerFeedback"/>). Anybody else gets exactly the refusal of an unknown
/// commune, or of an unknown feedback id; the answer is published in the commune's name.
/// </summary>
public sealed class CommuneFeedback(FeedbackStore store, TimeProvider clock)
{
    /// <summary>The most a list holds.</summary>
    public const int MaxListed = 200;

    public async Task<IReadOnlyList<FeedbackRecord>> ListAsync(Agent agent, string communeCode, string? procedureCode = null, string? kind = null,
        bool unansweredOnly = false)
    {
        if (!AgentRights.MayAnswerFeedback(agent, communeCode?.Trim() ?? ""))
            throw new RequestValidationException([new ValidationError("CommuneCode", AdministrationTexts.CommuneNotFound)]);
        if (kind is not null && !FeedbackKinds.All.Contains(kind))
            throw new RequestValidationException([new ValidationError("Kind", FeedbackTexts.KindUnknown)]);
        return await store.OfCommuneAsync(communeCode!.Trim(), string.IsNullOrWhiteSpace(procedureCode) ? null : procedureCode.Trim(),
            kind, unansweredOnly, MaxListed);
    }

    /// <summary>Answers one piece of feedback (again: the new answer replaces the old one); answers it as it now is.</summary>
    public async Task<FeedbackRecord> AnswerAsync(Agent agent, string feedbackId, string answer)
    {
        var id = feedbackId?.Trim().ToLowerInvariant() ?? "";
        var feedback = await store.FindAsync(id);
        if (feedback is null || !AgentRights.MayAnswerFeedback(agent, feedback.CommuneCode))
            throw new RequestValidationException([new ValidationError("FeedbackId", FeedbackTexts.FeedbackUnknown)]);
        var text = DossierRatings.Text(answer);
        if (text is null or { Length: > FeedbackTexts.MaxAnswer })
            throw new RequestValidationException([new ValidationError("Answer", FeedbackTexts.AnswerNeeded(FeedbackTexts.MaxAnswer))]);
        var at = Timestamps.ToText(clock.GetUtcNow());
        await store.AnswerAsync(id, text, agent.Id, at);
        return feedback with { Answer = text, AnsweredAt = at, AnsweredBy = agent.Id };
    }
}
