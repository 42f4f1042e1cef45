using WebServicesCitoyens.Notifications;

namespace WebServicesCitoyens.Host.Notifications;

/// <summary>The wiring of the notification mails: settings, outbox, and the sender when an SMTP server is set.</summary>
public static class NotificationRegistration
{
    public static void AddNotifications(this WebApplicationBuilder builder)
    {
        var settings = MailSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<OutboxStore>();
        builder.Services.AddSingleton<CommuneMessageTemplates>();
        // Without an SMTP server the mails are still written to the outbox, and go once one is set.
        if (settings.Enabled) builder.Services.AddHostedService<OutboxSender>();
    }
}
