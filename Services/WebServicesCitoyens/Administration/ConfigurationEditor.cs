using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Administration;

/// <summary>A change to a Draft's document; refuses (naming the parameter, in French) what it cannot do.</summary>
public delegate void ConfigurationEdit(XDocument draft);

/// <summary>
/// The structured edits of a Draft (seed 002 §4.1: steps, actions, actors, form, messages, documents),
/// each a change to its definition document. Each refuses what it cannot even write (an unknown step,
/// a code in the wrong format); <see cref="ConfigurationService"/> then checks the whole document with
/// <see cref="ConfigurationCheck"/> and keeps the change only if the result is still a valid, compatible
/// and runnable process. A workflow that relied on the default actions (one per step to the next) gets
/// them written out at its first workflow edit, so that what the administrator sees is what runs.
/// </summary>
public static partial class ConfigurationEditor
{
    private static readonly XNamespace D = DefinitionLoader.DefinitionNamespace;
    public const int MaxLabelLength = 200;
    public const int MaxHelpLength = 1000;

    // ------------------------------------------------------------------ steps

    /// <summary>
    /// Inserts a step after <paramref name="after"/>, in the flow: the actions that led from
    /// <paramref name="after"/> to the step that followed it (the next one that is not an exit) now
    /// lead to the new step, which gets a manual action to that following step.
    /// </summary>
    public static ConfigurationEdit AddStep(string after, string code, string agentLabel, string citizenLabel) => draft =>
    {
        CheckCode(code, "Code", StepCodePattern());
        var agent = Label(agentLabel, "AgentLabel");
        var citizen = Label(citizenLabel, "CitizenLabel");
        if (FindStep(draft, code) is not null) throw Refused("Code", AdministrationTexts.StepExists(code));
        var previous = Step(draft, after, "After");
        if (IsTrue(previous, "final") || IsTrue(previous, "exit")) throw Refused("After", AdministrationTexts.AddAfterFinal(Normalize(previous.Value)));
        WriteOutDefaultActions(draft);
        var following = previous.ElementsAfterSelf(D + "step").FirstOrDefault(s => !IsTrue(s, "exit"))
            ?? throw Refused("After", AdministrationTexts.AddAfterFinal(Normalize(previous.Value)));
        var followingCode = CodeOf(following);

        previous.AddAfterSelf(new XElement(D + "step", new XAttribute("code", code), new XAttribute("citizenLabel", citizen), agent));
        foreach (var action in Actions(draft).Where(a => (string?)a.Attribute("step") == after && (string?)a.Attribute("to") == followingCode))
            action.SetAttributeValue("to", code);
        var actionCode = UniqueActionCode(draft, "VERS_" + followingCode);
        InsertAction(draft, new XElement(D + "action", new XAttribute("code", actionCode), new XAttribute("step", code),
            new XAttribute("to", followingCode), new XElement(D + "label", WorkflowTexts.MoveTo(Normalize(following.Value)))));
    };

    /// <summary>Changes a step's labels (null: unchanged).</summary>
    public static ConfigurationEdit UpdateStep(string code, string? agentLabel, string? citizenLabel) => draft =>
    {
        var step = Step(draft, code, "Code");
        if (agentLabel is not null) step.Value = Label(agentLabel, "AgentLabel");
        if (citizenLabel is not null) step.SetAttributeValue("citizenLabel", Label(citizenLabel, "CitizenLabel"));
    };

    /// <summary>
    /// Removes a step and re-links the flow: the actions that led to it now lead where it led (its first
    /// manual action's target, else its first action's); its own actions and messages go with it. The
    /// first step stays (every dossier starts there).
    /// </summary>
    public static ConfigurationEdit RemoveStep(string code) => draft =>
    {
        var step = Step(draft, code, "Code");
        if (Steps(draft).First() == step) throw Refused("Code", AdministrationTexts.FirstStepStays);
        WriteOutDefaultActions(draft);
        var outgoing = Actions(draft).Where(a => (string?)a.Attribute("step") == code).ToList();
        var successor = outgoing.Where(a => a.Attribute("to") is not null)
            .OrderBy(a => (string?)a.Attribute("trigger") is null or "manual" ? 0 : 1)
            .Select(a => (string?)a.Attribute("to")).FirstOrDefault(to => to != code);
        var incoming = Actions(draft).Where(a => (string?)a.Attribute("to") == code && (string?)a.Attribute("step") != code).ToList();
        if (incoming.Count > 0 && successor is null) throw Refused("Code", AdministrationTexts.NowhereToRelink(Normalize(step.Value)));
        foreach (var action in incoming)
        {
            // An action that would now lead to its own step has nothing left to do.
            if ((string?)action.Attribute("step") == successor) action.Remove();
            else action.SetAttributeValue("to", successor);
        }
        foreach (var action in outgoing) action.Remove();
        draft.Root!.Element(D + "messages")?.Elements(D + "message").Where(m => (string?)m.Attribute("step") == code).Remove();
        RemoveIfEmpty(draft.Root!.Element(D + "messages"));
        step.Remove();
    };

