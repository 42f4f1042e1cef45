using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// One GeoReport v2 answer, written once and serialised in either format the standard allows: XML
/// (required: a root holding one element per item) and JSON (an array of items, or one object).
/// </summary>
public abstract record Open311Node(string Name)
{
    /// <summary>A value: text, or a JSON number or boolean when <see cref="Kind"/> says so; null leaves it empty (JSON null).</summary>
    public sealed record Value(string Name, string? Text, JsonValueKind Kind = JsonValueKind.String) : Open311Node(Name);

    public sealed record Item(string Name, IReadOnlyList<Open311Node> Children) : Open311Node(Name);

    public sealed record List(string Name, string ItemName, IReadOnlyList<IReadOnlyList<Open311Node>> Items) : Open311Node(Name);

    public static Value Number(string name, string? text) => new(name, text, JsonValueKind.Number);

    public static Value Boolean(string name, bool value) => new(name, value ? "true" : "false", JsonValueKind.True);
}

public static class Open311Formats
{
    public const string Xml = "xml";
    public const string Json = "json";

    /// <summary>The answer in the format asked for, with the status it goes with.</summary>
    public static IResult Write(Open311Node root, string format, int status = 200) => format == Json
        ? Results.Text(ToJson(root), "application/json; charset=utf-8", Encoding.UTF8, status)
        : Results.Text(ToXml(root), "text/xml; charset=utf-8", Encoding.UTF8, status);

    public static string ToXml(Open311Node root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + XmlOf(root).ToString(SaveOptions.DisableFormatting);

    private static XElement XmlOf(Open311Node node) => node switch
    {
        Open311Node.Value value => new XElement(value.Name, value.Text ?? ""),
        Open311Node.Item item => new XElement(item.Name, item.Children.Select(XmlOf)),
        Open311Node.List list => new XElement(list.Name, list.Items.Select(children => new XElement(list.ItemName, children.Select(XmlOf)))),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static string ToJson(Open311Node root)
    {
        using var buffer = new MemoryStream();
        // Accented French stays readable; the answer is served as application/json, never inside HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            switch (root)
            {
                case Open311Node.List list: WriteArray(writer, list); break;
                case Open311Node.Item item: WriteObject(writer, item.Children); break;
                default: throw new ArgumentOutOfRangeException(nameof(root));
            }
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArray(Utf8JsonWriter writer, Open311Node.List list)
    {
        writer.WriteStartArray();
        foreach (var children in list.Items) WriteObject(writer, children);
        writer.WriteEndArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, IReadOnlyList<Open311Node> children)
    {
        writer.WriteStartObject();
        foreach (var child in children)
        {
            writer.WritePropertyName(child.Name);
            switch (child)
            {
                case Open311Node.Value { Text: null }: writer.WriteNullValue(); break;
                case Open311Node.Value { Kind: JsonValueKind.Number } number:
                    if (decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) writer.WriteNumberValue(parsed);
                    else writer.WriteStringValue(number.Text);
                    break;
                case Open311Node.Value { Kind: JsonValueKind.True } flag: writer.WriteBooleanValue(flag.Text == "true"); break;
                case Open311Node.Value text: writer.WriteStringValue(text.Text); break;
                case Open311Node.Item item: WriteObject(writer, item.Children); break;
                case Open311Node.List list: WriteArray(writer, list); break;
            }
        }
        writer.WriteEndObject();
    }
}
