using Microsoft.AspNetCore.Http.Features;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// A post to an administration page, once checked and read (<see cref="HandleAsync"/>): its form, the operation
/// asked, the form of the page it came from (<c>formulaire</c>), its fields, and what a refusal shows again.
/// </summary>
internal sealed class AdministrationPost(IFormCollection form)
{
    /// <summary>A definition is 1 MiB at most (<see cref="ConfigurationCheck.MaxBytes"/>); a post carries one, with room for its encoding.</summary>
    private const int MaxPostBytes = 3 * ConfigurationCheck.MaxBytes;

    /// <summary>What every administration page's form posts besides its fields: never shown again as typed.</summary>
    private static readonly string[] Controls = ["operation", "formulaire", "fixe"];

    public IFormCollection Form => form;

    public string Operation { get; } = form["operation"].ToString();

    /// <summary>The id of the page's form posted (<see cref="AdministrationPages.FormKey"/>): where its refusals are shown.</summary>
    public string Key { get; } = AdministrationPages.FormKey(form["formulaire"].ToString());

    /// <summary>A field, trimmed ("" when absent).</summary>
    public string Field(string name) => form[name].ToString().Trim();

    /// <summary>A field posted several times (boxes ticked), each trimmed, the empty ones left out.</summary>
    public IReadOnlyList<string> Fields(string name) => form[name].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();

    /// <summary>Where a refusal of <paramref name="parameter"/> is shown on the page (<see cref="AdministrationPages.PathOf"/>).</summary>
    public string PathOf(string parameter) => AdministrationPages.PathOf(Key, parameter, form);

    /// <summary>What was typed, for the form refused; <paramref name="withheld"/>: fields never sent back (a password).</summary>
    public IReadOnlyDictionary<string, string> Values(params string[] withheld) => form.Keys
        .Where(k => !Controls.Contains(k) && !withheld.Contains(k))
        .ToDictionary(k => k, k => string.Join(' ', form[k].Select(v => v ?? "")));

    /// <summary>
    /// The start of every administration post: a post from another site or without the session's token is refused
    /// (<see cref="AgentPages.RefusedPost"/>), a form larger than a definition answers 413 with its French message;
    /// otherwise <paramref name="handle"/> answers the post read.
    /// </summary>
    public static async Task<IResult> HandleAsync(HttpContext context, AdministrationSession admin, Func<AdministrationPost, Task<IResult>> handle)
    {
        if (AgentPages.RefusedPost(context, admin.Session) is { } refusal) return refusal;
        if (await ReadFormAsync(context) is not { } form)
            return admin.Message(BackOfficePageTexts.RefusedTitle, AdministrationPageTexts.PostTooLarge, StatusCodes.Status413PayloadTooLarge);
        return await handle(new AdministrationPost(form));
    }

    /// <summary>The posted form, read within the size of a definition; null when it is larger.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxPostBytes) return null;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxPostBytes;
        try
        {
            return await context.Request.ReadFormAsync(new FormOptions
            {
                ValueLengthLimit = 2 * ConfigurationCheck.MaxBytes, MultipartBodyLengthLimit = MaxPostBytes, ValueCountLimit = 500,
            });
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }
}
