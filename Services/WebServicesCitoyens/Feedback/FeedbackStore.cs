using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Feedback;

/// <summary>Reads and writes the feedback table (plain SQL, SQLite and PostgreSQL alike).</summary>
public sealed class FeedbackStore(Database database)
{
    private const string Columns =
        """
        id, kind, commune_code AS CommuneCode, procedure_code AS ProcedureCode, dossier_number AS DossierNumber, rating, comment,
        malfunction, malfunction_description AS MalfunctionDescription, is_test AS IsTest, created_at AS CreatedAt,
        answer, answered_at AS AnsweredAt, answered_by AS AnsweredBy
        """;

    /// <summary>
    /// Stores a rating; false when the dossier already has one — the unique key decides, so two
    /// ratings sent at the same moment store one.
    /// </summary>
    public async Task<bool> TryInsertAsync(FeedbackRecord feedback)
    {
        await using var connection = await database.OpenAsync();
        try
        {
            await InsertAsync(connection, feedback);
            return true;
        }
        catch (DbException) when (feedback.DossierNumber is not null)
        {
            if (await ExistsForDossierAsync(connection, feedback.DossierNumber)) return false;
            throw;
        }
    }

    public async Task InsertAsync(FeedbackRecord feedback)
    {
        await using var connection = await database.OpenAsync();
        await InsertAsync(connection, feedback);
    }

    private static Task InsertAsync(DbConnection connection, FeedbackRecord feedback) => connection.ExecuteAsync(
        """
        INSERT INTO feedback (id, kind, commune_code, procedure_code, dossier_number, rating, comment, malfunction,
                              malfunction_description, is_test, created_at)
        VALUES (@Id, @Kind, @CommuneCode, @ProcedureCode, @DossierNumber, @Rating, @Comment, @Malfunction,
                @MalfunctionDescription, @IsTest, @CreatedAt)
        """, feedback);

    private static async Task<bool> ExistsForDossierAsync(DbConnection connection, string number) =>
        await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feedback WHERE dossier_number = @number", new { number }) > 0;

    public async Task<FeedbackRecord?> OfDossierAsync(string dossierNumber)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<FeedbackRecord>(
            $"SELECT {Columns} FROM feedback WHERE dossier_number = @dossierNumber", new { dossierNumber });
    }

    public async Task<FeedbackRecord?> FindAsync(string id)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<FeedbackRecord>($"SELECT {Columns} FROM feedback WHERE id = @id", new { id });
    }

    /// <summary>A commune's feedback, newest first, filtered (each filter optional), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<FeedbackRecord>> OfCommuneAsync(string communeCode, string? procedureCode, string? kind, bool unansweredOnly, int limit)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<FeedbackRecord>(
            $"SELECT {Columns} FROM feedback WHERE commune_code = @communeCode"
            // Conditions are left out rather than "@x IS NULL OR …": PostgreSQL cannot type a null parameter.
            + (procedureCode is null ? "" : " AND procedure_code = @procedureCode")
            + (kind is null ? "" : " AND kind = @kind")
            + (unansweredOnly ? " AND answer IS NULL" : "")
            + " ORDER BY created_at DESC, id LIMIT @limit",
            new { communeCode, procedureCode, kind, limit })).ToList();
    }

    /// <summary>Records the commune's answer (a later answer replaces it); false when the id is unknown.</summary>
    public async Task<bool> AnswerAsync(string id, string answer, string agentId, string at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE feedback SET answer = @answer, answered_at = @at, answered_by = @agentId WHERE id = @id",
            new { id, answer, at, agentId }) == 1;
    }

    /// <summary>
    /// What is published about one procedure, newest first: the ratings that carry a comment or a
    /// malfunction and the reports about it — never a test dossier's.
    /// </summary>
    public async Task<IReadOnlyList<FeedbackRecord>> PublishedForProcedureAsync(string procedureCode, int limit)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<FeedbackRecord>(
            $"""
            SELECT {Columns} FROM feedback
            WHERE procedure_code = @procedureCode AND is_test = 0
              AND (kind <> 'Rating' OR comment IS NOT NULL OR malfunction = 1)
            ORDER BY created_at DESC, id
            LIMIT @limit
            """, new { procedureCode, limit })).ToList();
    }

    /// <summary>The reports about no procedure in particular (a missing procedure, a malfunction of the site), newest first.</summary>
    public async Task<IReadOnlyList<FeedbackRecord>> PublishedWithoutProcedureAsync(int limit)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<FeedbackRecord>(
            $"SELECT {Columns} FROM feedback WHERE procedure_code IS NULL AND is_test = 0 ORDER BY created_at DESC, id LIMIT @limit",
            new { limit })).ToList();
    }

    /// <summary>Satisfaction per procedure over every rating that is not a test dossier's: count and sum of the ratings.</summary>
    public async Task<IReadOnlyDictionary<string, (long Count, long Sum)>> SatisfactionAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<SatisfactionRow>(
            """
            SELECT procedure_code AS ProcedureCode, COUNT(*) AS Count, SUM(rating) AS Sum FROM feedback
            WHERE kind = 'Rating' AND is_test = 0 AND procedure_code IS NOT NULL
            GROUP BY procedure_code
            """);
        return rows.ToDictionary(r => r.ProcedureCode, r => (r.Count, r.Sum));
    }

    // Settable properties: SQLite cannot type COUNT/SUM columns of an empty result, where Dapper would match a constructor.
    private sealed class SatisfactionRow
    {
        public string ProcedureCode { get; set; } = "";
        public long Count { get; set; }
        public long Sum { get; set; }
    }
}
