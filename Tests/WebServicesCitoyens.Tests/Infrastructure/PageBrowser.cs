using System.Net;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A browser as far as the platform's pages see it: keeps the cookies it is given, follows no
/// redirect (the tests look at them), and answers each page with its HTML decoded.
/// </summary>
public sealed class PageBrowser(string baseUrl) : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private HttpClient? _http;

    public HttpClient Http => _http ??= new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false });

    public string? Cookie(string name) => _cookies.GetCookies(new Uri(baseUrl))[name]?.Value;

    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PostAsync(string path, Dictionary<string, string> form) =>
        await PostAsync(path, form.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    /// <summary>A form whose controls may repeat (the checkboxes of a selection).</summary>
    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> form)
    {
        var response = await Http.PostAsync(baseUrl + path, new FormUrlEncodedContent(form));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response);
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(baseUrl + path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public void Dispose() => _http?.Dispose();
}
