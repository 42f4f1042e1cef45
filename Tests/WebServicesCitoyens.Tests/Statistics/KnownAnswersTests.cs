using System.Globalization;
using Dapper;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Tests.Infrastructure;
using static WebServicesCitoyens.Tests.Statistics.KnownAnswersData;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>
/// The statistics of the generated data set (<see cref="KnownAnswersData"/>), checked against answers
/// worked out by hand in each test from the dossiers' dates. Delays: exact averages; median and
/// 90th percentile by nearest rank, rounded up to their bucket (DelayBuckets).
/// </summary>
public sealed class KnownAnswersTests
{
    private const long H = 3600, D = 24 * H;
    private ScratchStore _store = null!;
    private KnownAnswersData _data = null!;
    private CommuneStatisticsReport _report = null!;

    [OneTimeSetUp]
    public async Task FileTheDataSet()
    {
        _store = await ScratchStore.CreateAsync();
        _data = await CreateAsync(_store);
        _report = await _data.ReportAsync(Sophie);
    }

    [OneTimeTearDown]
    public void Remove() => _store.Dispose();

    private static (long Dossiers, double Average, long Median, long Percentile90) F(DelayFigures f) =>
        (f.Dossiers, f.AverageSeconds, f.MedianSeconds, f.Percentile90Seconds);

    private static (string, long, long, long)[] Counts(IEnumerable<CountLine> lines) =>
        lines.Select(l => (l.Code, l.Filed, l.Closed, l.Rejected)).ToArray();

    [Test]
    public void Filings_count_on_the_commune_s_local_day_and_closings_on_the_local_day_they_closed()
    {
        Assert.That(_report.PerDay.Select(p => (p.Period, p.Filed, p.Closed)), Is.EqualTo(new[]
        {
            // Filed 31 Dec 23:30 UTC = 1 Jan 00:30 in Orléans; the one filed at 22:30 UTC (23:30 local) is December's,
            // but it closed on 1 Jan at 22:30 UTC (23:30 local): a January closing.
            ("2026-01-01", 1L, 1L), ("2026-01-03", 0L, 1L),
            ("2026-01-05", 1L, 0L), ("2026-01-06", 1L, 1L), ("2026-01-07", 1L, 0L), ("2026-01-09", 0L, 1L), ("2026-01-10", 0L, 1L),
            ("2026-01-12", 1L, 0L), ("2026-01-13", 1L, 0L), ("2026-01-14", 0L, 1L), ("2026-01-15", 1L, 1L), ("2026-01-16", 1L, 0L),
            ("2026-01-17", 0L, 1L), ("2026-01-18", 0L, 1L), ("2026-01-20", 1L, 0L),
            ("2026-02-01", 1L, 0L), ("2026-02-02", 1L, 0L), ("2026-02-03", 1L, 0L), ("2026-02-07", 0L, 1L),
            // 5 and 6 February: only test dossiers, never counted.
            ("2026-02-10", 1L, 0L), ("2026-02-13", 0L, 1L), ("2026-02-18", 1L, 0L), ("2026-02-19", 1L, 0L),
        }));
    }

    [Test]
    public void Weeks_are_iso_weeks_of_the_local_days_and_months_add_up_their_days()
    {
        Assert.That(_report.PerWeek.Select(p => (p.Period, p.Filed, p.Closed)), Is.EqualTo(new[]
        {
            ("2026-W01", 1L, 2L), // Thursday 1 January is in the week of Monday 29 December
            ("2026-W02", 3L, 3L), ("2026-W03", 4L, 4L), ("2026-W04", 1L, 0L),
            ("2026-W05", 1L, 0L), // Sunday 1 February ends the week of Monday 26 January
            ("2026-W06", 2L, 1L), ("2026-W07", 1L, 1L), ("2026-W08", 2L, 0L),
        }));
        Assert.That(_report.PerMonth.Select(p => (p.Period, p.Filed, p.Closed)), Is.EqualTo(new[] { ("2026-01", 9L, 9L), ("2026-02", 6L, 2L) }));
    }

    [Test]
    public void Who_asks_counts_the_association_and_the_professional_genealogist_apart_and_lists_every_kind()
    {
        Assert.That(Counts(_report.ByApplicant), Is.EqualTo(new[]
        {
            (ApplicantKinds.Citizen, 13L, 9L, 2L),
            (ApplicantKinds.Association, 1L, 1L, 0L),
            (ApplicantKinds.Business, 1L, 1L, 0L),
            (ApplicantKinds.Partner, 0L, 0L, 0L),
        }));
        Assert.That(_report.ByApplicant[1].Label, Is.EqualTo("Associations"));
    }

