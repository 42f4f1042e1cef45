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
/// Fills a store with realistic dossiers: thirty communes of very different sizes (Orléans and Tours
/// take half of them, twenty villages 10 % together), the 43 procedures of the catalogue (a few asked
/// much more than others), the four channels, applicants of every kind where a procedure's options
/// name them, 24 months of filings on working hours, delays around each procedure's announced delay, a
/// few rejections, closings by the communes' agents (and some by the platform), and the dossiers still
/// open at the end (about 2 %, some waiting for the citizen, most assigned to an agent). Half the web
/// filings come from a citizen account, and some accounts follow many dossiers.
/// Each dossier is written with what the filing writes (<see cref="DossierStore.InsertAsync"/>): its row,
/// its delivery sequence (<see cref="DeliverySequence"/>), its search terms
/// (<see cref="Search.DossierSearchIndex"/>), its hash-chained history
/// (<see cref="DossierStore.AppendEventAsync"/>) and its statistics (<see cref="StatisticsRecorder"/>,
/// the very calls the filing and the workflow make) — only the outbox and the webhooks are left out (no
/// measured query reads them, and their rows are deleted once sent). Deterministic: each transaction of
/// <see cref="DossiersPerTransaction"/> dossiers draws from its own seed, so that a generation cut short
/// resumes where it stopped and gives the same store.
/// </summary>
public static class StoreGenerator
{
    /// <summary>INSEE code, name, postal code, share of the dossiers, agents, delays public.</summary>
    public static readonly (string Code, string Name, string PostalCode, double Share, int Agents, bool DelaysPublic)[] Communes =
    [
        ("45234", "Orléans", "45000", 0.27, 14, true),
        ("37261", "Tours", "37000", 0.198, 12, true),
        ("28085", "Chartres", "28000", 0.09, 6, true),
        ("41018", "Blois", "41000", 0.081, 6, false),
        ("18033", "Bourges", "18000", 0.081, 6, true),
        ("45232", "Olivet", "45160", 0.054, 4, true),
        ("45147", "Fleury-les-Aubrais", "45400", 0.045, 4, true),
        ("45284", "Saint-Jean-de-Braye", "45800", 0.045, 3, true),
        ("45302", "Saran", "45770", 0.036, 3, true),
        // Twenty villages and small towns around them: 10 % of the dossiers together, from 2 % down to 0.1 %.
        ("37003", "Amboise", "37400", 0.020, 3, true),
        ("41269", "Vendôme", "41100", 0.015, 2, true),
        ("28134", "Dreux", "28100", 0.012, 2, false),
        ("45285", "Saint-Jean-de-la-Ruelle", "45140", 0.010, 2, true),
        ("45169", "Ingré", "45140", 0.008, 2, true),
        ("45089", "Chécy", "45430", 0.006, 1, true),
        ("45075", "La Chapelle-Saint-Mesmin", "45380", 0.005, 1, true),
        ("45274", "Saint-Denis-en-Val", "45560", 0.004, 1, true),
        ("45286", "Saint-Jean-le-Blanc", "45650", 0.0035, 1, true),
        ("45298", "Saint-Pryvé-Saint-Mesmin", "45750", 0.003, 1, true),
        ("45272", "Saint-Cyr-en-Val", "45590", 0.0025, 1, true),
        ("45194", "Mardié", "45430", 0.002, 1, false),
        ("45308", "Semoy", "45400", 0.002, 1, true),
        ("45282", "Saint-Hilaire-Saint-Mesmin", "45160", 0.0015, 1, true),
        ("45072", "Chanteau", "45400", 0.0012, 1, true),
        ("45034", "Boigny-sur-Bionne", "45760", 0.0012, 1, true),
        ("45197", "Marigny-les-Usages", "45760", 0.001, 1, true),
        ("45235", "Ormes", "45140", 0.001, 1, true),
        ("45043", "Bou", "45430", 0.001, 1, true),
        ("45100", "Combleux", "45800", 0.001, 1, true),
    ];

    public const int DossiersPerTransaction = 20_000;
    private const int Seed = 20260101;
    private const double RejectedShare = 0.07;
    private const double ClosedByPlatformShare = 0.05;
    private const double AwaitingCitizenShareOfOpen = 0.2;
    private const double AssignedShareOfOpen = 0.6;
    private const double WebFiledFromAccountShare = 0.5;
    /// <summary>One account for every five dossiers: with the skewed draw, most follow one or two, a few dozens.</summary>
    private const int DossiersPerAccount = 5;

