<?xml version="1.0" encoding="UTF-8"?>
<!--
  The citizen's dashboard, from cit:GetDashboardResult found anywhere in the input (a GetDashboard
  SOAP response of /services/CitizenAccount.svc, or the platform's page document, which may add a
  page:Notice and page:Errors): open dossiers (number, theme, procedure, date, state, steps dated or
  « non réalisé »), archived ones apart, attaching a dossier by its tracking code, notification
  choices, logging out. Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:cit="http://webservicescitoyens.fr/ws/citizen/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="cit page">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="wsc-errors" select="//page:Errors/page:Error"/>

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
          <dt>État</dt>
          <dd><xsl:value-of select="cit:CurrentStep"/></dd>
        </div>
      </dl>
      <xsl:call-template name="wsc-steps-table">
        <xsl:with-param name="steps" select="cit:Steps/cit:Step"/>
      </xsl:call-template>
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

</xsl:stylesheet>