    // ------------------------------------------------------------------ actions

    /// <summary>Adds an action to a step.</summary>
    public static ConfigurationEdit AddAction(ActionSpec spec) => draft =>
    {
        CheckCode(spec.Code, "Code", StepCodePattern());
        WriteOutDefaultActions(draft);
        if (FindAction(draft, spec.Code) is not null) throw Refused("Code", AdministrationTexts.ActionExists(spec.Code));
        InsertAction(draft, ActionElement(draft, spec));
    };

    /// <summary>Replaces an action (its code stays).</summary>
    public static ConfigurationEdit UpdateAction(ActionSpec spec) => draft =>
    {
        WriteOutDefaultActions(draft);
        var action = FindAction(draft, spec.Code) ?? throw Refused("Code", AdministrationTexts.UnknownAction(spec.Code));
        var replacement = ActionElement(draft, spec);
        if ((string?)action.Attribute("step") == spec.StepCode) action.ReplaceWith(replacement);
        else
        {
            action.Remove();
            InsertAction(draft, replacement);
        }
    };

    /// <summary>Removes an action; the process keeps at least one (without any, default actions would take over unseen).</summary>
    public static ConfigurationEdit RemoveAction(string code) => draft =>
    {
        WriteOutDefaultActions(draft);
        var action = FindAction(draft, code) ?? throw Refused("Code", AdministrationTexts.UnknownAction(code));
        if (Actions(draft).Count() == 1) throw Refused("Code", AdministrationTexts.LastAction);
        action.Remove();
    };

    private static XElement ActionElement(XDocument draft, ActionSpec spec)
    {
        Step(draft, spec.StepCode, "StepCode");
        if (spec.To is { } to) Step(draft, to, "To");
        var trigger = (spec.Trigger ?? "manual") switch
        {
            var t when t.Equals("manual", StringComparison.OrdinalIgnoreCase) => "manual",
            var t when t.Equals("onEnter", StringComparison.OrdinalIgnoreCase) => "onEnter",
            var t when t.Equals("afterDelay", StringComparison.OrdinalIgnoreCase) => "afterDelay",
            _ => throw Refused("Trigger", AdministrationTexts.UnknownTrigger(spec.Trigger!)),
        };
        if (spec.Delay is { } delay)
        {
            try { XmlConvert.ToTimeSpan(delay); }
            catch (FormatException) { throw Refused("Delay", AdministrationTexts.BadDelay(delay)); }
        }
        if (spec.Actor is { } actor && FindActor(draft, actor) is null) throw Refused("Actor", AdministrationTexts.UnknownActor(actor));
        if (spec.Document is { } document && FindDocument(draft, document) is null) throw Refused("Document", AdministrationTexts.UnknownDocument(document));
        if ((spec.MessageSubject is null) != (spec.MessageBody is null)) throw Refused("MessageSubject", AdministrationTexts.SubjectAndBody);
        return new XElement(D + "action",
            new XAttribute("code", spec.Code), new XAttribute("step", spec.StepCode),
            spec.To is null ? null : new XAttribute("to", spec.To),
            trigger == "manual" ? null : new XAttribute("trigger", trigger),
            spec.Delay is null ? null : new XAttribute("delay", spec.Delay),
            spec.Actor is null ? null : new XAttribute("actor", spec.Actor),
            spec.Document is null ? null : new XAttribute("document", spec.Document),
            new XElement(D + "label", Label(spec.Label, "Label")),
            spec.MessageSubject is null ? null : new XElement(D + "message",
                new XElement(D + "subject", Text(spec.MessageSubject, "MessageSubject")), new XElement(D + "body", Text(spec.MessageBody!, "MessageBody"))));
    }

