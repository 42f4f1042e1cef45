<?php
/*
 * Interoperability check of the back office service with PHP's ext-soap SoapClient (WSDL mode), as a
 * commune's own software would call it.
 *
 *   php php_back_office.php BASE_URL EMAIL PASSWORD
 *
 * Loads /services/BackOffice.svc?wsdl, logs in, lists the birth certificates of the queue (5 a page),
 * opens the first one, asks for an unknown dossier (which must raise a SoapFault naming DossierNumber)
 * and logs out. Prints one JSON object on stdout; exits 0 when every step ran as expected, 1 with a
 * message on stderr otherwise.
 */

declare(strict_types=1);

function fail(string $message): void
{
    fwrite(STDERR, "php_back_office: $message\n");
    exit(1);
}

[$script, $base, $email, $password] = $argv + [null, null, null, null];
if ($password === null) fail('usage: php php_back_office.php BASE_URL EMAIL PASSWORD');

$client = new SoapClient("$base/services/BackOffice.svc?wsdl", [
    'cache_wsdl' => WSDL_CACHE_NONE,
    'exceptions' => true,
    'features' => SOAP_SINGLE_ELEMENT_ARRAYS,
]);

$session = $client->Login(['Email' => $email, 'Password' => $password])->LoginResult;
$token = $session->SessionToken;
$queue = $client->ListDossiers([
    'SessionToken' => $token,
    'Filter' => ['ProcedureCode' => 'etat-civil.acte-naissance', 'Sort' => 'Submitted', 'Descending' => true, 'PageSize' => 5],
])->ListDossiersResult;
$entries = $queue->Entry ?? [];
if (count($entries) === 0) fail('the queue is empty');
$dossier = $client->GetDossier(['SessionToken' => $token, 'DossierNumber' => $entries[0]->DossierNumber])->GetDossierResult;

$fault = null;
try {
    $client->GetDossier(['SessionToken' => $token, 'DossierNumber' => 'AAA-AAA-AAA']);
} catch (SoapFault $f) {
    $fault = ['string' => $f->faultstring, 'field' => $f->detail->RequestFault->Error->Field ?? null];
}
if ($fault === null) fail('an unknown dossier did not raise a SoapFault');
$client->Logout(['SessionToken' => $token]);

echo json_encode([
    'agent' => $session->Agent->Name,
    'operations' => count($client->__getFunctions()),
    'total' => $queue->Total,
    'entries' => count($entries),
    'first' => $entries[0]->DossierNumber,
    'opened' => $dossier->DossierNumber,
    'step' => $dossier->StepCode,
    'fault' => $fault,
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
