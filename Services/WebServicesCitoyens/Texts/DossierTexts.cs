namespace WebServicesCitoyens.Texts;

/// <summary>French texts about communes, procedures and dossiers shown to citizens, agents and callers.</summary>
public static class DossierTexts
{
    public static string UnknownCommune(string code) =>
        $"Le champ « {ValidationTexts.CommuneCodeLabel} » (CommuneCode) : la commune {code} n'utilise pas Web Services Citoyens.";
    public static string ProcedureNotOffered(string communeName, string procedureTitle) =>
        $"Le champ « {ValidationTexts.CommuneCodeLabel} » (CommuneCode) : {communeName} ne propose pas la démarche « {procedureTitle} ».";
    public static string HandledByCommuneSite(string communeName, string procedureTitle, string? url) =>
        $"Le champ « {ValidationTexts.CommuneCodeLabel} » (CommuneCode) : {communeName} traite la démarche « {procedureTitle} » sur son propre site"
        + (url is null ? "." : $" : {url}");
    public static string RegisterNotServed(string label, string path, string communeName, string procedureTitle, string? url) =>
        $"{ValidationTexts.Field(label, path)} : la demande doit être traitée par la mairie qui détient le registre, {communeName}, "
        + $"qui ne reçoit pas la démarche « {procedureTitle} » par Web Services Citoyens ; adressez-vous directement à elle"
        + (url is null ? "." : $" : {url}");
    public static string ClientRequestIdReused(string id) =>
        $"Le champ « {ValidationTexts.ClientRequestIdLabel} » (ClientRequestId) : l'identifiant « {id} » a déjà servi pour une autre demande auprès de cette commune ; "
        + "utilisez un nouvel identifiant pour une nouvelle demande.";
    public const string DossierNotFound =
        "Aucun dossier ne correspond à ce numéro et à ce code de suivi. Vérifiez le numéro (par exemple K7M-XR4-TWC) et le code reçus avec le récépissé.";
    public const string SubmittedBy = "Dépôt de la demande";
    public const string CitizenActor = "usager";
    public static string InternalError(string correlationId) =>
        $"Une erreur interne est survenue ; rien n'a été enregistré. Communiquez la référence {correlationId} au support.";
}
