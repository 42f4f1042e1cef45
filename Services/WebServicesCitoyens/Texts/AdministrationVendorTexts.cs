namespace WebServicesCitoyens.Texts;

/// <summary>
/// French texts of the administrators' page of the commune's software (<c>/gestion/administration/logiciels</c>):
/// the vendor clients calling Flux.svc, their secret shown once, and their webhook deliveries.
/// </summary>
public static class AdministrationVendorTexts
{
    public const string SecretWarning =
        "Copiez ce secret maintenant et transmettez-le à l'éditeur du logiciel par un canal sûr : il ne sera plus jamais affiché. " +
        "La plateforme ne le garde que chiffré, pour signer les rappels, et ne sait plus l'afficher ; s'il est perdu, renouvelez-le.";

    public static string SecretHeading(string client) => $"Secret du logiciel « {client} »";

    public static string Done(string operation) => operation switch
    {
        "revoquer" => "Le logiciel est révoqué : ses appels sont désormais refusés ; ce qu'il a fait reste dans l'historique des dossiers.",
        _ => "",
    };

    public const string Registered = "Le logiciel est enregistré.";
    public static string AlreadyRegistered(string client) =>
        $"Le logiciel « {client} » est déjà enregistré par ce formulaire (la page a été envoyée de nouveau) : aucun autre n'a été créé. "
        + "Son secret n'est affiché qu'une fois, à l'enregistrement ; s'il est perdu, renouvelez-le.";
    public const string WebhooksNeedNewSecret =
        "Rappels suspendus : ce logiciel a été enregistré avant que la plateforme ne garde les secrets chiffrés pour signer les rappels. "
        + "Renouvelez son secret (et transmettez le nouveau à l'éditeur) pour qu'il les reçoive ; les rappels en attente partiront alors.";
    public const string Rotated = "Le secret est renouvelé : l'ancien est refusé dès maintenant.";

    public const string NoCallback = "Aucune (le logiciel interroge la plateforme)";
    public static string CallbackState(long failures, string? disabledAt) => disabledAt is not null
        ? $"désactivée après {failures} échecs consécutifs (le logiciel la réactive en la déclarant de nouveau)"
        : failures > 0 ? $"active, {failures} échec(s) consécutif(s)" : "active";

    public const string Delivered = "Livrée";
    public const string Failed = "Échec";
}
