using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Rendering;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// <c>/gestion/demandes-communes</c>: the requests the agent's commune addressed to other communes (from
/// the counter form's « Adresser la demande à une autre commune », or RequestFromCommune over SOAP),
/// followed read-only as ListCommuneRequests gives them. The operator, who has no commune, sees an empty list.
/// </summary>
internal static class CommuneRequestPages
{
    public static void Map(RouteGroupBuilder pages) =>
        // ?format=xml gives the page document.
        pages.MapGet("/demandes-communes", (HttpContext context, string? format, DossierQueue queue) => AgentPages.WithAgent(context, async session =>
            session.Render(BackOfficeCommuneRequestsPage.For(session.Context(), await queue.RequestedByAsync(session.Agent), session.ToLocal),
                format: format)));
}
