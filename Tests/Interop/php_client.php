<?php
/*
 * Interoperability check of the procedure web services with PHP's ext-soap SoapClient (WSDL mode).
 *
 *   php php_client.php BASE_URL RUN_ID
 *
 * For each procedure (birth certificate, road incident) of the demo commune 45234: loads the WSDL,
 * calls GetForm, Submit, Submit again with the same ClientRequestId (idempotent retry), GetStatus,
 * then an invalid Submit that must raise a SoapFault. Prints one JSON object per procedure on
 * stdout; exits 0 when every step ran as expected, 1 with a message on stderr otherwise.
 *
 *   php php_client.php --every-wsdl BASE_URL CODE...
 *
 * For each procedure code given (the whole catalogue, in one process): loads its WSDL, lists the
 * operations and the typed request Submit carries (type name and element names, as SoapClient reads
 * them from the inlined XSD), and calls GetForm for commune 45234. Prints one JSON object per code
 * (see every_wsdl()); exits 0 when every WSDL loaded and answered, 1 otherwise.
 */

declare(strict_types=1);

const COMMUNE = '45234';

function fail(string $message): void
{
    fwrite(STDERR, "php_client: $message\n");
    exit(1);
}

/** SoapClient options shared by both modes. */
function client_options(): array
{
    return [
        'cache_wsdl' => WSDL_CACHE_NONE,
        'trace' => 1,
        'exceptions' => true,
        'encoding' => 'UTF-8',
        'soap_version' => SOAP_1_1,
        'connection_timeout' => 10,
    ];
}

/** The structs SoapClient read from the WSDL's XSD: name => [element name => type name], in order. */
function structs(SoapClient $client): array
{
    $structs = [];
    foreach ($client->__getTypes() as $type) {
        if (preg_match('/^struct (\w+) \{(.*)\}$/s', $type, $m)) {
            preg_match_all('/^\s*(\w+) (\w+);$/m', $m[2], $members, PREG_SET_ORDER);
            $structs[$m[1]] = array_column($members, 1, 2);
        }
    }
    return $structs;
}

/** Loads one procedure's WSDL, reads its operations and typed request, and calls GetForm. */
function every_wsdl(string $base, string $procedure): array
{
    $client = new SoapClient("$base/services/procedures/$procedure.svc?wsdl", client_options());
    // "GetFormResponse GetForm(GetForm $parameters)" => GetForm
    $operations = array_map(fn(string $f) => preg_replace('/^\S+ (\w+)\(.*$/s', '$1', $f), $client->__getFunctions());
    sort($operations);
    $structs = structs($client);
    $requestType = $structs['Submit']['Request'] ?? null;

    $form = $client->GetForm(['CommuneCode' => COMMUNE])->GetFormResult;
    // A sequence with one element comes back as an object, with several as an array.
    $fields = $form->Fields->Field ?? [];
    $fields = is_array($fields) ? $fields : [$fields];

    return [
        'client' => 'php',
        'procedure' => $procedure,
        'operations' => $operations,
        'requestType' => $requestType,
        'requestElements' => array_keys($structs[$requestType] ?? []),
        'formCode' => $form->Procedure->Code ?? null,
        'formTitle' => $form->Procedure->Title ?? null,
        'formCommune' => $form->Commune->Code ?? null,
        'formFields' => array_map(fn($f) => $f->Name, $fields),
    ];
}

