using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Notifications;

/// <summary>
/// A commune's own notification texts, per procedure, event and step (null: every step); they win
/// over the procedure's texts and the platform's defaults. Until the administration service exists,
/// communes are configured through this store.
/// </summary>
public sealed class CommuneMessageTemplates(Database database)
{
    /// <summary>Sets (or replaces) the commune's text; refuses an unknown step, an unknown placeholder, a subject on several lines.</summary>
    public async Task SetAsync(string communeCode, ProcedureDefinition procedure, NotificationEvent notification, string? stepCode,
        string subject, string body)
    {
        var errors = Check(procedure, notification, stepCode, subject, body);
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors));
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await DeleteAsync(connection, transaction, communeCode, procedure.Code, notification, stepCode);
        await connection.ExecuteAsync(
            """
            INSERT INTO commune_message_templates (commune_code, procedure_code, event, step_code, subject, body)
            VALUES (@communeCode, @procedureCode, @notification, @stepCode, @subject, @body)
            """,
            new { communeCode, procedureCode = procedure.Code, notification = notification.ToString(), stepCode, subject,
                body = body.ReplaceLineEndings("\n").Trim('\n') },
            transaction);
        await transaction.CommitAsync();
    }

    /// <summary>The commune's text for exactly this event and step, or null.</summary>
    public async Task<MessageTemplate?> GetAsync(string communeCode, string procedureCode, NotificationEvent notification, string? stepCode)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        return (await ForProcedureAsync(connection, transaction, communeCode, procedureCode))
            .FirstOrDefault(t => t.Event == notification && t.StepCode == stepCode);
    }

    /// <summary>Removes the commune's text: the procedure's or the default applies again.</summary>
    public async Task RemoveAsync(string communeCode, string procedureCode, NotificationEvent notification, string? stepCode)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await DeleteAsync(connection, transaction, communeCode, procedureCode, notification, stepCode);
        await transaction.CommitAsync();
    }

    /// <summary>Every text the commune has for the procedure, read in the caller's transaction.</summary>
    public static async Task<IReadOnlyList<MessageTemplate>> ForProcedureAsync(DbConnection connection, DbTransaction transaction,
        string communeCode, string procedureCode)
    {
        var rows = await connection.QueryAsync<Row>(
            """
            SELECT event, step_code AS StepCode, subject, body FROM commune_message_templates
            WHERE commune_code = @communeCode AND procedure_code = @procedureCode
            """, new { communeCode, procedureCode }, transaction);
        return rows
            .Select(r => Enum.TryParse<NotificationEvent>(r.Event, out var e) ? new MessageTemplate(e, r.StepCode, r.Subject, r.Body) : null)
            .OfType<MessageTemplate>()
            .ToList();
    }

    /// <summary>What is wrong with a commune's text, in French (empty when it can be stored).</summary>
    public static IReadOnlyList<string> Check(ProcedureDefinition procedure, NotificationEvent notification, string? stepCode,
        string subject, string body)
    {
        var errors = new List<string>();
        if (stepCode is not null && notification != NotificationEvent.StepReached) errors.Add(NotificationTexts.StepOnlyForSteps);
        else if (stepCode is not null && procedure.FindStep(stepCode) is null) errors.Add(NotificationTexts.UnknownStep(stepCode, procedure.Title));
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > MessageTemplate.MaxSubjectLength || MessageTemplate.OneLine(subject) != subject.Trim())
            errors.Add(NotificationTexts.SubjectLength(MessageTemplate.MaxSubjectLength));
        if (string.IsNullOrWhiteSpace(body) || body.Length > MessageTemplate.MaxBodyLength)
            errors.Add(NotificationTexts.BodyLength(MessageTemplate.MaxBodyLength));
        var unknown = MessageTemplate.UnknownPlaceholders(subject + " " + body);
        if (unknown.Count > 0) errors.Add(NotificationTexts.UnknownPlaceholders(unknown, MessageTemplate.Placeholders.Keys));
        return errors;
    }

    private static Task DeleteAsync(DbConnection connection, DbTransaction transaction, string communeCode, string procedureCode,
        NotificationEvent notification, string? stepCode) =>
        connection.ExecuteAsync(
            """
            DELETE FROM commune_message_templates
            WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND event = @notification
              AND COALESCE(step_code, '') = COALESCE(@stepCode, '')
            """, new { communeCode, procedureCode, notification = notification.ToString(), stepCode }, transaction);

    private sealed record Row(string Event, string? StepCode, string Subject, string Body);
}
