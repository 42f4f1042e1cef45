using System.Net;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Tests.Accounts;

namespace WebServicesCitoyens.Tests.Feedback;

/// <summary>
/// The citizen's pages invite to rate once the dossier is closed and show the rating once given: the
/// tracking page (/suivi, proved by the tracking code, POST /suivi/avis) and the account's dashboard
/// (POST /compte/dossiers/{number}/avis). A refused rating comes back with each error next to its control
/// and what was typed; a second rating, an open dossier and someone else's dossier change nothing.
/// </summary>
public sealed class RatingPagesTests
{
    private static readonly FeedbackWorld World = new(SharedHost.Host);
    private static AccountCalls Calls => new(SharedHost.Host);

    private static string Tracking(string number, string code) => $"/suivi?dossier={number}&code={Uri.EscapeDataString(code)}";

    private static Dictionary<string, string> Form(string number, string code, string note, string comment = "", string? malfunction = null,
        string description = "")
    {
        var form = new Dictionary<string, string> { ["dossier"] = number, ["code"] = code, ["note"] = note, ["commentaire"] = comment, ["description"] = description };
        if (malfunction is not null) form["dysfonctionnement"] = malfunction;
        return form;
    }

    [Test]
    public async Task The_tracking_page_offers_the_form_only_once_the_dossier_is_closed_then_shows_the_rating_given()
    {
        var (number, code) = await World.OpenRoadIncidentAsync();
        var (_, open) = await World.GetAsync(Tracking(number, code));
        Assert.That(open, Does.Not.Contain("Donnez votre avis").And.Not.Contain("action=\"/suivi/avis\""));

        await World.CloseAsync(number);
        var (_, closed) = await World.GetAsync(Tracking(number, code));
        var form = Html.Parse(closed);
        Assert.That(closed, Does.Contain("Donnez votre avis sur cette démarche").And.Contain("action=\"/suivi/avis\""));
        Assert.That(form.ById("avis-note-5").Attribute("type")!.Value, Is.EqualTo("radio"));
        Assert.That(form.ById("avis-commentaire").Name.LocalName, Is.EqualTo("textarea"));

        var (status, _, location) = await World.PostAsync("/suivi/avis", Form(number, code, "5", "Très simple, merci."));
        Assert.That(status, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(location, Is.EqualTo(Tracking(number, code).Replace(Uri.EscapeDataString(code), Uri.EscapeDataString(code)) + "&fait=avis"));

        var (_, rated) = await World.GetAsync(location!);
        Assert.That(rated, Does.Contain("Votre avis sur cette démarche").And.Contain("Note : 5 sur 5").And.Contain("Très simple, merci.")
            .And.Contain(FeedbackTexts.Rated).And.Contain("La commune n'a pas encore répondu."));
        Assert.That(rated, Does.Not.Contain("action=\"/suivi/avis\""));
    }

    [Test]
    public async Task A_refused_rating_on_the_tracking_page_shows_each_error_by_its_control_keeps_what_was_typed_and_stores_nothing()
    {
        var (number, code) = await World.ClosedRoadIncidentAsync();

        var (status, html, _) = await World.PostAsync("/suivi/avis", Form(number, code, "", "Mon commentaire « gardé »", "oui"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var page = Html.Parse(html);
        Assert.That(page.ById("avis-note-erreur").Value, Does.Contain(FeedbackTexts.RatingRange));
        Assert.That(page.ById("avis-description-erreur").Value, Does.Contain("(MalfunctionDescription)"));
        Assert.That(page.ById("avis-commentaire").Value, Is.EqualTo("Mon commentaire « gardé »"));
        Assert.That(page.ById("avis-dysfonctionnement").Attribute("checked"), Is.Not.Null);
        Assert.That(page.ById("avis-description").Attribute("aria-invalid")?.Value, Is.EqualTo("true"));
        Assert.That(World.Ratings(number), Is.Zero);
    }

    [Test]
    public async Task Rating_again_from_the_tracking_page_is_refused_plainly_and_a_wrong_code_gets_the_unknown_dossier_page()
    {
        var (number, code) = await World.ClosedRoadIncidentAsync();
        Assert.That((await World.PostAsync("/suivi/avis", Form(number, code, "3"))).Status, Is.EqualTo(HttpStatusCode.SeeOther));
        var before = World.FeedbackRows();

        var (againStatus, again, _) = await World.PostAsync("/suivi/avis", Form(number, code, "1", "Je change d'avis."));
        var (wrongStatus, wrong, _) = await World.PostAsync("/suivi/avis", Form(number, code[..^1] + (code[^1] == 'a' ? 'b' : 'a'), "1"));
        var (unknownStatus, unknown, _) = await World.PostAsync("/suivi/avis", Form("K7M-XR4-TWC", code, "1"));

        Assert.That(againStatus, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again, Does.Contain(FeedbackTexts.AlreadyRated));
        Assert.That((wrongStatus, wrong), Is.EqualTo((unknownStatus, unknown)));
        Assert.That(wrongStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(World.FeedbackRows(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_dashboard_invites_to_rate_a_closed_dossier_and_shows_the_rating_once_given()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (open, _) = await FollowedOpenAsync(session);
        var (closed, _) = await World.ClosedRoadIncidentAsync(Calls, session);
        using var browser = CommuneAtWork.Browser(session);

        var dashboard = await CommuneAtWork.PageAsync(browser, "/compte/tableau-de-bord");
        Assert.That(dashboard, Does.Contain($"action=\"/compte/dossiers/{closed}/avis\"").And.Not.Contain($"/compte/dossiers/{open}/avis"));

        var (status, html) = await CommuneAtWork.PostFormAsync(browser, $"/compte/dossiers/{closed}/avis",
            new() { ["note"] = "4", ["commentaire"] = "Bien expliqué." });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(FeedbackTexts.Rated).And.Contain("Note : 4 sur 5").And.Contain("Bien expliqué."));
        Assert.That(html, Does.Not.Contain($"action=\"/compte/dossiers/{closed}/avis\""));
        Assert.That(World.Ratings(closed), Is.EqualTo(1));
    }

    [Test]
    public async Task From_the_dashboard_someone_elses_dossier_gets_the_unknown_dossier_page_an_open_one_is_refused_and_a_foreign_post_changes_nothing()
    {
        var (_, owner) = await Calls.NewCitizenAsync();
        var (_, other) = await Calls.NewCitizenAsync();
        var (closed, _) = await World.ClosedRoadIncidentAsync(Calls, owner);
        var (open, _) = await FollowedOpenAsync(owner);
        using var otherBrowser = CommuneAtWork.Browser(other);
        using var ownerBrowser = CommuneAtWork.Browser(owner);
        var before = World.FeedbackRows();

        var (theirs, theirsHtml) = await CommuneAtWork.PostFormAsync(otherBrowser, $"/compte/dossiers/{closed}/avis", new() { ["note"] = "1" });
        var (unknown, unknownHtml) = await CommuneAtWork.PostFormAsync(otherBrowser, "/compte/dossiers/K7M-XR4-TWC/avis", new() { ["note"] = "1" });
        var (notClosed, notClosedHtml) = await CommuneAtWork.PostFormAsync(ownerBrowser, $"/compte/dossiers/{open}/avis", new() { ["note"] = "1" });
        var (foreign, _) = await CommuneAtWork.PostFormAsync(ownerBrowser, $"/compte/dossiers/{closed}/avis", new() { ["note"] = "1" },
            origin: "https://ailleurs.example");
        var (bad, badHtml) = await CommuneAtWork.PostFormAsync(ownerBrowser, $"/compte/dossiers/{closed}/avis",
            new() { ["note"] = "7", ["commentaire"] = "Gardé" });

        Assert.That((theirs, theirsHtml), Is.EqualTo((unknown, unknownHtml)));
        Assert.That(theirs, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(notClosed, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(notClosedHtml, Does.Contain(FeedbackTexts.DossierOpen));
        Assert.That(foreign, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(bad, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var page = Html.Parse(badHtml);
        Assert.That(page.ById($"avis-{closed}-note-erreur").Value, Does.Contain(FeedbackTexts.RatingRange));
        Assert.That(page.ById($"avis-{closed}-commentaire").Value, Is.EqualTo("Gardé"));
        Assert.That(World.FeedbackRows(), Is.EqualTo(before));
    }

    private static async Task<(string Number, string Code)> FollowedOpenAsync(string session)
    {
        var (number, code) = await World.OpenRoadIncidentAsync();
        await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        return (number, code);
    }
}
