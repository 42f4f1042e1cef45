using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Search;

/// <summary>
/// The term index of the full-text search (table dossier_terms, migration 0011): written in the
/// transaction that files a dossier, read by the queue as the set of dossiers holding every word typed.
/// Plain SQL for SQLite and PostgreSQL alike: each word is a range of the primary key, the words intersect.
/// </summary>
public static class DossierSearchIndex
{
    /// <summary>Above every character a folded term holds, so that [word, word + this) is « begins with word ».</summary>
    private const string AfterEveryTerm = "\uFFFF";

    /// <summary>Indexes a dossier being filed, within the filing's transaction (both committed or neither).</summary>
    public static Task WriteAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier) =>
        connection.ExecuteAsync(
            "INSERT INTO dossier_terms (commune_code, term, dossier_number) VALUES (@CommuneCode, @Term, @Number)",
            SearchTerms.OfDossier(dossier).Select(term => new { dossier.CommuneCode, Term = term, dossier.Number }), transaction);

    /// <summary>
    /// The numbers of a commune's dossiers that contain every term (each as a prefix), as a subquery to
    /// join the dossiers to: driven by the index, it stays fast whatever the number of dossiers.
    /// </summary>
    public static string MatchingNumbers(IReadOnlyList<string> terms, string communeParameter, DynamicParameters args)
    {
        var selects = new List<string>();
        for (var i = 0; i < terms.Count; i++)
        {
            args.Add("term" + i, terms[i]);
            args.Add("termEnd" + i, terms[i] + AfterEveryTerm);
            selects.Add($"SELECT dossier_number FROM dossier_terms WHERE commune_code = {communeParameter} AND term >= @term{i} AND term < @termEnd{i}");
        }
        return string.Join(" INTERSECT ", selects);
    }

    /// <summary>
    /// Indexes, once, the dossiers filed before the index existed: when the index is empty and dossiers
    /// exist (the first start after migration 0011). One transaction, so that an interrupted start does
    /// it again whole at the next; the host runs it before it serves anything. Returns how many were indexed.
    /// </summary>
    public static async Task<long> BackfillAsync(Database database, int batch = 1000)
    {
        await using var connection = await database.OpenAsync();
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM (SELECT 1 FROM dossier_terms LIMIT 1) t") > 0) return 0;
        await using var transaction = await connection.BeginTransactionAsync();
        long indexed = 0;
        var after = "";
        while (true)
        {
            var dossiers = (await connection.QueryAsync<DossierRecord>(
                $"SELECT {DossierStore.Columns("d")} FROM dossiers d WHERE d.number > @after ORDER BY d.number LIMIT @batch",
                new { after, batch }, transaction)).AsList();
            if (dossiers.Count == 0) break;
            foreach (var dossier in dossiers) await WriteAsync(connection, transaction, dossier);
            indexed += dossiers.Count;
            after = dossiers[^1].Number;
        }
        await transaction.CommitAsync();
        return indexed;
    }
}
