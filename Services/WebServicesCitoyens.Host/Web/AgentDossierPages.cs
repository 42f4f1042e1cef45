using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// A dossier to treat, <c>/gestion/dossiers/{numero}</c>: its facts, the request, the documents, the
/// history, one button per action of its step and the forms (internal note, message, correction
/// request, rejection, closing, assignment), each posted to <c>/gestion/dossiers/{numero}/{operation}</c>
/// and followed by a redirect to the dossier with its confirmation (<c>?fait=…</c>). A refusal shows the
/// dossier as it now is with the refusal, and changes nothing; an action posted from a page showing an
/// earlier step is refused (the page carries the step it was shown at). The citizen's documents and the
/// generated letters download from <c>…/pieces/{id}</c> and <c>…/documents/{id}</c>. A dossier outside
/// the agent's remit answers exactly like one that does not exist.
/// </summary>
internal static class AgentDossierPages
{
    public static void Map(RouteGroupBuilder pages)
    {
        // ?format=xml gives the page document.
        pages.MapGet("/dossiers/{numero}", (string numero, string? fait, string? code, string? format, HttpContext context,
            DossierProcessing processing, SubmissionService submissions, AgentStore agents) => AgentPages.WithAgent(context, async session =>
            {
                var file = await OpenAsync(processing, session, numero);
                return file is null ? session.DossierNotFound()
                    : await DossierPageAsync(session, submissions, agents, file, Confirmation(file, fait, code), format: format);
            }));

        pages.MapPost("/dossiers/{numero}/{operation}", (string numero, string operation, HttpContext context, DossierProcessing processing,
            SubmissionService submissions, AgentStore agents) => AgentPages.WithAgent(context, async session =>
            {
                if (AgentPages.RefusedPost(context, session) is { } refusal) return refusal;
                if (!Operations.Contains(operation) || await OpenAsync(processing, session, numero) is not { } file) return session.DossierNotFound();
                var (form, unread) = await AgentPages.ReadFormAsync(context, session);
                if (form is null) return unread!;
                var number = file.Dossier.Number;
                string Field(string name) => form[name].ToString();
                try
                {
                    var done = await PerformAsync(processing, session.Agent, number, operation, Field);
                    return AgentPages.SeeOther($"{BackOfficeDossierPage.Href(number)}?fait={done}");
                }
                catch (RequestValidationException refused)
                {
                    // The dossier as it now is, the refusal next to the control it concerns, what was typed kept.
                    var now = await OpenAsync(processing, session, number);
                    var errors = operation == "action" && now is not null && now.Dossier.CurrentStep != Field("etape")
                        ? [new ValidationError("dossier", BackOfficePageTexts.StalePage(now.CurrentStep?.AgentLabel ?? now.Dossier.CurrentStep))]
                        : refused.Errors.Select(e => e with { Path = ControlOf(operation, e.Path) }).ToList();
                    var values = new[] { "texte", "motif", "issue", "agent" }.Where(n => Field(n).Length > 0)
                        .ToDictionary(n => n == "texte" ? operation : n, Field);
                    var status = errors.Any(e => e.Path is "dossier" or "actions") ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                    return now is null ? session.DossierNotFound() : await DossierPageAsync(session, submissions, agents, now, null, errors, values, status);
                }
            }));

        pages.MapGet("/dossiers/{numero}/pieces/{id}", (string numero, string id, HttpContext context, DossierProcessing processing) =>
            AgentPages.WithAgent(context, async session =>
            {
                try
                {
                    var (document, content) = await processing.CitizenDocumentAsync(session.Agent, numero, id);
                    PrivateResponses.File(context);
                    return Results.File(content, document.MediaType, document.FileName);
                }
                catch (RequestValidationException refused)
                {
                    return NotFound(session, refused);
                }
            }));

        pages.MapGet("/dossiers/{numero}/documents/{id}", (string numero, string id, HttpContext context, DossierProcessing processing) =>
            AgentPages.WithAgent(context, async session =>
            {
                try
                {
                    var (document, content) = await processing.GeneratedDocumentAsync(session.Agent, numero, id);
                    PrivateResponses.File(context);
                    return Results.File(content, "application/pdf", $"{document.TemplateCode}-{document.DossierNumber}.pdf");
                }
                catch (RequestValidationException refused)
                {
                    return NotFound(session, refused);
                }
            }));
    }

