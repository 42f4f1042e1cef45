using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Trust;

/// <summary>
/// The signed acknowledgement of receipt of a dossier, as the receipt carries it and /suivi/accuse.xml
/// gives it. Recomputed from the stored dossier rather than stored: every value comes from the dossier
/// row, its procedure version and commune, and the signature is deterministic, so a retried submission
/// (same client request id) gets the very same bytes — as long as the platform keeps its address and seal.
/// </summary>
/// <param name="seal">Lazy: the seal is created on first use, so a host that files nothing never makes a key.</param>
public sealed class Acknowledgements(Lazy<PlatformCertificate> seal, PlatformOptions platform)
{
    public byte[] For(DossierRecord dossier, ProcedureDefinition definition, Commune commune) =>
        AcknowledgementSigner.Sign(AcknowledgementDocument.Build(dossier.Number, definition.Code, definition.Title, commune.Code, commune.Name,
            dossier.SubmittedAt, dossier.RequestHash, platform.TrackingUrl(dossier.Number, dossier.TrackingCode), platform.PublicUrl),
            seal.Value.Certificate);
}
