<?php
/*
 * Exemple : une page du site d'une commune qui intègre le formulaire « Demande d'acte de naissance »
 * de Web Services Citoyens, dans sa propre mise en page.
 *
 *   WSC_URL=http://localhost:5080 php -S 127.0.0.1:8080 -t Samples/php
 *   puis http://127.0.0.1:8080/demande-acte-naissance.php
 *   (ou une autre démarche du catalogue : …/demande-acte-naissance.php?demarche=etat-civil.dossier-mariage)
 *
 * Prérequis : PHP 8.1+ avec les extensions soap, dom et xsl (Debian : php-cli php-soap php-xml).
 *
 * GET  : GetForm(commune) par SoapClient ; la réponse SOAP brute (__getLastResponse) est
 *        transformée par la feuille de style publiée par la plateforme (xsl/form.xsl) en un
 *        fragment HTML (standalone = 'no') inséré dans la page de la commune.
 * POST : la demande typée est construite à partir des champs envoyés (noms = chemins pointés,
 *        ex. titulaire.nomNaissance), puis Submit ; le récépissé (réponse SOAP brute) est
 *        transformé par xsl/receipt.xsl. En cas de SoapFault, le message (faultstring, en
 *        français, qui nomme le champ) est affiché dans une alerte et le formulaire est
 *        réaffiché avec les valeurs saisies.
 */

declare(strict_types=1);

// ----------------------------------------------------------------------------- configuration
$platform  = rtrim(getenv('WSC_URL') ?: 'http://localhost:5080', '/');
$commune   = '45234';                       // code INSEE de la commune (Orléans)
// La démarche : l'acte de naissance, ou toute autre du catalogue avec ?demarche={code}.
$procedure = preg_match('/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/', $_GET['demarche'] ?? '') ? $_GET['demarche'] : 'etat-civil.acte-naissance';
$wsdl      = "$platform/services/procedures/$procedure.svc?wsdl";

const WSC_NS  = 'http://webservicescitoyens.fr/ws/procedure/v1';
const PAGE_NS = 'http://webservicescitoyens.fr/ws/page/v1';

// ----------------------------------------------------------------------------- fonctions

