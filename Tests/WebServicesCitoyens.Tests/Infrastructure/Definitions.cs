using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The real definitions of the catalogue, valid requests built from them by the domain's
/// <see cref="SampleRequest"/>, and the same request as the HTML form posts it.
/// </summary>
public static class Definitions
{
    public static ProcedureCatalogue Catalogue { get; } = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));

    public static ProcedureDefinition Get(string code) =>
        Catalogue.Find(code) ?? throw new ArgumentException($"{code} is not in the catalogue.", nameof(code));

    /// <summary>The date the host compares "today" bounds with is the commune's; UTC is never ahead of Paris.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A valid request of the procedure (repeated groups with their minimum number of instances).</summary>
    public static XElement Sample(string code) => SampleRequest.For(Get(code), Requests.Commune, Today);

    /// <summary>The element at a path of local names under the request, e.g. "temoins[2]", "creneau.fin", "accueil.heureArrivee".</summary>
    public static XElement At(XElement request, string path)
    {
        var current = request;
        foreach (var step in path.Split('.'))
        {
            var match = Regex.Match(step, @"^(\w+)(?:\[(\d+)\])?$");
            var rank = match.Groups[2].Success ? int.Parse(match.Groups[2].Value) : 1;
            current = current.Elements(Soap.Tns + match.Groups[1].Value).ElementAtOrDefault(rank - 1)
                ?? throw new ArgumentException($"No element at {path} in the request.", nameof(path));
        }
        return current;
    }

    /// <summary>
    /// The form controls and values that post this request: each leaf under its control name
    /// (titulaire.nomNaissance, temoins[2].adresse.voie), the rank of each repeated group's instance included.
    /// </summary>
    public static Dictionary<string, string> FormValues(ProcedureDefinition definition, XElement request)
    {
        var values = new Dictionary<string, string>();
        void Walk(XElement element, string prefix, string fieldPrefix)
        {
            var ranks = new Dictionary<string, int>();
            foreach (var child in element.Elements())
            {
                var name = child.Name.LocalName;
                var fieldPath = fieldPrefix + name;
                var repeated = definition.RepeatedGroupOf(fieldPath + ".x")?.Path == fieldPath;
                var control = repeated ? $"{prefix}{name}[{ranks[name] = ranks.GetValueOrDefault(name) + 1}]" : prefix + name;
                if (child.HasElements) Walk(child, control + ".", fieldPath + ".");
                else values[control] = child.Value;
            }
        }
        Walk(request, "", "");
        return values;
    }
}
