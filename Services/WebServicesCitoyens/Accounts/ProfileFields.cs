using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// The citizen's personal data as form items, described once like a procedure's fields: the page
/// form is rendered from them by form.xsl, the posted form is read and checked through them, and the
/// published schema's Profil type (citizen-account.xsd) mirrors them, which a test checks.
/// </summary>
public static class ProfileFields
{
    public static readonly IReadOnlyList<FormItem> Items =
    [
        Group("identite", ProfileTexts.IdentityLabel, ProfileTexts.IdentityHelp,
        [
            Field("identite", "nomNaissance", ProfileTexts.BirthNameLabel, FieldType.Text, maxLength: 80, autocomplete: "family-name"),
            Field("identite", "nomUsage", ProfileTexts.UsageNameLabel, FieldType.Text, maxLength: 80, help: ProfileTexts.UsageNameHelp),
            Field("identite", "prenoms", ProfileTexts.GivenNamesLabel, FieldType.Text, maxLength: 120, autocomplete: "given-name", help: ProfileTexts.GivenNamesHelp),
            Field("identite", "sexe", ProfileTexts.SexLabel, FieldType.Enum, autocomplete: "sex",
                options: [new("F", ProfileTexts.Female), new("M", ProfileTexts.Male)]),
            Field("identite", "dateNaissance", ProfileTexts.BirthDateLabel, FieldType.Date, min: "1900-01-01", max: "today", autocomplete: "bday"),
            Field("identite", "communeNaissance", ProfileTexts.BirthPlaceLabel, FieldType.CommuneCode, help: ProfileTexts.BirthPlaceHelp),
            Field("identite", "paysNaissance", ProfileTexts.BirthCountryLabel, FieldType.Text, maxLength: 5, pattern: "[0-9]{5}", example: "99100",
                help: ProfileTexts.BirthCountryHelp),
        ]),
        Field("", "adresse", ProfileTexts.AddressLabel, FieldType.PostalAddress),
        Field("", "telephone", ProfileTexts.PhoneLabel, FieldType.Phone, autocomplete: "tel"),
        new GroupDefinition("membres", "membres", ProfileTexts.MembersLabel, ProfileTexts.MembersHelp, false,
        [
            Field("membres", "lien", ProfileTexts.RelationLabel, FieldType.Enum, required: true,
                options: [new("CONJOINT", ProfileTexts.Spouse), new("ENFANT", ProfileTexts.Child), new("AUTRE", ProfileTexts.Other)]),
            Field("membres", "nom", ProfileTexts.MemberNameLabel, FieldType.Text, required: true, maxLength: 80),
            Field("membres", "prenoms", ProfileTexts.GivenNamesLabel, FieldType.Text, required: true, maxLength: 120),
            Field("membres", "dateNaissance", ProfileTexts.BirthDateLabel, FieldType.Date, min: "1900-01-01", max: "today"),
        ], MinOccurs: 0, MaxOccurs: 10),
    ];

    private static GroupDefinition Group(string name, string label, string help, IReadOnlyList<FormItem> items) =>
        new(name, name, label, help, false, items);

    private static FieldDefinition Field(string parent, string name, string label, FieldType type, bool required = false,
        int? maxLength = null, string? pattern = null, string? example = null, string? min = null, string? max = null,
        string? autocomplete = null, string? help = null, IReadOnlyList<EnumOption>? options = null) =>
        new(name, parent.Length == 0 ? name : parent + "." + name, label, help, required, type, maxLength, pattern, min, max,
            options ?? [], null, false, false, autocomplete, example);
}
