using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Statistics;

/// <summary>A procedure's public figures over a period: dossiers filed and closed in every commune, and the delays of the communes that publish theirs.</summary>
public sealed record PublicProcedureFigures(string ProcedureCode, long Filed, long Closed, DelayFigures? Delay);

/// <summary>
/// What the platform publishes (seed 004's observatory; the expected delay on a form): volumes of
/// every commune, and delays only of communes whose delays are public (communes.delays_public), and
/// only from <see cref="MinimumDossiers"/> closed dossiers up, so that a figure neither misleads nor
/// points at one citizen's case. Test dossiers are never counted (the roll-ups leave them out).
/// </summary>
public sealed class PublicStatistics(Database database, TimeProvider clock)
{
    public const int MinimumDossiers = 5;

    /// <summary>The months an expected delay is computed over: the current one and the two before.</summary>
    public const int ExpectedDelayMonths = 3;

    // Classes with setters, not positional records: over no rows SQLite types SUM(...) as a BLOB, and
    // Dapper, matching a record's constructor by column types, refuses byte[] for long before reading any row.
    private sealed class CountRow
    {
        public string ProcedureCode { get; init; } = "";
        public long Filed { get; init; }
        public long Closed { get; init; }
    }


    /// <summary>Every procedure with dossiers over the period (the last twelve months without one), by code.</summary>
    public async Task<IReadOnlyDictionary<string, PublicProcedureFigures>> ProceduresAsync(StatisticsPeriod? period = null)
    {
        period ??= StatisticsPeriod.LastTwelveMonths(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await using var connection = await database.OpenAsync();
        var counts = await connection.QueryAsync<CountRow>(
            """
            SELECT procedure_code AS ProcedureCode, SUM(filed) AS Filed, SUM(closed) AS Closed
            FROM statistics_days WHERE day >= @from AND day < @until GROUP BY procedure_code
            """, new { from = period.FirstDay, until = period.DayAfter });
        var delays = (await PublicBucketsAsync(connection, null, null, period)).ToLookup(r => r.ProcedureCode);
        return counts.ToDictionary(c => c.ProcedureCode, c => new PublicProcedureFigures(c.ProcedureCode, c.Filed, c.Closed, Published(delays[c.ProcedureCode])));
    }

    /// <summary>
    /// The delay a citizen may expect for a procedure in a commune, from its recent closings, or null when
    /// the commune keeps its delays private or closed too few dossiers lately.
    /// </summary>
    public async Task<DelayFigures?> ExpectedDelayAsync(string communeCode, string procedureCode)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var month = new DateOnly(today.Year, today.Month, 1);
        var period = new StatisticsPeriod(month.AddMonths(1 - ExpectedDelayMonths), month);
        await using var connection = await database.OpenAsync();
        return Published(await PublicBucketsAsync(connection, communeCode, procedureCode, period));
    }

    private static DelayFigures? Published(IEnumerable<DelayRow> rows)
    {
        var histogram = DelayHistogram.Of(rows);
        return histogram.Dossiers >= MinimumDossiers ? histogram.Figures() : null;
    }

    /// <summary>Whole-dossier delays of the communes that publish them, every agent together.</summary>
    private static async Task<IEnumerable<DelayRow>> PublicBucketsAsync(System.Data.Common.DbConnection connection,
        string? communeCode, string? procedureCode, StatisticsPeriod period) =>
        await connection.QueryAsync<DelayRow>(
            """
            SELECT s.procedure_code AS ProcedureCode, s.bucket, SUM(s.dossiers) AS Dossiers, SUM(s.total_seconds) AS TotalSeconds
            FROM statistics_delays s JOIN communes c ON c.code = s.commune_code
            WHERE c.delays_public = 1 AND s.step_code = '' AND s.agent_id = ''
              AND s.month >= @from AND s.month <= @to
            """ + (communeCode is null ? "" : " AND s.commune_code = @communeCode")
                + (procedureCode is null ? "" : " AND s.procedure_code = @procedureCode")
                + " GROUP BY s.procedure_code, s.bucket",
            // Conditions are left out rather than "@x IS NULL OR …": PostgreSQL cannot type a null parameter.
            new { communeCode, procedureCode, from = period.FromMonth, to = period.ToMonth });
}
