using System.Xml.Linq;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>Valid typed requests of the two foundation procedures, as a vendor would send them.</summary>
public static class Requests
{
    public const string Commune = "45234";
    public const string BirthCertificate = "etat-civil.acte-naissance";
    public const string RoadIncident = "vie-quotidienne.incident-voirie";
    private static readonly XNamespace T = Soap.Ns;

    public static XElement BirthCertificateRequest(string typeDocument = "COPIE_INTEGRALE", string copies = "1") =>
        new(T + "Request",
            new XElement(T + "typeDocument", typeDocument),
            new XElement(T + "qualiteDemandeur", "TITULAIRE"),
            new XElement(T + "nombreExemplaires", copies),
            new XElement(T + "titulaire",
                new XElement(T + "nomNaissance", "Lefèvre"), new XElement(T + "prenoms", "Anne Marie"),
                new XElement(T + "dateNaissance", "1985-04-12"), new XElement(T + "communeNaissance", Commune)),
            new XElement(T + "pere", new XElement(T + "nom", "Lefèvre"), new XElement(T + "prenoms", "Henri")),
            new XElement(T + "mere", new XElement(T + "nom", "Roux"), new XElement(T + "prenoms", "Claire")),
            new XElement(T + "demandeur",
                new XElement(T + "nom", "Lefèvre"), new XElement(T + "prenom", "Anne"),
                new XElement(T + "adresse", new XElement(T + "numero", "12 bis"), new XElement(T + "voie", "rue de Bourgogne"),
                    new XElement(T + "codePostal", "45000"), new XElement(T + "commune", "Orléans")),
                new XElement(T + "courriel", "anne.lefevre@example.org"),
                new XElement(T + "telephone", "02 38 00 00 00")));

    public static XElement RoadIncidentRequest(string latitude = "47.9029") =>
        new(T + "Request",
            new XElement(T + "categorie", "ECLAIRAGE_PUBLIC"),
            new XElement(T + "niveauGene", "DANGER"),
            new XElement(T + "description", "Le lampadaire devant l'école est éteint depuis trois jours."),
            new XElement(T + "lieu", new XElement(T + "adresse", "5 place du Martroi"), new XElement(T + "precision", "côté fontaine"),
                new XElement(T + "localisation", new XElement(T + "latitude", latitude), new XElement(T + "longitude", "1.9052"))),
            new XElement(T + "declarant", new XElement(T + "courriel", "riverain@example.org")));

    public static string SubmitBody(string requestId, XElement request, string commune = Commune) =>
        new XElement(T + "Submit", new XElement(T + "CommuneCode", commune), new XElement(T + "ClientRequestId", requestId), request)
            .ToString(SaveOptions.DisableFormatting);

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Files a request over SOAP (Submit) and returns the dossier's number and tracking code.</summary>
    public static Task<(string Number, string TrackingCode)> SubmitAsync(string procedure, XElement request) =>
        SubmitAsync(SharedHost.Host, procedure, request);

    /// <summary>Files a request over SOAP on the given host and returns the dossier's number and tracking code.</summary>
    public static async Task<(string Number, string TrackingCode)> SubmitAsync(HostProcess host, string procedure, XElement request)
    {
        var (status, body, _) = await Soap.PostAsync(host.ServiceUrl(procedure), Soap.Envelope(SubmitBody(NewId("submit"), request)), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        var result = XDocument.Parse(body).Descendants(Soap.Tns + "SubmitResult").Single();
        return (result.Element(Soap.Tns + "DossierNumber")!.Value, result.Element(Soap.Tns + "TrackingCode")!.Value);
    }
}
