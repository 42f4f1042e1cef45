using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The agents' pages under <c>/gestion</c> (seed 002, « Back Office de Gestion de la Relation Citoyen »):
/// log in and out here, the queue in <see cref="AgentQueuePages"/>, a dossier to treat in
/// <see cref="AgentDossierPages"/>, a request entered for a citizen in <see cref="CounterFilingPages"/>, the commune's statistics in <see cref="StatisticsPages"/>. They call the same back-office core (<see cref="AgentService"/>,
/// <see cref="DossierQueue"/>, <see cref="DossierProcessing"/>) as the SOAP service; the session is the
/// cookie <c>wsc_agent</c>, every post must come from these pages, and every page is rendered from its
/// page document by <c>Xsl/backoffice.xsl</c>.
/// </summary>
public static class AgentPages
{
    public const string Root = "/gestion";
    public const string LoginPath = Root + "/connexion";
    private const string Stylesheet = "backoffice.xsl";

    public static void MapAgentPages(this WebApplication app)
    {
        // Every page shows dossiers' personal data; none may be framed by another site (its buttons change dossiers).
        var pages = app.MapGroup(Root).AddEndpointFilter(async (context, next) =>
        {
            PrivateResponses.Page(context.HttpContext);
            context.HttpContext.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            return await next(context);
        });

        pages.MapGet("", () => Results.Redirect(BackOfficeQueueAddress.Path));

        pages.MapGet("/connexion", async (HttpContext context, string? sortie, AgentService agents, XsltRenderer renderer) =>
            await AgentCookie.AgentAsync(context, agents) is not null
                ? Results.Redirect(BackOfficeQueueAddress.Path)
                : Render(renderer, BackOfficePage.Login(null, sortie == "1" ? BackOfficePageTexts.LoggedOut : null, null)));

        pages.MapPost("/connexion", async (HttpContext context, AgentService agents, XsltRenderer renderer) =>
        {
            if (PagePosts.Refusal(context) is { } refusal)
                return Render(renderer, BackOfficePage.Message(new(null, null), BackOfficePageTexts.RefusedTitle, refusal.Message, refusal.Status), refusal.Status);
            var (form, unread) = await PostedForms.ReadAsync(context);
            if (form is null)
                return Render(renderer, BackOfficePage.Message(new(null, null), BackOfficePageTexts.RefusedTitle, unread!.Message, unread.Status), unread.Status);
            var email = form["email"].ToString();
            try
            {
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "inconnu";
                AgentCookie.Session.Set(context, await agents.LoginAsync(email, form["motDePasse"].ToString(), client));
                return Results.Redirect(BackOfficeQueueAddress.Path);
            }
            catch (RequestValidationException refused)
            {
                // The address typed comes back, the password never.
                var errors = refused.Errors.Select(e => e with { Path = e.Path == "Password" ? "motDePasse" : "email" }).ToList();
                return Render(renderer, BackOfficePage.Login(email, null, errors), StatusCodes.Status422UnprocessableEntity);
            }
        });

        pages.MapPost("/deconnexion", async (HttpContext context, AgentService agents) =>
        {
            if (!PagePosts.IsSameOrigin(context)) return Results.Redirect(BackOfficeQueueAddress.Path);
            if (AgentCookie.Session.Token(context) is { } token) await agents.LogoutAsync(token);
            AgentCookie.Session.Clear(context);
            return SeeOther(LoginPath + "?sortie=1");
        });

        AgentQueuePages.Map(pages);
        AgentDossierPages.Map(pages);
        CounterFilingPages.Map(pages);
        CommuneRequestPages.Map(pages);
        AgentSearchPages.Map(pages);
        StatisticsPages.Map(pages);
        AdministrationPages.Map(pages);
    }

    /// <summary>Runs a page for the logged-in agent; without a live session, the login page.</summary>
    internal static async Task<IResult> WithAgent(HttpContext context, Func<AgentSession, Task<IResult>> page)
    {
        var services = context.RequestServices;
        if (await AgentCookie.AgentAsync(context, services.GetRequiredService<AgentService>()) is not { } agent) return SeeOther(LoginPath);
        var commune = agent.CommuneCode is { } code ? await services.GetRequiredService<CommuneStore>().FindAsync(code) : null;
        return await page(new AgentSession(agent, commune, services.GetRequiredService<XsltRenderer>(), services));
    }

    /// <summary>A post that does not come from these pages or is not a form, answered with the agent's message page; null when it may go on.</summary>
    internal static IResult? RefusedPost(HttpContext context, AgentSession session) =>
        PagePosts.Refusal(context) is { } refusal
            ? session.Message(BackOfficePageTexts.RefusedTitle, refusal.Message, refusal.Status)
            : null;

    /// <summary>
    /// The form of a post from these pages, read within <see cref="PostedForms"/>' limits; or, with no form, the agent's
    /// message page refusing it: from another site (403), not a form (415), over the limits (413, never a server error), not UTF-8 (400).
    /// </summary>
    internal static async Task<(IFormCollection? Form, IResult? Refusal)> ReadPostAsync(HttpContext context, AgentSession session) =>
        RefusedPost(context, session) is { } refusal ? (null, refusal) : await ReadFormAsync(context, session);

    /// <summary>The form posted, read by <see cref="PostedForms.ReadAsync"/>; or, with no form, the agent's message page refusing it.</summary>
    internal static async Task<(IFormCollection? Form, IResult? Refusal)> ReadFormAsync(HttpContext context, AgentSession session)
    {
        var (form, unread) = await PostedForms.ReadAsync(context);
        return form is not null ? (form, null) : (null, session.Message(BackOfficePageTexts.RefusedTitle, unread!.Message, unread.Status));
    }

    internal static IResult Render(XsltRenderer renderer, XDocument page, int status = StatusCodes.Status200OK) =>
        HtmlPages.Render(renderer, Stylesheet, page, status);

    /// <summary>After a change, the page to look at (Post/Redirect/Get): reloading it changes nothing.</summary>
    internal static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
