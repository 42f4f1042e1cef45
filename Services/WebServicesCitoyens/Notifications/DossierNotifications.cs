using System.Data.Common;
using System.Globalization;
using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Notifications;

/// <summary>
/// Writes the mail announcing a dossier's receipt or a step it reached to the outbox, in the
/// transaction of that change (so none is sent for a change rolled back). The mail goes to the
/// citizen account following the dossier when its address is confirmed (provided it chose to receive
/// step mails), otherwise to the first e-mail field of the request, if any. The text is the commune's,
/// else the procedure's, else the default (<see cref="MessageTemplates"/>); a test dossier's subject
/// starts with « [TEST] ».
/// </summary>
public sealed class DossierNotifications(PlatformOptions platform, Administration.ProcedureDefinitions? definitions = null)
{
    /// <summary>The definition the dossier is processed with (its commune's version, if it was filed under one).</summary>
    private ProcedureDefinition? DefinitionOf(DossierRecord dossier) =>
        definitions is not null ? definitions.For(dossier) : platform.Catalogue.Find(dossier.ProcedureCode);

    public const string SubmittedKind = "DossierSubmitted";
    public const string StepReachedKind = "StepReached";
    public const string AgentMessageKind = "AgentMessage";

    /// <summary>The mail of a message an agent writes to the citizen, in the transaction that records it.</summary>
    public Task AgentMessageAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, string message, DateTimeOffset now) =>
        DefinitionOf(dossier) is { } procedure
            ? EnqueueAsync(connection, transaction, dossier, procedure, NotificationEvent.AgentMessage, procedure.FindStep(dossier.CurrentStep), now, message)
            : Task.CompletedTask;

    /// <summary>The message of a workflow action (its own subject and body), in the transaction that performs it.</summary>
    public Task ActionMessageAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, ProcedureDefinition procedure,
        Workflow.ActionMessage message, DateTimeOffset now) =>
        EnqueueAsync(connection, transaction, dossier, procedure, NotificationEvent.AgentMessage, procedure.FindStep(dossier.CurrentStep), now,
            own: new MessageTemplate(NotificationEvent.AgentMessage, null, message.Subject, message.Body));

    /// <summary>The receipt of a dossier just inserted in this transaction.</summary>
    public Task DossierSubmittedAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, DateTimeOffset now) =>
        DefinitionOf(dossier) is { } procedure
            ? EnqueueAsync(connection, transaction, dossier, procedure, NotificationEvent.Submitted, procedure.FindStep(dossier.CurrentStep), now)
            : Task.CompletedTask;

    /// <summary>
    /// The mail of a step the dossier reaches in this transaction; <paramref name="before"/> is the
    /// dossier as it was. When the step shows the citizen the same line as the step before (agents
    /// looking up, drafting and signing an act are all « Préparation du document »), no mail is sent,
    /// unless the commune or the procedure has a text for that very step.
    /// </summary>
    public async Task StepReachedAsync(DbConnection connection, DbTransaction transaction, DossierRecord before, string stepCode, DateTimeOffset now)
    {
        if (DefinitionOf(before) is not { } procedure || procedure.FindStep(stepCode) is not { } step) return;
        if (procedure.FindStep(before.CurrentStep)?.CitizenLabel == step.CitizenLabel)
        {
            var communeTexts = await CommuneMessageTemplates.ForProcedureAsync(connection, transaction, before.CommuneCode, procedure.Code);
            if (!MessageTemplates.HasTextForStep(communeTexts, procedure, stepCode)) return;
        }
        await EnqueueAsync(connection, transaction, before with { CurrentStep = stepCode }, procedure, NotificationEvent.StepReached, step, now);
    }

    private async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, ProcedureDefinition procedure,
        NotificationEvent notification, WorkflowStep? step, DateTimeOffset now, string message = "", MessageTemplate? own = null)
    {
        if (await RecipientAsync(connection, transaction, dossier, procedure, notification) is not { } recipient) return;
        var commune = await connection.QuerySingleOrDefaultAsync<CommuneRow>(
            "SELECT name, time_zone AS TimeZone FROM communes WHERE code = @CommuneCode", dossier, transaction);
        var communeTexts = await CommuneMessageTemplates.ForProcedureAsync(connection, transaction, dossier.CommuneCode, procedure.Code);
        var template = own ?? MessageTemplates.Resolve(communeTexts, procedure,
            notification, notification == NotificationEvent.StepReached ? step?.Code : null);
        var (subject, body) = template.Render(new Dictionary<string, string>
        {
            ["numero"] = dossier.Number,
            ["demarche"] = procedure.Title,
            ["etape"] = step?.CitizenLabel ?? "",
            ["commune"] = commune?.Name ?? dossier.CommuneCode,
            ["lien"] = platform.TrackingUrl(dossier.Number, dossier.TrackingCode),
            ["date"] = LocalTime(now, commune?.TimeZone),
            ["message"] = message,
        });
        if (dossier.IsTest) subject = NotificationTexts.TestSubjectPrefix + subject;
        // The mail of a closing step invites the citizen to rate the procedure, from the tracking page (seed 004).
        if (notification == NotificationEvent.StepReached && step is { IsFinal: true })
            body += FeedbackTexts.RatingInvitation(platform.TrackingUrl(dossier.Number, dossier.TrackingCode));
        var kind = notification switch
        {
            NotificationEvent.Submitted => SubmittedKind,
            NotificationEvent.AgentMessage => AgentMessageKind,
            _ => StepReachedKind,
        };
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail(kind, recipient, subject, body), now);
    }

    /// <summary>
    /// Where the dossier's mails go: the account following it, when its address is confirmed (none
    /// when it chose not to receive that kind of mail: steps, or agents' messages); otherwise the
    /// first e-mail field of the request.
    /// </summary>
    public static async Task<string?> RecipientAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier,
        ProcedureDefinition procedure, NotificationEvent notification = NotificationEvent.StepReached)
    {
        var account = await connection.QuerySingleOrDefaultAsync<AccountRow>(
            """
            SELECT c.email, c.notify_steps AS NotifySteps, c.notify_messages AS NotifyMessages, c.email_confirmed_at AS ConfirmedAt
            FROM dossiers d JOIN citizens c ON c.id = d.citizen_id WHERE d.number = @Number
            """, dossier, transaction);
        if (account is { ConfirmedAt: not null })
            return (notification == NotificationEvent.AgentMessage ? account.NotifyMessages : account.NotifySteps) == 1 ? account.Email : null;
        return RequestEmail(procedure, dossier.RequestXml);
    }

    /// <summary>The first e-mail field of the stored request that has a value, in the definition's order.</summary>
    public static string? RequestEmail(ProcedureDefinition procedure, string requestXml)
    {
        var request = XElement.Parse(requestXml);
        return procedure.AllFields()
            .Where(f => f.Type == FieldType.Email && f.InRequest)
            .Select(f => DefinitionRules.ValueAt(request, f.Path)?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
    }

    /// <summary>A time as the commune reads it, in the mails' date format.</summary>
    public static string LocalTime(DateTimeOffset now, string? timeZone)
    {
        var zone = TimeZoneInfo.Utc;
        if (timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found)) zone = found;
        return TimeZoneInfo.ConvertTime(now, zone).ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture);
    }

    private sealed record CommuneRow(string Name, string TimeZone);

    private sealed record AccountRow(string Email, long NotifySteps, long NotifyMessages, string? ConfirmedAt);
}
