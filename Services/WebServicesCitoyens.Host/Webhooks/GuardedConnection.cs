using System.Net;
using System.Net.Sockets;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Webhooks;

/// <summary>A connection the SSRF guard refused; its message (French) goes to the delivery log as it is.</summary>
public sealed class CallbackRefusedException(string message) : Exception(message);

/// <summary>
/// The webhook sender's connect callback (SocketsHttpHandler.ConnectCallback): resolves the callback's host
/// itself and connects only to an address <see cref="CallbackPolicy"/> allows — the address actually
/// connected to is the one checked, so a name that resolved to a public address when the vendor declared
/// it and resolves now to an internal one (DNS rebinding) gets no connection.
/// </summary>
public static class GuardedConnection
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> For(CallbackPolicy policy) => async (context, cancellation) =>
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
        var allowed = addresses.Where(policy.Allows).ToList();
        if (allowed.Count == 0)
            throw new CallbackRefusedException(FluxTexts.CallbackRefusedAtSend(host, addresses.FirstOrDefault()?.ToString() ?? "?"));
        // Each allowed address in turn, as the default connection tries each resolved one.
        for (var i = 0; ; i++)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(allowed[i], context.DnsEndPoint.Port), cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException) when (i < allowed.Count - 1)
            {
                socket.Dispose();
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    };
}
