using System.Data.Common;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.HostedForms;

/// <summary>
/// Forwards each dossier filed for a HostedForms commune to the commune's address for dossiers, by a
/// mail signed by the platform and encrypted to the commune's certificate, written to the outbox in
/// the filing's transaction. A commune without a certificate (or an address) gets nothing: its
/// dossiers wait in <c>hosted_forwards</c> and leave, encrypted, once its certificate is set — never
/// in clear. Each mail carries a link with a token of its own, through which the commune acknowledges it.
/// </summary>
public sealed class DossierForwarding(Func<PlatformCertificate> seal, PlatformOptions platform, ProcedureDefinitions definitions)
{
    public const string MailKind = "HostedDossier";

    /// <summary>The address of the acknowledgement link (the token appears only there and in the mail).</summary>
    public const string AcknowledgePath = "/mairie/accuse-reception";

    /// <summary>Called in the filing's transaction of every dossier: only a HostedForms commune's are forwarded.</summary>
    public async Task FiledAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, DateTimeOffset now)
    {
        var profile = await connection.ExecuteScalarAsync<string?>(
            "SELECT profile FROM communes WHERE code = @CommuneCode", dossier, transaction);
        if (profile != nameof(CommuneProfile.HostedForms)) return;
        await connection.ExecuteAsync(
            "INSERT INTO hosted_forwards (dossier_number, commune_code, created_at) VALUES (@Number, @CommuneCode, @at)",
            new { dossier.Number, dossier.CommuneCode, at = Timestamps.ToText(now) }, transaction);
        await ForwardWaitingAsync(connection, transaction, dossier.CommuneCode, now, dossier.Number);
    }

    /// <summary>
    /// Forwards the commune's dossiers still waiting (all of them, or only <paramref name="onlyNumber"/>),
    /// when it has a certificate and an address; how many left.
    /// </summary>
    public async Task<int> ForwardWaitingAsync(DbConnection connection, DbTransaction transaction, string communeCode, DateTimeOffset now,
        string? onlyNumber = null)
    {
        var commune = await connection.QuerySingleOrDefaultAsync<CommuneRow>(
            "SELECT name, time_zone AS TimeZone, dossier_email AS DossierEmail, certificate FROM communes WHERE code = @communeCode",
            new { communeCode }, transaction);
        if (commune is not { DossierEmail: { } recipient, Certificate: { } der }) return 0;
        var waiting = (await connection.QueryAsync<string>(
            """
            SELECT dossier_number FROM hosted_forwards
            WHERE commune_code = @communeCode AND forwarded_at IS NULL AND (@onlyNumber IS NULL OR dossier_number = @onlyNumber)
            ORDER BY created_at, dossier_number
            """, new { communeCode, onlyNumber }, transaction)).AsList();
        if (waiting.Count == 0) return 0;

        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(der));
        foreach (var number in waiting)
        {
            var dossier = await connection.QuerySingleAsync<DossierRecord>(
                $"SELECT {DossierStore.Columns("d")} FROM dossiers d WHERE d.number = @number", new { number }, transaction);
            var title = definitions.For(dossier)?.Title ?? dossier.ProcedureCode;
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var text = HostedFormsTexts.MailBody(dossier.Number, title, commune.Name,
                DossierNotifications.LocalTime(new DateTimeOffset(Timestamps.Parse(dossier.SubmittedAt)), commune.TimeZone),
                HostedFormsTexts.AttachmentName(dossier.Number), AcknowledgeUrl(dossier.Number, token));
            var body = SecureDossierMail.Build(seal().Certificate, certificate, text, HostedFormsTexts.AttachmentName(dossier.Number), dossier.RequestXml);
            var subject = HostedFormsTexts.MailSubject(dossier.Number, title);
            if (dossier.IsTest) subject = NotificationTexts.TestSubjectPrefix + subject;
            await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail(MailKind, recipient, subject, "", body), now);
            await connection.ExecuteAsync(
                "UPDATE hosted_forwards SET token_hash = @hash, forwarded_at = @at WHERE dossier_number = @number",
                new { number, hash = HashOf(token), at = Timestamps.ToText(now) }, transaction);
        }
        return waiting.Count;
    }

    public string AcknowledgeUrl(string number, string token) =>
        $"{platform.PublicUrl}{AcknowledgePath}?dossier={Uri.EscapeDataString(number)}&jeton={token}";

    /// <summary>Tokens are kept only as their SHA-256: the store alone does not give the link.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private sealed record CommuneRow(string Name, string TimeZone, string? DossierEmail, string? Certificate);
}