    [Test]
    public void Channels_themes_and_procedures_count_the_dossiers_filed_treated_and_rejected()
    {
        Assert.That(Counts(_report.ByChannel), Is.EqualTo(new[]
        {
            ("Web", 6L, 6L, 0L), ("Phone", 4L, 1L, 1L), ("Soap", 3L, 2L, 0L), ("Counter", 2L, 2L, 1L),
        }));
        Assert.That(Counts(_report.ByTheme), Is.EqualTo(new[] { ("etat-civil", 11L, 7L, 1L), ("vie-quotidienne", 4L, 4L, 1L) }));
        Assert.That(Counts(_report.ByProcedure), Is.EqualTo(new[] { (Birth, 8L, 5L, 1L), (Graffiti, 4L, 4L, 1L), (Genealogy, 3L, 2L, 0L) }));
        Assert.That(_report.ByProcedure[0].Label, Is.EqualTo("Demande d'acte de naissance"));
    }

    [Test]
    public void Delays_per_procedure_give_the_exact_average_and_the_median_and_90th_percentile_of_their_buckets()
    {
        var lines = _report.DelaysByProcedure.ToDictionary(l => l.Code, l => F(l.Figures));
        Assert.That(lines, Has.Count.EqualTo(3));
        // 1 d, 3 d, 3 d 2 h (bucket 3 d 6 h), 5 d (rejected), 10 d: median = 3rd = 3 d 6 h, 90th = 5th = 10 d.
        Assert.That(lines[Birth], Is.EqualTo((5L, (D + 3 * D + 3 * D + 2 * H + 5 * D + 10 * D) / 5.0, 3 * D + 6 * H, 10 * D)));
        // 2 d, 4 d: ranks 1 and 2.
        Assert.That(lines[Genealogy], Is.EqualTo((2L, 3.0 * D, 2 * D, 4 * D)));
        // 3 h 10 min (bucket 4 h), 1 d (filed in December, closed in January), 2 d, 2 d (rejected): ranks 2 and 4.
        Assert.That(lines[Graffiti], Is.EqualTo((4L, (3 * H + 600 + D + 2 * D + 2 * D) / 4.0, D, 2 * D)));
    }

    [Test]
    public void Delays_per_service_merge_the_histograms_of_the_procedures_of_its_remit()
    {
        Assert.That(_report.DelaysByService.Select(l => (l.Code, l.Label, F(l.Figures))), Is.EquivalentTo(new[]
        {
            // Birth and genealogy: 1 d, 2 d, 3 d, 3 d 6 h, 4 d, 5 d, 10 d: ranks 4 and 7.
            ("etat-civil", "État civil", (7L, (D + 3 * D + 3 * D + 2 * H + 5 * D + 10 * D + 2 * D + 4 * D) / 7.0, 3 * D + 6 * H, 10 * D)),
            ("voirie", "Voirie et vie quotidienne", (4L, (3 * H + 600 + D + 2 * D + 2 * D) / 4.0, D, 2 * D)),
        }));
    }

    [Test]
    public void Delays_per_agent_count_the_dossiers_each_agent_closed_or_rejected()
    {
        Assert.That(_report.DelaysByAgent.Select(l => (l.Code, l.Label, F(l.Figures))), Is.EqualTo(new[]
        {
            // 1 d, 2 d, 3 d, 4 d, 5 d, 10 d: ranks 3 and 6.
            (Claire.Id, "Claire Martin", (6L, (D + 2 * D + 3 * D + 4 * D + 5 * D + 10 * D) / 6.0, 3 * D, 10 * D)),
            // 1 d, 2 d, 2 d: ranks 2 and 3.
            (Karim.Id, "Karim Benali", (3L, 5 * D / 3.0, 2 * D, 2 * D)),
            // 3 h 10 min and 3 d 2 h: both figures show the rounding up (4 h, 3 d 6 h).
            (Sophie.Id, "Sophie Lambert", (2L, (3 * H + 600 + 3 * D + 2 * H) / 2.0, 4 * H, 3 * D + 6 * H)),
        }));
    }

