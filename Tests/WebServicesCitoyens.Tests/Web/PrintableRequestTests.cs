using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Rendering;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>
/// The submitted request, printable: dossiers filed over SOAP (the birth certificate, the marriage file
/// with its witnesses, the association's room booking with its slot) read back at /suivi/demande (HTML,
/// request.xsl) and /suivi/demande.pdf (PDFsharp, read with pdftotext): the same sections, labels and
/// values as a citizen reads them (option labels, Oui/Non, French dates, the slot, the address on its
/// lines, each witness in his own section), the dossier's facts and the documents to provide; the
/// tracking page links to both; a wrong tracking code and an unknown number get the same 404 on all
/// three addresses; printing the HTML view hides the links.
/// </summary>
public sealed class PrintableRequestTests
{
    private const string Marriage = "etat-civil.dossier-mariage";
    private const string RoomBooking = "vie-culturelle.reservation-salle-associative";
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-printable-" + Guid.NewGuid().ToString("N")[..8]);

    [OneTimeSetUp]
    public void CreateWorkFolder() => Directory.CreateDirectory(Work);

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    /// <summary>A field expected in a section: its label and the lines of its value.</summary>
    public sealed record Expected(string Section, string Label, params string[] Lines);

    private static string Query(string number, string code) => $"dossier={Uri.EscapeDataString(number)}&code={Uri.EscapeDataString(code)}";

