using System.Globalization;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Tests.Infrastructure;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>A clock the data set sets before each filing and each change, so every delay is chosen.</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A small commune's two months (January and February 2026, Orléans, Europe/Paris: UTC+1) filed through
/// the real DossierStore and moved through the real DossierProcessing and WorkflowEngine, with delays
/// chosen so that every figure of the statistics can be worked out by hand (see KnownAnswersTests).
/// Every instant below is UTC; local days are one hour later.
/// </summary>
public sealed class KnownAnswersData
{
    public const string Commune = "45234";
    public const string Birth = "etat-civil.acte-naissance";          // expectedDays 10
    public const string Genealogy = "etat-civil.demande-genealogiste"; // expectedDays 15 (default)
    public const string Graffiti = "vie-quotidienne.enlevement-graffiti"; // expectedDays 15 (default)

    public static readonly AgentProfile CivilStatus = new("etat-civil", "État civil", ["etat-civil"]);
    public static readonly AgentProfile Roads = new("voirie", "Voirie et vie quotidienne", ["vie-quotidienne"]);
    public static readonly Agent Claire = new("agent-claire", Commune, "claire@orleans.test", "Claire Martin", AgentRole.Agent, [CivilStatus]);
    public static readonly Agent Karim = new("agent-karim", Commune, "karim@orleans.test", "Karim Benali", AgentRole.Agent, [Roads]);
    public static readonly Agent Sophie = new("agent-sophie", Commune, "sophie@orleans.test", "Sophie Lambert", AgentRole.Administrator, []);

