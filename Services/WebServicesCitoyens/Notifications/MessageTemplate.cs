using System.Text;
using System.Xml.Linq;

namespace WebServicesCitoyens.Notifications;

/// <summary>What a notification mail announces about a dossier.</summary>
public enum NotificationEvent
{
    /// <summary>The dossier was filed: the receipt mail.</summary>
    Submitted,
    /// <summary>The dossier reached a step of its workflow.</summary>
    StepReached,
    /// <summary>An agent of the commune wrote to the citizen about the dossier.</summary>
    AgentMessage,
}

/// <summary>
/// The French text of a notification mail, with placeholders: the platform's default for an event,
/// a procedure's own (its definition's <c>&lt;messages&gt;</c>), or a commune's (table
/// <c>commune_message_templates</c>). <see cref="StepCode"/> names the step a StepReached text is
/// for; null means every step (and is the only value for Submitted).
/// </summary>
public sealed record MessageTemplate(NotificationEvent Event, string? StepCode, string Subject, string Body)
{
    /// <summary>The placeholders a text may use, with what they become.</summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>
    {
        ["numero"] = "the dossier number, e.g. K7M-XR4-TWC",
        ["demarche"] = "the procedure's title",
        ["etape"] = "the step as the citizen sees it (its citizen label)",
        ["commune"] = "the name of the commune the dossier is filed with",
        ["lien"] = "the tracking address of the dossier (number and tracking code)",
        ["date"] = "when it happened, in the commune's time: 23/11/2026 à 15:45",
        ["message"] = "the text an agent wrote to the citizen (agent messages only)",
    };

    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 8000;

    /// <summary>The names between braces that are not placeholders, e.g. a typo such as {numéro}.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text) =>
        PlaceholderSyntax.Unknown(text, Placeholders.ContainsKey);

    /// <summary>
    /// The mail's subject and body with the placeholders replaced; the subject is one line whatever the
    /// values hold. In the body, an agent's {message} keeps its line breaks (the body is not a header).
    /// </summary>
    public (string Subject, string Body) Render(IReadOnlyDictionary<string, string> values)
    {
        string Fill(string text, bool inBody) => PlaceholderSyntax.Pattern().Replace(text, m =>
            !values.TryGetValue(m.Groups[1].Value, out var value) ? m.Value
            : inBody && m.Groups[1].Value == "message" ? value.ReplaceLineEndings("\n")
            : OneLine(value));
        return (OneLine(Fill(Subject, inBody: false)), Fill(Body.ReplaceLineEndings("\n"), inBody: true));
    }

    /// <summary>Control characters (CR, LF, tabs) become spaces, runs of spaces one: a value can never start a header line.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Reads the <c>&lt;message&gt;</c> elements of a <c>&lt;messages&gt;</c> element (the format of the
    /// definitions and of <c>Texts/messages.xml</c>). A body is indented like the file: its lines keep
    /// their breaks and blank lines, without the indentation they share.
    /// </summary>
    public static IReadOnlyList<MessageTemplate> Parse(XElement messages)
    {
        var ns = messages.Name.Namespace;
        return messages.Elements(ns + "message").Select(message =>
        {
            var eventName = (string)message.Attribute("event")!;
            var parsed = eventName switch
            {
                "submitted" => NotificationEvent.Submitted,
                "stepReached" => NotificationEvent.StepReached,
                "agentMessage" => NotificationEvent.AgentMessage,
                _ => throw new InvalidDataException($"message event '{eventName}' is not submitted, stepReached or agentMessage."),
            };
            return new MessageTemplate(parsed, (string?)message.Attribute("step"),
                OneLine((string)message.Element(ns + "subject")!), Dedent((string)message.Element(ns + "body")!));
        }).ToList();
    }

    /// <summary>What is wrong with these texts, for the loader to report: placeholders, steps, duplicates.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<MessageTemplate> templates, IReadOnlyCollection<string> stepCodes)
    {
        foreach (var template in templates)
        {
            var where = template.StepCode is null ? template.Event.ToString() : $"{template.Event} {template.StepCode}";
            if (template.Event == NotificationEvent.Submitted && template.StepCode is not null)
                yield return $"message '{where}': a step is only for stepReached messages.";
            if (template.StepCode is { } step && !stepCodes.Contains(step))
                yield return $"message '{where}': step '{step}' is not a step of the workflow.";
            foreach (var name in UnknownPlaceholders(template.Subject + " " + template.Body))
                yield return $"message '{where}': {{{name}}} is not a placeholder ({string.Join(", ", Placeholders.Keys.Select(k => "{" + k + "}"))}).";
            if (template.Subject.Length == 0 || template.Subject.Length > MaxSubjectLength)
                yield return $"message '{where}': the subject needs 1 to {MaxSubjectLength} characters.";
            if (template.Body.Length == 0 || template.Body.Length > MaxBodyLength)
                yield return $"message '{where}': the body needs 1 to {MaxBodyLength} characters.";
        }
        foreach (var twice in templates.GroupBy(t => (t.Event, t.StepCode)).Where(g => g.Count() > 1))
            yield return $"message '{twice.Key.Event}{(twice.Key.StepCode is null ? "" : " " + twice.Key.StepCode)}' is given twice.";
    }

    /// <summary>Lines without the indentation they share, trailing spaces, or blank lines around them.</summary>
    public static string Dedent(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length == 0 ? l : l[indent..]));
    }
}
