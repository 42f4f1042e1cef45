using System.Data.Common;
using System.Globalization;
using Dapper;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Statistics;

/// <summary>
/// Adds each filing and each step change to the statistics roll-ups (migration 0010), inside the
/// transaction that makes the change, so the statistics never disagree with the dossiers. Test
/// dossiers are left out. Upserts keep it to one row write per table and change.
/// </summary>
public static class StatisticsRecorder
{
    /// <summary>Who the histograms' agent column names for the platform's own moves, and for "every agent".</summary>
    public const string NoAgent = "";

    /// <summary>The step code of the whole dossier's delay, submission to closing.</summary>
    public const string WholeDossier = "";

    /// <summary>Counts a dossier just filed, on its commune's local day.</summary>
    public static async Task FiledAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier)
    {
        if (dossier.IsTest) return;
        var zone = await TimeZoneAsync(connection, transaction, dossier.CommuneCode);
        await CountDayAsync(connection, transaction, dossier, LocalDay(zone, Timestamps.Parse(dossier.SubmittedAt)), filed: 1, closed: 0, rejected: 0);
    }

    /// <summary>
    /// Records a dossier leaving its current step at <paramref name="at"/> for a step that closes it or
    /// not: the stay in the step, and when it closes, the whole delay and the day's closings.
    /// </summary>
    public static async Task StepLeftAsync(DbConnection connection, DbTransaction transaction, DossierRecord before,
        bool closes, bool rejects, string actor, DateTimeOffset at)
    {
        if (before.IsTest) return;
        var zone = await TimeZoneAsync(connection, transaction, before.CommuneCode);
        var local = TimeZoneInfo.ConvertTimeFromUtc(at.UtcDateTime, zone);
        var month = local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var agent = DossierProcessing.AgentIdOf(actor) ?? NoAgent;

        // A step's stay counts for every agent together; an agent's own figures are the dossiers they closed.
        await AddDelayAsync(connection, transaction, before, month, before.CurrentStep, NoAgent, Seconds(before.CurrentStepSince, at));
        if (!closes) return;
        await AddDelayAsync(connection, transaction, before, month, WholeDossier, agent, Seconds(before.SubmittedAt, at));
        await CountDayAsync(connection, transaction, before, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), filed: 0, closed: 1, rejected: rejects ? 1 : 0);
    }

    /// <summary>The commune's local date of a UTC instant, as the statistics' days are written (YYYY-MM-DD).</summary>
    public static string LocalDay(TimeZoneInfo zone, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Seconds(string since, DateTimeOffset at) =>
        Math.Max(0, (long)(at.UtcDateTime - Timestamps.Parse(since)).TotalSeconds);

    private static async Task<TimeZoneInfo> TimeZoneAsync(DbConnection connection, DbTransaction transaction, string communeCode) =>
        TimeZoneInfo.FindSystemTimeZoneById(await connection.QuerySingleAsync<string>(
            "SELECT time_zone FROM communes WHERE code = @communeCode", new { communeCode }, transaction));

    private static Task CountDayAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, string day,
        int filed, int closed, int rejected) =>
        connection.ExecuteAsync(
            """
            INSERT INTO statistics_days (commune_code, day, procedure_code, channel, applicant_kind, filed, closed, rejected)
            VALUES (@CommuneCode, @day, @ProcedureCode, @Channel, @ApplicantKind, @filed, @closed, @rejected)
            ON CONFLICT (commune_code, day, procedure_code, channel, applicant_kind) DO UPDATE SET
                filed = statistics_days.filed + excluded.filed,
                closed = statistics_days.closed + excluded.closed,
                rejected = statistics_days.rejected + excluded.rejected
            """, new { dossier.CommuneCode, day, dossier.ProcedureCode, dossier.Channel, dossier.ApplicantKind, filed, closed, rejected }, transaction);

    /// <summary>One delay into the histogram of every agent, and into the acting agent's own.</summary>
    private static async Task AddDelayAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier,
        string month, string stepCode, string agent, long seconds)
    {
        foreach (var agentId in agent == NoAgent ? [NoAgent] : new[] { NoAgent, agent })
            await connection.ExecuteAsync(
                """
                INSERT INTO statistics_delays (commune_code, month, procedure_code, step_code, agent_id, bucket, dossiers, total_seconds)
                VALUES (@CommuneCode, @month, @ProcedureCode, @stepCode, @agentId, @bucket, 1, @seconds)
                ON CONFLICT (commune_code, month, procedure_code, step_code, agent_id, bucket) DO UPDATE SET
                    dossiers = statistics_delays.dossiers + 1,
                    total_seconds = statistics_delays.total_seconds + excluded.total_seconds
                """, new { dossier.CommuneCode, month, dossier.ProcedureCode, stepCode, agentId, bucket = DelayBuckets.UpperBound(seconds), seconds },
                transaction);
    }
}
