<?xml version="1.0" encoding="UTF-8"?>
<!--
  A commune's catalogue of online procedures, from cat:GetCommuneCatalogueResult found anywhere in
  the input: a GetCommuneCatalogue SOAP response of /services/Catalogue.svc, or the platform's page
  document. Procedures come theme by theme, each linked to its form (the hosted page, or the
  commune's own page for a commune whose profile is Redirect) and to its documentation.
  Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:cat="http://webservicescitoyens.fr/ws/catalogue/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="cat page">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//cat:GetCommuneCatalogueResult">
        <xsl:for-each select="(//cat:GetCommuneCatalogueResult)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title" select="'Démarches en ligne'"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Catalogue indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="cat:GetCommuneCatalogueResult" mode="wsc-content">
    <xsl:variable name="result" select="."/>
    <h1>
      <xsl:text>Démarches en ligne</xsl:text>
      <xsl:if test="normalize-space(cat:Commune/cat:Name) != ''">
        <xsl:value-of select="concat(' – ', normalize-space(cat:Commune/cat:Name))"/>
      </xsl:if>
    </h1>
    <xsl:choose>
      <xsl:when test="not(cat:Procedures/cat:Procedure)">
        <p class="wsc-message">Aucune démarche n'est proposée en ligne pour le moment. Renseignez-vous auprès de la mairie.</p>
      </xsl:when>
      <xsl:otherwise>
        <p class="wsc-lead">
          <xsl:value-of select="count(cat:Procedures/cat:Procedure)"/>
          <xsl:text> démarche</xsl:text>
          <xsl:if test="count(cat:Procedures/cat:Procedure) &gt; 1">s</xsl:if>
          <xsl:text> à faire en ligne, classée</xsl:text>
          <xsl:if test="count(cat:Procedures/cat:Procedure) &gt; 1">s</xsl:if>
          <xsl:text> par thème. Chaque demande reçoit un numéro de dossier et se suit étape par étape.</xsl:text>
        </p>
        <nav class="wsc-toc" aria-labelledby="wsc-themes-titre">
          <h2 id="wsc-themes-titre" class="wsc-toc-title">Thèmes</h2>
          <ul>
            <xsl:for-each select="cat:Themes/cat:Theme">
              <li><a href="#theme-{cat:Code}"><xsl:value-of select="cat:Label"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:for-each select="cat:Themes/cat:Theme">
          <xsl:variable name="theme" select="string(cat:Code)"/>
          <section class="wsc-catalogue-theme" aria-labelledby="theme-{$theme}">
            <h2 id="theme-{$theme}"><xsl:value-of select="cat:Label"/></h2>
            <ul class="wsc-procedures">
              <xsl:apply-templates select="$result/cat:Procedures/cat:Procedure[string(cat:Theme) = $theme]"/>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <!-- On the platform's own page: the public observatory, to see how each procedure fares and give one's opinion (seed 004). -->
    <xsl:if test="/page:Page">
      <p class="wsc-observatory-link">
        <a href="/observatoire">Observatoire des démarches : volumes, satisfaction, délais, avis des usagers, et signaler une démarche manquante</a>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="cat:Procedure">
    <xsl:variable name="form">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="cat:FormUrl"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="documentation">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="cat:DocumentationUrl"/>
      </xsl:call-template>
    </xsl:variable>
    <li class="wsc-procedure">
      <h3 class="wsc-procedure-title">
        <xsl:choose>
          <xsl:when test="string($form) != ''">
            <a href="{$form}"><xsl:value-of select="cat:Title"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="cat:Title"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="cat:State = 'Test'">
          <span class="wsc-badge"> (en test)</span>
        </xsl:if>
      </h3>
      <p class="wsc-procedure-summary"><xsl:value-of select="cat:Summary"/></p>
      <xsl:if test="../../cat:Commune/cat:Profile = 'Redirect'">
        <p class="wsc-help">Cette démarche se fait sur le site de la commune.</p>
      </xsl:if>
      <xsl:if test="string($documentation) != ''">
        <p class="wsc-procedure-doc">
          <a href="{$documentation}">
            <xsl:text>Documentation technique</xsl:text>
            <span class="wsc-sr-only"><xsl:value-of select="concat(' : ', cat:Title)"/></span>
          </a>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
