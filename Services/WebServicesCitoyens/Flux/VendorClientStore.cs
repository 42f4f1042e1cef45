using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// Vendor clients as stored (migrations 0014, 0016): the SHA-256 of each secret, to authenticate, and the
/// secret sealed with the platform's data key (<see cref="VendorSecrets"/>), to sign webhooks.
/// </summary>
public sealed class VendorClientStore(Database database)
{
    private sealed record Row(string Id, string CommuneCode, string Name, string Scope, string SecretHash, string CreatedAt, string? RotatedAt,
        string? RevokedAt, string? SecretSealed)
    {
        public VendorClient Client => new(Id, CommuneCode, Name, Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries), CreatedAt, RotatedAt, RevokedAt)
        {
            SignsWebhooks = SecretSealed is not null,
        };
    }

    private const string Columns =
        "id, commune_code AS CommuneCode, name, scope, secret_hash AS SecretHash, created_at AS CreatedAt, rotated_at AS RotatedAt, revoked_at AS RevokedAt, "
        + "secret_sealed AS SecretSealed";

    /// <summary>
    /// Registers a client; with a <paramref name="registrationKey"/> (the administration form's one-time key)
    /// already used, registers nothing and answers false.
    /// </summary>
    public async Task<bool> InsertAsync(VendorClient client, string secretHash, string secretSealed, string createdBy, string? registrationKey = null)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO vendor_clients (id, commune_code, name, scope, secret_hash, secret_sealed, created_at, created_by, registration_key)
            VALUES (@Id, @CommuneCode, @Name, @scope, @secretHash, @secretSealed, @CreatedAt, @createdBy, @registrationKey)
            ON CONFLICT (registration_key) DO NOTHING
            """, new
            {
                client.Id, client.CommuneCode, client.Name, scope = string.Join(' ', client.Scope), secretHash, secretSealed, client.CreatedAt, createdBy,
                registrationKey,
            }) == 1;
    }

    /// <summary>The client of the commune registered with this one-time form key, if any.</summary>
    public async Task<VendorClient?> RegisteredWithAsync(string communeCode, string registrationKey)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM vendor_clients WHERE registration_key = @registrationKey AND commune_code = @communeCode",
            new { communeCode, registrationKey }))?.Client;
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
    public async Task<bool> RotateAsync(string communeCode, string id, string secretHash, string secretSealed, string at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE vendor_clients SET secret_hash = @secretHash, secret_sealed = @secretSealed, rotated_at = @at
            WHERE id = @id AND commune_code = @communeCode AND revoked_at IS NULL
            """, new { communeCode, id, secretHash, secretSealed, at }) == 1;
    }

    public async Task<bool> RevokeAsync(string communeCode, string id, string at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE vendor_clients SET revoked_at = @at WHERE id = @id AND commune_code = @communeCode AND revoked_at IS NULL",
            new { communeCode, id, at }) == 1;
    }
}
