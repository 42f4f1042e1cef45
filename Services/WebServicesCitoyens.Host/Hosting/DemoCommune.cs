using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// Seeds the demo commune (Orléans, INSEE 45234) with its branding, offering every procedure of the
/// catalogue online, and one sample birth-certificate dossier already taken in charge, so that a
/// newcomer sees a form, a receipt and a tracking page with dated steps right away. Idempotent.
/// </summary>
public static class DemoCommune
{
    public const string Code = "45234";
    public const string SampleRequestId = "demo-dossier-1";

    public static readonly Commune Commune = new(Code, "Orléans", CommuneProfile.BackOffice,
        PrimaryColor: "#1b4f72", SecondaryColor: "#b03a2e", LogoUrl: null, WebsiteUrl: "https://www.orleans-metropole.fr",
        TimeZone: "Europe/Paris", HeaderText: "Mairie d'Orléans – place de l'Étape – du lundi au vendredi de 8 h 30 à 17 h");

    /// <summary>The demo commune's preview key, published in the README: it opens the procedures it has in Test.</summary>
    public const string PreviewKey = "apercu-demo-orleans";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var communes = services.GetRequiredService<CommuneStore>();
        var catalogue = services.GetRequiredService<ProcedureCatalogue>();
        await communes.SaveAsync(Commune);
        await communes.SetPreviewKeyAsync(Code, PreviewKey);
        foreach (var procedure in catalogue.Procedures)
            await communes.OfferAsync(Code, procedure.Code, OfferState.Online);
        await SampleDossierAsync(services, catalogue);
    }

    /// <summary>The tracking address of the sample dossier, printed at start.</summary>
    public static async Task<string?> SampleTrackingUrlAsync(IServiceProvider services)
    {
        var dossier = await services.GetRequiredService<DossierStore>().FindByClientRequestAsync(Code, SampleRequestId);
        return dossier is null ? null : services.GetRequiredService<PlatformOptions>().TrackingUrl(dossier.Number, dossier.TrackingCode);
    }

    private static async Task SampleDossierAsync(IServiceProvider services, ProcedureCatalogue catalogue)
    {
        if (catalogue.Find("etat-civil.acte-naissance") is not { } definition) return;
        XNamespace t = ContractNamespaces.Procedure;
        // No e-mail address in the demo request: seeding the demo must not mail anyone.
        var request = new XElement(t + "Request",
            new XElement(t + "typeDocument", "EXTRAIT_AVEC_FILIATION"),
            new XElement(t + "qualiteDemandeur", "TITULAIRE"),
            new XElement(t + "motif", "IDENTITE"),
            new XElement(t + "nombreExemplaires", "1"),
            new XElement(t + "titulaire",
                new XElement(t + "nomNaissance", "Martin"), new XElement(t + "prenoms", "Camille Louise"),
                new XElement(t + "sexe", "F"), new XElement(t + "dateNaissance", "1990-05-17"),
                new XElement(t + "communeNaissance", Code)),
            new XElement(t + "pere", new XElement(t + "nom", "Martin"), new XElement(t + "prenoms", "Paul")),
            new XElement(t + "mere", new XElement(t + "nom", "Durand"), new XElement(t + "prenoms", "Marie")),
            new XElement(t + "demandeur",
                new XElement(t + "nom", "Martin"), new XElement(t + "prenom", "Camille"),
                new XElement(t + "adresse", new XElement(t + "numero", "3"), new XElement(t + "voie", "rue Jeanne d'Arc"),
                    new XElement(t + "codePostal", "45000"), new XElement(t + "commune", "Orléans"))));

        // The sample goes through the same XSD validation as any request, so it cannot drift from the contract.
        var submit = new XElement(t + "Submit", new XElement(t + "CommuneCode", Code), new XElement(t + "ClientRequestId", SampleRequestId), request);
        var errors = services.GetRequiredService<SoapEndpoints>().ForPath(WsdlGenerator.EndpointPath(definition.Code))!.Validator.Validate(submit);
        if (errors.Count > 0)
            throw new InvalidOperationException("The demo dossier no longer matches its XSD: " + string.Join(" ", errors.Select(e => e.Message)));
        var receipt = await services.GetRequiredService<SubmissionService>()
            .SubmitAsync(definition, Code, SampleRequestId, request, Channel.Web);
        var store = services.GetRequiredService<DossierStore>();
        // Not there yet only on a host that acknowledges before its commit (the crash test's unsafe control run).
        if ((await store.FindAsync(receipt.DossierNumber))?.CurrentStep == definition.InitialStep.Code)
        {
            var now = Timestamps.ToText(services.GetRequiredService<TimeProvider>().GetUtcNow());
            await store.RecordStepAsync(receipt.DossierNumber, "PRISE_EN_CHARGE", now, "démonstration", null);
        }
    }
}
