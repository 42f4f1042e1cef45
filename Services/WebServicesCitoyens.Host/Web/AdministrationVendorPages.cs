using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The commune's software, <c>/gestion/administration/logiciels</c>: its vendor clients calling Flux.svc,
/// registered, their secret renewed and revoked through <see cref="VendorClients"/> (which checks
/// <see cref="AgentRights.MayManageVendors"/>: the commune's administrators only; the operator gets, like
/// anybody else, the page of an address that does not exist). A registration or a renewal is answered
/// with the page itself carrying the secret — not a redirect: the secret is shown that once and never stored.
/// Each rendering of the registration form carries a one-time key (clientRequestId, read as the counter's
/// form reads it, <see cref="PostedForms.RequestId"/>): the same post again — a reloaded answer — registers
/// nothing and says that the client is registered and its secret was shown once.
/// </summary>
internal static class AdministrationVendorPages
{
    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapGet("/administration/" + AdministrationAddress.VendorsSegment, (HttpContext context, string? commune, string? fait, string? format,
            VendorClients vendors, ProcedureCatalogue catalogue) => WithVendorAdministrator(context, commune, async admin =>
                admin.Render(await PageAsync(admin, vendors, catalogue, fait is null ? null : AdministrationVendorTexts.Done(fait),
                    VendorClients.NewRegistrationKey()), format: format)));

        pages.MapPost("/administration/" + AdministrationAddress.VendorsSegment, (HttpContext context, string? commune, VendorClients vendors,
            ProcedureCatalogue catalogue) => WithVendorAdministrator(context, commune, admin => AdministrationPost.HandleAsync(context, admin, async post =>
            {
                var (operation, key) = (post.Operation, post.Key);
                var (agent, code) = (admin.Agent, admin.Commune.Code);
                var registrationKey = PostedForms.RequestId(post.Form, VendorClients.RegistrationKeyPrefix);
                try
                {
                    switch (operation)
                    {
                        case "enregistrer":
                            var (client, secret) = await vendors.RegisterAsync(agent, code, post.Field("nom"), post.Fields("perimetre"), registrationKey);
                            if (secret is null)
                                return admin.Render(await PageAsync(admin, vendors, catalogue, AdministrationVendorTexts.AlreadyRegistered(client.Name),
                                    VendorClients.NewRegistrationKey()));
                            return WithSecret(context, admin, await PageAsync(admin, vendors, catalogue, AdministrationVendorTexts.Registered,
                                VendorClients.NewRegistrationKey(), (client, secret)));
                        case "renouveler":
                            var rotated = await vendors.RotateAsync(agent, code, post.Field("client"));
                            return WithSecret(context, admin, await PageAsync(admin, vendors, catalogue, AdministrationVendorTexts.Rotated,
                                VendorClients.NewRegistrationKey(), rotated));
                        case "revoquer":
                            await vendors.RevokeAsync(agent, code, post.Field("client"));
                            return AgentPages.SeeOther(admin.Address.Vendors(operation));
                        default:
                            throw new RequestValidationException([new ValidationError("operation", AdministrationPageTexts.UnknownOperation)]);
                    }
                }
                catch (RequestValidationException refused)
                {
                    // No box ticked posts no « perimetre »: the refusal still goes to the scope's fieldset.
                    var errors = refused.Errors.Select(e => e with
                    {
                        Path = e.Path == "Scope" && key == "logiciel" ? $"{key}-perimetre" : post.PathOf(ControlOf(e.Path)),
                    }).ToList();
                    var refusedAdmin = admin with { Errors = errors, Values = post.Values() };
                    // Nothing was registered: the same form key serves the corrected post.
                    return refusedAdmin.Render(await PageAsync(refusedAdmin, vendors, catalogue, null, registrationKey ?? VendorClients.NewRegistrationKey(),
                        open: key), StatusCodes.Status422UnprocessableEntity);
                }
            })));
    }

    /// <summary>Like every administration page, but only for who may manage the commune's software: anybody else gets the unknown address's page.</summary>
    private static Task<IResult> WithVendorAdministrator(HttpContext context, string? commune, Func<AdministrationSession, Task<IResult>> page) =>
        AdministrationPages.WithAdministrator(context, commune, admin =>
            AgentRights.MayManageVendors(admin.Agent, admin.Commune.Code) ? page(admin) : Task.FromResult(admin.NotFound()));

    /// <summary>The answer carrying a secret: never kept by a cache, never refilled from history.</summary>
    private static IResult WithSecret(HttpContext context, AdministrationSession admin, System.Xml.Linq.XDocument page)
    {
        context.Response.Headers.CacheControl = "no-store";
        return admin.Render(page);
    }

    private static async Task<System.Xml.Linq.XDocument> PageAsync(AdministrationSession admin, VendorClients vendors, ProcedureCatalogue catalogue,
        string? notice, string registrationKey, (VendorClient, string)? secret = null, string? open = null)
    {
        var (agent, code) = (admin.Agent, admin.Commune.Code);
        var views = new List<VendorClientView>();
        foreach (var client in await vendors.ListAsync(agent, code))
        {
            var (_, callback, attempts) = await vendors.DeliveriesAsync(agent, code, client.Id);
            views.Add(new VendorClientView(client, callback.Url, callback.Failures, callback.DisabledAt, attempts));
        }
        return AdministrationVendorsPage.Vendors(admin.Context(notice is { Length: > 0 } ? notice : null), admin.Address, views, catalogue,
            admin.Session.ToLocal, registrationKey, secret, open);
    }

    /// <summary>The control of the page's forms standing for a parameter of <see cref="VendorClients"/>.</summary>
    private static string ControlOf(string parameter) => parameter switch
    {
        "Name" => "nom",
        "Scope" => "perimetre",
        "ClientId" => "client",
        _ => parameter,
    };
}
