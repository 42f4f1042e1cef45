using System.Data.Common;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// The citizen account: registration confirmed by an e-mailed link, login with throttling, sessions
/// with idle and absolute expiry, password reset and change, e-mail change, deletion. Answers that
/// could reveal whether an address has an account are the same either way; every account change
/// and the mail that announces it commit together.
/// </summary>
public sealed class AccountService(CitizenStore store, TimeProvider clock, PlatformOptions platform, DocumentFiles documentFiles)
{
    public static readonly TimeSpan SessionIdle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan ConfirmLinkLifetime = TimeSpan.FromHours(48);
    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(1);
    /// <summary>An address gets at most one account mail of a kind in this time, so that nobody can flood it through the account's forms.</summary>
    public static readonly TimeSpan MailInterval = TimeSpan.FromMinutes(2);

    /// <summary>Opens an unconfirmed account and mails the confirmation link; an existing address gets a mail instead, and the same answer.</summary>
    public async Task<string> RegisterAsync(string email, string password)
    {
        var address = NormalizeEmail(email);
        if (Passwords.Problem(password) is { } problem) throw Refused("Password", problem);
        // Hashed whether or not the address has an account, so that the answer takes as long either way.
        var passwordHash = Passwords.Hash(password);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (await CitizenStore.FindByEmailAsync(connection, transaction, address) is { } existing)
        {
            if (!await Outbox.WrittenSinceAsync(connection, transaction, address, "AccountExists", now - MailInterval))
            {
                var reset = await NewLinkAsync(connection, transaction, existing.Id, LinkPurpose.ResetPassword, null, now, ResetLinkLifetime);
                await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("AccountExists", address,
                    AccountTexts.AlreadyRegisteredSubject, AccountTexts.AlreadyRegisteredBody(Link("nouveau-mot-de-passe", reset))), now);
            }
        }
        else
        {
            var citizen = new Citizen(AccountTokens.NewId(), address, null, passwordHash, Timestamps.ToText(now), 1, 1);
            try
            {
                await CitizenStore.InsertAsync(connection, transaction, citizen);
            }
            catch (System.Data.Common.DbException)
            {
                // The same address registered at the same moment: the other registration stands, the answer is the same.
                if (!await IsRegisteredAsync(address)) throw;
                return AccountTexts.RegistrationAnswer;
            }
            await MailConfirmationAsync(connection, transaction, citizen.Id, address, now);
        }
        await transaction.CommitAsync();
        return AccountTexts.RegistrationAnswer;
    }

    public async Task ConfirmEmailAsync(string token)
    {
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var link = await UseLinkAsync(connection, transaction, token, LinkPurpose.ConfirmEmail, now);
        var citizen = (await CitizenStore.FindAsync(connection, transaction, link.CitizenId))!;
        await CitizenStore.ConfirmEmailAsync(connection, transaction, citizen.Id, citizen.Email, Timestamps.ToText(now));
        await transaction.CommitAsync();
    }

    /// <summary>A new session token for a confirmed account with the right password; throttled per account and client.</summary>
    public async Task<string> LoginAsync(string email, string password, string clientAddress)
    {
        var address = NormalizeEmail(email);
        var client = ClientKey(clientAddress);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        if (await LoginThrottle.IsThrottledAsync(connection, address, client, now)) throw Refused("Email", AccountTexts.LoginThrottled);

        // Counted as a failure before the (slow) check, so that parallel guesses all count; forgotten on success.
        await CitizenStore.RecordFailureAsync(connection, address, client, Timestamps.ToText(now));
        var citizen = await CitizenStore.FindByEmailAsync(connection, null, address);
        // Verify against a decoy when there is no account, so that the answer takes as long.
        var valid = Passwords.Verify(citizen?.PasswordHash ?? Passwords.DecoyHash, password) && citizen is not null;
        if (!valid) throw Refused("Password", AccountTexts.LoginFailed);
        await CitizenStore.ForgetFailuresAsync(connection, address, client);

        await using var transaction = await connection.BeginTransactionAsync();
        if (!citizen!.IsConfirmed)
        {
            await MailConfirmationAsync(connection, transaction, citizen.Id, citizen.Email, now);
            await transaction.CommitAsync();
            throw Refused("Email", AccountTexts.EmailNotConfirmed);
        }
        var token = AccountTokens.New();
        await CitizenStore.AddSessionAsync(connection, transaction, AccountTokens.HashOf(token), citizen.Id,
            Timestamps.ToText(now), Timestamps.ToText(now + SessionLifetime));
        await transaction.CommitAsync();
        return token;
    }

    /// <summary>The citizen of a live session, or a refusal naming the session.</summary>
    public async Task<Citizen> AuthenticateAsync(string? sessionToken)
    {
        if (!AccountTokens.LooksValid(sessionToken)) throw Refused("SessionToken", AccountTexts.SessionInvalid);
        var now = clock.GetUtcNow();
        var citizenId = await store.TouchSessionAsync(AccountTokens.HashOf(sessionToken!), Timestamps.ToText(now), Timestamps.ToText(now - SessionIdle));
        await using var connection = await store.OpenAsync();
        return (citizenId is null ? null : await CitizenStore.FindAsync(connection, null, citizenId))
            ?? throw Refused("SessionToken", AccountTexts.SessionInvalid);
    }

    public async Task LogoutAsync(string sessionToken)
    {
        if (!AccountTokens.LooksValid(sessionToken)) return;
        await using var connection = await store.OpenAsync();
        await CitizenStore.RevokeSessionAsync(connection, null, AccountTokens.HashOf(sessionToken), Timestamps.ToText(clock.GetUtcNow()));
    }

    /// <summary>Mails a reset link when the address has an account; the same answer otherwise.</summary>
    public async Task<string> RequestPasswordResetAsync(string email)
    {
        var address = NormalizeEmail(email);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (await CitizenStore.FindByEmailAsync(connection, transaction, address) is { } citizen
            && !await Outbox.WrittenSinceAsync(connection, transaction, address, "PasswordReset", now - MailInterval))
        {
            var token = await NewLinkAsync(connection, transaction, citizen.Id, LinkPurpose.ResetPassword, null, now, ResetLinkLifetime);
            await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("PasswordReset", address,
                AccountTexts.ResetSubject, AccountTexts.ResetBody(Link("nouveau-mot-de-passe", token), (int)ResetLinkLifetime.TotalHours)), now);
        }
        await transaction.CommitAsync();
        return AccountTexts.ResetAnswer;
    }

    /// <summary>Sets the new password from a reset link; every session closes. Following the link also confirms the address.</summary>
    public async Task ResetPasswordAsync(string token, string newPassword)
    {
        if (Passwords.Problem(newPassword) is { } problem) throw Refused("NewPassword", problem);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var link = await UseLinkAsync(connection, transaction, token, LinkPurpose.ResetPassword, now);
        var citizen = (await CitizenStore.FindAsync(connection, transaction, link.CitizenId))!;
        await CitizenStore.SetPasswordAsync(connection, transaction, citizen.Id, Passwords.Hash(newPassword));
        if (!citizen.IsConfirmed) await CitizenStore.ConfirmEmailAsync(connection, transaction, citizen.Id, citizen.Email, Timestamps.ToText(now));
        await CitizenStore.RevokeOtherSessionsAsync(connection, transaction, citizen.Id, null, Timestamps.ToText(now));
        // A link sent earlier (an address change asked by whoever had the old password) no longer works.
        await CitizenStore.UseAllLinksAsync(connection, transaction, citizen.Id, Timestamps.ToText(now));
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("PasswordChanged", citizen.Email,
            AccountTexts.PasswordChangedSubject, AccountTexts.PasswordChangedBody), now);
        await transaction.CommitAsync();
    }

    /// <summary>Changes the password; the other sessions close, this one stays.</summary>
    public async Task ChangePasswordAsync(string sessionToken, string currentPassword, string newPassword)
    {
        var citizen = await AuthenticateAsync(sessionToken);
        if (!Passwords.Verify(citizen.PasswordHash, currentPassword)) throw Refused("CurrentPassword", AccountTexts.CurrentPasswordWrong);
        if (Passwords.Problem(newPassword) is { } problem) throw Refused("NewPassword", problem);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await CitizenStore.SetPasswordAsync(connection, transaction, citizen.Id, Passwords.Hash(newPassword));
        await CitizenStore.RevokeOtherSessionsAsync(connection, transaction, citizen.Id, AccountTokens.HashOf(sessionToken), Timestamps.ToText(now));
        await CitizenStore.UseAllLinksAsync(connection, transaction, citizen.Id, Timestamps.ToText(now));
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("PasswordChanged", citizen.Email,
            AccountTexts.PasswordChangedSubject, AccountTexts.PasswordChangedBody), now);
        await transaction.CommitAsync();
    }

    /// <summary>Mails a link to the new address; the account's address changes when it is followed.</summary>
    public async Task ChangeEmailAsync(string sessionToken, string newEmail, string password)
    {
        var citizen = await AuthenticateAsync(sessionToken);
        if (!Passwords.Verify(citizen.PasswordHash, password)) throw Refused("Password", AccountTexts.CurrentPasswordWrong);
        var address = NormalizeEmail(newEmail, "NewEmail");
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (await CitizenStore.FindByEmailAsync(connection, transaction, address) is not null) throw Refused("NewEmail", AccountTexts.EmailTaken);
        var token = await NewLinkAsync(connection, transaction, citizen.Id, LinkPurpose.ChangeEmail, address, now, ConfirmLinkLifetime);
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("EmailChange", address,
            AccountTexts.ChangeEmailSubject, AccountTexts.ChangeEmailBody(Link("nouvelle-adresse", token), (int)ConfirmLinkLifetime.TotalHours)), now);
        await transaction.CommitAsync();
    }

    public async Task ConfirmEmailChangeAsync(string token)
    {
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var link = await UseLinkAsync(connection, transaction, token, LinkPurpose.ChangeEmail, now);
        var citizen = (await CitizenStore.FindAsync(connection, transaction, link.CitizenId))!;
        if (await CitizenStore.FindByEmailAsync(connection, transaction, link.NewEmail!) is not null) throw Refused("Token", AccountTexts.EmailTaken);
        await CitizenStore.ConfirmEmailAsync(connection, transaction, citizen.Id, link.NewEmail!, Timestamps.ToText(now));
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("EmailChanged", citizen.Email,
            AccountTexts.EmailChangedSubject, AccountTexts.EmailChangedBody(link.NewEmail!)), now);
        await transaction.CommitAsync();
    }

    public async Task SetNotificationsAsync(string sessionToken, bool steps, bool messages)
    {
        var citizen = await AuthenticateAsync(sessionToken);
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await CitizenStore.SetNotificationsAsync(connection, transaction, citizen.Id, steps, messages);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Deletes the account after its password is given again; dossiers stay with the communes, detached,
    /// and so do the documents given to them; the e-safe's other documents are deleted, files included.
    /// </summary>
    public async Task DeleteAccountAsync(string sessionToken, string password)
    {
        var citizen = await AuthenticateAsync(sessionToken);
        if (!Passwords.Verify(citizen.PasswordHash, password)) throw Refused("Password", AccountTexts.CurrentPasswordWrong);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var erasedDocuments = await DocumentStore.EraseOfCitizenAsync(connection, transaction, citizen.Id);
        await CitizenStore.DeleteAsync(connection, transaction, citizen.Id);
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("AccountDeleted", citizen.Email,
            AccountTexts.DeletedSubject, AccountTexts.DeletedBody), now);
        await transaction.CommitAsync();
        foreach (var id in erasedDocuments) documentFiles.Delete(id);
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>
    /// Throttled when this client failed too often on this account, or too often overall; when the
    /// account failed too often from everywhere, only clients that already failed on it are held
    /// back, so that nobody can lock the citizen out.
    /// </summary>

    private async Task<bool> IsRegisteredAsync(string address)
    {
        await using var connection = await store.OpenAsync();
        return await CitizenStore.FindByEmailAsync(connection, null, address) is not null;
    }

    /// <summary>The client as throttling counts it: an IPv4 address, or the /64 network of an IPv6 one (a host holds a whole /64).</summary>
    public static string ClientKey(string address)
    {
        if (!System.Net.IPAddress.TryParse(address, out var ip)) return address;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    private async Task MailConfirmationAsync(DbConnection connection, DbTransaction transaction, string citizenId, string address, DateTimeOffset now)
    {
        if (await Outbox.WrittenSinceAsync(connection, transaction, address, "AccountConfirmation", now - MailInterval)) return;
        var token = await NewLinkAsync(connection, transaction, citizenId, LinkPurpose.ConfirmEmail, null, now, ConfirmLinkLifetime);
        await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("AccountConfirmation", address,
            AccountTexts.ConfirmSubject, AccountTexts.ConfirmBody(Link("confirmation", token), (int)ConfirmLinkLifetime.TotalHours)), now);
    }

    private static async Task<string> NewLinkAsync(DbConnection connection, DbTransaction transaction, string citizenId,
        LinkPurpose purpose, string? newEmail, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = AccountTokens.New();
        await CitizenStore.AddLinkAsync(connection, transaction, AccountTokens.HashOf(token), citizenId, purpose, newEmail,
            Timestamps.ToText(now), Timestamps.ToText(now + lifetime));
        return token;
    }

    private static async Task<(string CitizenId, string? NewEmail)> UseLinkAsync(DbConnection connection, DbTransaction transaction,
        string token, LinkPurpose purpose, DateTimeOffset now) =>
        (AccountTokens.LooksValid(token)
            ? await CitizenStore.UseLinkAsync(connection, transaction, AccountTokens.HashOf(token), purpose, Timestamps.ToText(now))
            : null)
        ?? throw Refused("Token", AccountTexts.LinkInvalid);

    /// <summary>The address of a page of the account, with the token of an e-mailed link.</summary>
    public string Link(string page, string token) => $"{platform.PublicUrl}/compte/{page}?jeton={token}";

    public static string NormalizeEmail(string email, string field = "Email")
    {
        var address = email.Trim().ToLowerInvariant();
        return address.Length <= 254 && System.Text.RegularExpressions.Regex.IsMatch(address, "^" + FieldChecker.EmailPattern + "$")
            ? address
            : throw Refused(field, AccountTexts.EmailInvalid.Replace("(Email)", $"({field})"));
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