    // ------------------------------------------------------------------ actors

    /// <summary>Creates or renames an actor, bound to some of the commune's profiles (none: any agent handling the procedure).</summary>
    public static ConfigurationEdit SaveActor(string code, string label, IReadOnlyList<string> profiles) => draft =>
    {
        CheckCode(code, "Code", LowerCodePattern());
        var text = Label(label, "Label");
        var actor = FindActor(draft, code);
        if (actor is null)
        {
            actor = new XElement(D + "actor", new XAttribute("code", code));
            var last = Workflow(draft).Elements(D + "actor").LastOrDefault() ?? Steps(draft).Last();
            last.AddAfterSelf(actor);
        }
        actor.Value = text;
        SetProfiles(actor, profiles);
    };

    /// <summary>Binds an actor to some of the commune's profiles.</summary>
    public static ConfigurationEdit SetActorProfiles(string code, IReadOnlyList<string> profiles) => draft =>
        SetProfiles(FindActor(draft, code) ?? throw Refused("Code", AdministrationTexts.UnknownActor(code)), profiles);

    /// <summary>Removes an actor no action is entrusted to.</summary>
    public static ConfigurationEdit RemoveActor(string code) => draft =>
    {
        var actor = FindActor(draft, code) ?? throw Refused("Code", AdministrationTexts.UnknownActor(code));
        if (Actions(draft).FirstOrDefault(a => (string?)a.Attribute("actor") == code) is { } user)
            throw Refused("Code", AdministrationTexts.ActorInUse(code, CodeOf(user)));
        actor.Remove();
    };

    private static void SetProfiles(XElement actor, IReadOnlyList<string> profiles)
    {
        foreach (var profile in profiles) CheckCode(profile, "Profiles", LowerCodePattern());
        actor.SetAttributeValue("profiles", profiles.Count == 0 ? null : string.Join(' ', profiles.Distinct()));
    }

    // ------------------------------------------------------------------ the form

    /// <summary>
    /// Adds a field of the commune to the form, at the root (<paramref name="groupPath"/> null) or in a
    /// group that is not repeated, after the item named <paramref name="after"/> (null: last).
    /// </summary>
    public static ConfigurationEdit AddField(FieldSpec spec) => draft =>
    {
        CheckCode(spec.Name, "Name", FieldNamePattern());
        var type = ContractCompatibility.CommuneFieldTypes.FirstOrDefault(t => ContractCompatibility.TypeName(t) == spec.Type);
        if (!ContractCompatibility.CommuneFieldTypes.Any(t => ContractCompatibility.TypeName(t) == spec.Type))
            throw Refused("Type", AdministrationTexts.UnknownFieldType(spec.Type, ContractCompatibility.CommuneFieldTypes.Select(ContractCompatibility.TypeName)));
        var container = Container(draft, spec.GroupPath);
        if (draft.Root!.Element(D + "form")!.Descendants(D + "field").Any(f => IsTrue(f, "commune") && (string?)f.Attribute("name") == spec.Name)
            || container.Elements().Any(e => (string?)e.Attribute("name") == spec.Name))
            throw Refused("Name", AdministrationTexts.FieldNameTaken(spec.Name));
        var options = spec.Options ?? [];
        if ((type == FieldType.Enum) != (options.Count > 0)) throw Refused("Options", AdministrationTexts.OptionsOnlyForChoicesInput);
        foreach (var option in options)
        {
            CheckCode(option.Value, "Options", OptionValuePattern());
            Label(option.Label, "Options");
        }
        if (options.GroupBy(o => o.Value).FirstOrDefault(g => g.Count() > 1) is { } twice) throw Refused("Options", AdministrationTexts.OptionTwice(twice.Key));
        var field = new XElement(D + "field",
            new XAttribute("name", spec.Name), new XAttribute("type", spec.Type),
            spec.Required ? new XAttribute("required", "true") : null,
            new XAttribute("commune", "true"),
            new XElement(D + "label", Label(spec.Label, "Label")),
            string.IsNullOrWhiteSpace(spec.Help) ? null : new XElement(D + "help", Help(spec.Help)),
            options.Select(o => new XElement(D + "option", new XAttribute("value", o.Value), o.Label.Trim())));
        if (spec.After is { } after)
            (container.Elements().FirstOrDefault(e => (string?)e.Attribute("name") == after) ?? throw Refused("After", AdministrationTexts.UnknownItem(after)))
                .AddAfterSelf(field);
        else container.Add(field);
    };

