using System.Text;
using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.Text;
using WebServicesCitoyens.Host.Hosting;
using WebServicesCitoyens.Notifications;

namespace WebServicesCitoyens.Host.Notifications;

/// <summary>
/// Delivers the outbox through the SMTP server of the settings: every poll, the mails due are sent on
/// one connection, each marked sent, or on failure counted, its error kept (never a password) and
/// retried after an exponential backoff (base × 2^(failures − 1), capped). A mail is only taken once
/// its change is committed, since it is written in the same transaction.
/// </summary>
public sealed class OutboxSender(OutboxStore outbox, MailSettings settings, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>How many mails go on one SMTP connection before the sender reconnects.</summary>
    private const int BatchSize = 20;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Notification mails: {Settings}", settings.Describe());
        // A failed round is the store's own failure (locked, disk full): the next poll tries again.
        return PollingLoop.RunAsync(SendDueAsync, settings.PollInterval, clock,
            e => logger.LogError(e, "The outbox could not be read or updated"), stoppingToken);
    }

    /// <summary>
    /// Sends the mails due now, on one connection, claiming each just before sending it (its lease is one
    /// mail's: <see cref="OutboxStore.Lease"/>); true when a whole batch went and more may be due.
    /// </summary>
    private async Task<bool> SendDueAsync(CancellationToken cancellation)
    {
        using var client = new SmtpClient { Timeout = (int)OutboxStore.StepTimeout.TotalMilliseconds };
        try
        {
            for (var i = 0; i < BatchSize; i++)
            {
                if ((await outbox.ClaimDueAsync(clock.GetUtcNow(), 1, cancellation)) is not [var mail]) return false;
                try
                {
                    var message = Message(mail);
                    if (!client.IsConnected)
                    {
                        try { await ConnectAsync(client, cancellation); }
                        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
                        {
                            // The server cannot be reached or refuses the login: every mail due waits, each counted.
                            var error = Describe(e);
                            var waiting = await outbox.ClaimDueAsync(clock.GetUtcNow(), BatchSize - i - 1, cancellation);
                            logger.LogWarning("The SMTP server {Host}:{Port} could not be used; {Count} mail(s) wait: {Error}",
                                settings.Host, settings.Port, waiting.Count + 1, Operations.LogRedaction.WithoutAddresses(error));
                            foreach (var claimed in waiting.Prepend(mail)) await FailAsync(claimed, error);
                            return false;
                        }
                    }
                    await client.SendAsync(message, cancellation);
                    await outbox.MarkSentAsync(mail.Id, clock.GetUtcNow());
                    logger.LogInformation("Mail {Id} ({Kind}) sent after {Attempts} failed attempt(s)", mail.Id, mail.Kind, mail.Attempts);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
                {
                    var error = Describe(e);
                    logger.LogWarning("Mail {Id} ({Kind}) not sent: {Error}", mail.Id, mail.Kind, Operations.LogRedaction.WithoutAddresses(error));
                    await FailAsync(mail, error);
                    // A protocol or connection error leaves the session unusable: the next mail reconnects.
                    if (e is not SmtpCommandException) await DisconnectQuietlyAsync(client, quit: false);
                }
            }
        }
        finally
        {
            await DisconnectQuietlyAsync(client, quit: true);
        }
        return true;
    }

    private Task FailAsync(OutboxMail mail, string error) =>
        outbox.MarkFailedAsync(mail.Id, error, clock.GetUtcNow() + OutboxStore.Backoff(mail.Attempts + 1, settings.RetryBase, settings.RetryMax));

    private static async Task DisconnectQuietlyAsync(SmtpClient client, bool quit)
    {
        if (!client.IsConnected) return;
        try { await client.DisconnectAsync(quit, CancellationToken.None); }
        catch (Exception) { /* the outcome of every mail is recorded already */ }
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellation)
    {
        // The sender only runs when a host is set (see NotificationRegistration).
        await client.ConnectAsync(settings.Host!, settings.Port, settings.SocketOptions, cancellation);
        if (settings.UserName is not null)
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellation);
    }

    /// <summary>
    /// The MIME message of an outbox mail: plain-text UTF-8, addresses and subject set through MimeKit
    /// (which encodes them), never a header written by hand. The Message-Id comes from the outbox id,
    /// so that a mail sent twice (the host died before marking it) is recognisable.
    /// </summary>
    public MimeMessage Message(OutboxMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(settings.From);
        message.To.Add(new MailboxAddress("", mail.Recipient));
        message.Subject = MessageTemplate.OneLine(mail.Subject);
        message.Date = clock.GetUtcNow();
        message.MessageId = $"{mail.Id}@{settings.From.Domain}";
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
        if (mail.MimeBody is not null)
        {
            // Prepared whole when written (a forwarded dossier, signed and encrypted): sent byte for byte.
            message.Body = MimeEntity.Load(new MemoryStream(Convert.FromBase64String(mail.MimeBody)));
            return message;
        }
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, mail.BodyText.TrimEnd().ReplaceLineEndings("\r\n") + "\r\n");
        message.Body = body;
        return message;
    }

    /// <summary>What went wrong, for last_error and the log: the exception's type and message, with the password masked should a server echo it.</summary>
    private string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {MessageTemplate.OneLine(e.Message)}";
        if (e is SmtpCommandException command) text += $" (SMTP {(int)command.StatusCode})";
        if (settings.Password is { Length: > 0 } password) text = text.Replace(password, "***", StringComparison.Ordinal);
        return text;
    }
}
