using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Search;

/// <summary>
/// A queue filter as a saved search stores it (column filter_xml): a Filter element with the children of
/// the back office's DossierFilter (ProcedureCode … Keywords), only those set. The page is not kept: a
/// saved search opens at its first page.
/// </summary>
public static class SavedFilterXml
{
    private static readonly XNamespace B = ContractNamespaces.BackOffice;

    public static string Write(QueueFilter filter)
    {
        var element = new XElement(B + "Filter",
            filter.Procedure is { } procedure ? new XElement(B + "ProcedureCode", procedure) : null,
            filter.Step is { } step ? new XElement(B + "StepCode", step) : null,
            filter.State is { } state ? new XElement(B + "State", state) : null,
            filter.OlderThanDays is { } days ? new XElement(B + "OlderThanDays", days) : null,
            filter.OverdueOnly ? new XElement(B + "OverdueOnly", "true") : null,
            filter.AssignedToMe ? new XElement(B + "AssignedToMe", "true") : null,
            filter.UnassignedOnly ? new XElement(B + "UnassignedOnly", "true") : null,
            filter.TestDossiers ? new XElement(B + "TestDossiers", "true") : null,
            filter.Sort != QueueSort.Submitted ? new XElement(B + "Sort", filter.Sort.ToString()) : null,
            filter.Descending ? new XElement(B + "Descending", "true") : null,
            new XElement(B + "PageSize", filter.PageSize),
            filter.Keywords is { } keywords ? new XElement(B + "Keywords", keywords) : null);
        return element.ToString(SaveOptions.DisableFormatting);
    }

    public static QueueFilter Read(string xml)
    {
        var element = XElement.Parse(xml);
        string? Text(string name) => element.Element(B + name)?.Value;
        bool Flag(string name) => Text(name) == "true";
        int? Number(string name) => Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        return new QueueFilter(Text("ProcedureCode"), Text("StepCode"), Text("State"), Number("OlderThanDays"),
            Flag("OverdueOnly"), Flag("AssignedToMe"), Flag("UnassignedOnly"), Flag("TestDossiers"),
            Text("Sort") is { } sort ? Enum.Parse<QueueSort>(sort) : QueueSort.Submitted, Flag("Descending"),
            1, Number("PageSize") ?? new QueueFilter().PageSize, Text("Keywords"));
    }
}
