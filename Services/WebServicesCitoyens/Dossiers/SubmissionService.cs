using System.Data.Common;
using System.Xml.Linq;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Dossiers;

/// <summary>Why a commune cannot take a procedure's dossiers.</summary>
public enum OfferRefusal
{
    CommuneNotServed,
    ProcedureNotOnline,
    /// <summary>The commune's profile is Redirect: it runs the procedure on its own site.</summary>
    HandledByCommuneSite,
}

/// <summary>
/// Whether a commune takes a procedure's dossiers: the commune (null when it does not use the
/// platform), why not, whether the dossiers are tests (the procedure is in Test and the preview key
/// was given), and where a Redirect commune runs the procedure.
/// </summary>
public sealed record OfferCheck(Commune? Commune, OfferRefusal? Refusal, bool IsTest = false, string? RedirectUrl = null);

/// <summary>Where a dossier came from.</summary>
public enum Channel
{
    /// <summary>A SOAP call to the procedure service (a commune site or a vendor).</summary>
    Soap,
    /// <summary>The form page hosted by the platform.</summary>
    Web,
    /// <summary>Entered by an agent for a citizen at the town hall's counter (back office, FileOnBehalf).</summary>
    Counter,
    /// <summary>Entered by an agent for a citizen on the phone (back office, FileOnBehalf).</summary>
    Phone,
    /// <summary>An Open311 GeoReport v2 application (POST requests on /open311/v2/).</summary>
    Open311,
}

