using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts.Configuration;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using E = WebServicesCitoyens.Administration.ConfigurationEditor;
using M = WebServicesCitoyens.Administration.AdministrationMapping;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// The administration service at /services/Administration.svc; requests reach it valid against
/// Wsdl/Administration.xsd. Thin: each call authenticates the back-office session and hands over to
/// <see cref="ConfigurationService"/>, whose refusals FaultTransformer turns into faults naming the field.
/// </summary>
public sealed class AdministrationService(AgentService agents, AgentStore agentStore, ConfigurationService configurations, IHttpContextAccessor http,
    Feedback.CommuneFeedback feedback, Communes.CommuneStore communes, Catalogue.ProcedureCatalogue catalogue,
    HostedForms.CommuneReception reception, Flux.VendorClients vendors)
    : IAdministrationService
{
    /// <summary>The caller's address, which login throttling counts failures by.</summary>
    private string Client => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "inconnu";

    public async Task<AgentSession> LoginAsync(string Email, string Password)
    {
        var token = await agents.LoginAsync(Email, Password, Client);
        var agent = await agents.AuthenticateAsync(token);
        return new AgentSession
        {
            SessionToken = token, ExpiresAt = DateTime.UtcNow + AgentService.SessionLifetime,
            DisplayName = agent.DisplayName, Role = agent.Role.ToString(), CommuneCode = agent.CommuneCode,
        };
    }

    public Task LogoutAsync(string SessionToken) => agents.LogoutAsync(SessionToken);

    // ------------------------------------------------------------------ versions

    public async Task<ConfigurationList> ListConfigurationsAsync(string SessionToken, string CommuneCode) =>
        new() { Procedures = (await configurations.ListAsync(await By(SessionToken), CommuneCode)).Select(M.Info).ToArray() };

    public async Task<VersionList> ListVersionsAsync(string SessionToken, string CommuneCode, string ProcedureCode)
    {
        var versions = await configurations.VersionsAsync(await By(SessionToken), CommuneCode, ProcedureCode);
        var names = await agentStore.NamesAsync(versions.Select(v => v.CreatedBy).Distinct().ToList());
        return new() { Versions = versions.Select(v => M.Info(v, names)).ToArray() };
    }

    public async Task<string> ExportConfigurationAsync(string SessionToken, string CommuneCode, string ProcedureCode, int? Version = null) =>
        await configurations.ExportAsync(await By(SessionToken), CommuneCode, ProcedureCode, Version);

    public async Task<VersionInfo> ImportConfigurationAsync(string SessionToken, string CommuneCode, string ProcedureCode, string DefinitionXml) =>
        await Info(await configurations.ImportAsync(await By(SessionToken), CommuneCode, ProcedureCode, DefinitionXml));

    public async Task<VersionInfo> CreateDraftAsync(string SessionToken, string CommuneCode, string ProcedureCode) =>
        await Info(await configurations.CreateDraftAsync(await By(SessionToken), CommuneCode, ProcedureCode));

    public async Task DiscardDraftAsync(string SessionToken, string CommuneCode, string ProcedureCode) =>
        await configurations.DiscardDraftAsync(await By(SessionToken), CommuneCode, ProcedureCode);

    public async Task<VersionInfo> PublishTestAsync(string SessionToken, string CommuneCode, string ProcedureCode) =>
        await Info(await configurations.PublishTestAsync(await By(SessionToken), CommuneCode, ProcedureCode));

    public async Task<VersionInfo> PublishOnlineAsync(string SessionToken, string CommuneCode, string ProcedureCode) =>
        await Info(await configurations.PublishOnlineAsync(await By(SessionToken), CommuneCode, ProcedureCode));

    public async Task<ProcessTreeInfo> GetProcessTreeAsync(string SessionToken, string CommuneCode, string ProcedureCode, int? Version = null) =>
        M.Info(await configurations.TreeAsync(await By(SessionToken), CommuneCode, ProcedureCode, Version));

    // ------------------------------------------------------------------ structured edits of the Draft

    public Task<VersionInfo> AddStepAsync(string SessionToken, string CommuneCode, string ProcedureCode, string After, string Code, string AgentLabel,
        string CitizenLabel) => Edit(SessionToken, CommuneCode, ProcedureCode, E.AddStep(After, Code, AgentLabel, CitizenLabel));

    public Task<VersionInfo> UpdateStepAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code, string? AgentLabel = null,
        string? CitizenLabel = null) => Edit(SessionToken, CommuneCode, ProcedureCode, E.UpdateStep(Code, AgentLabel, CitizenLabel));

    public Task<VersionInfo> RemoveStepAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.RemoveStep(Code));

    public Task<VersionInfo> AddActionAsync(string SessionToken, string CommuneCode, string ProcedureCode, string StepCode, string Code, string Label,
        string? To = null, string? Trigger = null, string? Delay = null, string? Actor = null, string? Document = null, string? MessageSubject = null,
        string? MessageBody = null) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.AddAction(new ActionSpec(StepCode, Code, Label, To, Trigger, Delay, Actor, Document, MessageSubject, MessageBody)));

    public Task<VersionInfo> UpdateActionAsync(string SessionToken, string CommuneCode, string ProcedureCode, string StepCode, string Code, string Label,
        string? To = null, string? Trigger = null, string? Delay = null, string? Actor = null, string? Document = null, string? MessageSubject = null,
        string? MessageBody = null) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.UpdateAction(new ActionSpec(StepCode, Code, Label, To, Trigger, Delay, Actor, Document, MessageSubject, MessageBody)));

    public Task<VersionInfo> RemoveActionAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.RemoveAction(Code));

    public Task<VersionInfo> SaveActorAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code, string Label, CodeList? Profiles = null) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.SaveActor(Code, Label, Profiles?.Codes ?? []));

    public Task<VersionInfo> RemoveActorAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.RemoveActor(Code));

    public Task<VersionInfo> AddFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string? GroupPath, string? After, string Name,
        string Label, string Type, bool Required, string? Help = null, OptionList? Options = null) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.AddField(new FieldSpec(GroupPath, After, Name, Label, Type, Required, Help,
            Options?.Options.Select(o => new Catalogue.EnumOption(o.Value, o.Label)).ToList())));

    public Task<VersionInfo> UpdateFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path, string? Label = null,
        string? Help = null, bool? Required = null) => Edit(SessionToken, CommuneCode, ProcedureCode, E.UpdateField(Path, Label, Help, Required));

    public Task<VersionInfo> HideFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path, bool Hidden) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.HideField(Path, Hidden));

    public Task<VersionInfo> MoveFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path, string Direction) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.MoveField(Path, Direction));

    public Task<VersionInfo> RemoveFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.RemoveField(Path));

    public Task<VersionInfo> SetMessageAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Event, string? StepCode, string Subject,
        string Body) => Edit(SessionToken, CommuneCode, ProcedureCode, E.SetMessage(Event, StepCode, Subject, Body));

    public Task<VersionInfo> RemoveMessageAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Event, string? StepCode = null) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.RemoveMessage(Event, StepCode));

    public Task<VersionInfo> SetDocumentAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code, string Title, string Body) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.SetDocument(Code, Title, Body));

    public Task<VersionInfo> RemoveDocumentAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code) =>
        Edit(SessionToken, CommuneCode, ProcedureCode, E.RemoveDocument(Code));

    // ------------------------------------------------------------------ people

    public async Task<ProfileList> ListProfilesAsync(string SessionToken, string CommuneCode) =>
        new() { Profiles = (await configurations.ProfilesAsync(await By(SessionToken), CommuneCode)).Select(M.Info).ToArray() };

    public async Task SaveProfileAsync(string SessionToken, string CommuneCode, string Code, string Label, CodeList Scope) =>
        await configurations.SaveProfileAsync(await By(SessionToken), CommuneCode, new AgentProfile(Code, Label, Scope?.Codes ?? []));

    public async Task<AgentList> ListAgentsAsync(string SessionToken, string CommuneCode) =>
        new() { Agents = (await configurations.AgentsAsync(await By(SessionToken), CommuneCode)).Select(M.Info).ToArray() };

    public async Task<AgentInfo> CreateAgentAsync(string SessionToken, string CommuneCode, string Email, string DisplayName, string Role, string Password,
        CodeList? Profiles = null)
    {
        var by = await By(SessionToken);
        // A commune's people are its agents and administrators; the operator is the platform's.
        var role = Role switch
        {
            nameof(AgentRole.Agent) => AgentRole.Agent,
            nameof(AgentRole.Administrator) => AgentRole.Administrator,
            _ => throw new RequestValidationException([new ValidationError("Role", AdministrationTexts.UnknownRole(Role))]),
        };
        return M.Info(await configurations.CreateAgentAsync(by, CommuneCode, Email, DisplayName, role, Password, Profiles?.Codes ?? []));
    }

    public async Task DisableAgentAsync(string SessionToken, string CommuneCode, string AgentId) =>
        await configurations.DisableAgentAsync(await By(SessionToken), CommuneCode, AgentId);

    // ------------------------------------------------------------------ the commune's settings

    public async Task<CommuneSettings> GetCommuneSettingsAsync(string SessionToken, string CommuneCode)
    {
        var (commune, received) = await reception.SettingsAsync(await By(SessionToken), CommuneCode);
        return M.Settings(commune, received);
    }

    public async Task<CommuneSettings> SetDelaysPublicAsync(string SessionToken, string CommuneCode, bool Public)
    {
        var by = await By(SessionToken);
        await configurations.SetDelaysPublicAsync(by, CommuneCode, Public);
        var (commune, received) = await reception.SettingsAsync(by, CommuneCode);
        return M.Settings(commune, received);
    }

    // ------------------------------------------------------------------ helpers

    private Task<Agent> By(string sessionToken) => agents.AuthenticateAsync(sessionToken);

    private async Task<VersionInfo> Edit(string sessionToken, string communeCode, string procedureCode, ConfigurationEdit edit) =>
        await Info(await configurations.EditAsync(await By(sessionToken), communeCode, procedureCode, edit));

    private async Task<VersionInfo> Info(ConfigurationVersion version) =>
        M.Info(version, await agentStore.NamesAsync([version.CreatedBy]));

    // ------------------------------------------------------------------ citizens' feedback (seed 004)

    public async Task<FeedbackList> ListFeedbackAsync(string SessionToken, string CommuneCode, string? ProcedureCode = null, string? Kind = null,
        bool? Unanswered = null)
    {
        var entries = await feedback.ListAsync(await By(SessionToken), CommuneCode, ProcedureCode, Kind, Unanswered ?? false);
        var commune = await communes.FindAsync(CommuneCode.Trim());
        return new() { Entries = entries.Select(f => Feedback.FeedbackMapping.Entry(f, commune, Title(f.ProcedureCode))).ToArray() };
    }

    public async Task<FeedbackEntry> AnswerFeedbackAsync(string SessionToken, string FeedbackId, string Answer)
    {
        var answered = await feedback.AnswerAsync(await By(SessionToken), FeedbackId, Answer);
        return Feedback.FeedbackMapping.Entry(answered, await communes.FindAsync(answered.CommuneCode), Title(answered.ProcedureCode));
    }

    // ------------------------------------------------------------------ HostedForms communes (seed 000)

    public async Task<CommuneSettings> SetCommuneCertificateAsync(string SessionToken, string CommuneCode, byte[] Certificate, string DossierEmail)
    {
        var (commune, received) = await reception.SetAsync(await By(SessionToken), CommuneCode, Certificate, DossierEmail);
        return M.Settings(commune, received);
    }

    private string? Title(string? procedureCode) => procedureCode is null ? null : catalogue.Find(procedureCode)?.Title;

    // ------------------------------------------------------------------ the commune's software (Flux.svc)

    public async Task<VendorClientInfo> RegisterVendorClientAsync(string SessionToken, string CommuneCode, string Name, CodeList Scope)
    {
        var (client, secret) = await vendors.RegisterAsync(await By(SessionToken), CommuneCode, Name, Scope.Codes);
        return Flux.FluxAdministrationMapping.Client(client, secret);
    }

    public async Task<VendorClientList> ListVendorClientsAsync(string SessionToken, string CommuneCode) =>
        new() { Clients = (await vendors.ListAsync(await By(SessionToken), CommuneCode)).Select(c => Flux.FluxAdministrationMapping.Client(c)).ToArray() };

    public async Task<VendorClientInfo> RotateVendorSecretAsync(string SessionToken, string CommuneCode, string ClientId)
    {
        var (client, secret) = await vendors.RotateAsync(await By(SessionToken), CommuneCode, ClientId);
        return Flux.FluxAdministrationMapping.Client(client, secret);
    }

    public async Task RevokeVendorClientAsync(string SessionToken, string CommuneCode, string ClientId) =>
        await vendors.RevokeAsync(await By(SessionToken), CommuneCode, ClientId);

    public async Task<WebhookLog> ListWebhookDeliveriesAsync(string SessionToken, string CommuneCode, string ClientId)
    {
        var (client, callback, attempts) = await vendors.DeliveriesAsync(await By(SessionToken), CommuneCode, ClientId);
        return Flux.FluxAdministrationMapping.Log(client, callback, attempts);
    }
}
