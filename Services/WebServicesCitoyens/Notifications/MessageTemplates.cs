using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Notifications;

/// <summary>
/// Which text a notification mail takes: the commune's own for the procedure, else the procedure's
/// (its definition's <c>&lt;messages&gt;</c>), else the platform's default (<c>Texts/messages.xml</c>).
/// Within each, a text for the very step wins over a text for every step.
/// </summary>
public static class MessageTemplates
{
    /// <summary>The platform's default texts, one per event, read from the embedded <c>Texts/messages.xml</c>.</summary>
    public static IReadOnlyList<MessageTemplate> Defaults { get; } = LoadDefaults();

    public static MessageTemplate Resolve(IReadOnlyList<MessageTemplate> commune, ProcedureDefinition procedure,
        NotificationEvent notification, string? stepCode) =>
        Pick(commune, notification, stepCode) ?? Pick(procedure.Messages, notification, stepCode) ?? Pick(Defaults, notification, stepCode)!;

    /// <summary>Whether the commune or the procedure has a text for this very step (not one for every step).</summary>
    public static bool HasTextForStep(IReadOnlyList<MessageTemplate> commune, ProcedureDefinition procedure, string stepCode) =>
        commune.Concat(procedure.Messages).Any(t => t.Event == NotificationEvent.StepReached && t.StepCode == stepCode);

    private static MessageTemplate? Pick(IEnumerable<MessageTemplate> templates, NotificationEvent notification, string? stepCode)
    {
        var candidates = templates.Where(t => t.Event == notification).ToList();
        return (stepCode is null ? null : candidates.FirstOrDefault(t => t.StepCode == stepCode))
            ?? candidates.FirstOrDefault(t => t.StepCode is null);
    }

    private static IReadOnlyList<MessageTemplate> LoadDefaults()
    {
        using var stream = typeof(MessageTemplates).Assembly.GetManifestResourceStream("default-messages.xml")
            ?? throw new InvalidOperationException("The embedded default messages (Texts/messages.xml) are missing.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var templates = MessageTemplate.Parse(XElement.Load(reader));
        var problems = MessageTemplate.Problems(templates, []).ToList();
        foreach (var notification in Enum.GetValues<NotificationEvent>())
            if (!templates.Any(t => t.Event == notification && t.StepCode is null))
                problems.Add($"no default message for {notification}.");
        return problems.Count == 0
            ? templates
            : throw new InvalidDataException("Texts/messages.xml: " + string.Join(" ", problems));
    }
}
