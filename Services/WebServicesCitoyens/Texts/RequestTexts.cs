namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the submitted request, printable (HTML view and PDF).</summary>
public static class RequestTexts
{
    public const string Yes = "Oui";
    public const string No = "Non";
    public const string NotAnswered = "Non renseigné";
    /// <summary>The title of the fields that stand outside any group, before the first group or between groups.</summary>
    public const string RequestSection = "Votre demande";
    public const string OtherSection = "Autres informations";
    public static string Continued(string title) => $"{title} (suite)";
    /// <summary>The title of one instance of a repeated group: « Témoins – n° 1 ».</summary>
    public static string Instance(string groupLabel, int rank) => $"{groupLabel} – n° {rank}";
    /// <summary>A slot: « le 12/03/2027 de 14:00 à 16:00 ».</summary>
    public static string Slot(string date, string start, string end) => $"le {date} de {start} à {end}";
    public static string Point(string latitude, string longitude) =>
        $"{ValidationTexts.LatitudeLabel} {latitude} ; {ValidationTexts.LongitudeLabel.ToLowerInvariant()} {longitude}";
    /// <summary>A local date and time: « 23/11/2026 à 14 h 05 », as the stylesheets write it.</summary>
    public static string DateTime(DateTime local) =>
        local.ToString("dd'/'MM'/'yyyy' à 'HH' h 'mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Title(string dossierNumber) => $"Demande N° {dossierNumber}";
    public const string DossierNumberLabel = "Numéro de dossier";
    public const string ProcedureLabel = "Démarche";
    public const string CommuneLabel = "Commune";
    public const string SubmittedAtLabel = "Date de la demande";
    public const string CurrentStepLabel = "Étape actuelle";
    public const string TestNotice = "Dossier de test : déposé avec la clé d'aperçu de la commune, il ne sera pas traité.";
    public const string DocumentsTitle = "Pièces justificatives à fournir";
    public const string DocumentsNote = "Ces pièces ne font pas partie de la demande en ligne. La mairie vous indiquera comment les transmettre.";
    public const string RequiredDocument = "pièce obligatoire";
    public const string OptionalDocument = "pièce facultative";
    public static string Concerning(string section) => $"Pour : {section}";
    public static string Page(int number, int count) => $"Page {number} / {count}";
    public const string Footer = "Web Services Citoyens";
    public static string PdfFileName(string dossierNumber) => $"demande-{dossierNumber}.pdf";
    public const string PdfUnavailableTitle = "Document indisponible";
    public const string PdfUnavailable =
        "Le document PDF ne peut pas être produit pour le moment. Vous pouvez imprimer la version en ligne de votre demande.";
}
