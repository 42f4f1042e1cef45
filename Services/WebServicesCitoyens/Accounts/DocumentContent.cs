namespace WebServicesCitoyens.Accounts;

/// <summary>
/// What a document is, read from its first bytes and never from its name: PDF (<c>%PDF-</c>), JPEG
/// (<c>FF D8 FF</c>) or PNG (<c>89 50 4E 47 0D 0A 1A 0A</c>); anything else is refused. The name a
/// citizen gives keeps no folder and gets the extension of what the content is.
/// </summary>
public static class DocumentContent
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    public static readonly IReadOnlyList<string> MediaTypes = [Pdf, Jpeg, Png];

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The media type the content is, or null when it is none of those accepted.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? Pdf
        : content.StartsWith(PngMagic) ? Png
        : content.StartsWith(JpegMagic) ? Jpeg
        : null;

    /// <summary>The short name citizens know a type by: PDF, JPEG, PNG.</summary>
    public static string Label(string mediaType) => mediaType switch
    {
        Pdf => "PDF",
        Jpeg => "JPEG",
        Png => "PNG",
        _ => mediaType,
    };

    private static string Extension(string mediaType) => mediaType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        _ => "",
    };

    private static bool FitsExtension(string mediaType, string extension) => mediaType switch
    {
        Pdf => extension is ".pdf",
        Jpeg => extension is ".jpg" or ".jpeg",
        Png => extension is ".png",
        _ => false,
    };

    public const int MaxFileNameLength = 255;

    /// <summary>
    /// The name to keep: the last part of what was given (no folder), without control or reserved
    /// characters, at most 255 characters, ending with the extension of what the content is
    /// (<c>scan.pdf</c> holding a PNG is kept as <c>scan.png</c>).
    /// </summary>
    public static string FileNameFor(string? given, string mediaType)
    {
        var name = (given ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray())
            .Trim().Trim('.').Trim();
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = FitsExtension(mediaType, extension) ? name[..^extension.Length] : StripExtension(name);
        if (stem.Trim().Length == 0) stem = "document";
        var wanted = FitsExtension(mediaType, extension) ? name[^extension.Length..] : Extension(mediaType);
        if (stem.Length + wanted.Length > MaxFileNameLength) stem = stem[..(MaxFileNameLength - wanted.Length)];
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem + wanted;
    }

    /// <summary>The name without a short extension (<c>.pdf</c>, <c>.exe</c>); a long tail after a dot is part of the name.</summary>
    private static string StripExtension(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length is > 1 and <= 6 ? name[..^extension.Length] : name;
    }
}
