using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Contracts.Flux;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// Flux.svc at /services/Flux.svc; requests reach it valid against Wsdl/Flux.xsd. Thin: each call
/// authenticates the vendor client, hands over to the feed (pull, acknowledge) or to DossierProcessing (the
/// agents' own changes, the client named in the history), and maps the answer. Refusals are faults naming the field.
/// </summary>
public sealed class FluxService(VendorClients clients, DossierFeed feed, DossierProcessing processing, WebhookStore webhooks, TimeProvider clock) : IFluxService
{
    public async Task<DossierDelivery> PullDossiersAsync(string ClientId, string Secret, long? After, int? Max) =>
        FluxMapping.Delivery(await feed.PullAsync(await clients.AuthenticateAsync(ClientId, Secret), After, Max));

    public async Task<DossierStatusInfo> AcknowledgeDossierAsync(string ClientId, string Secret, string DossierNumber, string VendorReference)
    {
        var client = await clients.AuthenticateAsync(ClientId, Secret);
        var (dossier, _) = await processing.VendorVisibleAsync(client, DossierNumber);
        await feed.AcknowledgeAsync(client, dossier, VendorReference, clock.GetUtcNow());
        return await StatusAsync(client, DossierNumber);
    }

    public async Task<DossierStatusInfo> PushStatusAsync(string ClientId, string Secret, string DossierNumber, string? StepCode, string? Message,
        bool Close, string? RejectReason)
    {
        var client = await clients.AuthenticateAsync(ClientId, Secret);
        Func<Task>[] changes =
        [
            .. StepCode is null ? Array.Empty<Func<Task>>() : [() => processing.VendorReachStepAsync(client, DossierNumber, StepCode)],
            .. Message is null ? Array.Empty<Func<Task>>() : [() => processing.VendorMessageAsync(client, DossierNumber, Message)],
            .. !Close ? Array.Empty<Func<Task>>() : [() => processing.VendorCloseAsync(client, DossierNumber)],
            .. RejectReason is null ? Array.Empty<Func<Task>>() : [() => processing.VendorRejectAsync(client, DossierNumber, RejectReason)],
        ];
        if (changes.Length != 1)
        {
            // An unknown or unseen dossier answers as such first, whatever else is wrong with the call.
            await processing.VendorVisibleAsync(client, DossierNumber);
            throw new RequestValidationException([new ValidationError("StepCode", FluxTexts.OneChange)]);
        }
        await changes[0]();
        return await StatusAsync(client, DossierNumber);
    }

    public async Task<DossierHistoryInfo> GetHistoryAsync(string ClientId, string Secret, string DossierNumber)
    {
        var (dossier, _, history) = await processing.VendorHistoryAsync(await clients.AuthenticateAsync(ClientId, Secret), DossierNumber);
        return FluxMapping.History(dossier, history);
    }

    public async Task<CallbackState> SetCallbackAsync(string ClientId, string Secret, string? CallbackUrl)
    {
        var client = await clients.AuthenticateAsync(ClientId, Secret);
        await clients.SetCallbackAsync(client, CallbackUrl);
        var (url, failures, disabledAt) = await webhooks.CallbackAsync(client.Id);
        return new CallbackState { CallbackUrl = url, ConsecutiveFailures = failures, Disabled = disabledAt is not null };
    }

    private async Task<DossierStatusInfo> StatusAsync(VendorClient client, string number)
    {
        var (dossier, procedure) = await processing.VendorVisibleAsync(client, number);
        return FluxMapping.Status(dossier, procedure, await feed.ReferenceAsync(client, dossier.Number));
    }
}
