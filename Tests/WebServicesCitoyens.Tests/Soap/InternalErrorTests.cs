using System.Xml.Linq;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// When the store fails mid-submission, the caller gets a French fault with a correlation id and
/// nothing else (no SQL, no exception text, no path), the log has the full error under that id, and
/// the half-done transaction leaves nothing behind.
/// </summary>
public sealed class InternalErrorTests
{
    [Test]
    public async Task A_store_failure_during_submit_rolls_back_and_answers_a_correlation_id_only()
    {
        using var host = HostProcess.Start();
        // The dossier row is written first, then its event: losing the events table breaks the second insert.
        host.Execute("DROP TABLE dossier_events");
        var before = host.CountDossiers();

        var (status, body, _) = await Infrastructure.Soap.PostAsync(host.ServiceUrl(Requests.BirthCertificate),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("broken"), Requests.BirthCertificateRequest())), "Submit");

        Assert.That(status, Is.EqualTo(500));
        var fault = XDocument.Parse(body);
        var correlationId = fault.Descendants(XName.Get("CorrelationId", ContractNamespaces.Faults)).Single().Value;
        Assert.That(fault.Descendants("faultcode").Single().Value, Is.EqualTo("s:Server"));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.StartWith("Une erreur interne est survenue ; rien n'a été enregistré.")
            .And.Contain(correlationId));
        Assert.That(body, Does.Not.Contain("dossier_events").And.Not.Contain("SQLite").And.Not.Contain("Exception"));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Not.Contain("/"), "no file path");
        Assert.That(host.CountDossiers(), Is.EqualTo(before), "the dossier row of the failed transaction is rolled back");
        Assert.That(host.Output, Does.Contain(correlationId).And.Contain("dossier_events"), "the log keeps the full error");
    }
}
