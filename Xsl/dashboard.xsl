<?xml version="1.0" encoding="UTF-8"?>
<!--
  The citizen's dashboard, from cit:GetDashboardResult found anywhere in the input (a GetDashboard
  SOAP response of /services/CitizenAccount.svc, or the platform's page document, which may add a
  page:Notice and page:Errors): open dossiers (number, theme, procedure, date, step, state — in
  progress, waiting for the citizen's answer, closed —, steps dated or « non réalisé », the exchanges
  with the commune each marked with its kind, the commune's letters), archived ones apart; for a
  dossier waiting for the citizen, the commune's request and, on the platform's page, the form to
  answer it (POST /compte/dossiers/{number}/reponse; a refused answer comes back as page:Errors with
  path « reponse-{number} » and the text typed in page:Answer); attaching a dossier by its tracking code, notification
  choices, logging out. When the input also holds a cit:ListDocumentsResult (the platform's page
  document does), the e-safe « Mes documents »: each document with its download link and the
  dossiers it was given to, and the upload form. Then the export of all the citizen's data.
  Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:cit="http://webservicescitoyens.fr/ws/citizen/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="cit page">

  <xsl:include href="common.xsl"/>
  <xsl:include href="feedback.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <!-- Errors of the e-safe: « fichier » (the upload form), « document » (a document of the list); any other is the dossier being added. -->
  <xsl:variable name="wsc-errors" select="//page:Errors/page:Error[not(@path = 'fichier' or @path = 'document' or starts-with(@path, 'reponse-') or starts-with(@path, 'avis-'))]"/>
  <xsl:variable name="wsc-document-errors" select="//page:Errors/page:Error[@path = 'fichier' or @path = 'document']"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//cit:GetDashboardResult">
        <xsl:for-each select="(//cit:GetDashboardResult)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title" select="'Mon espace citoyen'"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Espace citoyen indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="cit:GetDashboardResult" mode="wsc-content">
    <h1>Mon espace citoyen</h1>
    <p class="wsc-lead">
      <xsl:text>Connecté avec l'adresse </xsl:text>
      <strong><xsl:value-of select="cit:Email"/></strong>
      <xsl:text>.</xsl:text>
    </p>
    <xsl:if test="//page:Notice">
      <p class="wsc-notice" role="status"><xsl:value-of select="//page:Notice"/></p>
    </xsl:if>
    <!-- On the platform's own page (a page document), the account's other pages are one click away. -->
    <xsl:if test="/page:Page">
      <p><a href="/compte/profil">Mes informations personnelles</a> : saisies une fois, elles pré-remplissent vos demandes.</p>
      <p><a href="/compte/parametres">Paramètres de mon compte</a> : mot de passe, adresse électronique, suppression.</p>
    </xsl:if>

    <section aria-labelledby="titre-en-cours">
      <h2 id="titre-en-cours">Mes dossiers en cours</h2>
      <xsl:choose>
        <xsl:when test="cit:OpenDossiers/cit:Dossier">
          <xsl:apply-templates select="cit:OpenDossiers/cit:Dossier"/>
        </xsl:when>
        <xsl:otherwise>
          <p>Aucun dossier en cours.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section aria-labelledby="titre-archives">
      <h2 id="titre-archives">Mes dossiers archivés</h2>
      <xsl:choose>
        <xsl:when test="cit:ArchivedDossiers/cit:Dossier">
          <xsl:apply-templates select="cit:ArchivedDossiers/cit:Dossier"/>
        </xsl:when>
        <xsl:otherwise>
          <p>Aucun dossier archivé.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section aria-labelledby="titre-rattacher" class="wsc-account-form">
      <h2 id="titre-rattacher">Suivre un dossier déposé sans compte</h2>
      <xsl:if test="$wsc-errors">
        <div class="wsc-errors" role="alert" tabindex="-1" id="wsc-erreurs">
          <ul>
            <xsl:for-each select="$wsc-errors">
              <li><a href="#f-numero"><xsl:value-of select="."/></a></li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>
      <form method="post" action="/compte/rattacher" class="wsc-form" accept-charset="UTF-8">
        <div class="wsc-field">
          <label for="f-numero" class="wsc-label">Numéro de dossier<span class="wsc-required" aria-hidden="true">*</span></label>
          <p class="wsc-help" id="f-numero-aide">Par exemple K7M-XR4-TWC, tel qu'il figure sur le récépissé.</p>
          <input id="f-numero" name="numero" type="text" class="wsc-input wsc-input-code" required="" aria-required="true"
                 maxlength="20" autocomplete="off" aria-describedby="f-numero-aide">
            <xsl:if test="$wsc-errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
          </input>
        </div>
        <div class="wsc-field">
          <label for="f-code" class="wsc-label">Code de suivi<span class="wsc-required" aria-hidden="true">*</span></label>
          <input id="f-code" name="code" type="text" class="wsc-input" required="" aria-required="true" maxlength="64" autocomplete="off"/>
        </div>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Ajouter le dossier</button>
        </div>
      </form>
    </section>

    <section aria-labelledby="titre-notifications" class="wsc-account-form">
      <h2 id="titre-notifications">Mes notifications</h2>
      <form method="post" action="/compte/notifications" class="wsc-form" accept-charset="UTF-8">
        <fieldset class="wsc-group">
          <legend class="wsc-legend">Je souhaite recevoir un courriel</legend>
          <div class="wsc-field wsc-field-boolean">
            <input id="f-etapes" name="etapes" type="checkbox" value="oui" class="wsc-checkbox">
              <xsl:if test="cit:NotifySteps = 'true'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <label for="f-etapes" class="wsc-checkbox-label">à chaque étape de mes dossiers</label>
          </div>
          <div class="wsc-field wsc-field-boolean">
            <input id="f-messages" name="messages" type="checkbox" value="oui" class="wsc-checkbox">
              <xsl:if test="cit:NotifyMessages = 'true'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <label for="f-messages" class="wsc-checkbox-label">à chaque message de la mairie</label>
          </div>
        </fieldset>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Enregistrer mes choix</button>
        </div>
      </form>
    </section>

    <xsl:apply-templates select="(//cit:ListDocumentsResult)[1]"/>

    <section aria-labelledby="titre-donnees" class="wsc-account-form">
      <h2 id="titre-donnees">Mes données</h2>
      <p>Téléchargez tout ce que Web Services Citoyens conserve sur vous : votre compte et vos choix de notification,
        vos dossiers avec la demande déposée et leur historique, vos documents (un fichier ZIP).</p>
      <p><a href="/compte/export" class="wsc-button wsc-button-secondary">Télécharger mes données</a></p>
    </section>

    <form method="post" action="/compte/deconnexion" class="wsc-logout">
      <button type="submit" class="wsc-button wsc-button-secondary">Se déconnecter</button>
    </form>
  </xsl:template>

  <!-- One dossier: what it is, where it stands, and its steps. -->
  <xsl:template match="cit:Dossier">
    <article class="wsc-dossier" aria-labelledby="dossier-{cit:DossierNumber}">
      <h3 id="dossier-{cit:DossierNumber}">
        <xsl:value-of select="cit:ProcedureTitle"/>
        <xsl:text> – N° </xsl:text>
        <span class="wsc-dossier-number"><xsl:value-of select="cit:DossierNumber"/></span>
      </h3>
      <xsl:if test="cit:IsTest = 'true'">
        <p class="wsc-test-notice" role="note">Dossier de test : déposé avec la clé d'aperçu de la commune, il ne sera pas traité.</p>
      </xsl:if>
      <dl class="wsc-facts">
        <div class="wsc-fact">
          <dt>Thème</dt>
          <dd><xsl:value-of select="cit:ThemeLabel"/></dd>
        </div>
        <div class="wsc-fact">
          <dt>Commune</dt>
          <dd><xsl:value-of select="cit:CommuneName"/></dd>
        </div>
        <div class="wsc-fact">
          <dt>Déposé le</dt>
          <dd>
            <xsl:call-template name="wsc-date">
              <xsl:with-param name="value" select="cit:SubmittedAtLocal"/>
            </xsl:call-template>
          </dd>
        </div>
        <div class="wsc-fact">
          <dt>Étape</dt>
          <dd><xsl:value-of select="cit:CurrentStep"/></dd>
        </div>
        <div class="wsc-fact">
          <dt>État</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="cit:State = 'AwaitingCitizen'">
                <span class="wsc-badge wsc-badge-waiting">En attente de votre réponse</span>
              </xsl:when>
              <xsl:when test="cit:State = 'Closed' or (not(cit:State) and cit:Closed = 'true')">
                <span class="wsc-badge wsc-badge-closed">Clos</span>
              </xsl:when>
              <xsl:otherwise>
                <span class="wsc-badge wsc-badge-open">En cours</span>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </dl>
      <xsl:apply-templates select="cit:CorrectionRequest"/>
      <xsl:call-template name="wsc-steps-table">
        <xsl:with-param name="steps" select="cit:Steps/cit:Step"/>
      </xsl:call-template>
      <xsl:call-template name="give-document"/>
      <xsl:if test="cit:Messages/cit:Message">
        <h4>Échanges avec la mairie</h4>
        <ul class="wsc-messages">
          <xsl:for-each select="cit:Messages/cit:Message">
            <li class="wsc-message">
              <p class="wsc-help">
                <strong class="wsc-message-kind">
                  <xsl:call-template name="message-kind"/>
                </strong>
                <xsl:text> – </xsl:text>
                <xsl:call-template name="wsc-date">
                  <xsl:with-param name="value" select="cit:SentAtLocal"/>
                </xsl:call-template>
              </p>
              <p class="wsc-message-text"><xsl:value-of select="cit:Text"/></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:apply-templates select="cit:GeneratedDocuments[cit:Document]"/>
      <xsl:call-template name="dossier-rating"/>
      <!-- On the platform's own page: the submitted request, to read, print or download (numbers and codes are URL-safe). -->
      <xsl:if test="/page:Page and normalize-space(cit:TrackingCode) != ''">
        <xsl:variable name="query" select="concat('?dossier=', cit:DossierNumber, '&amp;code=', cit:TrackingCode)"/>
        <p class="wsc-dossier-links">
          <a href="/suivi/demande{$query}">Voir ma demande<span class="wsc-sr-only"><xsl:value-of select="concat(' N° ', cit:DossierNumber)"/></span></a>
          <xsl:text> · </xsl:text>
          <a href="/suivi/demande.pdf{$query}">Télécharger en PDF<span class="wsc-sr-only"><xsl:value-of select="concat(' la demande N° ', cit:DossierNumber)"/></span></a>
        </p>
      </xsl:if>
    </article>
  </xsl:template>

  <!--
    The citizen's rating (seed 004): given, with the commune's answer; else, once the dossier is closed
    and on the platform's own page, the form to give it (POST /compte/dossiers/{number}/avis; a refused
    rating comes back as page:Errors with paths « avis-{number}-… » and the values in page:RatingValues[@number]).
  -->
  <xsl:template name="dossier-rating">
    <xsl:variable name="number" select="string(cit:DossierNumber)"/>
    <xsl:choose>
      <xsl:when test="cit:Rating">
        <xsl:call-template name="wsc-rating-given">
          <xsl:with-param name="prefix" select="concat('avis-', $number)"/>
          <xsl:with-param name="rating" select="cit:Rating/cit:Rating"/>
          <xsl:with-param name="comment" select="cit:Rating/cit:Comment"/>
          <xsl:with-param name="malfunction" select="cit:Rating/cit:Malfunction"/>
          <xsl:with-param name="description" select="cit:Rating/cit:MalfunctionDescription"/>
          <xsl:with-param name="rated-at" select="cit:Rating/cit:RatedAtLocal"/>
          <xsl:with-param name="answer" select="cit:Rating/cit:Answer"/>
          <xsl:with-param name="answered-by" select="cit:Rating/cit:AnsweredBy"/>
          <xsl:with-param name="answered-at" select="cit:Rating/cit:AnsweredAtLocal"/>
          <xsl:with-param name="level" select="4"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="/page:Page and (cit:State = 'Closed' or cit:Closed = 'true')">
        <xsl:call-template name="wsc-rating-form">
          <xsl:with-param name="prefix" select="concat('avis-', $number)"/>
          <xsl:with-param name="action" select="concat('/compte/dossiers/', $number, '/avis')"/>
          <xsl:with-param name="errors" select="/page:Page/page:Errors/page:Error[starts-with(@path, concat('avis-', $number))]"/>
          <xsl:with-param name="values" select="/page:Page/page:RatingValues[@number = $number]/page:Value"/>
          <xsl:with-param name="level" select="4"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== the commune's processing -->

  <!-- What a message is: the commune's message, its correction request, the citizen's answer, the reason of a rejection. -->
  <xsl:template name="message-kind">
    <xsl:choose>
      <xsl:when test="cit:Kind = 'CorrectionRequest'">Demande de complément ou de correction</xsl:when>
      <xsl:when test="cit:Kind = 'Answer'">Votre réponse</xsl:when>
      <xsl:when test="cit:Kind = 'Rejection'">Motif du refus</xsl:when>
      <xsl:otherwise>Message de la mairie</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The commune waits for the citizen: its request, and on the platform's page the form to answer it
    (documents are given to the dossier with the form « Joindre un document de mon espace »).
  -->
  <xsl:template match="cit:CorrectionRequest">
    <xsl:variable name="number" select="string(../cit:DossierNumber)"/>
    <xsl:variable name="errors" select="//page:Errors/page:Error[@path = concat('reponse-', $number)]"/>
    <section class="wsc-correction" aria-labelledby="correction-{$number}">
      <h4 id="correction-{$number}">La mairie attend votre réponse</h4>
      <p class="wsc-help">
        <xsl:text>Demande du </xsl:text>
        <xsl:call-template name="wsc-date">
          <xsl:with-param name="value" select="cit:SentAtLocal"/>
        </xsl:call-template>
        <xsl:text> :</xsl:text>
      </p>
      <p class="wsc-message-text"><xsl:value-of select="cit:Text"/></p>
      <xsl:if test="/page:Page">
        <form method="post" action="/compte/dossiers/{$number}/reponse" class="wsc-form" accept-charset="UTF-8">
          <div class="wsc-field">
            <xsl:if test="$errors"><xsl:attribute name="class">wsc-field wsc-field-invalid</xsl:attribute></xsl:if>
            <label for="reponse-{$number}" class="wsc-label">Votre réponse<span class="wsc-required" aria-hidden="true">*</span></label>
            <p class="wsc-help" id="reponse-{$number}-aide">4000 caractères au plus. Pour fournir un document, déposez-le dans « Mes documents » et joignez-le à ce dossier.</p>
            <xsl:if test="$errors">
              <p class="wsc-error" id="reponse-{$number}-erreur">
                <span class="wsc-sr-only">Erreur : </span>
                <xsl:value-of select="$errors[1]"/>
              </p>
            </xsl:if>
            <textarea id="reponse-{$number}" name="reponse" class="wsc-textarea" rows="5" maxlength="4000" required="" aria-required="true">
              <xsl:attribute name="aria-describedby">
                <xsl:value-of select="concat('reponse-', $number, '-aide')"/>
                <xsl:if test="$errors"><xsl:value-of select="concat(' reponse-', $number, '-erreur')"/></xsl:if>
              </xsl:attribute>
              <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
              <xsl:value-of select="/page:Page/page:Answer[@number = $number]"/>
            </textarea>
          </div>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button">Envoyer ma réponse</button>
          </div>
        </form>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The letters the commune generated for the dossier; on the platform's page, each downloads from the account. -->
  <xsl:template match="cit:GeneratedDocuments">
    <xsl:variable name="number" select="string(../cit:DossierNumber)"/>
    <h4>Courriers de la mairie</h4>
    <ul class="wsc-letters">
      <xsl:for-each select="cit:Document">
        <!-- Only a platform id (32 hexadecimal characters) makes an address. -->
        <xsl:variable name="id" select="normalize-space(cit:Id)"/>
        <li>
          <xsl:choose>
            <xsl:when test="/page:Page and string-length($id) = 32 and translate($id, '0123456789abcdef', '') = ''">
              <a href="/compte/dossiers/{$number}/documents/{$id}">
                <xsl:value-of select="cit:Title"/>
                <span class="wsc-sr-only"><xsl:value-of select="concat(' (PDF), dossier N° ', $number)"/></span>
              </a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="cit:Title"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text> – PDF du </xsl:text>
          <xsl:call-template name="wsc-date">
            <xsl:with-param name="value" select="cit:CreatedAtLocal"/>
          </xsl:call-template>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- ===================================================================== the e-safe -->

  <!--
    On the platform's page, for an open dossier whose procedure asks for documents: give one of the
    e-safe's documents to it (the page document lists the dossier's document fields).
  -->
  <xsl:template name="give-document">
    <xsl:variable name="number" select="string(cit:DossierNumber)"/>
    <xsl:variable name="fields" select="/page:Page/page:Attachments/page:Dossier[@number = $number]/page:Field"/>
    <xsl:variable name="documents" select="(//cit:ListDocumentsResult)[1]/cit:Document"/>
    <xsl:variable name="errors" select="//page:Errors/page:Error[@path = concat('joindre-', $number)]"/>
    <xsl:if test="$fields and $documents">
      <form method="post" action="/compte/documents/joindre" class="wsc-form wsc-give-document" accept-charset="UTF-8">
        <input type="hidden" name="numero" value="{$number}"/>
        <fieldset class="wsc-group">
          <legend class="wsc-legend">Joindre un document de mon espace</legend>
          <xsl:if test="$errors">
            <p class="wsc-error" id="joindre-{$number}-erreur" role="alert">
              <span class="wsc-sr-only">Erreur : </span>
              <xsl:value-of select="$errors[1]"/>
            </p>
          </xsl:if>
          <div class="wsc-field">
            <label for="joindre-{$number}-champ" class="wsc-label">Pièce demandée</label>
            <select id="joindre-{$number}-champ" name="champ" class="wsc-select">
              <xsl:for-each select="$fields">
                <option value="{@path}"><xsl:value-of select="."/></option>
              </xsl:for-each>
            </select>
          </div>
          <div class="wsc-field">
            <label for="joindre-{$number}-document" class="wsc-label">Document</label>
            <select id="joindre-{$number}-document" name="document" class="wsc-select">
              <xsl:for-each select="$documents">
                <option value="{cit:Id}"><xsl:value-of select="cit:FileName"/></option>
              </xsl:for-each>
            </select>
          </div>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button wsc-button-secondary">Joindre au dossier</button>
          </div>
        </fieldset>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- The citizen's documents, each downloadable (/compte/documents/{id}) and removable, and the upload form. -->
  <xsl:template match="cit:ListDocumentsResult">
    <section aria-labelledby="titre-documents" class="wsc-account-form wsc-documents">
      <h2 id="titre-documents">Mes documents</h2>
      <p class="wsc-help">Déposez une fois vos pièces justificatives pour les joindre ensuite à vos dossiers. Seuls vous et les
        agents des dossiers auxquels vous les joignez peuvent les consulter.</p>
      <xsl:choose>
        <xsl:when test="cit:Document">
          <div class="wsc-table-wrapper">
            <table class="wsc-table wsc-documents-table">
              <caption>Documents de mon espace</caption>
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Format et taille</th>
                  <th scope="col">Déposé le</th>
                  <th scope="col">Joint aux dossiers</th>
                  <th scope="col"><span class="wsc-sr-only">Supprimer</span></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="cit:Document" mode="wsc-document-row"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>Aucun document.</p>
        </xsl:otherwise>
      </xsl:choose>

      <xsl:if test="$wsc-document-errors">
        <div class="wsc-errors" role="alert" tabindex="-1" id="wsc-erreurs-documents">
          <ul>
            <xsl:for-each select="$wsc-document-errors">
              <li>
                <xsl:choose>
                  <xsl:when test="@path = 'fichier'"><a href="#f-fichier"><xsl:value-of select="."/></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>
      <form method="post" action="/compte/documents" enctype="multipart/form-data" class="wsc-form" accept-charset="UTF-8">
        <div class="wsc-field">
          <label for="f-fichier" class="wsc-label">Ajouter un document<span class="wsc-required" aria-hidden="true">*</span></label>
          <p class="wsc-help" id="f-fichier-aide">
            <xsl:text>PDF, JPEG ou PNG</xsl:text>
            <xsl:if test="number(cit:MaxSizeKb) &gt; 0">
              <xsl:value-of select="concat(', ', translate(string(round(number(cit:MaxSizeKb) div 1024 * 10) div 10), '.', ','), ' Mo au plus')"/>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </p>
          <input id="f-fichier" name="fichier" type="file" class="wsc-input" required="" aria-required="true"
                 accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" aria-describedby="f-fichier-aide">
            <xsl:if test="$wsc-document-errors[@path = 'fichier']"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
          </input>
        </div>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Déposer le document</button>
        </div>
      </form>
    </section>
  </xsl:template>

  <xsl:template match="cit:Document" mode="wsc-document-row">
    <!-- Only a platform id (32 hexadecimal characters) makes an address. -->
    <xsl:variable name="id" select="normalize-space(cit:Id)"/>
    <xsl:variable name="safe-id" select="string-length($id) = 32 and translate($id, '0123456789abcdef', '') = ''"/>
    <tr>
      <th scope="row">
        <xsl:choose>
          <xsl:when test="$safe-id">
            <a href="/compte/documents/{$id}"><xsl:value-of select="cit:FileName"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="cit:FileName"/></xsl:otherwise>
        </xsl:choose>
      </th>
      <td>
        <xsl:choose>
          <xsl:when test="cit:MediaType = 'application/pdf'">PDF</xsl:when>
          <xsl:when test="cit:MediaType = 'image/jpeg'">JPEG</xsl:when>
          <xsl:when test="cit:MediaType = 'image/png'">PNG</xsl:when>
          <xsl:otherwise><xsl:value-of select="cit:MediaType"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>, </xsl:text>
        <xsl:call-template name="wsc-file-size">
          <xsl:with-param name="bytes" select="number(cit:Size)"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:call-template name="wsc-date">
          <xsl:with-param name="value" select="cit:CreatedAtLocal"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="cit:Attachments/cit:Attachment">
            <ul class="wsc-document-uses">
              <xsl:for-each select="cit:Attachments/cit:Attachment">
                <li>
                  <span class="wsc-dossier-number"><xsl:value-of select="cit:DossierNumber"/></span>
                  <xsl:if test="normalize-space(cit:FieldLabel) != ''">
                    <xsl:value-of select="concat(' : ', cit:FieldLabel)"/>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <span aria-hidden="true">—</span>
            <span class="wsc-sr-only">aucun</span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:if test="$safe-id">
          <form method="post" action="/compte/documents/{$id}/suppression" class="wsc-inline-form">
            <button type="submit" class="wsc-button wsc-button-secondary">
              <xsl:text>Supprimer</xsl:text>
              <span class="wsc-sr-only"><xsl:value-of select="concat(' ', cit:FileName)"/></span>
            </button>
          </form>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- A size in bytes as citizens read it: « 12,5 Ko », « 1,2 Mo ». -->
  <xsl:template name="wsc-file-size">
    <xsl:param name="bytes"/>
    <xsl:choose>
      <xsl:when test="$bytes &lt; 1048576">
        <xsl:value-of select="concat(translate(string(round($bytes div 1024 * 10) div 10), '.', ','), ' Ko')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(translate(string(round($bytes div 1048576 * 10) div 10), '.', ','), ' Mo')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
