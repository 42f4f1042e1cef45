using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// Every edit of a Draft is checked as a whole before it is kept: a process that cannot run (a step no
/// action reaches, a step from which the dossier can never close, automatic actions in a loop) or a
/// version that breaks the procedure's national contract (a required field removed, hidden or made
/// optional, a type changed, a field that is neither the catalogue's nor marked as the commune's) is
/// refused with the French problems, naming the document, and the Draft stays as it was.
/// </summary>
public sealed class DraftCheckTests
{
    private const string Code = Requests.BirthCertificate;
    private static readonly AdministrationCalls Calls = new(SharedHost.Host);
    private string _admin = "";

    [OneTimeSetUp]
    public async Task Log_in() => _admin = await Calls.LoginAsync(Administrator);

    [SetUp]
    public async Task A_fresh_draft()
    {
        await Calls.DiscardDraftAsync(_admin, Code);
        await Calls.SucceedOnProcedureAsync(_admin, Code, "CreateDraft");
    }

    /// <summary>Asserts the edit is refused on the document with <paramref name="problem"/> among the problems, and that the Draft did not change.</summary>
    private async Task AssertRefusedAsync(string problem, string operation, params (string Name, object? Value)[] parameters)
    {
        var before = await Calls.ExportAsync(_admin, Code);
        var (fields, fault) = await Calls.RefusedAsync(_admin, Code, operation, parameters);
        Assert.That(fields, Has.All.EqualTo("DefinitionXml"));
        Assert.That(fault, Does.Contain(problem));
        Assert.That(await Calls.ExportAsync(_admin, Code), Is.EqualTo(before), "the Draft did not change");
    }

