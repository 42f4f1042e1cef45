using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.Features;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// Everything a SOAP request must pass before SoapCore sees it (SoapCore parses DTDs, has no size
/// or depth limit and validates nothing). The body is read once into memory, within a size limit;
/// parsed with DTDs prohibited and no resolver, within depth, attribute and name limits; checked to
/// be one SOAP 1.1 operation whose SOAPAction (if any) names that same operation; and validated
/// against the endpoint's published XSD. Only then is the buffered body handed on. The size limit
/// is the endpoint's: <see cref="MaxBodyBytes"/> for every endpoint but the citizen account's, whose
/// documents need about 7 MiB (see <see cref="SoapEndpoint.MaxBodyBytes"/>).
/// </summary>
public sealed class SoapGuard(RequestDelegate next, SoapEndpoints endpoints, ILogger<SoapGuard> logger)
{
    /// <summary>The body limit of every endpoint that does not carry files.</summary>
    public const int MaxBodyBytes = 256 * 1024;
    public const int MaxDepth = 32;
    public const int MaxAttributesPerElement = 16;
    public const int MaxNameLength = 128;
    /// <summary>Far above the largest form (a procedure's request has a few hundred elements at most).</summary>
    public const int MaxElements = 10_000;
    /// <summary>The only operations whose request may exceed <see cref="MaxBodyBytes"/> where the endpoint allows more: a document upload, a definition imported.</summary>
    public static readonly IReadOnlySet<string> LargeOperations = new HashSet<string> { "UploadDocument", "ImportConfiguration" };
    private static readonly XNamespace Soap = SoapFault.EnvelopeNamespace;

