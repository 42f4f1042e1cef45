using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Administration;

/// <summary>
/// Whether a document can be a commune's version of a procedure, every problem said in French for the
/// administrator: at most 1 MiB, no DTD, well formed; valid against the definitions' schema
/// (<c>procedure-definition.xsd</c>); compatible with the catalogue's contract
/// (<see cref="ContractCompatibility"/>); a process that can run (<see cref="WorkflowCheck"/>: first
/// step not an exit, a closing step, every step reachable, closing reachable from each, no loop of
/// automatic actions); messages and documents with known steps, placeholders and fields; actors bound
/// to profiles the commune has. The catalogue's own loader then reads it, with the last word.
/// </summary>
public sealed class ConfigurationCheck(ProcedureCatalogue catalogue)
{
    /// <summary>The largest document, in bytes (UTF-8): a definition is a few dozen KiB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The field refusals name: the document.</summary>
    public const string DocumentField = "DefinitionXml";

    private const int MaxSchemaProblems = 10;

    private XmlSchemaSet Schemas => catalogue.Schemas ?? throw new InvalidOperationException("The catalogue was loaded without its schema.");

    /// <summary>The version's definition, or a refusal naming <see cref="DocumentField"/> with each problem.</summary>
    /// <param name="profiles">The codes of the commune's agent profiles, which actors may be bound to.</param>
    public ProcedureDefinition Read(string xml, ProcedureDefinition published, IReadOnlyCollection<string> profiles)
    {
        var problems = new List<string>();
        var definition = Read(xml, published, profiles, problems);
        if (problems.Count > 0 || definition is null)
            throw new RequestValidationException(problems.Select(p => new ValidationError(DocumentField, p)).ToList());
        return definition;
    }

    private ProcedureDefinition? Read(string xml, ProcedureDefinition published, IReadOnlyCollection<string> profiles, List<string> problems)
    {
        if (Encoding.UTF8.GetByteCount(xml) > MaxBytes)
        {
            problems.Add(AdministrationTexts.DocumentTooLarge(MaxBytes));
            return null;
        }
        if (WellFormed(xml, problems) is not { } document) return null;
        if (document.Root?.Name != XName.Get("procedure", DefinitionLoader.DefinitionNamespace))
        {
            problems.Add(AdministrationTexts.NotADefinition(DefinitionLoader.DefinitionNamespace));
            return null;
        }
        document.Validate(Schemas, (sender, e) =>
        {
            if (problems.Count >= MaxSchemaProblems) return;
            var line = (sender as IXmlLineInfo)?.LineNumber ?? 0;
            var name = sender switch { XElement element => element.Name.LocalName, XAttribute attribute => "@" + attribute.Name.LocalName, _ => "?" };
            problems.Add(AdministrationTexts.SchemaProblem(line, name, e.Message));
        });
        if (problems.Count > 0) return null;

        ProcedureDefinition definition;
        try
        {
            definition = DefinitionLoader.ReadText(xml, Schemas);
        }
        catch (InvalidDataException e)
        {
            problems.Add(AdministrationTexts.Refused(e.Message));
            return null;
        }

        problems.AddRange(ContractCompatibility.Problems(definition, published));
        if (problems.Count > 0) return null;
        problems.AddRange(ProcessProblems(definition, profiles));
        if (problems.Count > 0) return null;

        // The catalogue's loader has the last word; the checks above say in French whatever it could refuse.
        try
        {
            return DefinitionLoader.ParseText(xml, Schemas, published.Theme);
        }
        catch (InvalidDataException e)
        {
            problems.Add(AdministrationTexts.Refused(e.Message));
            return null;
        }
    }

    /// <summary>The document read with DTDs prohibited and nothing resolved, or null with the problem.</summary>
    private static XDocument? WellFormed(string xml, List<string> problems)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = MaxBytes,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(AdministrationTexts.DoctypeRefused);
        }
        catch (XmlException e)
        {
            problems.Add(AdministrationTexts.Malformed(e.LineNumber, e.LinePosition));
        }
        return null;
    }

    /// <summary>The process and its texts: steps, actions, actors, messages and documents.</summary>
    private static IEnumerable<string> ProcessProblems(ProcedureDefinition definition, IReadOnlyCollection<string> profiles)
    {
        if (definition.InitialStep.IsExit) yield return AdministrationTexts.FirstStepIsExit(definition.InitialStep.AgentLabel);
        if (!definition.Steps.Any(s => s.IsFinal && !s.IsExit))
        {
            yield return AdministrationTexts.NoClosingStep;
            yield break;
        }
        foreach (var problem in WorkflowCheck.Problems(definition)) yield return problem;
        foreach (var actor in definition.Actors)
            foreach (var profile in actor.Profiles.Where(p => !profiles.Contains(p)))
                yield return AdministrationTexts.UnknownActorProfile(actor.Label, profile);

        foreach (var message in definition.Messages)
            foreach (var problem in CommuneMessageTemplates.Check(definition, message.Event, message.StepCode, message.Subject, message.Body))
                yield return AdministrationTexts.MessageProblem(message.Event, message.StepCode, problem);
        foreach (var twice in definition.Messages.GroupBy(m => (m.Event, m.StepCode)).Where(g => g.Count() > 1))
            yield return AdministrationTexts.MessageTwice(twice.Key.Event, twice.Key.StepCode);

        foreach (var document in definition.Documents)
        {
            if (document.Title.Length > DocumentTemplate.MaxTitleLength || document.Title != MessageTemplate.OneLine(document.Title)
                || PlaceholderSyntax.Pattern().IsMatch(document.Title))
                yield return AdministrationTexts.DocumentTitle(document.Code, DocumentTemplate.MaxTitleLength);
            if (document.Body.Length > DocumentTemplate.MaxBodyLength) yield return AdministrationTexts.DocumentBody(document.Code, DocumentTemplate.MaxBodyLength);
            foreach (var name in DocumentTemplate.UnknownPlaceholders(document.Body))
                yield return AdministrationTexts.DocumentPlaceholder(document.Code, name, DocumentTemplate.Placeholders.Keys);
            foreach (var path in DocumentTemplate.FieldPaths(document.Body).Where(p => definition.FindField(p) is not { IsCommune: false }))
                yield return AdministrationTexts.DocumentField(document.Code, path);
        }
    }
}