    /// <summary>Changes a field's or a group's label, help ("" removes it) or required flag (null: unchanged).</summary>
    public static ConfigurationEdit UpdateField(string path, string? label, string? help, bool? required) => draft =>
    {
        var item = Item(draft, path);
        if (label is not null) item.Element(D + "label")!.Value = Label(label, "Label");
        if (help is not null)
        {
            item.Element(D + "help")?.Remove();
            if (help.Trim().Length > 0) item.Element(D + "label")!.AddAfterSelf(new XElement(D + "help", Help(help)));
        }
        if (required is { } value) item.SetAttributeValue("required", value ? "true" : null);
    };

    /// <summary>Hides an optional catalogue field from the commune's form, or shows it again.</summary>
    public static ConfigurationEdit HideField(string path, bool hidden) => draft =>
    {
        var item = Item(draft, path);
        if (item.Name != D + "field") throw Refused("Path", AdministrationTexts.NotAField(path));
        item.SetAttributeValue("hidden", hidden ? "true" : null);
    };

    /// <summary>Moves a field or group one place up or down within its group (the form's order only: the request keeps the contract's).</summary>
    public static ConfigurationEdit MoveField(string path, string direction) => draft =>
    {
        var item = Item(draft, path);
        if (direction.Equals("up", StringComparison.OrdinalIgnoreCase))
        {
            var previous = item.ElementsBeforeSelf().LastOrDefault() ?? throw Refused("Direction", AdministrationTexts.AlreadyFirst(path));
            item.Remove();
            previous.AddBeforeSelf(item);
        }
        else if (direction.Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            var next = item.ElementsAfterSelf().FirstOrDefault() ?? throw Refused("Direction", AdministrationTexts.AlreadyLast(path));
            item.Remove();
            next.AddAfterSelf(item);
        }
        else throw Refused("Direction", AdministrationTexts.UnknownDirection(direction));
    };

    /// <summary>Removes one of the commune's fields (a catalogue field is part of the contract: it can only be hidden, when optional).</summary>
    public static ConfigurationEdit RemoveField(string path) => draft =>
    {
        var item = Item(draft, path);
        if (!IsTrue(item, "commune"))
            throw Refused("Path", IsTrue(item, "required") || item.Name == D + "group"
                ? AdministrationTexts.CatalogueItemStays(path) : AdministrationTexts.HideInstead(path));
        item.Remove();
    };

    // ------------------------------------------------------------------ messages and documents

    /// <summary>Sets the mail of an event (submitted, stepReached, agentMessage), for one step or every step.</summary>
    public static ConfigurationEdit SetMessage(string notification, string? stepCode, string subject, string body) => draft =>
    {
        var name = EventName(notification);
        if (stepCode is not null) Step(draft, stepCode, "StepCode");
        var messages = draft.Root!.Element(D + "messages");
        if (messages is null)
        {
            messages = new XElement(D + "messages");
            Workflow(draft).AddAfterSelf(messages);
        }
        var message = new XElement(D + "message", new XAttribute("event", name), stepCode is null ? null : new XAttribute("step", stepCode),
            new XElement(D + "subject", Text(subject, "Subject")), new XElement(D + "body", Text(body, "Body")));
        if (FindMessage(draft, name, stepCode) is { } existing) existing.ReplaceWith(message);
        else messages.Add(message);
    };

    /// <summary>Removes a mail of the version: the platform's default applies again.</summary>
    public static ConfigurationEdit RemoveMessage(string notification, string? stepCode) => draft =>
    {
        var message = FindMessage(draft, EventName(notification), stepCode) ?? throw Refused("Event", AdministrationTexts.NoSuchMessage);
        var messages = message.Parent;
        message.Remove();
        RemoveIfEmpty(messages);
    };

