using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Administration;

/// <summary>
/// One version of a commune's configuration of a procedure: a whole definition document
/// (<see cref="DefinitionXml"/>), its state (<see cref="ConfigurationStates"/>), who created it (an
/// agent id) and when it was last published.
/// </summary>
public sealed record ConfigurationVersion(
    string CommuneCode, string ProcedureCode, long Version, string State, string DefinitionXml,
    string CreatedAt, string CreatedBy, string? PublishedAt)
{
    public bool IsDraft => State == ConfigurationStates.Draft;
}

/// <summary>
/// The versions of the communes' configurations as stored (table procedure_configurations, migration
/// 0009). Only a Draft changes; publishing moves a Draft to Test and a Test to Online, retiring the
/// version each replaces, in one transaction, so that a commune never has two of a state.
/// </summary>
public sealed class ConfigurationStore(Database database)
{
    private const string Columns =
        """
        commune_code AS CommuneCode, procedure_code AS ProcedureCode, version, state, definition_xml AS DefinitionXml,
        created_at AS CreatedAt, created_by AS CreatedBy, published_at AS PublishedAt
        """;

    /// <summary>The versions of the commune's configuration of a procedure, newest first.</summary>
    public async Task<IReadOnlyList<ConfigurationVersion>> ListAsync(string communeCode, string procedureCode)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<ConfigurationVersion>(
            $"SELECT {Columns} FROM procedure_configurations WHERE commune_code = @communeCode AND procedure_code = @procedureCode ORDER BY version DESC",
            new { communeCode, procedureCode })).AsList();
    }

    /// <summary>Every version the commune has, all procedures, newest first (the XML left out).</summary>
    public async Task<IReadOnlyList<ConfigurationVersion>> OfCommuneAsync(string communeCode)
    {
        await using var connection = await database.OpenAsync();
        // Read without the XML column: a constant '' in its place has no declared type, which SQLite
        // reports as a BLOB when no row comes back, and Dapper then finds no constructor to call.
        return (await connection.QueryAsync<(string ProcedureCode, long Version, string State, string CreatedAt, string CreatedBy, string? PublishedAt)>(
            """
            SELECT procedure_code, version, state, created_at, created_by, published_at
            FROM procedure_configurations WHERE commune_code = @communeCode ORDER BY procedure_code, version DESC
            """, new { communeCode }))
            .Select(v => new ConfigurationVersion(communeCode, v.ProcedureCode, v.Version, v.State, "", v.CreatedAt, v.CreatedBy, v.PublishedAt))
            .ToList();
    }

    public async Task<ConfigurationVersion?> FindAsync(string communeCode, string procedureCode, long version)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<ConfigurationVersion>(
            $"SELECT {Columns} FROM procedure_configurations WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND version = @version",
            new { communeCode, procedureCode, version });
    }

    /// <summary>The version in a state (Draft, Test, Online: at most one each), or null.</summary>
    public async Task<ConfigurationVersion?> InStateAsync(string communeCode, string procedureCode, string state)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QueryFirstOrDefaultAsync<ConfigurationVersion>(
            $"""
            SELECT {Columns} FROM procedure_configurations
            WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND state = @state ORDER BY version DESC
            """, new { communeCode, procedureCode, state });
    }

    /// <summary>Stores a new Draft, numbered after every version the procedure had; null when the commune already has a Draft.</summary>
    public async Task<ConfigurationVersion?> AddDraftAsync(string communeCode, string procedureCode, string xml, string createdBy, string now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var parameters = new { communeCode, procedureCode, xml, createdBy, now, draft = ConfigurationStates.Draft };
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO procedure_configurations (commune_code, procedure_code, version, state, definition_xml, created_at, created_by)
            SELECT @communeCode, @procedureCode,
                   COALESCE((SELECT MAX(version) FROM procedure_configurations WHERE commune_code = @communeCode AND procedure_code = @procedureCode), 0) + 1,
                   @draft, @xml, @now, @createdBy
            WHERE NOT EXISTS (SELECT 1 FROM procedure_configurations
                              WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND state = @draft)
            """, parameters, transaction);
        await transaction.CommitAsync();
        return inserted == 1 ? await InStateAsync(communeCode, procedureCode, ConfigurationStates.Draft) : null;
    }

    /// <summary>
    /// Replaces the Draft's document, provided it still holds <paramref name="expected"/> (what the edit
    /// started from): false when a colleague changed, published or discarded it meanwhile, so that no
    /// edit silently undoes another.
    /// </summary>
    public async Task<bool> ReplaceDraftAsync(string communeCode, string procedureCode, long version, string expected, string xml)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE procedure_configurations SET definition_xml = @xml
            WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND version = @version AND state = @draft
              AND definition_xml = @expected
            """, new { communeCode, procedureCode, version, expected, xml, draft = ConfigurationStates.Draft }) == 1;
    }

    /// <summary>Deletes the Draft (no dossier refers to a Draft); false when there was none.</summary>
    public async Task<bool> DeleteDraftAsync(string communeCode, string procedureCode)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "DELETE FROM procedure_configurations WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND state = @draft",
            new { communeCode, procedureCode, draft = ConfigurationStates.Draft }) > 0;
    }

    /// <summary>
    /// Moves a version from <paramref name="from"/> to <paramref name="to"/> (Draft to Test, Test to
    /// Online), retiring the version that was in <paramref name="to"/>; false when the version is no
    /// longer in <paramref name="from"/> (a colleague published it meanwhile).
    /// </summary>
    public async Task<bool> PublishAsync(string communeCode, string procedureCode, long version, string from, string to, string now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var parameters = new { communeCode, procedureCode, version, from, to, now, retired = ConfigurationStates.Retired };
        await connection.ExecuteAsync(
            """
            UPDATE procedure_configurations SET state = @retired
            WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND state = @to
            """, parameters, transaction);
        var moved = await connection.ExecuteAsync(
            """
            UPDATE procedure_configurations SET state = @to, published_at = @now
            WHERE commune_code = @communeCode AND procedure_code = @procedureCode AND version = @version AND state = @from
            """, parameters, transaction);
        if (moved != 1)
        {
            await transaction.RollbackAsync();
            return false;
        }
        await transaction.CommitAsync();
        return true;
    }
}