    /// <summary>What the dossier page posts: an action of the step, and the forms.</summary>
    private static readonly HashSet<string> Operations = ["action", "note", "message", "correction", "rejet", "cloture", "attribution"];

    /// <summary>Does what was posted; answers the confirmation to show (<c>?fait=</c>).</summary>
    private static async Task<string> PerformAsync(DossierProcessing processing, Agent agent, string number, string operation, Func<string, string> field)
    {
        switch (operation)
        {
            case "action":
                await processing.PerformAsync(agent, number, field("action"), field("etape"));
                return "action&code=" + Uri.EscapeDataString(field("action"));
            case "note":
                await processing.AddNoteAsync(agent, number, field("texte"));
                break;
            case "message":
                await processing.SendMessageAsync(agent, number, field("texte"));
                break;
            case "correction":
                await processing.RequestCorrectionAsync(agent, number, field("texte"));
                break;
            case "rejet":
                await processing.RejectAsync(agent, number, field("issue") is { Length: > 0 } exit ? exit : null, field("motif"));
                break;
            case "cloture":
                await processing.CloseAsync(agent, number);
                break;
            case "attribution":
                var assignee = field("agent");
                var outcome = (await processing.AssignAsync(agent, [number], assignee is "personne" or "" ? null : assignee)).Single();
                if (!outcome.Done) throw new RequestValidationException([new ValidationError("AgentId", outcome.Reason ?? "")]);
                break;
        }
        return operation;
    }

    /// <summary>The control of the page a refusal concerns (its error links there).</summary>
    private static string ControlOf(string operation, string field) => field switch
    {
        "Text" => operation,
        "Reason" => "motif",
        "ExitStep" => "issue",
        "AgentId" => "agent",
        "ActionCode" => "actions",
        _ => "dossier",
    };

    /// <summary>The confirmation of the change just made, from the dossier as it now is.</summary>
    private static string? Confirmation(DossierFile file, string? done, string? actionCode) => done switch
    {
        "action" => BackOfficePageTexts.ActionDone(
            file.Procedure.Actions.FirstOrDefault(a => a.Code == actionCode)?.Label ?? actionCode ?? "",
            file.CurrentStep?.AgentLabel ?? file.Dossier.CurrentStep),
        "note" => BackOfficePageTexts.NoteAdded,
        "message" => BackOfficePageTexts.MessageSent,
        "correction" => BackOfficePageTexts.CorrectionRequested,
        "rejet" => BackOfficePageTexts.Rejected(file.CurrentStep?.AgentLabel ?? file.Dossier.CurrentStep),
        "cloture" => BackOfficePageTexts.Closed,
        "attribution" => BackOfficePageTexts.Assigned(file.AssignedAgentName),
        _ => null,
    };

    private static async Task<DossierFile?> OpenAsync(DossierProcessing processing, AgentSession session, string number)
    {
        try
        {
            return await processing.OpenAsync(session.Agent, number);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }

    private static async Task<IResult> DossierPageAsync(AgentSession session, SubmissionService submissions, AgentStore agents, DossierFile file,
        string? notice, IReadOnlyList<ValidationError>? errors = null, IReadOnlyDictionary<string, string>? values = null, int status = StatusCodes.Status200OK,
        string? format = null)
    {
        var request = PrintableRequest.From(file.Procedure, await submissions.StatusAsync(file.Dossier), file.Dossier.RequestXml);
        var colleagues = await agents.OfCommuneAsync(file.Dossier.CommuneCode);
        return session.Render(BackOfficeDossierPage.For(session.Context(notice, errors, values), file, request, colleagues, session.ToLocal), status, format);
    }

    /// <summary>A download refused: for a dossier outside the remit the one not-found page, else the document's.</summary>
    private static IResult NotFound(AgentSession session, RequestValidationException refused) =>
        refused.Errors[0].Path == "DocumentId"
            ? session.Message(BackOfficePageTexts.DocumentNotFoundTitle, BackOfficeTexts.DocumentNotFound, StatusCodes.Status404NotFound)
            : session.DossierNotFound();
}
