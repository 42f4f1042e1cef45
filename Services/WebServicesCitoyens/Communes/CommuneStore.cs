using System.Security.Cryptography;
using System.Text;
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
                   logo_url AS LogoUrl, website_url AS WebsiteUrl, time_zone AS TimeZone, header_text AS HeaderText,
                   delays_public AS DelaysPublic
            FROM communes WHERE code = @code
            """, new { code });
        return row?.ToCommune();
    }

    /// <summary>How the commune offers the procedure, or null when it does not offer it.</summary>
    public async Task<Offer?> FindOfferAsync(string communeCode, string procedureCode)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<OfferRow>(
            $"SELECT {OfferColumns} FROM commune_procedures WHERE commune_code = @communeCode AND procedure_code = @procedureCode",
            new { communeCode, procedureCode });
        return row?.ToOffer();
    }

    /// <summary>Every procedure the commune offers, in code order.</summary>
    public async Task<IReadOnlyList<Offer>> OffersAsync(string communeCode)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<OfferRow>(
            $"SELECT {OfferColumns} FROM commune_procedures WHERE commune_code = @communeCode ORDER BY procedure_code",
            new { communeCode });
        return rows.Select(r => r.ToOffer()).ToList();
    }

    /// <summary>Which of these codes are communes of the platform.</summary>
    public async Task<IReadOnlySet<string>> ServedAmongAsync(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) return new HashSet<string>();
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>($"SELECT code FROM communes WHERE code {SqlDialect.InList(connection, "@codes")}", new { codes })).ToHashSet();
    }

    private const string OfferColumns = "procedure_code AS ProcedureCode, state, redirect_url AS RedirectUrl";

    /// <summary>Whether the key opens the commune's procedures in Test; only its hash is stored.</summary>
    public async Task<bool> IsPreviewKeyAsync(string communeCode, string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 100) return false;
        await using var connection = await database.OpenAsync();
        var stored = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT preview_key_hash FROM communes WHERE code = @communeCode", new { communeCode });
        return stored is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(HashOf(key)));
    }

    /// <summary>Gives the commune a new preview key, returned once: only its hash is kept.</summary>
    public async Task<string> NewPreviewKeyAsync(string communeCode) =>
        await SetPreviewKeyAsync(communeCode, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>Sets a chosen preview key (the demo commune's is published in the README).</summary>
    public async Task<string> SetPreviewKeyAsync(string communeCode, string key)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE communes SET preview_key_hash = @hash WHERE code = @communeCode",
            new { communeCode, hash = HashOf(key) });
        return key;
    }

    private static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>
    /// Whether the commune publishes its processing delays; false when it does not exist. Written apart
    /// from <see cref="SaveAsync"/>, which the demo seeding calls at every start: a commune's choice stays.
    /// </summary>
    public async Task<bool> SetDelaysPublicAsync(string communeCode, bool delaysPublic)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync("UPDATE communes SET delays_public = @value WHERE code = @communeCode",
            new { communeCode, value = delaysPublic ? 1 : 0 }) == 1;
    }

    /// <summary>
    /// Creates or updates a commune; colours must be #rrggbb since they end up in CSS. Its choice of
    /// publishing its delays is not written here (<see cref="SetDelaysPublicAsync"/>).
    /// </summary>
    public async Task SaveAsync(Commune commune)
    {
        if (!ColorPattern().IsMatch(commune.PrimaryColor) || !ColorPattern().IsMatch(commune.SecondaryColor))
            throw new ArgumentException("Commune colours must be written #rrggbb.");
        TimeZoneInfo.FindSystemTimeZoneById(commune.TimeZone);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO communes (code, name, profile, primary_color, secondary_color, logo_url, website_url, time_zone, header_text)
            VALUES (@Code, @Name, @Profile, @PrimaryColor, @SecondaryColor, @LogoUrl, @WebsiteUrl, @TimeZone, @HeaderText)
            ON CONFLICT (code) DO UPDATE SET
                name = excluded.name, profile = excluded.profile, primary_color = excluded.primary_color,
                secondary_color = excluded.secondary_color, logo_url = excluded.logo_url,
                website_url = excluded.website_url, time_zone = excluded.time_zone, header_text = excluded.header_text
            """,
            new
            {
                commune.Code, commune.Name, Profile = commune.Profile.ToString(), commune.PrimaryColor,
                commune.SecondaryColor, commune.LogoUrl, commune.WebsiteUrl, commune.TimeZone, commune.HeaderText,
            });
    }

    /// <summary>Offers a procedure; a Redirect commune gives its own page for it (http or https only).</summary>
    public async Task OfferAsync(string communeCode, string procedureCode, OfferState state, string? redirectUrl = null)
    {
        if (redirectUrl is not null && !(Uri.TryCreate(redirectUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new ArgumentException("A redirect address must be an absolute http or https address.");
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO commune_procedures (commune_code, procedure_code, state, redirect_url)
            VALUES (@communeCode, @procedureCode, @state, @redirectUrl)
            ON CONFLICT (commune_code, procedure_code) DO UPDATE SET state = excluded.state, redirect_url = excluded.redirect_url
            """, new { communeCode, procedureCode, state = state.ToString(), redirectUrl });
    }

    private sealed record OfferRow(string ProcedureCode, string State, string? RedirectUrl)
    {
        public Offer ToOffer() => new(ProcedureCode, Enum.Parse<OfferState>(State), RedirectUrl);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    private sealed record CommuneRow(
        string Code, string Name, string Profile, string PrimaryColor, string SecondaryColor,
        string? LogoUrl, string? WebsiteUrl, string TimeZone, string? HeaderText, long DelaysPublic)
    {
        public Commune ToCommune() => new(Code, Name, Enum.Parse<CommuneProfile>(Profile), PrimaryColor,
            SecondaryColor, LogoUrl, WebsiteUrl, TimeZone, HeaderText, DelaysPublic != 0);
    }
}
