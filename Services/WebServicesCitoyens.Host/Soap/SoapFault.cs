using System.Text;
using System.Xml;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>
/// The one shape of every SOAP 1.1 fault the platform sends: a French <c>faultstring</c>, and a
/// <c>detail</c> listing each problem with the path of its field, or the correlation id under which
/// the server logged an internal error. A fault never carries an exception message, SQL or a path.
/// </summary>
public static class SoapFault
{
    public const string EnvelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/";

    public static string ClientFault(IReadOnlyList<ValidationError> errors) =>
        Envelope(writer => WriteFault(writer, "s:Client", Summary(errors), errors, correlationId: null));

    public static string ServerFault(string message, string correlationId) =>
        Envelope(writer => WriteFault(writer, "s:Server", message, [], correlationId));

    /// <summary>"La demande contient 2 erreurs : … ; …", or the single message.</summary>
    public static string Summary(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 1 ? errors[0].Message : $"{Texts.ValidationTexts.ErrorCount(errors.Count)} : {string.Join(" ; ", errors.Select(e => e.Message))}";

    public static void WriteFault(XmlWriter writer, string code, string message, IReadOnlyList<ValidationError> errors, string? correlationId)
    {
        writer.WriteStartElement("s", "Fault", EnvelopeNamespace);
        writer.WriteElementString("faultcode", code);
        writer.WriteStartElement("faultstring");
        writer.WriteAttributeString("xml", "lang", null, "fr");
        writer.WriteString(message);
        writer.WriteEndElement();
        writer.WriteStartElement("detail");
        writer.WriteStartElement("f", "RequestFault", ContractNamespaces.Faults);
        foreach (var error in errors)
        {
            writer.WriteStartElement("Error", ContractNamespaces.Faults);
            writer.WriteElementString("Field", ContractNamespaces.Faults, error.Path);
            writer.WriteElementString("Message", ContractNamespaces.Faults, error.Message);
            writer.WriteEndElement();
        }
        if (correlationId is not null) writer.WriteElementString("CorrelationId", ContractNamespaces.Faults, correlationId);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string Envelope(Action<XmlWriter> writeBody)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("s", "Envelope", EnvelopeNamespace);
            writer.WriteStartElement("s", "Body", EnvelopeNamespace);
            writeBody(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return text.ToString();
    }
}
