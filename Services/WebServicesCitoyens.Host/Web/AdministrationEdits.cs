using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The forms of a procedure's editor read into <see cref="ConfigurationEditor"/>'s structured edits:
/// each form posts its <c>operation</c> (the button pressed) and its controls, named in French. The
/// editor and <see cref="ConfigurationService"/> judge the values; only what the pages write
/// differently from the editor (a delay in days, one option per line, a checkbox) is read here.
/// </summary>
internal static class AdministrationEdits
{
    /// <summary>The edit an operation of the editor stands for, or null when there is none of that name.</summary>
    /// <param name="field">A control's value ("" when absent), trimmed.</param>
    /// <param name="fields">The values of a control that repeats (checkboxes).</param>
    public static ConfigurationEdit? For(string operation, Func<string, string> field, Func<string, IReadOnlyList<string>> fields) => operation switch
    {
        "etape-ajouter" => ConfigurationEditor.AddStep(field("apres"), field("code"), field("libelleAgent"), field("libelleUsager")),
        "etape-modifier" => ConfigurationEditor.UpdateStep(field("code"), field("libelleAgent"), field("libelleUsager")),
        "etape-supprimer" => ConfigurationEditor.RemoveStep(field("code")),
        "action-ajouter" => ConfigurationEditor.AddAction(Action(field)),
        "action-modifier" => ConfigurationEditor.UpdateAction(Action(field)),
        "action-supprimer" => ConfigurationEditor.RemoveAction(field("code")),
        "acteur-enregistrer" => ConfigurationEditor.SaveActor(field("code"), field("libelle"), fields("profils")),
        "acteur-supprimer" => ConfigurationEditor.RemoveActor(field("code")),
        "champ-ajouter" => ConfigurationEditor.AddField(new FieldSpec(Optional(field("groupe")), Optional(field("apres")), field("nom"), field("libelle"),
            field("type"), field("obligatoire") == "oui", Optional(field("aide")), Options(field("options")))),
        "champ-modifier" => UpdateField(field),
        "champ-monter" => ConfigurationEditor.MoveField(field("champ"), "up"),
        "champ-descendre" => ConfigurationEditor.MoveField(field("champ"), "down"),
        "champ-supprimer" => ConfigurationEditor.RemoveField(field("champ")),
        "message-enregistrer" => ConfigurationEditor.SetMessage(field("evenement"), Optional(field("etape")), field("objet"), field("texte")),
        "message-supprimer" => ConfigurationEditor.RemoveMessage(field("evenement"), Optional(field("etape"))),
        "document-enregistrer" => ConfigurationEditor.SetDocument(field("code"), field("titre"), field("texte")),
        "document-supprimer" => ConfigurationEditor.RemoveDocument(field("code")),
        _ => null,
    };

    /// <summary>
    /// The control of the forms that stands for a parameter of the editor or of the check: a refusal
    /// naming the parameter is linked to that control of the form posted (the document as a whole, or
    /// a parameter the form does not show, to the form itself).
    /// </summary>
    public static string? ControlOf(string parameter) => parameter switch
    {
        "Code" => "code",
        "AgentLabel" => "libelleAgent",
        "CitizenLabel" => "libelleUsager",
        "Label" => "libelle",
        "To" => "vers",
        "Trigger" => "declenchement",
        "Delay" => "delai",
        "Actor" => "acteur",
        "Document" => "document",
        "MessageSubject" or "Subject" => "objet",
        "MessageBody" or "Body" => "texte",
        "Title" => "titre",
        "Profiles" => "profils",
        "GroupPath" => "groupe",
        "Name" => "nom",
        "Type" => "type",
        "Help" => "aide",
        "Options" => "options",
        "Event" => "evenement",
        "StepCode" => "etape",
        "DefinitionXml" => "definition",
        _ => null,
    };

    /// <summary>
    /// The label and help of a field or group; its required flag when the form offers it (a catalogue's
    /// required field and a group keep theirs); hidden or shown when the form offers it (a catalogue field).
    /// </summary>
    private static ConfigurationEdit UpdateField(Func<string, string> field)
    {
        var path = field("champ");
        var update = ConfigurationEditor.UpdateField(path, field("libelle"), field("aide"),
            field("obligatoireModifiable") == "oui" ? field("obligatoire") == "oui" : null);
        if (field("masquable") != "oui") return update;
        var hide = ConfigurationEditor.HideField(path, field("masque") == "oui");
        return draft =>
        {
            update(draft);
            hide(draft);
        };
    }

    private static ActionSpec Action(Func<string, string> field)
    {
        var trigger = field("declenchement");
        var afterDelay = trigger.Equals("afterDelay", StringComparison.OrdinalIgnoreCase);
        return new ActionSpec(field("etape"), field("code"), field("libelle"), Optional(field("vers")), Optional(trigger),
            afterDelay ? Delay(field("delai")) : null, Optional(field("acteur")), Optional(field("document")),
            Optional(field("objet")), Optional(field("texte")));
    }

    /// <summary>A delay written in days (15) or in ISO 8601 (PT12H) as the definition writes it (P15D).</summary>
    private static string Delay(string text)
    {
        if (text.Length == 0) throw Refused("Delay", AdministrationPageTexts.DelayNeeded);
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days))
            return days is >= 1 and <= 3650 ? $"P{days}D" : throw Refused("Delay", AdministrationPageTexts.DelayFormat);
        return text.StartsWith('P') ? text : throw Refused("Delay", AdministrationPageTexts.DelayFormat);
    }

    /// <summary>The options of a choice, one a line: « CODE = Libellé ».</summary>
    private static IReadOnlyList<EnumOption> Options(string text)
    {
        var options = new List<EnumOption>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var equals = line.IndexOf('=');
            if (equals <= 0) throw Refused("Options", AdministrationPageTexts.OptionFormat);
            options.Add(new EnumOption(line[..equals].Trim(), line[(equals + 1)..].Trim()));
        }
        return options;
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
