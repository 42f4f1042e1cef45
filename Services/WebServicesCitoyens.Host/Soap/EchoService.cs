using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// Echo.svc at /services/Echo.svc; requests reach it valid against Wsdl/Echo.xsd. It answers its input and
/// reads or writes nothing: what it serves per second is the SOAP stack's ceiling (Tests/Benchmarks/load).
/// </summary>
public sealed class EchoService : IEchoService
{
    public Task<string> EchoAsync(string Text) => Task.FromResult(Text);
}
