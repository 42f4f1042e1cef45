using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// A profile as the values of form controls: for the profile page (identite.prenoms, membres[2].nom),
/// and to pre-fill the applicant group of a procedure's form, matched by the fields' HTML autocomplete
/// tokens (family-name, given-name, bday, sex, email, tel) and postal addresses.
/// </summary>
public static class ProfileValues
{
    /// <summary>Every value of the profile, by the name of its control on the profile page.</summary>
    public static Dictionary<string, string> Of(XElement profile)
    {
        var values = new Dictionary<string, string>();
        void Walk(XElement element, string prefix)
        {
            foreach (var group in element.Elements().GroupBy(e => e.Name))
            {
                var path = System.Text.RegularExpressions.Regex.Replace(prefix, @"\[[0-9]+\]", "") + group.Key.LocalName;
                var repeated = ProcedureDefinition.RepeatedGroupOf(ProfileFields.Items, path + ".") is { } found && found.Path == path;
                var rank = 0;
                foreach (var child in group)
                {
                    var name = prefix + child.Name.LocalName + (repeated ? $"[{++rank}]" : "");
                    if (child.HasElements) Walk(child, name + ".");
                    else if (child.Value.Length > 0) values[name] = child.Value;
                }
            }
        }
        Walk(profile, "");
        return values;
    }

    /// <summary>The values pre-filling a procedure's applicant group from the citizen's profile and account address.</summary>
    public static Dictionary<string, string> Prefill(ProcedureDefinition definition, XElement profile, string email)
    {
        var values = new Dictionary<string, string>();
        if (definition.ApplicantGroup is not { } applicant) return values;
        var mine = Of(profile);
        string? Profile(string path) => mine.GetValueOrDefault(path);

        foreach (var field in Fields(applicant.Items))
        {
            if (field.Type == FieldType.PostalAddress)
            {
                foreach (var part in CompositeFields.PartsOf(field))
                    if (Profile("adresse." + part.Name) is { } line) values[part.Path] = line;
                continue;
            }
            var name = field.Name.ToLowerInvariant();
            var value = field.Autocomplete switch
            {
                "family-name" => name.Contains("naissance") ? Profile("identite.nomNaissance")
                    : Profile("identite.nomUsage") ?? Profile("identite.nomNaissance"),
                "given-name" => name.EndsWith("prenom") ? Profile("identite.prenoms")?.Split(' ')[0] : Profile("identite.prenoms"),
                "bday" => Profile("identite.dateNaissance"),
                "sex" => Profile("identite.sexe"),
                "email" => email,
                "tel" => Profile("telephone"),
                _ => null,
            };
            // A choice list is filled only with one of its own values.
            if (value is not null && (field.Type != FieldType.Enum || field.Options.Any(o => o.Value == value)))
                values[field.Path] = value;
        }
        return values;
    }

    /// <summary>The fields of a group and of its non-repeated subgroups.</summary>
    private static IEnumerable<FieldDefinition> Fields(IEnumerable<FormItem> items) => items.SelectMany(item => item switch
    {
        FieldDefinition field => [field],
        GroupDefinition { IsRepeated: false } group => Fields(group.Items),
        _ => [],
    });
}
