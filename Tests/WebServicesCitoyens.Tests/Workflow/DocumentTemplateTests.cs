using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Workflow;

/// <summary>
/// The text of a generated document: its placeholders (a mail's without {message} and {lien}, plus
/// {demandeur} and {champ:path}), how they are filled, and what a loader is told is wrong.
/// </summary>
public sealed class DocumentTemplateTests
{
    private static readonly Dictionary<string, string> Fields = new() { ["personne.nom"] = "Lefèvre", ["personne.prenom"] = "Hélène" };

    private static DocumentTemplate Letter(string body) => new("lettre-accompagnement", "Lettre d'accompagnement", body);

    [Test]
    public void The_placeholders_are_a_mails_without_message_and_link_plus_the_applicant()
    {
        Assert.That(DocumentTemplate.Placeholders.Keys,
            Is.EquivalentTo(new[] { "numero", "demarche", "etape", "commune", "date", "demandeur" }));
        Assert.That(DocumentTemplate.Placeholders["numero"], Is.EqualTo(MessageTemplate.Placeholders["numero"]));
    }

    [Test]
    public void The_body_is_filled_with_the_values_and_the_request_fields_an_unknown_field_left_empty()
    {
        var template = Letter("Dossier n° {numero} de {demandeur}.\r\n\r\nNom : {champ:personne.nom} {champ:personne.prenom}"
            + "\nSurnom : [{champ:personne.surnom}]\nÉtape : {etape} ; {lien} ; {numéro}");
        var values = new Dictionary<string, string> { ["numero"] = "K7M-XR4-TWC", ["demandeur"] = "Hélène Lefèvre", ["lien"] = "https://x" };

        Assert.That(template.RenderBody(values, path => Fields.GetValueOrDefault(path)), Is.EqualTo(
            "Dossier n° K7M-XR4-TWC de Hélène Lefèvre.\n\nNom : Lefèvre Hélène\nSurnom : []\n"
            // No value given for {etape}: it shows. {lien} is a mail's, not a document's; {numéro} is a typo.
            + "Étape : {etape} ; {lien} ; {numéro}"));
    }

    [Test]
    public void Unknown_placeholders_are_the_typos_and_the_mail_only_ones_a_well_formed_field_path_is_known()
    {
        var text = "{numéro} {numero} {champ:a.b} {champ:personne.dateNaissance} {champ:A.b} {champ:a..b} {champ:} {message} {lien} {numéro}";

        Assert.That(DocumentTemplate.UnknownPlaceholders(text),
            Is.EqualTo(new[] { "numéro", "champ:A.b", "champ:a..b", "champ:", "message", "lien" }));
        Assert.That(DocumentTemplate.FieldPaths(text + " {champ:a.b}"), Is.EqualTo(new[] { "a.b", "personne.dateNaissance" }));
        // The mails keep their own placeholders: {champ:…} is not one of them.
        Assert.That(MessageTemplate.UnknownPlaceholders(text), Is.EqualTo(new[] { "numéro", "champ:a.b", "champ:personne.dateNaissance", "champ:A.b", "champ:a..b", "champ:" }));
    }

    [Test]
    public void A_loader_is_told_of_a_bad_code_a_title_on_two_lines_and_an_unknown_placeholder()
    {
        Assert.That(Letter("Madame, Monsieur,\n\nVotre dossier {numero} ({champ:personne.nom}).").Problems(), Is.Empty);

        var problems = new DocumentTemplate("Lettre_1", "Lettre\nd'accompagnement", "Votre dossier {numéro}.").Problems().ToList();
        Assert.That(problems, Has.Count.EqualTo(3));
        Assert.That(problems[0], Does.Contain("code"));
        Assert.That(problems[1], Does.Contain("one line"));
        Assert.That(problems[2], Does.Contain("{numéro} is not a placeholder").And.Contain("{demandeur}"));
        Assert.That(new DocumentTemplate("certificat", "Certificat n° {numero}", "Texte.").Problems().Single(), Does.Contain("placeholders go in the body"));
    }
}
