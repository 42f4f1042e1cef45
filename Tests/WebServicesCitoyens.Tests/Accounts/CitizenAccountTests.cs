using System.Xml.Linq;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The citizen account over SOAP against the real host: registration confirmed by the e-mailed link
/// (read from the outbox), login, sessions, password reset and change, e-mail change, deletion.
/// </summary>
public sealed class CitizenAccountTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    [Test]
    public async Task An_account_opens_only_once_its_address_is_confirmed_by_the_emailed_link()
    {
        var email = NewEmail();
        var answer = await Calls.SucceedAsync("Register", ("Email", email.ToUpperInvariant()), ("Password", GoodPassword));
        var (_, fields, fault) = await Calls.CallAsync("Login", ("Email", email), ("Password", GoodPassword));

        Assert.That(answer.Value, Does.Contain("Si cette adresse peut ouvrir un compte"));
        Assert.That(fields, Does.Contain("Email"));
        Assert.That(fault, Does.Contain("pas encore confirmée"));
        Assert.That(Calls.LastMail(email, "AccountConfirmation"), Does.Contain($"{SharedHost.Host.BaseUrl}/compte/confirmation?jeton="));

        await Calls.SucceedAsync("ConfirmEmail", ("Token", Calls.TokenFrom(email, "AccountConfirmation")));
        var session = await Calls.SucceedAsync("Login", ("Email", email), ("Password", GoodPassword));
        Assert.That(session.Element(C + "SessionToken")!.Value, Has.Length.EqualTo(43));
    }

    [Test]
    public async Task Registering_an_address_that_has_an_account_answers_the_same_and_mails_its_owner()
    {
        var (email, _) = await Calls.NewCitizenAsync();
        var first = (await Calls.CallAsync("Register", ("Email", NewEmail()), ("Password", GoodPassword))).Result!.Value;

        var again = await Calls.SucceedAsync("Register", ("Email", email), ("Password", "un tout autre mot de passe"));

        Assert.That(again.Value, Is.EqualTo(first));
        Assert.That(Calls.MailCount(email, "AccountExists"), Is.EqualTo(1));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizens WHERE email = @e", ("@e", email)), Is.EqualTo(1));
        await Calls.SucceedAsync("Login", ("Email", email), ("Password", GoodPassword));
    }

    [TestCase("court", "Password", "au moins 8 caractères")]
    [TestCase("azerty123", "Password", "plus utilisés")]
    public async Task A_weak_password_is_refused_naming_the_field(string password, string field, string reason)
    {
        var email = NewEmail();
        var (_, fields, fault) = await Calls.CallAsync("Register", ("Email", email), ("Password", password));

        Assert.That(fields, Does.Contain(field));
        Assert.That(fault, Does.Contain(reason));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizens WHERE email = @e", ("@e", email)), Is.Zero);
    }

    [Test]
    public async Task An_invalid_address_is_refused_naming_the_field()
    {
        var (_, fields, _) = await Calls.CallAsync("Register", ("Email", "pas-une-adresse"), ("Password", GoodPassword));
        Assert.That(fields, Does.Contain("Email"));
    }

    [Test]
    public async Task Passwords_are_stored_as_pbkdf2_sha512_with_210000_iterations()
    {
        var (email, _) = await Calls.NewCitizenAsync();
        var hash = Convert.FromBase64String(SharedHost.Host.Text("SELECT password_hash FROM citizens WHERE email = @e", ("@e", email))!);

        Assert.That(hash[0], Is.EqualTo(0x01), "Identity v3 format");
        Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)), Is.EqualTo(2u), "HMAC-SHA512");
        Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)), Is.EqualTo(210_000u));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizen_sessions WHERE token_hash LIKE '%-%'"), Is.Zero, "tokens are stored hashed");
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var (email, _) = await Calls.NewCitizenAsync();
        var wrong = await Calls.CallAsync("Login", ("Email", email), ("Password", "pas le bon mot de passe"));
        var unknown = await Calls.CallAsync("Login", ("Email", NewEmail()), ("Password", "pas le bon mot de passe"));

        Assert.That(wrong.Fault, Is.EqualTo(unknown.Fault));
        Assert.That(wrong.FaultFields, Is.EqualTo(unknown.FaultFields));
    }

    [Test]
    public async Task Failed_logins_are_throttled_for_the_guessing_client_but_the_citizen_still_logs_in_from_elsewhere()
    {
        var (email, _) = await Calls.NewCitizenAsync();
        var attacker = new AccountCalls(SharedHost.Host, "127.0.0.2");
        for (var attempt = 0; attempt < 10; attempt++)
            await attacker.CallAsync("Login", ("Email", email), ("Password", $"devinette numéro {attempt}"));

        var (blocked, _, fault) = await attacker.CallAsync("Login", ("Email", email), ("Password", GoodPassword));
        var citizen = await Calls.CallAsync("Login", ("Email", email), ("Password", GoodPassword));

        Assert.That(blocked, Is.Null, "even the right password is refused to the guessing client");
        Assert.That(fault, Does.Contain("Trop de tentatives"));
        Assert.That(citizen.Result, Is.Not.Null, "the citizen is not locked out");
    }

    [Test]
    public async Task Logging_out_revokes_the_session_on_the_server()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));

        await Calls.SucceedAsync("Logout", ("SessionToken", session));
        var (_, fields, fault) = await Calls.CallAsync("GetDashboard", ("SessionToken", session));

        Assert.That(fields, Does.Contain("SessionToken"));
        Assert.That(fault, Does.Contain("connectez-vous de nouveau"));
    }

    [Test]
    public async Task A_password_reset_by_emailed_link_sets_the_new_password_and_closes_every_session()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var unknownAnswer = (await Calls.SucceedAsync("RequestPasswordReset", ("Email", NewEmail()))).Value;

        var answer = (await Calls.SucceedAsync("RequestPasswordReset", ("Email", email))).Value;
        var token = Calls.TokenFrom(email, "PasswordReset");
        await Calls.SucceedAsync("ResetPassword", ("Token", token), ("NewPassword", "mon nouveau mot de passe"));

        Assert.That(answer, Is.EqualTo(unknownAnswer));
        Assert.That((await Calls.CallAsync("GetDashboard", ("SessionToken", session))).FaultFields, Does.Contain("SessionToken"));
        Assert.That((await Calls.CallAsync("Login", ("Email", email), ("Password", GoodPassword))).Result, Is.Null);
        await Calls.SucceedAsync("Login", ("Email", email), ("Password", "mon nouveau mot de passe"));
        Assert.That((await Calls.CallAsync("ResetPassword", ("Token", token), ("NewPassword", "encore un autre mot de passe"))).FaultFields,
            Does.Contain("Token"), "a link works once");
        Assert.That(Calls.MailCount(email, "PasswordChanged"), Is.EqualTo(1));
    }

    [Test]
    public async Task Changing_the_password_keeps_this_session_and_closes_the_others()
    {
        var (email, first) = await Calls.NewCitizenAsync();
        var second = (await Calls.SucceedAsync("Login", ("Email", email), ("Password", GoodPassword))).Element(C + "SessionToken")!.Value;

        var (_, wrongFields, _) = await Calls.CallAsync("ChangePassword", ("SessionToken", second), ("CurrentPassword", "faux mot de passe"), ("NewPassword", "nouvelle phrase secrète"));
        await Calls.SucceedAsync("ChangePassword", ("SessionToken", second), ("CurrentPassword", GoodPassword), ("NewPassword", "nouvelle phrase secrète"));

        Assert.That(wrongFields, Does.Contain("CurrentPassword"));
        await Calls.SucceedAsync("GetDashboard", ("SessionToken", second));
        Assert.That((await Calls.CallAsync("GetDashboard", ("SessionToken", first))).FaultFields, Does.Contain("SessionToken"));
    }

    [Test]
    public async Task The_address_changes_once_the_new_one_is_confirmed()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var newEmail = NewEmail("nouvelle");

        await Calls.SucceedAsync("ChangeEmail", ("SessionToken", session), ("NewEmail", newEmail), ("Password", GoodPassword));
        Assert.That((await Calls.SucceedAsync("GetDashboard", ("SessionToken", session))).Element(C + "Email")!.Value, Is.EqualTo(email));
        await Calls.SucceedAsync("ConfirmEmailChange", ("Token", Calls.TokenFrom(newEmail, "EmailChange")));

        Assert.That((await Calls.SucceedAsync("GetDashboard", ("SessionToken", session))).Element(C + "Email")!.Value, Is.EqualTo(newEmail));
        Assert.That(Calls.MailCount(email, "EmailChanged"), Is.EqualTo(1), "the old address is told");
        await Calls.SucceedAsync("Login", ("Email", newEmail), ("Password", GoodPassword));
    }

    [Test]
    public async Task Notification_choices_are_kept()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        await Calls.SucceedAsync("SetNotifications", ("SessionToken", session), ("Steps", "false"), ("Messages", "true"));

        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        Assert.That(dashboard.Element(C + "NotifySteps")!.Value, Is.EqualTo("false"));
        Assert.That(dashboard.Element(C + "NotifyMessages")!.Value, Is.EqualTo("true"));
    }

    [Test]
    public async Task Deleting_the_account_needs_the_password_and_leaves_its_dossiers_with_the_commune()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var receipt = await CitizenDossierTests.SubmitRoadIncidentAsync();
        await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", receipt.Number), ("TrackingCode", receipt.Code));

        var (_, fields, _) = await Calls.CallAsync("DeleteAccount", ("SessionToken", session), ("Password", "pas le bon"));
        Assert.That(fields, Does.Contain("Password"));
        await Calls.SucceedAsync("DeleteAccount", ("SessionToken", session), ("Password", GoodPassword));

        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizens WHERE email = @e", ("@e", email)), Is.Zero);
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @n AND citizen_id IS NULL", ("@n", receipt.Number)), Is.EqualTo(1));
        Assert.That((await Calls.CallAsync("Login", ("Email", email), ("Password", GoodPassword))).Result, Is.Null);
    }
}
