using System.Globalization;
using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Open311;

/// <summary>
/// A dossier as GeoReport v2 shows it. Only the report itself is public — where, what, its step — never
/// who filed it: no name, e-mail, phone, nor any attribute of the request.
/// </summary>
public sealed record Open311ServiceRequest(
    string ServiceRequestId, string Status, string StatusNotes, string ServiceName, string ServiceCode,
    string? Description, string AgencyResponsible, string ServiceNotice, string RequestedDatetime, string UpdatedDatetime,
    string? Address, string? Latitude, string? Longitude);

/// <summary>What GET requests.{format} filters on; <see cref="Ids"/> wins over every other filter, as the standard says.</summary>
public sealed record Open311Query(IReadOnlyList<string>? Ids, string? ServiceCode, DateTimeOffset? Start, DateTimeOffset? End, string? Status);

/// <summary>
/// Reads the dossiers filed through Open311 (channel Open311) in a commune, for GET requests. A dossier
/// filed through another channel — a citizen's form, a vendor's SOAP call, an agent at the counter — is
/// not published: its author never agreed to make its description public. Test dossiers never are.
/// </summary>
public sealed class Open311Requests(Database database, ProcedureDefinitions definitions, DossierStore dossiers)
{
    /// <summary>The standard's defaults: without dates, the last 90 days; at most 1,000 requests.</summary>
    public const int DefaultDays = 90;
    public const int MaxResults = 1000;

    /// <summary>The GeoReport v2 status: closed once the dossier reached a final step (an exit included), else open.</summary>
    public static string Status(bool closed) => closed ? "closed" : "open";

    /// <summary>The request with this number in this commune, or null — an unknown number and another commune's look alike.</summary>
    public async Task<Open311ServiceRequest?> FindAsync(Commune commune, IReadOnlyCollection<string> services, string id)
    {
        var number = DossierNumber.Normalize(id);
        var dossier = number is null ? null : await dossiers.FindAsync(number);
        return dossier is not null && Published(dossier, commune, services) ? await ViewAsync(dossier, commune) : null;
    }

    public async Task<IReadOnlyList<Open311ServiceRequest>> SearchAsync(Commune commune, IReadOnlyCollection<string> services, Open311Query query,
        DateTimeOffset now)
    {
        IEnumerable<DossierRecord> found;
        await using (var connection = await database.OpenAsync())
        {
            if (query.Ids is { } ids)
            {
                var numbers = ids.Select(DossierNumber.Normalize).OfType<string>().Distinct().Take(MaxResults).ToList();
                found = await connection.QueryAsync<DossierRecord>(
                    $"SELECT {DossierStore.Columns("d")} FROM dossiers d WHERE d.number {SqlDialect.InList(connection, "@numbers")}", new { numbers });
            }
            else
            {
                // Without dates, the last 90 days; with one date only, 90 days from or up to it.
                var end = query.End ?? (query.Start is { } s ? s.AddDays(DefaultDays) : now);
                var start = query.Start ?? end.AddDays(-DefaultDays);
                var codes = query.ServiceCode is { } code ? [code] : services.ToList();
                found = await connection.QueryAsync<DossierRecord>(
                    $"""
                    SELECT {DossierStore.Columns("d")} FROM dossiers d
                    WHERE d.commune_code = @commune AND d.channel = @channel AND d.is_test = 0 AND d.procedure_code {SqlDialect.InList(connection, "@codes")}
                      AND d.submitted_at >= @start AND d.submitted_at <= @end
                    ORDER BY d.submitted_at DESC LIMIT {MaxResults}
                    """,
                    new { commune = commune.Code, channel = nameof(Channel.Open311), codes, start = Timestamps.ToText(start), end = Timestamps.ToText(end) });
            }
        }
        var views = new List<Open311ServiceRequest>();
        foreach (var dossier in found.Where(d => Published(d, commune, services)))
        {
            var view = await ViewAsync(dossier, commune);
            if (query.Status is null || view.Status == query.Status) views.Add(view);
        }
        return views;
    }

    private static bool Published(DossierRecord dossier, Commune commune, IReadOnlyCollection<string> services) =>
        dossier.CommuneCode == commune.Code && dossier.Channel == nameof(Channel.Open311) && !dossier.IsTest
        && services.Contains(dossier.ProcedureCode);

    private async Task<Open311ServiceRequest> ViewAsync(DossierRecord dossier, Commune commune)
    {
        var definition = definitions.For(dossier)
            ?? throw new InvalidOperationException($"Dossier {dossier.Number} has unknown procedure {dossier.ProcedureCode}.");
        var fields = Open311Fields.Of(definition)!;
        var request = XElement.Parse(dossier.RequestXml);
        var step = definition.FindStep(dossier.CurrentStep);
        var closed = step?.IsFinal ?? false;
        // The moment of the last event the citizen may see: an agent's internal note moves nothing here.
        var events = await dossiers.EventsAsync(dossier.Number);
        var updated = events.LastOrDefault(e => DossierEventKinds.VisibleToCitizen(e.Kind))?.OccurredAt ?? dossier.SubmittedAt;
        string? At(string? path) => path is null ? null : DefinitionRules.ValueAt(request, path);
        return new Open311ServiceRequest(dossier.Number, Status(closed), step?.CitizenLabel ?? "", definition.Title, dossier.ProcedureCode,
            At(fields.DescriptionPath), commune.Name, Open311Texts.ServiceNotice(commune.Name),
            Iso(dossier.SubmittedAt), Iso(updated), At(fields.AddressPath), At(fields.LatitudePath), At(fields.LongitudePath));
    }

    /// <summary>ISO 8601 in UTC, to the second, as GeoReport v2 writes its times.</summary>
    public static string Iso(string storedTimestamp) =>
        Timestamps.Parse(storedTimestamp).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