function h(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

/** Client SOAP en mode WSDL ; trace => 1 pour récupérer la réponse brute. */
function soapClient(string $wsdl): SoapClient
{
    return new SoapClient($wsdl, [
        'cache_wsdl' => WSDL_CACHE_NONE,   // en production : WSDL_CACHE_DISK
        'trace' => 1,
        'exceptions' => true,
        'encoding' => 'UTF-8',
        'connection_timeout' => 10,
    ]);
}

/**
 * Transforme un document XML (réponse SOAP) par une feuille de style de la plateforme et renvoie
 * le fragment HTML. La feuille est chargée depuis la plateforme (ses xsl:include sont résolus
 * relativement à son adresse) ; en production, mettez-la en cache.
 */
function render(string $platform, string $stylesheet, DOMDocument $xml, array $parameters): string
{
    $xsl = new DOMDocument();
    if (!@$xsl->load("$platform/xsl/$stylesheet")) {
        throw new RuntimeException("feuille de style $platform/xsl/$stylesheet inaccessible");
    }
    $processor = new XSLTProcessor();
    $processor->importStylesheet($xsl);
    $processor->setParameter('', $parameters + ['standalone' => 'no', 'assets' => "$platform/"]);
    // transformToDoc puis l'élément racine seul : pas de <!DOCTYPE> au milieu de la page.
    $result = $processor->transformToDoc($xml);
    if ($result === false || $result->documentElement === null) {
        throw new RuntimeException("la transformation par $stylesheet a échoué");
    }
    return $result->saveHTML($result->documentElement);
}

function loadXml(string $xml): DOMDocument
{
    $document = new DOMDocument();
    if (!$document->loadXML($xml, LIBXML_NONET)) {
        throw new RuntimeException('réponse XML illisible');
    }
    return $document;
}

/**
 * Champs envoyés par le navigateur, lus dans le corps brut : PHP remplace les points des noms de
 * champs par des soulignés dans $_POST (titulaire.nomNaissance y devient titulaire_nomNaissance).
 * Les fins de ligne d'une zone de texte arrivent en CR LF : ramenées à LF, comme les compte
 * l'attribut maxlength du navigateur (sinon 4 000 caractères saisis avec des retours à la ligne
 * dépasseraient la longueur maximale du service).
 */
function postedFields(): array
{
    $fields = [];
    foreach (explode('&', (string)file_get_contents('php://input')) as $pair) {
        if ($pair === '') {
            continue;
        }
        [$name, $value] = array_pad(explode('=', $pair, 2), 2, '');
        $fields[urldecode($name)] = str_replace("\r\n", "\n", urldecode($value));
    }
    return $fields;
}

/** Une séquence d'un seul élément arrive en objet, de plusieurs en tableau. */
function items(?object $wrapper, string $name): array
{
    $items = $wrapper->$name ?? [];
    return is_array($items) ? $items : [$items];
}

/**
 * La demande typée (tableau imbriqué) d'après la description du formulaire renvoyée par GetForm :
 * chaque valeur saisie va à son chemin (le nom du champ dans le formulaire : titulaire.nomNaissance,
 * et pour les occurrences d'un groupe répété enfants[2].prenom) ; une valeur facultative vide n'est
 * PAS envoyée (le service refuse les éléments vides) ; une valeur obligatoire vide est envoyée vide
 * (null), pour que le service réponde par un message qui nomme le champ plutôt que SoapClient par une
 * erreur d'encodage. Les pièces justificatives (type attachment) ne font pas partie de la demande.
 * SoapClient remet les éléments dans l'ordre du schéma. Les champs propres à la commune (marqués
 * CommuneField) n'en font pas partie : voir complements().
 */
function buildRequest(array $fields, array $posted, string $prefix = ''): array
{
    $request = [];
    foreach ($fields as $field) {
        if ($field->Type === 'attachment' || !empty($field->CommuneField)) {
            continue;
        }
        $name = $prefix . $field->Name;
        $children = items($field->Fields ?? null, 'Field');
        if (($field->MaxOccurs ?? 1) > 1) {
            // Groupe répété : les occurrences exigées, puis celles où quelque chose a été saisi.
            $instances = [];
            for ($rank = 1; $rank <= $field->MaxOccurs; $rank++) {
                $instance = buildRequest($children, $posted, "{$name}[{$rank}].");
                if ($rank <= ($field->MinOccurs ?? 0) || hasValue($instance)) {
                    $instances[] = $instance;
                }
            }
            if ($instances !== []) {
                $request[$field->Name] = $instances;
            }
            continue;
        }
        if ($children !== []) {
            $group = buildRequest($children, $posted, "$name.");
            if ($field->Required || hasValue($group)) {
                $request[$field->Name] = $group;
            }
            continue;
        }
        $value = trim($posted[$name] ?? '');
        if ($value !== '') {
            $request[$field->Name] = $value;
        } elseif ($field->Required) {
            $request[$field->Name] = null;
        }
    }
    return $request;
}

/**
 * Les réponses aux questions que la commune a ajoutées à son formulaire (champs marqués CommuneField
 * dans GetForm, où qu'ils soient affichés) : un élément complement par champ, son attribut code étant
 * le nom du champ, dans complementsCommune, à la fin de la demande. Le service les vérifie selon la
 * version de la démarche en vigueur dans la commune (obligatoire, type, valeurs possibles).
 */
function complements(array $fields, array $posted, string $prefix = ''): array
{
    $answers = [];
    foreach ($fields as $field) {
        $name = $prefix . $field->Name;
        if (!empty($field->CommuneField)) {
            $value = trim($posted[$name] ?? '');
            if ($value !== '' || $field->Required) {
                $answers[] = ['_' => $value, 'code' => $field->Name];
            }
        } elseif (($field->MaxOccurs ?? 1) <= 1) {
            $answers = array_merge($answers, complements(items($field->Fields ?? null, 'Field'), $posted, "$name."));
        }
    }
    return $answers;
}

/** La demande typée, suivie des réponses aux questions de la commune quand elle en a. */
function withComplements(array $request, array $answers): array
{
    if ($answers !== []) {
        $request['complementsCommune'] = ['complement' => $answers];
    }
    return $request;
}

/** Vrai quand une valeur au moins a été saisie dans un groupe (à toute profondeur). */
function hasValue(array $group): bool
{
    foreach ($group as $value) {
        if (is_array($value) ? hasValue($value) : $value !== null) {
            return true;
        }
    }
    return false;
}

/** Ajoute au document les valeurs saisies (page:Values), que form.xsl remet dans les champs. */
function addValues(DOMDocument $document, array $posted): void
{
    $values = $document->createElementNS(PAGE_NS, 'page:Values');
    foreach ($posted as $path => $value) {
        if ($path === 'clientRequestId' || trim($value) === '') {
            continue;
        }
        $element = $document->createElementNS(PAGE_NS, 'page:Value');
        $element->setAttribute('path', $path);
        $element->appendChild($document->createTextNode($value));
        $values->appendChild($element);
    }
    $document->documentElement->appendChild($values);
}

function newRequestId(): string
{
    return 'mairie-' . bin2hex(random_bytes(12));
}

// ----------------------------------------------------------------------------- traitement

$action = ($_SERVER['SCRIPT_NAME'] ?? '/demande-acte-naissance.php') . '?demarche=' . rawurlencode($procedure);
$alert = null;          // message d'erreur à annoncer
$content = '';          // fragment HTML de la plateforme
$title = "Demande d'acte de naissance";

try {
    $client = soapClient($wsdl);
    $form = $client->GetForm(['CommuneCode' => $commune])->GetFormResult;
    $formXml = loadXml($client->__getLastResponse());
    $title = $form->Procedure->Title;

    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
        $posted = postedFields();
        // Identifiant d'idempotence : celui du formulaire affiché (un double clic ou un renvoi
        // ne crée pas deux dossiers) ; une demande refusée ne l'use pas, on le garde.
        $requestId = $posted['clientRequestId'] ?? '';
        if (!preg_match('/^[A-Za-z0-9._:\-]{1,64}$/', $requestId)) {
            $requestId = newRequestId();
        }
        try {
            $client->Submit([
                'CommuneCode' => $commune,
                'ClientRequestId' => $requestId,
                'Request' => withComplements(buildRequest(items($form->Fields, 'Field'), $posted),
                    complements(items($form->Fields, 'Field'), $posted)),
            ]);
            $title = 'Demande enregistrée';
            $content = render($platform, 'receipt.xsl', loadXml($client->__getLastResponse()), []);
        } catch (SoapFault $fault) {
            $alert = $fault->faultstring;
            addValues($formXml, $posted);
            $content = render($platform, 'form.xsl', $formXml, ['action' => $action, 'request-id' => $requestId]);
        }
    } else {
        $content = render($platform, 'form.xsl', $formXml, ['action' => $action, 'request-id' => newRequestId()]);
    }
} catch (Throwable $error) {
    // Plateforme injoignable, WSDL ou feuille de style introuvable : la page de la commune reste
    // affichée, avec un message.
    error_log('Web Services Citoyens : ' . $error->getMessage());
    http_response_code(503);
    $alert = 'Le service de demande en ligne est momentanément indisponible. Veuillez réessayer plus tard ou contacter la mairie.';
    $content = '';
}

