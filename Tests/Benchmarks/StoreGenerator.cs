using System.Data.Common;
using System.Diagnostics;
using Dapper;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// Fills a SQLite store with realistic dossiers: several communes of very different sizes, the 43
/// procedures of the catalogue (a few asked much more than others), the four channels, applicants of
/// every kind where a procedure's options name them, 24 months of filings on working hours, delays
/// around each procedure's announced delay, a few rejections, closings by the communes' agents (and
/// some by the platform), and the dossiers still open at the end (about 2 %, some waiting for the
/// citizen). Dossiers and their histories are written directly; the statistics are written through
/// StatisticsRecorder, the very calls the filing and the workflow make, so the roll-ups are what the
/// platform would have computed. Deterministic (seeded).
/// </summary>
public static class StoreGenerator
{
    /// <summary>INSEE code, name, share of the dossiers, agents, delays public.</summary>
    public static readonly (string Code, string Name, double Share, int Agents, bool DelaysPublic)[] Communes =
    [
        ("45234", "Orléans", 0.30, 14, true),
        ("37261", "Tours", 0.22, 12, true),
        ("28085", "Chartres", 0.10, 6, true),
        ("41018", "Blois", 0.09, 6, false),
        ("18033", "Bourges", 0.09, 6, true),
        ("45232", "Olivet", 0.06, 4, true),
        ("45147", "Fleury-les-Aubrais", 0.05, 4, true),
        ("45284", "Saint-Jean-de-Braye", 0.05, 3, true),
        ("45302", "Saran", 0.04, 3, true),
    ];

    private const int DossiersPerTransaction = 20_000;
    private const double RejectedShare = 0.07;
    private const double ClosedByPlatformShare = 0.05;
    private const double AwaitingCitizenShareOfOpen = 0.2;
    private const string Request = "<request xmlns=\"urn:wsc:benchmark\"><note>généré pour le banc d'essai</note></request>";

