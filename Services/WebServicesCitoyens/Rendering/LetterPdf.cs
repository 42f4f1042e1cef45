using PdfSharp.Drawing;
using PdfSharp.Pdf;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Rendering;

/// <summary>What a generated document says, ready to print (placeholders already filled).</summary>
/// <param name="CommuneName">The letterhead, and the PDF's author.</param>
/// <param name="CommuneHeaderText">Under the name, muted: address, opening hours; its line breaks are kept. None when null.</param>
/// <param name="DossierNumber">For the reference line and the foot of the pages.</param>
/// <param name="Title">The document's title, e.g. « Certificat d'inscription ».</param>
/// <param name="Date">The place and date line as printed, e.g. « Orléans, le 23/11/2026 » (<see cref="LetterTexts.PlaceAndDate"/>).</param>
/// <param name="Body">Plain text: paragraphs separated by blank lines; a single line break is kept (a signature, an address).</param>
/// <param name="ProcedureTitle">The dossier's procedure, on the reference line and as the PDF's subject.</param>
public sealed record Letter(string CommuneName, string? CommuneHeaderText, string DossierNumber, string Title, string Date,
    string Body, string ProcedureTitle);

/// <summary>
/// A document generated for a dossier (<see cref="Workflow.DocumentTemplate"/>) as an A4 PDF, in the
/// style of <see cref="RequestPdf"/>: the commune's letterhead, the place and date flush right, the
/// title in bold, the dossier's reference, the body's paragraphs wrapped to the width and continued on
/// as many pages as they need, and « Page X / Y – Dossier n° … » at the foot of every page. Title,
/// author, subject and language are set in the document's metadata.
/// Call <see cref="PdfSetup.Configure"/> once before.
/// </summary>
public static class LetterPdf
{
    public static byte[] Render(Letter letter)
    {
        PdfSetup.EnsureReady();
        using var document = new PdfDocument();
        document.Info.Title = LetterTexts.DocumentTitle(letter.Title, letter.DossierNumber);
        document.Info.Author = letter.CommuneName;
        document.Info.Subject = letter.ProcedureTitle;
        document.Info.Creator = RequestTexts.Footer;
        document.Language = "fr-FR";

        using (var layout = new PdfLayout(document))
        {
            layout.Text(letter.CommuneName, layout.Bold(13), XColors.Black);
            foreach (var line in Paragraphs(letter.CommuneHeaderText ?? "").SelectMany(p => p))
                layout.Text(line, layout.Regular(9), PdfLayout.Muted);
            layout.Space(22);
            layout.Text(MessageTemplate.OneLine(letter.Date), layout.Regular(10.5), XColors.Black, alignRight: true);
            layout.Space(22);
            layout.Text(letter.Title, layout.Bold(15), XColors.Black);
            layout.Space(3);
            layout.Text(LetterTexts.Reference(letter.DossierNumber, letter.ProcedureTitle), layout.Regular(10), PdfLayout.Muted);
            layout.Space(20);
            foreach (var paragraph in Paragraphs(letter.Body))
            {
                foreach (var line in paragraph)
                    layout.Text(line, layout.Regular(10.5), XColors.Black);
                layout.Space(8);
            }
        }

        // Now that the page count is known: the foot of every page.
        PdfLayout.DrawFooters(document, "", (page, count) => LetterTexts.Footer(page, count, letter.DossierNumber));
        return PdfLayout.Save(document);
    }

    /// <summary>
    /// The paragraphs of a plain text, each as its lines: a blank line (or one of spaces) separates two,
    /// tabs and other control characters become spaces (the layout breaks lines at spaces only).
    /// </summary>
    private static IEnumerable<IReadOnlyList<string>> Paragraphs(string text)
    {
        var paragraph = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = MessageTemplate.OneLine(raw);
            if (line.Length > 0)
                paragraph.Add(line);
            else if (paragraph.Count > 0)
            {
                yield return paragraph;
                paragraph = [];
            }
        }
        if (paragraph.Count > 0) yield return paragraph;
    }
}
