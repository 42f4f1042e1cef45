<?xml version="1.0" encoding="UTF-8"?>
<!--
  /signature/verifier: anyone uploads an acknowledgement of receipt (AccuseReception, signed by the
  platform) and reads the verdict, the same sentence as the verify-receipt command. Every text comes
  from the page document (page:Signature); the verdict sits in a status region so that a screen reader
  announces it. Parameters: standalone, assets (see common.xsl).
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
      <xsl:when test="/page:Page/page:Signature">
        <xsl:for-each select="/page:Page/page:Signature">
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

  <xsl:template match="page:Signature" mode="wsc-content">
    <h1><xsl:value-of select="page:Title"/></h1>
    <p class="wsc-lead"><xsl:value-of select="page:Intro"/></p>
    <div role="status">
      <xsl:for-each select="page:Verdict">
        <div id="verdict">
          <xsl:attribute name="class">
            <xsl:choose>
              <xsl:when test="@valid = 'true'">wsc-notice</xsl:when>
              <xsl:otherwise>wsc-errors</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <h2><xsl:value-of select="page:Title"/></h2>
          <p class="wsc-message-text"><xsl:value-of select="page:Text"/></p>
        </div>
      </xsl:for-each>
    </div>
    <xsl:for-each select="page:Form">
      <form method="post" action="{@action}" enctype="multipart/form-data" class="wsc-form">
        <div class="wsc-field">
          <label for="f-{@control}" class="wsc-label"><xsl:value-of select="@label"/></label>
          <input id="f-{@control}" name="{@control}" type="file" accept=".xml,application/xml,text/xml" required="" class="wsc-input"/>
        </div>
        <button type="submit" class="wsc-button"><xsl:value-of select="@submit"/></button>
      </form>
    </xsl:for-each>
    <xsl:for-each select="page:Certificate">
      <section aria-labelledby="certificat-titre">
        <h2 id="certificat-titre"><xsl:value-of select="@title"/></h2>
        <ul>
          <xsl:for-each select="page:Link">
            <li><a href="{@href}"><xsl:value-of select="."/></a></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
