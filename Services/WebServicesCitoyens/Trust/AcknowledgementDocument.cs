using System.Xml.Linq;

namespace WebServicesCitoyens.Trust;

/// <summary>
/// The acknowledgement of receipt a submission gets (RGS: dated and sealed by the platform), before it
/// is signed: the facts a citizen may have to prove — which dossier, which procedure with which commune,
/// when, and the fingerprint of the request as stored (dossiers.request_hash). Its shape is published
/// in Xsl/accuse-reception.xsd; <see cref="AcknowledgementVerifier"/> accepts that shape only.
/// </summary>
public static class AcknowledgementDocument
{
    public const string Namespace = "http://webservicescitoyens.fr/ws/accuse-reception/v1";
    public static readonly XNamespace Ns = Namespace;
    public const string RootName = "AccuseReception";

    /// <summary>The root's children in order, the signature last.</summary>
    public static readonly string[] Children =
        ["NumeroDossier", "Demarche", "Commune", "DeposeLe", "EmpreinteDemande", "AdresseSuivi", "AdressePlateforme"];

    /// <param name="submittedAt">The stored text (Timestamps): ISO 8601 UTC, also a valid xs:dateTime.</param>
    public static XDocument Build(string dossierNumber, string procedureCode, string procedureTitle, string communeCode, string communeName,
        string submittedAt, string requestHash, string trackingUrl, string platformUrl) =>
        new(new XElement(Ns + RootName,
            new XElement(Ns + "NumeroDossier", dossierNumber),
            new XElement(Ns + "Demarche", new XElement(Ns + "Code", procedureCode), new XElement(Ns + "Titre", procedureTitle)),
            new XElement(Ns + "Commune", new XElement(Ns + "Code", communeCode), new XElement(Ns + "Nom", communeName)),
            new XElement(Ns + "DeposeLe", submittedAt),
            new XElement(Ns + "EmpreinteDemande", new XAttribute("algorithme", "SHA-256"), requestHash),
            new XElement(Ns + "AdresseSuivi", trackingUrl),
            new XElement(Ns + "AdressePlateforme", platformUrl)));
}
