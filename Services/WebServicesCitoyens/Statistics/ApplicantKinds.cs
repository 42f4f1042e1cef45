using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Statistics;

/// <summary>
/// Who asks, for the statistics: a citizen unless the request says otherwise through an option its
/// definition marks with <c>applicantKind</c> (e.g. the genealogist request's « Une association »).
/// The procedure definitions decide, so a new procedure needs no code.
/// </summary>
public static class ApplicantKinds
{
    public const string Citizen = "Citizen";
    public const string Association = "Association";
    public const string Business = "Business";
    public const string Partner = "Partner";

    public static readonly IReadOnlyList<string> All = [Citizen, Association, Business, Partner];

    /// <summary>The kind of applicant of a request: the first chosen option that names one, else a citizen.</summary>
    public static string Of(ProcedureDefinition definition, XElement request)
    {
        foreach (var field in definition.AllFields())
        {
            if (field.Options.All(o => o.ApplicantKind is null)) continue;
            var value = DefinitionRules.ValueAt(request, field.Path)?.Trim();
            if (field.Options.FirstOrDefault(o => o.Value == value)?.ApplicantKind is { } kind) return kind;
        }
        return Citizen;
    }
}
