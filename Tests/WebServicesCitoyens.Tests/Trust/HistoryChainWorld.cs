using Dapper;
using Microsoft.Data.Sqlite;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Search;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// What the history chain tests work on: two dossiers filed on the shared host, the second processed by
/// an agent (taken in charge, a note, a message), and copies of the shared host's store to tamper with,
/// so that the shared host itself is never altered.
/// </summary>
public static class HistoryChainWorld
{
    private static readonly Lazy<Task<(string Filed, string Processed)>> Dossiers = new(CreateAsync);

    /// <summary>A dossier only filed (one event) and one processed (four events or more).</summary>
    public static Task<(string Filed, string Processed)> DossiersAsync() => Dossiers.Value;

    private static async Task<(string, string)> CreateAsync()
    {
        var filed = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(surname: "Chaine", firstNames: "Anne"));
        var processed = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(surname: "Maillon", firstNames: "Léa"));
        var token = await TokenOfAsync(EtatCivil);
        await PerformAsync(token, processed, "PRENDRE_EN_CHARGE");
        await SucceedAsync("AddNote", Session(token), Number(processed), E("Text", "Note interne : pièce vérifiée."));
        await SucceedAsync("SendMessage", Session(token), Number(processed), E("Text", "Votre demande est en cours de traitement."));
        return (filed, processed);
    }

    /// <summary>The events of a dossier as stored, with their links.</summary>
    public sealed record ChainedEvent(long Sequence, string OccurredAt, string Kind, string? StepCode, string Actor, string? Detail,
        string? PreviousHash, string? Hash);

    public static async Task<IReadOnlyList<ChainedEvent>> EventsAsync(Database database, string number)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<ChainedEvent>(
            """
            SELECT sequence, occurred_at AS OccurredAt, kind, step_code AS StepCode, actor, detail, previous_hash AS PreviousHash, hash
            FROM dossier_events WHERE dossier_number = @number ORDER BY sequence
            """, new { number })).AsList();
    }

    public static async Task ExecuteAsync(Database database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public static async Task<long> CountAsync(Database database, string sql)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    /// <summary>Verifies a copy of the shared host's store with the host's published certificate.</summary>
    public static Task<HistoryReport> VerifyAsync(Database database) =>
        new HistoryVerifier(database, Seals.PublishedOf(SharedHost.Host.DatabasePath)).VerifyAsync();
}

/// <summary>A copy of the shared host's store in a folder of its own, deleted when disposed.</summary>
public sealed class StoreCopy : IDisposable
{
    private readonly string _folder;

    private StoreCopy(string folder) => _folder = folder;

    public string File => Path.Combine(_folder, "wsc.db");
    public Database Database => new(File);

    public static async Task<StoreCopy> TakeAsync()
    {
        var copy = new StoreCopy(Path.Combine(Path.GetTempPath(), "wsc-chain-" + Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(copy._folder);
        var file = copy.File;
        // VACUUM INTO writes its copy with the connection's own access: not a read-only one.
        await using (var source = await SharedHost.Host.Store.OpenAsync())
            await source.ExecuteAsync("VACUUM INTO @file", new { file });
        return copy;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
