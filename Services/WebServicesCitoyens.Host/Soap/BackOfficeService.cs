using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// The back office service at /services/BackOffice.svc; requests reach it valid against Wsdl/BackOffice.xsd.
/// Thin: it authenticates the agent, calls the domain (which alone decides rights, see AgentRights) and maps
/// the answer. Every refusal is a RequestValidationException, made a fault naming the field by FaultTransformer.
/// </summary>
public sealed class BackOfficeService(AgentService agents, DossierQueue queue, DossierProcessing processing, OnBehalfFiling filing,
    AgentStore agentStore, SoapEndpoints endpoints, Statistics.CommuneStatistics statistics, TimeProvider clock, IHttpContextAccessor http,
    Search.SavedSearches searches) : IBackOfficeService
{
    /// <summary>The caller's address, which login throttling counts failures by.</summary>
    private string Client => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "inconnu";

    public async Task<AgentSession> LoginAsync(string Email, string Password)
    {
        var token = await agents.LoginAsync(Email, Password, Client);
        return new AgentSession
        {
            SessionToken = token,
            ExpiresAt = DateTime.UtcNow + AgentService.SessionLifetime,
            Agent = BackOfficeMapping.Agent(await agents.AuthenticateAsync(token)),
        };
    }

    public Task LogoutAsync(string SessionToken) => agents.LogoutAsync(SessionToken);

    public async Task<QueueResult> ListDossiersAsync(string SessionToken, DossierFilter? Filter) =>
        BackOfficeMapping.Queue(await queue.ListAsync(await agents.AuthenticateAsync(SessionToken), BackOfficeMapping.Filter(Filter)));

    public async Task<DossierView> GetDossierAsync(string SessionToken, string DossierNumber) =>
        await ViewAsync(await agents.AuthenticateAsync(SessionToken), DossierNumber);

    public Task<DossierView> PerformActionAsync(string SessionToken, string DossierNumber, string ActionCode, string? ExpectedStep) =>
        ChangeAsync(SessionToken, DossierNumber, agent => processing.PerformAsync(agent, DossierNumber, ActionCode, ExpectedStep));

    public Task<DossierView> AddNoteAsync(string SessionToken, string DossierNumber, string Text) =>
        ChangeAsync(SessionToken, DossierNumber, agent => processing.AddNoteAsync(agent, DossierNumber, Text));

    public Task<DossierView> SendMessageAsync(string SessionToken, string DossierNumber, string Text) =>
        ChangeAsync(SessionToken, DossierNumber, agent => processing.SendMessageAsync(agent, DossierNumber, Text));

    public Task<DossierView> RequestCorrectionAsync(string SessionToken, string DossierNumber, string Text) =>
        ChangeAsync(SessionToken, DossierNumber, agent => processing.RequestCorrectionAsync(agent, DossierNumber, Text));

    public Task<DossierView> RejectAsync(string SessionToken, string DossierNumber, string? ExitStep, string Reason) =>
        ChangeAsync(SessionToken, DossierNumber, agent => processing.RejectAsync(agent, DossierNumber, ExitStep, Reason));

    public Task<DossierView> CloseAsync(string SessionToken, string DossierNumber) =>
        ChangeAsync(SessionToken, DossierNumber, agent => processing.CloseAsync(agent, DossierNumber));

    public async Task<BulkResult> AssignAsync(string SessionToken, DossierSelection DossierNumbers, string? AgentId) =>
        BackOfficeMapping.Outcomes(await processing.AssignAsync(await agents.AuthenticateAsync(SessionToken), DossierNumbers.Numbers, AgentId));

    public async Task<BulkResult> TakeOverAsync(string SessionToken, string ColleagueId) =>
        BackOfficeMapping.Outcomes(await processing.TakeOverAsync(await agents.AuthenticateAsync(SessionToken), ColleagueId));

    public async Task<BulkResult> PerformOnEachAsync(string SessionToken, DossierSelection DossierNumbers, string ActionCode) =>
        BackOfficeMapping.Outcomes(await processing.PerformOnEachAsync(await agents.AuthenticateAsync(SessionToken), DossierNumbers.Numbers, ActionCode));

    public async Task<GeneratedDocumentContent> GetGeneratedDocumentAsync(string SessionToken, string DossierNumber, string DocumentId)
    {
        var (document, content) = await processing.GeneratedDocumentAsync(await agents.AuthenticateAsync(SessionToken), DossierNumber, DocumentId);
        return new GeneratedDocumentContent { Document = BackOfficeMapping.GeneratedDocument(document), Content = content };
    }

    public async Task<DossierDocumentContent> GetCitizenDocumentAsync(string SessionToken, string DossierNumber, string DocumentId)
    {
        var (document, stream) = await processing.CitizenDocumentAsync(await agents.AuthenticateAsync(SessionToken), DossierNumber, DocumentId);
        await using (stream)
        {
            var content = new MemoryStream();
            await stream.CopyToAsync(content);
            return new DossierDocumentContent { Document = BackOfficeMapping.CitizenDocument(document), Content = content.ToArray() };
        }
    }

    public async Task<AgentList> ListAgentsAsync(string SessionToken)
    {
        var agent = await agents.AuthenticateAsync(SessionToken);
        // The operator belongs to no commune: nobody to assign dossiers to.
        var colleagues = agent.CommuneCode is null ? [] : await agentStore.OfCommuneAsync(agent.CommuneCode);
        return new AgentList { Agents = colleagues.Select(BackOfficeMapping.Agent).ToArray() };
    }

    public async Task<FilingReceipt> FileOnBehalfAsync(string SessionToken, string ProcedureCode, FilingChannel Channel, OnBehalfRequest Request)
    {
        var agent = await agents.AuthenticateAsync(SessionToken);
        XNamespace tns = ContractNamespaces.Procedure;
        var request = new XElement(tns + "Request", Request.Fields.Select(f => XElement.Parse(f.OuterXml)));
        var receipt = await filing.FileAsync(agent, ProcedureCode, Enum.Parse<Channel>(Channel.ToString()), request,
            code => endpoints.ForProcedure(code)?.Validator);
        return BackOfficeMapping.Receipt(receipt);
    }

    public async Task<FilingReceipt> RequestFromCommuneAsync(string SessionToken, string CommuneCode, string ProcedureCode, OnBehalfRequest Request)
    {
        var agent = await agents.AuthenticateAsync(SessionToken);
        XNamespace tns = ContractNamespaces.Procedure;
        var request = new XElement(tns + "Request", Request.Fields.Select(f => XElement.Parse(f.OuterXml)));
        return BackOfficeMapping.Receipt(await filing.RequestFromCommuneAsync(agent, CommuneCode, ProcedureCode, request,
            code => endpoints.ForProcedure(code)?.Validator));
    }

    public async Task<CommuneRequestList> ListCommuneRequestsAsync(string SessionToken) =>
        new() { Requests = (await queue.RequestedByAsync(await agents.AuthenticateAsync(SessionToken))).Select(BackOfficeMapping.CommuneRequest).ToArray() };

    public async Task<SavedSearch> SaveSearchAsync(string SessionToken, string Name, DossierFilter Filter) =>
        BackOfficeMapping.SavedSearch(await searches.SaveAsync(await agents.AuthenticateAsync(SessionToken), Name, BackOfficeMapping.Filter(Filter)));

    public async Task<SavedSearchList> ListSavedSearchesAsync(string SessionToken) =>
        new() { Searches = (await searches.ListAsync(await agents.AuthenticateAsync(SessionToken))).Select(BackOfficeMapping.SavedSearch).ToArray() };

    public async Task DeleteSavedSearchAsync(string SessionToken, string SearchId) =>
        await searches.DeleteAsync(await agents.AuthenticateAsync(SessionToken), SearchId);

    /// <summary>A change to one dossier, answered with the dossier as it now is.</summary>
    private async Task<DossierView> ChangeAsync(string sessionToken, string number, Func<Agent, Task> change)
    {
        var agent = await agents.AuthenticateAsync(sessionToken);
        await change(agent);
        return await ViewAsync(agent, number);
    }

    private async Task<DossierView> ViewAsync(Agent agent, string number) => BackOfficeMapping.Dossier(await processing.OpenAsync(agent, number));

    public async Task<StatisticsReport> GetStatisticsAsync(string SessionToken, string? FromMonth, string? ToMonth)
    {
        var agent = await agents.AuthenticateAsync(SessionToken);
        var period = Statistics.StatisticsPeriod.Parse(FromMonth, ToMonth, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Statistics.StatisticsMapping.Report(await statistics.ReportAsync(agent, period));
    }
}
