using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>
/// The feedback's stylesheets on the three engines like every published stylesheet: the tracking page's
/// rating form sent back with refusals and the rating given with the commune's answer (status.xsl with
/// feedback.xsl), the observatory as the host serves it with a refused report (observatoire.xsl), and the
/// administrators' feedback page with a refused answer (feedback-admin.xsl) — as whole pages and fragments.
/// </summary>
public sealed partial class XslEnginesTests
{
    private static DossierStatus ClosedStatus() => new()
    {
        DossierNumber = "K7M-XR4-TWC",
        SubmittedAt = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc),
        SubmittedAtLocal = new DateTime(2026, 11, 2, 10, 0, 0),
        Procedure = new ProcedureSummary { Code = Requests.RoadIncident, Title = "Signalement d'un incident sur la voie publique", Theme = "vie-quotidienne" },
        Commune = new CommuneInfo { Code = Requests.Commune, Name = "Orléans", PrimaryColor = "#1b4f72", SecondaryColor = "#f4d03f" },
        CurrentStep = "Clôture",
        Closed = true,
        State = "Closed",
        Steps = [new Step { Label = "Demande initiale", Done = true, DoneAtLocal = new DateTime(2026, 11, 2, 10, 0, 0), DoneAtLocalSpecified = true }],
    };

    [TestCase("yes")]
    [TestCase("no")]
    public void The_tracking_pages_rating_form_refused_and_the_rating_given_render_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var status = ClosedStatus();
        var refused = RatingPage.WithFeedback(PageDocument.For(status, "GetStatusResult",
                new Dictionary<string, string> { ["commentaire"] = "Trop « long » & <compliqué>", ["dysfonctionnement"] = "oui" },
                [new ValidationError("avis-note", "Choisissez une note."), new ValidationError("avis-description", "Décrivez le dysfonctionnement.")]),
            true, null, status.DossierNumber, "code-de-suivi");
        var given = RatingPage.WithFeedback(PageDocument.For(status, "GetStatusResult", notice: "Merci."), true, new DossierRating
        {
            DossierNumber = status.DossierNumber, ProcedureCode = Requests.RoadIncident, Rating = 2, Comment = "Trop long & <compliqué>",
            Malfunction = true, MalfunctionDescription = "La carte ne s'affichait pas.", RatedAtLocal = new DateTime(2026, 11, 20, 9, 30, 0),
            Answer = "Corrigé.", AnsweredBy = "Réponse de la mairie d'Orléans", AnsweredAtLocal = new DateTime(2026, 11, 21, 8, 0, 0), AnsweredAtLocalSpecified = true,
        }, status.DossierNumber, "code-de-suivi");
        var parameters = new Dictionary<string, string> { ["standalone"] = standalone, ["assets"] = "/" };

        var form = RenderEverywhere("status.xsl", refused.ToString(), parameters, "rating-form-" + standalone);
        var rating = RenderEverywhere("status.xsl", given.ToString(), parameters, "rating-given-" + standalone);

        Assert.That(form.DotNet, Does.Contain("id=\"avis-note-erreur\"").And.Contain("Trop « long » &amp; &lt;compliqué&gt;").And.Contain("action=\"/suivi/avis\""));
        Assert.That(rating.DotNet, Does.Contain("Note : 2 sur 5").And.Contain("Réponse de la mairie d'Orléans").And.Not.Contain("action=\"/suivi/avis\""));
        Assert.That((form.Libxslt, form.Saxon), Is.EqualTo((form.DotNet, form.DotNet)), "the form differs between engines");
        Assert.That((rating.Libxslt, rating.Saxon), Is.EqualTo((rating.DotNet, rating.DotNet)), "the rating differs between engines");
    }

    [TestCase("yes")]
    [TestCase("no")]
    public async Task The_observatory_as_served_with_a_refused_report_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        using var response = await Infrastructure.Soap.Http.GetAsync(SharedHost.Host.BaseUrl + "/observatoire.xml");
        var data = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var page = ObservatoryPage.For(data, null, [new ValidationError("texte", "Le champ « Votre signalement » est obligatoire.")],
            new Dictionary<string, string> { ["nature"] = "Malfunction", ["commune"] = Requests.Commune, ["texte"] = "<script>alert(1)</script>" });

        var (dotnet, libxslt, saxon) = RenderEverywhere("observatoire.xsl", page.ToString(),
            new() { ["standalone"] = standalone, ["assets"] = "/" }, "observatoire-" + standalone);

        Assert.That(dotnet, Does.Contain("href=\"#f-texte\"").And.Contain("&lt;script&gt;").And.Contain("href=\"/observatoire/etat-civil.acte-naissance\""));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    [Test]
    public void The_administrators_feedback_page_with_a_refused_answer_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var admin = new Agent("a1", Requests.Commune, "admin@orleans.demo", "Sophie Lambert", AgentRole.Administrator, []);
        var context = new BackOfficePage.Context(admin, null, null, [new ValidationError("reponse-f1", "La réponse est obligatoire.")],
            new Dictionary<string, string> { ["reponse-f1"] = "Réponse « gardée » & <échappée>" });
        FeedbackRecord Entry(string id, string kind, long? rating, string? comment, string? answer) => new(id, kind, Requests.Commune,
            kind == FeedbackKinds.MissingProcedure ? null : Requests.RoadIncident, rating is null ? null : "K7M-XR4-TWC", rating, comment,
            0, null, 0, "2026-11-20T09:30:00.000Z", answer, answer is null ? null : "2026-11-21T08:00:00.000Z", null);
        var page = FeedbackAdminPage.For(context, new AdministrationAddress(null), new FeedbackAdminPage.Filter(Requests.RoadIncident, null, true),
            [Entry("f1", FeedbackKinds.Rating, 2, "Trop long & <compliqué>", null), Entry("f2", FeedbackKinds.MissingProcedure, null, "Conservatoire", "Bientôt.")],
            Definitions.Catalogue, utc => utc.AddHours(1));

        var (dotnet, libxslt, saxon) = RenderEverywhere("feedback-admin.xsl", page.ToString(), WholePage, "feedback-admin");

        Assert.That(dotnet, Does.Contain("id=\"f-reponse-f1-erreur\"").And.Contain("Réponse « gardée » &amp; &lt;échappée&gt;")
            .And.Contain("aria-current=\"page\" href=\"/gestion/administration/avis\">Avis des usagers").And.Contain("20/11/2026 à 10 h 30"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }
}
