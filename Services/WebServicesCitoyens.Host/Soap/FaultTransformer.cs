using System.ServiceModel.Channels;
using System.Xml;
using SoapCore;
using SoapCore.Extensibility;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// Replaces SoapCore's faults, which repeat any exception's message: a refused request gets its
/// French errors; anything else gets a generic text and a correlation id, the full error going to the log.
/// </summary>
public sealed class FaultTransformer(IHttpContextAccessor http, ILogger<FaultTransformer> logger) : IFaultExceptionTransformer
{
    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceManager)
    {
        var refused = Unwrap(exception);
        BodyWriter body;
        if (refused is not null)
        {
            body = new FaultBodyWriter("s:Client", SoapFault.Summary(refused.Errors), refused.Errors, null);
        }
        else
        {
            var correlationId = http.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
            logger.LogError(exception, "SOAP operation failed; correlation id {CorrelationId}", correlationId);
            body = new FaultBodyWriter("s:Server", DossierTexts.InternalError(correlationId), [], correlationId);
        }
        return Message.CreateMessage(messageVersion, null, body);
    }

    private static RequestValidationException? Unwrap(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is RequestValidationException refused) return refused;
        return null;
    }

    private sealed class FaultBodyWriter(string code, string message, IReadOnlyList<ValidationError> errors, string? correlationId)
        : BodyWriter(isBuffered: true)
    {
        protected override void OnWriteBodyContents(XmlDictionaryWriter writer) =>
            SoapFault.WriteFault(writer, code, message, errors, correlationId);
    }
}
