using Microsoft.Extensions.Primitives;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Open311;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using N = WebServicesCitoyens.Host.Web.Open311Node;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The GeoReport v2 endpoint, <c>/open311/v2/</c>, jurisdiction_id being the commune's INSEE code:
/// <c>services.{fmt}</c>, <c>services/{service_code}.{fmt}</c>, POST <c>requests.{fmt}</c> (a real
/// dossier, through the same XSD and rules as every channel), <c>requests.{fmt}</c> with filters,
/// <c>requests/{id}.{fmt}</c> and <c>tokens/{token}.{fmt}</c>; fmt is xml or json. Errors answer the
/// standard's <c>errors/error(code, description)</c> with 400 or 404; an unknown number and another
/// commune's dossier answer the same 404.
/// </summary>
public static class Open311Endpoints
{
    public const string BasePath = "/open311/v2";

    public static void MapOpen311(this WebApplication app)
    {
        app.MapGet(BasePath + "/{file}", async (string file, HttpContext http, Open311Services services, Open311Requests requests, TimeProvider clock) =>
            Resource(file, "services", "requests") switch
            {
                (null, _) => NotFound(Open311Formats.Xml, Open311Texts.ResourceUnknown),
                ("services", var format) => await InJurisdiction(http, format, services, async commune =>
                    Open311Formats.Write(ServiceList(await services.OfAsync(commune)), format)),
                (_, var format) => await InJurisdiction(http, format, services, commune =>
                    SearchAsync(http.Request.Query, commune, format, services, requests, clock.GetUtcNow())),
            });

        app.MapGet(BasePath + "/services/{file}", async (string file, HttpContext http, Open311Services services) =>
            Split(file) is not ({ } code, { } format) ? NotFound(Open311Formats.Xml, Open311Texts.ResourceUnknown)
            : await InJurisdiction(http, format, services, async commune => await services.FindAsync(commune, code) is { } service
                ? Open311Formats.Write(Definition(service), format)
                : NotFound(format, Open311Texts.ServiceUnknown(code))));

        app.MapGet(BasePath + "/requests/{file}", async (string file, HttpContext http, Open311Services services, Open311Requests requests) =>
            Split(file) is not ({ } id, { } format) ? NotFound(Open311Formats.Xml, Open311Texts.ResourceUnknown)
            : await InJurisdiction(http, format, services, async commune => await requests.FindAsync(commune, services.Codes, id) is { } found
                ? Open311Formats.Write(Requests([found]), format)
                : NotFound(format, Open311Texts.RequestNotFound)));

        // Requests are filed at once, so the token of a request is its number (see the README).
        app.MapGet(BasePath + "/tokens/{file}", async (string file, HttpContext http, Open311Services services, Open311Requests requests) =>
            Split(file) is not ({ } token, { } format) ? NotFound(Open311Formats.Xml, Open311Texts.ResourceUnknown)
            : await InJurisdiction(http, format, services, async commune => await requests.FindAsync(commune, services.Codes, token) is { } found
                ? Open311Formats.Write(new N.List("service_requests", "request",
                    [[new N.Value("service_request_id", found.ServiceRequestId), new N.Value("token", found.ServiceRequestId)]]), format)
                : NotFound(format, Open311Texts.RequestNotFound)));

        app.MapPost(BasePath + "/{file}", async (string file, HttpContext http, Open311Services services, SoapEndpoints endpoints,
            SubmissionService submissions) =>
        {
            if (Resource(file, "requests") is not (not null, var format)) return NotFound(Open311Formats.Xml, Open311Texts.ResourceUnknown);
            if (!http.Request.HasFormContentType) return Errors(format, [new Open311Error(400, Open311Texts.FormUnreadable)]);
            var (form, refused) = await PostedForms.ReadAsync(http);
            // Over the limits: the format and size Open311 expects; not UTF-8: the field named.
            if (form is null)
                return Errors(format, [new Open311Error(400, refused!.Status == StatusCodes.Status400BadRequest ? refused.Message : Open311Texts.FormUnreadable)]);
            return await InJurisdictionAsync(FirstOf(form["jurisdiction_id"], http.Request.Query["jurisdiction_id"]), format, services,
                commune => FileAsync(form, http.Request.Headers[Open311Idempotency.Header], commune, format, services, endpoints, submissions));
        });
    }

