using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>
/// The field types added with the catalogue on the hosted HTML form, with the real definitions:
/// the marriage file's witnesses (2 required, up to 4), the room booking's time slot, and the
/// attachments every definition declares. Forms are posted as a browser posts them: every control
/// of the page, blank unless filled, with the values of the domain's sample request.
/// </summary>
public sealed class RepeatedGroupsSlotsAndAttachmentsFormTests
{
    private const string Marriage = "etat-civil.dossier-mariage";
    private const string RoomBooking = "vie-culturelle.reservation-salle-associative";

    private static string FormUrl(string code) => $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{code}";

    /// <summary>What a browser posts for the page filled with this request: every control, blank unless the request gives it a value.</summary>
    private static async Task<Dictionary<string, string>> Filled(string code, XElement request)
    {
        var page = await Infrastructure.Soap.Http.GetStringAsync(FormUrl(code));
        var controls = Regex.Matches(page, "<(?:input|select|textarea)\\b[^>]*\\sname=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var fields = controls.ToDictionary(name => name, _ => "");
        fields["clientRequestId"] = Regex.Match(page, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;
        var values = Definitions.FormValues(Definitions.Get(code), request);
        Assert.That(values.Keys, Is.SubsetOf(controls), "every value of the request has its control on the page");
        foreach (var (name, value) in values) fields[name] = value;
        return fields;
    }

    private static async Task<(HttpStatusCode Status, string Html)> Post(string code, Dictionary<string, string> fields)
    {
        using var response = await Infrastructure.Soap.Http.PostAsync(FormUrl(code), new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_form_shows_the_two_required_witnesses_and_the_two_optional_ones_in_closed_details()
    {
        var page = Html.Parse(await Infrastructure.Soap.Http.GetStringAsync(FormUrl(Marriage)));

        var witnesses = page.ById("f-temoins");
        var instances = witnesses.Descendants("fieldset").Where(f => f.HasClass("wsc-instance")).ToList();
        Assert.That(instances.Select(f => (string?)f.Attribute("id")), Is.EqualTo(new[] { "f-temoins-1", "f-temoins-2", "f-temoins-3", "f-temoins-4" }));
        foreach (var (instance, rank) in instances.Select((f, i) => (f, i + 1)))
        {
            var details = instance.Ancestors("details").SingleOrDefault();
            var name = page.ById($"f-temoins-{rank}-nom");
            if (rank <= 2)
            {
                Assert.That(details, Is.Null, $"witness {rank} is required: shown");
                Assert.That((string?)name.Attribute("aria-required"), Is.EqualTo("true"));
            }
            else
            {
                Assert.That(details, Is.Not.Null, $"witness {rank} is optional: inside <details>");
                Assert.That(details!.Attribute("open"), Is.Null, "closed on a fresh form");
                Assert.That(details.Element("summary")!.Value, Is.EqualTo($"Ajouter : Témoins – n° {rank}"));
                Assert.That(name.Attribute("aria-required"), Is.Null, "an optional instance's fields are required only once it is given");
            }
            Assert.That((string?)name.Attribute("name"), Is.EqualTo($"temoins[{rank}].nom"));
        }
    }

    [Test]
    public async Task Posting_the_form_with_only_two_witnesses_filled_files_a_dossier_without_the_blank_ones()
    {
        var fields = await Filled(Marriage, Definitions.Sample(Marriage));
        Assert.That(fields.Keys, Does.Contain("temoins[4].adresse.voie"), "the blank instances are posted, as a browser does");
        var before = SharedHost.Host.CountDossiers();

        var (status, receipt) = await Post(Marriage, fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), receipt);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        var stored = XElement.Parse(SharedHost.Host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number))!);
        Assert.That(stored.Descendants(Infrastructure.Soap.Tns + "temoins").Count(), Is.EqualTo(2));
        Assert.That(stored.Descendants(Infrastructure.Soap.Tns + "temoins").Select(t => t.Element(Infrastructure.Soap.Tns + "nom")!.Value),
            Has.All.Not.Empty);
    }

    /// <summary>A rule's error (a witness born in the future) and the schema's (a malformed postal code), each in the 2nd witness.</summary>
    [TestCase("dateNaissance", "next year", "Le champ « Date de naissance » (temoins[2].dateNaissance) ne peut pas être dans le futur.")]
    [TestCase("adresse.codePostal", "4500", "Le champ « Code postal » (temoins[2].adresse.codePostal) n'a pas le format attendu.")]
    public async Task An_error_in_the_second_witness_links_to_its_control_and_the_form_comes_back_refilled(string field, string value, string message)
    {
        if (value == "next year") value = Definitions.Today.AddYears(1).ToString("yyyy-MM-dd");
        var request = Definitions.Sample(Marriage);
        Definitions.At(request, "temoins[2].nom").Value = "Delacroix";
        Definitions.At(request, "temoins[2]." + field).Value = value;
        var fields = await Filled(Marriage, request);
        var before = SharedHost.Host.CountDossiers();

        var (status, html) = await Post(Marriage, fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
        var page = Html.Parse(html);
        var id = "f-temoins-2-" + field.Replace('.', '-');
        var links = page.ById("wsc-erreurs").Descendants("a").ToList();
        Assert.That(links.Select(a => (string?)a.Attribute("href")), Is.EqualTo(new[] { "#" + id }));
        Assert.That(links[0].Value, Is.EqualTo(message));
        var control = page.ById(id);
        Assert.That((string?)control.Attribute("value"), Is.EqualTo(value), "the wrong value is refilled");
        Assert.That((string?)control.Attribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(page.ById(id + "-erreur").Value, Does.Contain(message));
        Assert.That((string?)page.ById("f-temoins-2-nom").Attribute("value"), Is.EqualTo("Delacroix"), "the witness's other values are kept");
        Assert.That(page.ById("f-temoins-1-" + field.Replace('.', '-')).Attribute("aria-invalid"), Is.Null, "the first witness is not blamed");
    }

    [Test]
    public async Task A_half_filled_optional_witness_is_submitted_its_missing_fields_announced_and_its_details_open()
    {
        var fields = await Filled(Marriage, Definitions.Sample(Marriage));
        fields["temoins[3].nom"] = "Moreau";
        var before = SharedHost.Host.CountDossiers();

        var (status, html) = await Post(Marriage, fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
        var page = Html.Parse(html);
        var linked = page.ById("wsc-erreurs").Descendants("a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.That(linked, Does.Contain("#f-temoins-3-prenoms").And.Contain("#f-temoins-3-adresse-voie"));
        Assert.That(linked, Has.All.StartWith("#f-temoins-3-"), "only the third witness is incomplete");
        Assert.That(page.ById("f-temoins-3").Ancestors("details").Single().Attribute("open"), Is.Not.Null, "opened to show its errors");
        Assert.That(page.ById("f-temoins-4").Ancestors("details").Single().Attribute("open"), Is.Null);
        Assert.That((string?)page.ById("f-temoins-3-nom").Attribute("value"), Is.EqualTo("Moreau"));
    }

    /// <summary>
    /// The citizen opens the fourth witness and leaves the third blank: the fourth is sent as the third
    /// instance of the request, so the form comes back with it as the third witness, its values and its
    /// error together, rather than an error on the blank third witness and unmarked values in the fourth.
    /// </summary>
    [Test]
    public async Task A_witness_filled_after_a_blank_optional_one_comes_back_with_its_own_values_and_error()
    {
        var sample = Definitions.Sample(Marriage);
        var fields = await Filled(Marriage, sample);
        foreach (var (name, value) in Definitions.FormValues(Definitions.Get(Marriage), sample).Where(v => v.Key.StartsWith("temoins[2].")))
            fields[name.Replace("temoins[2].", "temoins[4].")] = value;
        fields["temoins[4].nom"] = "Girard";
        var future = Definitions.Today.AddYears(1).ToString("yyyy-MM-dd");
        fields["temoins[4].dateNaissance"] = future;

        var (status, html) = await Post(Marriage, fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var page = Html.Parse(html);
        var links = page.ById("wsc-erreurs").Descendants("a").ToList();
        Assert.That(links, Has.Count.EqualTo(1));
        var href = (string)links[0].Attribute("href")!;
        var control = page.ById(href[1..]);
        Assert.That((string?)control.Attribute("value"), Is.EqualTo(future), "the error links to the control holding the wrong date");
        Assert.That((string?)control.Attribute("aria-invalid"), Is.EqualTo("true"));
        var rank = Regex.Match(href, @"^#f-temoins-(\d)-dateNaissance$").Groups[1].Value;
        Assert.That(rank, Is.EqualTo("3"), "sent as the third instance, it comes back as the third witness");
        Assert.That(page.ById("f-temoins-3").Ancestors("details").Single().Attribute("open"), Is.Not.Null);
        Assert.That(page.ById("f-temoins-4-nom").Attribute("value"), Is.Null, "nothing left in the fourth");
        Assert.That((string?)page.ById($"f-temoins-{rank}-nom").Attribute("value"), Is.EqualTo("Girard"), "the same witness's name is beside it");
        Assert.That(links[0].Value, Does.Contain($"(temoins[{rank}].dateNaissance)"));
    }

    /// <summary>The same witness filled after a blank optional one, valid: it is filed as the third witness.</summary>
    [Test]
    public async Task A_valid_witness_filled_after_a_blank_optional_one_is_filed()
    {
        var sample = Definitions.Sample(Marriage);
        var fields = await Filled(Marriage, sample);
        foreach (var (name, value) in Definitions.FormValues(Definitions.Get(Marriage), sample).Where(v => v.Key.StartsWith("temoins[2].")))
            fields[name.Replace("temoins[2].", "temoins[4].")] = value;
        fields["temoins[4].nom"] = "Girard";

        var (status, receipt) = await Post(Marriage, fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), receipt);
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        var stored = XElement.Parse(SharedHost.Host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number))!);
        Assert.That(stored.Descendants(Infrastructure.Soap.Tns + "temoins").Select(t => t.Element(Infrastructure.Soap.Tns + "nom")!.Value).Last(),
            Is.EqualTo("Girard"));
        Assert.That(stored.Descendants(Infrastructure.Soap.Tns + "temoins").Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_slot_ending_before_it_starts_is_announced_at_its_end_time_control()
    {
        var request = Definitions.Sample(RoomBooking);
        Definitions.At(request, "creneau.debut").Value = "20:00";
        Definitions.At(request, "creneau.fin").Value = "18:30";
        var before = SharedHost.Host.CountDossiers();

        var (status, html) = await Post(RoomBooking, await Filled(RoomBooking, request));

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
        var page = Html.Parse(html);
        Assert.That(page.ById("wsc-erreurs").Descendants("a").Select(a => (string?)a.Attribute("href")), Is.EqualTo(new[] { "#f-creneau-fin" }));
        var end = page.ById("f-creneau-fin");
        Assert.That(((string?)end.Attribute("type"), (string?)end.Attribute("value"), (string?)end.Attribute("aria-invalid")),
            Is.EqualTo(("time", "18:30", "true")));
        Assert.That((string?)page.ById("f-creneau-debut").Attribute("value"), Is.EqualTo("20:00"));
    }

    private static IEnumerable<TestCaseData> EveryProcedure() =>
        Definitions.Catalogue.Procedures.Select(d => new TestCaseData(d.Code).SetArgDisplayNames(d.Code));

    /// <summary>
    /// The form of every procedure, filled with the sample request the SOAP tests submit, files a
    /// dossier holding that very request; and it posts no more than the 200 values the host reads
    /// (FormPages), every instance of every repeated group included.
    /// </summary>
    [TestCaseSource(nameof(EveryProcedure))]
    public async Task Every_form_filled_with_the_sample_request_files_that_request(string code)
    {
        var sample = Definitions.Sample(code);
        var fields = await Filled(code, sample);
        Assert.That(fields, Has.Count.LessThanOrEqualTo(200));

        var (status, receipt) = await Post(code, fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), receipt);
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        var stored = XElement.Parse(SharedHost.Host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number))!);
        // Stored under the request type's name (DemandeActeNaissance); the content is the sample's.
        static string Content(XElement request) => string.Concat(request.Elements().Select(e => e.ToString(SaveOptions.DisableFormatting)));
        Assert.That(Content(stored), Is.EqualTo(Content(sample)));
    }

    private static IEnumerable<TestCaseData> DefinitionsWithAttachments() =>
        from definition in Definitions.Catalogue.Procedures
        where definition.AllFields().Any(f => f.Type == FieldType.Attachment)
        select new TestCaseData(definition.Code).SetArgDisplayNames(definition.Code);

    /// <summary>The attachments of some items in form order, each instance of a repeated group having its own.</summary>
    private static IEnumerable<FieldDefinition> Attachments(IEnumerable<FormItem> items) => items.SelectMany(item => item switch
    {
        GroupDefinition group => Enumerable.Repeat(Attachments(group.Items), group.MaxOccurs).SelectMany(a => a),
        FieldDefinition { Type: FieldType.Attachment } attachment => [attachment],
        _ => [],
    });

    [TestCaseSource(nameof(DefinitionsWithAttachments))]
    public async Task Attachments_appear_on_the_form_as_documents_to_provide_with_no_control(string code)
    {
        var definition = Definitions.Get(code);
        var html = await Infrastructure.Soap.Http.GetStringAsync(FormUrl(code));
        var page = Html.Parse(html);

        var shown = page.Descendants("div").Where(d => d.HasClass("wsc-field-attachment")).ToList();
        var expected = Attachments(definition.Form).ToList();
        Assert.That(shown.Select(d => d.Elements("p").First().Value),
            Is.EqualTo(expected.Select(a => a.Label + (a.Required ? " (pièce obligatoire)" : ""))), "each attachment, in form order, required ones marked");
        foreach (var (div, attachment) in shown.Zip(expected))
        {
            var megabytes = (attachment.Attachment!.MaxSizeKb / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            var formats = string.Join(", ", attachment.Attachment.Accept.Select(type => type switch
            {
                "application/pdf" => "PDF",
                "image/jpeg" => "JPEG",
                "image/png" => "PNG",
                _ => type,
            }));
            Assert.That(div.Value, Does.Contain($"Formats acceptés : {formats} ; {megabytes} Mo au plus."));
            Assert.That(div.Value, Does.Contain("joignez-la à votre dossier depuis votre espace citoyen"));
            Assert.That(div.Descendants().Where(e => e.Name.LocalName is "input" or "select" or "textarea"), Is.Empty);
        }
        var names = page.Descendants().Select(e => (string?)e.Attribute("name")).OfType<string>().Select(n => Regex.Replace(n, @"\[\d+\]", "")).ToList();
        Assert.That(names, Is.Not.Empty);
        Assert.That(names.Intersect(expected.Select(a => a.Path)), Is.Empty, "no control posts an attachment");
        Assert.That(html, Does.Not.Contain("type=\"file\""));
    }
}
