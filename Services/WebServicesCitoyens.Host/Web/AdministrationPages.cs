using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.HostedForms;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The administrators' pages under <c>/gestion/administration</c> (seed 002 §4.1), on the agents'
/// pages' session, headers and checks of posts: the commune's procedures and their versions, a
/// procedure's editor (<c>/{procedure}</c>: the process as a tree and the forms of every structured
/// edit of its Draft, publishing, import and export) and the commune's people (<see cref="AdministrationPeoplePages"/>).
/// They call <see cref="ConfigurationService"/>, which checks rights and every version. Only who may
/// administer the commune (<see cref="AgentRights.MayAdminister"/>) sees them: anybody else logged in
/// gets, for every address and post, exactly the page of an address that does not exist. Every change
/// is a post answered by a redirect to the page with its confirmation (<c>?fait=…</c>); a refused one
/// answers the page as it is with the refusals, the form posted open with what was typed.
/// </summary>
internal static class AdministrationPages
{
    private const string Stylesheet = "administration.xsl";

    public static void Map(RouteGroupBuilder pages)
    {
        // ?format=xml gives the page document.
        pages.MapGet("/administration", (HttpContext context, string? commune, string? fait, string? format, ConfigurationService configurations) =>
            WithAdministrator(context, commune, async admin =>
                admin.Render(await ListAsync(admin, configurations, fait is null ? null : AdministrationPageTexts.SettingsDone(fait)), format: format),
                choose: session => Render(session, AdministrationPage.CommuneChoice(session.Context(
                    errors: string.IsNullOrWhiteSpace(commune) ? null : [new ValidationError("commune", AdministrationPageTexts.ChooseCommune)])),
                    string.IsNullOrWhiteSpace(commune) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound, format)));

        // The commune's settings, on the list page: whether its processing delays are published.
        pages.MapPost("/administration", (HttpContext context, string? commune, ConfigurationService configurations, CommuneReception reception) =>
            WithAdministrator(context, commune, admin => AdministrationPost.HandleAsync(context, admin, async post =>
            {
                if (post.Operation == AdministrationPageTexts.CertificateOperation)
                    return await AdministrationReceptionPost.HandleAsync(admin, post.Form, reception,
                        errors => ListAsync(admin with { Errors = errors }, configurations, null));
                try
                {
                    if (post.Operation != AdministrationPageTexts.DelaysOperation)
                        throw new RequestValidationException([new ValidationError("operation", AdministrationPageTexts.UnknownOperation)]);
                    var choice = post.Form["publics"].ToString() switch
                    {
                        "oui" => true,
                        "non" => false,
                        _ => throw new RequestValidationException([new ValidationError("publics", AdministrationPageTexts.DelaysChoiceUnknown)]),
                    };
                    await configurations.SetDelaysPublicAsync(admin.Agent, admin.Commune.Code, choice);
                    return AgentPages.SeeOther(admin.Address.ListDone(AdministrationPageTexts.DelaysOperation));
                }
                catch (RequestValidationException refused)
                {
                    // Nothing changed: the page as it is, the refusal on the delays' form.
                    var errors = refused.Errors.Select(e => e with { Path = "delais" }).ToList();
                    return admin.Render(await ListAsync(admin with { Errors = errors }, configurations, null), StatusCodes.Status422UnprocessableEntity);
                }
            })));

        AdministrationPeoplePages.Map(pages);
        FeedbackAdminPages.Map(pages);
        AdministrationVendorPages.Map(pages);

        pages.MapGet("/administration/{procedure}", (string procedure, string? commune, string? fait, string? format, HttpContext context,
            ConfigurationService configurations, CommuneStore communes) => WithAdministrator(context, commune, async admin =>
            {
                var page = await EditorAsync(admin, configurations, communes, procedure, fait);
                return page is null ? admin.NotFound() : admin.Render(page, format: format);
            }));

        pages.MapGet("/administration/{procedure}/export", (string procedure, string? commune, string? version, HttpContext context,
            ConfigurationService configurations) => WithAdministrator(context, commune, async admin =>
            {
                long? number = null;
                if (version is not null)
                {
                    if (!long.TryParse(version, out var parsed)) return admin.NotFound();
                    number = parsed;
                }
                try
                {
                    var xml = await configurations.ExportAsync(admin.Agent, admin.Commune.Code, procedure, number);
                    PrivateResponses.File(context);
                    return Results.File(Encoding.UTF8.GetBytes(xml), "application/xml; charset=utf-8",
                        $"{admin.Commune.Code}-{procedure}{(number is { } n ? $"-v{n}" : "")}.xml");
                }
                catch (RequestValidationException)
                {
                    return admin.NotFound();
                }
            }));

        pages.MapPost("/administration/{procedure}", (string procedure, string? commune, HttpContext context,
            ConfigurationService configurations, CommuneStore communes) => WithAdministrator(context, commune, admin =>
            AdministrationPost.HandleAsync(context, admin, async post =>
            {
                var operation = post.Operation;
                try
                {
                    var agent = admin.Agent;
                    var code = admin.Commune.Code;
                    switch (operation)
                    {
                        case "brouillon": await configurations.CreateDraftAsync(agent, code, procedure); break;
                        case "test": await configurations.PublishTestAsync(agent, code, procedure); break;
                        case "en-ligne": await configurations.PublishOnlineAsync(agent, code, procedure); break;
                        case "abandonner": await configurations.DiscardDraftAsync(agent, code, procedure); break;
                        case "import": await configurations.ImportAsync(agent, code, procedure, await ImportedAsync(post.Form)); break;
                        default:
                            var edit = AdministrationEdits.For(operation, post.Field, post.Fields)
                                ?? throw new RequestValidationException([new ValidationError("operation", AdministrationPageTexts.UnknownOperation)]);
                            await configurations.EditAsync(agent, code, procedure, edit);
                            break;
                    }
                    return AgentPages.SeeOther(admin.Address.Procedure(procedure, operation));
                }
                catch (RequestValidationException refused) when (refused.Errors.All(e => e.Path != "ProcedureCode"))
                {
                    // The page as it now is (nothing changed), the refusals linked to the controls of the form posted, what was typed kept.
                    var errors = refused.Errors.Select(e => e with { Path = post.PathOf(e.Path) }).ToList();
                    var values = post.Values();
                    var status = refused.Errors.Any(e => e.Message == AdministrationTexts.DraftChanged)
                        ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                    var page = await EditorAsync(admin with { Errors = errors, Values = values }, configurations, communes, procedure, null, post.Key);
                    return page is null ? admin.NotFound() : admin.Render(page, status);
                }
                catch (RequestValidationException)
                {
                    return admin.NotFound();
                }
            })));

        // Any other address of the back office: the one page of an address that does not exist, which
        // those who may not administer also get for the administration's addresses.
        // (A Func, not a lambda: one taking only the HttpContext would bind as a RequestDelegate and its result go unwritten.)
        Func<HttpContext, Task<IResult>> unknown = context => AgentPages.WithAgent(context, session => Task.FromResult(NotFound(session)));
        pages.MapMethods("/{**rest}", [HttpMethods.Get, HttpMethods.Post], unknown);
    }

