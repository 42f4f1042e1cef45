using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.HostedForms;

/// <summary>A HostedForms commune's reception settings: where its dossiers go and its certificate (DER, base64), if given.</summary>
public sealed record HostedFormsSettings(string? DossierEmail, string? Certificate);

/// <summary>What became of an acknowledgement link.</summary>
public enum AcknowledgementOutcome
{
    Recorded,
    AlreadyRecorded,
    Unknown,
    /// <summary>The link is valid and the receipt not yet recorded (what the link's page shows before the town hall confirms).</summary>
    Pending,
}

/// <summary>
/// The reception side of HostedForms communes: their certificate and address for dossiers (setting
/// them forwards the dossiers that waited, in the same transaction), and the acknowledgement of a
/// forwarded dossier, recorded once in its history.
/// </summary>
public sealed class HostedFormsStore(Database database, DossierForwarding forwarding, DossierStore dossiers)
{
    public async Task<HostedFormsSettings> SettingsAsync(string communeCode)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<HostedFormsSettings>(
            "SELECT dossier_email AS DossierEmail, certificate FROM communes WHERE code = @communeCode", new { communeCode })
            ?? new HostedFormsSettings(null, null);
    }

    /// <summary>Sets the certificate (DER) and the address, then forwards what waited for them; how many dossiers left.</summary>
    public async Task<int> SetAsync(string communeCode, byte[] certificateDer, string dossierEmail, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "UPDATE communes SET certificate = @certificate, dossier_email = @dossierEmail WHERE code = @communeCode",
            new { communeCode, certificate = Convert.ToBase64String(certificateDer), dossierEmail }, transaction);
        var forwarded = await forwarding.ForwardWaitingAsync(connection, transaction, communeCode, now);
        await transaction.CommitAsync();
        return forwarded;
    }

    /// <summary>
    /// Records that the commune received the dossier, once: the token must be the one of its mail.
    /// A wrong token and an unknown dossier answer the same. <paramref name="receivedAt"/> is set when it was recorded, now or before.
    /// </summary>
    public async Task<(AcknowledgementOutcome Outcome, string? ReceivedAt)> AcknowledgeAsync(string number, string token, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (outcome, receivedAt) = await StateAsync(connection, transaction, number, token);
        if (outcome != AcknowledgementOutcome.Pending) return (outcome, receivedAt);
        var at = Timestamps.ToText(now);
        // Guarded by received_at IS NULL: two clicks at once record one event.
        if (await connection.ExecuteAsync("UPDATE hosted_forwards SET received_at = @at WHERE dossier_number = @number AND received_at IS NULL",
                new { number, at }, transaction) != 1)
            return (AcknowledgementOutcome.AlreadyRecorded, null);
        await dossiers.AppendAsync(connection, transaction, number, at, DossierEventKinds.ReceivedByCommune, null,
            HostedFormsTexts.ReceivedActor, HostedFormsTexts.ReceivedByCommune);
        await connection.ExecuteAsync("UPDATE dossiers SET updated_at = @at WHERE number = @number", new { number, at }, transaction);
        await transaction.CommitAsync();
        return (AcknowledgementOutcome.Recorded, at);
    }

    /// <summary>
    /// What the acknowledgement link of a dossier stands at, recording nothing (the link's page, which a mail
    /// scanner may open): Unknown for a wrong token or number alike, Pending, or AlreadyRecorded with its time.
    /// </summary>
    public async Task<(AcknowledgementOutcome Outcome, string? ReceivedAt)> StateAsync(string number, string token)
    {
        await using var connection = await database.OpenAsync();
        return await StateAsync(connection, null, number, token);
    }

    private static async Task<(AcknowledgementOutcome Outcome, string? ReceivedAt)> StateAsync(DbConnection connection, DbTransaction? transaction,
        string number, string token)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ForwardRow>(
            "SELECT token_hash AS TokenHash, received_at AS ReceivedAt FROM hosted_forwards WHERE dossier_number = @number",
            new { number }, transaction);
        if (row?.TokenHash is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(row.TokenHash), System.Text.Encoding.ASCII.GetBytes(DossierForwarding.HashOf(token))))
            return (AcknowledgementOutcome.Unknown, null);
        return row.ReceivedAt is not null ? (AcknowledgementOutcome.AlreadyRecorded, row.ReceivedAt) : (AcknowledgementOutcome.Pending, null);
    }

    private sealed record ForwardRow(string? TokenHash, string? ReceivedAt);
}