// ----------------------------------------------------------------------------- page de la commune
?><!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><?= h($title) ?> – Ville d'Orléans</title>
  <style>
    body { margin: 0; font-family: system-ui, sans-serif; color: #1e1e1e; }
    .commune-header, .commune-footer { background: #1b4f72; color: #fff; padding: 1rem 1.5rem; }
    .commune-header a, .commune-footer a { color: #fff; }
    .commune-main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    .commune-alert { border-left: 0.3rem solid #b03a2e; background: #fdecea; padding: 0.75rem 1rem; margin: 1rem 0; }
    .commune-alert h2 { margin: 0 0 0.25rem; font-size: 1.1rem; }
  </style>
</head>
<body>
  <header class="commune-header">
    <p><a href="/">Ville d'Orléans</a> — Mes démarches</p>
    <nav aria-label="Fil d'Ariane"><a href="/">Accueil</a> › Démarches en ligne › <?= h($title) ?></nav>
  </header>
  <main class="commune-main" id="contenu">
<?php if ($alert !== null): ?>
    <div class="commune-alert" role="alert" tabindex="-1" id="erreur-envoi">
      <h2>Votre demande n'a pas pu être envoyée</h2>
      <p><?= h($alert) ?></p>
    </div>
<?php endif; ?>
<?= $content ?>

  </main>
  <footer class="commune-footer">
    <p>Mairie d'Orléans — Place de l'Étape, 45000 Orléans — Formulaire fourni par Web Services Citoyens.</p>
  </footer>
</body>
</html>
