using System.Globalization;

namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the documents a commune generates for a dossier (letters, certificates), in PDF.</summary>
public static class LetterTexts
{
    /// <summary>
    /// « Dossier n° K7M-XR4-TWC »; a no-break space after « n° », as French typography wants, and so
    /// that the number never goes to the next line without its « n° ».
    /// </summary>
    public static string Dossier(string dossierNumber) => $"Dossier n°\u00a0{dossierNumber}";
    /// <summary>The reference under the title: « Dossier n° K7M-XR4-TWC – Demande d'acte de naissance ».</summary>
    public static string Reference(string dossierNumber, string procedureTitle) => $"{Dossier(dossierNumber)} – {procedureTitle}";
    /// <summary>The place and date line: « Orléans, le 23/11/2026 ».</summary>
    public static string PlaceAndDate(string place, DateOnly date) =>
        $"{place}, le {date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture)}";
    /// <summary>The PDF's title in its metadata: « Certificat d'inscription – Dossier n° K7M-XR4-TWC ».</summary>
    public static string DocumentTitle(string title, string dossierNumber) => $"{title} – Dossier n° {dossierNumber}";
    /// <summary>The foot of every page: « Page 1 / 3 – Dossier n° K7M-XR4-TWC ».</summary>
    public static string Footer(int page, int count, string dossierNumber) =>
        $"{RequestTexts.Page(page, count)} – {Dossier(dossierNumber)}";
}
