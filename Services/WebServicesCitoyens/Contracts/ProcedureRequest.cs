using System.Xml;
using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// The procedure's typed request as it arrived. Its shape is the procedure's own XSD type; the
/// host has validated it against that XSD before the service sees it, so this class only carries
/// the elements through SoapCore unchanged.
/// </summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class ProcedureRequest
{
    [XmlAnyElement]
    public XmlElement[] Fields { get; set; } = [];
}
