using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// Lays text out from the top of A4 pages down, adding a page when the next block does not fit: the
/// blocks the platform's PDFs are made of (<see cref="RequestPdf"/>, <see cref="LetterPdf"/>), in one
/// style — DejaVu Sans (<see cref="PdfSetup"/>), 2 cm margins, a muted grey, thin rules — and the foot
/// of every page, drawn once the page count is known.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const double Margin = 56.7;          // 2 cm
    private const double FooterHeight = 28;
    private const double LabelShare = 0.38;     // of the text width, for the label column
    private const double CellPadding = 4;
    public static readonly XColor Muted = XColor.FromArgb(0x3a, 0x3a, 0x3a);
    private static readonly XColor Rule = XColor.FromArgb(0xbb, 0xbb, 0xbb);

    private readonly PdfDocument _document;
    private readonly Dictionary<(double, bool), XFont> _fonts = [];
    private XGraphics _gfx = null!;
    private double _y;
    private double _pageHeight;
    private double _width;

    public PdfLayout(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    private double Bottom => _pageHeight - Margin - FooterHeight;

    public XFont Regular(double size) => Font(size, false);
    public XFont Bold(double size) => Font(size, true);

    private XFont Font(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
            _fonts[(size, bold)] = font = new XFont(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        return font;
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        _pageHeight = page.Height.Point;
        _width = page.Width.Point - 2 * Margin;
        _y = Margin;
    }

    public void Space(double points) => _y += points;

    /// <summary>A paragraph across the text width, its lines flush left or (a letter's date) flush right.</summary>
    public void Text(string text, XFont font, XColor colour, bool alignRight = false)
    {
        var lineHeight = font.GetHeight() * 1.15;
        foreach (var line in Wrap(text, font, _width))
        {
            if (_y + lineHeight > Bottom) NewPage();
            _gfx.DrawString(line, font, new XSolidBrush(colour), new XRect(Margin, _y, _width, lineHeight),
                alignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);
            _y += lineHeight;
        }
    }

    /// <summary>A section title, kept with at least two lines of what follows.</summary>
    public void Heading(string title, int level)
    {
        var font = Bold(level <= 2 ? 12.5 : 11);
        var lines = Wrap(title, font, _width);
        var lineHeight = font.GetHeight() * 1.15;
        var before = level <= 2 ? 14 : 9;
        if (_y + before + lines.Count * lineHeight + 3 * Regular(10).GetHeight() > Bottom) NewPage();
        else _y += before;
        foreach (var line in lines)
        {
            _gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, _width, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
        if (level <= 2)
            _gfx.DrawLine(new XPen(XColors.Black, 0.8), Margin, _y + 1, Margin + _width, _y + 1);
        _y += 4;
    }

    /// <summary>An item of a list: its text in bold and a line under it, kept on one page.</summary>
    public void Item(string text, string? detail)
    {
        var font = Bold(10);
        var detailFont = Regular(9.5);
        var lines = Wrap(text, font, _width - 12);
        var details = detail is null ? [] : Wrap(detail, detailFont, _width - 12);
        var lineHeight = font.GetHeight() * 1.2;
        var height = (lines.Count + details.Count) * lineHeight + 2 * CellPadding;
        if (_y + height > Bottom) NewPage();
        _y += CellPadding;
        _gfx.DrawString("•", font, XBrushes.Black, new XRect(Margin, _y, 12, lineHeight), XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            _gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin + 12, _y, _width - 12, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
        foreach (var line in details)
        {
            _gfx.DrawString(line, detailFont, new XSolidBrush(Muted), new XRect(Margin + 12, _y, _width - 12, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
        _y += CellPadding;
    }

    /// <summary>Rows of a label and its value's lines; a row goes to the next page whole when it does not fit.</summary>
    public void Table(IReadOnlyList<(string Label, IReadOnlyList<string> Lines, bool Strong)> rows)
    {
        var labelWidth = _width * LabelShare - 2 * CellPadding;
        var valueWidth = _width * (1 - LabelShare) - 2 * CellPadding;
        var labelFont = Regular(9.5);
        var lineHeight = Regular(10).GetHeight() * 1.2;
        foreach (var (label, lines, strong) in rows)
        {
            var valueFont = strong ? Bold(11) : Regular(10);
            var valueLineHeight = valueFont.GetHeight() * 1.2;
            var labelLines = Wrap(label, labelFont, labelWidth);
            var valueLines = lines.SelectMany(l => Wrap(l, valueFont, valueWidth)).ToList();
            var height = Math.Max(labelLines.Count * lineHeight, valueLines.Count * valueLineHeight) + 2 * CellPadding;
            var labelHeight = labelLines.Count * lineHeight + 2 * CellPadding;
            // A row that fits on a page is not split; a longer one (a long free text) at least starts with its label.
            if ((_y + height > Bottom && height <= Bottom - Margin) || _y + labelHeight > Bottom) NewPage();

            var labelY = _y + CellPadding;
            foreach (var line in labelLines)
            {
                _gfx.DrawString(line, labelFont, new XSolidBrush(Muted),
                    new XRect(Margin + CellPadding, labelY, labelWidth, lineHeight), XStringFormats.TopLeft);
                labelY += lineHeight;
            }
            var valueY = _y + CellPadding;
            var samePage = true;
            foreach (var line in valueLines)
            {
                if (valueY + valueLineHeight > Bottom)
                {
                    NewPage();
                    valueY = _y + CellPadding;
                    samePage = false;
                }
                _gfx.DrawString(line, valueFont, XBrushes.Black,
                    new XRect(Margin + _width * LabelShare + CellPadding, valueY, valueWidth, valueLineHeight), XStringFormats.TopLeft);
                valueY += valueLineHeight;
            }
            _y = (samePage ? Math.Max(labelY, valueY) : valueY) + CellPadding;
            _gfx.DrawLine(new XPen(Rule, 0.5), Margin, _y, Margin + _width, _y);
        }
    }

    /// <summary>Words on lines no wider than <paramref name="width"/>; a word longer than a line is cut.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (_gfx.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (_gfx.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width) cut--;
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    public void Dispose() => _gfx?.Dispose();

    /// <summary>
    /// The foot of every page, once they are all laid out (a page's text may need the page count): a
    /// rule, then <paramref name="left"/> flush left (none when empty) and <paramref name="right"/>
    /// (given the page's number and the count) flush right.
    /// </summary>
    public static void DrawFooters(PdfDocument document, string left, Func<int, int, string> right)
    {
        var footer = new XFont(DejaVuFontResolver.Family, 8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin + 10;
            gfx.DrawLine(new XPen(Rule, 0.5), Margin, y - 6, page.Width.Point - Margin, y - 6);
            if (left.Length > 0)
                gfx.DrawString(left, footer, new XSolidBrush(Muted),
                    new XRect(Margin, y, page.Width.Point - 2 * Margin, 12), XStringFormats.TopLeft);
            gfx.DrawString(right(i + 1, document.PageCount), footer, new XSolidBrush(Muted),
                new XRect(Margin, y, page.Width.Point - 2 * Margin, 12), XStringFormats.TopRight);
        }
    }

    /// <summary>The document's bytes.</summary>
    public static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
