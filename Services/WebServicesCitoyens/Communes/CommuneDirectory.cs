using System.Text.RegularExpressions;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Communes;

/// <summary>One answer of a directory search.</summary>
public sealed record DirectoryMatch(string Code, string Type, string Name, string? Department, long? Population, string PostalCodes);

/// <summary>
/// Searches the commune directory by INSEE code, postal code or name, for an autocomplete: a name
/// matches from the start of any of its words ("etienne" finds Saint-Étienne), ignoring accents and
/// case, "st" meaning "saint"; the most populated come first. Every query uses an index.
/// </summary>
public sealed partial class CommuneDirectory(Database database)
{
    public const int MaxResults = 50;

    public async Task<IReadOnlyList<DirectoryMatch>> SearchAsync(string query, int limit = 10)
    {
        limit = Math.Clamp(limit, 1, MaxResults);
        var trimmed = query.Trim().ToUpperInvariant();
        await using var connection = await database.OpenAsync();

        if (CodePattern().IsMatch(trimmed))
        {
            // Five characters may be an INSEE code or a postal code (75015 is the postal code of 75115).
            var byCode = await connection.QueryAsync<DirectoryMatch>(
                $"""
                {Select}
                WHERE c.code = @code
                   OR EXISTS (SELECT 1 FROM directory_postal_codes p
                              WHERE p.postal_code = @code AND p.commune_code = c.code AND p.commune_type = c.type)
                {OrderAndLimit}
                """, new { code = trimmed, limit });
            return byCode.AsList();
        }

        var name = SearchName.Of(query);
        if (name.Length < 2) return [];
        // A range on the indexed keys instead of LIKE: it uses the index on both SQLite and PostgreSQL.
        var byName = await connection.QueryAsync<DirectoryMatch>(
            $"""
            {Select}
            JOIN (SELECT DISTINCT commune_code, commune_type FROM directory_search_keys
                  WHERE search_key >= @name AND search_key < @upper) k
              ON k.commune_code = c.code AND k.commune_type = c.type
            {OrderAndLimit}
            """, new { name, upper = name + "\uffff", limit });
        return byName.AsList();
    }

    private const string Select =
        """
        SELECT c.code, c.type, c.name, c.department, c.population,
               COALESCE((SELECT MIN(p.postal_code) FROM directory_postal_codes p
                         WHERE p.commune_code = c.code AND p.commune_type = c.type), '') AS PostalCodes
        FROM directory_communes c
        """;

    private const string OrderAndLimit = "ORDER BY COALESCE(c.population, 0) DESC, c.name, c.type LIMIT @limit";

    [GeneratedRegex("^([0-9]{2}|2A|2B)[0-9]{3}$")]
    private static partial Regex CodePattern();
}
