using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.BackOffice;

/// <summary>
/// What a commune's software does to a dossier over Flux.svc, through the very changes agents make (the
/// same claim, history line, mail and workflow moves): the history names the vendor client, the citizen
/// reads it at once. A dossier the client may not see (AgentRights.VendorMaySee) answers like a missing one.
/// </summary>
public sealed partial class DossierProcessing
{
    /// <summary>The dossier reached a step (any step of the procedure but its exits, which a rejection reaches; a final one closes it).</summary>
    public Task VendorReachStepAsync(VendorClient client, string number, string stepCode) =>
        ChangeAsync(() => VendorVisibleAsync(client, number), null, (connection, transaction, dossier, procedure, now) =>
        {
            var step = procedure.FindStep(stepCode);
            if (step is null || step.IsExit || step.Code == dossier.CurrentStep) throw Refused("StepCode", FluxTexts.UnknownStep(stepCode));
            return engine.MoveAsync(connection, transaction, dossier, procedure, step.Code, client.Actor, now);
        });

    public Task VendorMessageAsync(VendorClient client, string number, string text) =>
        ChangeAsync(() => VendorVisibleAsync(client, number), null, SendMessage(client.Actor, text, "Message"), allowClosed: true);

    public Task VendorCloseAsync(VendorClient client, string number) =>
        ChangeAsync(() => VendorVisibleAsync(client, number), null, Close(client.Actor));

    public Task VendorRejectAsync(VendorClient client, string number, string reason) =>
        ChangeAsync(() => VendorVisibleAsync(client, number), null, Reject(client.Actor, null, reason, "RejectReason"));

    /// <summary>The whole history of a dossier, as the commune's agents read it (internal notes included: the software is the commune's).</summary>
    public async Task<(DossierRecord Dossier, ProcedureDefinition Procedure, IReadOnlyList<HistoryEntry> History)> VendorHistoryAsync(VendorClient client, string number)
    {
        var (dossier, procedure) = await VendorVisibleAsync(client, number);
        var names = (await agents.OfCommuneAsync(dossier.CommuneCode)).ToDictionary(a => a.Id, a => a.DisplayName);
        return (dossier, procedure, await HistoryAsync(dossier, procedure, names));
    }

    public async Task<(DossierRecord Dossier, ProcedureDefinition Procedure)> VendorVisibleAsync(VendorClient client, string number)
    {
        var normalized = DossierNumber.Normalize(number);
        var dossier = normalized is null ? null : await store.FindAsync(normalized);
        var procedure = dossier is null ? null : definitions.For(dossier);
        return dossier is null || procedure is null || !AgentRights.VendorMaySee(client, dossier, procedure)
            ? throw Refused("DossierNumber", BackOfficeTexts.DossierNotFound) : (dossier, procedure);
    }
}
