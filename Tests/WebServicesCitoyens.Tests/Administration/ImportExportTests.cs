using System.Xml.Linq;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// A version travels as its definition document: exported as stored, imported as the Draft once it
/// passes the whole check. Hostile or broken documents — malformed, with a DTD (an external entity
/// included), over 1 MiB, not valid against the definitions' schema — are refused in French, naming
/// the document, and leave no Draft behind. An import larger than the usual 256 KiB body reaches the
/// service; no other operation of the endpoint may be that large.
/// </summary>
public sealed class ImportExportTests
{
    private const string Code = "vie-quotidienne.enlevement-graffiti";
    private static readonly AdministrationCalls Calls = new(SharedHost.Host);
    private string _admin = "";

    [OneTimeSetUp]
    public async Task Log_in() => _admin = await Calls.LoginAsync(Administrator);

    [SetUp]
    public Task No_draft() => Calls.DiscardDraftAsync(_admin, Code);

    private static string Catalogue => File.ReadAllText(Repository.PathOf("Services", "Catalogue", "vie-quotidienne", "enlevement-graffiti.xml"));

    private async Task AssertImportRefusedAsync(string xml, string problem)
    {
        var (fields, fault) = await Calls.RefusedAsync(_admin, Code, "ImportConfiguration", ("DefinitionXml", xml));
        Assert.That(fields, Is.EqualTo(new[] { "DefinitionXml" }));
        Assert.That(fault, Does.Contain(problem));
        Assert.That((await Calls.SucceedOnProcedureAsync(_admin, Code, "ListVersions")).Elements(A + "Version"), Is.Empty, "no Draft was made");
        Assert.That(await Calls.ExportAsync(_admin, Code), Is.EqualTo(Catalogue));
    }

    [Test]
    public async Task An_exported_definition_changed_and_imported_becomes_the_draft_and_is_exported_as_imported()
    {
        var changed = Catalogue.Replace("<title>", "<title>Orléans : ");
        var imported = await Calls.SucceedOnProcedureAsync(_admin, Code, "ImportConfiguration", ("DefinitionXml", changed));
        Assert.That((imported.Element(A + "State")!.Value, imported.Element(A + "ProcedureCode")!.Value), Is.EqualTo(("Draft", Code)));
        Assert.That(await Calls.ExportAsync(_admin, Code), Is.EqualTo(changed));
        Assert.That(await Calls.ExportAsync(_admin, Code, int.Parse(imported.Element(A + "Version")!.Value)), Is.EqualTo(changed));

        // A second import replaces the Draft: there is one at a time.
        await Calls.SucceedOnProcedureAsync(_admin, Code, "ImportConfiguration", ("DefinitionXml", Catalogue));
        Assert.That((await Calls.SucceedOnProcedureAsync(_admin, Code, "ListVersions")).Elements(A + "Version").Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_edited_draft_is_exported_indented_with_the_catalogues_comments()
    {
        await Calls.SucceedOnProcedureAsync(_admin, Code, "UpdateField", ("Path", "description"), ("Help", "Précisez la surface et le support."));
        var exported = await Calls.ExportAsync(_admin, Code);
        Assert.That(exported, Does.StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<procedure "));
        Assert.That(exported, Does.Contain("\n      <help>Précisez la surface et le support.</help>"));
        Assert.That(XDocument.Parse(exported).DescendantNodes().OfType<XComment>().Count(),
            Is.EqualTo(XDocument.Parse(Catalogue).DescendantNodes().OfType<XComment>().Count()));
    }

    [Test]
    public Task A_malformed_document_is_refused() =>
        AssertImportRefusedAsync(Catalogue.Replace("</form>", "</forme>"), "n'est pas un document XML bien formé (ligne ");

    [Test]
    public Task A_document_with_a_dtd_is_refused_without_reading_its_entities() =>
        AssertImportRefusedAsync(Catalogue.Replace("<procedure ", "<!DOCTYPE procedure [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<procedure ")
            .Replace("<title>", "<title>&xxe;"), AdministrationTexts.DoctypeRefused);

    [Test]
    public Task A_document_over_one_mebibyte_is_refused() =>
        AssertImportRefusedAsync(Catalogue.Replace("</procedure>", $"<!-- {new string('x', 1024 * 1024)} --></procedure>"),
            AdministrationTexts.DocumentTooLarge(1024 * 1024));

    [Test]
    public Task A_document_the_definitions_schema_refuses_is_refused_with_the_line() =>
        AssertImportRefusedAsync(Catalogue.Replace("<summary>", "<sommaire>x</sommaire><summary>"), "ne respecte pas le schéma des définitions de démarche");

    [Test]
    public Task A_document_that_is_not_a_definition_is_refused() =>
        AssertImportRefusedAsync("<html><body>Bonjour</body></html>", "n'est pas une définition de démarche");

    [Test]
    public async Task Only_an_import_may_carry_more_than_256_kib()
    {
        var padding = new string('x', 300 * 1024);
        var imported = await Calls.SucceedOnProcedureAsync(_admin, Code, "ImportConfiguration",
            ("DefinitionXml", Catalogue.Replace("</procedure>", $"<!-- {padding} --></procedure>")));
        Assert.That(imported.Element(A + "State")!.Value, Is.EqualTo("Draft"), "a definition of 300 KiB is within the limit");

        var (largeStatus, _, _, largeFault) = await Calls.OnProcedureAsync(_admin, Code, "SetDocument", ("Code", "courrier"), ("Title", "Courrier"),
            ("Body", padding));
        Assert.That(largeStatus, Is.EqualTo(400), "refused by the guard, as any large request that is not an upload or an import");
        Assert.That(largeFault, Is.EqualTo(GuardTexts.TooLarge(256 * 1024)));
    }
}
