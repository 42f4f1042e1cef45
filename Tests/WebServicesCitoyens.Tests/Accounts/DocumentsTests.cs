using System.Security.Cryptography;
using System.Xml.Linq;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using static WebServicesCitoyens.Tests.Accounts.DocumentSamples;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The e-safe over SOAP against the real host: documents recognised by their content (never their
/// name) and bounded in size, stored as files next to the store, read only by their owner, given to
/// the owner's dossiers for an attachment field of the procedure within its types and size.
/// </summary>
public sealed class DocumentsTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    private static long DocumentRows() => SharedHost.Host.Scalar("SELECT COUNT(*) FROM documents");

    private static int Files() => Directory.Exists(Path.Combine(SharedHost.Host.DataFolder, "documents"))
        ? Directory.GetFiles(Path.Combine(SharedHost.Host.DataFolder, "documents")).Length : 0;

    public static IEnumerable<TestCaseData> Accepted()
    {
        yield return new TestCaseData("avis-imposition.pdf", (Func<byte[]>)(() => Pdf()), "application/pdf", "avis-imposition.pdf").SetArgDisplayNames("PDF");
        yield return new TestCaseData("photo.JPEG", (Func<byte[]>)(() => Jpeg()), "image/jpeg", "photo.JPEG").SetArgDisplayNames("JPEG");
        yield return new TestCaseData("facture.png", (Func<byte[]>)(() => Png()), "image/png", "facture.png").SetArgDisplayNames("PNG");
    }

    [TestCaseSource(nameof(Accepted))]
    public async Task A_pdf_a_jpeg_and_a_png_are_kept_with_their_type_size_and_digest_and_come_back_unchanged(
        string name, Func<byte[]> sample, string mediaType, string kept)
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var content = sample();

        var (result, fields, fault) = await Calls.UploadAsync(session, name, content);

        Assert.That(result, Is.Not.Null, $"{string.Join(",", fields)} {fault}");
        Assert.That(SchemaErrors(result!.Parent!), Is.Empty);
        var id = result.Element(C + "Id")!.Value;
        Assert.That(id, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(result.Element(C + "FileName")!.Value, Is.EqualTo(kept));
        Assert.That(result.Element(C + "MediaType")!.Value, Is.EqualTo(mediaType));
        Assert.That(result.Element(C + "Size")!.Value, Is.EqualTo(content.Length.ToString()));
        Assert.That(result.Element(C + "Sha256")!.Value, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        Assert.That(File.ReadAllBytes(FileOf(id)), Is.EqualTo(content), "the file next to the store holds the content");

        var got = await Calls.SucceedAsync("GetDocument", ("SessionToken", session), ("DocumentId", id));
        Assert.That(SchemaErrors(got.Parent!), Is.Empty);
        Assert.That(Convert.FromBase64String(got.Element(C + "Content")!.Value), Is.EqualTo(content));
        var list = await Calls.SucceedAsync("ListDocuments", ("SessionToken", session));
        Assert.That(SchemaErrors(list.Parent!), Is.Empty);
        Assert.That(list.Elements(C + "Document").Select(d => d.Element(C + "Id")!.Value), Is.EqualTo(new[] { id }));
        Assert.That(list.Element(C + "MaxSizeKb")!.Value, Is.EqualTo("5120"));
    }

    [Test]
    public async Task A_png_named_pdf_is_kept_as_a_png_under_a_png_name()
    {
        var (_, session) = await Calls.NewCitizenAsync();

        var result = (await Calls.UploadAsync(session, @"C:\Mes documents\scan.pdf", Png())).Result;

        Assert.That(result, Is.Not.Null);
        Assert.That(result!.Element(C + "MediaType")!.Value, Is.EqualTo("image/png"));
        Assert.That(result.Element(C + "FileName")!.Value, Is.EqualTo("scan.png"), "no folder, and the extension of what it is");
    }

    public static IEnumerable<TestCaseData> Refused()
    {
        yield return new TestCaseData("programme.pdf", (Func<byte[]>)(() => Exe())).SetArgDisplayNames("EXE named .pdf");
        yield return new TestCaseData("facture.pdf", (Func<byte[]>)Html).SetArgDisplayNames("HTML named .pdf");
        yield return new TestCaseData("photo.png", (Func<byte[]>)(() => "GIF89a"u8.ToArray())).SetArgDisplayNames("GIF named .png");
        yield return new TestCaseData("vide.pdf", (Func<byte[]>)(() => [])).SetArgDisplayNames("empty");
    }

    [TestCaseSource(nameof(Refused))]
    public async Task A_file_that_is_not_a_pdf_jpeg_or_png_is_refused_naming_content_whatever_its_name(string name, Func<byte[]> sample)
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (rows, files) = (DocumentRows(), Files());

        var (result, fields, fault) = await Calls.UploadAsync(session, name, sample());

        Assert.That(result, Is.Null);
        Assert.That(fields, Is.EqualTo(new[] { "Content" }));
        Assert.That(fault, Does.Contain("ni un PDF, ni une image JPEG ou PNG").Or.Contain("vide"));
        Assert.That((DocumentRows(), Files()), Is.EqualTo((rows, files)), "nothing stored, no file left");
    }

    [Test]
    public async Task A_document_over_5_mib_is_refused_naming_content_and_one_of_exactly_5_mib_is_kept()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (rows, files) = (DocumentRows(), Files());

        var (over, fields, fault) = await Calls.UploadAsync(session, "gros.pdf", Pdf(5 * 1024 * 1024 + 1));

        Assert.That(over, Is.Null);
        Assert.That(fields, Is.EqualTo(new[] { "Content" }));
        Assert.That(fault, Does.Contain("5 Mo"));
        Assert.That((DocumentRows(), Files()), Is.EqualTo((rows, files)));
        var exact = (await Calls.UploadAsync(session, "juste.pdf", Pdf(5 * 1024 * 1024))).Result;
        Assert.That(exact?.Element(C + "Size")?.Value, Is.EqualTo((5 * 1024 * 1024).ToString()), "the SOAP guard lets a whole 5 MiB document through");
    }

    [Test]
    public async Task Another_citizens_document_answers_get_delete_and_attach_exactly_like_an_unknown_id()
    {
        var (_, owner) = await Calls.NewCitizenAsync();
        var (_, intruder) = await Calls.NewCitizenAsync();
        var id = await Calls.UploadedAsync(owner, "justificatif.pdf", Pdf());
        var intruderDossier = await Calls.OwnDossierAsync(intruder, CardProcedure);
        var unknown = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

        foreach (var (operation, extra) in new (string, (string, string)[])[]
        {
            ("GetDocument", []),
            ("DeleteDocument", []),
            ("AttachDocument", [("DossierNumber", intruderDossier), ("FieldPath", "pieces.justificatifDomicile")]),
        })
        {
            var theirs = await Calls.CallAsync(operation, [("SessionToken", intruder), .. extra, ("DocumentId", id)]);
            var none = await Calls.CallAsync(operation, [("SessionToken", intruder), .. extra, ("DocumentId", unknown)]);

            Assert.That(theirs.Result, Is.Null, operation);
            Assert.That(theirs.FaultFields, Is.EqualTo(new[] { "DocumentId" }), operation);
            Assert.That((theirs.Fault, theirs.FaultFields), Is.EqualTo((none.Fault, none.FaultFields)), operation);
        }
        var intruderList = await Calls.SucceedAsync("ListDocuments", ("SessionToken", intruder));
        Assert.That(intruderList.Elements(C + "Document"), Is.Empty);
        Assert.That(File.Exists(FileOf(id)), Is.True, "the owner's document is untouched");
        await Calls.SucceedAsync("GetDocument", ("SessionToken", owner), ("DocumentId", id));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_documents WHERE document_id = @id", ("@id", id)), Is.Zero);
    }

    [Test]
    public async Task A_document_is_given_to_an_own_dossier_for_a_declared_attachment_field_and_the_dossiers_agents_can_read_it()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var content = Pdf();
        var id = await Calls.UploadedAsync(session, "edf.pdf", content);
        var other = await Calls.UploadedAsync(session, "autre.pdf", Pdf());

        var attached = await Calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number.ToLowerInvariant()),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", id));
        var again = await Calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", id));

        Assert.That(SchemaErrors(attached.Parent!), Is.Empty);
        var use = attached.Element(C + "Attachments")!.Elements(C + "Attachment").Single();
        Assert.That(use.Element(C + "DossierNumber")!.Value, Is.EqualTo(number));
        Assert.That(use.Element(C + "FieldPath")!.Value, Is.EqualTo("pieces.justificatifDomicile"));
        Assert.That(use.Element(C + "FieldLabel")!.Value, Is.EqualTo("Justificatif de domicile de moins d'un an"));
        Assert.That(again.Element(C + "Attachments")!.Elements().Count(), Is.EqualTo(1), "given again: nothing changes");
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND kind = 'DocumentAttached'", ("@n", number)),
            Is.EqualTo(1), "the dossier's history says it once");

        // What the back office will use: the dossier's documents, and nothing else.
        var database = SharedHost.Host.Store;
        var documents = new CitizenDocuments(new DocumentStore(database, Seals.Of(SharedHost.Host)), new DocumentFiles(new DocumentOptions(Path.Combine(SharedHost.Host.DataFolder, "documents"))),
            new DocumentOptions(Path.Combine(SharedHost.Host.DataFolder, "documents")), new DossierStore(database, Seals.Of(SharedHost.Host)),
            new PlatformOptions(Definitions.Catalogue, SharedHost.Host.BaseUrl), TimeProvider.System);
        var ofDossier = await documents.DocumentsOfDossierAsync(number);
        Assert.That(ofDossier.Select(d => (d.DocumentId, d.FieldPath, d.MediaType)), Is.EqualTo(new[] { (id, "pieces.justificatifDomicile", "application/pdf") }));
        await using (var read = await documents.OpenDossierDocumentAsync(number, id))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(content));
        }
        Assert.That(await documents.OpenDossierDocumentAsync(number, other), Is.Null, "a document not given to the dossier stays the citizen's");
    }

    [Test]
    public async Task An_instance_of_a_repeated_group_takes_its_own_document_within_the_groups_occurrences()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, Marriage);
        var id = await Calls.UploadedAsync(session, "cni-temoin.jpg", Jpeg());

        var second = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "temoins[2].pieceIdentite"), ("DocumentId", id));
        var fifth = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "temoins[5].pieceIdentite"), ("DocumentId", id));
        var noRank = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "temoins.pieceIdentite"), ("DocumentId", id));

        Assert.That(second.Result?.Descendants(C + "FieldPath").Single().Value, Is.EqualTo("temoins[2].pieceIdentite"), second.Fault);
        Assert.That(fifth.FaultFields, Is.EqualTo(new[] { "FieldPath" }));
        Assert.That(noRank.FaultFields, Is.EqualTo(new[] { "FieldPath" }));
        Assert.That(fifth.Fault, Does.Contain("temoins[n].pieceIdentite"));
    }

    [TestCase("pieces.inexistant")]
    [TestCase("titulaire.nom")]
    [TestCase("pieces")]
    [TestCase("pieces.justificatifDomicile[1]")]
    [TestCase("../../etc/passwd")]
    public async Task A_path_that_is_no_attachment_field_of_the_procedure_is_refused_naming_fieldpath(string path)
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var id = await Calls.UploadedAsync(session, "edf.pdf", Pdf());

        var (result, fields, fault) = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", path), ("DocumentId", id));

        Assert.That(result, Is.Null);
        Assert.That(fields, Is.EqualTo(new[] { "FieldPath" }));
        Assert.That(fault, Does.Contain("n'est pas une pièce justificative").And.Contain("pieces.justificatifDomicile"));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_documents WHERE dossier_number = @n", ("@n", number)), Is.Zero);
    }

    [Test]
    public async Task A_document_of_a_type_the_field_does_not_accept_or_larger_than_it_allows_is_refused_naming_fieldpath()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var pdf = await Calls.UploadedAsync(session, "photo.pdf", Pdf());
        var bigPhoto = await Calls.UploadedAsync(session, "photo.png", Png(3 * 1024 * 1024));
        var photo = await Calls.UploadedAsync(session, "photo.jpg", Jpeg());

        var wrongType = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.photoIdentite"), ("DocumentId", pdf));
        var tooLarge = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.photoIdentite"), ("DocumentId", bigPhoto));
        var right = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.photoIdentite"), ("DocumentId", photo));

        Assert.That(wrongType.FaultFields, Is.EqualTo(new[] { "FieldPath" }));
        Assert.That(wrongType.Fault, Does.Contain("JPEG ou PNG").And.Contain("format PDF"));
        Assert.That(tooLarge.FaultFields, Is.EqualTo(new[] { "FieldPath" }));
        Assert.That(tooLarge.Fault, Does.Contain("2 Mo"));
        Assert.That(right.Result, Is.Not.Null, right.Fault);
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_documents WHERE dossier_number = @n", ("@n", number)), Is.EqualTo(1));
    }

    [Test]
    public async Task A_dossier_of_another_citizen_answers_like_an_unknown_number()
    {
        var (_, owner) = await Calls.NewCitizenAsync();
        var (_, intruder) = await Calls.NewCitizenAsync();
        var theirs = await Calls.OwnDossierAsync(owner, CardProcedure);
        var id = await Calls.UploadedAsync(intruder, "edf.pdf", Pdf());

        var taken = await Calls.CallAsync("AttachDocument", ("SessionToken", intruder), ("DossierNumber", theirs),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", id));
        var unknown = await Calls.CallAsync("AttachDocument", ("SessionToken", intruder), ("DossierNumber", "AAA-AAA-AAA"),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", id));

        Assert.That(taken.FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
        Assert.That((taken.Fault, taken.FaultFields), Is.EqualTo((unknown.Fault, unknown.FaultFields)));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_documents WHERE dossier_number = @n", ("@n", theirs)), Is.Zero);
    }

    [Test]
    public async Task A_document_given_to_a_dossier_in_progress_is_not_deleted_and_once_the_dossier_is_closed_it_stays_with_it()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, CardProcedure);
        var given = await Calls.UploadedAsync(session, "edf.pdf", Pdf());
        var loose = await Calls.UploadedAsync(session, "brouillon.pdf", Pdf());
        await Calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", given));

        var refused = await Calls.CallAsync("DeleteDocument", ("SessionToken", session), ("DocumentId", given));
        await Calls.SucceedAsync("DeleteDocument", ("SessionToken", session), ("DocumentId", loose));

        Assert.That(refused.FaultFields, Is.EqualTo(new[] { "DocumentId" }));
        Assert.That(refused.Fault, Does.Contain(number).And.Contain("encore en cours"));
        Assert.That(File.Exists(FileOf(loose)), Is.False, "a document given to no dossier is deleted, file included");
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM documents WHERE id = @id", ("@id", loose)), Is.Zero);

        var definition = Definitions.Get(CardProcedure);
        var final = definition.Steps.First(s => s.IsFinal && !s.IsExit);
        await new DossierStore(SharedHost.Host.Store, Seals.Of(SharedHost.Host)).RecordStepAsync(number, final.Code,
            Timestamps.ToText(DateTimeOffset.UtcNow), "agent de test", null);
        var closed = await Calls.CallAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.ancienTitre"), ("DocumentId", given));
        await Calls.SucceedAsync("DeleteDocument", ("SessionToken", session), ("DocumentId", given));

        Assert.That(closed.FaultFields, Is.EqualTo(new[] { "DossierNumber" }), "a closed dossier takes no more documents");
        Assert.That((await Calls.SucceedAsync("ListDocuments", ("SessionToken", session))).Elements(C + "Document"), Is.Empty);
        Assert.That(File.Exists(FileOf(given)), Is.True, "kept with the closed dossier");
        Assert.That(SharedHost.Host.Text("SELECT citizen_id FROM documents WHERE id = @id", ("@id", given)), Is.Null);
        Assert.That((await Calls.CallAsync("GetDocument", ("SessionToken", session), ("DocumentId", given))).FaultFields, Is.EqualTo(new[] { "DocumentId" }));
    }

    [Test]
    public async Task Without_a_live_session_no_document_operation_answers()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var id = await Calls.UploadedAsync(session, "edf.pdf", Pdf());
        await Calls.SucceedAsync("Logout", ("SessionToken", session));

        var get = await Calls.CallAsync("GetDocument", ("SessionToken", session), ("DocumentId", id));
        var upload = await Calls.UploadAsync(session, "autre.pdf", Pdf());

        Assert.That(get.FaultFields, Is.EqualTo(new[] { "SessionToken" }));
        Assert.That(upload.FaultFields, Is.EqualTo(new[] { "SessionToken" }));
    }
}
