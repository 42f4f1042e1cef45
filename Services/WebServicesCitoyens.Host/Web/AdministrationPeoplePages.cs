using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The commune's people, <c>/gestion/administration/agents</c>: its profiles (a service and the themes
/// or procedures in its remit) and its active agents; forms create or change a profile, create an
/// agent or administrator with profiles, and disable an agent (not oneself). Posted to the same
/// address with their <c>operation</c>, through <see cref="ConfigurationService"/>, like the editor's.
/// </summary>
internal static class AdministrationPeoplePages
{
    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapGet("/administration/agents", (HttpContext context, string? commune, string? fait, string? format,
            ConfigurationService configurations, ProcedureCatalogue catalogue) => AdministrationPages.WithAdministrator(context, commune, async admin =>
                admin.Render(await PageAsync(admin, configurations, catalogue, fait is null ? null : AdministrationPageTexts.PeopleDone(fait)), format: format)));

        pages.MapPost("/administration/agents", (HttpContext context, string? commune, ConfigurationService configurations, ProcedureCatalogue catalogue) =>
            AdministrationPages.WithAdministrator(context, commune, admin => AdministrationPost.HandleAsync(context, admin, async post =>
            {
                var operation = post.Operation;
                var (agent, code) = (admin.Agent, admin.Commune.Code);
                try
                {
                    switch (operation)
                    {
                        case "profil":
                            await configurations.SaveProfileAsync(agent, code, new AgentProfile(post.Field("code"), post.Field("libelle"), post.Fields("perimetre")));
                            break;
                        case "agent":
                            await configurations.CreateAgentAsync(agent, code, post.Field("email"), post.Field("nom"), Role(post.Field("role")),
                                post.Form["motDePasse"].ToString(), post.Fields("profils"));
                            break;
                        case "desactiver":
                            await configurations.DisableAgentAsync(agent, code, post.Field("agent"));
                            break;
                        default:
                            throw new RequestValidationException([new ValidationError("operation", AdministrationPageTexts.UnknownOperation)]);
                    }
                    return AgentPages.SeeOther(admin.Address.PeopleDone(operation));
                }
                catch (RequestValidationException refused)
                {
                    var errors = refused.Errors.Select(e => e with { Path = post.PathOf(ControlOf(e.Path)) }).ToList();
                    // What was typed comes back, the password never.
                    var refusedAdmin = admin with { Errors = errors, Values = post.Values("motDePasse") };
                    return refusedAdmin.Render(await PageAsync(refusedAdmin, configurations, catalogue, null, post.Key), StatusCodes.Status422UnprocessableEntity);
                }
            })));
    }

    private static async Task<System.Xml.Linq.XDocument> PageAsync(AdministrationSession admin, ConfigurationService configurations,
        ProcedureCatalogue catalogue, string? notice, string? open = null)
    {
        var (agent, code) = (admin.Agent, admin.Commune.Code);
        return AdministrationPage.People(admin.Context(notice is { Length: > 0 } ? notice : null), admin.Address,
            await configurations.ProfilesAsync(agent, code), await configurations.AgentsAsync(agent, code), catalogue, open);
    }

    private static AgentRole Role(string role) => role switch
    {
        "Agent" => AgentRole.Agent,
        "Administrator" => AgentRole.Administrator,
        _ => throw new RequestValidationException([new ValidationError("Role", AdministrationPageTexts.UnknownRole(role))]),
    };

    /// <summary>The control of the people's forms standing for a parameter of the agents' core.</summary>
    private static string ControlOf(string parameter) => parameter switch
    {
        "Code" => "code",
        "Label" => "libelle",
        "Scope" => "perimetre",
        "Email" => "email",
        "DisplayName" => "nom",
        "Password" => "motDePasse",
        "Profiles" => "profils",
        "Role" => "role",
        _ => parameter,
    };
}
