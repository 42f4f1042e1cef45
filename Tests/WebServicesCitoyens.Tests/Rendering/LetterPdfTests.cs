using System.Text.RegularExpressions;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>
/// A generated document as a PDF, read back with poppler's pdftotext and pdfinfo: the letterhead, the
/// place and date flush right, the title, the dossier's reference, a body long enough for several pages
/// with none of its paragraphs lost, « Page X / Y – Dossier n° … » at the foot of every page, and the
/// metadata.
/// </summary>
public sealed class LetterPdfTests
{
    private const string Number = "K7M-XR4-TWC";
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-letters-" + Guid.NewGuid().ToString("N")[..8]);

    [OneTimeSetUp]
    public void Setup()
    {
        PdfSetup.Configure(DejaVuFontResolver.DefaultFolder);
        Directory.CreateDirectory(Work);
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    private static string WritePdf(Letter letter, string name)
    {
        var file = Path.Combine(Work, name + ".pdf");
        File.WriteAllBytes(file, LetterPdf.Render(letter));
        return file;
    }

    /// <summary>pdftotext -layout; its pages are separated by form feeds.</summary>
    private static string PdfText(string file) => Tool.Succeed("pdftotext", "-layout", "-enc", "UTF-8", file, "-");

    private static string OneSpaced(string text) => Regex.Replace(text, @"\s+", " ");

    // pdftotext's layout may cut a run of text at a column boundary ("33W-T TK-E9N"): the number is looked for without blanks.
    private static string WithoutBlanks(string text) => Regex.Replace(text, @"\s+", "");

    [Test]
    public void A_long_letter_runs_over_several_pages_each_with_its_foot_and_keeps_every_paragraph()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i =>
            $"Paragraphe {i}. Nous accusons réception de votre demande ; la pièce justificative fournie a été examinée "
            + "par le service de l'état civil, qui vérifie l'exactitude des éléments déclarés avant de délivrer l'acte.");
        var template = new DocumentTemplate("lettre-accompagnement", "Lettre d'accompagnement",
            "Madame, Monsieur {champ:personne.nom},\n\nVotre dossier n° {numero} a été reçu.\n\n"
            + string.Join("\n\n", paragraphs)
            + "\n\nNous vous prions d'agréer, {demandeur}, l'expression de nos salutations distinguées.\n\nLe Maire,\nSerge Grouard");
        var body = template.RenderBody(
            new Dictionary<string, string> { ["numero"] = Number, ["demandeur"] = "Madame Lefèvre" },
            path => path == "personne.nom" ? "Lefèvre" : null);
        var file = WritePdf(new Letter("Orléans", "Hôtel de Ville, place de l'Étape\n45000 Orléans", Number,
            "Lettre d'accompagnement", LetterTexts.PlaceAndDate("Orléans", new DateOnly(2026, 11, 23)), body,
            "Demande d'acte de naissance"), "long");

        var raw = PdfText(file);
        var text = OneSpaced(raw);
        Assert.That(text.TrimStart(), Does.StartWith(
            "Orléans Hôtel de Ville, place de l'Étape 45000 Orléans Orléans, le 23/11/2026 Lettre d'accompagnement "));
        Assert.That(raw, Does.Match(@"(?m)^ {20,}Orléans, le 23/11/2026\s*$"), "the place and date flush right");
        Assert.That(text, Does.Contain("Madame, Monsieur Lefèvre,"));
        Assert.That(WithoutBlanks(text), Does.Contain($"Dossiern°{Number}–Demanded'actedenaissance"));
        Assert.That(text, Does.Contain("l'exactitude des éléments déclarés avant de délivrer l'acte"));
        Assert.That(text, Does.Contain("Nous vous prions d'agréer, Madame Lefèvre, l'expression de nos salutations distinguées."));
        Assert.That(raw, Does.Match(@"(?m)^\s*Le Maire,\s*\n\s*Serge Grouard"), "a single line break is kept");
        var order = Enumerable.Range(1, 40).Select(i => text.IndexOf($"Paragraphe {i}.", StringComparison.Ordinal)).ToList();
        Assert.That(order, Has.None.EqualTo(-1).And.Ordered, "every paragraph, in order, across the page breaks");

        var count = int.Parse(Regex.Match(text, @"Page 1 / (\d+)").Groups[1].Value);
        Assert.That(count, Is.GreaterThan(1));
        var pages = raw.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.That(pages, Has.Count.EqualTo(count));
        for (var i = 0; i < count; i++)
            Assert.That(WithoutBlanks(pages[i]), Does.EndWith($"Page{i + 1}/{count}–Dossiern°{Number}"), $"the foot of page {i + 1}");

        var info = Tool.Succeed("pdfinfo", file);
        Assert.That(info, Does.Match($@"Title:\s+Lettre d'accompagnement – Dossier n° {Number}"));
        Assert.That(info, Does.Match(@"Author:\s+Orléans"));
        Assert.That(info, Does.Match(@"Subject:\s+Demande d'acte de naissance"));
        Assert.That(info, Does.Match($@"Pages:\s+{count}\b"));
        Assert.That(info, Does.Match(@"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)"));
    }

    [Test]
    public void A_short_certificate_without_header_text_is_one_page()
    {
        var file = WritePdf(new Letter("Saint-Jean-de-Braye", null, Number, "Certificat d'inscription", "Saint-Jean-de-Braye, le 02/03/2027",
            "Le Maire certifie que l'enfant est inscrit à l'école élémentaire.", "Inscription scolaire"), "short");

        var text = OneSpaced(PdfText(file));
        Assert.That(text, Does.Contain("Certificat d'inscription").And.Contain("inscrit à l'école élémentaire"));
        Assert.That(WithoutBlanks(text), Does.Contain($"Page1/1–Dossiern°{Number}"));
        Assert.That(Tool.Succeed("pdfinfo", file), Does.Match(@"Pages:\s+1\b"));
    }
}