    /// <summary>Creates or replaces a document template (a letter an action generates).</summary>
    public static ConfigurationEdit SetDocument(string code, string title, string body) => draft =>
    {
        CheckCode(code, "Code", LowerCodePattern());
        var documents = draft.Root!.Element(D + "documents");
        if (documents is null)
        {
            documents = new XElement(D + "documents");
            (draft.Root.Element(D + "messages") ?? Workflow(draft)).AddAfterSelf(documents);
        }
        var document = new XElement(D + "document", new XAttribute("code", code),
            new XElement(D + "title", Label(title, "Title")), new XElement(D + "body", Text(body, "Body")));
        if (FindDocument(draft, code) is { } existing) existing.ReplaceWith(document);
        else documents.Add(document);
    };

    /// <summary>Removes a document template no action generates.</summary>
    public static ConfigurationEdit RemoveDocument(string code) => draft =>
    {
        var document = FindDocument(draft, code) ?? throw Refused("Code", AdministrationTexts.UnknownDocument(code));
        if (Actions(draft).FirstOrDefault(a => (string?)a.Attribute("document") == code) is { } user)
            throw Refused("Code", AdministrationTexts.DocumentInUse(code, CodeOf(user)));
        var documents = document.Parent;
        document.Remove();
        RemoveIfEmpty(documents);
    };

    // ------------------------------------------------------------------ reading the document

    private static XElement Workflow(XDocument draft) => draft.Root!.Element(D + "workflow")!;
    private static IEnumerable<XElement> Steps(XDocument draft) => Workflow(draft).Elements(D + "step");
    private static IEnumerable<XElement> Actions(XDocument draft) => Workflow(draft).Elements(D + "action");
    private static string CodeOf(XElement element) => (string)element.Attribute("code")!;
    private static XElement? FindStep(XDocument draft, string code) => Steps(draft).FirstOrDefault(s => CodeOf(s) == code);
    private static XElement Step(XDocument draft, string code, string parameter) =>
        FindStep(draft, code) ?? throw Refused(parameter, AdministrationTexts.UnknownStep(code));
    private static XElement? FindAction(XDocument draft, string code) => Actions(draft).FirstOrDefault(a => CodeOf(a) == code);
    private static XElement? FindActor(XDocument draft, string code) => Workflow(draft).Elements(D + "actor").FirstOrDefault(a => CodeOf(a) == code);
    private static XElement? FindDocument(XDocument draft, string code) =>
        draft.Root!.Element(D + "documents")?.Elements(D + "document").FirstOrDefault(d => CodeOf(d) == code);
    private static XElement? FindMessage(XDocument draft, string name, string? stepCode) =>
        draft.Root!.Element(D + "messages")?.Elements(D + "message")
            .FirstOrDefault(m => (string?)m.Attribute("event") == name && (string?)m.Attribute("step") == stepCode);

    /// <summary>An xs:boolean attribute (true or 1).</summary>
    private static bool IsTrue(XElement element, string attribute) =>
        element.Attribute(attribute) is { } value && XmlConvert.ToBoolean(value.Value.Trim());

    /// <summary>The field or group at a path (titulaire.nomNaissance).</summary>
    private static XElement Item(XDocument draft, string path)
    {
        var container = draft.Root!.Element(D + "form")!;
        XElement? item = null;
        foreach (var name in path.Split('.'))
        {
            item = container?.Elements().FirstOrDefault(e => (string?)e.Attribute("name") == name);
            if (item is null) break;
            container = item.Element(D + "fields");
        }
        return item ?? throw Refused("Path", AdministrationTexts.UnknownItem(path));
    }

    /// <summary>Where a field is added: the form itself, or a group's fields (not a repeated group's: a complement has no instance).</summary>
    private static XElement Container(XDocument draft, string? groupPath)
    {
        if (string.IsNullOrEmpty(groupPath)) return draft.Root!.Element(D + "form")!;
        var group = Item(draft, groupPath);
        if (group.Name != D + "group") throw Refused("GroupPath", AdministrationTexts.NotAGroup(groupPath));
        if ((int?)group.Attribute("maxOccurs") > 1) throw Refused("GroupPath", AdministrationTexts.RepeatedGroup(groupPath));
        return group.Element(D + "fields")!;
    }

