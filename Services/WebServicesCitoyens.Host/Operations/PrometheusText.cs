using System.Globalization;
using System.Text;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>The Prometheus text exposition format (version 0.0.4): families, samples, escaped label values.</summary>
public sealed class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";
    private readonly StringBuilder _text = new();

    public void Family(string name, string type, string help) =>
        _text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    public void Sample(string name, string labels, double value) =>
        _text.Append(name).Append(labels.Length == 0 ? "" : "{" + labels + "}").Append(' ').Append(Number(value)).Append('\n');

    public override string ToString() => _text.ToString();

    /// <summary>"a=\"x\",b=\"y\"" from a measurement's tags, in the order given.</summary>
    public static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new StringBuilder();
        foreach (var (key, value) in tags)
        {
            if (labels.Length > 0) labels.Append(',');
            labels.Append(key).Append("=\"").Append(Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")).Append('"');
        }
        return labels.ToString();
    }

    public static string With(string labels, string name, string value) =>
        (labels.Length == 0 ? "" : labels + ",") + name + "=\"" + Escape(value) + "\"";

    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");
}
