using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page documents of the administrators' pages, rendered by administration.xsl: the shell of
/// <see cref="BackOfficePage"/> (agent, commune, notice, errors, values) with the views
/// <c>administration</c> (the commune's procedures and their versions, page:Administration),
/// <c>configuration</c> (a procedure's version as a tree with the forms that edit its Draft,
/// page:Configuration) and <c>agents</c> (profiles and agents, page:People). Every address the pages
/// link or post to is written here (<see cref="AdministrationAddress"/>), never composed by the stylesheet.
/// </summary>
public static class AdministrationPage
{
    private static readonly XNamespace Page = BackOfficePage.Page;

    /// <summary>
    /// The commune's procedures, each with its offer and its versions by state, and its setting of
    /// public delays (page:Delays, a form of one button posting the other choice to the list's address).
    /// </summary>
    public static XDocument List(BackOfficePage.Context context, AdministrationAddress address, Commune commune,
        IReadOnlyList<ProcedureConfiguration> procedures, HostedForms.HostedFormsSettings? reception = null, Func<DateTime, DateTime>? toLocal = null) =>
        BackOfficePage.Document("administration", context, new XElement(Page + "Administration",
            new XAttribute("commune", commune.Code), new XAttribute("list", address.List), new XAttribute("people", address.People),
            // The feedback is the commune administrators' to read and answer, not the operator's (citizens' words).
            context.Agent is { } agent && AgentRights.MayAnswerFeedback(agent, commune.Code) ? new XAttribute("feedback", address.Feedback()) : null,
            // The software's credentials are the commune administrators' to hand out, not the operator's.
            context.Agent is { } manager && AgentRights.MayManageVendors(manager, commune.Code) ? new XAttribute("vendors", address.Vendors()) : null,
            new XElement(Page + "Delays",
                new XAttribute("public", commune.DelaysPublic ? "true" : "false"), new XAttribute("action", address.List),
                new XAttribute("operation", AdministrationPageTexts.DelaysOperation), new XAttribute("choice", commune.DelaysPublic ? "non" : "oui"),
                new XElement(Page + "Heading", AdministrationPageTexts.DelaysHeading),
                new XElement(Page + "State", AdministrationPageTexts.DelaysState(commune.DelaysPublic)),
                new XElement(Page + "Button", AdministrationPageTexts.DelaysButton(commune.DelaysPublic))),
            reception is null ? null : Reception(address, reception, toLocal ?? (d => d)),
            procedures.Select(p => new XElement(Page + "Procedure",
                new XAttribute("code", p.Procedure.Code), new XAttribute("href", address.Procedure(p.Procedure.Code)),
                new XElement(Page + "Title", p.Procedure.Title),
                new XElement(Page + "Theme", CatalogueTexts.ThemeLabel(p.Procedure.Theme) ?? p.Procedure.Theme),
                new XElement(Page + "Offer", new XAttribute("code", p.Offer?.ToString() ?? ""), AdministrationPageTexts.OfferLabel(p.Offer)),
                Version(ConfigurationStates.Draft, p.DraftVersion), Version(ConfigurationStates.Test, p.TestVersion),
                Version(ConfigurationStates.Online, p.OnlineVersion)))));