    public static async Task GenerateAsync(string file, int count, ProcedureCatalogue catalogue, TextWriter log)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var stale in new[] { file, file + "-wal", file + "-shm", file + ".done" }) System.IO.File.Delete(stale);
        var watch = Stopwatch.StartNew();
        var database = new Database(file);
        Migrator.Migrate(database);
        var agents = await CommunesAndAgentsAsync(database, catalogue);

        var random = new Random(20260101);
        var procedures = catalogue.Procedures.ToArray();
        // A few procedures take most dossiers (civil status, identity cards), as in any town hall: Zipf weights.
        var procedureWeights = Cumulative(procedures.Select((_, i) => 1.0 / (i + 1)).ToArray());
        var communeWeights = Cumulative(Communes.Select(c => c.Share).ToArray());
        var channelWeights = Cumulative([0.58, 0.27, 0.10, 0.05]);
        string[] channels = ["Web", "Soap", "Counter", "Phone"];
        var first = BenchmarkStore.Now.AddMonths(-24);
        var span = (BenchmarkStore.Now - first).TotalSeconds;

        var written = 0;
        while (written < count)
        {
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; PRAGMA temp_store = MEMORY;");
            await using var transaction = await connection.BeginTransactionAsync();
            var batch = Math.Min(DossiersPerTransaction, count - written);
            for (var i = 0; i < batch; i++)
            {
                var index = written + i;
                var procedure = procedures[Pick(random, procedureWeights)];
                var commune = Communes[Pick(random, communeWeights)];
                var filedAt = WorkingHour(random, first.AddSeconds(random.NextDouble() * span));
                await WriteDossierAsync(connection, transaction, random, index, procedure, commune.Code, agents[commune.Code],
                    channels[Pick(random, channelWeights)], ApplicantKind(random, procedure), filedAt);
            }
            await transaction.CommitAsync();
            written += batch;
            log.WriteLine($"{written:N0} dossiers ({watch.Elapsed:mm\\:ss})");
        }
        await using (var connection = await database.OpenAsync())
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        await System.IO.File.WriteAllTextAsync(file + ".done", $"{count} dossiers generated in {watch.Elapsed}\n");
        log.WriteLine($"Generated {count:N0} dossiers in {watch.Elapsed:hh\\:mm\\:ss}: {file}");
    }

    /// <summary>One dossier: its row, its history, and its statistics through the recorder, move by move.</summary>
    private static async Task WriteDossierAsync(DbConnection connection, DbTransaction transaction, Random random, int index,
        ProcedureDefinition procedure, string commune, string[] agents, string channel, string applicantKind, DateTimeOffset filedAt)
    {
        var number = Number(index);
        var submitted = Timestamps.ToText(filedAt);
        // The path: the first step, some of the following ones, then the closing step or an exit.
        var middle = procedure.Steps.Where(s => !s.IsFinal).Skip(1).Where(_ => random.NextDouble() < 0.5).Take(3).ToList();
        var rejected = random.NextDouble() < RejectedShare && procedure.ExitSteps.Any();
        var end = rejected ? procedure.ExitSteps.First() : procedure.ClosingStep;
        // The whole delay: around the announced one, sometimes much longer (log-normal), split among the stays.
        var total = procedure.ExpectedDays * 86400.0 * Math.Exp(Normal(random) * 0.8 - 0.6);
        var weights = Enumerable.Range(0, middle.Count + 1).Select(_ => 0.2 + random.NextDouble()).ToArray();
        var moves = new List<(WorkflowStep Step, DateTimeOffset At)>();
        var at = filedAt;
        for (var m = 0; m <= middle.Count; m++)
        {
            at = at.AddSeconds(Math.Max(60, total * weights[m] / weights.Sum()));
            if (at > BenchmarkStore.Now) break;
            moves.Add((m < middle.Count ? middle[m] : end, at));
        }

        var closed = moves.Count == middle.Count + 1;
        var current = moves.Count == 0 ? procedure.InitialStep : moves[^1].Step;
        var state = closed ? DossierStates.Closed : random.NextDouble() < AwaitingCitizenShareOfOpen ? DossierStates.AwaitingCitizen : DossierStates.Open;
        var lastAt = moves.Count == 0 ? null : Timestamps.ToText(moves[^1].At);
        var dossier = new DossierRecord(number, commune, procedure.Code, procedure.Version, "bench-" + number, RequestDocument.Hash(procedure.Code, Request), number.Replace("-", ""),
            Request, procedure.InitialStep.Code, channel, submitted, lastAt ?? submitted, ApplicantKind: applicantKind);
        await connection.ExecuteAsync(
            """
            INSERT INTO dossiers (number, commune_code, procedure_code, procedure_version, client_request_id, request_hash, tracking_code,
                                  request_xml, current_step, channel, submitted_at, updated_at, state, step_entered_at, closed_at, applicant_kind)
            VALUES (@Number, @CommuneCode, @ProcedureCode, @ProcedureVersion, @ClientRequestId, @RequestHash, @TrackingCode,
                    @RequestXml, @current, @Channel, @SubmittedAt, @UpdatedAt, @state, @lastAt, @closedAt, @ApplicantKind)
            """, new { dossier.Number, dossier.CommuneCode, dossier.ProcedureCode, dossier.ProcedureVersion, dossier.ClientRequestId,
                dossier.RequestHash, dossier.TrackingCode, dossier.RequestXml, current = current.Code, dossier.Channel, dossier.SubmittedAt,
                dossier.UpdatedAt, state, lastAt, closedAt = closed ? lastAt : null, dossier.ApplicantKind }, transaction);
        await Event(connection, transaction, number, 1, submitted, DossierEventKinds.Submitted, procedure.InitialStep.Code, Texts.DossierTexts.CitizenActor);
        await StatisticsRecorder.FiledAsync(connection, transaction, dossier);

        var before = dossier;
        for (var m = 0; m < moves.Count; m++)
        {
            var (step, when) = moves[m];
            var actor = step.IsFinal && random.NextDouble() < ClosedByPlatformShare
                ? Workflow.WorkflowEngine.PlatformActor
                : DossierProcessing.AgentActorPrefix + agents[random.Next(agents.Length)];
            await StatisticsRecorder.StepLeftAsync(connection, transaction, before, step.IsFinal, step.IsExit, actor, when);
            var text = Timestamps.ToText(when);
            await Event(connection, transaction, number, m + 2, text, DossierEventKinds.StepReached, step.Code, actor);
            before = before with { CurrentStep = step.Code, StepEnteredAt = text };
        }
    }

    // Through the store's append, so that the generated histories are hash-chained like real ones; their heads are
    // not sealed (a signature per event would take hours): the store is as before migration 0017, which a host sealing
    // it once at start-up (HistorySealBackfill) would complete. The statistics benchmarks never read the seals.
    private static Task Event(DbConnection connection, DbTransaction transaction, string number, int sequence, string at, string kind,
        string step, string actor) =>
        DossierStore.AppendUnsealedAsync(connection, transaction, new DossierEvent(number, sequence, at, kind, step, actor, null));

    /// <summary>The communes (Europe/Paris), one profile per theme, their agents; returns each commune's agent ids.</summary>
    private static async Task<Dictionary<string, string[]>> CommunesAndAgentsAsync(Database database, ProcedureCatalogue catalogue)
    {
        var store = new CommuneStore(database);
        var agentStore = new AgentStore(database);
        var themes = catalogue.Procedures.Select(p => p.Theme).Distinct().Order(StringComparer.Ordinal).ToArray();
        var result = new Dictionary<string, string[]>();
        foreach (var commune in Communes)
        {
            await store.SaveAsync(new Commune(commune.Code, commune.Name, CommuneProfile.BackOffice, "#1b4f72", "#b03a2e", null, null, "Europe/Paris"));
            var profiles = themes.Select(t => new AgentProfile(t, Texts.CatalogueTexts.ThemeLabel(t) ?? t, [t])).ToArray();
            foreach (var profile in profiles) await agentStore.SaveProfileAsync(commune.Code, profile);
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("UPDATE communes SET delays_public = @p WHERE code = @Code", new { p = commune.DelaysPublic ? 1 : 0, commune.Code });
            var ids = new List<string>();
            for (var a = 0; a < commune.Agents; a++)
            {
                var agent = new Agent($"bench-{commune.Code}-{a}", commune.Code, $"agent{a}@{commune.Code}.bench", $"Agent {a + 1} ({commune.Name})",
                    AgentRole.Agent, [profiles[a % profiles.Length]]);
                await using var transaction = await connection.BeginTransactionAsync();
                await agentStore.InsertAsync(connection, transaction, agent, "unused", "2024-01-01T00:00:00.000Z");
                await transaction.CommitAsync();
                ids.Add(agent.Id);
            }
            result[commune.Code] = [.. ids];
        }
        return result;
    }

    /// <summary>Who asks: a citizen, unless the procedure's options name kinds of applicants, then one of them a third of the time.</summary>
    private static string ApplicantKind(Random random, ProcedureDefinition procedure)
    {
        var kinds = procedure.AllFields().SelectMany(f => f.Options).Select(o => o.ApplicantKind).OfType<string>().Distinct().ToArray();
        return kinds.Length > 0 && random.NextDouble() < 1.0 / 3 ? kinds[random.Next(kinds.Length)] : ApplicantKinds.Citizen;
    }

    /// <summary>Most filings during the day (7 h–20 h UTC), a few at night; the date stays the one drawn.</summary>
    private static DateTimeOffset WorkingHour(Random random, DateTimeOffset at)
    {
        if (random.NextDouble() >= 0.85) return at;
        var day = new DateTimeOffset(at.UtcDateTime.Date.AddHours(7 + random.NextDouble() * 13), TimeSpan.Zero);
        return day > BenchmarkStore.Now ? at : day;
    }

    /// <summary>Numbers in sequence, written with the dossier numbers' alphabet (random numbers could collide among a million).</summary>
    private static string Number(int index)
    {
        var chars = new char[9];
        for (var i = 8; i >= 0; i--)
        {
            chars[i] = DossierNumber.Alphabet[index % DossierNumber.Alphabet.Length];
            index /= DossierNumber.Alphabet.Length;
        }
        return $"{new string(chars, 0, 3)}-{new string(chars, 3, 3)}-{new string(chars, 6, 3)}";
    }

    private static double[] Cumulative(double[] weights)
    {
        var sum = weights.Sum();
        var running = 0.0;
        return weights.Select(w => running += w / sum).ToArray();
    }

    private static int Pick(Random random, double[] cumulative)
    {
        var draw = random.NextDouble();
        var index = Array.FindIndex(cumulative, c => draw < c);
        return index < 0 ? cumulative.Length - 1 : index;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
