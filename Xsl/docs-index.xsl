<?xml version="1.0" encoding="UTF-8"?>
<!--
  The documentation index (/docs): every procedure of the catalogue by theme, each with its code, its
  summary and a link to its documentation page, from the page:Catalogue found anywhere in the input
  (/docs?format=xml):
    page:Catalogue/@platform                         the platform's public address
    page:Theme[@code]/page:Procedure[@code, @version] with page:Title and page:Summary
  Themes come in the order of the catalogue brochure, procedures in catalogue order.

  Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="tns page">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//page:Catalogue">
        <xsl:for-each select="(//page:Catalogue)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title" select="'Documentation des démarches'"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Documentation indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page:Catalogue" mode="wsc-content">
    <xsl:variable name="platform" select="string(@platform)"/>
    <div class="wsc-doc">
      <h1>Documentation des démarches</h1>
      <p class="wsc-lead">
        <xsl:value-of select="concat('Les ', count(page:Theme/page:Procedure), ' démarches en ligne de Web Services Citoyens, par thème. ')"/>
        <xsl:text>Chacune est un service SOAP documenté (WSDL, XSD, exemples) qu’un site de commune intègre dans un cadre ou en PHP.</xsl:text>
      </p>
      <xsl:if test="count(page:Theme) &gt; 1">
        <nav class="wsc-doc-contents" aria-labelledby="themes">
          <h2 id="themes">Thèmes</h2>
          <ul>
            <xsl:for-each select="page:Theme">
              <li>
                <a href="#theme-{@code}">
                  <xsl:call-template name="doc-theme-title"/>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </nav>
      </xsl:if>
      <xsl:for-each select="page:Theme">
        <h2 id="theme-{@code}">
          <xsl:call-template name="doc-theme-title"/>
        </h2>
        <ul class="wsc-doc-procedures">
          <xsl:for-each select="page:Procedure">
            <xsl:variable name="href">
              <xsl:call-template name="wsc-safe-url">
                <xsl:with-param name="url" select="concat($platform, '/docs/', @code)"/>
              </xsl:call-template>
            </xsl:variable>
            <li>
              <p class="wsc-doc-procedure-title">
                <xsl:choose>
                  <xsl:when test="string($href) != ''">
                    <a href="{$href}"><xsl:value-of select="normalize-space(page:Title)"/></a>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="normalize-space(page:Title)"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text> </xsl:text>
                <code><xsl:value-of select="@code"/></code>
              </p>
              <p class="wsc-doc-procedure-summary"><xsl:value-of select="normalize-space(page:Summary)"/></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- The theme's French name, given by the page document. -->
  <xsl:template name="doc-theme-title">
    <xsl:value-of select="@label"/>
  </xsl:template>

</xsl:stylesheet>
