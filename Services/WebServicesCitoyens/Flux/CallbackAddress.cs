using System.Net;
using System.Net.Sockets;

namespace WebServicesCitoyens.Flux;

/// <summary>What an IP address is, as far as a webhook may be sent to it.</summary>
public enum AddressClass
{
    Public,
    Loopback,
    Private,       // RFC 1918, fc00::/7
    LinkLocal,     // 169.254.0.0/16 (cloud metadata services among them), fe80::/10
    Multicast,
    Unspecified,   // 0.0.0.0/8, ::
    SharedCgnat,   // 100.64.0.0/10
    Reserved,      // 240.0.0.0/4, the broadcast address, fec0::/10
}

/// <summary>
/// The syntax of a callback URL and the class of an address (the SSRF guard's classifier). A webhook
/// leaves the platform for the vendor's server on the Internet: never for an address inside a network
/// (the platform's own, its hosts' neighbours, a cloud's metadata service). IPv4 addresses written as
/// IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d, compatible ::a.b.c.d) are classed as the IPv4 address.
/// </summary>
public static class CallbackAddress
{
    public const int MaxLength = 500;

    /// <summary>An absolute http(s) URL, with no user name or password (it is shown in the administration) nor fragment.</summary>
    public static bool IsWellFormed(string url, out Uri uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri!) && url.Length <= MaxLength && uri.UserInfo.Length == 0 && uri.Fragment.Length == 0
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static AddressClass Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (Embedded(address) is { } v4) return Classify(v4);
            if (address.Equals(IPAddress.IPv6Any)) return AddressClass.Unspecified;
            if (address.Equals(IPAddress.IPv6Loopback)) return AddressClass.Loopback;
            var b = address.GetAddressBytes();
            if (b[0] == 0xff) return AddressClass.Multicast;
            if ((b[0] & 0xfe) == 0xfc) return AddressClass.Private;
            if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return AddressClass.LinkLocal;
            if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return AddressClass.Reserved;
            return AddressClass.Public;
        }
        var a = address.GetAddressBytes();
        return a switch
        {
            [0, ..] => AddressClass.Unspecified,
            [127, ..] => AddressClass.Loopback,
            [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => AddressClass.Private,
            [169, 254, ..] => AddressClass.LinkLocal,
            [100, >= 64 and <= 127, ..] => AddressClass.SharedCgnat,
            [>= 224 and <= 239, ..] => AddressClass.Multicast,
            [>= 240, ..] => AddressClass.Reserved,
            _ => AddressClass.Public,
        };
    }

    /// <summary>The IPv4 address an IPv6 one carries (mapped, NAT64 well-known prefix, IPv4-compatible), or null.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var b = address.GetAddressBytes();
        var nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].All(x => x == 0);
        var compatible = b[..12].All(x => x == 0) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1);
        return nat64 || compatible ? new IPAddress(b[12..]) : null;
    }
}
