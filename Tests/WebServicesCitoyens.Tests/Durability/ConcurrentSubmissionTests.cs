using System.Xml.Linq;

namespace WebServicesCitoyens.Tests.Durability;

/// <summary>
/// Many Submit calls at once over SOAP, on the shared host: they share commits (group commit), and each
/// still gets its own answer — a receipt for a stored dossier, the same receipt for the same request
/// sent twice, a fault naming ClientRequestId for one id used for two different requests.
/// </summary>
public sealed class ConcurrentSubmissionTests
{
    private static async Task<(int Status, string Body)> SubmitAsync(string id, XElement request)
    {
        var (status, body, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(Requests.BirthCertificate),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(id, request)), "Submit");
        return (status, body);
    }

    private static string NumberOf(string body) =>
        XDocument.Parse(body).Descendants(Infrastructure.Soap.Tns + "SubmitResult").Single().Element(Infrastructure.Soap.Tns + "DossierNumber")!.Value;

    [Test]
    public async Task Sixty_four_concurrent_submissions_all_get_a_receipt_and_every_dossier_is_stored_as_sent()
    {
        var sent = Enumerable.Range(1, 64).Select(n => (Id: Requests.NewId("group"), Request: SubmissionLoad.Request(n))).ToList();

        var answers = await Task.WhenAll(sent.Select(s => SubmitAsync(s.Id, s.Request)));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200), answers.FirstOrDefault(a => a.Status != 200).Body);
        var numbers = answers.Select(a => NumberOf(a.Body)).ToList();
        Assert.That(numbers.Distinct().Count(), Is.EqualTo(64));
        for (var i = 0; i < sent.Count; i++)
        {
            var stored = SharedHost.Host.Rows("SELECT client_request_id, request_hash FROM dossiers WHERE number = @n", ("@n", numbers[i]));
            Assert.That(stored, Is.EqualTo($"client_request_id={sent[i].Id}|request_hash={SubmissionLoad.Expected(sent[i].Request).Hash}|{Environment.NewLine}"));
            Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND sequence = 1", ("@n", numbers[i])), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Among_concurrent_submissions_one_id_sent_twice_with_the_same_request_gets_one_dossier_and_with_another_request_a_fault()
    {
        var others = Enumerable.Range(1, 30).Select(n => (Id: Requests.NewId("group"), Request: SubmissionLoad.Request(n))).ToList();
        var repeated = Requests.NewId("repeat");
        var reused = Requests.NewId("reuse");
        var calls = others.Select(s => SubmitAsync(s.Id, s.Request)).ToList();
        var twice = new[] { SubmitAsync(repeated, SubmissionLoad.Request(7)), SubmitAsync(repeated, SubmissionLoad.Request(7)) };
        var conflicting = new[] { SubmitAsync(reused, SubmissionLoad.Request(8)), SubmitAsync(reused, SubmissionLoad.Request(9)) };

        var answers = await Task.WhenAll(calls);
        var repeatedAnswers = await Task.WhenAll(twice);
        var conflictingAnswers = await Task.WhenAll(conflicting);

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(repeatedAnswers.Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(NumberOf(repeatedAnswers[0].Body), Is.EqualTo(NumberOf(repeatedAnswers[1].Body)), "the same request twice: the same receipt");
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE client_request_id = @id", ("@id", repeated)), Is.EqualTo(1));
        Assert.That(conflictingAnswers.Count(a => a.Status == 200), Is.EqualTo(1), "one of the two different requests is filed");
        var refused = conflictingAnswers.Single(a => a.Status != 200).Body;
        Assert.That(Infrastructure.Soap.FaultFields(refused), Is.EqualTo(new[] { "ClientRequestId" }));
        var filed = NumberOf(conflictingAnswers.Single(a => a.Status == 200).Body);
        Assert.That(SharedHost.Host.Text("SELECT number FROM dossiers WHERE client_request_id = @id", ("@id", reused)), Is.EqualTo(filed));
    }
}
