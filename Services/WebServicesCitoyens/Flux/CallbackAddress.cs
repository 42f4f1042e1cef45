namespace WebServicesCitoyens.Flux;

/// <summary>
/// Where a vendor client's events may be POSTed: an absolute https address, or http to the loopback
/// interface only (127.0.0.1, ::1, localhost) for a vendor's own tests, so that no event ever travels in
/// clear over a network. No user name or password in it (it is shown in the administration).
/// </summary>
public static class CallbackAddress
{
    public const int MaxLength = 500;

    public static bool IsAcceptable(string url) =>
        url.Length <= MaxLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length == 0 && uri.Fragment.Length == 0
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
