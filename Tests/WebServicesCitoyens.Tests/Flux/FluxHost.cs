using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// A host of its own for the Flux tests (they restart it, and read the mails it sends through a real SMTP
/// server on a loopback port), with the calls of a vendor and of the demo commune's administrator.
/// </summary>
public abstract class FluxHost
{
    protected SmtpSink Smtp { get; private set; } = null!;
    protected HostProcess Host { get; private set; } = null!;
    protected FluxCalls Calls { get; private set; } = null!;
    protected Database Database => Host.Store;

    /// <summary>Consecutive failures after which the host disables a callback (Webhooks:MaxFailures).</summary>
    protected const int MaxFailures = 4;

    [OneTimeSetUp]
    public void Start_a_host_mailing_to_an_smtp_sink()
    {
        Smtp = SmtpSink.Start();
        Host = HostProcess.Start(Smtp.HostSettings(
            ("Notifications__RetryBaseSeconds", "0.3"), ("Notifications__RetryMaxSeconds", "1"),
            ("Webhooks__PollSeconds", "0.2"), ("Webhooks__RetryBaseSeconds", "0.3"), ("Webhooks__RetryMaxSeconds", "1"),
            ("Webhooks__MaxFailures", MaxFailures.ToString()),
            // The receivers listen on the loopback interface, which a production host refuses.
            ("Webhooks__AllowLoopback", "true")));
        Calls = new FluxCalls(Host);
    }

    /// <summary>Kills the host and starts another on the same store, as a redeployment would.</summary>
    protected void RestartHost()
    {
        Host = Host.Restart();
        Calls = new FluxCalls(Host);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        Host.Dispose();
        Smtp.Dispose();
    }

    /// <summary>Files a birth-certificate request (or another procedure's) whose applicant has this address.</summary>
    protected async Task<(string Number, string TrackingCode)> FileAsync(string procedure = Requests.BirthCertificate, string? email = null)
    {
        var request = procedure == Requests.BirthCertificate ? Requests.BirthCertificateRequest() : Requests.RoadIncidentRequest();
        if (email is not null) Definitions.At(request, "demandeur.courriel").Value = email;
        return await Requests.SubmitAsync(Host, procedure, request);
    }
}
