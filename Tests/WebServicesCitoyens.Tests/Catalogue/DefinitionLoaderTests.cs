using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Tests.Catalogue;

/// <summary>Definitions are checked against their XSD and for what the XSD cannot say.</summary>
public sealed class DefinitionLoaderTests
{
    private string _folder = "";

    [SetUp]
    public void CopyCatalogue()
    {
        _folder = Path.Combine(Path.GetTempPath(), "wsc-catalogue-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(_folder, "etat-civil"));
        File.Copy(Repository.PathOf("Services", "Catalogue", "procedure-definition.xsd"), Path.Combine(_folder, "procedure-definition.xsd"));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    private string Write(Func<string, string> change)
    {
        var text = change(File.ReadAllText(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-naissance.xml")));
        var path = Path.Combine(_folder, "etat-civil", "acte-naissance.xml");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Both_procedures_come_from_definitions_with_fields_steps_and_documentation()
    {
        var catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));
        var birth = catalogue.Find(Requests.BirthCertificate)!;

        Assert.That(birth.FindField("titulaire.dateNaissance")!.Type, Is.EqualTo(FieldType.Date));
        Assert.That(birth.Steps.Select(s => s.CitizenLabel).Distinct(), Does.Contain("Préparation du document"));
        Assert.That(birth.Documentation.WhoMayAsk, Does.Contain("2017-890"));
        Assert.That(catalogue.Find(Requests.RoadIncident)!.FindField("description")!.MaxLength, Is.EqualTo(4000));
    }

    [Test]
    public void A_definition_with_an_unknown_field_type_is_refused_with_its_file_name()
    {
        Write(text => text.Replace("type=\"integer\"", "type=\"nombre\""));

        var error = Assert.Throws<InvalidDataException>(() => DefinitionLoader.LoadFolder(_folder));
        Assert.That(error!.Message, Does.Contain("acte-naissance.xml").And.Contain("nombre"));
    }

    [Test]
    public void A_requiredWhen_naming_an_unknown_value_is_refused()
    {
        Write(text => text.Replace("values=\"COPIE_INTEGRALE EXTRAIT_AVEC_FILIATION\"/>\n    </field>", "values=\"COPIE_COMPLETE\"/>\n    </field>"));

        var error = Assert.Throws<InvalidDataException>(() => DefinitionLoader.LoadFolder(_folder));
        Assert.That(error!.Message, Does.Contain("COPIE_COMPLETE"));
    }

    [Test]
    public void A_definition_with_a_doctype_is_refused()
    {
        Write(text => text.Replace("<procedure ", "<!DOCTYPE procedure [<!ENTITY x \"y\">]>\n<procedure "));

        Assert.Throws<InvalidDataException>(() => DefinitionLoader.LoadFolder(_folder));
    }

    [Test]
    public void A_definition_filed_under_another_theme_folder_is_refused()
    {
        var path = Write(text => text);
        Directory.CreateDirectory(Path.Combine(_folder, "urbanisme"));
        File.Move(path, Path.Combine(_folder, "urbanisme", "acte-naissance.xml"));

        var error = Assert.Throws<InvalidDataException>(() => DefinitionLoader.LoadFolder(_folder));
        Assert.That(error!.Message, Does.Contain("folder 'urbanisme'"));
    }
}
