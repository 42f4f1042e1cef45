using System.Security.Cryptography;
using System.Text.RegularExpressions;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Accounts;

/// <summary>A document given to a dossier, as the dossier's agents see it.</summary>
public sealed record DossierDocument(string FieldPath, string FieldLabel, DateTime AttachedAt, string DocumentId, string FileName,
    string MediaType, long Size, string Sha256);

/// <summary>
/// The citizen's e-safe: supporting documents (PDF, JPEG, PNG, recognised by their content) uploaded
/// once and given to any of the citizen's dossiers for an attachment field of its procedure, within
/// that field's accepted types and size. A document is read only by its owner and, through
/// <see cref="DocumentsOfDossierAsync"/>, by the agents of a dossier it was given to. Another
/// citizen's document answers exactly like one that does not exist.
/// </summary>
public sealed partial class CitizenDocuments(
    DocumentStore store, DocumentFiles files, DocumentOptions options, DossierStore dossiers, PlatformOptions platform, TimeProvider clock,
    Administration.ProcedureDefinitions? definitions = null)
{
    private static readonly TimeZoneInfo France = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Keeps a document: content checked (type by its first bytes, size), file written and flushed, then its row committed.</summary>
    public async Task<CitizenDocument> UploadAsync(Citizen citizen, string? fileName, byte[]? content)
    {
        if (content is not { Length: > 0 }) throw Refused("Content", AccountTexts.DocumentEmpty);
        if (content.LongLength > options.MaxBytes) throw Refused("Content", AccountTexts.DocumentTooLarge(options.MaxSizeKb));
        var mediaType = DocumentContent.MediaTypeOf(content) ?? throw Refused("Content", AccountTexts.DocumentNotAccepted);

        await using (var connection = await store.OpenAsync())
            if (await DocumentStore.CountOfCitizenAsync(connection, null, citizen.Id) >= options.MaxPerCitizen)
                throw Refused("Content", AccountTexts.DocumentQuotaReached(options.MaxPerCitizen));

        var document = new DocumentRecord(AccountTokens.NewId(), citizen.Id, DocumentContent.FileNameFor(fileName, mediaType), mediaType,
            content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)), Timestamps.ToText(clock.GetUtcNow()));
        await files.WriteAsync(document.Id, content);
        try
        {
            await using var connection = await store.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            // Counted again in the writing transaction. On SQLite, an upload committed meanwhile makes this
            // one fail (busy snapshot) rather than pass the limit; PostgreSQL would need a row lock on the account.
            if (await DocumentStore.CountOfCitizenAsync(connection, transaction, citizen.Id) >= options.MaxPerCitizen)
                throw Refused("Content", AccountTexts.DocumentQuotaReached(options.MaxPerCitizen));
            await DocumentStore.InsertAsync(connection, transaction, document);
            await transaction.CommitAsync();
        }
        catch
        {
            files.Delete(document.Id);
            throw;
        }
        return await DescribeAsync(document, []);
    }

    /// <summary>The citizen's documents, newest first, each with the dossiers it was given to.</summary>
    public async Task<DocumentList> ListAsync(Citizen citizen)
    {
        await using var connection = await store.OpenAsync();
        var documents = await DocumentStore.OfCitizenAsync(connection, citizen.Id);
        var attachments = (await DocumentStore.AttachmentsOfCitizenAsync(connection, citizen.Id)).ToLookup(a => a.DocumentId);
        var described = new List<CitizenDocument>();
        foreach (var document in documents) described.Add(await DescribeAsync(document, attachments[document.Id]));
        return new DocumentList { MaxSizeKb = options.MaxSizeKb, MaxDocuments = options.MaxPerCitizen, Documents = described.ToArray() };
    }

    /// <summary>One of the citizen's documents with its content.</summary>
    public async Task<DocumentFile> GetAsync(Citizen citizen, string documentId)
    {
        var (document, attachments) = await OwnedAsync(citizen, documentId);
        return new DocumentFile { Document = await DescribeAsync(document, attachments), Content = await files.ReadAsync(document.Id) };
    }

    /// <summary>One of the citizen's documents and its file, opened for reading (the caller disposes it).</summary>
    public async Task<(CitizenDocument Document, Stream Content)> OpenAsync(Citizen citizen, string documentId)
    {
        var (document, attachments) = await OwnedAsync(citizen, documentId);
        return (await DescribeAsync(document, attachments), files.OpenRead(document.Id));
    }

    /// <summary>
    /// Removes a document from the e-safe. Refused while it is given to a dossier still in progress;
    /// given only to closed dossiers, it leaves the e-safe but stays with them, as at the account's
    /// erasure; given to none, its row and file are deleted. True when deleted, false when kept with its dossiers.
    /// </summary>
    public async Task<bool> DeleteAsync(Citizen citizen, string documentId)
    {
        var (document, attachments) = await OwnedAsync(citizen, documentId);
        foreach (var number in attachments.Select(a => a.DossierNumber).Distinct())
            if (await dossiers.FindAsync(number) is { } dossier && !IsClosed(dossier))
                throw Refused("DocumentId", AccountTexts.DocumentStillInUse(number));

        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Read again inside the transaction: a document given to a dossier meanwhile is kept.
        var given = await DocumentStore.AttachmentsOfDocumentAsync(connection, transaction, document.Id);
        if (given.Count == 0) await DocumentStore.DeleteAsync(connection, transaction, document.Id);
        else await DocumentStore.ReleaseAsync(connection, transaction, document.Id);
        await transaction.CommitAsync();
        if (given.Count == 0) files.Delete(document.Id);
        return given.Count == 0;
    }

    /// <summary>
    /// Gives one of the citizen's documents to one of their dossiers in progress, for an attachment
    /// field of its procedure (<c>pieces.justificatifDomicile</c>, <c>temoins[2].pieceIdentite</c>)
    /// whose accepted types and size it meets. Giving it again for the same field changes nothing.
    /// </summary>
    public async Task<CitizenDocument> AttachAsync(Citizen citizen, string dossierNumber, string fieldPath, string documentId)
    {
        var number = DossierNumber.Normalize(dossierNumber);
        var dossier = number is null ? null : await dossiers.FindAsync(number);
        if (dossier is null || dossier.CitizenId != citizen.Id) throw Refused("DossierNumber", AccountTexts.DossierNotYours);
        var (document, _) = await OwnedAsync(citizen, documentId);
        var definition = Definition(dossier);
        var (field, path) = AttachmentField(definition, fieldPath);
        if (field?.Attachment is not { } rules)
            throw Refused("FieldPath", AccountTexts.NotAnAttachmentField(fieldPath.Trim(), definition.Title, ExpectedPaths(definition)));
        if (IsClosed(dossier)) throw Refused("DossierNumber", AccountTexts.DossierClosedForDocuments(dossier.Number));
        if (!rules.Accept.Contains(document.MediaType))
            throw Refused("FieldPath", AccountTexts.MediaTypeNotAccepted(field.Label, path, rules.Accept.Select(DocumentContent.Label),
                DocumentContent.Label(document.MediaType)));
        if (document.Size > rules.MaxSizeKb * 1024L)
            throw Refused("FieldPath", AccountTexts.DocumentTooLargeForField(field.Label, path, rules.MaxSizeKb));

        var now = Timestamps.ToText(clock.GetUtcNow());
        await using (var connection = await store.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            if (await DocumentStore.AttachAsync(connection, transaction, new DossierDocumentRecord(dossier.Number, document.Id, path, now)))
                await store.AppendAttachedEventAsync(connection, transaction, dossier.Number, now, DossierTexts.CitizenActor,
                    $"{path} : {document.FileName} ({document.Id})");
            await transaction.CommitAsync();
        }
        var (_, attachments) = await OwnedAsync(citizen, document.Id);
        return await DescribeAsync(document, attachments);
    }

    // ------------------------------------------------------------------ for the back office (no public endpoint yet)

    /// <summary>The documents given to a dossier, with the field each was given for: what the dossier's agents may read.</summary>
    public async Task<IReadOnlyList<DossierDocument>> DocumentsOfDossierAsync(string dossierNumber)
    {
        var number = DossierNumber.Normalize(dossierNumber);
        var dossier = number is null ? null : await dossiers.FindAsync(number);
        if (dossier is null) return [];
        var definition = Definition(dossier);
        return (await store.OfDossierAsync(dossier.Number)).Select(row => new DossierDocument(
            row.Attachment.FieldPath, FieldLabel(definition, row.Attachment.FieldPath), Timestamps.Parse(row.Attachment.AttachedAt),
            row.Document.Id, row.Document.FileName, row.Document.MediaType, row.Document.Size, row.Document.Sha256)).ToList();
    }

    /// <summary>The content of a document given to the dossier (the caller disposes it), or null when it was not given to it.</summary>
    public async Task<Stream?> OpenDossierDocumentAsync(string dossierNumber, string documentId)
    {
        var number = DossierNumber.Normalize(dossierNumber);
        if (number is null || !DocumentFiles.IsId(documentId)) return null;
        return await store.FindInDossierAsync(number, documentId) is { } document ? files.OpenRead(document.Id) : null;
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>The citizen's document and where it was given; an unknown id and another's document get the same refusal.</summary>
    private async Task<(DocumentRecord Document, IReadOnlyList<DossierDocumentRecord> Attachments)> OwnedAsync(Citizen citizen, string? documentId)
    {
        var id = documentId?.Trim().ToLowerInvariant();
        if (!DocumentFiles.IsId(id)) throw Refused("DocumentId", AccountTexts.DocumentUnknown);
        await using var connection = await store.OpenAsync();
        var document = await DocumentStore.FindOwnedAsync(connection, null, id!, citizen.Id) ?? throw Refused("DocumentId", AccountTexts.DocumentUnknown);
        return (document, await DocumentStore.AttachmentsOfDocumentAsync(connection, null, document.Id));
    }

    /// <summary>The contract's view of a document, with the label of each field it was given for.</summary>
    public async Task<CitizenDocument> DescribeAsync(DocumentRecord document, IEnumerable<DossierDocumentRecord> attachments)
    {
        var described = new List<DocumentAttachment>();
        foreach (var attachment in attachments)
        {
            var dossier = await dossiers.FindAsync(attachment.DossierNumber);
            described.Add(new DocumentAttachment
            {
                DossierNumber = attachment.DossierNumber,
                FieldPath = attachment.FieldPath,
                FieldLabel = dossier is null ? "" : FieldLabel(Definition(dossier), attachment.FieldPath),
                AttachedAt = Timestamps.Parse(attachment.AttachedAt),
            });
        }
        var created = Timestamps.Parse(document.CreatedAt);
        return new CitizenDocument
        {
            Id = document.Id,
            FileName = document.FileName,
            MediaType = document.MediaType,
            Size = document.Size,
            Sha256 = document.Sha256,
            CreatedAt = created,
            CreatedAtLocal = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(created, France), DateTimeKind.Unspecified),
            Attachments = described.ToArray(),
        };
    }

    /// <summary>The definition the dossier was filed under (its commune's version: its steps, the same attachments).</summary>
    private ProcedureDefinition Definition(DossierRecord dossier) =>
        definitions?.For(dossier) ?? platform.Catalogue.Find(dossier.ProcedureCode)
        ?? throw new InvalidOperationException($"Dossier {dossier.Number} has unknown procedure {dossier.ProcedureCode}.");

    /// <summary>A dossier is closed once it reached a final step; closed dossiers are archived on the dashboard.</summary>
    public bool IsClosed(DossierRecord dossier) => Definition(dossier).FindStep(dossier.CurrentStep)?.IsFinal ?? false;

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]{0,63})(\[(?<rank>[0-9]{1,3})\])?$")]
    private static partial Regex Segment();

    /// <summary>
    /// The attachment field an instance path designates, and the path as stored: each repeated group
    /// with the rank of its instance (within its maximum), no rank on anything else. Null when the
    /// path names no attachment field.
    /// </summary>
    public static (FieldDefinition? Field, string Path) AttachmentField(ProcedureDefinition definition, string? path)
    {
        var steps = (path ?? "").Trim().Split('.');
        IReadOnlyList<FormItem> items = definition.Form;
        for (var i = 0; i < steps.Length; i++)
        {
            var match = Segment().Match(steps[i]);
            if (!match.Success) return (null, "");
            var item = items.FirstOrDefault(it => it.Name == match.Groups["name"].Value);
            var rank = match.Groups["rank"].Success ? int.Parse(match.Groups["rank"].Value) : (int?)null;
            if (i == steps.Length - 1)
                return item is FieldDefinition { Type: FieldType.Attachment } field && rank is null ? (field, string.Join('.', steps)) : (null, "");
            if (item is not GroupDefinition group) return (null, "");
            if (group.IsRepeated ? rank is null || rank < 1 || rank > group.MaxOccurs : rank is not null) return (null, "");
            items = group.Items;
        }
        return (null, "");
    }

    private static string FieldLabel(ProcedureDefinition definition, string path) =>
        definition.FindField(Regex.Replace(path, @"\[[0-9]+\]", ""))?.Label ?? "";

    /// <summary>The attachment fields of a procedure as paths to give, a repeated group's as <c>temoins[n].pieceIdentite</c>.</summary>
    private static IEnumerable<string> ExpectedPaths(ProcedureDefinition definition) =>
        definition.AllFields().Where(f => f.Type == FieldType.Attachment).Select(f =>
            definition.RepeatedGroupOf(f.Path) is { } group ? group.Path + "[n]" + f.Path[group.Path.Length..] : f.Path);

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