    /// <summary>
    /// Runs a page for an administrator of the commune (the operator names it with <c>?commune=</c>);
    /// anybody else logged in gets the page of an unknown address, and without a session the login page.
    /// </summary>
    /// <param name="choose">The operator's page when no commune is named yet (only the list offers one).</param>
    internal static Task<IResult> WithAdministrator(HttpContext context, string? commune, Func<AdministrationSession, Task<IResult>> page,
        Func<AgentSession, IResult>? choose = null) =>
        AgentPages.WithAgent(context, async session =>
        {
            var agent = session.Agent;
            var code = agent.IsOperator ? commune?.Trim() : agent.CommuneCode;
            var found = string.IsNullOrEmpty(code) ? null : await context.RequestServices.GetRequiredService<CommuneStore>().FindAsync(code);
            if (found is null && agent.IsOperator && choose is not null) return choose(session);
            if (found is null || !AgentRights.MayAdminister(agent, found.Code)) return NotFound(session);
            return await page(new AdministrationSession(session, found, new AdministrationAddress(agent.IsOperator ? found.Code : null)));
        });

    /// <summary>A page rendered by administration.xsl (which imports backoffice.xsl); <c>xml</c> as <paramref name="format"/>: its page document.</summary>
    internal static IResult Render(AgentSession session, XDocument page, int status = StatusCodes.Status200OK, string? format = null) =>
        format == "xml" ? session.Render(page, status, format) : HtmlPages.Render(session.Renderer, Stylesheet, page, status);

    /// <summary>The page of an address that does not exist under /gestion.</summary>
    internal static IResult NotFound(AgentSession session) =>
        session.Message(PageTexts.NotFoundTitle, AdministrationPageTexts.UnknownPage, StatusCodes.Status404NotFound);

