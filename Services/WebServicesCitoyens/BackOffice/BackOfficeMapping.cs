using System.Xml;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using Contract = WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.BackOffice;

/// <summary>The back office's domain records as the SOAP contract publishes them (Contracts/BackOfficeTypes.cs).</summary>
public static class BackOfficeMapping
{
    public static AgentInfo Agent(Agent agent) => new()
    {
        Id = agent.Id,
        Name = agent.DisplayName,
        Role = agent.Role.ToString(),
        CommuneCode = agent.CommuneCode,
        Profiles = agent.Profiles.Select(p => new AgentProfileInfo { Code = p.Code, Label = p.Label }).ToArray(),
    };

    public static QueueFilter Filter(DossierFilter? filter) => filter is null ? new QueueFilter() : new QueueFilter(
        Procedure: filter.ProcedureCode,
        Step: filter.StepCode,
        State: filter.StateSpecified ? filter.State.ToString() : null,
        OlderThanDays: filter.OlderThanDaysSpecified ? filter.OlderThanDays : null,
        OverdueOnly: filter.OverdueOnly,
        AssignedToMe: filter.AssignedToMe,
        UnassignedOnly: filter.UnassignedOnly,
        TestDossiers: filter.TestDossiers,
        Sort: filter.SortSpecified ? Enum.Parse<QueueSort>(filter.Sort.ToString()) : QueueSort.Submitted,
        Descending: filter.Descending,
        Page: filter.PageSpecified ? filter.Page : 1,
        PageSize: filter.PageSizeSpecified ? filter.PageSize : new QueueFilter().PageSize,
        Keywords: Search.SearchKeywords.Checked(filter.Keywords, "Filter.Keywords"));

    /// <summary>A queue filter as the contract writes it (a saved search's), only what is set.</summary>
    public static DossierFilter Filter(QueueFilter filter) => new()
    {
        ProcedureCode = filter.Procedure,
        StepCode = filter.Step,
        State = filter.State is { } state ? Enum.Parse<DossierState>(state) : default,
        StateSpecified = filter.State is not null,
        OlderThanDays = filter.OlderThanDays ?? 0,
        OlderThanDaysSpecified = filter.OlderThanDays is not null,
        OverdueOnly = filter.OverdueOnly,
        AssignedToMe = filter.AssignedToMe,
        UnassignedOnly = filter.UnassignedOnly,
        TestDossiers = filter.TestDossiers,
        Sort = Enum.Parse<QueueOrder>(filter.Sort.ToString()),
        SortSpecified = true,
        Descending = filter.Descending,
        Page = filter.Page,
        PageSpecified = true,
        PageSize = filter.PageSize,
        PageSizeSpecified = true,
        Keywords = filter.Keywords,
    };

    public static SavedSearch SavedSearch(Search.SavedSearch search) => new()
    {
        Id = search.Id,
        Name = search.Name,
        CreatedAt = Timestamps.Parse(search.CreatedAt),
        Filter = Filter(search.Filter),
    };

    public static QueueResult Queue(QueuePage page) => new()
    {
        Total = page.Total,
        TotalIsLowerBound = page.TotalIsLowerBound,
        Page = page.Page,
        PageSize = page.PageSize,
        Entries = page.Entries.Select(e => new QueueLine
        {
            DossierNumber = e.Number,
            Applicant = e.Applicant,
            ProcedureCode = e.ProcedureCode,
            ProcedureTitle = e.ProcedureTitle,
            StepCode = e.StepCode,
            StepLabel = e.StepLabel,
            SubmittedAt = Timestamps.Parse(e.SubmittedAt),
            UpdatedAt = Timestamps.Parse(e.UpdatedAt),
            State = Enum.Parse<DossierState>(e.State),
            AssignedAgentId = e.AssignedAgentId,
            AssignedAgentName = e.AssignedAgentName,
            Overdue = e.Overdue,
            IsTest = e.IsTest,
            Channel = e.Channel,
            RequestedBy = e.RequestedBy,
        }).ToArray(),
    };

