using System.Xml.Linq;
using Microsoft.AspNetCore.Http.Features;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The citizen account's pages under <c>/compte</c>: log in or open an account, the e-mailed links
/// (confirmation, new password, new address), and the dashboard of the dossiers the citizen follows.
/// They call the same <see cref="AccountService"/> as the SOAP service; the session is a cookie.
/// </summary>
public static class AccountPages
{
    private const string Dashboard = "/compte/tableau-de-bord";

    public static void MapAccountPages(this WebApplication app)
    {
        // Every account page shows or changes a citizen's own data.
        var pages = app.MapGroup("/compte").AddEndpointFilter(async (context, next) =>
        {
            PrivateResponses.Page(context.HttpContext);
            return await next(context);
        });

        pages.MapGet("", async (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
            await CitizenCookie.CitizenAsync(context, accounts) is not null
                ? Results.Redirect(Dashboard)
                : Form(renderer, "connexion"));

        pages.MapPost("/connexion", (HttpContext context, AccountService accounts, XsltRenderer renderer) => Post(context, renderer, "connexion", async form =>
        {
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "inconnu";
            CitizenCookie.Session.Set(context, await accounts.LoginAsync(form["email"].ToString(), form["motDePasse"].ToString(), client));
            return Results.Redirect(Dashboard);
        }));

        pages.MapPost("/inscription", (HttpContext context, AccountService accounts, XsltRenderer renderer) => Post(context, renderer, "connexion", async form =>
            HtmlPages.Message(renderer, PageTexts.RegistrationTitle,
                await accounts.RegisterAsync(form["email"].ToString(), form["motDePasse"].ToString()), 200),
            // The two forms of the page name their controls apart.
            prefix: "inscription."));

        // An e-mailed link opens a page whose button confirms: mail scanners that open links confirm nothing.
        pages.MapGet("/confirmation", (string? jeton, XsltRenderer renderer) => Form(renderer, "confirmation", jeton ?? ""));

        pages.MapPost("/confirmation", async (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
        {
            var (form, refusal) = await ReadLinkPostAsync(context, renderer);
            return form is null ? refusal! : await FollowLink(renderer, async () => await accounts.ConfirmEmailAsync(form["jeton"].ToString()),
                PageTexts.EmailConfirmedTitle, PageTexts.EmailConfirmed);
        });

        pages.MapGet("/nouvelle-adresse", (string? jeton, XsltRenderer renderer) => Form(renderer, "nouvelle-adresse", jeton ?? ""));

        pages.MapPost("/nouvelle-adresse", async (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
        {
            var (form, refusal) = await ReadLinkPostAsync(context, renderer);
            return form is null ? refusal! : await FollowLink(renderer, async () => await accounts.ConfirmEmailChangeAsync(form["jeton"].ToString()),
                PageTexts.EmailChangedTitle, PageTexts.EmailChanged);
        });

        pages.MapGet("/mot-de-passe-oublie", (XsltRenderer renderer) => Form(renderer, "oubli"));

        pages.MapPost("/mot-de-passe-oublie", (HttpContext context, AccountService accounts, XsltRenderer renderer) => Post(context, renderer, "oubli", async form =>
            HtmlPages.Message(renderer, PageTexts.ResetRequestedTitle, await accounts.RequestPasswordResetAsync(form["email"].ToString()), 200)));

        pages.MapGet("/nouveau-mot-de-passe", (string? jeton, XsltRenderer renderer) => Form(renderer, "nouveau-mot-de-passe", jeton ?? ""));

        pages.MapPost("/nouveau-mot-de-passe", (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
            Post(context, renderer, "nouveau-mot-de-passe", async form =>
            {
                await accounts.ResetPasswordAsync(form["jeton"].ToString(), form["motDePasse"].ToString());
                return HtmlPages.Message(renderer, PageTexts.PasswordResetTitle, PageTexts.PasswordReset, 200);
            }, tokenField: "jeton"));

        // ?format=xml gives the page document itself, which a site rendering dashboard.xsl on its own server can use.
        pages.MapGet("/tableau-de-bord", (HttpContext context, string? format, AccountService accounts, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
            {
                if (format != "xml") return await DashboardPageAsync(context, renderer, citizen, null, null, 200);
                context.Response.Headers.CacheControl = "no-store";
                var page = await DashboardDocumentAsync(context, citizen, null, null);
                return Results.Content(page.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
            }));

        pages.MapPost("/rattacher", (HttpContext context, AccountService accounts, CitizenDossiers dossiers, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
            {
                var (form, refusal) = await ReadPostAsync(context, renderer);
                if (form is null) return refusal!;
                try
                {
                    await dossiers.AttachAsync(citizen, form["numero"].ToString(), form["code"].ToString());
                    return await DashboardPageAsync(context, renderer, citizen, PageTexts.DossierAttached, null, 200);
                }
                catch (RequestValidationException refused)
                {
                    return await DashboardPageAsync(context, renderer, citizen, null,
                        refused.Errors.Select(e => e with { Path = "numero" }).ToList(), 422);
                }
            }));

        pages.MapPost("/notifications", (HttpContext context, AccountService accounts, CitizenDossiers dossiers, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
            {
                var (form, refusal) = await ReadPostAsync(context, renderer);
                if (form is null) return refusal!;
                await accounts.SetNotificationsAsync(CitizenCookie.Session.Token(context)!, form["etapes"] == "oui", form["messages"] == "oui");
                return await DashboardPageAsync(context, renderer, await accounts.AuthenticateAsync(CitizenCookie.Session.Token(context)),
                    PageTexts.NotificationsSaved, null, 200);
            }));

        pages.MapGet("/profil", (HttpContext context, AccountService accounts, ProfileService profiles, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
                ProfilePage(renderer, ProfileValues.Of(await profiles.GetAsync(citizen)), null, null, 200)));

        pages.MapPost("/profil", (HttpContext context, AccountService accounts, ProfileService profiles, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
            {
                var (posted, refusal) = await ReadPostAsync(context, renderer);
                if (posted is null) return refusal!;
                var form = FormRequestBuilder.Compact(ProfileFields.Items, posted);
                XNamespace cit = ContractNamespaces.Citizen;
                try
                {
                    var profile = FormRequestBuilder.Element(cit + "Profile", ProfileFields.Items, form);
                    await profiles.SaveAsync(citizen, profile);
                    return ProfilePage(renderer, ProfileValues.Of(profile), ProfileTexts.Saved, null, 200);
                }
                catch (RequestValidationException refused)
                {
                    return ProfilePage(renderer, FormRequestBuilder.Values(ProfileFields.Items, form), null, refused.Errors, 422);
                }
            }));

        pages.MapGet("/parametres", (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
            WithCitizen(context, accounts, citizen => Task.FromResult(Form(renderer, "parametres", values: new Dictionary<string, string> { ["courant"] = citizen.Email }))));

        pages.MapPost("/mot-de-passe", (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
            WithCitizen(context, accounts, citizen => Post(context, renderer, "parametres", async form =>
            {
                await accounts.ChangePasswordAsync(CitizenCookie.Session.Token(context)!, form["motDePasseActuel"].ToString(), form["motDePasse"].ToString());
                return HtmlPages.Message(renderer, PageTexts.PasswordChangedTitle, PageTexts.PasswordChanged, 200);
            }, prefix: "mdp.", citizen: citizen)));

        pages.MapPost("/adresse", (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
            WithCitizen(context, accounts, citizen => Post(context, renderer, "parametres", async form =>
            {
                await accounts.ChangeEmailAsync(CitizenCookie.Session.Token(context)!, form["email"].ToString(), form["motDePasse"].ToString());
                return HtmlPages.Message(renderer, PageTexts.EmailChangeTitle, PageTexts.EmailChangeSent, 200);
            }, prefix: "adresse.", citizen: citizen)));

        pages.MapPost("/suppression", (HttpContext context, AccountService accounts, XsltRenderer renderer) =>
            WithCitizen(context, accounts, citizen => Post(context, renderer, "parametres", async form =>
            {
                await accounts.DeleteAccountAsync(CitizenCookie.Session.Token(context)!, form["motDePasse"].ToString());
                CitizenCookie.Session.Clear(context);
                return HtmlPages.Message(renderer, PageTexts.AccountDeletedTitle, PageTexts.AccountDeleted, 200);
            }, prefix: "suppression.", citizen: citizen)));

        pages.MapPost("/deconnexion", async (HttpContext context, AccountService accounts) =>
        {
            if (!PagePosts.IsSameOrigin(context)) return Results.Redirect("/compte");
            if (CitizenCookie.Session.Token(context) is { } token) await accounts.LogoutAsync(token);
            CitizenCookie.Session.Clear(context);
            return Results.Redirect("/compte");
        });

        MapDocumentPages(pages);
        MapProcessingPages(pages);
    }

    // ------------------------------------------------------------------ the commune's processing

    /// <summary>
    /// What the commune's processing asks of the citizen and gives them: the answer to a correction
    /// request (from the dashboard's form), and the commune's letters for a dossier (owner only, as
    /// an attachment, never sniffed nor kept). The tracking page shows neither: it opens with the
    /// tracking code alone, which travels in mails, whereas letters name the applicant.
    /// </summary>
    private static void MapProcessingPages(RouteGroupBuilder pages)
    {
        pages.MapPost("/dossiers/{numero}/reponse", (string numero, HttpContext context, AccountService accounts, CitizenDossiers dossiers,
            XsltRenderer renderer) => WithCitizen(context, accounts, async citizen =>
            {
                var (form, refusal) = await ReadPostAsync(context, renderer);
                if (form is null) return refusal!;
                var answer = form["reponse"].ToString();
                try
                {
                    await dossiers.AnswerCorrectionAsync(citizen, numero, answer);
                    return await DashboardPageAsync(context, renderer, citizen, PageTexts.CorrectionAnswered, null, 200);
                }
                catch (RequestValidationException refused) when (refused.Errors.All(e => e.Path == "Answer"))
                {
                    // The dossier waits for this citizen (checked first): the form shows again with the error and the text typed.
                    var number = Dossiers.DossierNumber.Normalize(numero)!;
                    return await DashboardPageAsync(context, renderer, citizen, null,
                        refused.Errors.Select(e => e with { Path = "reponse-" + number }).ToList(), 422, (number, answer));
                }
                catch (RequestValidationException refused)
                {
                    // Another citizen's dossier answers like one that does not exist; one's own that waits for nothing says so.
                    var message = refused.Errors[0].Message;
                    return HtmlPages.Message(renderer, PageTexts.AnswerRefusedTitle, message, message == AccountTexts.DossierNotYours ? 404 : 409);
                }
            }));

        // The rating of a closed dossier (seed 004), from the dashboard's form.
        pages.MapPost("/dossiers/{numero}/avis", (string numero, HttpContext context, AccountService accounts, CitizenDossiers dossiers,
            XsltRenderer renderer) => WithCitizen(context, accounts, async citizen =>
            {
                var (form, refusal) = await ReadPostAsync(context, renderer);
                if (form is null) return refusal!;
                try
                {
                    await dossiers.RateAsync(citizen, numero, RatingForms.Input(form));
                    return await DashboardPageAsync(context, renderer, citizen, FeedbackTexts.Rated, null, 200);
                }
                catch (RequestValidationException refused) when (!RatingForms.IsAboutDossier(refused))
                {
                    // The dossier is this citizen's and closed: the dashboard again, the refusal next to the form of that dossier, what was typed kept.
                    var number = Dossiers.DossierNumber.Normalize(numero)!;
                    var page = RatingPage.WithRatingValues(await DashboardDocumentAsync(context, citizen, null, RatingForms.OnControls(refused, "avis-" + number)),
                        number, RatingForms.Values(form));
                    return HtmlPages.Render(renderer, "dashboard.xsl", page, StatusCodes.Status422UnprocessableEntity);
                }
                catch (RequestValidationException refused)
                {
                    // Another citizen's dossier answers like one that does not exist; one's own still open, or already rated, says so.
                    var message = refused.Errors[0].Message;
                    return HtmlPages.Message(renderer, FeedbackTexts.RatingRefusedTitle, message, message == AccountTexts.DossierNotYours ? 404 : 409);
                }
            }));

        pages.MapGet("/dossiers/{numero}/documents/{id}", (string numero, string id, HttpContext context, AccountService accounts,
            CitizenDossiers dossiers, XsltRenderer renderer) => WithCitizen(context, accounts, async citizen =>
            {
                try
                {
                    var letter = await dossiers.GeneratedDocumentAsync(citizen, numero, id);
                    PrivateResponses.File(context);
                    return Results.File(letter.Content, letter.Document.MediaType, letter.Document.FileName);
                }
                catch (RequestValidationException)
                {
                    // Another citizen's dossier or letter answers like one that does not exist.
                    return HtmlPages.Message(renderer, PageTexts.LetterNotFoundTitle, PageTexts.LetterNotFound, 404);
                }
            }));
    }

    // ------------------------------------------------------------------ documents (the e-safe) and export

    /// <summary>
    /// The e-safe on the dashboard: download a document (owner only, as an attachment, never sniffed),
    /// upload one (multipart/form-data, within the document limit), delete one; and the ZIP of all the
    /// citizen's data (the export's XML and every document's file).
    /// </summary>
    private static void MapDocumentPages(RouteGroupBuilder pages)
    {
        pages.MapGet("/documents/{id}", (string id, HttpContext context, AccountService accounts, CitizenDocuments documents, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
            {
                try
                {
                    var (document, content) = await documents.OpenAsync(citizen, id);
                    PrivateResponses.File(context);
                    return Results.File(content, document.MediaType, document.FileName);
                }
                catch (RequestValidationException)
                {
                    // Another citizen's document answers like one that does not exist.
                    return HtmlPages.Message(renderer, PageTexts.DocumentNotFoundTitle, PageTexts.DocumentNotFound, 404);
                }
            }));

        pages.MapPost("/documents", (HttpContext context, AccountService accounts, CitizenDocuments documents, DocumentOptions options,
            XsltRenderer renderer) => WithCitizen(context, accounts, async citizen =>
            {
                if (RefusedPost(context, renderer) is { } refusal) return refusal;
                var tooLarge = new[] { new ValidationError("fichier", AccountTexts.DocumentTooLarge(options.MaxSizeKb)) };
                if (context.Request.ContentLength > options.FormBodyBytes)
                    return await DashboardPageAsync(context, renderer, citizen, null, tooLarge, 413);
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = options.FormBodyBytes;

                IFormFile? file;
                try
                {
                    // Kept in memory: a citizen's document is never written to a temporary file outside the e-safe.
                    var form = await context.Request.ReadFormAsync(new FormOptions
                    {
                        MultipartBodyLengthLimit = options.FormBodyBytes,
                        MemoryBufferThreshold = (int)options.FormBodyBytes,
                        ValueCountLimit = 20,
                        // A part's headers name one control and one file (255 characters, percent-encoded at worst): far less than 8 KiB.
                        MultipartHeadersLengthLimit = 8 * 1024,
                    });
                    // The limits of values do not apply to multipart text parts: the upload posts one file and no long text.
                    if (form.Any(f => f.Value.Sum(v => v?.Length ?? 0) > PostedForms.MaxFormBytes))
                        return await DashboardPageAsync(context, renderer, citizen, null, tooLarge, 413);
                    file = form.Files.GetFile("fichier");
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
                {
                    return await DashboardPageAsync(context, renderer, citizen, null, tooLarge, 413);
                }
                try
                {
                    if (file is { Length: > 0 } && file.Length > options.MaxBytes) return await DashboardPageAsync(context, renderer, citizen, null, tooLarge, 413);
                    var content = new byte[file?.Length ?? 0];
                    if (file is { Length: > 0 })
                    {
                        await using var stream = file.OpenReadStream();
                        await stream.ReadExactlyAsync(content);
                    }
                    await documents.UploadAsync(citizen, file?.FileName, content);
                    return await DashboardPageAsync(context, renderer, citizen, PageTexts.DocumentSaved, null, 200);
                }
                catch (RequestValidationException refused)
                {
                    return await DashboardPageAsync(context, renderer, citizen, null,
                        refused.Errors.Select(e => e with { Path = "fichier" }).ToList(), 422);
                }
            }));

        pages.MapPost("/documents/{id}/suppression", (string id, HttpContext context, AccountService accounts, CitizenDocuments documents,
            XsltRenderer renderer) => WithCitizen(context, accounts, async citizen =>
            {
                if (!PagePosts.IsSameOrigin(context)) return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, PageTexts.ForeignPost, 403);
                try
                {
                    var deleted = await documents.DeleteAsync(citizen, id);
                    return await DashboardPageAsync(context, renderer, citizen,
                        deleted ? PageTexts.DocumentDeleted : PageTexts.DocumentKeptWithDossiers, null, 200);
                }
                catch (RequestValidationException refused)
                {
                    return await DashboardPageAsync(context, renderer, citizen, null,
                        refused.Errors.Select(e => e with { Path = "document" }).ToList(), 422);
                }
            }));

        pages.MapPost("/documents/joindre", (HttpContext context, AccountService accounts, CitizenDocuments documents, XsltRenderer renderer) =>
            WithCitizen(context, accounts, async citizen =>
            {
                var (form, refusal) = await ReadPostAsync(context, renderer);
                if (form is null) return refusal!;
                try
                {
                    await documents.AttachAsync(citizen, form["numero"].ToString(), form["champ"].ToString(), form["document"].ToString());
                    return await DashboardPageAsync(context, renderer, citizen, PageTexts.DocumentGiven, null, 200);
                }
                catch (RequestValidationException refused)
                {
                    return await DashboardPageAsync(context, renderer, citizen, null,
                        refused.Errors.Select(e => e with { Path = "joindre-" + form["numero"] }).ToList(), 422);
                }
            }));

        pages.MapGet("/export", (HttpContext context, AccountService accounts, CitizenExports exports, DocumentFiles files) =>
            WithCitizen(context, accounts, async citizen =>
            {
                // Built in a scratch file of the e-safe's folder (deleted when sent), not in memory: it holds every document.
                var zip = files.NewScratchFile();
                try
                {
                    await exports.WriteZipAsync(citizen, zip);
                    zip.Position = 0;
                }
                catch
                {
                    await zip.DisposeAsync();
                    throw;
                }
                PrivateResponses.File(context);
                return Results.File(zip, "application/zip", PageTexts.ExportFileName);
            }));
    }

    private static IResult Form(XsltRenderer renderer, string view, string? token = null,
        IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<ValidationError>? errors = null, int status = 200) =>
        HtmlPages.Render(renderer, "account.xsl", AccountPage.For(view, token, values, errors), status);

    /// <summary>
    /// Reads a form posted from the platform's pages and runs the action; a refusal shows the form
    /// again with its errors (paths named after the form's controls) and the address typed, never the password.
    /// </summary>
    private static async Task<IResult> Post(HttpContext context, XsltRenderer renderer, string view, Func<IFormCollection, Task<IResult>> action,
        string prefix = "", string? tokenField = null, Citizen? citizen = null)
    {
        var (form, refusal) = await ReadPostAsync(context, renderer);
        if (form is null) return refusal!;
        try
        {
            return await action(form);
        }
        catch (RequestValidationException refused)
        {
            var values = new Dictionary<string, string>();
            if (form["email"].ToString() is { Length: > 0 and <= 254 } email) values[prefix + "email"] = email;
            if (citizen is not null) values["courant"] = citizen.Email;
            var errors = refused.Errors.Select(e => e with { Path = prefix + ControlOf(e.Path) }).ToList();
            return Form(renderer, view, tokenField is null ? null : form[tokenField].ToString(), values, errors, 422);
        }
    }

    /// <summary>
    /// The form of a post from the account's pages, read within <see cref="PostedForms"/>' limits; or, with no form,
    /// the page refusing it: from another site (403), not a form (415), over the limits (413, never a server error), not UTF-8 (400).
    /// </summary>
    private static async Task<(IFormCollection? Form, IResult? Refusal)> ReadPostAsync(HttpContext context, XsltRenderer renderer) =>
        RefusedPost(context, renderer) is { } refusal ? (null, refusal) : Read(renderer, await PostedForms.ReadAsync(context));

    /// <summary>
    /// The form of a post from an e-mailed link's page (the link is the credential, a browser may send no Origin);
    /// or the page refusing it: not a form (415), over the limits (413), not UTF-8 (400).
    /// </summary>
    private static async Task<(IFormCollection? Form, IResult? Refusal)> ReadLinkPostAsync(HttpContext context, XsltRenderer renderer) =>
        !context.Request.HasFormContentType ? (null, HtmlPages.Message(renderer, PageTexts.UnavailableTitle, PageTexts.FormUnreadable, 415))
        : Read(renderer, await PostedForms.ReadAsync(context));

    private static (IFormCollection? Form, IResult? Refusal) Read(XsltRenderer renderer, (IFormCollection? Form, PostedForms.Refusal? Refusal) read) =>
        read.Form is { } form ? (form, null) : (null, HtmlPages.FormRefused(renderer, read.Refusal!));

    /// <summary>The refusal of a post that does not come from the platform's own pages or is not a form; null when the post may go on.</summary>
    private static IResult? RefusedPost(HttpContext context, XsltRenderer renderer) =>
        PagePosts.Refusal(context) is { } refusal ? HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refusal.Message, refusal.Status) : null;

    /// <summary>The form control of a service parameter.</summary>
    private static string ControlOf(string parameter) => parameter switch
    {
        "Email" or "NewEmail" => "email",
        "Password" or "NewPassword" => "motDePasse",
        "CurrentPassword" => "motDePasseActuel",
        _ => "",
    };

    private static async Task<IResult> FollowLink(XsltRenderer renderer, Func<Task> follow, string title, string text)
    {
        try
        {
            await follow();
            return HtmlPages.Message(renderer, title, text, 200);
        }
        catch (RequestValidationException refused)
        {
            return HtmlPages.Message(renderer, PageTexts.LinkInvalidTitle, refused.Errors[0].Message, 400);
        }
    }

    private static async Task<IResult> WithCitizen(HttpContext context, AccountService accounts, Func<Citizen, Task<IResult>> page) =>
        await CitizenCookie.CitizenAsync(context, accounts) is { } citizen ? await page(citizen) : Results.Redirect("/compte");

    /// <summary>The profile as a form, rendered by form.xsl like a procedure's, without commune or steps.</summary>
    private static IResult ProfilePage(XsltRenderer renderer, IReadOnlyDictionary<string, string> values, string? notice,
        IReadOnlyList<ValidationError>? errors, int status)
    {
        var form = new FormDescription
        {
            Procedure = new ProcedureSummary { Code = "compte.profil", Title = ProfileTexts.Title, Summary = ProfileTexts.Summary },
            Commune = new CommuneInfo(),
            Fields = ProfileFields.Items.Select(Catalogue.ContractMapping.Field).ToArray(),
        };
        return HtmlPages.Render(renderer, "form.xsl", PageDocument.For(form, "GetFormResult", values, errors, notice: notice), status,
            new Dictionary<string, string> { ["action"] = "/compte/profil", ["submit-label"] = ProfileTexts.SaveButton });
    }

    /// <summary>The dashboard with the e-safe's documents, and a notice or the errors of what was just posted (and a refused answer's text).</summary>
    private static async Task<IResult> DashboardPageAsync(HttpContext context, XsltRenderer renderer, Citizen citizen, string? notice,
        IReadOnlyList<ValidationError>? errors, int status, (string Number, string Text)? answer = null) =>
        HtmlPages.Render(renderer, "dashboard.xsl", await DashboardDocumentAsync(context, citizen, notice, errors, answer), status);

    private static async Task<XDocument> DashboardDocumentAsync(HttpContext context, Citizen citizen, string? notice, IReadOnlyList<ValidationError>? errors,
        (string Number, string Text)? answer = null)
    {
        var dashboard = await context.RequestServices.GetRequiredService<CitizenDossiers>().DashboardAsync(citizen);
        var documents = await context.RequestServices.GetRequiredService<CitizenDocuments>().ListAsync(citizen);
        var catalogue = context.RequestServices.GetRequiredService<Catalogue.ProcedureCatalogue>();
        // The documents each open dossier's procedure asks for (outside repeated groups, whose instance the page cannot choose).
        IReadOnlyList<(string, string)> DocumentFields(string procedureCode) => catalogue.Find(procedureCode) is { } procedure
            ? procedure.AllFields().Where(f => f.Type == Catalogue.FieldType.Attachment && procedure.RepeatedGroupOf(f.Path) is null)
                .Select(f => (f.Path, f.Label)).ToList()
            : [];
        var fields = dashboard.OpenDossiers.ToDictionary(d => d.DossierNumber, d => DocumentFields(d.ProcedureCode));
        return DashboardPage.For(dashboard, documents, notice, errors, fields, answer);
    }
}
