using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// A message an agent writes to the citizen (recorded through the store on the host's file, as the
/// back office will): it is in the dossier's history, on the citizen's dashboard, and mailed to the
/// account unless the citizen chose not to receive messages.
/// </summary>
public sealed class AgentMessageTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    private static DossierStore BackOfficeStore() => new(SharedHost.Host.Store, Seals.Of(SharedHost.Host),
        new DossierNotifications(new PlatformOptions(DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue")), SharedHost.Host.BaseUrl)));

    private static async Task<(string Email, string Session, string Number)> FollowedDossierAsync()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var (number, code) = await CitizenDossierTests.SubmitRoadIncidentAsync();
        await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        return (email, session, number);
    }

    [Test]
    public async Task A_message_from_the_commune_is_mailed_and_shown_on_the_dashboard()
    {
        var (email, session, number) = await FollowedDossierAsync();
        const string text = "Merci de préciser le numéro du lampadaire.\nUne plaque est fixée sur le poteau.";

        await BackOfficeStore().RecordMessageToCitizenAsync(number, text, Timestamps.ToText(DateTimeOffset.UtcNow), "agent voirie");

        var mail = Calls.LastMail(email, DossierNotifications.AgentMessageKind);
        Assert.That(mail, Does.Contain(text).And.Contain(number).And.Contain("Votre mairie vous a écrit").And.Contain("Commune : Orléans"));
        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        Assert.That(dashboard.Descendants(C + "Message").Single().Element(C + "Text")!.Value, Is.EqualTo(text));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND kind = 'MessageToCitizen'", ("@n", number)),
            Is.EqualTo(1));
    }

    [Test]
    public async Task A_citizen_who_chose_no_message_mails_still_sees_the_message_but_gets_no_mail()
    {
        var (email, session, number) = await FollowedDossierAsync();
        await Calls.SucceedAsync("SetNotifications", ("SessionToken", session), ("Steps", "true"), ("Messages", "false"));

        await BackOfficeStore().RecordMessageToCitizenAsync(number, "Votre signalement est transmis.", Timestamps.ToText(DateTimeOffset.UtcNow), "agent");

        Assert.That(Calls.MailCount(email, DossierNotifications.AgentMessageKind), Is.Zero);
        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        Assert.That(dashboard.Descendants(C + "Message").Count(), Is.EqualTo(1));
    }
}
