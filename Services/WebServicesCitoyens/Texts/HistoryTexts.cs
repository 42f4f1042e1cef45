using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the hash-chained history's verification (the host's verify-history command).</summary>
public static class HistoryTexts
{
    public static string Intact(long dossiers, long events) =>
        $"Historique intègre : {dossiers} dossiers, {events} événements";

    public static string Backfilled(long events) =>
        $"Historique chaîné : {events} événements enregistrés avant le chaînage ont été chaînés.";

    public static string Sealed(long dossiers) =>
        $"Cachet de l'historique : la tête de l'historique de {dossiers} dossiers enregistrés avant le cachet a été scellée.";

    public const string Usage = "Usage : verify-history [--certificate certificat-plateforme.cer]";

    public static string NoStore(string path) => $"Aucun entrepôt de dossiers à l'emplacement {path} (Storage:PostgreSql ou Storage:SqlitePath).";

    public static string Tampered(HistoryBreak found) =>
        $"Historique altéré : dossier {found.DossierNumber}, événement n° {found.Sequence} : {What(found.Fault)}";

    private static string What(HistoryFault fault) => fault switch
    {
        HistoryFault.RequestChanged => "la demande déposée (request_xml) ne correspond plus à son empreinte (request_hash).",
        HistoryFault.MissingSequence => "cet événement manque (séquence interrompue : événement supprimé).",
        HistoryFault.NotChained => "l'événement n'a pas d'empreinte (hash) alors que l'historique est chaîné.",
        HistoryFault.BrokenLink => "le chaînage est rompu : son empreinte précédente (previous_hash) n'est pas celle de l'événement qui le précède "
            + "(événement inséré, supprimé ou déplacé).",
        HistoryFault.HashMismatch => "son empreinte (hash) ne correspond plus à son contenu (événement modifié"
            + " ; pour le premier, ou la demande déposée avec son empreinte).",
        HistoryFault.SealMissing => "le dernier événement ne porte pas le cachet de la plateforme (cachet supprimé).",
        HistoryFault.SealOfAnotherHead => "le cachet de la plateforme porte sur un autre dernier événement "
            + "(derniers événements supprimés, ajoutés ou réécrits hors de la plateforme).",
        HistoryFault.SealInvalid => "le cachet de la plateforme sur le dernier événement n'est pas valide avec le certificat publié "
            + "(cachet falsifié ou fait avec une autre clé).",
        _ => fault.ToString(),
    };
}
