<?xml version="1.0" encoding="UTF-8"?>
<!--
  A request an agent enters for a citizen at the counter or on the phone (/gestion/saisie), from
  page:BackOffice[@view] in the platform's page document (Rendering/BackOfficeFilingPage.cs):
    view="saisie"              page:Filings: the procedures the agent may file for, by theme
                               (page:Theme[@code]/page:Label, page:Procedure[@code, @href] with its title and summary)
    view="saisie-formulaire"   page:Filing[@code, @action, @requestId]: the procedure's form for the commune, the
                               very tns:GetFormResult the citizen's form page renders, rendered by form.xsl's own
                               templates, with the channel to choose first (the control canal: guichet, telephone)
    view="saisie-enregistree"  page:Filed[@number, @href, @channel]: the procedure, the channel, the tracking code
                               and address to hand the citizen, the link to the dossier; with page:AskedCommune[@code]
                               when it went to another commune (then no link to the dossier, which the agent cannot open)
  and every other view (message) as backoffice.xsl renders it.

  Imports form.xsl (the procedure's fields, the error summary, the refilled values: page:Values and
  page:Errors[@path, @field] are the back-office page's own), then backoffice.xsl, whose agents' shell
  (header and navigation, footer, stylesheet links) thereby takes precedence over common.xsl's as
  form.xsl includes it. form.xsl's parameters action, request-id and submit-label are bound here
  from the page document. Same rules as every published stylesheet: XSLT 1.0 without extensions,
  identical HTML on .NET, libxslt and Saxon after canonicalisation.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="tns page">

  <!-- In this order: the later import (backoffice.xsl) wins over common.xsl as form.xsl includes it. -->
  <xsl:import href="form.xsl"/>
  <xsl:import href="backoffice.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <!-- form.xsl's parameters, from the page document: where the form posts, its idempotency key, its button. -->
  <xsl:variable name="action" select="string((//page:BackOffice)[1]/page:Filing/@action)"/>
  <xsl:variable name="request-id" select="string((//page:BackOffice)[1]/page:Filing/@requestId)"/>
  <xsl:variable name="submit-label" select="'Enregistrer la demande'"/>
  <!-- The channel's and the commune asked's controls, which form.xsl's error summary links to. -->
  <xsl:variable name="wsc-own-controls" select="'canal commune-demandee'"/>

  <xsl:template match="/">
    <xsl:variable name="view" select="string((//page:BackOffice)[1]/@view)"/>
    <xsl:choose>
      <xsl:when test="$view = 'saisie' or $view = 'saisie-formulaire' or $view = 'saisie-enregistree'">
        <xsl:for-each select="(//page:BackOffice)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title">
              <xsl:if test="$bo-errors">Erreur : </xsl:if>
              <xsl:choose>
                <xsl:when test="$view = 'saisie-formulaire'">
                  <xsl:value-of select="concat('Saisie : ', normalize-space(page:Filing/tns:GetFormResult/tns:Procedure/tns:Title))"/>
                </xsl:when>
                <xsl:when test="$view = 'saisie-enregistree'">
                  <xsl:value-of select="concat('Demande enregistrée : dossier N° ', page:Filed/@number)"/>
                </xsl:when>
                <xsl:otherwise>Saisir une demande</xsl:otherwise>
              </xsl:choose>
              <xsl:text> – Gestion des dossiers</xsl:text>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-imports/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page:BackOffice" mode="wsc-content">
    <xsl:choose>
      <xsl:when test="@view = 'saisie'"><xsl:apply-templates select="page:Filings"/></xsl:when>
      <xsl:when test="@view = 'saisie-formulaire'">
        <p class="bo-back"><a href="/gestion/saisie">Retour à la liste des démarches</a></p>
        <xsl:apply-templates select="page:Filing/tns:GetFormResult" mode="wsc-content"/>
      </xsl:when>
      <xsl:when test="@view = 'saisie-enregistree'"><xsl:apply-templates select="page:Filed"/></xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== the procedures to file for -->

  <xsl:template match="page:Filings">
    <h1>Saisir une demande pour un usager</h1>
    <p class="wsc-lead">Au guichet ou par téléphone : choisissez la démarche, remplissez le formulaire avec l'usager, puis remettez-lui le numéro du dossier et son code de suivi.</p>
    <xsl:for-each select="..">
      <xsl:call-template name="bo-notice"/>
    </xsl:for-each>
    <xsl:if test="not(page:Theme)">
      <p>Aucune démarche de votre périmètre n'est proposée en ligne par votre commune : il n'y a rien à saisir pour un usager.</p>
    </xsl:if>
    <xsl:for-each select="page:Theme">
      <!-- Theme codes are the catalogue's (lower-case letters and dashes): safe in an id. -->
      <section class="bo-filing-theme" aria-labelledby="theme-{@code}">
        <h2 id="theme-{@code}"><xsl:value-of select="page:Label"/></h2>
        <ul class="bo-filing-list">
          <xsl:for-each select="page:Procedure">
            <xsl:variable name="href">
              <xsl:call-template name="wsc-safe-url">
                <xsl:with-param name="url" select="@href"/>
              </xsl:call-template>
            </xsl:variable>
            <li>
              <xsl:choose>
                <xsl:when test="string($href) != ''"><a href="{$href}"><xsl:value-of select="page:Title"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="page:Title"/></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="normalize-space(page:Summary) != ''">
                <p class="bo-filing-summary"><xsl:value-of select="page:Summary"/></p>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:for-each>
  </xsl:template>

  <!-- ===================================================================== the form: the channel first -->

  <!-- Called by form.xsl inside the form, before the procedure's fields (context: tns:GetFormResult). -->
  <xsl:template name="wsc-form-start">
    <xsl:variable name="errors" select="$wsc-errors[@path = 'canal']"/>
    <xsl:variable name="value" select="string($wsc-values[@path = 'canal'][1])"/>
    <fieldset id="f-canal" class="wsc-group bo-channel">
      <xsl:if test="$errors">
        <xsl:attribute name="aria-describedby">f-canal-erreur</xsl:attribute>
      </xsl:if>
      <legend class="wsc-legend">
        <xsl:text>Canal de la demande</xsl:text>
        <span class="wsc-required" aria-hidden="true">*</span>
      </legend>
      <xsl:if test="$errors">
        <p class="wsc-error" id="f-canal-erreur">
          <span class="wsc-sr-only">Erreur : </span>
          <xsl:value-of select="$errors[1]"/>
        </p>
      </xsl:if>
      <xsl:call-template name="bo-channel-option">
        <xsl:with-param name="value" select="'guichet'"/>
        <xsl:with-param name="label" select="'Au guichet'"/>
        <xsl:with-param name="chosen" select="$value"/>
        <xsl:with-param name="invalid" select="boolean($errors)"/>
      </xsl:call-template>
      <xsl:call-template name="bo-channel-option">
        <xsl:with-param name="value" select="'telephone'"/>
        <xsl:with-param name="label" select="'Par téléphone'"/>
        <xsl:with-param name="chosen" select="$value"/>
        <xsl:with-param name="invalid" select="boolean($errors)"/>
      </xsl:call-template>
    </fieldset>
    <xsl:call-template name="bo-asked-commune"/>
  </xsl:template>

  <!-- The commune the request is addressed to: empty for the agent's own (RequestFromCommune otherwise). -->
  <xsl:template name="bo-asked-commune">
    <xsl:variable name="errors" select="$wsc-errors[@path = 'commune-demandee']"/>
    <fieldset class="wsc-group bo-asked-commune">
      <legend class="wsc-legend">Adresser la demande à une autre commune</legend>
      <div class="wsc-field">
        <label for="f-commune-demandee" class="wsc-label">Code INSEE de la commune destinataire</label>
        <p class="wsc-help" id="f-commune-demandee-aide">Laissez vide pour enregistrer la demande dans votre commune. Sinon, la demande est déposée auprès de la commune indiquée, qui la traite ; vous la suivez dans « Demandes à d'autres communes ».</p>
        <xsl:if test="$errors">
          <p class="wsc-error" id="f-commune-demandee-erreur">
            <span class="wsc-sr-only">Erreur : </span>
            <xsl:value-of select="$errors[1]"/>
          </p>
        </xsl:if>
        <input id="f-commune-demandee" name="commune-demandee" type="text" class="wsc-input" inputmode="numeric" maxlength="5" autocomplete="off"
               value="{string($wsc-values[@path = 'commune-demandee'][1])}">
          <xsl:choose>
            <xsl:when test="$errors">
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
              <xsl:attribute name="aria-describedby">f-commune-demandee-aide f-commune-demandee-erreur</xsl:attribute>
            </xsl:when>
            <xsl:otherwise><xsl:attribute name="aria-describedby">f-commune-demandee-aide</xsl:attribute></xsl:otherwise>
          </xsl:choose>
        </input>
      </div>
    </fieldset>
  </xsl:template>

  <xsl:template name="bo-channel-option">
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="chosen"/>
    <xsl:param name="invalid"/>
    <div class="wsc-field wsc-field-boolean">
      <input id="f-canal-{$value}" name="canal" type="radio" value="{$value}" class="wsc-checkbox" required="">
        <xsl:if test="$chosen = $value"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
        <xsl:if test="$invalid"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
      </input>
      <label for="f-canal-{$value}" class="wsc-checkbox-label"><xsl:value-of select="$label"/></label>
    </div>
  </xsl:template>

  <!-- ===================================================================== filed: what to hand the citizen -->

  <xsl:template match="page:Filed">
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="@href"/>
      </xsl:call-template>
    </xsl:variable>
    <div class="wsc-confirmation">
      <h1>Demande enregistrée</h1>
      <xsl:for-each select="..">
        <xsl:call-template name="bo-notice"/>
      </xsl:for-each>
      <dl class="wsc-facts">
        <div class="wsc-fact">
          <dt>Démarche</dt>
          <dd><xsl:value-of select="page:Procedure"/></dd>
        </div>
        <xsl:if test="page:AskedCommune">
          <div class="wsc-fact">
            <dt>Commune destinataire</dt>
            <dd><xsl:value-of select="concat(page:AskedCommune, ' (', page:AskedCommune/@code, ')')"/></dd>
          </div>
        </xsl:if>
        <div class="wsc-fact">
          <dt>Canal</dt>
          <dd><xsl:value-of select="page:Channel"/></dd>
        </div>
        <div class="wsc-fact">
          <dt>Numéro de dossier</dt>
          <dd><strong class="wsc-dossier-number"><xsl:value-of select="@number"/></strong></dd>
        </div>
        <div class="wsc-fact">
          <dt>Code de suivi</dt>
          <dd><code class="wsc-tracking-code"><xsl:value-of select="page:TrackingCode"/></code></dd>
        </div>
        <div class="wsc-fact">
          <dt>Adresse de suivi</dt>
          <dd class="bo-tracking-url"><xsl:value-of select="page:TrackingUrl"/></dd>
        </div>
      </dl>
    </div>
    <div class="wsc-notice">
      <p>Remettez ou dictez à l'usager le numéro de dossier et le code de suivi : ils lui permettent de suivre sa demande en ligne, comme s'il l'avait déposée lui-même. Si la demande donne une adresse électronique, l'accusé de réception y est envoyé.</p>
    </div>
    <ul class="bo-filed-links">
      <xsl:if test="page:AskedCommune">
        <li><a href="/gestion/demandes-communes">Suivre les demandes adressées à d'autres communes</a></li>
      </xsl:if>
      <xsl:if test="string($href) != '' and not(page:AskedCommune)">
        <li><a href="{$href}"><xsl:value-of select="concat('Ouvrir le dossier N° ', @number)"/></a></li>
      </xsl:if>
      <li><a href="/gestion/saisie">Saisir une autre demande</a></li>
    </ul>
  </xsl:template>

</xsl:stylesheet>
