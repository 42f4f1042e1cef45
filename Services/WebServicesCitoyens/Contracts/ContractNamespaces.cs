namespace WebServicesCitoyens.Contracts;

/// <summary>
/// Namespaces of the published contracts. The major version is part of the namespace: a breaking
/// change is a new namespace and a new address, the old one kept until communes have moved.
/// </summary>
public static class ContractNamespaces
{
    /// <summary>Every procedure service: operations, receipt, status, form, and the procedure's typed request.</summary>
    public const string Procedure = "http://webservicescitoyens.fr/ws/procedure/v1";

    /// <summary>The catalogue service: themes, the procedures a commune offers, search.</summary>
    public const string Catalogue = "http://webservicescitoyens.fr/ws/catalogue/v1";

    /// <summary>The citizen account service: login, dashboard, the dossiers a citizen follows.</summary>
    public const string Citizen = "http://webservicescitoyens.fr/ws/citizen/v1";

    /// <summary>The back office service: agents' logins, queue, dossier processing, filing on a citizen's behalf.</summary>
    public const string BackOffice = "http://webservicescitoyens.fr/ws/backoffice/v1";
    /// <summary>The administration service: a commune's configuration of its procedures and its people.</summary>
    public const string Administration = "http://webservicescitoyens.fr/ws/administration/v1";

    /// <summary>Flux.svc: the communes' software pulls new dossiers, acknowledges them, pushes their status.</summary>
    public const string Flux = "http://webservicescitoyens.fr/ws/flux/v1";

    /// <summary>The public observatory's open data (/observatoire.xml, Xsl/observatoire.xsd): not a SOAP contract, a published document.</summary>
    public const string Observatory = "http://webservicescitoyens.fr/ws/observatoire/v1";

    /// <summary>Echo.svc: one operation answering its input, the SOAP stack's own ceiling for the load benchmarks.</summary>
    public const string Echo = "http://webservicescitoyens.fr/ws/echo/v1";

    /// <summary>Element wrapping the detail of a validation fault.</summary>
    public const string Faults = "http://webservicescitoyens.fr/ws/faults/v1";
}
