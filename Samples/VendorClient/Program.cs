// A commune's civil-status software, as a vendor would write it: pulls the new dossiers from Flux.svc
// with the cursor it keeps, acknowledges each under its own reference, and tells the citizen.
//
//   dotnet run --project Samples/VendorClient -- [address of the platform] [client id] [secret] [cursor file]
//
// Without arguments: the demo host (http://localhost:5000) and the demo client seeded with it (README).
using System.ServiceModel;
using WebServicesCitoyens.Contracts;

var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://localhost:5000";
var clientId = args.Length > 1 ? args[1] : "demo-etat-civil-orleans";
var secret = args.Length > 2 ? args[2] : "demo-flux-orleans-2026";
var cursorFile = args.Length > 3 ? args[3] : "curseur.txt";

var binding = new BasicHttpBinding(baseUrl.StartsWith("https", StringComparison.Ordinal) ? BasicHttpSecurityMode.Transport : BasicHttpSecurityMode.None)
{
    MaxReceivedMessageSize = 16 * 1024 * 1024,
};
var flux = new ChannelFactory<IFluxService>(binding, new EndpointAddress(baseUrl + "/services/Flux.svc")).CreateChannel();

// The cursor is kept only once the page's dossiers are acknowledged: a crash in between delivers them again,
// never loses one.
long? cursor = File.Exists(cursorFile) ? long.Parse(File.ReadAllText(cursorFile)) : null;
var received = 0;
try
{
    while (true)
    {
        var page = await flux.PullDossiersAsync(clientId, secret, cursor ?? 0, 20);
        // An answer without Dossier elements leaves the array null (XmlSerializer), not empty.
        if (page.Dossiers is not { Length: > 0 }) break;
        foreach (var dossier in page.Dossiers)
        {
            var request = dossier.Request.Content.FirstOrDefault();
            Console.WriteLine($"{dossier.Sequence,6}  {dossier.DossierNumber}  {dossier.ProcedureCode}  {dossier.Applicant}  ({request?.LocalName})");
            var reference = $"EC-{DateTime.UtcNow:yyyy}-{dossier.Sequence:D6}";
            await flux.AcknowledgeDossierAsync(clientId, secret, dossier.DossierNumber, reference);
            var status = await flux.PushStatusAsync(clientId, secret, dossier.DossierNumber, null,
                $"Votre demande est enregistrée dans le logiciel d'état civil de la commune sous la référence {reference}.", false, null);
            Console.WriteLine($"        accusé {reference}, usager prévenu ; étape {status.StepCode} ({status.State})");
            received++;
        }
        cursor = page.Cursor;
        File.WriteAllText(cursorFile, cursor.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
catch (FaultException fault)
{
    Console.Error.WriteLine($"Refusé par la plateforme : {fault.Message}");
    return 1;
}
Console.WriteLine($"{received} nouveau(x) dossier(s) ; curseur {cursor?.ToString() ?? "(aucun)"}.");
return 0;
