using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// The typed request of a generated dossier: the procedure's applicant group filled with a drawn person
/// (names, address, e-mail, telephone), in the procedure namespace like a validated request. It is what
/// the queue reads the applicant's name from and what the search index folds into terms, so both work
/// on realistic text; the procedure's other fields are left out (no query reads them).
/// </summary>
public static class GeneratedRequest
{
    private static readonly XNamespace Ns = ContractNamespaces.Procedure;

    private static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel",
        "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
        "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
        "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
        "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
        "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
        "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine",
        "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland",
        "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis",
    ];

    private static readonly string[] FirstNames =
    [
        "Anne", "Marie", "Camille", "Louise", "Léa", "Manon", "Chloé", "Inès", "Jade", "Emma", "Sophie", "Nathalie", "Isabelle",
        "Claire", "Hélène", "Élodie", "Julie", "Aurélie", "Céline", "Sandrine", "Jean", "Pierre", "Louis", "Lucas", "Hugo", "Gabriel",
        "Arthur", "Jules", "Paul", "Nicolas", "Thomas", "Julien", "Antoine", "François", "Philippe", "Michel", "Alain", "Éric",
        "Olivier", "Stéphane", "Mathieu", "Raphaël", "Noé", "Adam", "Léon", "Zoé", "Alice", "Lina", "Mila", "Rose",
    ];

    private static readonly string[] Streets =
    [
        "rue de Bourgogne", "rue Jeanne d'Arc", "place du Martroi", "rue Royale", "boulevard Alexandre Martin", "rue de la République",
        "avenue de Paris", "rue des Carmes", "rue Bannier", "quai du Châtelet", "rue du Faubourg Saint-Jean", "allée des Tilleuls",
        "chemin des Vignes", "rue Nationale", "avenue de la Libération", "rue Victor Hugo", "rue Pasteur", "impasse des Lilas",
    ];

    /// <summary>The request of one dossier of <paramref name="procedure"/> filed in <paramref name="communeName"/>.</summary>
    public static string For(ProcedureDefinition procedure, string communeName, string postalCode, Random random)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var firstName = FirstNames[random.Next(FirstNames.Length)];
        var root = new XElement(Ns + "Request");
        if (procedure.ApplicantGroup is { } group)
            foreach (var field in Fields(group.Items))
                if (Value(field.Name, surname, firstName, communeName, postalCode, random) is { } value)
                    Place(root, field.Path, value);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static IEnumerable<FieldDefinition> Fields(IEnumerable<FormItem> items) =>
        items.SelectMany(item => item switch
        {
            FieldDefinition field => [field],
            GroupDefinition group => Fields(group.Items),
            _ => [],
        });

    private static string? Value(string name, string surname, string firstName, string communeName, string postalCode, Random random) => name switch
    {
        _ when name.StartsWith("nom", StringComparison.Ordinal) => surname,
        _ when name.StartsWith("prenom", StringComparison.Ordinal) => firstName,
        "courriel" => $"{StripAccents(firstName)}.{StripAccents(surname)}{random.Next(100)}@example.org".ToLowerInvariant(),
        "telephone" => $"02 38 {random.Next(100):00} {random.Next(100):00} {random.Next(100):00}",
        "adresse" or "voie" => $"{random.Next(1, 180)} {Streets[random.Next(Streets.Length)]}",
        "codePostal" => postalCode,
        "commune" or "ville" => communeName,
        _ => null,
    };

    /// <summary>Creates the elements of a dotted path under the root (a group's fields share their parent).</summary>
    private static void Place(XElement root, string path, string value)
    {
        var current = root;
        var names = path.Split('.');
        foreach (var name in names[..^1])
            current = current.Element(Ns + name) ?? Add(current, new XElement(Ns + name));
        current.Add(new XElement(Ns + names[^1], value));
    }

    private static XElement Add(XElement parent, XElement child)
    {
        parent.Add(child);
        return child;
    }

    private static string StripAccents(string text) => Search.SearchTerms.Fold(text).Replace(" ", "").Replace("'", "");
}