    private string Catalogue => File.ReadAllText(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-naissance.xml"));

    [Test]
    public Task Removing_the_only_action_that_reaches_a_step_is_refused_as_an_unreachable_step() =>
        AssertRefusedAsync(WorkflowTexts.Unreachable("Prise en charge"), "RemoveAction", ("Code", "PRENDRE_EN_CHARGE"));

    [Test]
    public Task A_step_from_which_no_action_leads_to_closing_is_refused()
    {
        var xml = Catalogue
            .Replace("""<step code="CLOTURE" """, """<step code="EN_ATTENTE" citizenLabel="En attente">En attente</step><step code="CLOTURE" """)
            .Replace("""<action code="PRENDRE_EN_CHARGE" """, """<action code="METTRE_EN_ATTENTE" step="ENREGISTREE" to="EN_ATTENTE"><label>Mettre en attente</label></action><action code="PRENDRE_EN_CHARGE" """);
        return AssertRefusedAsync(WorkflowTexts.NoWayToClose("En attente"), "ImportConfiguration", ("DefinitionXml", xml));
    }

    [Test]
    public async Task Automatic_actions_that_lead_back_to_each_other_are_refused_as_an_endless_loop()
    {
        await Calls.SucceedOnProcedureAsync(_admin, Code, "AddAction", ("StepCode", "SIGNATURE"), ("Code", "ENVOI_AUTOMATIQUE"),
            ("Label", "Envoi dès la signature"), ("To", "ENVOI"), ("Trigger", "onEnter"));

        await AssertRefusedAsync("Des actions automatiques forment une boucle sans fin : ", "AddAction", ("StepCode", "ENVOI"), ("Code", "RETOUR_SIGNATURE"),
            ("Label", "Retour à la signature"), ("To", "SIGNATURE"), ("Trigger", "onEnter"));
    }

    [Test]
    public async Task A_required_catalogue_field_can_be_neither_removed_nor_hidden_nor_made_optional()
    {
        var (fields, fault) = await Calls.RefusedAsync(_admin, Code, "RemoveField", ("Path", "typeDocument"));
        Assert.That(fields, Is.EqualTo(new[] { "Path" }));
        Assert.That(fault, Is.EqualTo(AdministrationTexts.CatalogueItemStays("typeDocument")));
        await AssertRefusedAsync(AdministrationTexts.HiddenRequired("Document demandé", "typeDocument"), "HideField", ("Path", "typeDocument"), ("Hidden", true));
        await AssertRefusedAsync(AdministrationTexts.StaysRequired("Nombre d'exemplaires", "nombreExemplaires"),
            "UpdateField", ("Path", "nombreExemplaires"), ("Required", false));

        var withoutField = System.Text.RegularExpressions.Regex.Replace(Catalogue, """<field name="typeDocument".*?</field>""", "",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        await AssertRefusedAsync(AdministrationTexts.RequiredItemRemoved("Document demandé", "typeDocument"), "ImportConfiguration", ("DefinitionXml", withoutField));
    }

    [Test]
    public async Task A_field_required_for_some_answers_cannot_be_hidden_but_an_optional_one_can()
    {
        await AssertRefusedAsync(AdministrationTexts.HiddenConditional("Vous êtes", "qualiteDemandeur"), "HideField", ("Path", "qualiteDemandeur"), ("Hidden", true));
        await Calls.SucceedOnProcedureAsync(_admin, Code, "HideField", ("Path", "motif"), ("Hidden", true));
        Assert.That(await Calls.ExportAsync(_admin, Code), Does.Contain("<field name=\"motif\" type=\"enum\" hidden=\"true\">"));
        var attached = Catalogue.Replace("</form>", """<field name="photo" type="text" commune="true" accept="image/png"><label>Photo</label></field></form>""");
        await AssertRefusedAsync(AdministrationTexts.AcceptOnlyForAttachments("photo"), "ImportConfiguration", ("DefinitionXml", attached));
    }

    [Test]
    public async Task A_catalogue_field_keeps_its_type_and_a_new_field_must_be_marked_as_the_communes()
    {
        var retyped = Catalogue.Replace("""<field name="nombreExemplaires" type="integer" required="true" min="1" max="10">""",
            """<field name="nombreExemplaires" type="text" required="true">""");
        await AssertRefusedAsync(AdministrationTexts.TypeChanged("Nombre d'exemplaires", "nombreExemplaires", "integer"), "ImportConfiguration",
            ("DefinitionXml", retyped));

        var unmarked = Catalogue.Replace("</form>", """<field name="quartier" type="text"><label>Quartier</label></field></form>""");
        await AssertRefusedAsync(AdministrationTexts.FieldNotInCatalogue("Quartier", "quartier"), "ImportConfiguration", ("DefinitionXml", unmarked));

        var recoded = Catalogue.Replace("""requestType="DemandeActeNaissance">""", """requestType="DemandeActe">""");
        await AssertRefusedAsync(AdministrationTexts.KeepAttribute("requestType", "DemandeActeNaissance"), "ImportConfiguration", ("DefinitionXml", recoded));

        var (fields, fault) = await Calls.RefusedAsync(_admin, Code, "AddField", ("Name", "adressePostale"), ("Label", "Adresse"), ("Type", "postalAddress"),
            ("Required", false));
        Assert.That(fields, Is.EqualTo(new[] { "Type" }));
        Assert.That(fault, Does.StartWith("« postalAddress » n'est pas un type de champ possible pour la commune"));
    }

    [Test]
    public async Task An_actor_is_bound_only_to_profiles_the_commune_has()
    {
        await Calls.SucceedOnProcedureAsync(_admin, Code, "SaveActor", ("Code", "officier"), ("Label", "Officier de l'état civil"), ("Profiles", Codes("etat-civil")));
        var tree = await Calls.SucceedOnProcedureAsync(_admin, Code, "GetProcessTree");
        Assert.That(tree.Element(A + "Actors")!.Elements(A + "Actor").Single().Element(A + "Profiles")!.Elements(A + "Profile").Select(p => p.Value), Is.EqualTo(new[] { "etat-civil" }));

        await AssertRefusedAsync(AdministrationTexts.UnknownActorProfile("Officier de l'état civil", "pompiers"), "SaveActor", ("Code", "officier"),
            ("Label", "Officier de l'état civil"), ("Profiles", Codes("pompiers")));
        var (fields, fault) = await Calls.RefusedAsync(_admin, Code, "RemoveActor", ("Code", "officier"));
        Assert.That(fields, Is.EqualTo(new[] { "Code" }));
        Assert.That(fault, Is.EqualTo(AdministrationTexts.ActorInUse("officier", "COPIE_SIGNEE")));
    }

    [Test]
    public async Task A_message_or_document_with_an_unknown_placeholder_or_field_is_refused()
    {
        await AssertRefusedAsync("{numéro}", "SetMessage", ("Event", "stepReached"), ("StepCode", "ENVOI"), ("Subject", "Dossier {numéro}"), ("Body", "Bonjour"));
        await AssertRefusedAsync(AdministrationTexts.DocumentField("lettre-envoi", "titulaire.inconnu"), "SetDocument", ("Code", "lettre-envoi"),
            ("Title", "Lettre d'accompagnement"), ("Body", "Pour {champ:titulaire.inconnu}."));
        var (fields, _) = await Calls.RefusedAsync(_admin, Code, "SetMessage", ("Event", "relance"), ("Subject", "Objet"), ("Body", "Texte"));
        Assert.That(fields, Is.EqualTo(new[] { "Event" }));
    }
}
