using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Communes;

/// <summary>
/// Imports <c>data/communes.json</c> of npm package <c>@etalab/decoupage-administratif</c>, read
/// directly (the package's index.js only works from its own folder). Keeps current communes,
/// arrondissements municipaux and communes déléguées; associated communes are left out. The whole
/// directory is replaced in one transaction, so an import is idempotent and never half-done.
/// </summary>
public static class DirectoryImport
{
    public sealed record Result(int Read, IReadOnlyDictionary<string, int> KeptByType, int PostalCodes);

    public static async Task<Result> RunAsync(Database database, string communesJson, Action<string>? progress = null)
    {
        progress ??= _ => { };
        await using var file = File.OpenRead(communesJson);
        var records = await JsonSerializer.DeserializeAsync<List<Record>>(file)
            ?? throw new InvalidDataException($"{communesJson} holds no commune list.");
        progress($"{records.Count} entries read from {communesJson}");

        var kept = records.Where(r => DirectoryCommuneTypes.Kept.Contains(r.Type))
            .Select(r => new DirectoryCommune(r.Code, r.Type, r.Name, r.Department, r.Region, r.Population,
                r.Type == DirectoryCommuneTypes.Delegated ? r.ChefLieu : r.Commune, r.PostalCodes ?? []))
            .ToList();

        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("DELETE FROM directory_search_keys", transaction: transaction);
        await connection.ExecuteAsync("DELETE FROM directory_postal_codes", transaction: transaction);
        await connection.ExecuteAsync("DELETE FROM directory_communes", transaction: transaction);
        var done = 0;
        foreach (var batch in kept.Chunk(5000))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO directory_communes (code, type, name, department, region, population, parent_code)
                VALUES (@Code, @Type, @Name, @Department, @Region, @Population, @ParentCode)
                """, batch, transaction);
            await connection.ExecuteAsync(
                "INSERT INTO directory_search_keys (search_key, commune_code, commune_type) VALUES (@Key, @Code, @Type)",
                batch.SelectMany(c => SearchName.KeysOf(c.Name).Select(key => new { Key = key, c.Code, c.Type })),
                transaction);
            await connection.ExecuteAsync(
                "INSERT INTO directory_postal_codes (postal_code, commune_code, commune_type) VALUES (@PostalCode, @Code, @Type)",
                batch.SelectMany(c => c.PostalCodes.Distinct().Select(p => new { PostalCode = p, c.Code, c.Type })),
                transaction);
            done += batch.Length;
            progress($"{done} / {kept.Count} communes");
        }
        await transaction.CommitAsync();

        return new Result(records.Count,
            kept.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count()),
            kept.Sum(c => c.PostalCodes.Distinct().Count()));
    }

    private sealed record Record(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("nom")] string Name,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("departement")] string? Department,
        [property: JsonPropertyName("region")] string? Region,
        [property: JsonPropertyName("population")] long? Population,
        [property: JsonPropertyName("commune")] string? Commune,
        [property: JsonPropertyName("chefLieu")] string? ChefLieu,
        [property: JsonPropertyName("codesPostaux")] List<string>? PostalCodes);
}
