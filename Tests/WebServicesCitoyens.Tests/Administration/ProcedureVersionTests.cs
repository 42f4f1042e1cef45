using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The life of a commune's version of a procedure (seed 002 §4.1, « on line / off line »), on a host of
/// its own since it puts a version of the birth certificate online: the administrator exports the
/// catalogue's definition, adds a step in the flow and a field of the commune, hides, moves and relabels
/// catalogue fields, publishes to Test — the public form is unchanged, the preview shows the version and
/// files test dossiers under it — then Online: new dossiers get the new form and go through the new
/// step, while a dossier filed before keeps its steps.
/// </summary>
[NonParallelizable]
public sealed class ProcedureVersionTests
{
    private const string Code = Requests.BirthCertificate;
    private static readonly XNamespace T = S.Ns;
    private HostProcess _host = null!;
    private AdministrationCalls _calls = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _host = HostProcess.Start();
        _calls = new AdministrationCalls(_host);
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    private string FormUrl(bool preview) => $"{_host.BaseUrl}/communes/{Commune}/{Code}" + (preview ? $"?apercu={PreviewKey}" : "");

    /// <summary>The birth certificate request with the sex of the person (the version makes it required) and, when given, the commune's answers.</summary>
    private static XElement Request(params (string Code, string Value)[] complements)
    {
        var request = Requests.BirthCertificateRequest();
        request.Element(T + "titulaire")!.Element(T + "prenoms")!.AddAfterSelf(new XElement(T + "sexe", "F"));
        if (complements.Length > 0)
            request.Add(new XElement(T + "complementsCommune",
                complements.Select(c => new XElement(T + "complement", new XAttribute("code", c.Code), c.Value))));
        return request;
    }

    private async Task<(int Status, string Body)> SubmitAsync(XElement request, string? previewKey = null)
    {
        var submit = XElement.Parse(Requests.SubmitBody(Requests.NewId("version"), request));
        if (previewKey is not null) submit.Add(new XElement(T + "PreviewKey", previewKey));
        var (status, body, _) = await S.PostAsync(_host.ServiceUrl(Code), S.Envelope(submit.ToString(SaveOptions.DisableFormatting)), "Submit");
        return (status, body);
    }

    private static string Number(string receipt) => XDocument.Parse(receipt).Descendants(T + "DossierNumber").Single().Value;

    private long? VersionOf(string number) =>
        _host.Text("SELECT CAST(configuration_version AS TEXT) FROM dossiers WHERE number = @n", ("@n", number)) is { } text ? long.Parse(text) : null;