    public static async Task GenerateAsync(Database database, int count, ProcedureCatalogue catalogue, TextWriter log, string doneMarker)
    {
        var watch = Stopwatch.StartNew();
        Migrator.Migrate(database);
        var written = (int)await DossierCountAsync(database);
        if (written % DossiersPerTransaction != 0 || written > count)
            throw new InvalidOperationException($"The store holds {written} dossiers, not a whole number of batches below {count}: delete it.");
        if (written == 0) await CommunesAndAgentsAsync(database, catalogue);
        else log.WriteLine($"Resuming after {written:N0} dossiers.");
        var agents = Communes.ToDictionary(c => c.Code, c => Enumerable.Range(0, c.Agents).Select(a => AgentId(c.Code, a)).ToArray());

        var procedures = catalogue.Procedures.ToArray();
        // A few procedures take most dossiers (civil status, identity cards), as in any town hall: Zipf weights.
        var procedureWeights = Cumulative(procedures.Select((_, i) => 1.0 / (i + 1)).ToArray());
        var communeWeights = Cumulative(Communes.Select(c => c.Share).ToArray());
        var channelWeights = Cumulative([0.58, 0.27, 0.10, 0.05]);
        string[] channels = ["Web", "Soap", "Counter", "Phone"];
        var first = BenchmarkStore.Now.AddMonths(-24);
        var span = (BenchmarkStore.Now - first).TotalSeconds;
        var accounts = Math.Max(10, count / DossiersPerAccount);

        while (written < count)
        {
            var random = new Random(Seed + written / DossiersPerTransaction);
            await using var connection = await database.OpenAsync();
            if (connection is Microsoft.Data.Sqlite.SqliteConnection)
                // A generated store is thrown away on a crash: no syncs, and a cache large enough for the term index.
                await connection.ExecuteAsync("PRAGMA synchronous = OFF; PRAGMA cache_size = -3000000; PRAGMA temp_store = MEMORY;");
            await using var transaction = await connection.BeginTransactionAsync();
            var batch = Math.Min(DossiersPerTransaction, count - written);
            for (var i = 0; i < batch; i++)
            {
                var index = written + i;
                var procedure = procedures[Pick(random, procedureWeights)];
                var commune = Communes[Pick(random, communeWeights)];
                var filedAt = WorkingHour(random, first.AddSeconds(random.NextDouble() * span));
                var channel = channels[Pick(random, channelWeights)];
                // Skewed towards the first accounts: a few citizens (families, associations) file many dossiers.
                var citizen = channel == "Web" && random.NextDouble() < WebFiledFromAccountShare
                    ? (int)(accounts * Math.Pow(random.NextDouble(), 1.3)) : (int?)null;
                await WriteDossierAsync(connection, transaction, random, index, procedure, commune, agents[commune.Code],
                    channel, ApplicantKind(random, procedure), filedAt, citizen);
            }
            await transaction.CommitAsync();
            written += batch;
            log.WriteLine($"{written:N0} dossiers ({watch.Elapsed:hh\\:mm\\:ss})");
        }
        await SealAsync(database, doneMarker, $"{count} dossiers generated in {watch.Elapsed}");
        log.WriteLine($"Generated {count:N0} dossiers in {watch.Elapsed:hh\\:mm\\:ss}.");
    }

    /// <summary>
    /// Makes the store ready to measure (the migrations written since it was generated, the planner's
    /// statistics, the WAL folded into the file) and marks it finished. Also for a generation stopped before
    /// its end: its committed dossiers are a store in their own right.
    /// </summary>
    public static async Task SealAsync(Database database, string doneMarker, string note)
    {
        Migrator.Migrate(database);
        await using (var connection = await database.OpenAsync())
            // A full ANALYZE: statistics sampled with analysis_limit misled SQLite's planner on the 10-million store (every
            // index of a commune looked a thousand entries long). The host itself runs none (SqlDialect.IndexedBy).
            await connection.ExecuteAsync(connection is Microsoft.Data.Sqlite.SqliteConnection ? "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);" : "ANALYZE;");
        await System.IO.File.WriteAllTextAsync(doneMarker, note + "\n");
    }

