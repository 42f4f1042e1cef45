using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// The dossiers a citizen follows: the dashboard (open ones, archived ones apart, each with its
/// steps, its state, the exchanges with the commune and the commune's letters), attaching a dossier
/// filed without the account by proving its tracking code, answering the commune's correction
/// request, and reading its letters. Another account's dossier answers exactly like a dossier that
/// does not exist. What the commune keeps for itself (internal notes, actions, assignments) never
/// reaches the citizen: only the kinds <see cref="MessageKindOf"/> names are exchanges.
/// </summary>
public sealed class CitizenDossiers(DossierStore dossiers, SubmissionService submissions, CommuneStore communes, PlatformOptions platform,
    GeneratedDocuments letters, TimeProvider clock, Feedback.DossierRatings ratings)
{
    /// <summary>The longest answer, the same bound as the agents' texts.</summary>
    public const int MaxAnswerLength = BackOffice.DossierProcessing.MaxTextLength;

    public const string LetterMediaType = "application/pdf";

    public async Task<Dashboard> DashboardAsync(Citizen citizen)
    {
        var followed = new List<DashboardDossier>();
        foreach (var dossier in await dossiers.ByCitizenAsync(citizen.Id))
            followed.Add(await EntryAsync(dossier));
        return new Dashboard
        {
            Email = citizen.Email,
            NotifySteps = citizen.NotifySteps == 1,
            NotifyMessages = citizen.NotifyMessages == 1,
            OpenDossiers = followed.Where(d => !d.Closed).ToArray(),
            ArchivedDossiers = followed.Where(d => d.Closed).ToArray(),
        };
    }

    public async Task<DashboardDossier> AttachAsync(Citizen citizen, string dossierNumber, string trackingCode)
    {
        var number = DossierNumber.Normalize(dossierNumber);
        var dossier = number is null ? null : await dossiers.FindAsync(number);
        if (dossier is null || !TrackingCode.Matches(dossier.TrackingCode, trackingCode)
            || !await dossiers.AttachAsync(dossier.Number, citizen.Id, AttachNotice(dossier, citizen)))
            throw new RequestValidationException([new ValidationError("DossierNumber", AccountTexts.DossierNotAttachable)]);
        return await EntryAsync(dossier);
    }

    /// <summary>
    /// The citizen answers the commune's correction request, from the account that follows the dossier
    /// and only while the dossier waits for them: in one transaction the dossier goes back to the
    /// commune (state Open) and its history gets the answer. No mail goes to the commune (there is no
    /// commune mailbox on the platform yet): its agents find the dossier back in their queue.
    /// </summary>
    public async Task<DashboardDossier> AnswerCorrectionAsync(Citizen citizen, string dossierNumber, string answer)
    {
        var dossier = await FollowedAsync(citizen, dossierNumber);
        // The state as the citizen sees it (a dossier whose step is final is closed, whatever its column says),
        // claimed again in the transaction below: an agent may have moved on meanwhile.
        if ((await submissions.StatusAsync(dossier)).State != DossierStates.AwaitingCitizen)
            throw Refused("DossierNumber", AccountTexts.NoCorrectionAwaited);
        // Browsers send a textarea's line breaks as CR LF: kept as one character each, as the form counted them.
        var text = answer?.Replace("\r\n", "\n").Trim() ?? "";
        if (text.Length is 0 or > MaxAnswerLength) throw Refused("Answer", AccountTexts.AnswerNeeded(MaxAnswerLength));
        if (!await dossiers.RecordCorrectionAnswerAsync(dossier.Number, citizen.Id, text, Timestamps.ToText(clock.GetUtcNow())))
            throw Refused("DossierNumber", AccountTexts.NoCorrectionAwaited);
        return await EntryAsync(await dossiers.FindAsync(dossier.Number) ?? dossier);
    }

    /// <summary>
    /// The citizen rates one of their closed dossiers (seed 004), from the account that follows it:
    /// another account's dossier answers like an unknown one. Answers the dashboard entry with its rating.
    /// </summary>
    public async Task<DashboardDossier> RateAsync(Citizen citizen, string dossierNumber, Feedback.RatingInput input)
    {
        var dossier = await FollowedAsync(citizen, dossierNumber);
        await ratings.RateAsync(dossier, input);
        return await EntryAsync(dossier);
    }

    /// <summary>A letter the commune generated for one of the citizen's dossiers, with its content.</summary>
    public async Task<CommuneDocumentFile> GeneratedDocumentAsync(Citizen citizen, string dossierNumber, string documentId)
    {
        var dossier = await FollowedAsync(citizen, dossierNumber);
        var id = documentId?.Trim().ToLowerInvariant() ?? "";
        var document = (await letters.OfDossierAsync(dossier.Number)).FirstOrDefault(d => d.Id == id);
        var content = document is null ? null : await letters.ContentAsync(dossier.Number, document.Id);
        if (document is null || content is null) throw Refused("DocumentId", AccountTexts.GeneratedDocumentUnknown);
        return new CommuneDocumentFile { Document = Describe(document, await communes.FindAsync(dossier.CommuneCode)), Content = content };
    }

    /// <summary>The commune's letters for a dossier, as the citizen's contract describes them.</summary>
    public async Task<CommuneDocument[]> LettersAsync(DossierRecord dossier, Commune? commune) =>
        (await letters.OfDossierAsync(dossier.Number)).Select(d => Describe(d, commune)).ToArray();

    /// <summary>
    /// How the citizen's view marks an event that is an exchange between the commune and the citizen;
    /// null for every other kind — the commune's internal notes, actions and assignments among them.
    /// </summary>
    public static string? MessageKindOf(string eventKind) => eventKind switch
    {
        DossierEventKinds.MessageToCitizen => MessageKinds.Message,
        DossierEventKinds.CorrectionRequested => MessageKinds.CorrectionRequest,
        DossierEventKinds.CorrectionAnswered => MessageKinds.Answer,
        DossierEventKinds.Rejected => MessageKinds.Rejection,
        _ => null,
    };

    /// <summary>The name a letter is downloaded under: its template and the dossier (letters' titles hold spaces and quotes).</summary>
    public static string FileNameOf(GeneratedDocument document) => $"{document.TemplateCode}-{document.DossierNumber}.pdf";

    /// <summary>
    /// The tracking code is the proof, and it travels in mails: the address given in the request is told
    /// when an account (with another address) takes the dossier, so that a wrong attachment is noticed.
    /// </summary>
    private Notifications.OutgoingMail? AttachNotice(DossierRecord dossier, Citizen citizen)
    {
        if (dossier.CitizenId == citizen.Id || platform.Catalogue.Find(dossier.ProcedureCode) is not { } procedure) return null;
        var requestEmail = Notifications.DossierNotifications.RequestEmail(procedure, dossier.RequestXml);
        return requestEmail is null || string.Equals(requestEmail, citizen.Email, StringComparison.OrdinalIgnoreCase)
            ? null
            : new Notifications.OutgoingMail("DossierAttached", requestEmail, AccountTexts.DossierAttachedSubject(dossier.Number),
                AccountTexts.DossierAttachedBody(dossier.Number, procedure.Title));
    }

    /// <summary>A dossier this account follows; an unknown number and another account's dossier get the same refusal.</summary>
    private async Task<DossierRecord> FollowedAsync(Citizen citizen, string? dossierNumber)
    {
        var number = DossierNumber.Normalize(dossierNumber ?? "");
        var dossier = number is null ? null : await dossiers.FindAsync(number);
        return dossier is not null && dossier.CitizenId == citizen.Id ? dossier : throw Refused("DossierNumber", AccountTexts.DossierNotYours);
    }

    private async Task<DashboardDossier> EntryAsync(DossierRecord dossier)
    {
        var status = await submissions.StatusAsync(dossier);
        var entry = Entry(dossier, status);
        var commune = await communes.FindAsync(dossier.CommuneCode);
        entry.Messages = (await dossiers.EventsAsync(dossier.Number))
            .Where(e => MessageKindOf(e.Kind) is not null)
            .Select(e => new CitizenMessage { SentAtLocal = Local(commune, e.OccurredAt), Text = e.Detail ?? "", Kind = MessageKindOf(e.Kind)! })
            .ToArray();
        entry.CorrectionRequest = status.State == DossierStates.AwaitingCitizen
            ? entry.Messages.LastOrDefault(m => m.Kind == MessageKinds.CorrectionRequest)
            : null;
        entry.GeneratedDocuments = await LettersAsync(dossier, commune);
        entry.Rating = await ratings.OfDossierAsync(dossier.Number) is { } rating ? Feedback.FeedbackMapping.CitizenRating(rating, commune) : null;
        return entry;
    }

    private static CommuneDocument Describe(GeneratedDocument document, Commune? commune) => new()
    {
        Id = document.Id,
        Title = document.Title,
        FileName = FileNameOf(document),
        MediaType = LetterMediaType,
        CreatedAtLocal = Local(commune, document.CreatedAt),
    };

    /// <summary>A stored UTC time in the commune's time, as the contract carries local times (no offset).</summary>
    public static DateTime Local(Commune? commune, string at)
    {
        var utc = Timestamps.Parse(at);
        return DateTime.SpecifyKind(commune?.ToLocal(utc) ?? utc, DateTimeKind.Unspecified);
    }

    private static DashboardDossier Entry(DossierRecord dossier, DossierStatus status) => new()
    {
        DossierNumber = dossier.Number,
        TrackingCode = dossier.TrackingCode,
        ProcedureCode = status.Procedure.Code,
        ProcedureTitle = status.Procedure.Title,
        ThemeLabel = status.Procedure.ThemeLabel,
        CommuneName = status.Commune.Name,
        SubmittedAtLocal = status.SubmittedAtLocal,
        CurrentStep = status.CurrentStep,
        Closed = status.Closed,
        IsTest = status.IsTest,
        State = status.State,
        Steps = status.Steps.Select(step => new DossierStep
        {
            Label = step.Label,
            Done = step.Done,
            Current = step.Current,
            DoneAtLocal = step.DoneAtLocal,
            DoneAtLocalSpecified = step.DoneAtLocalSpecified,
        }).ToArray(),
    };

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