/// <summary>
/// Files dossiers and reports their steps. Requests reach it already valid against the procedure's
/// XSD; it checks the definition's own rules and the commune, stores the dossier and its first event
/// in one transaction, and returns the receipt only after the commit.
/// </summary>
public sealed class SubmissionService(
    CommuneStore communes, DossierStore dossiers, TimeProvider clock, PlatformOptions platform, ProcedureDefinitions definitions,
    Statistics.ExpectedDelays expectedDelays, Workflow.WorkflowEngine? workflow = null, Trust.Acknowledgements? acknowledgements = null,
    HostedForms.DossierForwarding? forwarding = null)
{
    private const int NumberAttempts = 5;

    /// <param name="filedBy">
    /// The agent entering the request for a citizen (at the counter, on the phone), as the history names
    /// them; such a dossier stays with the agent's commune, so a register held elsewhere is refused.
    /// </param>
    /// <param name="definition">The catalogue's definition: the contract the request already met (its XSD).</param>
    /// <param name="requestedBy">
    /// Another commune asking this one for the citizen (seed 000) and its agent's name as the other commune
    /// reads it: kept on the dossier, and its first history entry says who asked for whom.
    /// </param>
    public async Task<Receipt> SubmitAsync(ProcedureDefinition definition, string communeCode, string clientRequestId,
        XElement request, Channel channel, string? previewKey = null, string? citizenId = null, string? filedBy = null,
        (Commune Commune, string AgentName)? requestedBy = null)
    {
        var origin = await OfferingCommuneAsync(definition, communeCode, previewKey);
        var commune = await FilingCommuneAsync(definition, origin, request, keepCommune: filedBy is not null);
        // A dossier routed to the commune holding the register is filed under that commune's version;
        // the answers to the first commune's own questions, which it never asked, are not kept.
        var routed = commune.Code != origin.Commune!.Code;
        if (routed) request = CommuneRequestRules.WithoutComplements(request);
        var effect = await InEffectAsync(definition, commune.Code, routed ? null : previewKey);
        var version = effect.Definition;
        var now = clock.GetUtcNow();
        var errors = DefinitionRules.Check(version, request, commune, DateOnly.FromDateTime(commune.ToLocal(now.UtcDateTime)))
            .Concat(CommuneRequestRules.Check(version, definition, request)).ToList();
        if (errors.Count > 0) throw new RequestValidationException(errors);

        var text = RequestDocument.ToText(RequestDocument.Normalize(definition, request));
        var hash = RequestDocument.Hash(definition.Code, text);

        for (var attempt = 1; ; attempt++)
        {
            if (await dossiers.FindByClientRequestAsync(commune.Code, clientRequestId) is { } earlier)
                return earlier.RequestHash == hash
                    ? await ReceiptAsync(DefinitionOf(earlier), commune, earlier)
                    : throw new RequestValidationException([new ValidationError("ClientRequestId", DossierTexts.ClientRequestIdReused(clientRequestId))]);

            var at = Timestamps.ToText(now);
            var dossier = new DossierRecord(DossierNumber.NewNumber(), commune.Code, definition.Code, definition.Version,
                clientRequestId, hash, TrackingCode.NewCode(), text, version.InitialStep.Code, channel.ToString(), at, at,
                origin.IsTest || effect.IsTest ? 1 : 0, routed ? origin.Commune.Code : null, citizenId,
                ConfigurationVersion: effect.Version, ApplicantKind: Statistics.ApplicantKinds.Of(version, request),
                RequestedByCommuneCode: requestedBy?.Commune.Code, RequestedByAgent: requestedBy?.AgentName);
            try
            {
                await dossiers.InsertAsync(dossier, new DossierEvent(dossier.Number, 1, at, DossierEventKinds.Submitted,
                    version.InitialStep.Code, filedBy ?? DossierTexts.CitizenActor,
                    requestedBy is not { } asking ? $"{DossierTexts.SubmittedBy} ({channel})"
                        : BackOfficeTexts.RequestedBy(asking.Commune.Name, asking.AgentName, Workflow.GeneratedDocuments.ApplicantName(version, request))),
                    // The first step's automatic actions run in the filing's transaction: filed means processed that far;
                    // so does the forwarding of a HostedForms commune's dossier (its mail exactly when the dossier exists).
                    async (connection, transaction) =>
                    {
                        if (workflow is not null) await workflow.EnterFirstStepAsync(connection, transaction, dossier, version, now);
                        if (forwarding is not null) await forwarding.FiledAsync(connection, transaction, dossier, now);
                    });
                return await ReceiptAsync(version, commune, dossier);
            }
            catch (DbException) when (attempt < NumberAttempts)
            {
                // Either the random number was taken or a concurrent retry with the same client request id
                // committed first: the next turn of the loop returns that dossier's receipt or draws a new number.
            }
        }
    }

    public async Task<DossierStatus> StatusAsync(string dossierNumber, string trackingCode) =>
        await StatusAsync(await TrackedAsync(dossierNumber, trackingCode));

    /// <summary>
    /// The submitted request of a dossier, as a citizen reads it (for the printable view and the PDF),
    /// for whoever holds its tracking code; refused exactly like <see cref="StatusAsync(string, string)"/>.
    /// </summary>
    public async Task<PrintableRequest> PrintableRequestAsync(string dossierNumber, string trackingCode)
    {
        var dossier = await TrackedAsync(dossierNumber, trackingCode);
        var status = await StatusAsync(dossier);
        return PrintableRequest.From(DefinitionOf(dossier), status, dossier.RequestXml);
    }

    /// <summary>
    /// The dossier with this number and tracking code. An unknown number and a wrong code answer the
    /// same, so that nobody can learn which numbers exist.
    /// </summary>
    public async Task<DossierRecord> TrackedAsync(string dossierNumber, string trackingCode)
    {
        var number = DossierNumber.Normalize(dossierNumber);
        var dossier = number is null ? null : await dossiers.FindAsync(number);
        if (dossier is null || !TrackingCode.Matches(dossier.TrackingCode, trackingCode))
            throw NotFound();
        return dossier;
    }

    /// <summary>The definition the dossier was filed under: its commune's version, or the catalogue's.</summary>
    private ProcedureDefinition DefinitionOf(DossierRecord dossier) => definitions.For(dossier)
        ?? throw new InvalidOperationException($"Dossier {dossier.Number} has unknown procedure {dossier.ProcedureCode}.");

    /// <summary>
    /// The commune's version of a procedure that its form shows and its new dossiers get: the version in
    /// Test with the commune's preview key (its dossiers are tests), else the Online one, else the catalogue's.
    /// </summary>
    public async Task<VersionInEffect> InEffectAsync(ProcedureDefinition published, string communeCode, string? previewKey) =>
        await definitions.InEffectAsync(communeCode, published,
            preview: previewKey is not null && await communes.IsPreviewKeyAsync(communeCode, previewKey));

    /// <summary>
    /// The form of a procedure as a commune offers it (GetForm, the hosted form page, the counter's form):
    /// its version in effect, and the commune's usual delay when it publishes it.
    /// </summary>
    public async Task<FormDescription> FormAsync(ProcedureDefinition published, Commune commune, string? previewKey)
    {
        var form = ContractMapping.Form((await InEffectAsync(published, commune.Code, previewKey)).Definition, commune);
        form.ExpectedDelay = await expectedDelays.ForAsync(commune.Code, published.Code);
        return form;
    }

    public async Task<DossierStatus> StatusAsync(string procedureCode, string dossierNumber, string trackingCode)
    {
        var status = await StatusAsync(dossierNumber, trackingCode);
        return status.Procedure.Code == procedureCode ? status : throw NotFound();
    }

    /// <summary>The status of a dossier the caller is already entitled to see.</summary>
    public async Task<DossierStatus> StatusAsync(DossierRecord dossier)
    {
        var definition = DefinitionOf(dossier);
        var commune = await communes.FindAsync(dossier.CommuneCode)
            ?? throw new InvalidOperationException($"Dossier {dossier.Number} has unknown commune {dossier.CommuneCode}.");
        var history = await dossiers.EventsAsync(dossier.Number);
        var submitted = Timestamps.Parse(dossier.SubmittedAt);
        var current = definition.FindStep(dossier.CurrentStep);
        return new DossierStatus
        {
            DossierNumber = dossier.Number,
            SubmittedAt = submitted,
            SubmittedAtLocal = DateTime.SpecifyKind(commune.ToLocal(submitted), DateTimeKind.Unspecified),
            Procedure = ContractMapping.Summary(definition),
            Commune = ContractMapping.Info(commune),
            CurrentStep = current?.CitizenLabel ?? "",
            Closed = current?.IsFinal ?? false,
            Steps = CitizenSteps.Of(definition, dossier.CurrentStep, history, commune),
            IsTest = dossier.IsTest,
            // A final step closes the dossier whatever moved it there (the store's RecordStepAsync leaves state as it was).
            State = current?.IsFinal ?? false ? DossierStates.Closed
                : dossier.State == DossierStates.AwaitingCitizen ? DossierStates.AwaitingCitizen : DossierStates.Open,
            // The reason the citizen reads, once the dossier left through an exit; the commune's internal events stay out.
            RejectionReason = current is { IsExit: true } ? history.LastOrDefault(e => e.Kind == DossierEventKinds.Rejected)?.Detail : null,
        };
    }

    /// <summary>The commune, provided it uses the platform and offers the procedure (online, or in Test with its preview key).</summary>
    public async Task<OfferCheck> OfferingCommuneAsync(ProcedureDefinition definition, string communeCode, string? previewKey = null)
    {
        var check = await CheckOfferAsync(definition, communeCode, previewKey);
        return check.Refusal switch
        {
            null => check,
            OfferRefusal.CommuneNotServed => throw new RequestValidationException([new ValidationError("CommuneCode", DossierTexts.UnknownCommune(communeCode))]),
            OfferRefusal.HandledByCommuneSite => throw new RequestValidationException([new ValidationError("CommuneCode",
                DossierTexts.HandledByCommuneSite(check.Commune!.Name, definition.Title, check.RedirectUrl))]),
            _ => throw new RequestValidationException([new ValidationError("CommuneCode", DossierTexts.ProcedureNotOffered(check.Commune!.Name, definition.Title))]),
        };
    }

    /// <summary>
    /// Whether the commune takes the procedure's dossiers. A procedure in Test is open only with the
    /// commune's preview key, and its dossiers are marked as tests; a Redirect commune takes none.
    /// </summary>
    public async Task<OfferCheck> CheckOfferAsync(ProcedureDefinition definition, string communeCode, string? previewKey = null)
    {
        if (await communes.FindAsync(communeCode) is not { } commune) return new(null, OfferRefusal.CommuneNotServed);
        var offer = await communes.FindOfferAsync(commune.Code, definition.Code);
        if (offer is null) return new(commune, OfferRefusal.ProcedureNotOnline);
        if (commune.Profile == CommuneProfile.Redirect)
            return new(commune, OfferRefusal.HandledByCommuneSite, RedirectUrl: offer.RedirectUrl ?? commune.WebsiteUrl);
        if (offer.State == OfferState.Online) return new(commune, null);
        return await communes.IsPreviewKeyAsync(commune.Code, previewKey)
            ? new(commune, null, IsTest: true)
            : new(commune, OfferRefusal.ProcedureNotOnline);
    }

    /// <summary>
    /// The commune the dossier is filed with: for a civil-status act, the one that holds the register
    /// (birth, marriage, death place), whatever commune page the citizen started from. A test dossier
    /// stays with the commune testing it; one an agent files (<paramref name="keepCommune"/>) with the agent's.
    /// </summary>
    private async Task<Commune> FilingCommuneAsync(ProcedureDefinition definition, OfferCheck origin, XElement request, bool keepCommune)
    {
        var commune = origin.Commune!;
        if (origin.IsTest || definition.RegisterField is not { } register
            || DefinitionRules.ValueAt(request, register.Path) is not { } registerCode || registerCode == commune.Code)
            return commune;
        if (keepCommune)
            throw new RequestValidationException([new ValidationError(register.Path,
                BackOfficeTexts.RegisterHeldElsewhere(register.Label, register.Path, (await communes.FindAsync(registerCode))?.Name ?? registerCode))]);
        var holder = await CheckOfferAsync(definition, registerCode);
        return holder.Refusal is null
            ? holder.Commune!
            : throw new RequestValidationException([new ValidationError(register.Path,
                DossierTexts.RegisterNotServed(register.Label, register.Path, holder.Commune?.Name ?? registerCode, definition.Title, holder.RedirectUrl))]);
    }

    private async Task<Receipt> ReceiptAsync(ProcedureDefinition definition, Commune commune, DossierRecord dossier)
    {
        var submitted = Timestamps.Parse(dossier.SubmittedAt);
        return new Receipt
        {
            DossierNumber = dossier.Number,
            TrackingCode = dossier.TrackingCode,
            TrackingUrl = platform.TrackingUrl(dossier.Number, dossier.TrackingCode),
            SubmittedAt = submitted,
            SubmittedAtLocal = DateTime.SpecifyKind(commune.ToLocal(submitted), DateTimeKind.Unspecified),
            Procedure = ContractMapping.Summary(definition),
            Commune = ContractMapping.Info(commune),
            Steps = CitizenSteps.Of(definition, dossier.CurrentStep, await dossiers.EventsAsync(dossier.Number), commune),
            IsTest = dossier.IsTest,
            Acknowledgement = acknowledgements?.For(dossier, definition, commune),
        };
    }

    /// <summary>The signed acknowledgement of receipt of a dossier the caller proved (its tracking code), as the receipt gave it.</summary>
    public async Task<byte[]> AcknowledgementAsync(DossierRecord dossier)
    {
        var commune = await communes.FindAsync(dossier.CommuneCode)
            ?? throw new InvalidOperationException($"Dossier {dossier.Number} has unknown commune {dossier.CommuneCode}.");
        return (acknowledgements ?? throw new InvalidOperationException("No platform seal is configured.")).For(dossier, DefinitionOf(dossier), commune);
    }

    private static RequestValidationException NotFound() =>
        new([new ValidationError("DossierNumber", DossierTexts.DossierNotFound)]);
}
