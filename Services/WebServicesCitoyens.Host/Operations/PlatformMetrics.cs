using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// The request instruments (System.Diagnostics.Metrics, so any .NET collector — dotnet-counters, an
/// OpenTelemetry exporter — can read them too) and this process's own tally of them for <c>/metrics</c>:
/// requests by service, operation and status; SOAP faults by service and operation; the duration histogram by service.
/// </summary>
public sealed class PlatformMetrics : IDisposable
{
    public const string MeterName = "WebServicesCitoyens";
    public const string Requests = "wsc_requests_total";
    public const string Faults = "wsc_soap_faults_total";
    public const string Duration = "wsc_request_duration_seconds";
    /// <summary>Upper bounds (seconds): a status read takes milliseconds, a durable submission tens, a PDF more.</summary>
    public static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _requests;
    private readonly Counter<long> _faults;
    private readonly Histogram<double> _duration;
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), long> _counts = new();
    private readonly ConcurrentDictionary<string, Histogram> _durations = new();

    public PlatformMetrics()
    {
        _requests = _meter.CreateCounter<long>(Requests, description: "Requests answered, by service, operation and status");
        _faults = _meter.CreateCounter<long>(Faults, description: "SOAP faults answered, by service and operation");
        _duration = _meter.CreateHistogram<double>(Duration, unit: "s", description: "Time to answer a request, by service");
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == _meter) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _counts.AddOrUpdate((instrument.Name, PrometheusText.Labels(tags)), value, (_, total) => total + value));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            _durations.GetOrAdd(PrometheusText.Labels(tags), _ => new Histogram()).Add(value));
        _listener.Start();
    }

    public void Request(string service, string operation, int status, bool fault, TimeSpan elapsed)
    {
        _requests.Add(1, new("service", service), new("operation", operation), new("status", status));
        if (fault) _faults.Add(1, new("service", service), new("operation", operation));
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("service", service));
    }

    public void Write(PrometheusText text)
    {
        foreach (var (name, help) in new[] { (Requests, "Requests answered, by service, operation and status."), (Faults, "SOAP faults answered, by service and operation.") })
        {
            text.Family(name, "counter", help);
            foreach (var ((_, labels), value) in _counts.Where(c => c.Key.Name == name).OrderBy(c => c.Key.Labels, StringComparer.Ordinal))
                text.Sample(name, labels, value);
        }
        text.Family(Duration, "histogram", "Time to answer a request, in seconds, by service.");
        foreach (var (labels, histogram) in _durations.OrderBy(d => d.Key, StringComparer.Ordinal))
            histogram.Write(text, Duration, labels);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meter.Dispose();
    }

    /// <summary>Cumulative buckets as Prometheus expects them, kept under one lock so a scrape sees a coherent series.</summary>
    private sealed class Histogram
    {
        private readonly long[] _buckets = new long[Buckets.Length];
        private long _count;
        private double _sum;

        public void Add(double seconds)
        {
            lock (this)
            {
                for (var i = 0; i < Buckets.Length; i++) if (seconds <= Buckets[i]) _buckets[i]++;
                _count++;
                _sum += seconds;
            }
        }

        public void Write(PrometheusText text, string name, string labels)
        {
            lock (this)
            {
                for (var i = 0; i < Buckets.Length; i++)
                    text.Sample(name + "_bucket", PrometheusText.With(labels, "le", PrometheusText.Number(Buckets[i])), _buckets[i]);
                text.Sample(name + "_bucket", PrometheusText.With(labels, "le", "+Inf"), _count);
                text.Sample(name + "_sum", labels, _sum);
                text.Sample(name + "_count", labels, _count);
            }
        }
    }
}