if ($argc >= 3 && $argv[1] === '--every-wsdl') {
    $base = rtrim($argv[2], '/');
    $failed = false;
    foreach (array_slice($argv, 3) as $procedure) {
        if (!preg_match('/^[a-z-]+\.[a-z-]+$/', $procedure)) {
            fail("not a procedure code: $procedure");
        }
        try {
            echo json_encode(every_wsdl($base, $procedure), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
        } catch (Throwable $error) {
            fwrite(STDERR, "php_client: $procedure: " . get_class($error) . ': ' . $error->getMessage() . "\n");
            $failed = true;
        }
    }
    exit($failed ? 1 : 0);
}

if ($argc !== 3) {
    fwrite(STDERR, "usage: php php_client.php BASE_URL RUN_ID | php php_client.php --every-wsdl BASE_URL CODE...\n");
    exit(2);
}
[$base, $runId] = [rtrim($argv[1], '/'), $argv[2]];
if (!preg_match('/^[A-Za-z0-9._:\-]{1,40}$/', $runId)) {
    fail("RUN_ID must match [A-Za-z0-9._:-]{1,40}: $runId");
}

/** A valid request and an invalid one per procedure; optional fields are left out, never sent empty. */
function scenarios(): array
{
    $birth = [
        'typeDocument' => 'COPIE_INTEGRALE',
        'qualiteDemandeur' => 'TITULAIRE',
        'motif' => 'IDENTITE',
        'nombreExemplaires' => 2,
        'titulaire' => [
            'nomNaissance' => 'Lefèvre',
            'prenoms' => 'Élise Marie',
            'sexe' => 'F',
            'dateNaissance' => '1988-04-17',
            'communeNaissance' => COMMUNE,
        ],
        'pere' => ['nom' => 'Lefèvre', 'prenoms' => 'Jean'],
        'mere' => ['nom' => 'Durand', 'prenoms' => 'Anne'],
        'demandeur' => [
            'nom' => 'Lefèvre',
            'prenom' => 'Élise',
            'adresse' => [
                'numero' => '12 bis',
                'voie' => 'rue de Bourgogne',
                'codePostal' => '45000',
                'commune' => 'Orléans',
            ],
            'courriel' => 'elise.lefevre@example.fr',
        ],
    ];
    $badBirth = $birth;
    $badBirth['nombreExemplaires'] = 20;

    $incident = [
        'categorie' => 'ECLAIRAGE_PUBLIC',
        'niveauGene' => 'IMPORTANTE',
        'description' => 'Le lampadaire devant le n° 8 ne s\'allume plus depuis trois soirs.',
        'dateConstat' => '2024-06-01',
        'lieu' => ['adresse' => '8 rue Jeanne d\'Arc', 'precision' => 'côté pair'],
        'declarant' => ['nom' => 'Martin', 'courriel' => 'p.martin@example.fr'],
    ];
    // Leaving description out altogether makes SoapClient refuse to encode the request on the client
    // ("object has no 'description' property"); null is sent as an empty <description/>, which the
    // server must reject as a missing value.
    $badIncident = $incident;
    $badIncident['description'] = null;

    return [
        'etat-civil.acte-naissance' => [$birth, $badBirth],
        'vie-quotidienne.incident-voirie' => [$incident, $badIncident],
    ];
}

function run(string $base, string $runId, string $procedure, array $valid, array $invalid): array
{
    $where = "$procedure: ";
    $client = new SoapClient("$base/services/procedures/$procedure.svc?wsdl", client_options());

    $form = $client->GetForm(['CommuneCode' => COMMUNE])->GetFormResult;
    $formCode = $form->Procedure->Code ?? null;
    if ($formCode !== $procedure) {
        throw new RuntimeException($where . "GetForm returned procedure " . var_export($formCode, true));
    }

    $requestId = "php-$runId-$procedure";
    $submit = ['CommuneCode' => COMMUNE, 'ClientRequestId' => $requestId, 'Request' => $valid];
    $receipt = $client->Submit($submit)->SubmitResult;
    if (empty($receipt->DossierNumber) || empty($receipt->TrackingCode)) {
        throw new RuntimeException($where . "Submit returned no dossier number or tracking code");
    }
    $retry = $client->Submit($submit)->SubmitResult;
    if ($retry->DossierNumber !== $receipt->DossierNumber) {
        throw new RuntimeException($where . "retry returned {$retry->DossierNumber}, first submit {$receipt->DossierNumber}");
    }

    $status = $client->GetStatus([
        'DossierNumber' => $receipt->DossierNumber,
        'TrackingCode' => $receipt->TrackingCode,
    ])->GetStatusResult;
    // A sequence with one element comes back as an object, with several as an array.
    $steps = $status->Steps->Step ?? [];
    $steps = is_array($steps) ? $steps : [$steps];
    if (count($steps) === 0) {
        throw new RuntimeException($where . "GetStatus returned no steps");
    }

    $faultString = null;
    try {
        $client->Submit(['CommuneCode' => COMMUNE, 'ClientRequestId' => "$requestId-bad", 'Request' => $invalid]);
    } catch (SoapFault $fault) {
        $faultString = $fault->faultstring;
        // A fault raised by SoapClient itself (encoding error) never reaches the server: make sure
        // this one came back from it.
        if (!str_contains((string)$client->__getLastRequest(), "$requestId-bad")
            || !str_contains((string)$client->__getLastResponse(), 'Fault>')) {
            throw new RuntimeException($where . "the invalid Submit failed on the client: $faultString");
        }
    }
    if ($faultString === null) {
        throw new RuntimeException($where . "the invalid Submit did not raise a SoapFault");
    }

    return [
        'client' => 'php',
        'procedure' => $procedure,
        'formCode' => $formCode,
        'dossierNumber' => $receipt->DossierNumber,
        'trackingCode' => $receipt->TrackingCode,
        'retryNumber' => $retry->DossierNumber,
        'statusNumber' => $status->DossierNumber,
        'firstStepLabel' => $steps[0]->Label,
        'firstStepDone' => (bool)$steps[0]->Done,
        'steps' => count($steps),
        'faultString' => $faultString,
    ];
}

$failed = false;
foreach (scenarios() as $procedure => [$valid, $invalid]) {
    try {
        $line = run($base, $runId, $procedure, $valid, $invalid);
        echo json_encode($line, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
    } catch (SoapFault $fault) {
        fwrite(STDERR, "php_client: $procedure: unexpected SoapFault {$fault->faultcode}: {$fault->faultstring}\n");
        $failed = true;
    } catch (Throwable $error) {
        fwrite(STDERR, "php_client: " . $error->getMessage() . "\n");
        $failed = true;
    }
}
exit($failed ? 1 : 0);
