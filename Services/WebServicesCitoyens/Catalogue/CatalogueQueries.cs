using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Catalogue;

/// <summary>
/// Answers the catalogue service and the commune catalogue pages: the themes, what a commune offers
/// and where its citizens fill each form, one procedure in full, keyword and commune searches.
/// </summary>
public sealed class CatalogueQueries(ProcedureCatalogue catalogue, CommuneStore communes, CommuneDirectory directory, PlatformOptions platform)
{
    public Theme[] Themes() => CatalogueTexts.Themes
        .Select(t => new Theme { Code = t.Code, Label = t.Label, ProcedureCount = catalogue.Procedures.Count(p => p.Theme == t.Code) })
        .ToArray();

    /// <summary>What the commune offers; procedures in Test only with its preview key. Null when the commune does not use the platform.</summary>
    public async Task<CommuneCatalogue?> CommuneCatalogueAsync(string communeCode, string? previewKey)
    {
        if (await communes.FindAsync(communeCode) is not { } commune) return null;
        var withTests = await communes.IsPreviewKeyAsync(commune.Code, previewKey);
        var offers = (await communes.OffersAsync(commune.Code))
            .Where(o => o.State == OfferState.Online || withTests)
            .Select(o => (Offer: o, Definition: catalogue.Find(o.ProcedureCode)))
            .Where(o => o.Definition is not null)
            .OrderBy(o => ThemeRank(o.Definition!.Theme)).ThenBy(o => o.Definition!.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), false))
            .ToList();
        var procedures = offers.Select(o =>
        {
            var entry = Entry(o.Definition!);
            entry.State = o.Offer.State.ToString();
            entry.FormUrl = commune.Profile == CommuneProfile.Redirect
                ? o.Offer.RedirectUrl ?? commune.WebsiteUrl
                : FormUrl(commune.Code, o.Definition!.Code, o.Offer.State == OfferState.Test ? previewKey : null);
            return entry;
        }).ToArray();
        return new CommuneCatalogue
        {
            Commune = new CatalogueCommune
            {
                Code = commune.Code, Name = commune.Name, Profile = commune.Profile.ToString(),
                PrimaryColor = commune.PrimaryColor, SecondaryColor = commune.SecondaryColor,
                LogoUrl = commune.LogoUrl, WebsiteUrl = commune.WebsiteUrl, HeaderText = commune.HeaderText,
            },
            Themes = CatalogueTexts.Themes
                .Select(t => new Theme { Code = t.Code, Label = t.Label, ProcedureCount = procedures.Count(p => p.Theme == t.Code) })
                .Where(t => t.ProcedureCount > 0)
                .ToArray(),
            Procedures = procedures,
        };
    }

    public ProcedureDescription? Procedure(string code) => catalogue.Find(code) is not { } definition ? null : new ProcedureDescription
    {
        Procedure = Entry(definition),
        Version = definition.Version,
        Purpose = definition.Documentation.Purpose,
        WhoMayAsk = definition.Documentation.WhoMayAsk,
        Processing = definition.Documentation.Processing,
        WsdlUrl = ServiceUrl(definition.Code) + "?wsdl",
        Steps = definition.Steps.Where(s => !s.IsExit).Select(s => s.CitizenLabel).Distinct().ToArray(),
    };

    /// <summary>Procedures holding every word of the keywords; with a commune, only those it offers online.</summary>
    public async Task<CatalogueProcedure[]> SearchAsync(string keywords, string? communeCode)
    {
        var words = SearchName.Of(keywords).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        var online = communeCode is null ? null : (await communes.OffersAsync(communeCode))
            .Where(o => o.State == OfferState.Online).Select(o => o.ProcedureCode).ToHashSet();
        return catalogue.Procedures
            .Where(p => online is null || online.Contains(p.Code))
            .Select(p => (Definition: p, Title: SearchName.Of(p.Title), Text: SearchName.Of(string.Join(' ',
                p.Title, p.Summary, p.Documentation.Purpose, CatalogueTexts.ThemeLabel(p.Theme), p.Code))))
            .Where(p => words.All(p.Text.Contains))
            .OrderByDescending(p => words.Count(p.Title.Contains))
            .ThenBy(p => ThemeRank(p.Definition.Theme)).ThenBy(p => p.Definition.Title, StringComparer.Ordinal)
            .Select(p => Entry(p.Definition))
            .ToArray();
    }

    public async Task<CommuneMatch[]> SearchCommunesAsync(string query)
    {
        var matches = await directory.SearchAsync(query);
        var served = await communes.ServedAmongAsync(matches.Select(m => m.Code).ToList());
        return matches.Select(m => new CommuneMatch
        {
            Code = m.Code, Name = m.Name, Type = m.Type, Department = m.Department,
            PostalCode = m.PostalCodes.Length == 0 ? null : m.PostalCodes, Population = m.Population ?? 0,
            UsesPlatform = served.Contains(m.Code),
        }).ToArray();
    }

    private CatalogueProcedure Entry(ProcedureDefinition definition) => new()
    {
        Code = definition.Code,
        Theme = definition.Theme,
        ThemeLabel = CatalogueTexts.ThemeLabel(definition.Theme) ?? definition.Theme,
        Title = definition.Title,
        Summary = definition.Summary,
        ServiceUrl = ServiceUrl(definition.Code),
        DocumentationUrl = $"{platform.PublicUrl}/docs/{definition.Code}",
    };

    private string ServiceUrl(string code) => platform.PublicUrl + WsdlGenerator.EndpointPath(code);

    private string FormUrl(string communeCode, string procedureCode, string? previewKey) =>
        $"{platform.PublicUrl}/communes/{communeCode}/{procedureCode}" + (previewKey is null ? "" : "?apercu=" + Uri.EscapeDataString(previewKey));

    private static int ThemeRank(string theme)
    {
        var rank = CatalogueTexts.Themes.ToList().FindIndex(t => t.Code == theme);
        return rank < 0 ? int.MaxValue : rank;
    }
}