    /// <summary>
    /// How a HostedForms commune receives its dossiers (page:Reception): the certificate kept (subject, end
    /// of validity, SHA-256 fingerprint) and the address, and what its form posts to replace them.
    /// </summary>
    private static XElement Reception(AdministrationAddress address, HostedForms.HostedFormsSettings reception, Func<DateTime, DateTime> toLocal)
    {
        using var certificate = reception.Certificate is { } der
            ? System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(Convert.FromBase64String(der)) : null;
        return new XElement(Page + "Reception",
            new XAttribute("action", address.List), new XAttribute("operation", AdministrationPageTexts.CertificateOperation),
            new XAttribute("maxBytes", AdministrationPageTexts.MaxCertificateBytes),
            new XElement(Page + "Heading", AdministrationPageTexts.ReceptionHeading),
            reception.DossierEmail is null ? null : new XElement(Page + "Email", reception.DossierEmail),
            certificate is null
                ? new XElement(Page + "None", AdministrationPageTexts.NoCertificate)
                : new XElement(Page + "Certificate",
                    new XAttribute("notAfter", BackOfficePage.Local(toLocal(certificate.NotAfter.ToUniversalTime()))),
                    new XElement(Page + "Subject", certificate.Subject),
                    new XElement(Page + "Fingerprint", certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256))));
    }

    /// <summary>The operator, who belongs to no commune, first names the commune to administer.</summary>
    public static XDocument CommuneChoice(BackOfficePage.Context context) =>
        BackOfficePage.Document("administration", context, new XElement(Page + "Administration", new XElement(Page + "CommuneChoice")));

    /// <summary>
    /// A procedure's editor: its versions, and the version being worked on (the Draft, else the Test,
    /// Online or catalogue one, read-only) as the process tree, the form's items, actors, messages and
    /// documents, with what the forms need (the commune's profiles, the field types a commune may add).
    /// </summary>
    /// <param name="open">The key of the form just posted and refused: shown open, refilled with what was typed.</param>
    public static XDocument Configuration(BackOfficePage.Context context, AdministrationAddress address, string communeCode,
        ConfiguredDefinition shown, IReadOnlyList<ConfigurationVersion> versions, OfferState? offer, IReadOnlyList<AgentProfile> profiles,
        Func<DateTime, DateTime> toLocal, string? open = null)
    {
        var definition = shown.Definition;
        var tree = ProcessTree.Of(definition, shown.Version);
        string Local(string timestamp) => BackOfficePage.Local(toLocal(Timestamps.Parse(timestamp)));
        return BackOfficePage.Document("configuration", context, new XElement(Page + "Configuration",
            new XAttribute("code", definition.Code),
            new XAttribute("href", address.Procedure(definition.Code)),
            new XAttribute("list", address.List),
            new XAttribute("people", address.People),
            new XAttribute("export", address.Export(definition.Code, shown.Version?.Version)),
            new XAttribute("form", $"/communes/{communeCode}/{definition.Code}"),
            new XAttribute("editable", shown.Version?.IsDraft == true ? "true" : "false"),
            open is null ? null : new XAttribute("open", open),
            new XElement(Page + "Title", definition.Title),
            new XElement(Page + "Offer", new XAttribute("code", offer?.ToString() ?? ""), AdministrationPageTexts.OfferLabel(offer)),
            shown.Version is { } version
                ? new XElement(Page + "Shown", new XAttribute("number", version.Version), new XAttribute("state", version.State),
                    AdministrationPageTexts.StateLabel(version.State))
                : new XElement(Page + "Shown", AdministrationPageTexts.CatalogueVersion),
            new XElement(Page + "Versions", versions.Select(v => new XElement(Page + "Version",
                new XAttribute("number", v.Version), new XAttribute("state", v.State),
                new XAttribute("createdAt", Local(v.CreatedAt)),
                v.PublishedAt is null ? null : new XAttribute("publishedAt", Local(v.PublishedAt)),
                new XAttribute("export", address.Export(definition.Code, v.Version)),
                AdministrationPageTexts.StateLabel(v.State)))),
            Steps(tree, definition),
            new XElement(Page + "Actors", definition.Actors.Select(a => new XElement(Page + "Actor", new XAttribute("code", a.Code),
                new XElement(Page + "Label", a.Label),
                a.Profiles.Select(p => new XElement(Page + "Profile", new XAttribute("code", p), profiles.FirstOrDefault(k => k.Code == p)?.Label ?? p))))),
            new XElement(Page + "Profiles", profiles.Select(p => new XElement(Page + "Profile", new XAttribute("code", p.Code), p.Label))),
            new XElement(Page + "Form", Items(definition, definition.Form)),
            new XElement(Page + "FieldTypes", ContractCompatibility.CommuneFieldTypes.OrderBy(t => t).Select(t =>
                new XElement(Page + "Type", new XAttribute("code", ContractCompatibility.TypeName(t)), AdministrationPageTexts.FieldTypeLabel(t)))),
            new XElement(Page + "Events", new[] { NotificationEvent.Submitted, NotificationEvent.StepReached, NotificationEvent.AgentMessage }.Select(e =>
                new XElement(Page + "Event", new XAttribute("code", EventCode(e)), AdministrationTexts.EventLabel(e)))),
            new XElement(Page + "Messages",
                new XAttribute("placeholders", string.Join(", ", MessageTemplate.Placeholders.Keys.Select(k => "{" + k + "}"))),
                definition.Messages.Select(m => new XElement(Page + "Message",
                new XAttribute("event", EventCode(m.Event)), m.StepCode is null ? null : new XAttribute("step", m.StepCode),
                new XElement(Page + "Event", AdministrationTexts.EventLabel(m.Event)),
                m.StepCode is null ? null : new XElement(Page + "StepLabel", definition.FindStep(m.StepCode)?.AgentLabel ?? m.StepCode),
                new XElement(Page + "Subject", m.Subject), new XElement(Page + "Body", m.Body)))),
            new XElement(Page + "Documents",
                new XAttribute("placeholders", string.Join(", ", DocumentTemplate.Placeholders.Keys.Select(k => "{" + k + "}").Append("{champ:chemin.du.champ}"))),
                definition.Documents.Select(d => new XElement(Page + "Document", new XAttribute("code", d.Code),
                new XElement(Page + "Title", d.Title), new XElement(Page + "Body", d.Body))))));
    }

    /// <summary>The commune's profiles and active agents, with the themes and procedures a profile's remit is made of.</summary>
    public static XDocument People(BackOfficePage.Context context, AdministrationAddress address, IReadOnlyList<AgentProfile> profiles,
        IReadOnlyList<Agent> agents, ProcedureCatalogue catalogue, string? open = null) =>
        BackOfficePage.Document("agents", context, new XElement(Page + "People",
            new XAttribute("href", address.People), new XAttribute("list", address.List),
            new XAttribute("passwordMinLength", Accounts.Passwords.MinLength),
            open is null ? null : new XAttribute("open", open),
            new XElement(Page + "Profiles", profiles.Select(p => new XElement(Page + "Profile", new XAttribute("code", p.Code),
                new XElement(Page + "Label", p.Label),
                p.Scope.Select(s => new XElement(Page + "Scope", new XAttribute("code", s),
                    CatalogueTexts.ThemeLabel(s) ?? catalogue.Find(s)?.Title ?? s))))),
            new XElement(Page + "Agents", agents.Select(a => new XElement(Page + "Person", new XAttribute("id", a.Id), new XAttribute("role", a.Role.ToString()),
                context.Agent?.Id == a.Id ? new XAttribute("self", "true") : null,
                new XElement(Page + "Name", a.DisplayName), new XElement(Page + "Email", a.Email),
                new XElement(Page + "Role", AdministrationPageTexts.RoleLabel(a.Role)),
                a.Profiles.Select(p => new XElement(Page + "Profile", new XAttribute("code", p.Code), p.Label))))),
            new XElement(Page + "Themes", CatalogueTexts.Themes.Select(t => new XElement(Page + "Theme", new XAttribute("code", t.Code), t.Label,
                catalogue.Procedures.Where(p => p.Theme == t.Code).Select(p => new XElement(Page + "Procedure", new XAttribute("code", p.Code), p.Title)))))));

    private static XElement? Version(string state, long? number) => number is { } n
        ? new XElement(Page + "Version", new XAttribute("state", state), new XAttribute("number", n), AdministrationPageTexts.StateLabel(state))
        : null;

    /// <summary>The tree of seed 002: steps, each with its actions, each with its trigger, actor, marks and target.</summary>
    private static XElement Steps(ProcessTree tree, ProcedureDefinition definition) =>
        new(Page + "Steps", new XAttribute("expectedDays", tree.ExpectedDays),
            tree.Steps.Select(step => new XElement(Page + "Step",
                new XAttribute("number", step.Number), new XAttribute("code", step.Code),
                Flag("initial", step.IsInitial), Flag("exit", step.IsExit), Flag("final", step.IsFinal),
                // A step is added after a step that leads on (ConfigurationEditor.AddStep): not after a final one.
                Flag("addAfter", !step.IsFinal && !step.IsExit && tree.Steps.Any(s => s.Number > step.Number && !s.IsExit)),
                new XElement(Page + "AgentLabel", step.AgentLabel),
                new XElement(Page + "CitizenLabel", step.CitizenLabel),
                step.MessageSubject is null ? null : new XElement(Page + "Mail", step.MessageSubject),
                step.Actions.Select(action =>
                {
                    var own = definition.Actions.First(a => a.Code == action.Code);
                    return new XElement(Page + "Action",
                        new XAttribute("code", action.Code), new XAttribute("trigger", TriggerCode(action.Trigger)),
                        action.Delay is { } delay ? new XAttribute("delay", DelayInput(delay)) : null,
                        new XElement(Page + "Label", action.Label),
                        new XElement(Page + "Trigger", AdministrationPageTexts.TriggerLabel(action.Trigger, action.Delay)),
                        action.ActorCode is null ? null : new XElement(Page + "Actor", new XAttribute("code", action.ActorCode), action.ActorLabel ?? action.ActorCode),
                        own.Message is null ? null : new XElement(Page + "Message", new XElement(Page + "Subject", own.Message.Subject), new XElement(Page + "Body", own.Message.Body)),
                        action.DocumentCode is null ? null : new XElement(Page + "Document", new XAttribute("code", action.DocumentCode), action.DocumentTitle ?? action.DocumentCode),
                        action.Target is { } target
                            ? new XElement(Page + "Target", new XAttribute("number", target.Number), new XAttribute("code", target.Code), target.AgentLabel)
                            : null);
                }))));

    /// <summary>The form's fields and groups, nested, with what the edit forms may do to each.</summary>
    private static IEnumerable<XElement> Items(ProcedureDefinition definition, IReadOnlyList<FormItem> items) =>
        items.Select((item, index) => new XElement(Page + "Item",
            new XAttribute("kind", item is GroupDefinition ? "group" : "field"),
            new XAttribute("name", item.Name), new XAttribute("path", item.Path),
            Flag("required", item.Required), Flag("first", index == 0), Flag("last", index == items.Count - 1),
            item is FieldDefinition field ? new object?[]
            {
                new XAttribute("type", ContractCompatibility.TypeName(field.Type)),
                Flag("hidden", field.Hidden), Flag("commune", field.IsCommune),
                new XElement(Page + "Type", AdministrationPageTexts.FieldTypeLabel(field.Type)),
            } : null,
            // A commune's field goes in the form or a group that is not repeated.
            item is GroupDefinition group ? Flag("repeated", definition.RepeatedGroupOf(group.Path + ".x") is not null) : null,
            new XElement(Page + "Label", item.Label),
            item.Help is null ? null : new XElement(Page + "Help", item.Help),
            item is FieldDefinition { Options.Count: > 0 } choice
                ? choice.Options.Select(o => new XElement(Page + "Option", new XAttribute("value", o.Value), o.Label)) : null,
            item is GroupDefinition inner ? Items(definition, inner.Items) : null));

    private static XAttribute? Flag(string name, bool value) => value ? new XAttribute(name, "true") : null;

    private static string TriggerCode(ActionTrigger trigger) => trigger switch
    {
        ActionTrigger.OnEnter => "onEnter",
        ActionTrigger.AfterDelay => "afterDelay",
        _ => "manual",
    };

    internal static string EventCode(NotificationEvent notification) => notification switch
    {
        NotificationEvent.Submitted => "submitted",
        NotificationEvent.StepReached => "stepReached",
        _ => "agentMessage",
    };

    /// <summary>A delay as its form control shows it: whole days as a number, anything else in ISO 8601.</summary>
    private static string DelayInput(TimeSpan delay) =>
        delay.Ticks % TimeSpan.TicksPerDay == 0 ? ((int)delay.TotalDays).ToString(System.Globalization.CultureInfo.InvariantCulture) : XmlConvert.ToString(delay);
}
