using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Accounts;

/// <summary>A document of the e-safe as stored (its content is a file, see <see cref="DocumentFiles"/>).</summary>
public sealed record DocumentRecord(string Id, string? CitizenId, string FileName, string MediaType, long Size, string Sha256, string CreatedAt);

/// <summary>A document given for an attachment field of a dossier.</summary>
public sealed record DossierDocumentRecord(string DossierNumber, string DocumentId, string FieldPath, string AttachedAt);

/// <summary>
/// The documents' metadata and where they were given (tables <c>documents</c> and
/// <c>dossier_documents</c>). Methods taking a connection and transaction run inside the caller's; a
/// document given to a dossier is an event of its history, sealed with <paramref name="seal"/>.
/// </summary>
public sealed class DocumentStore(Database database, HistorySeal seal)
{
    private const string Columns =
        "id, citizen_id AS CitizenId, file_name AS FileName, media_type AS MediaType, size, sha256, created_at AS CreatedAt";
    private const string AttachmentColumns =
        "dd.dossier_number AS DossierNumber, dd.document_id AS DocumentId, dd.field_path AS FieldPath, dd.attached_at AS AttachedAt";

    public Task<DbConnection> OpenAsync() => database.OpenAsync();

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, DocumentRecord document) =>
        connection.ExecuteAsync(
            """
            INSERT INTO documents (id, citizen_id, file_name, media_type, size, sha256, created_at)
            VALUES (@Id, @CitizenId, @FileName, @MediaType, @Size, @Sha256, @CreatedAt)
            """, document, transaction);

    public static Task<long> CountOfCitizenAsync(DbConnection connection, DbTransaction? transaction, string citizenId) =>
        connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE citizen_id = @citizenId", new { citizenId }, transaction);

    /// <summary>The citizen's document with this id, or null (unknown, or another's: the same).</summary>
    public static Task<DocumentRecord?> FindOwnedAsync(DbConnection connection, DbTransaction? transaction, string id, string citizenId) =>
        connection.QuerySingleOrDefaultAsync<DocumentRecord>(
            $"SELECT {Columns} FROM documents WHERE id = @id AND citizen_id = @citizenId", new { id, citizenId }, transaction);

    /// <summary>The citizen's documents, newest first.</summary>
    public static async Task<IReadOnlyList<DocumentRecord>> OfCitizenAsync(DbConnection connection, string citizenId) =>
        (await connection.QueryAsync<DocumentRecord>(
            $"SELECT {Columns} FROM documents WHERE citizen_id = @citizenId ORDER BY created_at DESC, id", new { citizenId })).AsList();

    /// <summary>Where the citizen's documents were given, oldest first.</summary>
    public static async Task<IReadOnlyList<DossierDocumentRecord>> AttachmentsOfCitizenAsync(DbConnection connection, string citizenId) =>
        (await connection.QueryAsync<DossierDocumentRecord>(
            $"""
            SELECT {AttachmentColumns} FROM dossier_documents dd JOIN documents d ON d.id = dd.document_id
            WHERE d.citizen_id = @citizenId ORDER BY dd.attached_at, dd.dossier_number, dd.field_path
            """, new { citizenId })).AsList();

    public static async Task<IReadOnlyList<DossierDocumentRecord>> AttachmentsOfDocumentAsync(DbConnection connection, DbTransaction? transaction, string documentId) =>
        (await connection.QueryAsync<DossierDocumentRecord>(
            $"SELECT {AttachmentColumns} FROM dossier_documents dd WHERE dd.document_id = @documentId ORDER BY dd.attached_at, dd.dossier_number",
            new { documentId }, transaction)).AsList();

    /// <summary>Gives a document for a field of a dossier; false when it already was.</summary>
    public static async Task<bool> AttachAsync(DbConnection connection, DbTransaction transaction, DossierDocumentRecord attachment) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO dossier_documents (dossier_number, document_id, field_path, attached_at)
            SELECT @DossierNumber, @DocumentId, @FieldPath, @AttachedAt
            WHERE NOT EXISTS (SELECT 1 FROM dossier_documents
                              WHERE dossier_number = @DossierNumber AND document_id = @DocumentId AND field_path = @FieldPath)
            """, attachment, transaction) == 1;

    /// <summary>Notes in the dossier's history that a document was given to it (every change to a dossier appends an event).</summary>
    public async Task AppendAttachedEventAsync(DbConnection connection, DbTransaction transaction, string dossierNumber,
        string occurredAt, string actor, string detail)
    {
        await DossierStore.AppendNextAsync(connection, transaction, dossierNumber, occurredAt, DossierEventKinds.DocumentAttached, null, actor, detail, seal);
        await connection.ExecuteAsync("UPDATE dossiers SET updated_at = @occurredAt WHERE number = @dossierNumber",
            new { dossierNumber, occurredAt }, transaction);
    }

    public static Task DeleteAsync(DbConnection connection, DbTransaction transaction, string id) =>
        connection.ExecuteAsync("DELETE FROM documents WHERE id = @id", new { id }, transaction);

    /// <summary>Takes a document out of its owner's e-safe, for it stays with the dossiers it was given to.</summary>
    public static Task ReleaseAsync(DbConnection connection, DbTransaction transaction, string id) =>
        connection.ExecuteAsync("UPDATE documents SET citizen_id = NULL WHERE id = @id", new { id }, transaction);

    /// <summary>
    /// At the account's erasure: deletes the rows of the citizen's documents given to no dossier and
    /// returns their ids (whose files go once the erasure commits); the others stay with their
    /// dossiers, no longer anyone's.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EraseOfCitizenAsync(DbConnection connection, DbTransaction transaction, string citizenId)
    {
        var unattached = (await connection.QueryAsync<string>(
            """
            SELECT id FROM documents d
            WHERE d.citizen_id = @citizenId AND NOT EXISTS (SELECT 1 FROM dossier_documents dd WHERE dd.document_id = d.id)
            """, new { citizenId }, transaction)).AsList();
        foreach (var id in unattached) await DeleteAsync(connection, transaction, id);
        await connection.ExecuteAsync("UPDATE documents SET citizen_id = NULL WHERE citizen_id = @citizenId", new { citizenId }, transaction);
        return unattached;
    }

    /// <summary>The documents given to a dossier, with the field each was given for, in the order given.</summary>
    public async Task<IReadOnlyList<(DossierDocumentRecord Attachment, DocumentRecord Document)>> OfDossierAsync(string dossierNumber)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<DossierDocumentRecord, DocumentRecord, (DossierDocumentRecord, DocumentRecord)>(
            $"""
            SELECT {AttachmentColumns}, d.id, d.citizen_id AS CitizenId, d.file_name AS FileName, d.media_type AS MediaType,
                   d.size, d.sha256, d.created_at AS CreatedAt
            FROM dossier_documents dd JOIN documents d ON d.id = dd.document_id
            WHERE dd.dossier_number = @dossierNumber ORDER BY dd.attached_at, dd.field_path, d.id
            """, (attachment, document) => (attachment, document), new { dossierNumber }, splitOn: "id");
        return rows.AsList();
    }

    /// <summary>A document given to the dossier, or null.</summary>
    public async Task<DocumentRecord?> FindInDossierAsync(string dossierNumber, string documentId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<DocumentRecord>(
            $"""
            SELECT {Columns} FROM documents
            WHERE id = @documentId AND EXISTS (SELECT 1 FROM dossier_documents WHERE dossier_number = @dossierNumber AND document_id = @documentId)
            """, new { dossierNumber, documentId });
    }
}
