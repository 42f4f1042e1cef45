using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Serialization;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// Everything the platform holds about a citizen, for them to take away: the account and its
/// notification choices, every dossier the account follows with the request as filed and its
/// history as the citizen may know it (with the exchanges with the commune), the commune's letters,
/// and the e-safe's documents (their metadata in the XML; their files, and the letters', in the ZIP).
/// </summary>
public sealed class CitizenExports(
    DossierStore dossiers, CommuneStore communes, CitizenDocuments documents, DocumentFiles files,
    PlatformOptions platform, TimeProvider clock, ProfileService profiles, CitizenDossiers followed, Workflow.GeneratedDocuments letters,
    Administration.ProcedureDefinitions? definitions = null)
{
    /// <summary>
    /// The name of the XML in the ZIP; each document is <c>documents/{Id}-{FileName}</c>, each letter of
    /// the commune <c>courriers/{Id}-{FileName}</c>.
    /// </summary>
    public const string DataEntry = "donnees.xml";

    /// <summary>The export as a document of its own: root element <c>AccountExport</c>, declared by the published schema.</summary>
    private static readonly XmlSerializer Serializer = new(typeof(AccountExport),
        new XmlRootAttribute("AccountExport") { Namespace = ContractNamespaces.Citizen });

    public async Task<AccountExport> ExportAsync(Citizen citizen)
    {
        var followed = new List<ExportedDossier>();
        foreach (var dossier in await dossiers.ByCitizenAsync(citizen.Id))
            followed.Add(await DossierAsync(dossier));
        return new AccountExport
        {
            ExportedAt = clock.GetUtcNow().UtcDateTime,
            Account = new ExportedAccount
            {
                Email = citizen.Email,
                CreatedAt = Timestamps.Parse(citizen.CreatedAt),
                EmailConfirmedAt = citizen.EmailConfirmedAt is { } confirmed ? Timestamps.Parse(confirmed) : default,
                EmailConfirmedAtSpecified = citizen.EmailConfirmedAt is not null,
                NotifySteps = citizen.NotifySteps == 1,
                NotifyMessages = citizen.NotifyMessages == 1,
            },
            Dossiers = followed.ToArray(),
            Documents = (await documents.ListAsync(citizen)).Documents,
            Profile = Contract(await profiles.GetAsync(citizen)),
        };
    }

    private static Profile Contract(System.Xml.Linq.XElement profile)
    {
        var document = new System.Xml.XmlDocument();
        document.Load(profile.CreateReader());
        return new Profile { Fields = document.DocumentElement!.ChildNodes.OfType<System.Xml.XmlElement>().ToArray() };
    }

    /// <summary>Writes the ZIP: <c>donnees.xml</c> (the export) and each document's file under <c>documents/</c>.</summary>
    public async Task WriteZipAsync(Citizen citizen, Stream output)
    {
        var export = await ExportAsync(citizen);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        await using (var entry = await zip.CreateEntry(DataEntry, CompressionLevel.Optimal).OpenAsync())
        {
            using var writer = XmlWriter.Create(entry, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
            Serializer.Serialize(writer, export, Namespaces);
        }
        foreach (var document in export.Documents)
        {
            // PDF, JPEG and PNG are compressed already.
            await using var entry = await zip.CreateEntry(EntryName(document), CompressionLevel.NoCompression).OpenAsync();
            await using var file = files.OpenRead(document.Id);
            await file.CopyToAsync(entry);
        }
        foreach (var dossier in export.Dossiers)
            foreach (var letter in dossier.GeneratedDocuments)
                if (await letters.ContentAsync(dossier.DossierNumber, letter.Id) is { } content)
                {
                    await using var entry = await zip.CreateEntry(EntryName(letter), CompressionLevel.NoCompression).OpenAsync();
                    await entry.WriteAsync(content);
                }
    }

    public static string EntryName(CitizenDocument document) => $"documents/{document.Id}-{document.FileName}";

    public static string EntryName(CommuneDocument letter) => $"courriers/{letter.Id}-{letter.FileName}";

    /// <summary>The export as XML text, as the ZIP holds it.</summary>
    public static string ToXml(AccountExport export)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Indent = true }))
            Serializer.Serialize(writer, export, Namespaces);
        return text.ToString();
    }

    private static XmlSerializerNamespaces Namespaces =>
        new([new XmlQualifiedName("", ContractNamespaces.Citizen), new XmlQualifiedName("p", ContractNamespaces.Procedure)]);

    private async Task<ExportedDossier> DossierAsync(DossierRecord dossier)
    {
        // The definition the dossier was filed under (its commune's version, whose steps it follows).
        var definition = definitions?.For(dossier) ?? platform.Catalogue.Find(dossier.ProcedureCode);
        var commune = await communes.FindAsync(dossier.CommuneCode);
        var current = definition?.FindStep(dossier.CurrentStep);
        var request = new XmlDocument { XmlResolver = null };
        request.LoadXml(dossier.RequestXml);
        return new ExportedDossier
        {
            DossierNumber = dossier.Number,
            ProcedureCode = dossier.ProcedureCode,
            ProcedureTitle = definition?.Title ?? "",
            CommuneCode = dossier.CommuneCode,
            CommuneName = commune?.Name ?? "",
            SubmittedAt = Timestamps.Parse(dossier.SubmittedAt),
            CurrentStep = current?.CitizenLabel ?? "",
            Closed = current?.IsFinal ?? false,
            IsTest = dossier.IsTest,
            Request = new SubmittedRequest { Content = [request.DocumentElement!] },
            // The history as the citizen may know it: when, what, the step in the citizen's words, and the text
            // of what the commune and the citizen wrote to each other; agents' names and notes are the commune's,
            // not the citizen's data.
            History = (await dossiers.EventsAsync(dossier.Number)).Where(e => DossierEventKinds.VisibleToCitizen(e.Kind)).Select(e => new ExportedEvent
            {
                OccurredAt = Timestamps.Parse(e.OccurredAt),
                Kind = e.Kind,
                StepCode = e.StepCode,
                StepLabel = e.StepCode is null ? null : definition?.FindStep(e.StepCode)?.CitizenLabel,
                Text = CitizenDossiers.MessageKindOf(e.Kind) is not null || e.Kind == DossierEventKinds.DocumentGenerated ? e.Detail : null,
            }).ToArray(),
            GeneratedDocuments = await followed.LettersAsync(dossier, commune),
        };
    }
}
