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
            AdministrationPages.WithAdministrator(context, commune, async admin =>
            {
                if (AgentPages.RefusedPost(context, admin.Session) is { } refusal) return refusal;
                if (await AdministrationPages.ReadFormAsync(context) is not { } form)
                    return admin.Message(BackOfficePageTexts.RefusedTitle, AdministrationPageTexts.PostTooLarge, StatusCodes.Status413PayloadTooLarge);
                var operation = form["operation"].ToString();
                var key = AdministrationPages.FormKey(form["formulaire"].ToString());
                string Field(string name) => form[name].ToString().Trim();
                IReadOnlyList<string> Fields(string name) => form[name].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
                var (agent, code) = (admin.Agent, admin.Commune.Code);
                try
                {
                    switch (operation)
                    {
                        case "profil":
                            await configurations.SaveProfileAsync(agent, code, new AgentProfile(Field("code"), Field("libelle"), Fields("perimetre")));
                            break;
                        case "agent":
                            await configurations.CreateAgentAsync(agent, code, Field("email"), Field("nom"), Role(Field("role")),
                                form["motDePasse"].ToString(), Fields("profils"));
                            break;
                        case "desactiver":
                            await configurations.DisableAgentAsync(agent, code, Field("agent"));
                            break;
                        default:
                            throw new RequestValidationException([new ValidationError("operation", AdministrationPageTexts.UnknownOperation)]);
                    }
                    return AgentPages.SeeOther(admin.Address.PeopleDone(operation));
                }
                catch (RequestValidationException refused)
                {
                    var errors = refused.Errors.Select(e => e with { Path = AdministrationPages.PathOf(key, ControlOf(e.Path), form) }).ToList();
                    // What was typed comes back, the password never.
                    var values = form.Keys.Where(k => k is not ("operation" or "formulaire" or "fixe" or "motDePasse"))
                        .ToDictionary(k => k, k => string.Join(' ', form[k].Select(v => v ?? "")));
                    var refusedAdmin = admin with { Errors = errors, Values = values };
                    return refusedAdmin.Render(await PageAsync(refusedAdmin, configurations, catalogue, null, key), StatusCodes.Status422UnprocessableEntity);
                }
            }));
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