    [Test]
    public void Delays_per_step_count_the_time_spent_in_each_step_open_dossiers_included()
    {
        Assert.That(_report.DelaysByStep.Select(l => (l.Code, l.StepCode, F(l.Figures))), Is.EqualTo(new[]
        {
            // Left ENREGISTREE after 2 h, 3 h 10 min (4 h), 1 d (still open), 3 d 2 h (3 d 6 h), 5 d, 10 d: ranks 3 and 6.
            (Birth, "ENREGISTREE", (6L, (2 * H + 3 * H + 600 + D + 3 * D + 2 * H + 5 * D + 10 * D) / 6.0, D, 10 * D)),
            // Left PRISE_EN_CHARGE after 22 h and 2 d 20 h 50 min (bucket 3 d).
            (Birth, "PRISE_EN_CHARGE", (2L, (22 * H + 2 * D + 20 * H + 50 * 60) / 2.0, 22 * H, 3 * D)),
            (Graffiti, "RECUE", (4L, (3 * H + 600 + D + 2 * D + 2 * D) / 4.0, D, 2 * D)),
            (Genealogy, "ENREGISTREE", (2L, 3.0 * D, 2 * D, 4 * D)),
        }));
        Assert.That(_report.DelaysByStep[0].StepLabel, Is.EqualTo("Demande enregistrée"));
    }

    [Test]
    public void Open_dossiers_are_grouped_by_step_with_why_they_wait_and_their_age()
    {
        Assert.That(_report.Pending.Select(p => (p.ProcedureCode, p.StepCode, p.Reason, p.Age, p.Dossiers)), Is.EqualTo(new[]
        {
            (Birth, "ENREGISTREE", PendingReasons.Agent, "0-7", 2L),            // filed 1 and 2 days ago
            (Birth, "PRISE_EN_CHARGE", PendingReasons.Overdue, "31-90", 1L),   // 31 days > 10
            (Graffiti, "RECUE", PendingReasons.Overdue, "8-30", 1L),           // 19 days > 15 (the open test dossier is not counted)
            (Genealogy, "ENREGISTREE", PendingReasons.Citizen, "8-30", 1L),    // a correction was asked
        }));
    }

    [Test]
    public async Task An_agent_reads_the_figures_of_their_remit_and_no_colleague_s_delays()
    {
        var claire = await _data.ReportAsync(Claire);
        Assert.That(Counts(claire.ByProcedure), Is.EqualTo(new[] { (Birth, 8L, 5L, 1L), (Genealogy, 3L, 2L, 0L) }));
        Assert.That(claire.PerMonth.Select(p => (p.Period, p.Filed, p.Closed)), Is.EqualTo(new[] { ("2026-01", 6L, 5L), ("2026-02", 5L, 2L) }));
        Assert.That(claire.DelaysByAgent.Select(l => l.Code), Is.EqualTo(new[] { Claire.Id }));
        Assert.That(claire.DelaysByService.Select(l => l.Code), Is.EqualTo(new[] { "etat-civil" }));
        Assert.That(claire.Pending.Select(p => p.ProcedureCode).Distinct(), Is.EqualTo(new[] { Birth, Genealogy }));

        var karim = await _data.ReportAsync(Karim);
        Assert.That(Counts(karim.ByProcedure), Is.EqualTo(new[] { (Graffiti, 4L, 4L, 1L) }));
        Assert.That(karim.DelaysByAgent.Select(l => (l.Code, F(l.Figures))), Is.EqualTo(new[] { (Karim.Id, (3L, 5 * D / 3.0, 2 * D, 2 * D)) }));
    }
    [Test]
    public async Task A_test_dossier_filed_and_treated_leaves_every_roll_up_as_it_was()
    {
        var before = await RollUpsAsync(_store.Database);
        var number = await _data.FileAsync(Birth, "2026-02-16T09:00", "Counter", test: true);
        await _data.PerformAsync(Sophie, number, "PRENDRE_EN_CHARGE", "2026-02-16T10:00");
        await _data.RejectAsync(Claire, number, "2026-02-17T09:00");
        await _data.FileAsync(Genealogy, "2026-02-17T09:00", "Web", applicant: "ASSOCIATION", test: true);
        Assert.That(await RollUpsAsync(_store.Database), Is.EqualTo(before));
        var report = await _data.ReportAsync(Sophie);
        Assert.That(report.Pending.Sum(p => p.Dossiers), Is.EqualTo(5), "the open test dossier is not pending either");
    }