    /// <param name="idempotencyKey">The optional Idempotency-Key header: a retry with the same key and report answers the first dossier.</param>
    private static async Task<IResult> FileAsync(IFormCollection form, StringValues idempotencyKey, Commune commune, string format,
        Open311Services services, SoapEndpoints endpoints, SubmissionService submissions)
    {
        var key = idempotencyKey.ToString();
        var requestId = idempotencyKey.Count == 0 ? Open311Idempotency.NewRequestId() : Open311Idempotency.RequestIdOf(key);
        if (requestId is null)
            return Errors(format, [new Open311Error(400, Open311Texts.Refusal(Open311Idempotency.Header,
                Open311Texts.IdempotencyKeyInvalid(Open311Idempotency.MaxKeyLength)))]);
        var code = form["service_code"].ToString();
        if (code.Length == 0) return Errors(format, [new Open311Error(400, Open311Texts.Refusal("service_code", Open311Texts.ServiceCodeMissing))]);
        if (await services.FindAsync(commune, code) is not { } service)
            return Errors(format, [new Open311Error(400, Open311Texts.Refusal("service_code", Open311Texts.ServiceUnknown(code)))]);

        var (values, refused) = Open311Report.Read(service.Fields, service.Attributes,
            form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? ""))));
        if (refused.Count > 0) return Refusals(format, service, refused);

        var submit = FormRequestBuilder.Submit(service.Published, service.Version, commune.Code, requestId,
            new FormCollection(values.ToDictionary(v => v.Key, v => new StringValues(v.Value))));
        var validator = endpoints.ForProcedure(service.Code)!.Validator;
        if (PostedForms.Refusals(service.Published, service.Version, commune, submit, validator) is { Count: > 0 } invalid)
            return Refusals(format, service, invalid);
        try
        {
            var receipt = await submissions.SubmitAsync(service.Published, commune.Code, requestId,
                submit.Element(submit.Name.Namespace + "Request")!, Channel.Open311);
            return Open311Formats.Write(new N.List("service_requests", "request",
                [[new N.Value("service_request_id", receipt.DossierNumber), new N.Value("service_notice", Open311Texts.ServiceNotice(commune.Name)),
                  new N.Value("account_id", null)]]), format);
        }
        catch (RequestValidationException reused) when (reused.Errors.Any(e => e.Path == "ClientRequestId"))
        {
            // Only a key given by the client can meet an earlier dossier's: another report under the same key.
            return Errors(format, [new Open311Error(409, Open311Texts.Refusal(Open311Idempotency.Header, Open311Texts.IdempotencyKeyReused(key)))]);
        }
        catch (RequestValidationException refusal)
        {
            return Refusals(format, service, refusal.Errors);
        }
    }

    private static async Task<IResult> SearchAsync(IQueryCollection query, Commune commune, string format, Open311Services services,
        Open311Requests requests, DateTimeOffset now)
    {
        var errors = new List<Open311Error>();
        if (!Open311Report.TryDate(query["start_date"], out var start)) errors.Add(new(400, Open311Texts.Refusal("start_date", Open311Texts.DateInvalid("start_date"))));
        if (!Open311Report.TryDate(query["end_date"], out var end)) errors.Add(new(400, Open311Texts.Refusal("end_date", Open311Texts.DateInvalid("end_date"))));
        var status = query["status"].ToString() is { Length: > 0 } s ? s : null;
        if (status is not (null or "open" or "closed")) errors.Add(new(400, Open311Texts.Refusal("status", Open311Texts.StatusInvalid)));
        var code = query["service_code"].ToString() is { Length: > 0 } c ? c : null;
        if (code is not null && await services.FindAsync(commune, code) is null)
            errors.Add(new(400, Open311Texts.Refusal("service_code", Open311Texts.ServiceUnknown(code))));
        if (errors.Count > 0) return Errors(format, errors);
        var ids = query["service_request_id"].ToString() is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
        return Open311Formats.Write(Requests(await requests.SearchAsync(commune, services.Codes, new Open311Query(ids, code, start, end, status), now)), format);
    }

    private static N ServiceList(IReadOnlyList<Open311Service> services) => new N.List("services", "service", services.Select(s => (IReadOnlyList<N>)
    [
        new N.Value("service_code", s.Code), new N.Value("service_name", s.Version.Title), new N.Value("description", s.Version.Summary),
        N.Boolean("metadata", true), new N.Value("type", "realtime"), new N.Value("keywords", s.Published.Theme), new N.Value("group", Open311Texts.Group),
    ]).ToList());

    private static N Definition(Open311Service service) => new N.Item("service_definition",
    [
        new N.Value("service_code", service.Code),
        new N.List("attributes", "attribute", service.Attributes.Select(a => (IReadOnlyList<N>)
        [
            N.Boolean("variable", true), new N.Value("code", a.Code), new N.Value("datatype", a.Datatype), N.Boolean("required", a.Required),
            new N.Value("datatype_description", a.DatatypeDescription), N.Number("order", a.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new N.Value("description", a.Description),
            new N.List("values", "value", a.Values.Select(v => (IReadOnlyList<N>)[new N.Value("key", v.Key), new N.Value("name", v.Name)]).ToList()),
        ]).ToList()),
    ]);

    private static N Requests(IEnumerable<Open311ServiceRequest> found) => new N.List("service_requests", "request", found.Select(r => (IReadOnlyList<N>)
    [
        new N.Value("service_request_id", r.ServiceRequestId), new N.Value("status", r.Status), new N.Value("status_notes", r.StatusNotes),
        new N.Value("service_name", r.ServiceName), new N.Value("service_code", r.ServiceCode), new N.Value("description", r.Description),
        new N.Value("agency_responsible", r.AgencyResponsible), new N.Value("service_notice", r.ServiceNotice),
        new N.Value("requested_datetime", r.RequestedDatetime), new N.Value("updated_datetime", r.UpdatedDatetime),
        new N.Value("expected_datetime", null), new N.Value("address", r.Address), new N.Value("address_id", null),
        new N.Value("zipcode", null), N.Number("lat", r.Latitude), N.Number("long", r.Longitude), new N.Value("media_url", null),
    ]).ToList());

    /// <summary>The commune of the request's jurisdiction_id, else the standard's error: 400 without one, 404 for a commune not on the platform.</summary>
    private static Task<IResult> InJurisdiction(HttpContext http, string format, Open311Services services, Func<Commune, Task<IResult>> then) =>
        InJurisdictionAsync(http.Request.Query["jurisdiction_id"].ToString(), format, services, then);

    private static async Task<IResult> InJurisdictionAsync(string jurisdiction, string format, Open311Services services, Func<Commune, Task<IResult>> then)
    {
        if (jurisdiction.Length == 0) return Errors(format, [new Open311Error(400, Open311Texts.Refusal("jurisdiction_id", Open311Texts.JurisdictionMissing))]);
        return await services.JurisdictionAsync(jurisdiction) is { } commune
            ? await then(commune)
            : Errors(format, [new Open311Error(404, Open311Texts.Refusal("jurisdiction_id", Open311Texts.JurisdictionUnknown(jurisdiction)))]);
    }

    private static string FirstOf(StringValues posted, StringValues query) => posted.ToString() is { Length: > 0 } value ? value : query.ToString();

    /// <summary>"requests.json" as ("requests", "json"): the name before the last dot (a service code has dots) and a known format.</summary>
    private static (string? Name, string? Format) Split(string file)
    {
        var dot = file.LastIndexOf('.');
        if (dot <= 0) return (null, null);
        var format = file[(dot + 1)..];
        return format is Open311Formats.Xml or Open311Formats.Json ? (file[..dot], format) : (null, null);
    }

    /// <summary>One of the named resources in a known format, else (null, xml).</summary>
    private static (string? Name, string Format) Resource(string file, params string[] names) =>
        Split(file) is ({ } name, { } format) && names.Contains(name) ? (name, format) : (null, Open311Formats.Xml);

    private static IResult Refusals(string format, Open311Service service, IEnumerable<ValidationError> errors) =>
        Errors(format, Open311Report.Errors(service.Fields, service.Attributes, errors));

    private static IResult NotFound(string format, string description) => Errors(format, [new Open311Error(404, description)]);

    private static IResult Errors(string format, IReadOnlyList<Open311Error> errors) =>
        Open311Formats.Write(new N.List("errors", "error", errors.Select(e => (IReadOnlyList<N>)
            [N.Number("code", e.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)), new N.Value("description", e.Description)]).ToList()),
            format, errors.Max(e => e.Code));
}
