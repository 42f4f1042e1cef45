using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// The dossiers a citizen follows: the dashboard (open ones, archived ones apart, each with its
/// steps), and attaching a dossier filed without the account by proving its tracking code. Another
/// account's dossier answers exactly like a dossier that does not exist.
/// </summary>
public sealed class CitizenDossiers(DossierStore dossiers, SubmissionService submissions, CommuneStore communes, PlatformOptions platform)
{
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

    private async Task<DashboardDossier> EntryAsync(DossierRecord dossier)
    {
        var entry = Entry(dossier, await submissions.StatusAsync(dossier));
        var commune = await communes.FindAsync(dossier.CommuneCode);
        entry.Messages = (await dossiers.EventsAsync(dossier.Number))
            .Where(e => e.Kind == DossierEventKinds.MessageToCitizen)
            .Select(e => new CitizenMessage
            {
                SentAtLocal = DateTime.SpecifyKind(commune?.ToLocal(Timestamps.Parse(e.OccurredAt)) ?? Timestamps.Parse(e.OccurredAt), DateTimeKind.Unspecified),
                Text = e.Detail ?? "",
            })
            .ToArray();
        return entry;
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
        Steps = status.Steps.Select(step => new DossierStep
        {
            Label = step.Label,
            Done = step.Done,
            Current = step.Current,
            DoneAtLocal = step.DoneAtLocal,
            DoneAtLocalSpecified = step.DoneAtLocalSpecified,
        }).ToArray(),
    };
}
