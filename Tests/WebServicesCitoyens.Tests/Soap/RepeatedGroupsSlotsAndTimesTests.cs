using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// The field types added with the catalogue, through SOAP over HTTP on the real host and the real
/// definitions: the repeated group of the marriage file's witnesses (2 to 4), the time slot of a room
/// booking, the bounded times of a nursery application, and attachments (declared in the form, never
/// in the request). Each request starts from the domain's sample request, which is accepted as is.
/// </summary>
public sealed class RepeatedGroupsSlotsAndTimesTests
{
    private const string Marriage = "etat-civil.dossier-mariage";
    private const string RoomBooking = "vie-culturelle.reservation-salle-associative";
    private const string Nursery = "vie-scolaire.inscription-creche";
    private static readonly XNamespace T = Infrastructure.Soap.Tns;

    private static async Task<(int Status, string Body)> Submit(string code, XElement request)
    {
        var (status, body, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(code),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("types"), request)), "Submit");
        return (status, body);
    }

    /// <summary>Submits, expects a fault and nothing stored; returns the (field, message) pairs of its detail.</summary>
    private static async Task<IReadOnlyList<(string Field, string Message)>> Refused(string code, XElement request)
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, body) = await Submit(code, request);
        Assert.That(status, Is.EqualTo(500), body);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before), "nothing may be stored");
        XNamespace f = ContractNamespaces.Faults;
        return XDocument.Parse(body).Descendants(f + "Error")
            .Select(e => (e.Element(f + "Field")!.Value, e.Element(f + "Message")!.Value)).ToList();
    }

    private static async Task Accepted(string code, XElement request)
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, body) = await Submit(code, request);
        Assert.That(status, Is.EqualTo(200), body);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
    }

    /// <summary>The sample's last witness, copied after it as many times as asked.</summary>
    private static XElement WithWitnesses(int count)
    {
        var request = Definitions.Sample(Marriage);
        var witnesses = request.Elements(T + "temoins").ToList();
        Assert.That(witnesses, Has.Count.EqualTo(2), "the sample holds the two witnesses the definition requires");
        while (witnesses.Count > count) { witnesses[^1].Remove(); witnesses.RemoveAt(witnesses.Count - 1); }
        while (witnesses.Count < count) { var copy = new XElement(witnesses[^1]); witnesses[^1].AddAfterSelf(copy); witnesses.Add(copy); }
        return request;
    }

    [Test]
    public async Task The_sample_marriage_file_with_two_witnesses_and_one_with_four_are_accepted()
    {
        await Accepted(Marriage, WithWitnesses(2));
        await Accepted(Marriage, WithWitnesses(4));
    }

    [Test]
    public async Task A_fifth_witness_is_refused_with_a_fault_naming_temoins()
    {
        var errors = await Refused(Marriage, WithWitnesses(5));

        Assert.That(errors, Is.EqualTo(new[] { ("temoins", "Le champ « Témoins » (temoins) ne peut être présent que 4 fois au plus.") }));
    }

    [Test]
    public async Task A_single_witness_is_refused_with_a_fault_naming_temoins_and_the_minimum()
    {
        var errors = await Refused(Marriage, WithWitnesses(1));

        Assert.That(errors, Is.EqualTo(new[] { ("temoins", "Le champ « Témoins » (temoins) doit être présent au moins 2 fois.") }));
    }

    [TestCase("nom", "schema: too long", "dépasse 80 caractères")]
    [TestCase("dateNaissance", "schema: not a date", "doit être une date valide au format AAAA-MM-JJ")]
    [TestCase("dateNaissance", "rule: in the future", "ne peut pas être dans le futur")]
    [TestCase("adresse.codePostal", "schema: pattern", "n'a pas le format attendu")]
    public async Task An_error_inside_the_second_witness_names_the_instance_and_the_field(string field, string kind, string problem)
    {
        var request = WithWitnesses(3);
        var value = kind switch
        {
            "schema: too long" => new string('x', 81),
            "schema: not a date" => "1990-02-30",
            "rule: in the future" => Definitions.Today.AddYears(1).ToString("yyyy-MM-dd"),
            _ => "4500",
        };
        Definitions.At(request, "temoins[2]." + field).Value = value;

        var errors = await Refused(Marriage, request);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "temoins[2]." + field }), "the second instance, not the first or the third");
        Assert.That(errors[0].Message, Does.StartWith($"Le champ « ").And.Contain($"(temoins[2].{field})").And.Contain(problem));
    }

    [Test]
    public async Task A_slot_ending_before_it_starts_is_refused_naming_its_end()
    {
        var request = Definitions.Sample(RoomBooking);
        Definitions.At(request, "creneau.debut").Value = "20:00";
        Definitions.At(request, "creneau.fin").Value = "18:30";

        var errors = await Refused(RoomBooking, request);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "creneau.fin" }));
        Assert.That(errors[0].Message, Does.Contain("(creneau)").And.Contain("l'heure de fin doit être après l'heure de début"));
    }

    [Test]
    public async Task A_slot_ending_when_it_starts_is_refused_too()
    {
        var request = Definitions.Sample(RoomBooking);
        Definitions.At(request, "creneau.debut").Value = "14:00";
        Definitions.At(request, "creneau.fin").Value = "14:00";

        Assert.That((await Refused(RoomBooking, request)).Select(e => e.Field), Is.EqualTo(new[] { "creneau.fin" }));
    }

    [Test]
    public async Task A_slot_on_a_past_date_is_refused_naming_its_date()
    {
        var request = Definitions.Sample(RoomBooking);
        Definitions.At(request, "creneau.date").Value = Definitions.Today.AddDays(-1).ToString("yyyy-MM-dd");

        var errors = await Refused(RoomBooking, request);

        Assert.That(errors, Is.EqualTo(new[] { ("creneau.date", "Le champ « Date » (creneau.date) ne peut pas être dans le passé.") }));
    }

    [TestCase("24:00", "doit être une heure au format HH:MM")]
    [TestCase("9:30", "doit être une heure au format HH:MM")]
    public async Task A_slot_time_that_is_not_a_time_of_day_is_refused(string value, string problem)
    {
        var request = Definitions.Sample(RoomBooking);
        Definitions.At(request, "creneau.debut").Value = value;

        var errors = await Refused(RoomBooking, request);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "creneau.debut" }));
        Assert.That(errors[0].Message, Does.Contain(problem));
    }

    [TestCase("accueil.heureArrivee", "05:59", "ne peut pas être avant 06:00")]
    [TestCase("accueil.heureDepart", "21:01", "ne peut pas être après 21:00")]
    public async Task A_time_outside_its_bounds_is_refused_naming_the_field_and_the_bound(string path, string value, string problem)
    {
        var request = Definitions.Sample(Nursery);
        Definitions.At(request, path).Value = value;

        var errors = await Refused(Nursery, request);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { path }));
        Assert.That(errors[0].Message, Does.StartWith("Le champ « ").And.Contain($"({path}) {problem}"));
    }

    [Test]
    public async Task The_bounds_of_a_time_are_themselves_accepted()
    {
        var request = Definitions.Sample(Nursery);
        Definitions.At(request, "accueil.heureArrivee").Value = "06:00";
        Definitions.At(request, "accueil.heureDepart").Value = "21:00";

        await Accepted(Nursery, request);
    }

    private static IEnumerable<TestCaseData> DefinitionsWithAttachments() =>
        from definition in Definitions.Catalogue.Procedures
        where definition.AllFields().Any(f => f.Type == FieldType.Attachment)
        select new TestCaseData(definition.Code).SetArgDisplayNames(definition.Code);

    /// <summary>
    /// Every attachment of the definition, looked for in the XSD the host publishes: the type of its
    /// parent (the request type, a group's type) is there, and has no element of the attachment's name.
    /// </summary>
    [TestCaseSource(nameof(DefinitionsWithAttachments))]
    public async Task Attachments_are_not_elements_of_the_published_request_type(string code)
    {
        var definition = Definitions.Get(code);
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var xsd = await Infrastructure.Soap.Http.GetStreamAsync(SharedHost.Host.ServiceUrl(code) + "?xsd"))
            schemas.Add(XmlSchema.Read(xsd, null)!);
        schemas.Compile();
        var requestType = (XmlSchemaComplexType)schemas.GlobalTypes[new System.Xml.XmlQualifiedName(definition.RequestTypeName, Infrastructure.Soap.Ns)]!;
        Assert.That(requestType, Is.Not.Null);

        var attachments = definition.AllFields().Where(f => f.Type == FieldType.Attachment).ToList();
        Assert.That(attachments, Is.Not.Empty);
        foreach (var attachment in attachments)
        {
            var steps = attachment.Path.Split('.');
            XmlSchemaComplexType? parent = requestType;
            foreach (var step in steps[..^1])
                parent = parent is not null && ChildElements(parent).TryGetValue(step, out var element) ? element.ElementSchemaType as XmlSchemaComplexType : null;
            // A group holding only attachments is not in the request at all; any other group is.
            if (parent is null)
            {
                var group = (GroupDefinition)definition.Form.SelectMany(Flatten).Single(i => i.Path == string.Join('.', steps[..^1]));
                Assert.That(ProcedureDefinition.RequestItemsOf(group.Items), Is.Empty, $"{attachment.Path}: its group is missing from the XSD");
                continue;
            }
            Assert.That(ChildElements(parent).Keys, Does.Not.Contain(steps[^1]), $"{attachment.Path} is an element of the request");
        }
        // The request type does declare the definition's other fields, so the walk above did look in the right place.
        // (and, last, the answers to the commune's own fields).
        Assert.That(ChildElements(requestType).Keys, Is.EqualTo(definition.RequestItems.Select(i => i.Name).Append("complementsCommune")));
    }

    private static IEnumerable<FormItem> Flatten(FormItem item) =>
        item is GroupDefinition group ? group.Items.SelectMany(Flatten).Prepend(group) : [item];

    private static Dictionary<string, XmlSchemaElement> ChildElements(XmlSchemaComplexType type) =>
        ((XmlSchemaSequence)type.ContentTypeParticle).Items.OfType<XmlSchemaElement>().ToDictionary(e => e.QualifiedName.Name);

    [Test]
    public async Task An_attachment_sent_as_an_element_of_the_request_is_refused_as_unexpected()
    {
        var request = Definitions.Sample(Marriage);
        Definitions.At(request, "epoux1").Add(new XElement(T + "pieceIdentite", "JVBERi0xLjQK"));

        var errors = await Refused(Marriage, request);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "epoux1" }));
        Assert.That(errors[0].Message, Does.StartWith("L'élément « pieceIdentite » n'est pas attendu dans « epoux1 »"));
    }
}
