using System.Xml.Linq;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.BackOffice;

/// <summary>
/// A request an agent enters for a citizen who came to the counter or phoned: the same submission as
/// the citizen's own (schema, definition rules, receipt mail, tracking code), recorded with its channel
/// and the agent in its history. Only for a procedure in the agent's remit that their commune offers
/// online, and the dossier stays with that commune.
/// </summary>
public sealed class OnBehalfFiling(SubmissionService submissions, Administration.ProcedureDefinitions definitions, Communes.CommuneStore communes)
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    /// <summary>The procedures the agent may file for: those of their remit their commune offers online, in catalogue order.</summary>
    public async Task<IReadOnlyList<ProcedureDefinition>> ProceduresAsync(Agent agent)
    {
        if (agent.CommuneCode is not { } commune) return [];
        var offered = new List<ProcedureDefinition>();
        foreach (var definition in definitions.Catalogue.Procedures.Where(p => AgentRights.MayHandle(agent, p)))
            if ((await submissions.CheckOfferAsync(definition, commune)).Refusal is null) offered.Add(definition);
        return offered;
    }

    /// <summary>The procedure, provided the agent may file for it; refused (field ProcedureCode) as <see cref="FileAsync"/> refuses it.</summary>
    public async Task<ProcedureDefinition> ProcedureAsync(Agent agent, string procedureCode)
    {
        var definition = definitions.Catalogue.Find(procedureCode);
        // An unknown code and a procedure outside the agent's remit get the same answer.
        if (definition is null || agent.CommuneCode is not { } commune || !AgentRights.MayHandle(agent, definition))
            throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotInRemit);
        if ((await submissions.CheckOfferAsync(definition, commune)).Refusal is not null)
            throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotOfferedHere(definition.Title));
        return definition;
    }

    /// <param name="request">The procedure's request fields, in the procedure namespace, as Submit's Request carries them.</param>
    /// <param name="validatorOf">The validator of a procedure's published XSD (its SOAP endpoint's), by code.</param>
    /// <param name="clientRequestId">
    /// The idempotency key of the agents' form page as it was rendered (a double click files one dossier);
    /// null over SOAP, where each call is a new request.
    /// </param>
    public async Task<Receipt> FileAsync(Agent agent, string procedureCode, Channel channel, XElement request,
        Func<string, SchemaValidator?> validatorOf, string? clientRequestId = null)
    {
        if (channel is not (Channel.Counter or Channel.Phone)) throw new ArgumentOutOfRangeException(nameof(channel));
        var definition = await ProcedureAsync(agent, procedureCode);
        if (validatorOf(definition.Code) is not { } validator) throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotInRemit);
        var commune = agent.CommuneCode!;

        // A new id only has to be unique, and cannot meet a vendor's.
        clientRequestId ??= NewRequestId();
        var typed = new XElement(Tns + "Request", request.Elements());
        var errors = validator.Validate(new XElement(Tns + "Submit",
            new XElement(Tns + "CommuneCode", commune), new XElement(Tns + "ClientRequestId", clientRequestId), typed));
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return await submissions.SubmitAsync(definition, commune, clientRequestId, typed, channel, filedBy: DossierProcessing.ActorOf(agent));
    }

    /// <summary>
    /// A request the agent's commune addresses to another commune for a citizen (seed 000: a town hall asking
    /// the one holding a register for a civil-status act): a procedure of the agent's remit that the other
    /// commune offers online, checked like Submit, filed with that commune, recording the asking commune and
    /// agent. The other commune's agents read who asked for whom; the asking commune follows it read-only
    /// (<see cref="DossierQueue.RequestedByAsync"/>).
    /// </summary>
    /// <param name="channel">How the citizen asked the agent: at the counter (SOAP's only case) or on the phone (the agents' form page).</param>
    /// <param name="clientRequestId">
    /// The agents' form page's idempotency key, as for <see cref="FileAsync"/> (a double post, a reload, files one
    /// request; unique per commune asked); null over SOAP, where each call is a new request.
    /// </param>
    public async Task<Receipt> RequestFromCommuneAsync(Agent agent, string targetCommune, string procedureCode, XElement request,
        Func<string, SchemaValidator?> validatorOf, Channel channel = Channel.Counter, string? clientRequestId = null)
    {
        if (channel is not (Channel.Counter or Channel.Phone)) throw new ArgumentOutOfRangeException(nameof(channel));
        var definition = definitions.Catalogue.Find(procedureCode);
        // Same answer as for filing: an unknown code and a procedure outside the agent's remit are alike.
        if (definition is null || agent.CommuneCode is not { } own || !AgentRights.MayHandle(agent, definition)
            || validatorOf(definition.Code) is not { } validator)
            throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotInRemit);
        var target = targetCommune.Trim();
        if (target == own) throw Refused("CommuneCode", BackOfficeTexts.OwnCommuneRequest);
        var offer = await submissions.CheckOfferAsync(definition, target);
        if (offer.Commune is null) throw Refused("CommuneCode", BackOfficeTexts.UnknownTargetCommune);
        if (offer.Refusal is not null) throw Refused("CommuneCode", BackOfficeTexts.TargetDoesNotOffer(offer.Commune.Name, definition.Title));
        var asking = await communes.FindAsync(own) ?? throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotInRemit);

        clientRequestId ??= NewRequestId();
        var typed = new XElement(Tns + "Request", request.Elements());
        var errors = validator.Validate(new XElement(Tns + "Submit",
            new XElement(Tns + "CommuneCode", target), new XElement(Tns + "ClientRequestId", clientRequestId), typed));
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return await submissions.SubmitAsync(definition, target, clientRequestId, typed, channel,
            filedBy: DossierProcessing.ActorOf(agent), requestedBy: (asking, $"{agent.DisplayName}, {agent.Email}"));
    }

    /// <summary>The client request id of a request an agent enters: « guichet- » and a new random id.</summary>
    public static string NewRequestId() => RequestIdPrefix + AccountTokens.NewId();

    public const string RequestIdPrefix = "guichet-";

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
