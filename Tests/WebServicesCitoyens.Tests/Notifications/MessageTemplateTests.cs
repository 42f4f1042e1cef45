using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Notifications;

namespace WebServicesCitoyens.Tests.Notifications;

/// <summary>
/// Which text a notification mail takes (commune, then procedure, then default; the very step before
/// every step), how placeholders are filled, and the definitions' optional &lt;messages&gt;.
/// </summary>
public sealed class MessageTemplateTests
{
    private static readonly ProcedureDefinition Birth = Definitions.Get(Requests.BirthCertificate);

    private static MessageTemplate Step(string? step, string subject) => new(NotificationEvent.StepReached, step, subject, "{lien}");

    [Test]
    public void The_defaults_cover_both_events_with_known_placeholders_only()
    {
        foreach (var notification in Enum.GetValues<NotificationEvent>())
        {
            var template = MessageTemplates.Defaults.Single(t => t.Event == notification);
            Assert.That(template.StepCode, Is.Null);
            Assert.That(MessageTemplate.UnknownPlaceholders(template.Subject + template.Body), Is.Empty);
            Assert.That(template.Body, Does.Contain("{lien}").And.Contain("{numero}"));
            Assert.That(template.Body, Does.StartWith("Bonjour,\n\n"), "the indentation of Texts/messages.xml is removed, the blank lines kept");
        }
    }

    [Test]
    public void The_commune_wins_over_the_procedure_which_wins_over_the_default_and_a_step_over_every_step()
    {
        var commune = new[] { Step("ENVOI", "commune ENVOI"), Step(null, "commune every step") };

        Assert.That(MessageTemplates.Resolve(commune, Birth, NotificationEvent.StepReached, "ENVOI").Subject, Is.EqualTo("commune ENVOI"));
        Assert.That(MessageTemplates.Resolve(commune, Birth, NotificationEvent.StepReached, "REDACTION").Subject, Is.EqualTo("commune every step"));
        Assert.That(MessageTemplates.Resolve([commune[0]], Birth, NotificationEvent.StepReached, "REDACTION"),
            Is.SameAs(MessageTemplates.Defaults.Single(t => t.Event == NotificationEvent.StepReached)));
        Assert.That(MessageTemplates.Resolve([], Birth, NotificationEvent.StepReached, "ENVOI"), Is.SameAs(Birth.Messages.Single()));
        Assert.That(MessageTemplates.Resolve(commune, Birth, NotificationEvent.Submitted, null),
            Is.SameAs(MessageTemplates.Defaults.Single(t => t.Event == NotificationEvent.Submitted)));
        Assert.That(MessageTemplates.HasTextForStep([], Birth, "ENVOI"), Is.True);
        Assert.That(MessageTemplates.HasTextForStep(commune, Birth, "REDACTION"), Is.False, "a text for every step is not one for this step");
    }

    [Test]
    public void Placeholders_are_filled_and_a_value_never_breaks_the_subject_line()
    {
        var template = new MessageTemplate(NotificationEvent.Submitted, null, "Dossier {numero} à {commune}", "Commune : {commune}\n{lien}\n{inconnu}");

        var (subject, body) = template.Render(new Dictionary<string, string>
        {
            ["numero"] = "K7M-XR4-TWC",
            ["commune"] = "Orléans\r\nBcc: espion@example.org",
            ["lien"] = "https://example.org/suivi",
        });

        Assert.That(subject, Is.EqualTo("Dossier K7M-XR4-TWC à Orléans Bcc: espion@example.org"));
        Assert.That(body, Is.EqualTo("Commune : Orléans Bcc: espion@example.org\nhttps://example.org/suivi\n{inconnu}"));
    }

    [Test]
    public void Only_the_birth_certificate_has_its_own_texts_and_every_definition_still_loads()
    {
        Assert.That(Definitions.Catalogue.Procedures, Has.Count.EqualTo(43));
        Assert.That(Definitions.Catalogue.Procedures.Where(p => p.Messages.Count > 0).Select(p => p.Code), Is.EqualTo(new[] { Requests.BirthCertificate }));
        var own = Birth.Messages.Single();
        Assert.That((own.Event, own.StepCode), Is.EqualTo((NotificationEvent.StepReached, "ENVOI")));
        Assert.That(own.Body, Does.StartWith("Bonjour,\n\nLa mairie de {commune} a envoyé le {date}"));
    }

    [TestCase(5, 1, 5)]
    [TestCase(5, 2, 10)]
    [TestCase(5, 3, 20)]
    [TestCase(5, 10, 2560)]
    [TestCase(5, 11, 3600)]
    [TestCase(5, 500, 3600)]
    public void The_retry_delay_doubles_from_the_base_up_to_the_cap(double baseSeconds, long failures, double expected)
    {
        Assert.That(OutboxStore.Backoff(failures, TimeSpan.FromSeconds(baseSeconds), TimeSpan.FromHours(1)).TotalSeconds, Is.EqualTo(expected));
    }
}

/// <summary>The optional &lt;messages&gt; of a definition is checked like the rest of it.</summary>
public sealed class DefinitionMessagesTests
{
    private string _folder = "";

    [SetUp]
    public void CopySchema()
    {
        _folder = Path.Combine(Path.GetTempPath(), "wsc-messages-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(_folder, "etat-civil"));
        File.Copy(Repository.PathOf("Services", "Catalogue", "procedure-definition.xsd"), Path.Combine(_folder, "procedure-definition.xsd"));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    private void Write(Func<string, string> change)
    {
        var original = File.ReadAllText(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-naissance.xml"));
        var changed = change(original);
        Assert.That(changed, Is.Not.EqualTo(original), "the change applies");
        File.WriteAllText(Path.Combine(_folder, "etat-civil", "acte-naissance.xml"), changed);
    }

    [Test]
    public void A_definition_without_messages_loads_with_none()
    {
        // Only the messages go: the documents after them stay, since actions generate them.
        Write(text => text[..text.IndexOf("  <messages>", StringComparison.Ordinal)]
            + text[(text.IndexOf("  </messages>\n", StringComparison.Ordinal) + "  </messages>\n".Length)..]);

        Assert.That(DefinitionLoader.LoadFolder(_folder).Find(Requests.BirthCertificate)!.Messages, Is.Empty);
    }

    [TestCase("step=\"ENVOI\"", "step=\"EXPEDITION\"", "EXPEDITION")]
    [TestCase("(dossier {numero})</subject>", "(dossier {numéro})</subject>", "{numéro}")]
    [TestCase("event=\"stepReached\" step=\"ENVOI\"", "event=\"submitted\" step=\"ENVOI\"", "only for stepReached")]
    [TestCase("event=\"stepReached\"", "event=\"etape\"", "etape")]
    [TestCase("  </messages>", "    <message event=\"stepReached\" step=\"ENVOI\"><subject>Encore</subject><body>{lien}</body></message>\n  </messages>", "twice")]
    public void A_wrong_message_is_refused_with_the_file_and_the_reason(string from, string to, string reason)
    {
        Write(text => text.Replace(from, to));

        var error = Assert.Throws<InvalidDataException>(() => DefinitionLoader.LoadFolder(_folder));
        Assert.That(error!.Message, Does.Contain("acte-naissance.xml").And.Contain(reason));
    }
}
