using System.ServiceModel;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// Echo.svc, at <c>/services/Echo.svc</c> (WSDL and XSD under <c>Wsdl/</c>): one operation that answers
/// its input and touches nothing else. It is hosted exactly like the other services (the same SoapCore
/// options, the same guard and validation), so that the load benchmarks (Tests/Benchmarks/load) know
/// what the SOAP stack itself can serve on a machine, and how far a durable submission is from it.
/// </summary>
[ServiceContract(Name = "EchoService", Namespace = ContractNamespaces.Echo)]
[XmlSerializerFormat]
public interface IEchoService
{
    /// <summary>Answers <paramref name="Text"/> unchanged.</summary>
    [OperationContract(Name = "Echo")]
    Task<string> EchoAsync(string Text);
}