    /// <summary>The commune's procedures and settings, as they are now (the commune read again: a setting may just have changed).</summary>
    private static async Task<XDocument> ListAsync(AdministrationSession admin, ConfigurationService configurations, string? notice)
    {
        var (agent, code) = (admin.Agent, admin.Commune.Code);
        var reception = await admin.Session.Services.GetRequiredService<CommuneReception>().SettingsAsync(agent, code);
        return AdministrationPage.List(admin.Context(notice is { Length: > 0 } ? notice : null), admin.Address,
            reception.Commune, await configurations.ListAsync(agent, code), reception.Reception, admin.Session.ToLocal);
    }

    /// <summary>The editor of a procedure, or null when the procedure is none of the commune's.</summary>
    private static async Task<XDocument?> EditorAsync(AdministrationSession admin, ConfigurationService configurations,
        CommuneStore communes, string procedure, string? done, string? open = null)
    {
        try
        {
            var (agent, code) = (admin.Agent, admin.Commune.Code);
            var shown = await configurations.DefinitionAsync(agent, code, procedure);
            var versions = await configurations.VersionsAsync(agent, code, procedure);
            long? In(string state) => versions.FirstOrDefault(v => v.State == state)?.Version;
            var notice = done is null ? null
                : AdministrationPageTexts.Done(done, In(ConfigurationStates.Draft), In(ConfigurationStates.Test), In(ConfigurationStates.Online));
            return AdministrationPage.Configuration(admin.Context(notice is { Length: > 0 } ? notice : null), admin.Address, code, shown, versions,
                (await communes.FindOfferAsync(code, procedure))?.State, await configurations.ProfilesAsync(agent, code), admin.Session.ToLocal, open);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }

    /// <summary>The definition imported: the file chosen, else the text pasted; the check judges it.</summary>
    private static async Task<string> ImportedAsync(IFormCollection form)
    {
        if (form.Files.GetFile("fichier") is { Length: > 0 } file)
        {
            if (file.Length > ConfigurationCheck.MaxBytes)
                throw new RequestValidationException([new ValidationError("fichier", AdministrationPageTexts.DefinitionTooLarge(ConfigurationCheck.MaxBytes))]);
            using var content = new MemoryStream();
            await file.CopyToAsync(content);
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content.ToArray()).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                throw new RequestValidationException([new ValidationError("fichier", AdministrationPageTexts.DefinitionNotUtf8)]);
            }
        }
        return form["definition"].ToString() is { Length: > 0 } pasted
            ? pasted
            : throw new RequestValidationException([new ValidationError("definition", AdministrationPageTexts.DefinitionNeeded)]);
    }

    /// <summary>The id a form of the page has (letters, digits, dashes and underscores), "" for anything else.</summary>
    internal static string FormKey(string posted) =>
        posted.Length is > 0 and <= 100 && posted.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? posted : "";

    /// <summary>
    /// Where a refusal is shown: the control of the form posted standing for the parameter refused
    /// (f-{form}-{control}), else the form itself (f-{form}), else nowhere in particular.
    /// </summary>
    internal static string PathOf(string key, string parameter, IFormCollection form)
    {
        if (key.Length == 0) return "";
        var fixedControls = form["fixe"];
        var control = AdministrationEdits.ControlOf(parameter) ?? (form.ContainsKey(parameter) || form.Files.GetFile(parameter) is not null ? parameter : null);
        return control is not null && !fixedControls.Contains(control) && (form.ContainsKey(control) || form.Files.GetFile(control) is not null)
            ? $"{key}-{control}" : key;
    }
}

/// <summary>What every administration page needs: the agent's session, the commune administered, its addresses, and a refused post's errors and values.</summary>
internal sealed record AdministrationSession(AgentSession Session, Commune Commune, AdministrationAddress Address,
    IReadOnlyList<ValidationError>? Errors = null, IReadOnlyDictionary<string, string>? Values = null)
{
    public Agent Agent => Session.Agent;

    public BackOfficePage.Context Context(string? notice = null) =>
        new(Agent, ContractMapping.Info(Commune), notice, Errors, Values);

    /// <param name="format"><c>xml</c>: the page document itself.</param>
    public IResult Render(XDocument page, int status = StatusCodes.Status200OK, string? format = null) =>
        AdministrationPages.Render(Session, page, status, format);

    public IResult Message(string title, string text, int status) => Session.Message(title, text, status);

    public IResult NotFound() => AdministrationPages.NotFound(Session);
}
