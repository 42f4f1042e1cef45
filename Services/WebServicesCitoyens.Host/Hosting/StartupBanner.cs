using WebServicesCitoyens.Host.Notifications;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>Prints, once the host listens, the addresses a newcomer wants to open.</summary>
public static class StartupBanner
{
    public static void PrintAddressesOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var baseUrl = app.Services.GetRequiredService<PlatformOptions>().PublicUrl;
            var demo = $"{baseUrl}/communes/{DemoCommune.Code}";
            var lines = new List<string>
            {
                "",
                $"Web Services Citoyens is running: {app.Services.GetRequiredService<SoapEndpoints>().Procedures.Count()} procedures. Demo commune: Orléans (INSEE {DemoCommune.Code}).",
                "",
                $"  commune catalogue        {demo}",
                $"  birth certificate form   {demo}/etat-civil.acte-naissance",
                $"  road incident form       {demo}/vie-quotidienne.incident-voirie",
                $"  documentation            {baseUrl}/docs",
                $"  procedure SOAP services  {baseUrl}/services/procedures/{{code}}.svc   (WSDL: ?wsdl, XSD: ?xsd)",
                $"  catalogue SOAP service   {baseUrl}{CatalogueContract.EndpointPath}?wsdl",
                $"  citizen account          {baseUrl}/compte   (SOAP: {baseUrl}{CitizenAccountContract.EndpointPath}?wsdl)",
                $"  back office (agents)     {baseUrl}/gestion   (SOAP: {baseUrl}{BackOfficeContract.EndpointPath}?wsdl)",
                $"  administration           {baseUrl}/gestion/administration   (SOAP: {baseUrl}{AdministrationContract.EndpointPath}?wsdl)",
                app.Configuration.GetValue("Demo:Seed", true)
                    ? $"  demo agents              {string.Join(", ", DemoAgents.People.Select(p => p.Email))}   password {DemoAgents.Password}   (a deployment sets Demo__Seed=false)"
                    : "  demo                     not seeded (Demo:Seed=false); create the operator with `create-operator`",
                $"  sample dossier tracking  {DemoCommune.SampleTrackingUrlAsync(app.Services).GetAwaiter().GetResult()}",
                $"  demo preview key         {DemoCommune.PreviewKey}   (opens procedures in Test: ?apercu=)",
                $"  stylesheets              {baseUrl}/xsl/form.xsl  {baseUrl}/css/wsc.css",
                $"  health                   {baseUrl}/health",
                $"  e-mail notifications     {app.Services.GetRequiredService<MailSettings>().Describe()}",
                "",
            };
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
}
