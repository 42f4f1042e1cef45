using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// Makes a store of N × K dossiers from a generated store of N (SQLite): the platform hosting K regions
/// like the generated one. Copy k (1 … K − 1) of every commune gets another department (its INSEE code's
/// first two digits become 60 + k), so that each commune keeps the volume, backlog and accounts of the
/// generated store while the tables grow K times — what the query benchmarks must show flat. Every row
/// that names a commune, a dossier, an agent or an account is copied with the copy's keys (numbers
/// following the generated ones, with their check character; new tracking codes; other accounts and
/// agents); the statistics roll-ups are copied per commune, so they stay exact.
/// Generating 10 million dossiers statement by statement takes hours (<see cref="StoreGenerator"/>, about
/// 1 ms a dossier); this copies whole tables in the engine (INSERT … SELECT with the key changes as SQL
/// functions) in minutes.
/// Two things a copy does not carry: the histories' hash chains (copied as they are, they chain the
/// generated dossier's number, so <c>verify-history</c> would flag the copies; no measured query reads the
/// hashes) and the search terms made of the dossier's own number (the copy is indexed under the generated
/// number's parts).
/// </summary>
public static class StoreMultiplier
{
    /// <summary>The department of copy k: 61 … 99 (the generated communes are in 18, 28, 37, 41 and 45).</summary>
    private const int FirstDepartment = 60;
    public const int MaxCopies = 40;

