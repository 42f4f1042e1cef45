using WebServicesCitoyens.Host.Soap;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>Prints, once the host listens, the addresses a newcomer wants to open.</summary>
public static class StartupBanner
{
    public static void PrintAddressesOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var baseUrl = app.Services.GetRequiredService<PlatformOptions>().PublicUrl;
            var lines = new List<string> { "", "Web Services Citoyens is running. Demo commune: Orléans (INSEE 45234). Forms:", "" };
            // One line per procedure: its form for the demo commune; its WSDL is {service}?wsdl.
            foreach (var endpoint in app.Services.GetRequiredService<ProcedureEndpoints>().All.OrderBy(e => e.Definition.Code))
                lines.Add($"  {baseUrl}/communes/{DemoCommune.Code}/{endpoint.Definition.Code}");
            lines.Add("");
            lines.Add($"  SOAP service             {baseUrl}/services/procedures/{{code}}.svc   (WSDL: ?wsdl, XSD: ?xsd)");
            lines.Add($"  documentation            {baseUrl}/docs   (one procedure: {baseUrl}/docs/{{code}})");
            lines.Add("");
            lines.Add($"  sample dossier tracking  {DemoCommune.SampleTrackingUrlAsync(app.Services).GetAwaiter().GetResult()}");
            lines.Add($"  stylesheets              {baseUrl}/xsl/form.xsl  {baseUrl}/css/wsc.css");
            lines.Add($"  health                   {baseUrl}/health");
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
}
