using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Administration;

/// <summary>A procedure as a commune's administration lists it: whether the commune offers it, and its versions by state.</summary>
public sealed record ProcedureConfiguration(ProcedureDefinition Procedure, OfferState? Offer, long? DraftVersion, long? TestVersion, long? OnlineVersion);

/// <summary>A definition as the administration shows it: a commune's version, or the catalogue's (<see cref="Version"/> null).</summary>
public sealed record ConfiguredDefinition(ProcedureDefinition Definition, ConfigurationVersion? Version);

/// <summary>
/// The administration of a commune's procedures and people (seed 002 §4.1), for its administrators
/// and the platform's operator (<see cref="AgentRights.MayAdminister"/>). A commune's configuration of a
/// procedure is a whole definition document, versioned: one Draft, edited (<see cref="EditAsync"/>) or
/// imported; published to Test (served only with the commune's preview key, its dossiers marked as
/// tests); then Online for everybody, the previous Online version Retired. Dossiers keep the version
/// they were filed under. Every document stored has passed <see cref="ConfigurationCheck"/>; every
/// refusal names the field, in French; an agent who may not administer the commune gets exactly the
/// answer of a procedure that does not exist.
/// </summary>
public sealed class ConfigurationService(
    ConfigurationStore store, ConfigurationCheck check, CatalogueSources sources, ProcedureCatalogue catalogue, ProcedureDefinitions definitions,
    CommuneStore communes, AgentStore agents, AgentService agentService, TimeProvider clock)
{
    // ------------------------------------------------------------------ reading

    /// <summary>The procedures the commune offers or has versions of, in catalogue order.</summary>
    public async Task<IReadOnlyList<ProcedureConfiguration>> ListAsync(Agent by, string communeCode)
    {
        await CommuneAsync(by, communeCode);
        var offers = (await communes.OffersAsync(communeCode)).ToDictionary(o => o.ProcedureCode);
        var versions = (await store.OfCommuneAsync(communeCode)).ToLookup(v => v.ProcedureCode);
        long? In(string code, string state) => versions[code].FirstOrDefault(v => v.State == state)?.Version;
        return catalogue.Procedures
            .Where(p => offers.ContainsKey(p.Code) || versions.Contains(p.Code))
            .Select(p => new ProcedureConfiguration(p, offers.GetValueOrDefault(p.Code)?.State,
                In(p.Code, ConfigurationStates.Draft), In(p.Code, ConfigurationStates.Test), In(p.Code, ConfigurationStates.Online)))
            .ToList();
    }

    /// <summary>The versions of the commune's configuration of a procedure, newest first.</summary>
    public async Task<IReadOnlyList<ConfigurationVersion>> VersionsAsync(Agent by, string communeCode, string procedureCode)
    {
        await ProcedureAsync(by, communeCode, procedureCode);
        return await store.ListAsync(communeCode, procedureCode);
    }

    /// <summary>
    /// A version's definition; without <paramref name="version"/>, the one being worked on: the Draft,
    /// else the Test version, else the Online one, else the catalogue's.
    /// </summary>
    public async Task<ConfiguredDefinition> DefinitionAsync(Agent by, string communeCode, string procedureCode, long? version = null)
    {
        var published = await ProcedureAsync(by, communeCode, procedureCode);
        var chosen = await ChosenAsync(communeCode, procedureCode, version);
        return new ConfiguredDefinition(chosen is null ? published
            : chosen.IsDraft ? definitions.Parse(chosen.DefinitionXml, published)
            : definitions.For(communeCode, procedureCode, chosen.Version)!, chosen);
    }

    /// <summary>The process of a version (see <see cref="DefinitionAsync"/> for which) as a tree.</summary>
    public async Task<ProcessTree> TreeAsync(Agent by, string communeCode, string procedureCode, long? version = null)
    {
        var (definition, chosen) = await DefinitionAsync(by, communeCode, procedureCode, version);
        return ProcessTree.Of(definition, chosen);
    }

    /// <summary>A version's document as stored (see <see cref="DefinitionAsync"/> for which); the catalogue's file when the commune has none.</summary>
    public async Task<string> ExportAsync(Agent by, string communeCode, string procedureCode, long? version = null)
    {
        var published = await ProcedureAsync(by, communeCode, procedureCode);
        return (await ChosenAsync(communeCode, procedureCode, version))?.DefinitionXml ?? sources.Of(published);
    }

    // ------------------------------------------------------------------ the Draft

    /// <summary>The commune's Draft, created from its newest published version (Test, else Online, else the catalogue's file) if it has none.</summary>
    public async Task<ConfigurationVersion> CreateDraftAsync(Agent by, string communeCode, string procedureCode) =>
        await DraftAsync(by, communeCode, await ProcedureAsync(by, communeCode, procedureCode));

    /// <summary>Applies a structured edit (<see cref="ConfigurationEditor"/>) to the Draft; nothing changes unless the result passes the whole check.</summary>
    public async Task<ConfigurationVersion> EditAsync(Agent by, string communeCode, string procedureCode, ConfigurationEdit edit)
    {
        var published = await ProcedureAsync(by, communeCode, procedureCode);
        var draft = await DraftAsync(by, communeCode, published);
        var document = Load(draft.DefinitionXml);
        edit(document);
        var xml = Serialize(document);
        check.Read(xml, published, await ProfileCodesAsync(communeCode));
        return await ReplaceAsync(draft, xml);
    }

    /// <summary>
    /// Takes a whole document as the Draft (replacing the Draft's, or as a new one): refused, with every
    /// problem, when it is not a valid, compatible, runnable version of the procedure (or over 1 MiB, or with a DTD).
    /// </summary>
    public async Task<ConfigurationVersion> ImportAsync(Agent by, string communeCode, string procedureCode, string xml)
    {
        var published = await ProcedureAsync(by, communeCode, procedureCode);
        check.Read(xml ?? "", published, await ProfileCodesAsync(communeCode));
        return await store.InStateAsync(communeCode, procedureCode, ConfigurationStates.Draft) is { } draft
            ? await ReplaceAsync(draft, xml!)
            : await store.AddDraftAsync(communeCode, procedureCode, xml!, by.Id, Now()) ?? throw Refused("Version", AdministrationTexts.DraftChanged);
    }

    /// <summary>Drops the Draft (no dossier ever refers to one).</summary>
    public async Task DiscardDraftAsync(Agent by, string communeCode, string procedureCode)
    {
        await ProcedureAsync(by, communeCode, procedureCode);
        if (!await store.DeleteDraftAsync(communeCode, procedureCode)) throw Refused("Version", AdministrationTexts.NoDraft);
    }

    // ------------------------------------------------------------------ publishing

    /// <summary>Publishes the Draft to Test (the previous Test version is retired): the commune tries it with its preview key.</summary>
    public Task<ConfigurationVersion> PublishTestAsync(Agent by, string communeCode, string procedureCode) =>
        PublishAsync(by, communeCode, procedureCode, ConfigurationStates.Draft, ConfigurationStates.Test, AdministrationTexts.NoDraft);

    /// <summary>Puts the Test version Online for everybody (the previous Online version is retired); its dossiers from now on are filed under it.</summary>
    public Task<ConfigurationVersion> PublishOnlineAsync(Agent by, string communeCode, string procedureCode) =>
        PublishAsync(by, communeCode, procedureCode, ConfigurationStates.Test, ConfigurationStates.Online, AdministrationTexts.NoTestVersion);

    private async Task<ConfigurationVersion> PublishAsync(Agent by, string communeCode, string procedureCode, string from, string to, string none)
    {
        var published = await ProcedureAsync(by, communeCode, procedureCode);
        var version = await store.InStateAsync(communeCode, procedureCode, from) ?? throw Refused("Version", none);
        // Checked again: the commune's profiles, which actors are bound to, may have changed since.
        check.Read(version.DefinitionXml, published, await ProfileCodesAsync(communeCode));
        if (!await store.PublishAsync(communeCode, procedureCode, version.Version, from, to, Now()))
            throw Refused("Version", AdministrationTexts.DraftChanged);
        return (await store.FindAsync(communeCode, procedureCode, version.Version))!;
    }

    // ------------------------------------------------------------------ people

    public async Task<IReadOnlyList<AgentProfile>> ProfilesAsync(Agent by, string communeCode)
    {
        await CommuneAsync(by, communeCode);
        await using var connection = await agents.OpenAsync();
        return await agents.ProfilesAsync(connection, communeCode);
    }

    public async Task SaveProfileAsync(Agent by, string communeCode, AgentProfile profile)
    {
        await CommuneAsync(by, communeCode);
        await agentService.SaveProfileAsync(by, communeCode, profile, catalogue);
    }

    /// <summary>The commune's active agents and administrators, by name.</summary>
    public async Task<IReadOnlyList<Agent>> AgentsAsync(Agent by, string communeCode)
    {
        await CommuneAsync(by, communeCode);
        return await agents.OfCommuneAsync(communeCode);
    }

    public async Task<Agent> CreateAgentAsync(Agent by, string communeCode, string email, string displayName, AgentRole role, string password,
        IReadOnlyList<string> profileCodes)
    {
        await CommuneAsync(by, communeCode);
        return await agentService.CreateAgentAsync(by, communeCode, email, displayName, role, password, profileCodes);
    }

    /// <summary>Disables an agent of the commune (not oneself): no more logins, sessions ended, history kept.</summary>
    public async Task DisableAgentAsync(Agent by, string communeCode, string agentId)
    {
        await CommuneAsync(by, communeCode);
        if (agentId == by.Id) throw Refused("AgentId", AdministrationTexts.NotYourself);
        if (!await agents.DisableAsync(communeCode, agentId, Now())) throw Refused("AgentId", BackOfficeTexts.UnknownAgent);
    }

    // ------------------------------------------------------------------ the commune's settings

    /// <summary>The commune as its administration shows it (its name, whether its delays are public).</summary>
    public async Task<Commune> CommuneSettingsAsync(Agent by, string communeCode) => await CommuneAsync(by, communeCode);

    /// <summary>
    /// Whether the commune's processing delays are published: on the public observatory and as
    /// « Délai habituel » on its forms. A configuration of the commune, so its administrators' and the operator's.
    /// </summary>
    public async Task<Commune> SetDelaysPublicAsync(Agent by, string communeCode, bool delaysPublic)
    {
        await CommuneAsync(by, communeCode);
        await communes.SetDelaysPublicAsync(communeCode, delaysPublic);
        return await CommuneAsync(by, communeCode);
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>
    /// The catalogue's definition of a procedure of a commune the agent administers. An unknown
    /// commune or procedure and a commune the agent may not administer get the same refusal.
    /// </summary>
    private async Task<ProcedureDefinition> ProcedureAsync(Agent by, string communeCode, string procedureCode)
    {
        if (!AgentRights.MayAdminister(by, communeCode) || catalogue.Find(procedureCode) is not { } published
            || await communes.FindAsync(communeCode) is null)
            throw Refused("ProcedureCode", AdministrationTexts.ConfigurationNotFound);
        return published;
    }

    private async Task<Commune> CommuneAsync(Agent by, string communeCode) =>
        AgentRights.MayAdminister(by, communeCode) && await communes.FindAsync(communeCode) is { } commune
            ? commune
            : throw Refused("CommuneCode", AdministrationTexts.CommuneNotFound);

    private async Task<ConfigurationVersion?> ChosenAsync(string communeCode, string procedureCode, long? version)
    {
        if (version is { } number)
            return await store.FindAsync(communeCode, procedureCode, number) ?? throw Refused("Version", AdministrationTexts.VersionNotFound(number));
        foreach (var state in (string[])[ConfigurationStates.Draft, ConfigurationStates.Test, ConfigurationStates.Online])
            if (await store.InStateAsync(communeCode, procedureCode, state) is { } found) return found;
        return null;
    }

    private async Task<ConfigurationVersion> DraftAsync(Agent by, string communeCode, ProcedureDefinition published)
    {
        if (await store.InStateAsync(communeCode, published.Code, ConfigurationStates.Draft) is { } draft) return draft;
        var basis = await store.InStateAsync(communeCode, published.Code, ConfigurationStates.Test)
            ?? await store.InStateAsync(communeCode, published.Code, ConfigurationStates.Online);
        return await store.AddDraftAsync(communeCode, published.Code, basis?.DefinitionXml ?? sources.Of(published), by.Id, Now())
            // A colleague created it meanwhile.
            ?? await store.InStateAsync(communeCode, published.Code, ConfigurationStates.Draft)
            ?? throw Refused("Version", AdministrationTexts.DraftChanged);
    }

    private async Task<ConfigurationVersion> ReplaceAsync(ConfigurationVersion draft, string xml) =>
        await store.ReplaceDraftAsync(draft.CommuneCode, draft.ProcedureCode, draft.Version, draft.DefinitionXml, xml)
            ? draft with { DefinitionXml = xml }
            : throw Refused("Version", AdministrationTexts.DraftChanged);

    private async Task<IReadOnlyCollection<string>> ProfileCodesAsync(string communeCode)
    {
        await using var connection = await agents.OpenAsync();
        return (await agents.ProfilesAsync(connection, communeCode)).Select(p => p.Code).ToHashSet();
    }

    /// <summary>A stored version's document (checked when stored), read without DTD or resolver all the same.</summary>
    private static XDocument Load(string xml)
    {
        // Blanks between elements are dropped, so that the edited document is indented again as a whole.
        using var reader = XmlReader.Create(new StringReader(xml),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        return XDocument.Load(reader);
    }

    /// <summary>The edited document, indented (the texts' own line breaks are kept: only the blanks between elements are rewritten).</summary>
    private static string Serialize(XDocument document) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.Root!.ToString() + "\n";

    private string Now() => Timestamps.ToText(clock.GetUtcNow());

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
