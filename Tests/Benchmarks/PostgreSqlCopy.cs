using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// Copies a generated SQLite store into a PostgreSQL database, so that both engines are measured on the
/// same dossiers: the schema made by the platform's own migrations (<see cref="Migrator"/>), then every
/// table that holds rows, streamed with PostgreSQL's binary COPY (the fastest way in; millions of rows a
/// minute). Generating on PostgreSQL statement by statement pays a network round trip for each of the
/// ~30 statements of a dossier; copying does not.
/// </summary>
public static class PostgreSqlCopy
{
    /// <summary>The platform's migration journal is PostgreSQL's own after <see cref="Migrator.Migrate"/>; everything else is copied.</summary>
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase) { "SchemaVersions" };

    public static async Task CopyAsync(string sqliteFile, Database target, string doneMarker, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        Migrator.Migrate(target);
        await using var source = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        await source.OpenAsync();
        await using var connection = (NpgsqlConnection)await target.OpenAsync();
        // The migrations seed a few rows (the back-fill markers): the copy brings the source's own.
        var tables = (await source.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
            .Where(t => !NotCopied.Contains(t)).ToList();
        // The rows are copied as they are: foreign keys are not checked row by row (they hold in the source).
        await connection.ExecuteAsync("SET session_replication_role = replica");
        foreach (var table in tables)
        {
            if (await source.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM (SELECT 1 FROM \"{table}\" LIMIT 1)") == 0) continue;
            await connection.ExecuteAsync($"DELETE FROM {table}");
            var rows = await CopyTableAsync(source, connection, table);
            log.WriteLine($"{table}: {rows:N0} rows ({watch.Elapsed:hh\\:mm\\:ss})");
        }
        await connection.ExecuteAsync("SET session_replication_role = origin");
        await StoreGenerator.SealAsync(target, doneMarker, $"copied from {sqliteFile} in {watch.Elapsed}");
        log.WriteLine($"Copied in {watch.Elapsed:hh\\:mm\\:ss}.");
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table)
    {
        // The target's columns and types decide: a SQLite column holds whatever it was given.
        var columns = (await target.QueryAsync<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            new { table = table.ToLowerInvariant() })).ToList();
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var select = source.CreateCommand();
        select.CommandText = $"SELECT {names} FROM \"{table}\"";
        await using var reader = await select.ExecuteReaderAsync();
        await using var import = await target.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (await reader.ReadAsync())
        {
            await import.StartRowAsync();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i)) await import.WriteNullAsync();
                else if (columns[i].Type == "bigint") await import.WriteAsync(reader.GetInt64(i), NpgsqlTypes.NpgsqlDbType.Bigint);
                else await import.WriteAsync(reader.GetString(i), NpgsqlTypes.NpgsqlDbType.Text);
            }
            rows++;
        }
        await import.CompleteAsync();
        return rows;
    }
}
