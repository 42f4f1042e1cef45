<?xml version="1.0" encoding="UTF-8"?>
<!--
  A page that only says something (not found, not available, how to track a dossier), from the
  page:Message of the platform's page document, and, with a page:Confirm, a button that posts it. Parameters: standalone, assets (see common.xsl).
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
      <xsl:when test="//page:Message">
        <xsl:for-each select="(//page:Message)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title" select="normalize-space(page:Title)"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Service indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- No commune here: the shell then shows neither header nor colours. -->
  <xsl:template match="page:Message" mode="wsc-content">
    <h1><xsl:value-of select="page:Title"/></h1>
    <p class="wsc-message"><xsl:value-of select="page:Text"/></p>
    <!-- A confirmation (the town hall's acknowledgement of a dossier): only this post changes anything. -->
    <xsl:for-each select="page:Confirm">
      <form method="post" action="{@action}" class="wsc-form">
        <xsl:for-each select="page:Field">
          <input type="hidden" name="{@name}" value="{.}"/>
        </xsl:for-each>
        <button type="submit" class="wsc-button"><xsl:value-of select="@submit"/></button>
      </form>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
