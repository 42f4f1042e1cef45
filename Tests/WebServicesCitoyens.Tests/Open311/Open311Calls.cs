using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace WebServicesCitoyens.Tests.Open311;

/// <summary>Calls to the GeoReport v2 endpoint of the shared host, as an Open311 application makes them.</summary>
internal static class Open311Calls
{
    public const string Graffiti = "vie-quotidienne.enlevement-graffiti";
    public static string Base => SharedHost.Host.BaseUrl + "/open311/v2";

    public static async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetAsync(string pathAndQuery)
    {
        using var response = await Infrastructure.Soap.Http.GetAsync(Base + pathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<(HttpStatusCode Status, string Body)> PostAsync(string format, IEnumerable<KeyValuePair<string, string>> fields,
        string? idempotencyKey = null)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{Base}/requests.{format}") { Content = new FormUrlEncodedContent(fields) };
        if (idempotencyKey is not null) post.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        using var response = await Infrastructure.Soap.Http.SendAsync(post);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A valid road-incident report: a position, a description, the two required attributes and the reporter's contact.</summary>
    public static Dictionary<string, string> RoadIncident(string description = "Nid-de-poule profond devant le numéro 5.") => new()
    {
        ["jurisdiction_id"] = Requests.Commune,
        ["service_code"] = Requests.RoadIncident,
        ["lat"] = "47.9029",
        ["long"] = "1.9052",
        ["address_string"] = "5 place du Martroi",
        ["description"] = description,
        ["attribute[categorie]"] = "CHAUSSEE_TROTTOIR",
        ["attribute[niveauGene]"] = "IMPORTANTE",
        ["attribute[lieu.precision]"] = "côté fontaine",
        ["email"] = "open311.riverain@example.org",
        ["first_name"] = "Apolline",
        ["last_name"] = "Vasseur",
        ["phone"] = "02 38 12 34 56",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string? value)
    {
        var copy = new Dictionary<string, string>(fields);
        if (value is null) copy.Remove(name); else copy[name] = value;
        return copy;
    }

    /// <summary>Files a report and returns its service_request_id (read from the XML answer).</summary>
    public static async Task<string> FileAsync(Dictionary<string, string>? fields = null)
    {
        var (status, body) = await PostAsync("xml", fields ?? RoadIncident());
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return XDocument.Parse(body).Root!.Element("request")!.Element("service_request_id")!.Value;
    }

    /// <summary>The descriptions of an errors answer, XML or JSON.</summary>
    public static IReadOnlyList<string> ErrorDescriptions(string body) => body.TrimStart().StartsWith('[')
        ? JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.GetProperty("description").GetString()!).ToList()
        : XDocument.Parse(body).Root!.Elements("error").Select(e => e.Element("description")!.Value).ToList();

    public static XElement SingleRequest(string xml) => XDocument.Parse(xml).Root!.Elements("request").Single();
}