    private static async Task<(HttpStatusCode Status, string? ContentType, System.Net.Http.Headers.ContentDispositionHeaderValue? Disposition, byte[] Body)>
        Get(string pathAndQuery)
    {
        using var response = await Infrastructure.Soap.Http.GetAsync(SharedHost.Host.BaseUrl + pathAndQuery);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition,
            await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>pdftotext -layout, every run of white space made one space: a label and its value read « label value ».</summary>
    private static string PdfText(byte[] pdf, string name)
    {
        var file = Path.Combine(Work, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        return Regex.Replace(Tool.Succeed("pdftotext", "-layout", "-enc", "UTF-8", file, "-"), @"\s+", " ");
    }

    private static async Task<string> DownloadedPdfText(string number, string code)
    {
        var (status, type, disposition, body) = await Get($"/suivi/demande.pdf?{Query(number, code)}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(type, Is.EqualTo("application/pdf"));
        Assert.That(disposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(disposition?.FileName?.Trim('"'), Is.EqualTo($"demande-{number}.pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString(body, 0, 5), Is.EqualTo("%PDF-"));
        return PdfText(body, number);
    }

    private static async Task<XDocument> RequestView(string number, string code)
    {
        var (status, type, _, body) = await Get($"/suivi/demande?{Query(number, code)}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(type, Is.EqualTo("text/html"));
        return Html.Parse(System.Text.Encoding.UTF8.GetString(body));
    }

    /// <summary>The lines of a dd: its text split at each br.</summary>
    private static string[] Lines(XElement dd)
    {
        var lines = new List<string> { "" };
        foreach (var node in dd.Nodes())
            if (node is XElement { Name.LocalName: "br" }) lines.Add("");
            else lines[^1] += node is XElement e ? e.Value : ((XText)node).Value;
        return lines.ToArray();
    }

    /// <summary>Each section of the HTML view (heading text) with its fields (dt, dd lines), in page order.</summary>
    private static List<(string Heading, string Tag, List<(string Label, string[] Lines)> Fields)> Sections(XDocument view) =>
        view.Descendants("section").Where(s => s.HasClass("wsc-request-section"))
            .Select(s =>
            {
                var heading = s.Elements().First();
                return (heading.Value, heading.Name.LocalName, s.Descendants("div").Where(d => d.HasClass("wsc-request-field"))
                    .Select(d => (d.Element("dt")!.Value, Lines(d.Element("dd")!))).ToList());
            })
            .ToList();

    private static void AssertShows(XDocument view, string pdf, IEnumerable<Expected> expected)
    {
        var sections = Sections(view);
        foreach (var e in expected)
        {
            var section = sections.Where(s => s.Heading == e.Section).ToList();
            // The first section of that title (two spouses each have a « Père ou premier parent »).
            Assert.That(section, Is.Not.Empty, $"a section « {e.Section} » in the HTML view");
            Assert.That(section[0].Fields.Where(f => f.Label == e.Label).Select(f => f.Lines), Has.One.EqualTo(e.Lines),
                $"« {e.Label} » in « {e.Section} » (HTML)");

            var heading = pdf.IndexOf(e.Section, StringComparison.Ordinal);
            Assert.That(heading, Is.GreaterThanOrEqualTo(0), $"section « {e.Section} » in the PDF");
            Assert.That(pdf.IndexOf($"{e.Label} {string.Join(' ', e.Lines)}", heading, StringComparison.Ordinal), Is.GreaterThan(heading),
                $"« {e.Label} » then its value after « {e.Section} » in the PDF");
        }
    }

    /// <summary>The facts of the dossier, in the HTML view and the PDF.</summary>
    private static void AssertFacts(XDocument view, string pdf, string number, string title, string step)
    {
        Assert.That(view.Descendants("h1").Single().Value, Is.EqualTo(title));
        var facts = view.Descendants("div").Where(d => d.HasClass("wsc-fact"))
            .ToDictionary(d => d.Element("dt")!.Value, d => d.Element("dd")!.Value);
        Assert.That(facts["Numéro de dossier"], Is.EqualTo(number));
        Assert.That(facts["Commune"], Is.EqualTo("Orléans"));
        Assert.That(facts["Date de la demande"], Does.Match(@"^\d{2}/\d{2}/20\d{2} à \d{2} h \d{2}$"));
        Assert.That(facts["Étape actuelle"], Is.EqualTo(step));

        Assert.That(pdf, Does.Contain(title).And.Contain($"Numéro de dossier {number}").And.Contain("Commune Orléans")
            .And.Contain($"Étape actuelle {step}").And.Contain($"Demande N° {number}"));
        Assert.That(pdf, Does.Match(@"Date de la demande \d{2}/\d{2}/20\d{2} à \d{2} h \d{2}"));
        Assert.That(pdf, Does.Match(@"Page 1 / \d"));
        Assert.That(Regex.Match(pdf, @"Page (\d+) / (\d+)\s*$").Groups.Cast<Group>().Skip(1).Select(g => g.Value).Distinct().Count(), Is.EqualTo(1),
            "the last page says Page N / N");
    }

    [Test]
    public async Task The_birth_certificate_prints_with_labels_and_values_as_a_citizen_reads_them_in_html_and_pdf()
    {
        var (number, code) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());

        var view = await RequestView(number, code);
        var pdf = await DownloadedPdfText(number, code);

        AssertFacts(view, pdf, number, "Demande d'acte de naissance", "Demande initiale");
        AssertShows(view, pdf,
        [
            new("Votre demande", "Document demandé", "Copie intégrale"),
            new("Votre demande", "Vous êtes", "La personne concernée par l'acte"),
            new("Votre demande", "Motif de la demande", "Non renseigné"),
            new("Votre demande", "Nombre d'exemplaires", "1"),
            new("Personne dont l'acte est demandé", "Nom de naissance", "Lefèvre"),
            new("Personne dont l'acte est demandé", "Prénoms", "Anne Marie"),
            new("Personne dont l'acte est demandé", "Date de naissance", "12/04/1985"),
            new("Père ou premier parent", "Prénoms", "Henri"),
            new("Mère ou second parent", "Nom de naissance", "Roux"),
            new("Vos coordonnées", "Adresse postale", "12 bis rue de Bourgogne", "45000 Orléans"),
            new("Vos coordonnées", "Téléphone", "02 38 00 00 00"),
        ]);
        Assert.That(Sections(view).Select(s => s.Heading), Is.EqualTo(new[]
            { "Votre demande", "Personne dont l'acte est demandé", "Père ou premier parent", "Mère ou second parent", "Vos coordonnées" }),
            "the form's order");
        // Codes and ISO dates are for machines: the citizen reads labels and French dates.
        foreach (var raw in new[] { "COPIE_INTEGRALE", "TITULAIRE", "1985-04-12" })
        {
            Assert.That(pdf, Does.Not.Contain(raw));
            Assert.That(view.Root!.Value, Does.Not.Contain(raw));
        }

        var info = Tool.Succeed("pdfinfo", Path.Combine(Work, number + ".pdf"));
        Assert.That(info, Does.Match($@"Title:\s+Demande N° {number} – Demande d'acte de naissance"));
        Assert.That(info, Does.Match(@"Author:\s+Orléans"));
        Assert.That(info, Does.Match(@"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)"));
    }

    [Test]
    public async Task The_marriage_file_prints_each_witness_in_his_own_section_and_lists_the_documents_that_apply()
    {
        var definition = Definitions.Get(Marriage);
        var request = Definitions.Sample(Marriage);
        Definitions.At(request, "temoins[1].nom").Value = "Moreau";
        Definitions.At(request, "temoins[2].nom").Value = "Delacroix";
        Definitions.At(request, "temoins[2].dateNaissance").Value = "1970-06-30";
        Definitions.At(request, "temoins[2].adresse.voie").Value = "rue Bannier";
        Definitions.At(request, "epoux1.parent1.nom").Value = "Girard";
        var wish = Definitions.At(request, "celebration.dateSouhaitee").Value;
        var (number, code) = await Requests.SubmitAsync(Marriage, request);

        var view = await RequestView(number, code);
        var pdf = await DownloadedPdfText(number, code);

        AssertFacts(view, pdf, number, definition.Title, definition.InitialStep.CitizenLabel);
        var frenchWish = DateOnly.ParseExact(wish, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        AssertShows(view, pdf,
        [
            new("Célébration souhaitée", "Date souhaitée", frenchWish),
            new("Célébration souhaitée", "Lien avec la commune du mariage", "Domicile de l'un des futurs époux"),
            new("Père ou premier parent", "Nom", "Girard"),
            new("Témoins – n° 1", "Nom", "Moreau"),
            new("Témoins – n° 2", "Nom", "Delacroix"),
            new("Témoins – n° 2", "Date de naissance", "30/06/1970"),
            new("Témoins – n° 2", "Domicile", "1 rue Bannier", "Bâtiment A", "45000 Orléans"),
        ]);
        var headings = Sections(view).Select(s => (s.Heading, s.Tag)).ToList();
        Assert.That(headings, Does.Contain(("Témoins – n° 1", "h2")).And.Contain(("Témoins – n° 2", "h2")));
        Assert.That(headings, Does.Not.Contain(("Témoins – n° 3", "h2")), "only the witnesses sent");
        Assert.That(headings, Does.Contain(("Père ou premier parent", "h3")), "a group inside a group is one level down");
        Assert.That(pdf.IndexOf("Témoins – n° 1", StringComparison.Ordinal), Is.LessThan(pdf.IndexOf("Témoins – n° 2", StringComparison.Ordinal)));

        // Documents: the witnesses' ID each, the spouses' required ones; none whose condition does not hold
        // (French spouses need no certificate of custom, no parent's domicile was given).
        var documents = view.Descendants("ul").Single(u => u.HasClass("wsc-request-document-list")).Elements("li").Select(li => li.Value).ToList();
        Assert.That(documents, Has.Some.StartsWith("Pièce d'identité du témoin (pièce obligatoire)Pour : Témoins – n° 2"));
        Assert.That(documents, Has.Some.StartsWith("Pièce d'identité (pièce obligatoire)Pour : Premier futur époux"));
        Assert.That(documents, Has.None.Contains("Certificat de coutume"));
        Assert.That(documents, Has.None.Contains("Justificatif de domicile du parent"));
        Assert.That(pdf, Does.Contain("Pièces justificatives à fournir").And.Contain("Pièce d'identité du témoin (pièce obligatoire) Pour : Témoins – n° 2"));
        Assert.That(pdf, Does.Not.Contain("Certificat de coutume"));
    }

    [Test]
    public async Task The_room_booking_prints_its_slot_its_choices_and_its_yes_or_no_answers()
    {
        var request = Definitions.Sample(RoomBooking);
        Definitions.At(request, "entreePayante").Value = "true";
        Definitions.At(request, "materiel.sonorisation").Value = "false";
        Definitions.At(request, "association.nom").Value = "Les Amis du Loiret";
        var slot = Definitions.At(request, "creneau");
        var day = DateOnly.ParseExact(slot.Element(Infrastructure.Soap.Tns + "date")!.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        slot.Element(Infrastructure.Soap.Tns + "debut")!.Value = "14:30";
        slot.Element(Infrastructure.Soap.Tns + "fin")!.Value = "23:00";
        var (number, code) = await Requests.SubmitAsync(RoomBooking, request);

        var view = await RequestView(number, code);
        var pdf = await DownloadedPdfText(number, code);

        AssertShows(view, pdf,
        [
            new("Association", "Nom de l'association", "Les Amis du Loiret"),
            new("Votre demande", "Type de salle", "Salle de réunion"),
            new("Votre demande", "Date et horaires d'utilisation", $"le {day:dd'/'MM'/'yyyy} de 14:30 à 23:00"),
            new("Votre demande", "Entrée payante", "Oui"),
            new("Matériel souhaité (facultatif)", "Sonorisation", "Non"),
            new("Matériel souhaité (facultatif)", "Vidéoprojecteur et écran", "Oui"),
            new("Autres informations", "Observations", "Texte d'exemple saisi par l'usager."),
        ]);
        var documents = view.Descendants("ul").Single(u => u.HasClass("wsc-request-document-list")).Elements("li").Select(li => li.Value).ToList();
        Assert.That(documents, Has.One.StartsWith("Attestation d'assurance responsabilité civile (pièce obligatoire)"));
        Assert.That(pdf, Does.Contain("Attestation d'assurance responsabilité civile (pièce obligatoire)"));
    }

    [Test]
    public async Task The_tracking_page_links_to_the_printable_request_and_to_its_pdf()
    {
        var (number, code) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest("EXTRAIT_SANS_FILIATION"));
        var tracking = Html.Parse(System.Text.Encoding.UTF8.GetString((await Get($"/suivi?{Query(number, code)}")).Body));

        var links = tracking.Descendants("nav").Single(n => n.HasClass("wsc-request-links")).Descendants("a")
            .ToDictionary(a => a.Value, a => (string)a.Attribute("href")!);

        Assert.That(links["Consulter et imprimer votre demande"], Is.EqualTo($"/suivi/demande?{Query(number, code)}"));
        Assert.That(links["Télécharger votre demande (PDF)"], Is.EqualTo($"/suivi/demande.pdf?{Query(number, code)}"));
        Assert.That((await Get(links["Consulter et imprimer votre demande"])).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Get(links["Télécharger votre demande (PDF)"])).ContentType, Is.EqualTo("application/pdf"));
    }

    /// <summary>The three pages of a dossier carry its tracking code in their address: no cache keeps them, no other site learns it.</summary>
    [TestCase("/suivi")]
    [TestCase("/suivi/demande")]
    [TestCase("/suivi/demande.pdf")]
    public async Task The_pages_of_a_dossier_are_kept_by_no_cache_and_their_address_is_sent_to_no_other_site(string page)
    {
        var (number, code) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest("EXTRAIT_SANS_FILIATION"));

        using var response = await Infrastructure.Soap.Http.GetAsync($"{SharedHost.Host.BaseUrl}{page}?{Query(number, code)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
    }

    /// <summary>
    /// Whoever does not hold the code learns nothing: a wrong code for an existing dossier, a well-formed
    /// number that does not exist and a malformed one get the very same 404 page on all three addresses.
    /// </summary>
    [Test]
    public async Task A_wrong_tracking_code_gets_the_same_404_as_an_unknown_number_on_the_view_and_the_pdf()
    {
        var (number, code) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        var wrongCode = TrackingCode.NewCode();
        var unknownNumber = DossierNumber.NewNumber();
        Assert.That(unknownNumber, Is.Not.EqualTo(number));

        var answers = new List<(string Address, HttpStatusCode Status, string? Type, string Body)>();
        foreach (var address in new[] { "/suivi", "/suivi/demande", "/suivi/demande.pdf" })
            foreach (var query in new[] { Query(number, wrongCode), Query(unknownNumber, code), Query("ZZZ-ZZZ-ZZZ", code) })
            {
                var (status, type, _, body) = await Get($"{address}?{query}");
                answers.Add(($"{address}?{query}", status, type, System.Text.Encoding.UTF8.GetString(body)));
            }

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.NotFound), string.Join("\n", answers.Select(a => $"{a.Address} {a.Status}")));
        Assert.That(answers.Select(a => a.Type), Is.All.EqualTo("text/html"));
        Assert.That(answers.Select(a => a.Body).Distinct().Count(), Is.EqualTo(1), "one and the same page");
        Assert.That(answers[0].Body, Does.Contain("Dossier introuvable").And.Not.Contain(number));
        // And the right pair does open them.
        Assert.That((await Get($"/suivi/demande.pdf?{Query(number, code)}")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>Printed by Chromium with print.css: the request is on paper, the links and the skip link are not.</summary>
    [Test]
    public async Task Printing_the_html_view_shows_the_request_without_its_links()
    {
        var (number, code) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        var url = $"{SharedHost.Host.BaseUrl}/suivi/demande?{Query(number, code)}";
        var file = Path.Combine(Work, "printed-" + number + ".pdf");

        Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "print_pdf.mjs"), url, file);
        var printed = PdfText(File.ReadAllBytes(file), "printed-again-" + number);
        // pdftotext's layout may cut a run of text anywhere at a column boundary ("XFY-7RC -UVN", "33W-T TK-E9N"):
        // the number is looked for with the blanks removed.
        var withoutBlanks = System.Text.RegularExpressions.Regex.Replace(printed, @"\s+", "");

        Assert.That(printed, Does.Contain("Demande d'acte de naissance").And.Contain("Copie intégrale").And.Contain("12/04/1985"));
        Assert.That(withoutBlanks, Does.Contain(number));
        Assert.That(printed, Does.Not.Contain("Télécharger la demande").And.Not.Contain("Suivre le dossier").And.Not.Contain("Aller au contenu"));
        var onScreen = System.Text.Encoding.UTF8.GetString((await Get($"/suivi/demande?{Query(number, code)}")).Body);
        Assert.That(onScreen, Does.Contain("Télécharger la demande (PDF)").And.Contain("Aller au contenu"), "the links are on the screen");
    }

    [Test]
    public void Without_the_dejavu_fonts_the_pdf_setup_says_what_to_install()
    {
        var empty = Directory.CreateDirectory(Path.Combine(Work, "no-fonts")).FullName;

        var error = Assert.Throws<FileNotFoundException>(() => _ = new DejaVuFontResolver(empty))!;

        Assert.That(error.Message, Does.Contain(Path.Combine(empty, "DejaVuSans.ttf")).And.Contain("fonts-dejavu-core").And.Contain("Pdf__FontFolder"));
    }

    private static FieldDefinition Field(FieldType type, params EnumOption[] options) =>
        new("champ", "champ", "Champ", null, false, type, null, null, null, null, options, null, false, false, null);

    private static XElement Element(string xml) => XElement.Parse($"<champ xmlns=\"{Infrastructure.Soap.Ns}\">{xml}</champ>");

    /// <summary>Every field type, as the citizen reads it (the same lines go to the HTML view and to the PDF).</summary>
    [TestCase(FieldType.Boolean, "false", "Non")]
    [TestCase(FieldType.Boolean, "1", "Oui")]
    [TestCase(FieldType.Date, "2027-03-12", "12/03/2027")]
    [TestCase(FieldType.Money, "150.5", "150,50 €")]
    [TestCase(FieldType.Decimal, "47.9025", "47,9025")]
    [TestCase(FieldType.Time, "08:30", "08:30")]
    [TestCase(FieldType.Enum, "B", "Option B")]
    [TestCase(FieldType.FreeText, "Première ligne\nSeconde ligne", "Première ligne|Seconde ligne")]
    [TestCase(FieldType.TimeSlot, "<date>2027-03-12</date><debut>14:00</debut><fin>16:00</fin>", "le 12/03/2027 de 14:00 à 16:00")]
    [TestCase(FieldType.GeoPoint, "<latitude>47.9029</latitude><longitude>-1.9052</longitude>", "Latitude 47,9029 ; longitude -1,9052")]
    [TestCase(FieldType.PostalAddress, "<voie>place de l'Étape</voie><codePostal>45000</codePostal><commune>Orléans</commune>", "place de l'Étape|45000 Orléans")]
    public void Each_field_type_reads_as_a_citizen_reads_it(FieldType type, string xml, string expected)
    {
        var field = Field(type, new EnumOption("A", "Option A"), new EnumOption("B", "Option B"));

        Assert.That(string.Join('|', PrintableRequest.Lines(field, Element(xml))), Is.EqualTo(expected));
        Assert.That(PrintableRequest.Lines(field, null), Is.Empty, "a field left blank has no line");
    }
}
