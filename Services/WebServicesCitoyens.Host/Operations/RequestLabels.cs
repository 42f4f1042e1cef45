using WebServicesCitoyens.Host.Soap;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// What a request is called in logs and metrics, from a bounded set and never from what the caller typed
/// (a path may carry a token or a tracking code): the SOAP service and operation the guard recognised, else
/// the route's template, else "-" (static files, unknown addresses).
/// </summary>
public static class RequestLabels
{
    private const string ServiceKey = "wsc.soap.service";
    private const string OperationKey = "wsc.soap.operation";

    /// <summary>Called by <see cref="SoapGuard"/> once it knows the endpoint, then the operation.</summary>
    public static void SoapService(HttpContext context, string endpointPath) => context.Items[ServiceKey] = endpointPath;
    public static void SoapOperation(HttpContext context, string operation) => context.Items[OperationKey] = operation;

    /// <summary>"procedures/etat-civil.acte-naissance", "Flux"... for a SOAP service; "web" for pages and feeds.</summary>
    public static string Service(HttpContext context) =>
        context.Items[ServiceKey] is string path ? path[SoapGuard.ServicesPrefix.Length..].Replace(".svc", "") : "web";

    /// <summary>The SOAP endpoint's address, or the route template of a page ("/suivi", "/agents/dossiers/{number}"), or "-".</summary>
    public static string Path(HttpContext context) =>
        context.Items[ServiceKey] as string ?? (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "-";

    /// <summary>The SOAP operation ("" when unknown, e.g. a WSDL read); for a page, its route template, which names what it does.</summary>
    public static string Operation(HttpContext context) =>
        context.Items.ContainsKey(ServiceKey) ? context.Items[OperationKey] as string ?? "" : Path(context);

    public static bool IsSoap(HttpContext context) => context.Items.ContainsKey(ServiceKey);
}
