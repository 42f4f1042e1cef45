using Microsoft.Data.Sqlite;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// The dossiers filed before the delivery sequence (migration 0014) are delivered too: migration 0016
/// numbers them after every sequence already given, in filing order, so a vendor holding a cursor gets
/// them on its next pull, and the dossiers filed afterwards come after them. On a store made as an
/// older version left it: their sequences null and 0016 not run (its columns removed, its line gone).
/// </summary>
[NonParallelizable]
[Category(StoreUnderTest.SqliteOnly)]
public sealed class DeliveryBackfillTests
{
    [Test]
    public async Task Dossiers_filed_before_the_sequence_come_after_the_cursor_a_vendor_holds_in_filing_order()
    {
        var host = HostProcess.Start();
        try
        {
            var client = await new FluxCalls(host).RegisterAsync("Logiciel d'avant les séquences", Requests.BirthCertificate);
            var old1 = await FileAsync(host);
            var old2 = await FileAsync(host);
            var new1 = await FileAsync(host);
            var new2 = await FileAsync(host);
            // The vendor read the dossiers it could see then, up to new2, and kept that cursor.
            var cursor = Sequence(host, new2)!.Value;

            host = host.Restart(path => AsBeforeMigration0016(path, old1, old2));
            Assert.That(Sequence(host, old1), Is.GreaterThan(cursor));
            Assert.That(Sequence(host, old2), Is.EqualTo(Sequence(host, old1) + 1), "in filing order, one after the other");
            var calls = new FluxCalls(host);

            var (numbers, next) = await calls.PullAllAsync(client, cursor);
            Assert.That(numbers, Is.EqualTo(new[] { old1, old2 }));
            var (all, _) = await calls.PullAllAsync(client, null);
            Assert.That(all.Where(n => n == old1 || n == old2 || n == new1 || n == new2), Is.EqualTo(new[] { new1, new2, old1, old2 }));

            var later = await FileAsync(host);
            Assert.That(Sequence(host, later), Is.GreaterThan(Sequence(host, old2)), "the counter moved past the block");
            Assert.That((await calls.PullAllAsync(client, next)).Numbers, Is.EqualTo(new[] { later }));
        }
        finally
        {
            host.Dispose();
        }
    }

    private static async Task<string> FileAsync(HostProcess host) =>
        (await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest())).Number;

    private static long? Sequence(HostProcess host, string number) =>
        host.Text("SELECT CAST(delivery_sequence AS TEXT) FROM dossiers WHERE number = @n", ("@n", number)) is { } text ? long.Parse(text) : null;

    /// <summary>The store as a version before 0016 leaves it, these dossiers filed before 0014.</summary>
    private static void AsBeforeMigration0016(string path, params string[] filedBefore0014)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var sql in new[]
                 {
                     "UPDATE dossiers SET delivery_sequence = NULL WHERE number IN (@a, @b)",
                     "DROP INDEX vendor_clients_registration",
                     "ALTER TABLE vendor_clients DROP COLUMN registration_key",
                     "ALTER TABLE vendor_clients DROP COLUMN secret_sealed",
                     "DELETE FROM schemaversions WHERE scriptname LIKE '%0016_vendor_flux_secrets.sql'",
                 })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@a", filedBefore0014[0]);
            command.Parameters.AddWithValue("@b", filedBefore0014[1]);
            var changed = command.ExecuteNonQuery();
            if (sql.StartsWith("UPDATE")) Assert.That(changed, Is.EqualTo(2), sql);
            if (sql.StartsWith("DELETE")) Assert.That(changed, Is.EqualTo(1), "migration 0016 was recorded as run");
        }
    }
}
