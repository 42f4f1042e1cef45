using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.HostedForms;

/// <summary>
/// How a HostedForms commune receives its dossiers, as its administrators (or the operator) set it:
/// its certificate and its address for dossiers. Rights are the commune settings' own (see
/// <see cref="ConfigurationService.CommuneSettingsAsync"/>): another commune's administrator is
/// refused exactly as for a commune that does not exist.
/// </summary>
public sealed class CommuneReception(ConfigurationService configurations, HostedFormsStore store, TimeProvider clock)
{
    public async Task<(Commune Commune, HostedFormsSettings Reception)> SettingsAsync(Agent by, string communeCode)
    {
        var commune = await configurations.CommuneSettingsAsync(by, communeCode);
        return (commune, await store.SettingsAsync(commune.Code));
    }

    /// <summary>
    /// Checks and keeps the certificate (its public part, DER) and the address; the dossiers that waited leave
    /// encrypted. Any profile may set them: a commune moving to HostedForms sets them first, so that its
    /// first dossier already leaves encrypted.
    /// </summary>
    public async Task<(Commune Commune, HostedFormsSettings Reception)> SetAsync(Agent by, string communeCode, byte[]? certificate, string? dossierEmail)
    {
        var commune = await configurations.CommuneSettingsAsync(by, communeCode);
        var address = AccountService.NormalizeEmail(dossierEmail ?? "", "DossierEmail");
        var (checkedCertificate, error) = CommuneCertificate.Check(certificate ?? [], clock.GetUtcNow());
        if (checkedCertificate is null) throw Refused("Certificate", error!);
        using (checkedCertificate)
            await store.SetAsync(commune.Code, checkedCertificate.RawData, address, clock.GetUtcNow());
        return (commune, await store.SettingsAsync(commune.Code));
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
