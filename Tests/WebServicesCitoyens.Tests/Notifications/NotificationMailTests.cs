using Dapper;
using System.Xml.Linq;
using MimeKit;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Notifications;

/// <summary>
/// The notification mails, end to end: a host of its own sends its outbox through a real SMTP server
/// (aiosmtpd on a loopback port, writing each message it accepts to a folder), and the tests read
/// what arrived. Steps are recorded through the domain's <see cref="DossierStore"/> on the host's
/// SQLite file, as the back office will; commune texts through <see cref="CommuneMessageTemplates"/>.
/// </summary>
[NonParallelizable]
public sealed class NotificationMailTests
{
    private const string Orleans = Requests.Commune;
    private const string Bourges = "18033";          // has its own texts for the birth certificate
    private const string Blois = "41018";            // birth certificate in Test
    private const string BloisKey = "cle-apercu-blois-notifications";
    private const string From = "ne-pas-repondre@webservicescitoyens.fr";

    private SmtpSink _smtp = null!;
    private HostProcess _host = null!;
    private Database _database = null!;
    private DossierStore _steps = null!;
    private CommuneMessageTemplates _communeTexts = null!;

    [OneTimeSetUp]
    public async Task Start_an_smtp_server_and_a_host_sending_to_it()
    {
        _smtp = SmtpSink.Start();
        _host = HostProcess.Start(_smtp.HostSettings(
            ("Notifications__RetryBaseSeconds", "0.3"), ("Notifications__RetryMaxSeconds", "1")));
        _database = _host.Store;
        _steps = new DossierStore(_database, Seals.Of(_host), new DossierNotifications(new PlatformOptions(Definitions.Catalogue, _host.BaseUrl)));
        _communeTexts = new CommuneMessageTemplates(_database);

        var communes = new CommuneStore(_database);
        await communes.SaveAsync(Commune(Bourges, "Bourges"));
        await communes.OfferAsync(Bourges, Requests.BirthCertificate, OfferState.Online);
        await communes.SaveAsync(Commune(Blois, "Blois"));
        await communes.OfferAsync(Blois, Requests.BirthCertificate, OfferState.Test);
        await communes.SetPreviewKeyAsync(Blois, BloisKey);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _host?.Dispose();
        _smtp?.Dispose();
    }

    private static Commune Commune(string code, string name) =>
        new(code, name, CommuneProfile.BackOffice, "#123456", "#654321", null, $"https://www.example.org/{code}", "Europe/Paris");

    private static string NewAddress(string who) => $"{who}.{Guid.NewGuid().ToString("N")[..10]}@example.org";

    /// <summary>A valid birth-certificate request with this e-mail address, for an act held by <paramref name="birthPlace"/>.</summary>
    private static XElement BirthRequest(string? email, string birthPlace = Orleans)
    {
        var request = Requests.BirthCertificateRequest();
        Definitions.At(request, "titulaire.communeNaissance").Value = birthPlace;
        var courriel = Definitions.At(request, "demandeur.courriel");
        if (email is null) courriel.Remove();
        else courriel.Value = email;
        return request;
    }

