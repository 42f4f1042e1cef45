using System.Text.RegularExpressions;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Communes;

/// <summary>The communes of the platform and the procedures each one offers.</summary>
public sealed partial class CommuneStore(Database database)
{
    public async Task<Commune?> FindAsync(string code)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<CommuneRow>(
            """
            SELECT code, name, profile, primary_color AS PrimaryColor, secondary_color AS SecondaryColor,
                   logo_url AS LogoUrl, website_url AS WebsiteUrl, time_zone AS TimeZone
            FROM communes WHERE code = @code
            """, new { code });
        return row?.ToCommune();
    }

    /// <summary>The state in which the commune offers the procedure, or null when it does not offer it.</summary>
    public async Task<OfferState?> FindOfferAsync(string communeCode, string procedureCode)
    {
        await using var connection = await database.OpenAsync();
        var state = await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT state FROM commune_procedures WHERE commune_code = @communeCode AND procedure_code = @procedureCode",
            new { communeCode, procedureCode });
        return state is null ? null : Enum.Parse<OfferState>(state);
    }

    /// <summary>Creates or updates a commune; colours must be #rrggbb since they end up in CSS.</summary>
    public async Task SaveAsync(Commune commune)
    {
        if (!ColorPattern().IsMatch(commune.PrimaryColor) || !ColorPattern().IsMatch(commune.SecondaryColor))
            throw new ArgumentException("Commune colours must be written #rrggbb.");
        TimeZoneInfo.FindSystemTimeZoneById(commune.TimeZone);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO communes (code, name, profile, primary_color, secondary_color, logo_url, website_url, time_zone)
            VALUES (@Code, @Name, @Profile, @PrimaryColor, @SecondaryColor, @LogoUrl, @WebsiteUrl, @TimeZone)
            ON CONFLICT (code) DO UPDATE SET
                name = excluded.name, profile = excluded.profile, primary_color = excluded.primary_color,
                secondary_color = excluded.secondary_color, logo_url = excluded.logo_url,
                website_url = excluded.website_url, time_zone = excluded.time_zone
            """,
            new
            {
                commune.Code, commune.Name, Profile = commune.Profile.ToString(), commune.PrimaryColor,
                commune.SecondaryColor, commune.LogoUrl, commune.WebsiteUrl, commune.TimeZone,
            });
    }

    public async Task OfferAsync(string communeCode, string procedureCode, OfferState state)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO commune_procedures (commune_code, procedure_code, state) VALUES (@communeCode, @procedureCode, @state)
            ON CONFLICT (commune_code, procedure_code) DO UPDATE SET state = excluded.state
            """, new { communeCode, procedureCode, state = state.ToString() });
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    private sealed record CommuneRow(
        string Code, string Name, string Profile, string PrimaryColor, string SecondaryColor,
        string? LogoUrl, string? WebsiteUrl, string TimeZone)
    {
        public Commune ToCommune() => new(Code, Name, Enum.Parse<CommuneProfile>(Profile), PrimaryColor,
            SecondaryColor, LogoUrl, WebsiteUrl, TimeZone);
    }
}
