using System.Globalization;
using MailKit.Security;
using MimeKit;

namespace WebServicesCitoyens.Host.Notifications;

/// <summary>How the SMTP server is reached (<c>Smtp:*</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP: a relay on the same machine, or a test server.</summary>
    None,
    /// <summary>SMTP, then STARTTLS, refused when the server does not offer it (port 587 by default).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465 by default).</summary>
    SslOnConnect,
}

/// <summary>
/// The settings of the notification mails: the SMTP server (<c>Smtp:Host</c>, <c>Port</c>, <c>From</c>,
/// <c>UserName</c>, <c>Password</c>, <c>Security</c>) and the sender's rhythm (<c>Notifications:PollSeconds</c>,
/// <c>RetryBaseSeconds</c>, <c>RetryMaxSeconds</c>). With no <c>Smtp:Host</c> the sender is off and the
/// mails stay in the outbox.
/// </summary>
public sealed record MailSettings(
    string? Host, int Port, SmtpSecurity Security, MailboxAddress From, string? UserName, string? Password,
    TimeSpan PollInterval, TimeSpan RetryBase, TimeSpan RetryMax)
{
    public const string DefaultFrom = "Web Services Citoyens <ne-pas-repondre@webservicescitoyens.fr>";

    public bool Enabled => Host is not null;

    public SecureSocketOptions SocketOptions => Security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    /// <summary>Reads the settings; a wrong value stops the host at start with the setting's name.</summary>
    public static MailSettings Read(IConfiguration configuration)
    {
        var host = configuration["Smtp:Host"] is { Length: > 0 } h ? h.Trim() : null;
        var securityText = configuration["Smtp:Security"] is { Length: > 0 } s ? s : nameof(SmtpSecurity.StartTls);
        if (!Enum.TryParse<SmtpSecurity>(securityText, ignoreCase: true, out var security) || !Enum.IsDefined(security))
            throw new InvalidOperationException($"Smtp:Security is '{securityText}': use None, StartTls or SslOnConnect.");
        var port = configuration["Smtp:Port"] is { Length: > 0 } p
            ? int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 65536
                ? n : throw new InvalidOperationException($"Smtp:Port is '{p}': give a port number.")
            : security switch { SmtpSecurity.SslOnConnect => 465, SmtpSecurity.StartTls => 587, _ => 25 };
        var fromText = configuration["Smtp:From"] is { Length: > 0 } f ? f : DefaultFrom;
        if (!MailboxAddress.TryParse(fromText, out var from) || from.Address.IndexOf('@') <= 0)
            throw new InvalidOperationException($"Smtp:From is '{fromText}': give an address such as \"{DefaultFrom}\".");
        return new MailSettings(host, port, security, from,
            configuration["Smtp:UserName"] is { Length: > 0 } user ? user : null,
            configuration["Smtp:Password"] is { Length: > 0 } password ? password : null,
            Seconds(configuration, "Notifications:PollSeconds", 5),
            Seconds(configuration, "Notifications:RetryBaseSeconds", 5),
            Seconds(configuration, "Notifications:RetryMaxSeconds", 3600));
    }

    private static TimeSpan Seconds(IConfiguration configuration, string key, double fallback)
    {
        if (configuration[key] is not { Length: > 0 } text) return TimeSpan.FromSeconds(fallback);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 86_400
            ? TimeSpan.FromSeconds(value)
            : throw new InvalidOperationException($"{key} is '{text}': give a number of seconds above 0.");
    }

    /// <summary>One line for the start banner: where mails go, or that they stay in the outbox.</summary>
    public string Describe() => Enabled
        ? $"smtp {Host}:{Port} ({Security}{(UserName is null ? "" : ", as " + UserName)}), from {From.Address}, checked every {PollInterval.TotalSeconds:0.##} s"
        : "off: Smtp:Host is empty, mails stay in the outbox";

    public override string ToString() => Describe();
}
