using System.Data.Common;
using Dapper;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// The order in which a commune's dossiers are delivered to its software (Flux.svc's cursor): a number
/// per commune, increasing, given in the filing transaction. The counter row stays locked until the
/// filing commits, so no dossier ever becomes visible after one with a higher number — a vendor reading
/// "after N" cannot miss one still being filed, which a timestamp would allow.
/// </summary>
public static class DeliverySequence
{
    public static async Task AssignAsync(DbConnection connection, DbTransaction transaction, string number, string communeCode)
    {
        var next = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO delivery_counters (commune_code, last_value) VALUES (@communeCode, 1)
            ON CONFLICT (commune_code) DO UPDATE SET last_value = delivery_counters.last_value + 1
            RETURNING last_value
            """, new { communeCode }, transaction);
        await connection.ExecuteAsync("UPDATE dossiers SET delivery_sequence = @next WHERE number = @number", new { next, number }, transaction);
    }
}
