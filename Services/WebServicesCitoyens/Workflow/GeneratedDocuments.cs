using System.Data.Common;
using System.Globalization;
using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Workflow;

/// <summary>A document generated for a dossier, without its content.</summary>
public sealed record GeneratedDocument(string Id, string DossierNumber, string TemplateCode, string Title, string CreatedAt);

/// <summary>
/// The documents a workflow action generates from the procedure's templates (cover letter, negative
/// answer, certificate), as PDF, stored with the dossier in the action's transaction. The citizen
/// downloads them from their account and the agents from the dossier. The caller records the history line.
/// </summary>
public sealed class GeneratedDocuments(Storage.Database database)
{
    public async Task<GeneratedDocument> GenerateAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier,
        ProcedureDefinition procedure, DocumentTemplate template, DateTimeOffset now)
    {
        var commune = await connection.QuerySingleAsync<(string Name, string? HeaderText, string TimeZone)>(
            "SELECT name, header_text AS HeaderText, time_zone AS TimeZone FROM communes WHERE code = @CommuneCode", dossier, transaction);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(commune.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var request = XElement.Parse(dossier.RequestXml);
        var values = new Dictionary<string, string>
        {
            ["numero"] = dossier.Number,
            ["demarche"] = procedure.Title,
            ["etape"] = procedure.FindStep(dossier.CurrentStep)?.CitizenLabel ?? "",
            ["commune"] = commune.Name,
            ["date"] = local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["demandeur"] = ApplicantName(procedure, request),
        };
        var body = template.RenderBody(values, path => DefinitionRules.ValueAt(request, path));
        var pdf = LetterPdf.Render(new Letter(commune.Name, commune.HeaderText, dossier.Number, template.Title,
            LetterTexts.PlaceAndDate(commune.Name, DateOnly.FromDateTime(local.DateTime)), body, procedure.Title));
        var document = new GeneratedDocument(AccountTokens.NewId(), dossier.Number, template.Code, template.Title, Timestamps.ToText(now));
        await connection.ExecuteAsync(
            """
            INSERT INTO generated_documents (id, dossier_number, template_code, title, created_at, content_base64)
            VALUES (@Id, @DossierNumber, @TemplateCode, @Title, @CreatedAt, @content)
            """, new { document.Id, document.DossierNumber, document.TemplateCode, document.Title, document.CreatedAt, content = Convert.ToBase64String(pdf) },
            transaction);
        return document;
    }

    public async Task<IReadOnlyList<GeneratedDocument>> OfDossierAsync(string number)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<GeneratedDocument>(
            """
            SELECT id, dossier_number AS DossierNumber, template_code AS TemplateCode, title, created_at AS CreatedAt
            FROM generated_documents WHERE dossier_number = @number ORDER BY created_at, id
            """, new { number })).AsList();
    }

    /// <summary>The PDF of a document of the dossier, or null when the dossier has no such document.</summary>
    public async Task<byte[]?> ContentAsync(string number, string id)
    {
        await using var connection = await database.OpenAsync();
        var content = await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT content_base64 FROM generated_documents WHERE dossier_number = @number AND id = @id", new { number, id });
        return content is null ? null : Convert.FromBase64String(content);
    }

    /// <summary>The applicant's names as the request gives them (the applicant group's name fields), for letters and queues.</summary>
    public static string ApplicantName(ProcedureDefinition procedure, XElement request)
    {
        if (procedure.ApplicantGroup is not { } group) return "";
        var fields = group.Items.OfType<FieldDefinition>().ToList();
        string? Value(Func<string, bool> name) => fields.Where(f => name(f.Name)).Select(f => DefinitionRules.ValueAt(request, f.Path)?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var first = Value(n => n.StartsWith("prenom", StringComparison.Ordinal));
        var last = Value(n => n.StartsWith("nom", StringComparison.Ordinal)) ?? Value(n => n.StartsWith("raisonSociale", StringComparison.Ordinal));
        return string.Join(' ', new[] { first, last }.Where(v => v is not null));
    }
}
