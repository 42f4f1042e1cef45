using System.Net;
using System.Net.Sockets;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// Where webhooks may go (the SSRF guard): https to a public address only. <c>Webhooks:AllowLoopback</c>
/// (false unless set; the test hosts set it) also lets a vendor's own tests receive them on the loopback
/// interface, over http too — never a private, link-local, shared or multicast address. Checked when the
/// vendor declares its URL (the name resolved then) and again on every connection
/// (<see cref="Allows"/>, from the sender's connect callback, on the very address connected to), so a
/// name that later resolves elsewhere (DNS rebinding) is refused too.
/// </summary>
public sealed class CallbackPolicy(bool allowLoopback)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public bool AllowLoopback => allowLoopback;

    public string FormatRefusal => allowLoopback ? FluxTexts.CallbackFormatWithLoopback : FluxTexts.CallbackFormat;

    /// <summary>The URL's syntax and scheme: https, or http to the loopback interface when allowed.</summary>
    public bool IsAcceptable(string url) =>
        CallbackAddress.IsWellFormed(url, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (allowLoopback && uri.IsLoopback));

    public bool Allows(IPAddress address) => CallbackAddress.Classify(address) switch
    {
        AddressClass.Public => true,
        AddressClass.Loopback => allowLoopback,
        _ => false,
    };

    /// <summary>
    /// The first address the URL's host is or resolves to that is not allowed, or null. A name that does not
    /// resolve now is let through: every connection is checked again.
    /// </summary>
    public async Task<IPAddress?> ForbiddenAddressAsync(Uri uri)
    {
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)) return Allows(literal) ? null : literal;
        try
        {
            using var timeout = new CancellationTokenSource(ResolveTimeout);
            var addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, timeout.Token);
            return addresses.FirstOrDefault(a => !Allows(a));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ArgumentException)
        {
            return null;
        }
    }
}