    [Test]
    public async Task The_observatory_counts_every_commune_s_volumes_and_publishes_delays_from_five_dossiers_of_a_commune_that_allows_it()
    {
        _data.Clock.Now = ReportTime;
        var figures = await _data.Public.ProceduresAsync(Period);
        Assert.That(figures.Values.Select(f => (f.ProcedureCode, f.Filed, f.Closed, f.Delay is null ? ((long, double, long, long)?)null : F(f.Delay))),
            Is.EquivalentTo(new[]
            {
                (Birth, 8L, 5L, ((long, double, long, long)?)(5L, (D + 3 * D + 3 * D + 2 * H + 5 * D + 10 * D) / 5.0, 3 * D + 6 * H, 10 * D)),
                (Genealogy, 3L, 2L, null), // two closed: too few to publish
                (Graffiti, 4L, 4L, null),  // four closed
            }));
        // The expected delay: the current month and the two before (December to February).
        Assert.That(F((await _data.Public.ExpectedDelayAsync(Commune, Birth))!), Is.EqualTo(F(figures[Birth].Delay!)));
        Assert.That(await _data.Public.ExpectedDelayAsync(Commune, Graffiti), Is.Null);

        await using var connection = await _store.Database.OpenAsync();
        await connection.ExecuteAsync("UPDATE communes SET delays_public = 0 WHERE code = @Commune", new { Commune });
        try
        {
            var hidden = await _data.Public.ProceduresAsync(Period);
            Assert.That((hidden[Birth].Filed, hidden[Birth].Closed, hidden[Birth].Delay), Is.EqualTo((8L, 5L, (DelayFigures?)null)),
                "volumes stay public, delays do not");
            Assert.That(await _data.Public.ExpectedDelayAsync(Commune, Birth), Is.Null);
        }
        finally
        {
            await connection.ExecuteAsync("UPDATE communes SET delays_public = 1 WHERE code = @Commune", new { Commune });
        }
    }

    [Test]
    public void The_local_day_is_the_commune_s_gregorian_date_in_winter_and_summer_whatever_the_host_s_culture()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assume.That(CultureInfo.CurrentCulture.Calendar, Is.InstanceOf<ThaiBuddhistCalendar>(), "a culture with another calendar");
            Assert.That(StatisticsRecorder.LocalDay(paris, new DateTime(2025, 12, 31, 22, 59, 0)), Is.EqualTo("2025-12-31"));
            Assert.That(StatisticsRecorder.LocalDay(paris, new DateTime(2025, 12, 31, 23, 0, 0)), Is.EqualTo("2026-01-01"));
            Assert.That(StatisticsRecorder.LocalDay(paris, new DateTime(2026, 7, 1, 21, 59, 0)), Is.EqualTo("2026-07-01"));
            Assert.That(StatisticsRecorder.LocalDay(paris, new DateTime(2026, 7, 1, 22, 0, 0)), Is.EqualTo("2026-07-02"), "UTC+2 in summer");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public async Task A_platform_without_a_single_dossier_gives_empty_statistics_rather_than_an_error()
    {
        using var empty = await ScratchStore.CreateAsync();
        var data = await KnownAnswersData.CreateAsync(empty, withDossiers: false);
        var report = await data.ReportAsync(Sophie);
        Assert.That((report.PerDay, report.DelaysByProcedure, report.DelaysByAgent, report.DelaysByStep, report.Pending), Is.EqualTo(
            (Array.Empty<PeriodLine>(), Array.Empty<DelayLine>(), Array.Empty<DelayLine>(), Array.Empty<DelayLine>(), Array.Empty<PendingLine>())));
        Assert.That(report.ByApplicant.Select(l => l.Filed), Is.EqualTo(new[] { 0L, 0L, 0L, 0L }), "every kind of applicant, at zero");
        Assert.That(await data.Public.ProceduresAsync(Period), Is.Empty);
        Assert.That(await data.Public.ExpectedDelayAsync(Commune, Birth), Is.Null);
    }

    /// <summary>Every row of both roll-up tables, in key order, one line each.</summary>
    public static async Task<string> RollUpsAsync(WebServicesCitoyens.Storage.Database database)
    {
        await using var connection = await database.OpenAsync();
        var days = await connection.QueryAsync(
            "SELECT * FROM statistics_days ORDER BY commune_code, day, procedure_code, channel, applicant_kind");
        var delays = await connection.QueryAsync(
            "SELECT * FROM statistics_delays ORDER BY commune_code, month, procedure_code, step_code, agent_id, bucket");
        return string.Join("\n", days.Concat(delays).Select(row =>
            string.Join("|", ((IDictionary<string, object>)row).Select(c => $"{c.Key}={c.Value}"))));
    }
}