    public static async Task MultiplyAsync(string seedFile, long seedDossiers, int copies, string targetFile, string doneMarker, TextWriter log)
    {
        if (copies is < 2 or > MaxCopies) throw new ArgumentOutOfRangeException(nameof(copies), $"Between 2 and {MaxCopies} copies.");
        var watch = Stopwatch.StartNew();
        File.Delete(doneMarker);
        File.Delete(targetFile);
        File.Delete(targetFile + "-wal");
        File.Delete(targetFile + "-shm");
        log.WriteLine($"Copying {seedFile} …");
        File.Copy(seedFile, targetFile);
        var citizens = Math.Max(10, seedDossiers / 5);

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = targetFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false, ForeignKeys = false,
        }.ToString());
        await connection.OpenAsync();
        RegisterKeyChanges(connection, seedDossiers, citizens);
        // A copied store is thrown away on a crash: no journal, no syncs, a large cache for the indexes.
        await ExecuteAsync(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8000000; PRAGMA temp_store = MEMORY;");
        await ExecuteAsync(connection, $"ATTACH DATABASE '{seedFile.Replace("'", "''")}' AS seed;");

        for (var k = 1; k < copies; k++)
        {
            await using var transaction = connection.BeginTransaction();
            foreach (var statement in CopyStatements)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                command.CommandTimeout = 0;
                command.Parameters.AddWithValue("@k", k);
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
            log.WriteLine($"{seedDossiers * (k + 1):N0} dossiers ({watch.Elapsed:hh\\:mm\\:ss})");
        }
        await ExecuteAsync(connection, "DETACH DATABASE seed; PRAGMA journal_mode = WAL;");
        await connection.CloseAsync();
        await StoreGenerator.SealAsync(new Storage.Database(targetFile), doneMarker,
            $"{seedDossiers * copies} dossiers: {copies} copies of {seedFile}, made in {watch.Elapsed}");
        log.WriteLine($"Made {seedDossiers * copies:N0} dossiers in {watch.Elapsed:hh\\:mm\\:ss}: {targetFile}");
    }

    /// <summary>Each table of the generated store that holds rows, copied with copy @k's keys (parents first).</summary>
    private static readonly string[] CopyStatements =
    [
        """
        INSERT INTO communes (code, name, profile, primary_color, secondary_color, logo_url, website_url, time_zone, header_text,
                              preview_key_hash, delays_public, dossier_email, certificate)
        SELECT wsc_commune(code, @k), name || ' (' || (60 + @k) || ')', profile, primary_color, secondary_color, logo_url, website_url,
               time_zone, header_text, NULL, delays_public, NULL, NULL FROM seed.communes
        """,
        "INSERT INTO agent_profiles (commune_code, code, label, scope) SELECT wsc_commune(commune_code, @k), code, label, scope FROM seed.agent_profiles",
        """
        INSERT INTO agents (id, commune_code, email, display_name, role, password_hash, created_at, disabled_at)
        SELECT wsc_agent(id, @k), wsc_commune(commune_code, @k), replace(email, commune_code, wsc_commune(commune_code, @k)),
               display_name, role, password_hash, created_at, disabled_at FROM seed.agents
        """,
        "INSERT INTO agent_profile_members (agent_id, profile_code) SELECT wsc_agent(agent_id, @k), profile_code FROM seed.agent_profile_members",
        """
        INSERT INTO citizens (id, email, email_confirmed_at, password_hash, created_at, notify_steps, notify_messages)
        SELECT wsc_citizen(id, @k), wsc_citizen_email(id, @k), email_confirmed_at, password_hash, created_at, notify_steps, notify_messages
        FROM seed.citizens
        """,
        "INSERT INTO delivery_counters (commune_code, last_value) SELECT wsc_commune(commune_code, @k), last_value FROM seed.delivery_counters",
        """
        INSERT INTO dossiers (number, commune_code, procedure_code, procedure_version, client_request_id, request_hash, tracking_code,
                              request_xml, current_step, channel, submitted_at, updated_at, is_test, origin_commune_code, citizen_id, state,
                              assigned_agent_id, step_entered_at, configuration_version, closed_at, applicant_kind, delivery_sequence)
        SELECT wsc_number(number, @k), wsc_commune(commune_code, @k), procedure_code, procedure_version, 'bench-' || wsc_number(number, @k),
               request_hash, wsc_tracking_code(), request_xml, current_step, channel, submitted_at, updated_at, is_test,
               wsc_commune(origin_commune_code, @k), wsc_citizen(citizen_id, @k), state, wsc_agent(assigned_agent_id, @k), step_entered_at,
               configuration_version, closed_at, applicant_kind, delivery_sequence
        FROM seed.dossiers ORDER BY number
        """,
        """
        INSERT INTO dossier_events (dossier_number, sequence, occurred_at, kind, step_code, actor, detail, previous_hash, hash)
        SELECT wsc_number(dossier_number, @k), sequence, occurred_at, kind, step_code, wsc_actor(actor, @k), detail, previous_hash, hash
        FROM seed.dossier_events ORDER BY dossier_number, sequence
        """,
        """
        INSERT INTO dossier_terms (commune_code, term, dossier_number)
        SELECT wsc_commune(commune_code, @k), term, wsc_number(dossier_number, @k) FROM seed.dossier_terms
        ORDER BY commune_code, term, dossier_number
        """,
        """
        INSERT INTO statistics_days (commune_code, day, procedure_code, channel, applicant_kind, filed, closed, rejected)
        SELECT wsc_commune(commune_code, @k), day, procedure_code, channel, applicant_kind, filed, closed, rejected FROM seed.statistics_days
        """,
        """
        INSERT INTO statistics_delays (commune_code, month, procedure_code, step_code, agent_id, bucket, dossiers, total_seconds)
        SELECT wsc_commune(commune_code, @k), month, procedure_code, step_code, wsc_agent(agent_id, @k), bucket, dossiers, total_seconds
        FROM seed.statistics_delays
        """,
    ];

    /// <summary>The key changes of copy k, as SQL functions (null stays null; what is not a generated key stays as it is).</summary>
    private static void RegisterKeyChanges(SqliteConnection connection, long seedDossiers, long citizens)
    {
        connection.CreateFunction("wsc_commune", (string? code, long k) => code is null ? null : CommuneOf(code, k), isDeterministic: true);
        connection.CreateFunction("wsc_number", (string number, long k) => NumberOf(number, k, seedDossiers), isDeterministic: true);
        connection.CreateFunction("wsc_agent", (string? agent, long k) => agent is null ? null : AgentOf(agent, k), isDeterministic: true);
        connection.CreateFunction("wsc_actor", (string actor, long k) =>
            actor.StartsWith(DossierProcessing.AgentActorPrefix, StringComparison.Ordinal)
                ? DossierProcessing.AgentActorPrefix + AgentOf(actor[DossierProcessing.AgentActorPrefix.Length..], k)
                : actor, isDeterministic: true);
        connection.CreateFunction("wsc_citizen", (string? id, long k) => id is null ? null : StoreGenerator.CitizenId(CitizenIndex(id, k, citizens)),
            isDeterministic: true);
        connection.CreateFunction("wsc_citizen_email", (string id, long k) => StoreGenerator.CitizenEmail(CitizenIndex(id, k, citizens)),
            isDeterministic: true);
        connection.CreateFunction("wsc_tracking_code", () => TrackingCode.NewCode());
    }

    private static string CommuneOf(string code, long k) => (FirstDepartment + k).ToString(CultureInfo.InvariantCulture) + code[2..];

    /// <summary>"bench-45234-3" → "bench-61234-3"; an id the generator did not make (the platform) is kept.</summary>
    private static string AgentOf(string agent, long k)
    {
        var parts = agent.Split('-');
        return parts is ["bench", var commune, var index] ? StoreGenerator.AgentId(CommuneOf(commune, k), int.Parse(index, CultureInfo.InvariantCulture)) : agent;
    }

    private static string NumberOf(string number, long k, long seedDossiers) =>
        StoreGenerator.Number(StoreGenerator.IndexOf(number) + k * seedDossiers);

    private static long CitizenIndex(string id, long k, long citizens) => long.Parse(id, NumberStyles.HexNumber, CultureInfo.InvariantCulture) + k * citizens;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