    private async Task<(HttpStatusCode Status, string Html)> PostFormAsync(Dictionary<string, string> fields, bool preview)
    {
        using var response = await S.Http.PostAsync(FormUrl(preview), new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_version_tried_in_test_then_put_online_changes_the_form_and_the_process_of_new_dossiers_only()
    {
        var admin = await _calls.LoginAsync(Administrator);
        Assert.That(await _calls.ExportAsync(admin, Code),
            Is.EqualTo(File.ReadAllText(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-naissance.xml"))),
            "without a version of its own, the commune exports the catalogue's file");
        var (filedBeforeStatus, filedBeforeBody) = await SubmitAsync(Request());
        Assert.That(filedBeforeStatus, Is.EqualTo(200), filedBeforeBody);
        var filedBefore = Number(filedBeforeBody);

        // The Draft: a step in the flow, a field of the commune, catalogue fields hidden, moved, relabelled and made required, a mail.
        await _calls.SucceedOnProcedureAsync(admin, Code, "AddStep", ("After", "PRISE_EN_CHARGE"), ("Code", "VERIFICATION_PIECES"),
            ("AgentLabel", "Vérification des pièces justificatives"), ("CitizenLabel", "Vérification des pièces"));
        await _calls.SucceedOnProcedureAsync(admin, Code, "AddField", ("After", "nombreExemplaires"), ("Name", "lieuRetrait"),
            ("Label", "Lieu de retrait du document"), ("Type", "enum"), ("Required", true), ("Help", "La mairie d'Orléans remet aussi les actes à son accueil."),
            ("Options", Options(("MAIRIE", "À l'accueil de la mairie"), ("COURRIER", "Par courrier"))));
        await _calls.SucceedOnProcedureAsync(admin, Code, "HideField", ("Path", "motif"), ("Hidden", true));
        await _calls.SucceedOnProcedureAsync(admin, Code, "MoveField", ("Path", "qualiteDemandeur"), ("Direction", "up"));
        await _calls.SucceedOnProcedureAsync(admin, Code, "UpdateField", ("Path", "titulaire.sexe"), ("Label", "Sexe à l'état civil"), ("Required", true));
        await _calls.SucceedOnProcedureAsync(admin, Code, "SetMessage", ("Event", "stepReached"), ("StepCode", "VERIFICATION_PIECES"),
            ("Subject", "Vos pièces sont en cours de vérification (dossier {numero})"), ("Body", "Bonjour,\n\nLa mairie de {commune} vérifie vos pièces.\n\n{lien}"));

        var tree = await _calls.SucceedOnProcedureAsync(admin, Code, "GetProcessTree");
        var steps = tree.Element(A + "Steps")!.Elements(A + "Step").ToList();
        var taken = steps.Single(s => s.Element(A + "Code")!.Value == "PRISE_EN_CHARGE");
        var added = steps.Single(s => s.Element(A + "Code")!.Value == "VERIFICATION_PIECES");
        Assert.Multiple(() =>
        {
            Assert.That(tree.Element(A + "State")!.Value, Is.EqualTo("Draft"));
            Assert.That(added.Element(A + "Number")!.Value, Is.EqualTo("3"), "inserted after the step it follows");
            Assert.That(added.Element(A + "MessageSubject")!.Value, Does.StartWith("Vos pièces sont en cours de vérification"));
            Assert.That(taken.Descendants(A + "Action").Single().Element(A + "ToStep")!.Value, Is.EqualTo("VERIFICATION_PIECES"),
                "the action that led to the next step now leads to the new one");
            var onward = added.Descendants(A + "Action").Single();
            Assert.That(onward.Element(A + "Trigger")!.Value, Is.EqualTo("manual"));
            Assert.That(onward.Element(A + "ToStep")!.Value, Is.EqualTo("CONTROLE_RECEVABILITE"));
            Assert.That(onward.Element(A + "ToStepNumber")!.Value, Is.EqualTo("4"));
        });

        var test = await _calls.SucceedOnProcedureAsync(admin, Code, "PublishTest");
        Assert.That((test.Element(A + "State")!.Value, test.Element(A + "Version")!.Value), Is.EqualTo(("Test", "1")));

        // The public form is the catalogue's; the preview shows the version.
        var publicForm = await S.Http.GetStringAsync(FormUrl(preview: false));
        var previewForm = await S.Http.GetStringAsync(FormUrl(preview: true));
        Assert.Multiple(() =>
        {
            Assert.That(publicForm, Does.Not.Contain("f-lieuRetrait").And.Contain("id=\"f-motif\"").And.Not.Contain("Sexe à l'état civil"));
            Assert.That(previewForm, Does.Contain("id=\"f-lieuRetrait\"").And.Contain("À l'accueil de la mairie").And.Contain("Sexe à l'état civil"));
            Assert.That(previewForm, Does.Not.Contain("f-motif"), "a hidden field is not shown");
            Assert.That(previewForm.IndexOf("id=\"f-qualiteDemandeur\"", StringComparison.Ordinal),
                Is.LessThan(previewForm.IndexOf("id=\"f-typeDocument\"", StringComparison.Ordinal)), "shown in the commune's order");
            Assert.That(previewForm, Does.Contain("Vérification des pièces"), "the steps the citizen will see");
        });

        // Filing through the preview: the commune's rules apply, the dossier is a test filed under the version.
        var form = Definitions.FormValues(Definitions.Get(Code), Request());
        form["clientRequestId"] = Requests.NewId("apercu");
        var count = _host.CountDossiers();
        var incomplete = new Dictionary<string, string>(form) { ["titulaire.sexe"] = "" };
        var (refusedStatus, refusedHtml) = await PostFormAsync(incomplete, preview: true);
        Assert.That(refusedStatus, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(refusedHtml, Does.Contain("f-lieuRetrait-erreur").And.Contain("f-titulaire-sexe-erreur"));
        Assert.That(_host.CountDossiers(), Is.EqualTo(count));

        form["lieuRetrait"] = "MAIRIE";
        var (status, receipt) = await PostFormAsync(form, preview: true);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), receipt);
        var testNumber = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        Assert.Multiple(() =>
        {
            Assert.That(receipt, Does.Contain("Dossier de test").And.Contain("Vérification des pièces"));
            Assert.That(_host.Scalar("SELECT is_test FROM dossiers WHERE number = @n", ("@n", testNumber)), Is.EqualTo(1));
            Assert.That(VersionOf(testNumber), Is.EqualTo(1));
            Assert.That(_host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", testNumber)),
                Does.Contain("<complementsCommune><complement code=\"lieuRetrait\">MAIRIE</complement></complementsCommune>"));
        });
        var trackingCode = _host.Text("SELECT tracking_code FROM dossiers WHERE number = @n", ("@n", testNumber))!;
        var printable = await S.Http.GetStringAsync($"{_host.BaseUrl}/suivi/demande?dossier={testNumber}&code={Uri.EscapeDataString(trackingCode)}");
        Assert.That(WebUtility.HtmlDecode(printable), Does.Contain("Lieu de retrait du document").And.Contain("À l'accueil de la mairie"),
            "the printable request shows the commune's question with its answer");

        // Without the preview key the catalogue's version applies: no question of the commune to answer.
        var (unknownStatus, unknownBody) = await SubmitAsync(Request(("lieuRetrait", "MAIRIE")));
        Assert.That(unknownStatus, Is.EqualTo(500));
        Assert.That(S.FaultFields(unknownBody), Is.EqualTo(new[] { "complementsCommune" }));
        Assert.That(S.FaultString(unknownBody), Does.Contain("lieuRetrait"));

        var online = await _calls.SucceedOnProcedureAsync(admin, Code, "PublishOnline");
        Assert.That(online.Element(A + "State")!.Value, Is.EqualTo("Online"));
        Assert.That(await S.Http.GetStringAsync(FormUrl(preview: false)), Does.Contain("id=\"f-lieuRetrait\"").And.Not.Contain("f-motif"));

        var (missingStatus, missingBody) = await SubmitAsync(Request());
        Assert.That(missingStatus, Is.EqualTo(500));
        Assert.That(S.FaultFields(missingBody), Is.EqualTo(new[] { "lieuRetrait" }));
        Assert.That(S.FaultString(missingBody), Is.EqualTo(ValidationTexts.Missing("Lieu de retrait du document", "complementsCommune.lieuRetrait")));
        var (badStatus, badBody) = await SubmitAsync(Request(("lieuRetrait", "GUICHET")));
        Assert.That(badStatus, Is.EqualTo(500));
        Assert.That(S.FaultString(badBody), Does.Contain("GUICHET").And.Contain("MAIRIE, COURRIER"));
        var (newStatus, newBody) = await SubmitAsync(Request(("lieuRetrait", "COURRIER")));
        Assert.That(newStatus, Is.EqualTo(200), newBody);
        var filedAfter = Number(newBody);
        Assert.That(VersionOf(filedAfter), Is.EqualTo(1));
        Assert.That(_host.Scalar("SELECT is_test FROM dossiers WHERE number = @n", ("@n", filedAfter)), Is.EqualTo(0));
        Assert.That(VersionOf(filedBefore), Is.Null);

        // Processing: the new dossier goes through the new step, the one filed before does not.
        var backOffice = new BackOfficeInProcess(_host);
        var agent = await backOffice.AgentAsync(CivilStatusAgent);
        foreach (var number in new[] { filedAfter, filedBefore })
        {
            await backOffice.Processing.PerformAsync(agent, number, "PRENDRE_EN_CHARGE");
            await backOffice.Processing.PerformAsync(agent, number, "DONNEES_VERIFIEES");
        }
        var newFile = await backOffice.Processing.OpenAsync(agent, filedAfter);
        var oldFile = await backOffice.Processing.OpenAsync(agent, filedBefore);
        Assert.Multiple(() =>
        {
            Assert.That(newFile.Dossier.CurrentStep, Is.EqualTo("VERIFICATION_PIECES"));
            Assert.That(newFile.Actions.Select(a => a.Code), Is.EqualTo(new[] { "VERS_CONTROLE_RECEVABILITE" }));
            Assert.That(oldFile.Dossier.CurrentStep, Is.EqualTo("CONTROLE_RECEVABILITE"), "a dossier keeps the version it was filed under");
            Assert.That(_host.Scalar("SELECT COUNT(*) FROM outbox WHERE subject = @s",
                ("@s", $"Vos pièces sont en cours de vérification (dossier {filedAfter})")), Is.EqualTo(1), "the version's own mail");
        });
        await backOffice.Processing.PerformAsync(agent, filedAfter, "VERS_CONTROLE_RECEVABILITE");
        Assert.That((await backOffice.Processing.OpenAsync(agent, filedAfter)).Dossier.CurrentStep, Is.EqualTo("CONTROLE_RECEVABILITE"));

        var oldTracking = _host.Text("SELECT tracking_code FROM dossiers WHERE number = @n", ("@n", filedBefore))!;
        var oldStatus = await S.Http.GetStringAsync($"{_host.BaseUrl}/suivi?dossier={filedBefore}&code={Uri.EscapeDataString(oldTracking)}");
        Assert.That(oldStatus, Does.Not.Contain("Vérification des pièces"));

        var versions = (await _calls.SucceedOnProcedureAsync(admin, Code, "ListVersions")).Elements(A + "Version").ToList();
        Assert.That(versions.Select(v => (v.Element(A + "Version")!.Value, v.Element(A + "State")!.Value)), Is.EqualTo(new[] { ("1", "Online") }));
        Assert.That(versions[0].Element(A + "CreatedBy")!.Value, Is.EqualTo("Sophie Lambert (administratrice)"));
    }
}