    /// <summary>A definition without actions runs the default ones: written out before the workflow is edited.</summary>
    private static void WriteOutDefaultActions(XDocument draft)
    {
        if (Actions(draft).Any()) return;
        var steps = Steps(draft).Select(s => new WorkflowStep(CodeOf(s), Normalize(s.Value), (string)s.Attribute("citizenLabel")!,
            IsTrue(s, "exit"), IsTrue(s, "final"))).ToList();
        foreach (var action in DefaultActions.Of(steps))
            InsertAction(draft, new XElement(D + "action", new XAttribute("code", action.Code), new XAttribute("step", action.Step),
                new XAttribute("to", action.To!), new XElement(D + "label", action.Label)));
    }

    /// <summary>After the last action of the same step (the tree reads step by step), else last.</summary>
    private static void InsertAction(XDocument draft, XElement action)
    {
        var step = (string?)action.Attribute("step");
        var anchor = Actions(draft).LastOrDefault(a => (string?)a.Attribute("step") == step)
            ?? Actions(draft).LastOrDefault()
            ?? Workflow(draft).Elements(D + "actor").LastOrDefault()
            ?? Steps(draft).Last();
        anchor.AddAfterSelf(action);
    }

    private static string UniqueActionCode(XDocument draft, string wanted)
    {
        var code = wanted.Length > 40 ? wanted[..40] : wanted;
        for (var rank = 2; FindAction(draft, code) is not null; rank++) code = $"{wanted}_{rank}";
        return code;
    }

    private static void RemoveIfEmpty(XElement? container)
    {
        if (container is not null && !container.HasElements) container.Remove();
    }

    private static string EventName(string notification) => notification switch
    {
        "submitted" or "stepReached" or "agentMessage" => notification,
        _ => throw Refused("Event", AdministrationTexts.UnknownEvent(notification)),
    };

    // ------------------------------------------------------------------ inputs

    private static void CheckCode(string? code, string parameter, Regex pattern)
    {
        if (code is null || !pattern.IsMatch(code)) throw Refused(parameter, AdministrationTexts.CodeFormat(code ?? "", pattern == StepCodePattern()
            ? AdministrationTexts.StepCodeRule : pattern == LowerCodePattern() ? AdministrationTexts.LowerCodeRule
            : pattern == FieldNamePattern() ? AdministrationTexts.FieldNameRule : AdministrationTexts.OptionValueRule));
    }

    /// <summary>A label on one line, 1 to 200 characters.</summary>
    private static string Label(string? text, string parameter)
    {
        var label = Normalize(text ?? "");
        return label.Length is > 0 and <= MaxLabelLength ? label : throw Refused(parameter, AdministrationTexts.LabelLength(MaxLabelLength));
    }

    private static string Help(string text)
    {
        var help = Normalize(text);
        return help.Length <= MaxHelpLength ? help : throw Refused("Help", AdministrationTexts.HelpLength(MaxHelpLength));
    }

    /// <summary>A text of several lines (a mail's body, a letter's), kept as written; its length is the check's to judge.</summary>
    private static string Text(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? throw Refused(parameter, AdministrationTexts.TextNeeded) : text.ReplaceLineEndings("\n");

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]{0,39}\z")]
    private static partial Regex StepCodePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,39}\z")]
    private static partial Regex LowerCodePattern();

    [GeneratedRegex(@"^[a-z][A-Za-z0-9]{0,39}\z")]
    private static partial Regex FieldNamePattern();

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9_]{0,39}\z")]
    private static partial Regex OptionValuePattern();
}

/// <summary>
/// An action as an administrator describes it: the step it starts from, what it moves to (null: the
/// dossier stays), its trigger (manual, onEnter, afterDelay with an ISO 8601 delay such as P15D), the
/// actor entrusted with it, the document it generates and the message it sends.
/// </summary>
public sealed record ActionSpec(
    string StepCode, string Code, string Label, string? To = null, string? Trigger = null, string? Delay = null,
    string? Actor = null, string? Document = null, string? MessageSubject = null, string? MessageBody = null);

/// <summary>
/// A field a commune adds to its form: where (a group's path, null for the root; after the item named
/// <see cref="After"/>, null for last), its name (the complement's code), label, type, required flag,
/// help and, for a choice, its options.
/// </summary>
public sealed record FieldSpec(
    string? GroupPath, string? After, string Name, string Label, string Type, bool Required = false, string? Help = null,
    IReadOnlyList<EnumOption>? Options = null);
