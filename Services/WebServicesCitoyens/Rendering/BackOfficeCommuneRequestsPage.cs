using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using static WebServicesCitoyens.Rendering.BackOfficePage;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of <c>/gestion/demandes-communes</c> (view <c>demandes-communes</c>, rendered by
/// backoffice.xsl): the requests the agent's commune addressed to other communes, as ListCommuneRequests
/// gives them (<see cref="DossierQueue.RequestedByAsync"/>). Read-only: no link to a dossier, which the
/// commune asked processes and the asking one cannot open.
/// </summary>
public static class BackOfficeCommuneRequestsPage
{
    public const string Path = "/gestion/demandes-communes";

    /// <param name="toLocal">A UTC time in the agent's commune's time.</param>
    public static XDocument For(Context context, IReadOnlyList<CommuneRequestEntry> requests, Func<DateTime, DateTime> toLocal) =>
        Document("demandes-communes", context, new XElement(Page + "CommuneRequests",
            requests.Select(r => new XElement(Page + "Request",
                new XAttribute("number", r.Number), new XAttribute("closed", r.Closed ? "true" : "false"),
                new XElement(Page + "Commune", new XAttribute("code", r.CommuneCode), r.CommuneName),
                new XElement(Page + "Procedure", r.ProcedureTitle),
                new XElement(Page + "Applicant", r.Applicant),
                new XElement(Page + "Step", r.Step),
                new XElement(Page + "SubmittedAtLocal", Local(toLocal(Timestamps.Parse(r.SubmittedAt))))))));
}
