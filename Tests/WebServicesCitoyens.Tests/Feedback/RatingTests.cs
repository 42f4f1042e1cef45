using System.Net;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Tests.Accounts;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Feedback;

/// <summary>
/// A citizen rates a closed dossier of theirs (seed 004), once, ever: from the account (RateDossier on
/// CitizenAccount.svc, the dashboard's form) or with the dossier's number and tracking code (RateDossier on
/// Catalogue.svc, the tracking page's form). Someone else's dossier answers exactly like an unknown one,
/// an open dossier is refused, a second rating is refused and changes nothing; every answer is valid
/// against the published schema; the closing mail invites to rate.
/// </summary>
public sealed class RatingTests
{
    private static readonly FeedbackWorld World = new(SharedHost.Host);
    private static AccountCalls Calls => new(SharedHost.Host);

    private static (string, string)[] Rating(string session, string number, int rating, string? comment = null) =>
        comment is null
            ? [("SessionToken", session), ("DossierNumber", number), ("Rating", rating.ToString())]
            : [("SessionToken", session), ("DossierNumber", number), ("Rating", rating.ToString()), ("Comment", comment)];

    [Test]
    public async Task A_citizen_rates_a_closed_dossier_from_the_account_once_and_a_second_rating_is_refused_and_changes_nothing()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, _) = await World.ClosedRoadIncidentAsync(Calls, session);

        var rated = await Calls.SucceedAsync("RateDossier",
            [.. Rating(session, number, 4, "Rapide et clair."), ("Malfunction", "true"), ("MalfunctionDescription", "La carte ne s'affichait pas.")]);

        Assert.That(DocumentSamples.SchemaErrors(rated.Parent!), Is.Empty, "valid against the published schema");
        var rating = rated.Element(C + "Rating")!;
        Assert.That((rating.Element(C + "Rating")!.Value, rating.Element(C + "Comment")!.Value, rating.Element(C + "Malfunction")!.Value,
            rating.Element(C + "MalfunctionDescription")!.Value), Is.EqualTo(("4", "Rapide et clair.", "true", "La carte ne s'affichait pas.")));
        Assert.That(rating.Element(C + "Answer"), Is.Null);
        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        Assert.That(CommuneAtWork.DossierOf(dashboard, number).Element(C + "Rating")!.Element(C + "Rating")!.Value, Is.EqualTo("4"));

        var before = World.FeedbackRows();
        var (again, fields, fault) = await Calls.CallAsync("RateDossier", Rating(session, number, 1, "Finalement non."));

        Assert.That(again, Is.Null);
        Assert.That((fields, fault), Is.EqualTo((new[] { "DossierNumber" }, FeedbackTexts.AlreadyRated)));
        Assert.That(World.FeedbackRows(), Is.EqualTo(before));
        Assert.That(World.Ratings(number), Is.EqualTo(1));
    }

    [Test]
    public async Task Another_citizens_dossier_answers_exactly_like_an_unknown_number_and_stores_nothing()
    {
        var (_, owner) = await Calls.NewCitizenAsync();
        var (_, other) = await Calls.NewCitizenAsync();
        var (number, _) = await World.ClosedRoadIncidentAsync(Calls, owner);
        var before = World.FeedbackRows();

        var (result, fields, fault) = await Calls.CallAsync("RateDossier", Rating(other, number, 1, "Pas mon dossier."));
        var (_, unknownFields, unknownFault) = await Calls.CallAsync("RateDossier", Rating(other, "K7M-XR4-TWC", 1));

        Assert.That(result, Is.Null);
        Assert.That((fields, fault), Is.EqualTo((unknownFields, unknownFault)));
        Assert.That(fields, Is.EqualTo(new[] { "DossierNumber" }));
        Assert.That(World.FeedbackRows(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_wrong_tracking_code_answers_exactly_like_an_unknown_number_and_stores_nothing()
    {
        var (number, code) = await World.ClosedRoadIncidentAsync();
        var before = World.FeedbackRows();

        var wrong = await World.RateByCodeAsync(number, code[..^1] + (code[^1] == 'a' ? 'b' : 'a'), 5);
        var unknown = await World.RateByCodeAsync("K7M-XR4-TWC", code, 5);

        Assert.That(wrong.Result, Is.Null);
        Assert.That((wrong.FaultFields, wrong.Fault), Is.EqualTo((unknown.FaultFields, unknown.Fault)));
        Assert.That(wrong.Fault, Is.EqualTo(DossierTexts.DossierNotFound));
        Assert.That(World.FeedbackRows(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_open_dossier_is_refused_with_a_clear_message_both_ways_and_nothing_is_stored()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await World.OpenRoadIncidentAsync();
        await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));

        var (byAccount, fields, fault) = await Calls.CallAsync("RateDossier", Rating(session, number, 5));
        var byCode = await World.RateByCodeAsync(number, code, 5);

        Assert.That(byAccount, Is.Null);
        Assert.That((fields, fault), Is.EqualTo((new[] { "DossierNumber" }, FeedbackTexts.DossierOpen)));
        Assert.That((byCode.FaultFields, byCode.Fault), Is.EqualTo((new[] { "DossierNumber" }, FeedbackTexts.DossierOpen)));
        Assert.That(World.Ratings(number), Is.Zero);
    }

    [Test]
    public async Task With_the_tracking_code_a_closed_dossier_is_rated_once_and_the_answer_is_valid_against_the_catalogue_schema()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await World.ClosedRoadIncidentAsync(Calls, session);

        var rated = await World.RateByCodeAsync(number.ToLowerInvariant(), code, 2, "Trop long & <compliqué>.");

        Assert.That(rated.Status, Is.EqualTo(200), rated.Body);
        Assert.That(FeedbackWorld.CatalogueSchemaErrors(rated.Result!.Parent!), Is.Empty);
        Assert.That((rated.Result.Element(FeedbackWorld.Cat + "DossierNumber")!.Value, rated.Result.Element(FeedbackWorld.Cat + "Rating")!.Value,
            rated.Result.Element(FeedbackWorld.Cat + "Comment")!.Value, rated.Result.Element(FeedbackWorld.Cat + "Malfunction")!.Value),
            Is.EqualTo((number, "2", "Trop long & <compliqué>.", "false")));

        var again = await World.RateByCodeAsync(number, code, 5);
        var fromAccount = await Calls.CallAsync("RateDossier", Rating(session, number, 5));

        Assert.That((again.FaultFields, again.Fault), Is.EqualTo((new[] { "DossierNumber" }, FeedbackTexts.AlreadyRated)));
        Assert.That((fromAccount.FaultFields, fromAccount.Fault), Is.EqualTo((new[] { "DossierNumber" }, FeedbackTexts.AlreadyRated)));
        Assert.That(SharedHost.Host.Text("SELECT rating || '|' || comment FROM feedback WHERE dossier_number = @n", ("@n", number)),
            Is.EqualTo("2|Trop long & <compliqué>."));
    }

    [TestCase("9", null, null, null, "Rating")]
    [TestCase("0", null, null, null, "Rating")]
    [TestCase("3", null, "true", null, "MalfunctionDescription")]
    [TestCase("3", null, "false", "Une description sans dysfonctionnement.", "MalfunctionDescription")]
    [TestCase("3", "TOO_LONG", null, null, "Comment")]
    public async Task A_bad_rating_is_refused_naming_the_field_and_stores_nothing(string rating, string? comment, string? malfunction,
        string? description, string field)
    {
        var (number, code) = await World.ClosedRoadIncidentAsync();
        var (status, result, fields, fault, _) = await World.RateByCodeAsync(number, code, int.Parse(rating),
            comment == "TOO_LONG" ? new string('a', FeedbackTexts.MaxComment + 1) : comment, malfunction is null ? null : bool.Parse(malfunction), description);

        Assert.That(result, Is.Null);
        Assert.That(status, Is.EqualTo(500));
        Assert.That(fields, Is.EqualTo(new[] { field }), fault);
        Assert.That(fault, Does.Contain($"({field})"));
        Assert.That(World.Ratings(number), Is.Zero);
    }

    [Test]
    public async Task The_closing_mail_invites_the_citizen_to_rate_from_the_tracking_page()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var (number, code) = await World.ClosedRoadIncidentAsync(Calls, session);

        var mail = Calls.LastMail(email, WebServicesCitoyens.Notifications.DossierNotifications.StepReachedKind);

        Assert.That(mail, Does.Contain("Votre avis nous aide à améliorer cette démarche")
            .And.Contain($"/suivi?dossier={number}&code={Uri.EscapeDataString(code)}"));
    }
}
