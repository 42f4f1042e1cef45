using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Open311;

/// <summary>
/// Where the standard GeoReport v2 parameters land in a procedure's request, found from the definition
/// itself (nothing here names a procedure): lat/long fill its first geoPoint field; address_string the
/// first text field required beside that point; description its first free text; email, first_name,
/// last_name and phone the applicant's fields of that kind. Every other field of the request is an
/// Open311 attribute, its code being the field's path.
/// </summary>
public sealed record Open311Fields(
    FieldDefinition Point, string? AddressPath, string? DescriptionPath,
    string? EmailPath, string? FirstNamePath, string? LastNamePath, string? PhonePath)
{
    public const string Latitude = "lat";
    public const string Longitude = "long";
    public const string Address = "address_string";
    public const string Description = "description";
    public const string Email = "email";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Phone = "phone";

    public string LatitudePath => Point.Path + ".latitude";
    public string LongitudePath => Point.Path + ".longitude";

    /// <summary>The mapping of a procedure, or null when it has no position: such a procedure is not an Open311 service.</summary>
    public static Open311Fields? Of(ProcedureDefinition definition)
    {
        var fields = RequestFields(definition.RequestItems).ToList();
        if (fields.FirstOrDefault(f => f.Type == FieldType.GeoPoint) is not { } point) return null;
        var pointGroup = Parent(point.Path);
        var applicant = definition.ApplicantGroup is { } group ? group.Path + "." : null;
        string? ApplicantField(Func<FieldDefinition, bool> kind) => applicant is null ? null
            : fields.FirstOrDefault(f => f.Path.StartsWith(applicant, StringComparison.Ordinal) && kind(f))?.Path;
        return new Open311Fields(point,
            fields.FirstOrDefault(f => f.Type == FieldType.Text && f.Required && Parent(f.Path) == pointGroup)?.Path,
            fields.FirstOrDefault(f => f.Type == FieldType.FreeText)?.Path,
            ApplicantField(f => f.Type == FieldType.Email),
            ApplicantField(f => f.Autocomplete == "given-name"),
            ApplicantField(f => f.Autocomplete == "family-name"),
            ApplicantField(f => f.Type == FieldType.Phone));
    }

    /// <summary>The standard parameters and the request paths they fill.</summary>
    public IEnumerable<(string Parameter, string Path)> Standard()
    {
        yield return (Latitude, LatitudePath);
        yield return (Longitude, LongitudePath);
        if (AddressPath is not null) yield return (Address, AddressPath);
        if (DescriptionPath is not null) yield return (Description, DescriptionPath);
        if (EmailPath is not null) yield return (Email, EmailPath);
        if (FirstNamePath is not null) yield return (FirstName, FirstNamePath);
        if (LastNamePath is not null) yield return (LastName, LastNamePath);
        if (PhonePath is not null) yield return (Phone, PhonePath);
    }

    /// <summary>Whether a request path is filled by a standard parameter rather than an attribute.</summary>
    public bool IsStandard(string path) => path == Point.Path || Standard().Any(s => s.Path == path);

    /// <summary>
    /// The Open311 name of a refused request path: the standard parameter filling it, else
    /// <c>attribute[path]</c> (a part of an address attribute names its attribute).
    /// </summary>
    public string ParameterOf(string path, IEnumerable<string> attributeCodes)
    {
        if (Standard().FirstOrDefault(s => s.Path == path) is { Parameter: { } parameter }) return parameter;
        if (path == Point.Path) return Latitude;
        var code = attributeCodes.Where(c => path == c || path.StartsWith(c + ".", StringComparison.Ordinal))
            .OrderByDescending(c => c.Length).FirstOrDefault();
        return $"attribute[{code ?? path}]";
    }

    /// <summary>
    /// The request's fields that are not in a repeated group (an Open311 report fills each field once),
    /// with whether each is required: itself and every group around it required. Composites stay whole.
    /// </summary>
    public static IEnumerable<FieldDefinition> RequestFields(IEnumerable<FormItem> items, bool groupsRequired = true) => items.SelectMany(item => item switch
    {
        GroupDefinition { IsRepeated: true } => [],
        GroupDefinition group => RequestFields(ProcedureDefinition.RequestItemsOf(group.Items), groupsRequired && group.Required),
        FieldDefinition field => [field with { Required = field.Required && groupsRequired }],
        _ => [],
    });

    private static string Parent(string path) => path.LastIndexOf('.') is var dot and > 0 ? path[..dot] : "";
}