    private async Task<(string Number, string TrackingUrl)> SubmitAsync(XElement request, string commune = Orleans, string? previewKey = null)
    {
        var submit = XElement.Parse(Requests.SubmitBody(Requests.NewId("mail"), request, commune));
        if (previewKey is not null) submit.Add(new XElement(S.Tns + "PreviewKey", previewKey));
        var (status, body, _) = await S.PostAsync(_host.ServiceUrl(Requests.BirthCertificate),
            S.Envelope(submit.ToString(SaveOptions.DisableFormatting)), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        var receipt = XDocument.Parse(body);
        return (receipt.Descendants(S.Tns + "DossierNumber").Single().Value, receipt.Descendants(S.Tns + "TrackingUrl").Single().Value);
    }

    private static string Now() => Timestamps.ToText(DateTimeOffset.UtcNow);

    private Task StepAsync(string number, string step) => _steps.RecordStepAsync(number, step, Now(), "agent de test", null);

    private static string Body(MimeMessage message) => (message.TextBody ?? "").ReplaceLineEndings("\n");

    [Test]
    public void The_host_says_at_start_where_mails_go_or_that_they_stay_in_the_outbox()
    {
        Assert.That(_host.Output, Does.Contain($"e-mail notifications     smtp 127.0.0.1:{_smtp.Port} (None), from {From}"));
        Assert.That(SharedHost.Host.Output, Does.Contain("e-mail notifications     off: Smtp:Host is empty, mails stay in the outbox"));
    }

    [Test]
    public async Task A_submitted_dossier_sends_its_receipt_with_the_number_and_the_tracking_link()
    {
        var citizen = NewAddress("receipt");

        var (number, trackingUrl) = await SubmitAsync(BirthRequest(citizen));

        var mail = _smtp.WaitFor(citizen).Single();
        Assert.That(mail.Subject, Is.EqualTo($"Demande reçue : Demande d'acte de naissance (dossier {number})"));
        Assert.That(Body(mail), Does.Contain($"Numéro de dossier : {number}").And.Contain("Commune : Orléans")
            .And.Contain("\n" + trackingUrl + "\n").And.StartWith("Bonjour,\n\nVotre demande « Demande d'acte de naissance » a bien été reçue le "));
        Assert.That(Body(mail), Does.Not.Contain("{").And.Not.Contain("}"), "every placeholder is replaced");
        Assert.That(trackingUrl, Does.StartWith(_host.BaseUrl + "/suivi?dossier=" + number + "&code="));
        Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo(From));
        Assert.That(mail.From.Mailboxes.Single().Name, Is.EqualTo("Web Services Citoyens"));
        Assert.That(mail.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { citizen }));
        Assert.That(SmtpSink.EnvelopeRecipients(mail), Is.EqualTo(new[] { citizen }));
        var part = (TextPart)mail.Body!;
        Assert.That(part.ContentType.MimeType, Is.EqualTo("text/plain"));
        Assert.That(part.ContentType.Charset, Is.EqualTo("utf-8"));
        Assert.That(mail.Headers["Auto-Submitted"], Is.EqualTo("auto-generated"));

