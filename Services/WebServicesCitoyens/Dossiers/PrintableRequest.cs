using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// A stored dossier's request as a citizen reads it, for printing: the dossier's facts (number,
/// procedure, commune, submission date in the commune's time, current step) and, in form order,
/// sections of labelled values — a choice shown by its option's label, a boolean by Oui/Non, a date as
/// 12/03/2027, a slot as « le 12/03/2027 de 14:00 à 16:00 », a postal address on its lines, each
/// instance of a repeated group as its own section (« Témoins – n° 1 ») — then the documents to
/// provide. The HTML view (<c>Xsl/request.xsl</c>) and the PDF both render this one object.
/// </summary>
public sealed record PrintableRequest(
    string DossierNumber,
    ProcedureSummary Procedure,
    CommuneInfo Commune,
    DateTime SubmittedAtLocal,
    string CurrentStep,
    bool Closed,
    bool IsTest,
    IReadOnlyList<RequestSection> Sections,
    IReadOnlyList<DocumentToProvide> Documents)
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    /// <summary>« 23/11/2026 à 15 h 45 »: the submission in the commune's time.</summary>
    public string SubmittedAtText => RequestTexts.DateTime(SubmittedAtLocal);

    /// <param name="definition">The dossier's procedure.</param>
    /// <param name="status">The dossier's status (facts, commune, current step), as the tracking page shows it.</param>
    /// <param name="requestXml">The stored request (<see cref="RequestDocument"/>).</param>
    public static PrintableRequest From(ProcedureDefinition definition, DossierStatus status, string requestXml)
    {
        var request = XElement.Parse(requestXml);
        var walk = new Walk(definition, request);
        walk.Container(definition.Form, request, "", level: 2, title: null, instance: null);
        return new PrintableRequest(status.DossierNumber, status.Procedure, status.Commune, status.SubmittedAtLocal,
            status.CurrentStep, status.Closed, status.IsTest, walk.Sections, walk.Documents);
    }

    /// <summary>The values of one field, as lines a citizen reads; none when the field was left blank.</summary>
    public static IReadOnlyList<string> Lines(FieldDefinition field, XElement? element)
    {
        if (element is null) return [];
        string? Part(string name) => element.Element(Tns + name)?.Value is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        switch (field.Type)
        {
            case FieldType.PostalAddress:
                return new[]
                {
                    string.Join(' ', new[] { Part("numero"), Part("voie") }.OfType<string>()),
                    Part("complement") ?? "",
                    string.Join(' ', new[] { Part("codePostal"), Part("commune") }.OfType<string>()),
                }.Where(line => line.Length > 0).ToList();
            case FieldType.TimeSlot:
                return Part("date") is { } day
                    ? [RequestTexts.Slot(Date(day), Part("debut") ?? "", Part("fin") ?? "")]
                    : [];
            case FieldType.GeoPoint:
                return Part("latitude") is { } latitude && Part("longitude") is { } longitude
                    ? [RequestTexts.Point(Decimal(latitude), Decimal(longitude))]
                    : [];
        }
        var value = element.Value.Trim();
        if (value.Length == 0) return [];
        return field.Type switch
        {
            FieldType.Enum => [field.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value],
            FieldType.Boolean => [value is "true" or "1" ? RequestTexts.Yes : RequestTexts.No],
            FieldType.Date => [Date(value)],
            FieldType.Decimal => [Decimal(value)],
            FieldType.Money => [Money(value)],
            FieldType.FreeText => value.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList(),
            _ => [value],
        };
    }

    /// <summary>2027-03-12 → 12/03/2027 (anything else as it is).</summary>
    public static string Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture)
            : value;

    /// <summary>47.9025 → 47,9025: the French decimal comma.</summary>
    private static string Decimal(string value) => value.Replace('.', ',');

    /// <summary>150.5 → 150,50 €.</summary>
    private static string Money(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " €"
            : value;

    /// <summary>Goes through the form in order, collecting the sections and the documents.</summary>
    private sealed class Walk(ProcedureDefinition definition, XElement request)
    {
        public List<RequestSection> Sections { get; } = [];
        public List<DocumentToProvide> Documents { get; } = [];
        private bool _requestSectionDone;

        /// <summary>
        /// The items of the form (title null) or of a group instance: its runs of fields become sections
        /// (the first under the container's title, later ones after a nested group « (suite) »), its
        /// groups their own sections one level down, its attachments documents to provide.
        /// </summary>
        public void Container(IReadOnlyList<FormItem> items, XElement? element, string prefix, int level, string? title, XElement? instance)
        {
            var run = new List<RequestEntry>();
            var runs = 0;
            void Flush(bool evenEmpty)
            {
                if (run.Count == 0 && !(evenEmpty && runs == 0 && title is not null)) return;
                string heading;
                if (title is null)
                {
                    heading = _requestSectionDone ? RequestTexts.OtherSection : RequestTexts.RequestSection;
                    _requestSectionDone = true;
                }
                else heading = runs == 0 ? title : RequestTexts.Continued(title);
                Sections.Add(new RequestSection(heading, level, run.ToList()));
                run.Clear();
                runs++;
            }

            foreach (var item in items)
            {
                switch (item)
                {
                    case FieldDefinition { Type: FieldType.Attachment } attachment:
                        Document(attachment, prefix, title, instance);
                        break;
                    case FieldDefinition { IsCommune: true } communeField:
                        // The commune's own question: its answer is among the request's complements, wherever the form shows it.
                        run.Add(new RequestEntry(prefix + communeField.Name, communeField.Label, Lines(communeField, Complement(communeField))));
                        break;
                    case FieldDefinition field:
                        var value = element?.Element(Tns + field.Name);
                        // A field the commune's form hides is shown only when a caller sent it anyway (the contract allows it).
                        if (field.Hidden && value is null) break;
                        run.Add(new RequestEntry(prefix + field.Name, field.Label, Lines(field, value)));
                        break;
                    case GroupDefinition group:
                        // The container's heading comes before its groups' headings, even when no field precedes them.
                        Flush(evenEmpty: true);
                        var childLevel = title is null ? level : level + 1;
                        if (group.IsRepeated)
                        {
                            var rank = 0;
                            foreach (var occurrence in element?.Elements(Tns + group.Name) ?? [])
                            {
                                rank++;
                                Container(group.Items, occurrence, $"{prefix}{group.Name}[{rank}].", childLevel,
                                    RequestTexts.Instance(group.Label, rank), occurrence);
                            }
                        }
                        else
                        {
                            var groupElement = element?.Element(Tns + group.Name);
                            // An optional group the citizen left out is not shown; a group of attachments only is never in the request.
                            var inRequest = ProcedureDefinition.RequestItemsOf(group.Items).Count > 0;
                            if (groupElement is not null || !inRequest)
                                Container(group.Items, groupElement, $"{prefix}{group.Name}.", childLevel, group.Label, instance);
                        }
                        break;
                }
            }
            Flush(evenEmpty: false);
        }

        private XElement? Complement(FieldDefinition field) =>
            request.Element(Tns + ProcedureSchemaGenerator.ComplementsElement)?.Elements(Tns + ProcedureSchemaGenerator.ComplementElement)
                .FirstOrDefault(c => (string?)c.Attribute("code") == field.Name);

        /// <summary>
        /// An attachment to provide: required, or required by the value of another field; an optional one
        /// with no condition is listed as optional; one whose condition does not hold is not needed here.
        /// </summary>
        private void Document(FieldDefinition attachment, string prefix, string? concerning, XElement? instance)
        {
            var required = attachment.Required
                || (attachment.RequiredWhen is { } rule && DefinitionRules.RequiredWhenHolds(definition, rule, request, instance));
            if (!required && attachment.RequiredWhen is not null) return;
            Documents.Add(new DocumentToProvide(prefix + attachment.Name, attachment.Label, attachment.Help, concerning, required));
        }
    }
}

/// <summary>A titled part of the request: a group, an instance of a repeated group, or fields outside groups. Level 2 is a top-level part.</summary>
public sealed record RequestSection(string Title, int Level, IReadOnlyList<RequestEntry> Entries);

/// <summary>One field: its label and its value's lines (none when left blank).</summary>
public sealed record RequestEntry(string Path, string Label, IReadOnlyList<string> Lines)
{
    public bool Answered => Lines.Count > 0;
}

/// <summary>A document the citizen provides besides the request, and whom it concerns (the section it belongs to).</summary>
public sealed record DocumentToProvide(string Path, string Label, string? Help, string? Concerning, bool Required);
