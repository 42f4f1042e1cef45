<?xml version="1.0" encoding="UTF-8"?>
<!--
  The receipt of a filed dossier, from tns:SubmitResult found anywhere in the input (a Submit SOAP
  response, or the platform's page document): the dossier number and tracking code to keep, the
  date, the link to follow the dossier, and its steps.
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
      <xsl:when test="//tns:SubmitResult">
        <xsl:apply-templates select="(//tns:SubmitResult)[1]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Demande non enregistrée'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tns:SubmitResult">
    <xsl:call-template name="wsc-page">
      <xsl:with-param name="title" select="concat('Demande enregistrée : dossier N° ', normalize-space(tns:DossierNumber))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tns:SubmitResult" mode="wsc-content">
    <div class="wsc-confirmation">
      <h1>Votre demande a bien été enregistrée</h1>
      <xsl:call-template name="wsc-test-notice"/>
      <xsl:if test="normalize-space(tns:Procedure/tns:Title) != ''">
        <p class="wsc-confirmation-procedure"><xsl:value-of select="tns:Procedure/tns:Title"/></p>
      </xsl:if>
      <dl class="wsc-facts">
        <div class="wsc-fact">
          <dt>Numéro de dossier</dt>
          <dd><strong class="wsc-dossier-number"><xsl:value-of select="tns:DossierNumber"/></strong></dd>
        </div>
        <div class="wsc-fact">
          <dt>Code de suivi</dt>
          <dd><code class="wsc-tracking-code"><xsl:value-of select="tns:TrackingCode"/></code></dd>
        </div>
        <div class="wsc-fact">
          <dt>Date de la demande</dt>
          <dd>
            <xsl:call-template name="wsc-datetime">
              <xsl:with-param name="value" select="tns:SubmittedAtLocal"/>
            </xsl:call-template>
          </dd>
        </div>
        <xsl:if test="normalize-space(tns:Commune/tns:Name) != ''">
          <div class="wsc-fact">
            <dt>Commune</dt>
            <dd><xsl:value-of select="tns:Commune/tns:Name"/></dd>
          </div>
        </xsl:if>
      </dl>
    </div>
    <div class="wsc-notice">
      <p>Conservez votre numéro de dossier et votre code de suivi : ils vous seront demandés pour suivre l'avancement de votre demande. Vous pouvez imprimer cette page ou la noter.</p>
    </div>
    <xsl:variable name="tracking">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="tns:TrackingUrl"/>
      </xsl:call-template>
    </xsl:variable>
    <!--
      The acknowledgement of receipt signed by the platform travels in the receipt itself (base64), so a
      commune's site offers it too, with no address to guess: a download of the very bytes that were signed.
      Only base64 characters are ever written into the link.
    -->
    <xsl:variable name="acknowledgement" select="normalize-space(tns:Acknowledgement)"/>
    <xsl:if test="$acknowledgement != '' and translate($acknowledgement, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=', '') = ''">
      <p class="wsc-acknowledgement">
        <a href="data:application/xml;base64,{$acknowledgement}" download="accuse-reception-{normalize-space(tns:DossierNumber)}.xml">Télécharger l'accusé de réception signé (XML)</a>
      </p>
    </xsl:if>
    <xsl:if test="string($tracking) != ''">
      <p class="wsc-actions wsc-track">
        <a class="wsc-button" href="{$tracking}">Suivre mon dossier</a>
      </p>
    </xsl:if>
    <xsl:call-template name="wsc-steps-table">
      <xsl:with-param name="steps" select="tns:Steps/tns:Step"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