        // The page the link opens is the dossier's tracking page.
        using var page = await S.Http.GetAsync(trackingUrl);
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain(number));
        Assert.That(WaitForSentAt(citizen), Is.Not.Null, "the outbox row is marked sent");
    }

    [Test]
    public async Task A_step_reached_sends_the_default_text_or_the_procedures_own_text_for_that_step()
    {
        var citizen = NewAddress("steps");
        var (number, trackingUrl) = await SubmitAsync(BirthRequest(citizen));
        _smtp.WaitFor(citizen);

        await StepAsync(number, "PRISE_EN_CHARGE");
        var taken = _smtp.WaitFor(citizen, 2).Single(m => m.Subject?.StartsWith("Dossier") == true);
        Assert.That(taken.Subject, Is.EqualTo($"Dossier {number} : Prise en charge par nos services"));
        Assert.That(Body(taken), Does.Contain("a avancé le ").And.Contain("\nPrise en charge par nos services\n").And.Contain(trackingUrl));

        await StepAsync(number, "ENVOI");
        var sent = _smtp.WaitFor(citizen, 3).Single(m => m.Subject?.StartsWith("Votre acte") == true);
        var own = Definitions.Get(Requests.BirthCertificate).Messages.Single(m => m.StepCode == "ENVOI");
        Assert.That(sent.Subject, Is.EqualTo(own.Subject.Replace("{numero}", number)));
        Assert.That(sent.Subject, Is.EqualTo($"Votre acte de naissance est parti par courrier (dossier {number})"));
        Assert.That(Body(sent), Does.StartWith("Bonjour,\n\nLa mairie de Orléans a envoyé le ")
            .And.Contain("La délivrance est gratuite").And.Contain("\n" + trackingUrl + "\n"));
    }

    [Test]
    public async Task Steps_the_citizen_sees_as_one_line_send_one_mail()
    {
        var citizen = NewAddress("one-line");
        var (number, _) = await SubmitAsync(BirthRequest(citizen));
        _smtp.WaitFor(citizen);

        // Looking up, drafting and signing the act are all « Préparation du document » for the citizen.
        foreach (var step in new[] { "RECHERCHE_ACTE", "REDACTION", "SIGNATURE", "ENVOI" }) await StepAsync(number, step);

        // ENVOI's mail is the last written: once it is in, the others would be too.
        var mails = _smtp.WaitFor(citizen, 3);
        Thread.Sleep(500);
        mails = _smtp.MessagesTo(citizen);
        Assert.That(mails.Select(m => m.Subject), Is.EquivalentTo(new[]
        {
            $"Demande reçue : Demande d'acte de naissance (dossier {number})",
            $"Dossier {number} : Préparation du document",
            $"Votre acte de naissance est parti par courrier (dossier {number})",
        }));
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n", ("@n", number)), Is.EqualTo(5),
            "every step is in the history all the same");
    }

    [Test]
    public async Task A_communes_own_text_wins_over_the_procedures_and_the_default_and_can_be_removed()
    {
        var birth = Definitions.Get(Requests.BirthCertificate);
        await _communeTexts.SetAsync(Bourges, birth, NotificationEvent.Submitted, null,
            "Ville de {commune} : demande {numero} enregistrée", "Bonjour,\n\nLa ville de {commune} a enregistré votre demande {numero}.\nSuivi : {lien}");
        await _communeTexts.SetAsync(Bourges, birth, NotificationEvent.StepReached, "ENVOI",
            "Ville de {commune} : votre acte est posté ({numero})", "Bonjour,\n\nVotre acte a été posté le {date}.\n{lien}");
        var citizen = NewAddress("commune");

        var (number, trackingUrl) = await SubmitAsync(BirthRequest(citizen, Bourges), Bourges);
        var receipt = _smtp.WaitFor(citizen).Single();
        await StepAsync(number, "ENVOI");
        var sent = _smtp.WaitFor(citizen, 2).Single(m => m.MessageId != receipt.MessageId);

        Assert.That(receipt.Subject, Is.EqualTo($"Ville de Bourges : demande {number} enregistrée"));
        Assert.That(Body(receipt), Is.EqualTo($"Bonjour,\n\nLa ville de Bourges a enregistré votre demande {number}.\nSuivi : {trackingUrl}\n"));
        Assert.That(sent.Subject, Is.EqualTo($"Ville de Bourges : votre acte est posté ({number})"));
        Assert.That(Body(sent), Does.StartWith("Bonjour,\n\nVotre acte a été posté le ").And.EndWith("\n" + trackingUrl + "\n"));
        Assert.That((await _communeTexts.GetAsync(Bourges, Requests.BirthCertificate, NotificationEvent.StepReached, "ENVOI"))!.Subject,
            Does.StartWith("Ville de {commune}"));

        // Without the commune's text for ENVOI, the procedure's applies again.
        await _communeTexts.RemoveAsync(Bourges, Requests.BirthCertificate, NotificationEvent.StepReached, "ENVOI");
        var other = NewAddress("commune-removed");
        var (second, _) = await SubmitAsync(BirthRequest(other, Bourges), Bourges);
        await StepAsync(second, "ENVOI");
        Assert.That(_smtp.WaitFor(other, 2).Select(m => m.Subject), Is.EquivalentTo(new[]
        {
            $"Ville de Bourges : demande {second} enregistrée",
            $"Votre acte de naissance est parti par courrier (dossier {second})",
        }));
    }

    [Test]
    public async Task A_communes_text_with_an_unknown_placeholder_step_or_a_subject_on_two_lines_is_refused()
    {
        var birth = Definitions.Get(Requests.BirthCertificate);

        var placeholder = await Assert.ThrowsAsync<ArgumentException>(() => _communeTexts.SetAsync(Bourges, birth,
            NotificationEvent.StepReached, null, "Dossier {numéro}", "{lien}"));
        var step = await Assert.ThrowsAsync<ArgumentException>(() => _communeTexts.SetAsync(Bourges, birth,
            NotificationEvent.StepReached, "EXPEDITION", "Dossier {numero}", "{lien}"));
        var header = await Assert.ThrowsAsync<ArgumentException>(() => _communeTexts.SetAsync(Bourges, birth,
            NotificationEvent.Submitted, null, "Dossier {numero}\r\nBcc: espion@example.org", "{lien}"));

        Assert.That(placeholder!.Message, Does.Contain("{numéro}"));
        Assert.That(step!.Message, Does.Contain("EXPEDITION"));
        Assert.That(header!.Message, Does.Contain("une seule ligne"));
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM commune_message_templates WHERE subject LIKE '%Bcc%' OR step_code = 'EXPEDITION'"), Is.Zero);
    }

    [Test]
    public async Task With_the_smtp_server_down_changes_succeed_and_their_mails_arrive_once_it_is_back()
    {
        var citizen = NewAddress("outage");
        _smtp.Stop();
        string number;
        try
        {
            (number, _) = await SubmitAsync(BirthRequest(citizen));
            await StepAsync(number, "PRISE_EN_CHARGE");

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (MinAttempts(citizen) < 2 && DateTime.UtcNow < deadline) Thread.Sleep(100);
            Assert.That(_host.Scalar("SELECT COUNT(*) FROM outbox WHERE recipient = @r AND sent_at IS NULL", ("@r", citizen)), Is.EqualTo(2));
            Assert.That(MinAttempts(citizen), Is.GreaterThanOrEqualTo(2), "each mail was tried, and retried, while the server was down");
            Assert.That(_host.Text("SELECT last_error FROM outbox WHERE recipient = @r", ("@r", citizen)), Does.Contain("Exception"));
            Assert.That(_smtp.MessagesTo(citizen), Is.Empty);
            Assert.That(_host.Text("SELECT current_step FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo("PRISE_EN_CHARGE"));
        }
        finally
        {
            _smtp.Restart();
        }

        var mails = _smtp.WaitFor(citizen, 2, seconds: 20);
        Assert.That(mails.Select(m => m.Subject), Is.EquivalentTo(new[]
        {
            $"Demande reçue : Demande d'acte de naissance (dossier {number})",
            $"Dossier {number} : Prise en charge par nos services",
        }));
        Assert.That(WaitForSentAt(citizen), Is.Not.Null);
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM outbox WHERE recipient = @r AND sent_at IS NOT NULL AND attempts > 0", ("@r", citizen)),
            Is.EqualTo(2), "both mails went after failed attempts");
    }

    [Test]
    public async Task A_mail_held_by_a_host_that_died_is_sent_by_another_once_its_short_lease_ends_and_not_before()
    {
        var expired = NewAddress("lease-expired");
        var held = NewAddress("lease-held");
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await _database.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            // Written a day ago, so that they are the oldest due and each claim below takes its own.
            await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("Test", expired, "Bail expiré", "Texte"), now.AddDays(-1));
            await Outbox.EnqueueAsync(connection, transaction, new OutgoingMail("Test", held, "Bail en cours", "Texte"), now.AddDays(-1).AddSeconds(1));
            // The host that died claimed one five minutes ago (a batch's lease used to be eleven) and the other just now, and sent neither.
            var claimedBefore = await OutboxStore.ClaimDueAsync(connection, transaction, now.AddMinutes(-5), 1);
            var claimedNow = await OutboxStore.ClaimDueAsync(connection, transaction, now, 1);
            await transaction.CommitAsync();
            Assert.That(claimedBefore.Select(m => m.Recipient), Is.EqualTo(new[] { expired }));
            Assert.That(claimedNow.Select(m => m.Recipient), Is.EqualTo(new[] { held }));
        }

        Assert.That(_smtp.WaitFor(expired, seconds: 10).Select(m => m.Subject), Is.EqualTo(new[] { "Bail expiré" }), "sent by this host once the lease ended");
        Thread.Sleep(1000); // the host polls five times a second: a mail taken despite its lease would be here by now
        Assert.That(_smtp.MessagesTo(held), Is.Empty, "still held by the dead host's lease");
        Assert.That(_host.Scalar("SELECT attempts FROM outbox WHERE recipient = @r AND sent_at IS NULL", ("@r", held)), Is.Zero);
    }

    [Test]
    public async Task A_step_change_rolled_back_sends_nothing()
    {
        var citizen = NewAddress("rollback");
        var (number, _) = await SubmitAsync(BirthRequest(citizen));
        _smtp.WaitFor(citizen);

        await using (var connection = await _database.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await _steps.RecordStepAsync(connection, transaction, number, "PRISE_EN_CHARGE", Now(), "agent de test", null);
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE recipient = @citizen", new { citizen }, transaction),
                Is.EqualTo(2), "the step's mail is written in the change's transaction");
            await transaction.RollbackAsync();
        }
        // A later change that commits: once its mail is in, the rolled-back one would be too.
        await StepAsync(number, "CONTROLE_RECEVABILITE");

        _smtp.WaitFor(citizen, 2);
        Thread.Sleep(500);
        Assert.That(_smtp.MessagesTo(citizen).Select(m => m.Subject), Is.EquivalentTo(new[]
        {
            $"Demande reçue : Demande d'acte de naissance (dossier {number})",
            $"Dossier {number} : Contrôle de validité de la demande",
        }));
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM outbox WHERE recipient = @r", ("@r", citizen)), Is.EqualTo(2));
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND step_code = 'PRISE_EN_CHARGE'", ("@n", number)), Is.Zero);
    }

    [Test]
    public async Task A_test_dossier_is_notified_with_a_subject_marked_test()
    {
        var citizen = NewAddress("test-dossier");

        var (number, _) = await SubmitAsync(BirthRequest(citizen), Blois, BloisKey);

        Assert.That(_smtp.WaitFor(citizen).Single().Subject, Is.EqualTo($"[TEST] Demande reçue : Demande d'acte de naissance (dossier {number})"));
    }

    [Test]
    public async Task The_account_following_a_dossier_gets_its_mails_as_long_as_it_chose_to()
    {
        var requestAddress = NewAddress("request");
        var account = NewAddress("account");
        var (number, _) = await SubmitAsync(BirthRequest(requestAddress));
        _smtp.WaitFor(requestAddress);
        var citizenId = Guid.NewGuid().ToString("N");
        Execute("""
            INSERT INTO citizens (id, email, email_confirmed_at, password_hash, created_at, notify_steps, notify_messages)
            VALUES (@id, @email, @at, 'not-a-hash', @at, 1, 1)
            """, ("@id", citizenId), ("@email", account), ("@at", Now()));
        Execute("UPDATE dossiers SET citizen_id = @id WHERE number = @n", ("@id", citizenId), ("@n", number));

        await StepAsync(number, "PRISE_EN_CHARGE");
        Assert.That(_smtp.WaitFor(account).Single().Subject, Is.EqualTo($"Dossier {number} : Prise en charge par nos services"));

        // The citizen turns step mails off: neither the account nor the request's address gets the next one.
        Execute("UPDATE citizens SET notify_steps = 0 WHERE id = @id", ("@id", citizenId));
        await StepAsync(number, "CONTROLE_RECEVABILITE");
        var control = NewAddress("control");
        var (controlNumber, _) = await SubmitAsync(BirthRequest(control));
        _smtp.WaitFor(control);
        Thread.Sleep(300);

        Assert.That(_smtp.MessagesTo(account), Has.Count.EqualTo(1));
        Assert.That(_smtp.MessagesTo(requestAddress), Has.Count.EqualTo(1), "only the receipt, sent before the account followed the dossier");
        Assert.That(controlNumber, Is.Not.EqualTo(number));
    }

    [Test]
    public async Task A_dossier_without_an_address_sends_no_mail()
    {
        var before = _host.Scalar("SELECT COUNT(*) FROM outbox");
        var (number, _) = await SubmitAsync(BirthRequest(null));
        await StepAsync(number, "PRISE_EN_CHARGE");

        Assert.That(_host.Scalar("SELECT COUNT(*) FROM outbox"), Is.EqualTo(before));
    }

    [Test]
    public void Header_injection_through_an_outbox_row_reaches_nobody_else()
    {
        var victim = NewAddress("victim");
        var spy = NewAddress("spy");
        var honest = NewAddress("honest");
        InsertOutbox("bad-recipient", $"{victim}\r\nBcc: {spy}", "Objet", "Texte");
        InsertOutbox("bad-subject", honest, $"Objet\r\nBcc: {spy}", $"Texte\r\nBcc: {spy}");

        var mail = _smtp.WaitFor(honest).Single();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_host.Scalar("SELECT attempts FROM outbox WHERE id = 'bad-recipient'") == 0 && DateTime.UtcNow < deadline) Thread.Sleep(100);

        Assert.That(mail.Subject, Is.EqualTo($"Objet Bcc: {spy}"), "one line, no header");
        Assert.That(mail.Bcc, Is.Empty);
        Assert.That(mail.Headers.Count(h => h.Field == "Bcc"), Is.Zero);
        Assert.That(SmtpSink.EnvelopeRecipients(mail), Is.EqualTo(new[] { honest }));
        Assert.That(_smtp.MessagesTo(spy), Is.Empty);
        Assert.That(_smtp.MessagesTo(victim), Is.Empty);
        Assert.That(_host.Scalar("SELECT attempts FROM outbox WHERE id = 'bad-recipient' AND sent_at IS NULL"), Is.GreaterThan(0));
        Assert.That(_host.Text("SELECT last_error FROM outbox WHERE id = 'bad-recipient'"), Does.Contain("ParseException"));
    }

    private long MinAttempts(string recipient) =>
        _host.Scalar("SELECT COALESCE(MIN(attempts), 0) FROM outbox WHERE recipient = @r", ("@r", recipient));

    /// <summary>The sent_at of the recipient's last mail once every mail to it is marked sent (the mark follows the delivery closely).</summary>
    private string? WaitForSentAt(string recipient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_host.Scalar("SELECT COUNT(*) FROM outbox WHERE recipient = @r AND sent_at IS NULL", ("@r", recipient)) > 0 && DateTime.UtcNow < deadline)
            Thread.Sleep(100);
        return _host.Text("SELECT MAX(sent_at) FROM outbox WHERE recipient = @r AND NOT EXISTS (SELECT 1 FROM outbox WHERE recipient = @r AND sent_at IS NULL)",
            ("@r", recipient));
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters) => _host.Execute(sql, parameters);

    private void InsertOutbox(string id, string recipient, string subject, string body) => Execute(
        """
        INSERT INTO outbox (id, kind, recipient, subject, body_text, created_at, attempts, next_attempt_at)
        VALUES (@id, 'Test', @recipient, @subject, @body, @at, 0, @at)
        """, ("@id", id), ("@recipient", recipient), ("@subject", subject), ("@body", body), ("@at", Now()));
}