    public static async Task<long> DossierCountAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dossiers");
    }

    /// <summary>The account of generated citizen <paramref name="index"/>: the same id and address wherever it is drawn.</summary>
    public static string CitizenId(long index) => index.ToString("x32");

    /// <summary>The address of generated citizen <paramref name="index"/>.</summary>
    public static string CitizenEmail(long index) => $"citoyen{index}@bench.example";

    public static string AgentId(string commune, int index) => $"bench-{commune}-{index}";

    /// <summary>One dossier: its row, its history, and its statistics through the recorder, move by move.</summary>
    private static async Task WriteDossierAsync(DbConnection connection, DbTransaction transaction, Random random, int index,
        ProcedureDefinition procedure, (string Code, string Name, string PostalCode, double Share, int Agents, bool DelaysPublic) commune,
        string[] agents, string channel, string applicantKind, DateTimeOffset filedAt, int? citizen)
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
        // The agent who handles it: most open dossiers are taken, and a closed one keeps whoever closed it.
        var assigned = closed || random.NextDouble() < AssignedShareOfOpen ? agents[random.Next(agents.Length)] : null;
        var citizenId = citizen is { } c ? CitizenId(c) : null;
        if (citizenId is not null)
            await connection.ExecuteAsync(
                """
                INSERT INTO citizens (id, email, email_confirmed_at, password_hash, created_at) VALUES (@citizenId, @email, @at, 'unused', @at)
                ON CONFLICT (id) DO NOTHING
                """, new { citizenId, email = CitizenEmail(citizen!.Value), at = "2024-01-01T00:00:00.000Z" }, transaction);
        var request = GeneratedRequest.For(procedure, commune.Name, commune.PostalCode, random);
        var dossier = new DossierRecord(number, commune.Code, procedure.Code, procedure.Version, "bench-" + number, RequestDocument.Hash(procedure.Code, request),
            TrackingCode.NewCode(), request, procedure.InitialStep.Code, channel, submitted, lastAt ?? submitted, CitizenId: citizenId,
            AssignedAgentId: assigned, ApplicantKind: applicantKind);
        await connection.ExecuteAsync(
            """
            INSERT INTO dossiers (number, commune_code, procedure_code, procedure_version, client_request_id, request_hash, tracking_code,
                                  request_xml, current_step, channel, submitted_at, updated_at, state, step_entered_at, closed_at, applicant_kind,
                                  citizen_id, assigned_agent_id)
            VALUES (@Number, @CommuneCode, @ProcedureCode, @ProcedureVersion, @ClientRequestId, @RequestHash, @TrackingCode,
                    @RequestXml, @current, @Channel, @SubmittedAt, @UpdatedAt, @state, @lastAt, @closedAt, @ApplicantKind, @CitizenId, @AssignedAgentId)
            """, new { dossier.Number, dossier.CommuneCode, dossier.ProcedureCode, dossier.ProcedureVersion, dossier.ClientRequestId,
                dossier.RequestHash, dossier.TrackingCode, dossier.RequestXml, current = current.Code, dossier.Channel, dossier.SubmittedAt,
                dossier.UpdatedAt, state, lastAt, closedAt = closed ? lastAt : null, dossier.ApplicantKind, dossier.CitizenId,
                dossier.AssignedAgentId }, transaction);
        await DeliverySequence.AssignAsync(connection, transaction, number, dossier.CommuneCode);
        await Search.DossierSearchIndex.WriteAsync(connection, transaction, dossier);
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

    /// <summary>The communes (Europe/Paris), one profile per theme, their agents.</summary>
    private static async Task CommunesAndAgentsAsync(Database database, ProcedureCatalogue catalogue)
    {
        var store = new CommuneStore(database);
        var agentStore = new AgentStore(database);
        var themes = catalogue.Procedures.Select(p => p.Theme).Distinct().Order(StringComparer.Ordinal).ToArray();
        foreach (var commune in Communes)
        {
            await store.SaveAsync(new Commune(commune.Code, commune.Name, CommuneProfile.BackOffice, "#1b4f72", "#b03a2e", null, null, "Europe/Paris"));
            var profiles = themes.Select(t => new AgentProfile(t, Texts.CatalogueTexts.ThemeLabel(t) ?? t, [t])).ToArray();
            foreach (var profile in profiles) await agentStore.SaveProfileAsync(commune.Code, profile);
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("UPDATE communes SET delays_public = @p WHERE code = @Code", new { p = commune.DelaysPublic ? 1 : 0, commune.Code });
            for (var a = 0; a < commune.Agents; a++)
            {
                var agent = new Agent(AgentId(commune.Code, a), commune.Code, $"agent{a}@{commune.Code}.bench", $"Agent {a + 1} ({commune.Name})",
                    AgentRole.Agent, [profiles[a % profiles.Length]]);
                await using var transaction = await connection.BeginTransactionAsync();
                await agentStore.InsertAsync(connection, transaction, agent, "unused", "2024-01-01T00:00:00.000Z");
                await transaction.CommitAsync();
            }
        }
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

    /// <summary>
    /// Numbers in sequence (random numbers could collide among millions), eight characters of the numbers'
    /// alphabet and the check character, as <see cref="DossierNumber.Normalize"/> accepts them.
    /// </summary>
    public static string Number(long index)
    {
        var chars = new char[8];
        for (var i = 7; i >= 0; i--)
        {
            chars[i] = DossierNumber.Alphabet[(int)(index % DossierNumber.Alphabet.Length)];
            index /= DossierNumber.Alphabet.Length;
        }
        return DossierNumber.WithCheck(chars);
    }

    /// <summary>The index <see cref="Number"/> made <paramref name="number"/> from.</summary>
    public static long IndexOf(string number)
    {
        long index = 0;
        foreach (var c in number.Replace("-", "")[..8])
            index = index * DossierNumber.Alphabet.Length + DossierNumber.Alphabet.IndexOf(c);
        return index;
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