    public const string ServicesPrefix = "/services/";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(ServicesPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        // SoapCore also answers sub-paths (".svc/", ".svc/Submit") and every HTTP method: only the exact
        // address goes on, with GET for the WSDL and POST for the operations.
        var endpoint = endpoints.ForPath(path);
        if (endpoint is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Operations.RequestLabels.SoapService(context, endpoint.Path);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return;
        }

        var maxBodyBytes = endpoint.MaxBodyBytes;
        if (context.Request.ContentLength > maxBodyBytes)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, GuardTexts.TooLarge(maxBodyBytes));
            return;
        }
        if (!(context.Request.ContentType ?? "").StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, GuardTexts.WrongContentType);
            return;
        }

        var body = await ReadBoundedAsync(context, maxBodyBytes);
        if (body is null)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, GuardTexts.TooLarge(maxBodyBytes));
            return;
        }

        var (document, problem) = Parse(body, maxBodyBytes);
        if (document is null)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, problem!);
            return;
        }

        var errors = CheckEnvelope(document, DeclaredActions(context.Request, document), endpoint.Service, out var operation);
        // Only an operation of the service names the request in logs and metrics: a caller's made-up names would not be bounded.
        if (operation is not null && operation.Name.Namespace == endpoint.Service.Namespace && endpoint.Service.Operations.Contains(operation.Name.LocalName))
            Operations.RequestLabels.SoapOperation(context, operation.Name.LocalName);
        if (errors.Count == 0) errors = endpoint.Validator.Validate(operation!);
        if (errors.Count > 0)
        {
            logger.LogInformation("SOAP request to {Path} refused: {Errors}", endpoint.Path, string.Join(" | ", errors.Select(e => e.Path)));
            await WriteFault(context, StatusCodes.Status500InternalServerError, SoapFault.ClientFault(errors));
            return;
        }

        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        await next(context);
    }

    /// <summary>The whole body, or null when it exceeds the limit (announced or chunked).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpContext context, int maxBodyBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBodyBytes + 1;
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Parses within limits; a first streaming pass enforces them before any tree is built: depth,
    /// attributes, names, the number of elements, and that a body over <see cref="MaxBodyBytes"/> is a
    /// document upload (an endpoint that takes files does not take large bodies for its other operations).
    /// </summary>
    private static (XDocument? Document, string? Problem) Parse(byte[] body, int maxBodyBytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = maxBodyBytes,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        try
        {
            using (var reader = XmlReader.Create(new MemoryStream(body), settings))
            {
                var elements = 0;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (++elements > MaxElements) return (null, GuardTexts.TooManyElements(MaxElements));
                    // Envelope (0) / Body (1) / operation (2): a large body must be an upload.
                    if (reader.Depth == 2 && body.Length > MaxBodyBytes && !LargeOperations.Contains(reader.LocalName))
                        return (null, GuardTexts.TooLarge(MaxBodyBytes));
                    if (reader.Depth >= MaxDepth) return (null, GuardTexts.TooDeep(MaxDepth));
                    if (reader.AttributeCount > MaxAttributesPerElement) return (null, GuardTexts.TooManyAttributes(MaxAttributesPerElement));
                    if (reader.LocalName.Length > MaxNameLength) return (null, GuardTexts.NameTooLong(MaxNameLength));
                }
            }
            using var second = XmlReader.Create(new MemoryStream(body), settings);
            return (XDocument.Load(second), null);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return (null, GuardTexts.DoctypeRefused);
        }
        catch (XmlException e)
        {
            return (null, GuardTexts.Malformed(e.LineNumber, e.LinePosition));
        }
    }

    /// <summary>
    /// Every place a client may name the operation and SoapCore would dispatch on: the SOAPAction
    /// header, the action parameter of the content type, and a WS-Addressing Action header.
    /// </summary>
    private static IReadOnlyList<string> DeclaredActions(HttpRequest request, XDocument document)
    {
        var actions = new List<string> { request.Headers["SOAPAction"].ToString() };
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            actions.AddRange(contentType.Parameters.Where(p => p.Name.Equals("action", StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Value.ToString()));
        var header = document.Root?.Element(Soap + "Header");
        if (header is not null)
            actions.AddRange(header.Elements().Where(e => e.Name.LocalName == "Action").Select(e => e.Value));
        return actions.Select(a => a.Trim().Trim('"')).Where(a => a.Length > 0).ToList();
    }

    private static IReadOnlyList<ValidationError> CheckEnvelope(XDocument document, IReadOnlyList<string> actions, WsdlService service, out XElement? operation)
    {
        operation = null;
        var envelope = document.Root!;
        if (envelope.Name != Soap + "Envelope")
            return [new ValidationError("Envelope", GuardTexts.NotSoap11)];
        var header = envelope.Element(Soap + "Header");
        if (header is not null && header.Elements().Any(h => (string?)h.Attribute(Soap + "mustUnderstand") is "1" or "true"
                && h.Name.LocalName != "Action"))
            return [new ValidationError("Header", GuardTexts.MustUnderstand)];
        var bodies = envelope.Elements(Soap + "Body").ToList();
        if (bodies.Count != 1 || bodies[0].Elements().Count() != 1)
            return [new ValidationError("Body", GuardTexts.OneOperation)];

        operation = bodies[0].Elements().Single();
        if (operation.Name.Namespace != service.Namespace)
            return [new ValidationError(operation.Name.LocalName,
                ValidationTexts.WrongNamespace(operation.Name.LocalName, operation.Name.NamespaceName, service.Namespace))];
        if (!service.Operations.Contains(operation.Name.LocalName))
            return [new ValidationError(operation.Name.LocalName, ValidationTexts.UnknownOperation(operation.Name.LocalName))];

        // SoapCore dispatches on SOAPAction and accepts any action that merely contains an operation
        // name: insist that a given action is exactly the body's operation.
        var expected = service.SoapAction(operation.Name.LocalName);
        var wrong = actions.FirstOrDefault(a => a != expected);
        return wrong is null ? [] : [new ValidationError("SOAPAction", GuardTexts.ActionMismatch(wrong, operation.Name.LocalName, expected))];
    }

    private static Task Refuse(HttpContext context, int status, string message) =>
        WriteFault(context, status, SoapFault.ClientFault([new ValidationError("Envelope", message)]));

    private static async Task WriteFault(HttpContext context, int status, string fault)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml; charset=utf-8";
        // The rest of an oversized or refused body is not read: close rather than keep the connection.
        if (status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status400BadRequest)
            context.Response.Headers.Connection = "close";
        await context.Response.WriteAsync(fault);
    }
}
