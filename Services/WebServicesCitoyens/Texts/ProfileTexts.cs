namespace WebServicesCitoyens.Texts;

/// <summary>French labels of the citizen's personal data and of its page.</summary>
public static class ProfileTexts
{
    public const string Title = "Mes informations personnelles";
    public const string Summary =
        "Saisies une fois, elles pré-remplissent vos demandes ; vous les vérifiez avant chaque envoi.";
    public const string IdentityLabel = "Identité";
    public const string IdentityHelp = "Telle qu'elle figure sur votre acte de naissance (les champs d'identité de FranceConnect).";
    public const string BirthNameLabel = "Nom de naissance";
    public const string UsageNameLabel = "Nom d'usage";
    public const string UsageNameHelp = "Par exemple le nom d'époux ou d'épouse, s'il est différent du nom de naissance.";
    public const string GivenNamesLabel = "Prénoms";
    public const string GivenNamesHelp = "Tous vos prénoms, dans l'ordre de l'état civil.";
    public const string SexLabel = "Sexe";
    public const string Female = "Féminin";
    public const string Male = "Masculin";
    public const string BirthDateLabel = "Date de naissance";
    public const string BirthPlaceLabel = "Commune de naissance (code INSEE)";
    public const string BirthPlaceHelp = "Pour une naissance en France : le code INSEE de la commune, par exemple 45234 pour Orléans.";
    public const string BirthCountryLabel = "Pays de naissance (code)";
    public const string BirthCountryHelp = "Code officiel géographique du pays : 99100 pour la France.";
    public const string AddressLabel = "Adresse postale";
    public const string PhoneLabel = "Téléphone";
    public const string MembersLabel = "Membres de ma famille";
    public const string MembersHelp = "Conjoint, enfants… : ils pourront être repris dans les demandes qui les concernent.";
    public const string RelationLabel = "Lien";
    public const string Spouse = "Conjoint ou conjointe";
    public const string Child = "Enfant";
    public const string Other = "Autre";
    public const string MemberNameLabel = "Nom";
    public const string Saved = "Vos informations sont enregistrées.";
    public const string SaveButton = "Enregistrer mes informations";
    public const string Prefilled =
        "Certains champs sont pré-remplis avec les informations de votre espace citoyen : vérifiez-les avant d'envoyer la demande.";
}
