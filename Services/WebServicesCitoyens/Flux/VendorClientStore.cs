using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Flux;

/// <summary>Vendor clients as stored (migration 0014): only the SHA-256 of each secret.</summary>
public sealed class VendorClientStore(Database database)
{
    private sealed record Row(string Id, string CommuneCode, string Name, string Scope, string SecretHash, string CreatedAt, string? RotatedAt, string? RevokedAt)
    {
        public VendorClient Client => new(Id, CommuneCode, Name, Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries), CreatedAt, RotatedAt, RevokedAt);
    }

    private const string Columns =
        "id, commune_code AS CommuneCode, name, scope, secret_hash AS SecretHash, created_at AS CreatedAt, rotated_at AS RotatedAt, revoked_at AS RevokedAt";

    public async Task InsertAsync(VendorClient client, string secretHash, string createdBy)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO vendor_clients (id, commune_code, name, scope, secret_hash, created_at, created_by)
            VALUES (@Id, @CommuneCode, @Name, @scope, @secretHash, @CreatedAt, @createdBy)
            """, new { client.Id, client.CommuneCode, client.Name, scope = string.Join(' ', client.Scope), secretHash, client.CreatedAt, createdBy });
    }

    /// <summary>A client with the hash of its secret (revoked ones too: the caller decides).</summary>
    public async Task<(VendorClient Client, string SecretHash)?> FindAsync(string id)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM vendor_clients WHERE id = @id", new { id });
        return row is null ? null : (row.Client, row.SecretHash);
    }

    public async Task<IReadOnlyList<VendorClient>> OfCommuneAsync(string communeCode)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<Row>($"SELECT {Columns} FROM vendor_clients WHERE commune_code = @communeCode ORDER BY name, id",
            new { communeCode })).Select(r => r.Client).ToList();
    }

    /// <summary>Replaces the secret of a client of the commune that is not revoked; false when there is none.</summary>
    public async Task<bool> RotateAsync(string communeCode, string id, string secretHash, string at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE vendor_clients SET secret_hash = @secretHash, rotated_at = @at WHERE id = @id AND commune_code = @communeCode AND revoked_at IS NULL",
            new { communeCode, id, secretHash, at }) == 1;
    }

    public async Task<bool> RevokeAsync(string communeCode, string id, string at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE vendor_clients SET revoked_at = @at WHERE id = @id AND commune_code = @communeCode AND revoked_at IS NULL",
            new { communeCode, id, at }) == 1;
    }
}
