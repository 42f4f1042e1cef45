using System.Xml;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts.Configuration;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Administration;

/// <summary>Turns the administration's records into the types the administration service returns.</summary>
public static class AdministrationMapping
{
    public static ProcedureConfigurationInfo Info(ProcedureConfiguration configuration) => new()
    {
        ProcedureCode = configuration.Procedure.Code,
        Title = configuration.Procedure.Title,
        ThemeLabel = CatalogueTexts.ThemeLabel(configuration.Procedure.Theme) ?? configuration.Procedure.Theme,
        Offer = configuration.Offer?.ToString(),
        DraftVersion = (int)(configuration.DraftVersion ?? 0), DraftVersionSpecified = configuration.DraftVersion is not null,
        TestVersion = (int)(configuration.TestVersion ?? 0), TestVersionSpecified = configuration.TestVersion is not null,
        OnlineVersion = (int)(configuration.OnlineVersion ?? 0), OnlineVersionSpecified = configuration.OnlineVersion is not null,
    };

    /// <param name="names">The display names of the agents who created versions, by id.</param>
    public static VersionInfo Info(ConfigurationVersion version, IReadOnlyDictionary<string, string> names) => new()
    {
        ProcedureCode = version.ProcedureCode,
        Version = (int)version.Version,
        State = version.State,
        CreatedAt = Timestamps.Parse(version.CreatedAt),
        CreatedBy = names.GetValueOrDefault(version.CreatedBy) ?? BackOfficeTexts.FormerAgent,
        PublishedAt = version.PublishedAt is null ? default : Timestamps.Parse(version.PublishedAt),
        PublishedAtSpecified = version.PublishedAt is not null,
    };

    public static ProcessTreeInfo Info(ProcessTree tree) => new()
    {
        ProcedureCode = tree.ProcedureCode,
        Title = tree.Title,
        Version = (int)(tree.Version ?? 0), VersionSpecified = tree.Version is not null,
        State = tree.State,
        ExpectedDays = tree.ExpectedDays,
        Steps = tree.Steps.Select(step => new StepInfo
        {
            Number = step.Number, Code = step.Code, AgentLabel = step.AgentLabel, CitizenLabel = step.CitizenLabel,
            Initial = step.IsInitial, Exit = step.IsExit, Final = step.IsFinal, MessageSubject = step.MessageSubject,
            Actions = step.Actions.Select(Info).ToArray(),
        }).ToArray(),
        Actors = tree.Actors.Select(actor => new ActorInfo { Code = actor.Code, Label = actor.Label, Profiles = [.. actor.Profiles] }).ToArray(),
        Documents = tree.Documents.Select(document => new DocumentInfo { Code = document.Code, Title = document.Title, Body = document.Body }).ToArray(),
    };

    private static ActionInfo Info(ProcessAction action) => new()
    {
        Code = action.Code,
        Label = action.Label,
        Trigger = TriggerName(action.Trigger),
        Delay = action.Delay is { } delay ? XmlConvert.ToString(delay) : null,
        Actor = action.ActorCode,
        ActorLabel = action.ActorLabel,
        MessageSubject = action.MessageSubject,
        Document = action.DocumentCode,
        DocumentTitle = action.DocumentTitle,
        ToStepNumber = action.Target?.Number ?? 0, ToStepNumberSpecified = action.Target is not null,
        ToStep = action.Target?.Code,
        ToStepLabel = action.Target?.AgentLabel,
    };

    /// <summary>The trigger as definitions write it: manual, onEnter, afterDelay.</summary>
    public static string TriggerName(ActionTrigger trigger) => trigger switch
    {
        ActionTrigger.OnEnter => "onEnter",
        ActionTrigger.AfterDelay => "afterDelay",
        _ => "manual",
    };

    /// <summary>The commune's settings; with <paramref name="reception"/>, how a HostedForms commune receives its dossiers.</summary>
    public static CommuneSettings Settings(Communes.Commune commune, HostedForms.HostedFormsSettings? reception = null) =>
        new()
        {
            CommuneCode = commune.Code, Name = commune.Name, DelaysPublic = commune.DelaysPublic,
            DossierEmail = reception?.DossierEmail,
            Certificate = reception?.Certificate is { } der ? Certificate(der) : null,
        };

    private static CommuneCertificateInfo Certificate(string der)
    {
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(Convert.FromBase64String(der));
        return new()
        {
            Subject = certificate.Subject, Issuer = certificate.Issuer, NotAfter = certificate.NotAfter.ToUniversalTime(),
            Sha256Fingerprint = certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256),
        };
    }

    public static ProfileInfo Info(AgentProfile profile) => new() { Code = profile.Code, Label = profile.Label, Scope = [.. profile.Scope] };

    public static AgentInfo Info(Agent agent) => new()
    {
        Id = agent.Id, Email = agent.Email, DisplayName = agent.DisplayName, Role = agent.Role.ToString(),
        Profiles = agent.Profiles.Select(p => p.Code).ToArray(),
    };
}
