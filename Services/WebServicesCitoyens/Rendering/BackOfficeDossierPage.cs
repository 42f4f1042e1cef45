using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Rendering.BackOfficePage;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of a dossier to treat (view <c>dossier</c>): <c>page:Dossier</c> with its facts
/// (procedure, state, step and since when, dates, overdue, assigned agent, channel, applicant), the
/// actions the agent may perform at its step (each with the step it is for, so that a page left open
/// while the dossier moved on is detected), the exits a rejection may take, the commune's agents, the
/// request as the citizen filed it (the sections of <see cref="PrintableRequest"/>), the documents the
/// citizen gave and those generated, and the whole history with who, when, what and who may read it.
/// </summary>
public static class BackOfficeDossierPage
{
    public static string Href(string number) => $"{BackOfficeQueueAddress.Path}/{number}";

    /// <param name="toLocal">A UTC time in the commune's time.</param>
    public static XDocument For(Context context, DossierFile file, PrintableRequest request, IReadOnlyList<Agent> colleagues, Func<DateTime, DateTime> toLocal)
    {
        var dossier = file.Dossier;
        var procedure = file.Procedure;
        string At(string utc) => Local(toLocal(Timestamps.Parse(utc)));
        var href = Href(dossier.Number);
        var element = new XElement(Page + "Dossier",
            new XAttribute("number", dossier.Number),
            new XAttribute("href", href),
            new XAttribute("open", file.IsOpen ? "true" : "false"),
            new XAttribute("test", dossier.IsTest ? "true" : "false"),
            new XAttribute("overdue", file.Overdue ? "true" : "false"),
            new XElement(Page + "Procedure", new XAttribute("code", procedure.Code), procedure.Title),
            new XElement(Page + "Theme", CatalogueTexts.ThemeLabel(procedure.Theme) ?? procedure.Theme),
            new XElement(Page + "State", new XAttribute("code", dossier.State), BackOfficePageTexts.StateLabel(dossier.State)),
            new XElement(Page + "Step", new XAttribute("code", dossier.CurrentStep), file.CurrentStep?.AgentLabel ?? dossier.CurrentStep),
            new XElement(Page + "SubmittedAtLocal", At(dossier.SubmittedAt)),
            new XElement(Page + "StepSinceLocal", At(dossier.CurrentStepSince)),
            dossier.ClosedAt is { } closed ? new XElement(Page + "ClosedAtLocal", At(closed)) : null,
            new XElement(Page + "Overdue", file.Overdue
                ? BackOfficePageTexts.Overdue(procedure.ExpectedDays) : BackOfficePageTexts.NotOverdue(procedure.ExpectedDays)),
            new XElement(Page + "Assigned", dossier.AssignedAgentId is { } assigned ? new XAttribute("id", assigned) : null,
                file.AssignedAgentName ?? BackOfficePageTexts.Nobody),
            new XElement(Page + "Channel", BackOfficePageTexts.ChannelLabel(dossier.Channel)),
            new XElement(Page + "Applicant", file.Applicant),
            new XElement(Page + "Actions", file.Actions.Select(a => new XElement(Page + "Action",
                new XAttribute("code", a.Code), new XAttribute("step", a.Step),
                a.Document is { } code && procedure.Documents.FirstOrDefault(d => d.Code == code) is { } template
                    ? new XAttribute("document", template.Title) : null,
                a.Label))),
            new XElement(Page + "Exits", procedure.ExitSteps.Select(s => new XElement(Page + "Exit", new XAttribute("code", s.Code), s.AgentLabel))),
            BackOfficeQueuePage.Colleagues(colleagues, context.Agent),
            new XElement(Page + "Request", PageDocument.Sections(request)),
            new XElement(Page + "CitizenDocuments", file.CitizenDocuments.Select(d => new XElement(Page + "Document",
                new XAttribute("href", $"{href}/pieces/{d.DocumentId}"),
                new XAttribute("mediaType", d.MediaType), new XAttribute("size", d.Size),
                new XElement(Page + "Field", d.FieldLabel),
                new XElement(Page + "FileName", d.FileName),
                new XElement(Page + "AttachedAtLocal", Local(toLocal(d.AttachedAt)))))),
            new XElement(Page + "GeneratedDocuments", file.GeneratedDocuments.Select(d => new XElement(Page + "Document",
                new XAttribute("href", $"{href}/documents/{d.Id}"),
                new XElement(Page + "Title", d.Title),
                new XElement(Page + "CreatedAtLocal", At(d.CreatedAt))))),
            new XElement(Page + "History", file.History.Select(e => new XElement(Page + "Event",
                new XAttribute("sequence", e.Sequence), new XAttribute("kind", e.Kind),
                new XAttribute("visible", e.VisibleToCitizen ? "true" : "false"),
                new XElement(Page + "AtLocal", At(e.OccurredAt)),
                new XElement(Page + "Actor", e.Actor),
                new XElement(Page + "What", BackOfficePageTexts.EventKindLabel(e.Kind)),
                e.StepLabel is { } step ? new XElement(Page + "Step", step) : null,
                string.IsNullOrEmpty(e.Detail) ? null : new XElement(Page + "Detail", e.Detail),
                new XElement(Page + "Visibility", BackOfficePageTexts.Visibility(e.Kind, e.VisibleToCitizen))))));
        return Document("dossier", context, element);
    }
}
