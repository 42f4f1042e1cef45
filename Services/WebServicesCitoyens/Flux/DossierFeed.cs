using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Flux;

/// <summary>A dossier as delivered to a vendor client, with its place in the commune's delivery order.</summary>
public sealed record DeliveredDossier(long Sequence, DossierRecord Dossier, ProcedureDefinition Procedure, string Applicant);

/// <summary>A page of delivered dossiers and the cursor to give next time (the last one's sequence, or the one given when none).</summary>
public sealed record DeliveryPage(IReadOnlyList<DeliveredDossier> Dossiers, long Cursor);

/// <summary>
/// The new dossiers a vendor client pulls, and its acknowledgements. The order is the commune's delivery
/// sequence (given at filing, in its transaction: see DeliverySequence). A pull returns the client's
/// dossiers after the cursor that it has not acknowledged, in that order: a client that keeps the last
/// cursor never misses a dossier and never gets one twice; one that pulls without a cursor gets again
/// only what it has not acknowledged yet. Test dossiers are never delivered.
/// </summary>
public sealed class DossierFeed(Database database, ProcedureCatalogue catalogue, ProcedureDefinitions definitions)
{
    public async Task<DeliveryPage> PullAsync(VendorClient client, long? after, int? max)
    {
        var cursor = after ?? 0;
        var limit = max ?? FluxTexts.MaxPull;
        if (cursor < 0) throw Refused("After", FluxTexts.AfterFormat);
        if (limit is < 1 or > FluxTexts.MaxPull) throw Refused("Max", FluxTexts.MaxRange);
        var codes = catalogue.Procedures.Where(client.Covers).Select(p => p.Code).ToList();
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<(long Sequence, string Number)>(
            $"""
            SELECT d.delivery_sequence, d.number FROM dossiers d
            WHERE d.commune_code = @CommuneCode AND d.delivery_sequence > @cursor AND d.is_test = 0 AND d.procedure_code {SqlDialect.InList(connection, "@codes")}
              AND NOT EXISTS (SELECT 1 FROM vendor_acknowledgements a WHERE a.client_id = @Id AND a.dossier_number = d.number)
            ORDER BY d.delivery_sequence LIMIT @limit
            """, new { client.CommuneCode, client.Id, cursor, codes, limit })).AsList();
        var delivered = new List<DeliveredDossier>();
        foreach (var (sequence, number) in rows)
        {
            var dossier = await connection.QuerySingleAsync<DossierRecord>($"SELECT {DossierStore.Columns("d")} FROM dossiers d WHERE d.number = @number", new { number });
            var procedure = definitions.For(dossier);
            // The rights decide, not the query alone: a dossier whose configuration no longer reads is skipped, not delivered half.
            if (procedure is null || !AgentRights.VendorMaySee(client, dossier, procedure)) continue;
            delivered.Add(new DeliveredDossier(sequence, dossier, procedure, GeneratedDocuments.ApplicantName(procedure, XElement.Parse(dossier.RequestXml))));
        }
        return new DeliveryPage(delivered, rows.Count == 0 ? cursor : rows[^1].Sequence);
    }

    /// <summary>
    /// Records the client's own reference for a dossier it may see; again with the same or a corrected
    /// reference changes only the reference (the first acknowledgement's time stays).
    /// </summary>
    public async Task AcknowledgeAsync(VendorClient client, DossierRecord dossier, string reference, DateTimeOffset now)
    {
        var trimmed = reference.Trim();
        if (trimmed.Length is 0 or > FluxTexts.MaxReference) throw Refused("VendorReference", FluxTexts.ReferenceNeeded);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO vendor_acknowledgements (client_id, dossier_number, vendor_reference, acknowledged_at)
            VALUES (@Id, @number, @trimmed, @at)
            ON CONFLICT (client_id, dossier_number) DO UPDATE SET vendor_reference = excluded.vendor_reference
            """, new { client.Id, number = dossier.Number, trimmed, at = Timestamps.ToText(now) });
    }

    /// <summary>The client's reference for a dossier, or null before its acknowledgement.</summary>
    public async Task<string?> ReferenceAsync(VendorClient client, string number)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT vendor_reference FROM vendor_acknowledgements WHERE client_id = @Id AND dossier_number = @number", new { client.Id, number });
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
