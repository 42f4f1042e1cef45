using System.Xml.Linq;
using WebServicesCitoyens.Accounts;
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
public sealed class OnBehalfFiling(SubmissionService submissions, Administration.ProcedureDefinitions definitions)
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    /// <param name="request">The procedure's request fields, in the procedure namespace, as Submit's Request carries them.</param>
    /// <param name="validatorOf">The validator of a procedure's published XSD (its SOAP endpoint's), by code.</param>
    public async Task<Receipt> FileAsync(Agent agent, string procedureCode, Channel channel, XElement request,
        Func<string, SchemaValidator?> validatorOf)
    {
        if (channel is not (Channel.Counter or Channel.Phone)) throw new ArgumentOutOfRangeException(nameof(channel));
        var definition = definitions.Catalogue.Find(procedureCode);
        // An unknown code and a procedure outside the agent's remit get the same answer.
        if (definition is null || agent.CommuneCode is not { } commune || !AgentRights.MayHandle(agent, definition)
            || validatorOf(definition.Code) is not { } validator)
            throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotInRemit);
        if ((await submissions.CheckOfferAsync(definition, commune)).Refusal is not null)
            throw Refused("ProcedureCode", BackOfficeTexts.ProcedureNotOfferedHere(definition.Title));

        // Each call is a new request: the id only has to be unique, and cannot meet a vendor's.
        var clientRequestId = "guichet-" + AccountTokens.NewId();
        var typed = new XElement(Tns + "Request", request.Elements());
        var errors = validator.Validate(new XElement(Tns + "Submit",
            new XElement(Tns + "CommuneCode", commune), new XElement(Tns + "ClientRequestId", clientRequestId), typed));
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return await submissions.SubmitAsync(definition, commune, clientRequestId, typed, channel, filedBy: DossierProcessing.ActorOf(agent));
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