    /// <summary>When the report is asked for, and the period it covers.</summary>
    public static readonly DateTimeOffset ReportTime = Utc("2026-02-20T12:00");
    public static readonly StatisticsPeriod Period = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1));

    private readonly ScratchStore _store;
    private readonly DossierStore _dossiers;

    private KnownAnswersData(ScratchStore store)
    {
        _store = store;
        var database = store.Database;
        var platform = new PlatformOptions(Infrastructure.Definitions.Catalogue, "http://127.0.0.1");
        Definitions = new ProcedureDefinitions(Infrastructure.Definitions.Catalogue, database);
        var notifications = new DossierNotifications(platform, Definitions);
        _dossiers = new DossierStore(database, Seals.Of(database), notifications);
        var generated = new GeneratedDocuments(database);
        var documentOptions = new DocumentOptions(Path.Combine(Path.GetDirectoryName(store.File)!, "documents"));
        var citizenDocuments = new CitizenDocuments(new DocumentStore(database, Seals.Of(database)), new DocumentFiles(documentOptions), documentOptions, _dossiers,
            platform, Clock);
        var agents = new AgentStore(database);
        Processing = new DossierProcessing(database, _dossiers, Definitions, new WorkflowEngine(_dossiers, notifications, generated), notifications,
            citizenDocuments, generated, agents, new WebServicesCitoyens.Flux.VendorClientStore(database), Clock);
        Statistics = new CommuneStatistics(database, Definitions, agents, Clock);
        Public = new PublicStatistics(database, Clock);
        Rebuild = new StatisticsRebuild(database, Definitions);
    }

    public SettableClock Clock { get; } = new();
    public ProcedureDefinitions Definitions { get; }
    public DossierProcessing Processing { get; }
    public CommuneStatistics Statistics { get; }
    public PublicStatistics Public { get; }
    public StatisticsRebuild Rebuild { get; }

    /// <summary>The report as <paramref name="agent"/> reads it at <see cref="ReportTime"/> over <see cref="Period"/>.</summary>
    public Task<CommuneStatisticsReport> ReportAsync(Agent agent)
    {
        Clock.Now = ReportTime;
        return Statistics.ReportAsync(agent, Period);
    }

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The agents and services of the commune, then (unless told otherwise) the dossiers.</summary>
    public static async Task<KnownAnswersData> CreateAsync(ScratchStore store, bool withDossiers = true)
    {
        var data = new KnownAnswersData(store);
        var agents = new AgentStore(store.Database);
        foreach (var profile in new[] { CivilStatus, Roads }) await agents.SaveProfileAsync(Commune, profile);
        await using (var connection = await store.Database.OpenAsync())
        {
            foreach (var agent in new[] { Claire, Karim, Sophie })
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await agents.InsertAsync(connection, transaction, agent, "unused", "2025-12-01T00:00:00.000Z");
                await transaction.CommitAsync();
            }
        }
        if (withDossiers) await data.FileDossiersAsync();
        return data;
    }

    private async Task FileDossiersAsync()
    {
        // Graffiti filed on 31 December at 23:30 local (out of the period), closed on 1 January 23:30 local (in it): 1 day.
        var e2 = await FileAsync(Graffiti, "2025-12-31T22:30", "Web");
        await CloseAsync(Karim, e2, "2026-01-01T22:30");
        // Filed at 23:30 UTC on 31 December: 00:30 on 1 January in Orléans, so it counts in January. Closed after 2 days.
        var e1 = await FileAsync(Graffiti, "2025-12-31T23:30", "Web");
        await CloseAsync(Karim, e1, "2026-01-02T23:30");

        // Birth certificates, closed by Claire after 1 day and 3 days (taken in charge after 2 h and after 3 h 10 min),
        // and by the administrator after 3 days 2 h straight from the first step.
        var a1 = await FileAsync(Birth, "2026-01-05T09:00", "Web");
        await PerformAsync(Claire, a1, "PRENDRE_EN_CHARGE", "2026-01-05T11:00");
        await CloseAsync(Claire, a1, "2026-01-06T09:00");
        var a2 = await FileAsync(Birth, "2026-01-06T09:00", "Soap");
        await PerformAsync(Claire, a2, "PRENDRE_EN_CHARGE", "2026-01-06T12:10");
        await CloseAsync(Claire, a2, "2026-01-09T09:00");
        var a3 = await FileAsync(Birth, "2026-01-07T09:00", "Soap");
        await CloseAsync(Sophie, a3, "2026-01-10T11:00");

        // A genealogy association and a professional genealogist, closed by Claire after 2 and 4 days.
        var b1 = await FileAsync(Genealogy, "2026-01-12T10:00", "Web", applicant: "ASSOCIATION");
        await CloseAsync(Claire, b1, "2026-01-14T10:00");
        var b2 = await FileAsync(Genealogy, "2026-01-13T10:00", "Counter", applicant: "PROFESSIONNEL_FAMILIAL");
        await CloseAsync(Claire, b2, "2026-01-17T10:00");

        // Graffiti closed by the administrator after 3 h 10 min, and rejected by Karim after 2 days.
        var c1 = await FileAsync(Graffiti, "2026-01-15T08:00", "Web");
        await CloseAsync(Sophie, c1, "2026-01-15T11:10");
        var c2 = await FileAsync(Graffiti, "2026-01-16T08:00", "Phone");
        await RejectAsync(Karim, c2, "2026-01-18T08:00");

        // Still open on 20 February: taken in charge after 1 day, overdue (31 days > 10).
        var p2 = await FileAsync(Birth, "2026-01-20T09:00", "Soap");
        await PerformAsync(Claire, p2, "PRENDRE_EN_CHARGE", "2026-01-21T09:00");
        // Still open, overdue (19 days > 15).
        await FileAsync(Graffiti, "2026-02-01T10:00", "Phone");

        // Rejected by Claire after 5 days; closed by Claire after 10 days.
        var a4 = await FileAsync(Birth, "2026-02-02T09:00", "Counter");
        await RejectAsync(Claire, a4, "2026-02-07T09:00");
        var a5 = await FileAsync(Birth, "2026-02-03T09:00", "Web");
        await CloseAsync(Claire, a5, "2026-02-13T09:00");

        // Test dossiers (a procedure tried in Test): one treated, one left open; neither is ever counted.
        var t1 = await FileAsync(Birth, "2026-02-05T09:00", "Web", test: true);
        await PerformAsync(Claire, t1, "PRENDRE_EN_CHARGE", "2026-02-05T10:00");
        await CloseAsync(Claire, t1, "2026-02-06T09:00");
        await FileAsync(Graffiti, "2026-02-06T09:00", "Web", test: true);

        // A private genealogist waiting for the correction Claire asked for (10 days old, not overdue).
        var b3 = await FileAsync(Genealogy, "2026-02-10T10:00", "Phone", applicant: "AMATEUR");
        Clock.Now = Utc("2026-02-11T10:00");
        await Processing.RequestCorrectionAsync(Claire, b3, "Merci de préciser l'année de l'acte.");

        // Two recent birth certificates waiting for an agent.
        await FileAsync(Birth, "2026-02-18T09:00", "Web");
        await FileAsync(Birth, "2026-02-19T09:00", "Phone");
    }

    /// <summary>Files a dossier as the submission does (its applicant kind read from the request by <see cref="ApplicantKinds"/>).</summary>
    public async Task<string> FileAsync(string procedure, string at, string channel, string? applicant = null, bool test = false)
    {
        var definition = Infrastructure.Definitions.Get(procedure);
        var request = Infrastructure.Definitions.Sample(procedure);
        if (applicant is not null) Infrastructure.Definitions.At(request, "profilDemandeur").Value = applicant;
        var number = DossierNumber.NewNumber();
        var when = Timestamps.ToText(Utc(at));
        await _dossiers.InsertAsync(
            new DossierRecord(number, Commune, procedure, definition.Version, "req-" + number, "hash", TrackingCode.NewCode(), request.ToString(),
                definition.InitialStep.Code, channel, when, when, TestMode: test ? 1 : 0, ApplicantKind: ApplicantKinds.Of(definition, request)),
            new DossierEvent(number, 1, when, DossierEventKinds.Submitted, definition.InitialStep.Code, Texts.DossierTexts.CitizenActor, null));
        return number;
    }

    public Task PerformAsync(Agent agent, string number, string action, string at)
    {
        Clock.Now = Utc(at);
        return Processing.PerformAsync(agent, number, action);
    }

    public Task CloseAsync(Agent agent, string number, string at)
    {
        Clock.Now = Utc(at);
        return Processing.CloseAsync(agent, number);
    }

    public Task RejectAsync(Agent agent, string number, string at)
    {
        Clock.Now = Utc(at);
        return Processing.RejectAsync(agent, number, null, "Demande hors du champ du service.");
    }
}
