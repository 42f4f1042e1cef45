namespace WebServicesCitoyens.Texts;

/// <summary>French texts for the operator: the health probes' reasons and the backup and restore commands.</summary>
public static class OperationsTexts
{
    public const string Ready = "prêt";
    public const string Live = "en vie";

    public const string BackupIsSqlite =
        "Ces commandes sauvegardent et restaurent l'entrepôt SQLite. Sur PostgreSQL, utilisez les outils du serveur "
        + "(pg_dump et pg_restore, ou sauvegarde de base et archivage des WAL) : voir le README, « Exploitation ».";
    public const string StoreUnreachable = "entrepôt injoignable ou illisible";
    public const string MigrationsPending = "migrations non appliquées";
    public const string CatalogueEmpty = "catalogue non chargé";

    public const string BackupUsage = "Usage : backup {fichier} — copie à chaud de l'entrepôt SQLite (Storage:SqlitePath) dans un fichier qui n'existe pas encore.";
    public const string RestoreUsage = "Usage : restore {fichier} — remplace l'entrepôt SQLite (Storage:SqlitePath), hôtes arrêtés, par une sauvegarde vérifiée ; l'ancien est mis de côté.";

    public static string BackupTargetExists(string file) => $"Le fichier {file} existe déjà : une sauvegarde n'écrase jamais un fichier.";
    public static string BackupDone(string file, long dossiers) => $"Sauvegarde écrite : {file} ({dossiers} dossiers, intégrité vérifiée).";
    public static string BackupFailed(string file, string problem) => $"Sauvegarde échouée, fichier {file} supprimé : {problem}";

    public static string RestoreRefusedFile(string file, string problem) => $"Restauration refusée : {file} n'est pas une sauvegarde saine ({problem}). L'entrepôt n'a pas changé.";
    public static string RestoreRefusedInUse(string store) =>
        $"Restauration refusée : un hôte utilise l'entrepôt {store}. Arrêtez tous les hôtes, puis relancez la commande. L'entrepôt n'a pas changé.";
    public static string RestoreSetAside(string aside) => $"Ancien entrepôt mis de côté : {aside}";
    public static string RestoreDone(string store, long dossiers) => $"Entrepôt restauré : {store} ({dossiers} dossiers, intégrité vérifiée).";
}
