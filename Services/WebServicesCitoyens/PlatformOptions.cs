using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens;

/// <summary>What the whole platform shares: the catalogue and the public address citizens are sent to.</summary>
public sealed class PlatformOptions(ProcedureCatalogue catalogue, string publicUrl)
{
    public ProcedureCatalogue Catalogue { get; } = catalogue;

    /// <summary>Base address of the platform as citizens reach it, without a trailing slash.</summary>
    public string PublicUrl { get; } = publicUrl.TrimEnd('/');

    public string TrackingUrl(string dossierNumber, string trackingCode) =>
        $"{PublicUrl}/suivi?dossier={Uri.EscapeDataString(dossierNumber)}&code={Uri.EscapeDataString(trackingCode)}";
}