    public static DossierView Dossier(DossierFile file)
    {
        var dossier = file.Dossier;
        var procedure = file.Procedure;
        var request = new XmlDocument { XmlResolver = null };
        request.LoadXml(dossier.RequestXml);
        return new DossierView
        {
            DossierNumber = dossier.Number,
            ProcedureCode = dossier.ProcedureCode,
            ProcedureTitle = procedure.Title,
            CommuneCode = dossier.CommuneCode,
            Applicant = file.Applicant,
            Channel = dossier.Channel,
            SubmittedAt = Timestamps.Parse(dossier.SubmittedAt),
            UpdatedAt = Timestamps.Parse(dossier.UpdatedAt),
            StepCode = dossier.CurrentStep,
            StepLabel = file.CurrentStep?.AgentLabel ?? dossier.CurrentStep,
            StepSince = Timestamps.Parse(dossier.CurrentStepSince),
            State = Enum.Parse<DossierState>(dossier.State),
            Overdue = file.Overdue,
            IsTest = dossier.IsTest,
            AssignedAgentId = dossier.AssignedAgentId,
            AssignedAgentName = file.AssignedAgentName,
            Request = new DossierRequest { Content = [request.DocumentElement!] },
            History = file.History.Select(h => new HistoryLine
            {
                Sequence = h.Sequence,
                OccurredAt = Timestamps.Parse(h.OccurredAt),
                Kind = h.Kind,
                StepCode = h.StepCode,
                StepLabel = h.StepLabel,
                Actor = h.Actor,
                Detail = h.Detail,
                VisibleToCitizen = h.VisibleToCitizen,
            }).ToArray(),
            CitizenDocuments = file.CitizenDocuments.Select(CitizenDocument).ToArray(),
            GeneratedDocuments = file.GeneratedDocuments.Select(GeneratedDocument).ToArray(),
            Actions = file.Actions.Select(a => new ActionInfo
            {
                Code = a.Code,
                Label = a.Label,
                TargetStep = a.To,
                TargetStepLabel = a.To is null ? null : procedure.FindStep(a.To)?.AgentLabel,
            }).ToArray(),
            ExitSteps = procedure.ExitSteps.Select(s => new StepInfo { Code = s.Code, Label = s.AgentLabel }).ToArray(),
        };
    }

    public static DossierDocumentInfo CitizenDocument(Accounts.DossierDocument document) => new()
    {
        Id = document.DocumentId,
        FieldPath = document.FieldPath,
        FieldLabel = document.FieldLabel,
        FileName = document.FileName,
        MediaType = document.MediaType,
        Size = document.Size,
        Sha256 = document.Sha256,
        AttachedAt = document.AttachedAt,
    };

    public static GeneratedDocumentInfo GeneratedDocument(Workflow.GeneratedDocument document) => new()
    {
        Id = document.Id,
        TemplateCode = document.TemplateCode,
        Title = document.Title,
        CreatedAt = Timestamps.Parse(document.CreatedAt),
    };

    public static BulkResult Outcomes(IReadOnlyList<BulkOutcome> outcomes) => new()
    {
        Outcomes = outcomes.Select(o => new DossierOutcome { DossierNumber = o.Number, Done = o.Done, Reason = o.Reason }).ToArray(),
    };

    public static FilingReceipt Receipt(Contract.Receipt receipt) => new()
    {
        DossierNumber = receipt.DossierNumber,
        TrackingCode = receipt.TrackingCode,
        TrackingUrl = receipt.TrackingUrl,
        SubmittedAt = receipt.SubmittedAt,
        CommuneCode = receipt.Commune.Code,
        Acknowledgement = receipt.Acknowledgement,
    };

    public static CommuneRequestLine CommuneRequest(CommuneRequestEntry entry) => new()
    {
        DossierNumber = entry.Number, CommuneCode = entry.CommuneCode, CommuneName = entry.CommuneName, ProcedureTitle = entry.ProcedureTitle,
        Applicant = entry.Applicant, RequestedBy = entry.RequestedByAgent, SubmittedAt = Timestamps.Parse(entry.SubmittedAt), Step = entry.Step,
        Closed = entry.Closed,
    };
}
