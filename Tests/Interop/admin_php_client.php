<?php
/*
 * Interoperability check of the administration service with PHP's ext-soap SoapClient (WSDL mode).
 *
 *   php admin_php_client.php BASE_URL FIELD_NAME
 *
 * As the demo commune's administrator: logs in, exports the road incident's definition (a string),
 * imports it back as the Draft, adds an optional choice field of the commune named FIELD_NAME (a list
 * of options), reads the process tree and publishes the Draft to Test; then, with the procedure's own
 * WSDL and the commune's preview key, finds the field in GetForm (CommuneField), files a road incident
 * answering it in complementsCommune, and gets a SoapFault for an answer that is not one of its choices.
 * Prints one JSON object on stdout; exits 0 when every step ran as expected, 1 with a message otherwise.
 */

declare(strict_types=1);

const COMMUNE = '45234';
const PROCEDURE = 'vie-quotidienne.incident-voirie';

function fail(string $message): void
{
    fwrite(STDERR, "admin_php_client: $message\n");
    exit(1);
}

function client(string $wsdl): SoapClient
{
    return new SoapClient($wsdl, [
        'cache_wsdl' => WSDL_CACHE_NONE, 'trace' => 1, 'exceptions' => true, 'encoding' => 'UTF-8',
        'soap_version' => SOAP_1_1, 'connection_timeout' => 10,
    ]);
}

/** A sequence with one element comes back as an object, with several as an array. */
function items(mixed $items): array
{
    return $items === null ? [] : (is_array($items) ? $items : [$items]);
}

if ($argc !== 3) {
    fail('usage: admin_php_client.php BASE_URL FIELD_NAME');
}
[$base, $fieldName] = [rtrim($argv[1], '/'), $argv[2]];

try {
    $admin = client("$base/services/Administration.svc?wsdl");
    $token = $admin->Login(['Email' => 'admin@orleans.demo', 'Password' => 'demo-orleans-2026'])->LoginResult->SessionToken;
    $on = ['SessionToken' => $token, 'CommuneCode' => COMMUNE, 'ProcedureCode' => PROCEDURE];

    $xml = $admin->ExportConfiguration($on)->ExportConfigurationResult;
    $imported = $admin->ImportConfiguration($on + ['DefinitionXml' => $xml])->ImportConfigurationResult;
    $draft = $admin->AddField($on + [
        'Name' => $fieldName, 'Label' => 'Quartier', 'Type' => 'enum', 'Required' => false,
        'Options' => ['Option' => [['Value' => 'NORD', 'Label' => 'Nord'], ['Value' => 'SUD', 'Label' => 'Sud']]],
    ])->AddFieldResult;
    $tree = $admin->GetProcessTree($on)->GetProcessTreeResult;
    $steps = items($tree->Steps->Step ?? null);
    $test = $admin->PublishTest($on)->PublishTestResult;

    $procedure = client("$base/services/procedures/" . PROCEDURE . '.svc?wsdl');
    $form = $procedure->GetForm(['CommuneCode' => COMMUNE, 'PreviewKey' => 'apercu-demo-orleans'])->GetFormResult;
    $communeFields = array_values(array_filter(items($form->Fields->Field ?? null), fn($field) => !empty($field->CommuneField)));
    $request = [
        'categorie' => 'ECLAIRAGE_PUBLIC',
        'niveauGene' => 'IMPORTANTE',
        'description' => "Le lampadaire devant le n° 8 ne s'allume plus depuis trois soirs.",
        'lieu' => ['adresse' => "8 rue Jeanne d'Arc"],
        'complementsCommune' => ['complement' => [['_' => 'NORD', 'code' => $fieldName]]],
    ];
    $receipt = $procedure->Submit([
        'CommuneCode' => COMMUNE, 'ClientRequestId' => "php-admin-$fieldName", 'Request' => $request, 'PreviewKey' => 'apercu-demo-orleans',
    ])->SubmitResult;

    $faultString = null;
    $request['complementsCommune']['complement'][0]['_'] = 'OUEST';
    try {
        $procedure->Submit([
            'CommuneCode' => COMMUNE, 'ClientRequestId' => "php-admin-$fieldName-bad", 'Request' => $request, 'PreviewKey' => 'apercu-demo-orleans',
        ]);
    } catch (SoapFault $fault) {
        $faultString = $fault->faultstring;
    }

    echo json_encode([
        'client' => 'php',
        'exported' => str_contains($xml, 'code="' . PROCEDURE . '"'),
        'importedState' => $imported->State,
        'draftState' => $draft->State,
        'firstStep' => $steps[0]->Code ?? null,
        'firstStepActions' => count(items($steps[0]->Actions->Action ?? null)),
        'testState' => $test->State,
        'communeFields' => array_map(fn($field) => $field->Name, $communeFields),
        'dossierNumber' => $receipt->DossierNumber,
        'isTest' => (bool)$receipt->IsTest,
        'faultString' => $faultString,
    ], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
} catch (Throwable $error) {
    fail(get_class($error) . ': ' . $error->getMessage());
}
