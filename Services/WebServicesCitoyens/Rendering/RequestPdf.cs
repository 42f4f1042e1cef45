using PdfSharp.Drawing;
using PdfSharp.Pdf;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The submitted request as an A4 PDF, drawn with PDFsharp from the same <see cref="PrintableRequest"/>
/// as the HTML view: the commune, the procedure's title, the dossier's facts (number, commune, date,
/// current step), each section as a table of labels and values, the documents to provide, and
/// « Page X / Y » with the dossier number at the foot of every page. Title, author, subject and
/// language are set in the document's metadata. A field's row is never split across two pages
/// (unless it is longer than a page), and a heading never ends a page.
/// Call <see cref="PdfSetup.Configure"/> once before.
/// </summary>
public static class RequestPdf
{
    public static byte[] Render(PrintableRequest request)
    {
        PdfSetup.EnsureReady();
        using var document = new PdfDocument();
        document.Info.Title = $"{RequestTexts.Title(request.DossierNumber)} – {request.Procedure.Title}";
        document.Info.Author = request.Commune.Name;
        document.Info.Subject = request.Procedure.Title;
        document.Info.Creator = RequestTexts.Footer;
        document.Language = "fr-FR";

        using (var layout = new PdfLayout(document))
        {
            layout.Text(request.Commune.Name, layout.Bold(11), PdfLayout.Muted);
            layout.Space(6);
            if (request.Procedure.ThemeLabel.Length > 0)
                layout.Text(request.Procedure.ThemeLabel.ToUpperInvariant(), layout.Bold(8.5), PdfLayout.Muted);
            layout.Text(request.Procedure.Title, layout.Bold(17), XColors.Black);
            layout.Space(8);
            if (request.IsTest)
            {
                layout.Text(RequestTexts.TestNotice, layout.Bold(10), XColors.Black);
                layout.Space(6);
            }
            layout.Table(
            [
                (RequestTexts.DossierNumberLabel, [request.DossierNumber], true),
                (RequestTexts.CommuneLabel, [request.Commune.Name], false),
                (RequestTexts.SubmittedAtLabel, [request.SubmittedAtText], false),
                (RequestTexts.CurrentStepLabel, [request.CurrentStep], false),
            ]);

            foreach (var section in request.Sections)
            {
                layout.Heading(section.Title, section.Level);
                layout.Table(section.Entries.Select(e =>
                    (e.Label, e.Answered ? e.Lines : (IReadOnlyList<string>)[RequestTexts.NotAnswered], false)).ToList());
            }

            if (request.Documents.Count > 0)
            {
                layout.Heading(RequestTexts.DocumentsTitle, 2);
                layout.Text(RequestTexts.DocumentsNote, layout.Regular(9.5), PdfLayout.Muted);
                layout.Space(4);
                foreach (var d in request.Documents)
                    layout.Item($"{d.Label} ({(d.Required ? RequestTexts.RequiredDocument : RequestTexts.OptionalDocument)})",
                        d.Concerning is null ? null : RequestTexts.Concerning(d.Concerning));
            }
        }

        // Now that the page count is known: the foot of every page.
        PdfLayout.DrawFooters(document, $"{RequestTexts.Title(request.DossierNumber)} – {request.Commune.Name}", RequestTexts.Page);
        return PdfLayout.Save(document);
    }
}
