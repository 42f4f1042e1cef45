using System.Diagnostics;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// First in the pipeline: gives each request its correlation id (echoed in <c>X-Correlation-Id</c>, used as
/// <see cref="HttpContext.TraceIdentifier"/> so that a SOAP fault names it), opens the log scope every line of
/// the request carries, then writes one line per request and counts it in <see cref="PlatformMetrics"/>.
/// Neither bodies, query strings nor raw paths are logged (<see cref="RequestLabels"/>).
/// </summary>
public sealed class RequestObserver(RequestDelegate next, ILogger<RequestObserver> logger, PlatformMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationId.For(context.Request);
        context.TraceIdentifier = correlationId;
        context.Response.Headers[CorrelationId.Header] = correlationId;
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId}", correlationId);
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            // The exception goes on to the server, which answers 500 if nothing was sent yet.
            failed = true;
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var service = RequestLabels.Service(context);
            var operation = RequestLabels.Operation(context);
            var status = context.Response.HasStarted ? context.Response.StatusCode
                : context.RequestAborted.IsCancellationRequested ? 499 // the client went away
                : failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            // SOAP 1.1 answers every fault with 500; a SOAP endpoint's 500 is a fault (client or server).
            var fault = RequestLabels.IsSoap(context) && status == StatusCodes.Status500InternalServerError;
            metrics.Request(service, operation, status, fault, elapsed);
            // Probes and scrapes come every few seconds: their lines are kept for Debug, not to drown the others.
            var level = context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments(MetricsEndpoint.Path)
                ? LogLevel.Debug : LogLevel.Information;
            logger.Log(level, "{Method} {Path} answered {Status} in {DurationMs} ms; SOAP operation: {SoapOperation}, fault: {SoapFault}",
                context.Request.Method, RequestLabels.Path(context), status, Math.Round(elapsed.TotalMilliseconds, 1),
                RequestLabels.IsSoap(context) && operation.Length > 0 ? operation : "-", fault);
        }
    }
}
