using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Open311;

/// <summary>
/// One GeoReport v2 service of a commune: a procedure of the catalogue, the commune's version of it in
/// effect (its labels, its own fields), where the standard parameters go and its attributes.
/// </summary>
public sealed record Open311Service(ProcedureDefinition Published, ProcedureDefinition Version, Open311Fields Fields,
    IReadOnlyList<Open311Attribute> Attributes)
{
    public string Code => Published.Code;
}

/// <summary>
/// Which procedures a commune offers as GeoReport v2 services: the procedures of the catalogue placed
/// by a position (a geoPoint field — the road incidents and the graffiti), that the commune offers
/// online on the platform. A procedure still in Test is not offered: Open311 has no preview key.
/// </summary>
public sealed class Open311Services(ProcedureCatalogue catalogue, CommuneStore communes, SubmissionService submissions)
{
    /// <summary>The commune of a jurisdiction_id (its INSEE code), when it uses the platform.</summary>
    public async Task<Commune?> JurisdictionAsync(string? jurisdictionId) =>
        string.IsNullOrEmpty(jurisdictionId) ? null : await communes.FindAsync(jurisdictionId);

    public async Task<IReadOnlyList<Open311Service>> OfAsync(Commune commune)
    {
        var services = new List<Open311Service>();
        foreach (var definition in catalogue.Procedures)
            if (await FindAsync(commune, definition.Code) is { } service) services.Add(service);
        return services;
    }

    /// <summary>The service, or null when the procedure does not exist, has no position or is not online in this commune.</summary>
    public async Task<Open311Service?> FindAsync(Commune commune, string? serviceCode)
    {
        if (serviceCode is null || catalogue.Find(serviceCode) is not { } published || Open311Fields.Of(published) is not { } fields) return null;
        var offer = await submissions.CheckOfferAsync(published, commune.Code);
        if (offer.Refusal is not null || offer.IsTest) return null;
        var version = (await submissions.InEffectAsync(published, commune.Code, previewKey: null)).Definition;
        return new Open311Service(published, version, fields, Open311Attribute.Of(published, version, fields));
    }

    /// <summary>The codes of every procedure that may be an Open311 service, whatever the commune: to tell its dossiers apart.</summary>
    public IReadOnlyCollection<string> Codes { get; } =
        catalogue.Procedures.Where(p => Open311Fields.Of(p) is not null).Select(p => p.Code).ToHashSet();
}
