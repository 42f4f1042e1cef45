<?xml version="1.0" encoding="UTF-8"?>
<!--
  The citizens' feedback on a commune's procedures, for its administrators (/gestion/administration/avis,
  seed 004), from page:BackOffice[@view = 'avis'] in the platform's page document
  (Rendering/FeedbackAdminPage.cs): page:Feedback with its addresses (@href, @current, @list, @people),
  the filter applied (page:Filter[@procedure, @kind, @unanswered]), the kinds and procedures to filter by,
  and one page:Entry[@id, @kind, @test] per piece of feedback — kind, procedure, dossier (linked to the
  agents' dossier page), rating, comment, malfunction, date, the answer given (page:Answer[@at]) — each
  with the form to answer it publicly in the commune's name (operation repondre, control reponse,
  refusals at path reponse-{id}). Every other view as administration.xsl renders it.

  Imports administration.xsl (the administration's navigation and messages, over backoffice.xsl's
  agents' shell). Same rules as every published stylesheet: XSLT 1.0 without extensions, identical
  HTML on .NET, libxslt and Saxon after canonicalisation; addresses only through wsc-safe-url.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="tns page">

  <xsl:import href="administration.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="string((//page:BackOffice)[1]/@view) = 'avis'">
        <xsl:for-each select="(//page:BackOffice)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title">
              <xsl:if test="$bo-errors">Erreur : </xsl:if>
              <xsl:text>Avis des usagers – Administration</xsl:text>
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
      <xsl:when test="@view = 'avis'"><xsl:apply-templates select="page:Feedback"/></xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page:Feedback">
    <xsl:variable name="current">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@current"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@href"/></xsl:call-template>
    </xsl:variable>
    <h1>Avis des usagers</h1>
    <xsl:call-template name="adm-nav">
      <xsl:with-param name="list" select="@list"/>
      <xsl:with-param name="people" select="@people"/>
      <xsl:with-param name="feedback" select="@href"/>
      <xsl:with-param name="current" select="'feedback'"/>
    </xsl:call-template>
    <xsl:call-template name="adm-messages"/>
    <p class="wsc-lead">Les notes, commentaires et dysfonctionnements que les usagers donnent sur leurs dossiers clos, et les signalements reçus par l'observatoire des démarches. Votre réponse est publiée sur l'observatoire au nom de la commune, jamais sous le nom d'un agent ; les usagers n'y sont jamais nommés.</p>

    <form method="get" action="{$href}" class="wsc-form fb-filter" accept-charset="UTF-8">
      <xsl:variable name="filter" select="page:Filter"/>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
        <label for="f-demarche" class="wsc-label">Démarche</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
        <select id="f-demarche" name="demarche" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
          <option value="">Toutes les démarches</option>
          <xsl:for-each select="page:Procedures/page:Procedure">
            <option value="{@code}">
              <xsl:if test="string(@code) = string($filter/@procedure)"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="'nature'"/></xsl:call-template>
        <label for="f-nature" class="wsc-label">Nature</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'nature'"/></xsl:call-template>
        <select id="f-nature" name="nature" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'nature'"/></xsl:call-template>
          <option value="">Toutes</option>
          <xsl:for-each select="page:Kinds/page:Kind">
            <option value="{@code}">
              <xsl:if test="string(@code) = string($filter/@kind)"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
              <xsl:value-of select="."/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="wsc-field wsc-field-boolean">
        <input id="f-sans-reponse" name="sans-reponse" type="checkbox" value="oui" class="wsc-checkbox">
          <xsl:if test="$filter/@unanswered = 'true'"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
        </input>
        <label for="f-sans-reponse" class="wsc-checkbox-label">Sans réponse seulement</label>
      </div>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Filtrer</button>
      </div>
    </form>

    <h2 id="fb-liste">
      <xsl:choose>
        <xsl:when test="count(page:Entry) = 0">Aucun avis</xsl:when>
        <xsl:when test="count(page:Entry) = 1">1 avis</xsl:when>
        <xsl:otherwise><xsl:value-of select="concat(count(page:Entry), ' avis')"/></xsl:otherwise>
      </xsl:choose>
    </h2>
    <xsl:if test="page:Entry">
      <ul class="fb-entries" aria-labelledby="fb-liste">
        <xsl:for-each select="page:Entry">
          <xsl:call-template name="fb-entry">
            <xsl:with-param name="action" select="$current"/>
          </xsl:call-template>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fb-entry">
    <xsl:param name="action"/>
    <xsl:variable name="path" select="concat('reponse-', @id)"/>
    <li class="wsc-dossier fb-entry">
      <h3 id="fb-{@id}">
        <xsl:value-of select="page:KindLabel"/>
        <xsl:if test="page:Procedure"><xsl:value-of select="concat(' – ', page:Procedure)"/></xsl:if>
      </h3>
      <xsl:if test="@test = 'true'">
        <p class="wsc-test-notice" role="note">Dossier de test : cet avis n'est ni compté ni publié.</p>
      </xsl:if>
      <dl class="wsc-facts">
        <div class="wsc-fact">
          <dt>Reçu le</dt>
          <dd><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="page:CreatedAt"/></xsl:call-template></dd>
        </div>
        <xsl:if test="page:Dossier">
          <div class="wsc-fact">
            <dt>Dossier</dt>
            <dd>
              <xsl:variable name="dossier-href">
                <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="page:Dossier/@href"/></xsl:call-template>
              </xsl:variable>
              <a href="{$dossier-href}"><xsl:value-of select="page:Dossier"/></a>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="page:Rating">
          <div class="wsc-fact">
            <dt>Note</dt>
            <dd><xsl:value-of select="concat(page:Rating, ' sur 5')"/></dd>
          </div>
        </xsl:if>
      </dl>
      <xsl:if test="page:Comment">
        <p class="wsc-help"><strong>
          <xsl:choose>
            <xsl:when test="@kind = 'Rating'">Commentaire :</xsl:when>
            <xsl:otherwise>Signalement :</xsl:otherwise>
          </xsl:choose>
        </strong></p>
        <p class="wsc-message-text"><xsl:value-of select="page:Comment"/></p>
      </xsl:if>
      <xsl:if test="page:Malfunction">
        <p class="wsc-help"><strong>Dysfonctionnement signalé :</strong></p>
        <p class="wsc-message-text"><xsl:value-of select="page:Malfunction"/></p>
      </xsl:if>
      <xsl:if test="page:Answer">
        <div class="wsc-rating-answer">
          <p class="wsc-help">
            <strong>Réponse publiée</strong>
            <xsl:text> – </xsl:text>
            <xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="page:Answer/@at"/></xsl:call-template>
          </p>
          <p class="wsc-message-text"><xsl:value-of select="page:Answer"/></p>
        </div>
      </xsl:if>
      <xsl:if test="string($action) != ''">
        <form method="post" action="{$action}" class="wsc-form" accept-charset="UTF-8">
          <input type="hidden" name="operation" value="repondre"/>
          <input type="hidden" name="avis" value="{@id}"/>
          <xsl:call-template name="bo-textarea">
            <xsl:with-param name="path" select="$path"/>
            <xsl:with-param name="name" select="'reponse'"/>
            <xsl:with-param name="label">
              <xsl:choose>
                <xsl:when test="page:Answer">Remplacer la réponse publiée</xsl:when>
                <xsl:otherwise>Réponse de la commune</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="help" select="'Publiée sur l’observatoire au nom de la commune. 4000 caractères au plus.'"/>
          </xsl:call-template>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button">
              <xsl:text>Publier la réponse</xsl:text>
              <span class="wsc-sr-only"><xsl:value-of select="concat(' : ', page:KindLabel)"/></span>
            </button>
          </div>
        </form>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
