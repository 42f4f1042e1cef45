using PdfSharp;
using PdfSharp.Fonts;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The DejaVu Sans faces the PDFs are written with, read from the fonts Debian installs with
/// <c>fonts-dejavu-core</c>: PDFsharp's Core build has no fonts of its own on Linux, so every typeface
/// it asks for resolves to these (the PDF embeds the subset it uses).
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private readonly IReadOnlyDictionary<string, byte[]> _faces;

    /// <summary>Reads the faces; fails with the folder, the missing file and the package to install.</summary>
    public DejaVuFontResolver(string folder)
    {
        _faces = new[] { Regular, Bold }.ToDictionary(face => face, face =>
        {
            var file = Path.Combine(folder, face + ".ttf");
            return File.Exists(file)
                ? File.ReadAllBytes(file)
                : throw new FileNotFoundException(
                    $"PDF font {file} not found: install the DejaVu fonts (Debian: apt-get install fonts-dejavu-core) "
                    + "or set Pdf__FontFolder to a folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.", file);
        });
    }

    /// <summary>Any family, bold or not; italic is simulated by PDFsharp (the PDFs use none).</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;
}

/// <summary>
/// PDFsharp's process-wide settings, made once before the first document: the font resolver, and the
/// licence PDFsharp 6.5 requires to be chosen before it writes anything (AGPL-3.0 or commercial;
/// see the README, « Printable request »).
/// </summary>
public static class PdfSetup
{
    private static readonly Lock Gate = new();
    private static string? _fontFolder;

    /// <summary>Whether <see cref="Configure"/> succeeded: the PDFs can be written.</summary>
    public static bool IsReady { get { lock (Gate) return _fontFolder is not null; } }

    /// <summary>
    /// Sets the font resolver over <paramref name="fontFolder"/> and the licence. PDFsharp takes a font
    /// resolver once per process: a second call with the same folder does nothing, another folder fails.
    /// Throws <see cref="FileNotFoundException"/> (with what to install) when the fonts are missing.
    /// </summary>
    public static void Configure(string fontFolder)
    {
        lock (Gate)
        {
            if (_fontFolder is not null)
            {
                if (_fontFolder != fontFolder)
                    throw new InvalidOperationException($"PDFsharp already uses the fonts of {_fontFolder}; it cannot switch to {fontFolder}.");
                return;
            }
            var resolver = new DejaVuFontResolver(fontFolder);
            // PDFsharp 6.5 is dual-licensed and refuses to write a document until a licence is chosen.
            PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = resolver;
            _fontFolder = fontFolder;
        }
    }

    internal static void EnsureReady()
    {
        if (!IsReady)
            throw new InvalidOperationException("PDFsharp is not configured: call PdfSetup.Configure with the DejaVu font folder at start.");
    }
}
