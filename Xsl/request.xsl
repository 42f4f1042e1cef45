<?xml version="1.0" encoding="UTF-8"?>
<!--
  The submitted request of a dossier, to read and print (/suivi/demande?dossier=…&code=…), from the
  page:Request found anywhere in the input (the same address with &format=xml gives it):
    @number, @test, @closed  the dossier number, whether it is a test dossier, whether it is closed
    tns:Procedure            the procedure (title, theme label), as the SOAP results carry it
    tns:Commune              the commune (name, colours, logo, website), idem
    page:SubmittedAtLocal    the submission, in the commune's time
    page:CurrentStep         the step the citizen sees
    page:Section[@level]     in form order, page:Title and page:Entry[@path] (page:Label, one page:Line
                             per line of the value as the citizen reads it; none when left blank)
    page:Documents           page:Document[@required] (page:Label, page:Concerning, page:Help): the
                             documents to provide, which are not part of the request
  and page:Links (@tracking, @request, @pdf), the dossier's addresses, beside it in page:Page.

  Each section is a heading (h2 for a top-level part, h3 and below for the groups inside it) and a
  definition list of label and value. print.css hides the links and keeps each field on one page.
  Parameters: standalone, assets (see common.xsl). Same rules as every published stylesheet: XSLT 1.0
  without extensions, identical HTML on .NET, libxslt and Saxon after canonicalisation.
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
      <xsl:when test="//page:Request">
        <xsl:apply-templates select="(//page:Request)[1]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Demande indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page:Request">
    <xsl:call-template name="wsc-page">
      <xsl:with-param name="title" select="concat('Votre demande N° ', normalize-space(@number))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page:Request" mode="wsc-content">
    <xsl:variable name="links" select="/page:Page/page:Links"/>
    <xsl:variable name="tracking">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$links/@tracking"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="pdf">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$links/@pdf"/>
      </xsl:call-template>
    </xsl:variable>

    <xsl:call-template name="wsc-theme-label">
      <xsl:with-param name="label" select="tns:Procedure/tns:ThemeLabel"/>
    </xsl:call-template>
    <h1>
      <xsl:choose>
        <xsl:when test="normalize-space(tns:Procedure/tns:Title) != ''">
          <xsl:value-of select="tns:Procedure/tns:Title"/>
        </xsl:when>
        <xsl:otherwise>Votre demande</xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="@test = 'true'">
      <p class="wsc-test-notice" role="note">Dossier de test : déposé avec la clé d'aperçu de la commune, il ne sera pas traité.</p>
    </xsl:if>
    <dl class="wsc-facts">
      <div class="wsc-fact">
        <dt>Numéro de dossier</dt>
        <dd><span class="wsc-dossier-number"><xsl:value-of select="@number"/></span></dd>
      </div>
      <xsl:if test="normalize-space(tns:Commune/tns:Name) != ''">
        <div class="wsc-fact">
          <dt>Commune</dt>
          <dd><xsl:value-of select="tns:Commune/tns:Name"/></dd>
        </div>
      </xsl:if>
      <div class="wsc-fact">
        <dt>Date de la demande</dt>
        <dd>
          <xsl:call-template name="wsc-datetime">
            <xsl:with-param name="value" select="page:SubmittedAtLocal"/>
          </xsl:call-template>
        </dd>
      </div>
      <xsl:if test="normalize-space(page:CurrentStep) != ''">
        <div class="wsc-fact">
          <dt>Étape actuelle</dt>
          <dd><xsl:value-of select="page:CurrentStep"/></dd>
        </div>
      </xsl:if>
    </dl>
    <xsl:if test="string($pdf) != '' or string($tracking) != ''">
      <nav class="wsc-request-links" aria-label="Votre dossier">
        <ul>
          <xsl:if test="string($pdf) != ''">
            <li><a href="{$pdf}">Télécharger la demande (PDF)</a></li>
          </xsl:if>
          <xsl:if test="string($tracking) != ''">
            <li><a href="{$tracking}">Suivre le dossier</a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
    <xsl:apply-templates select="page:Section" mode="wsc-request"/>
    <xsl:apply-templates select="page:Documents[page:Document]"/>
  </xsl:template>

  <xsl:template match="page:Documents">
    <section class="wsc-request-section wsc-request-documents" aria-labelledby="wsc-pieces">
      <h2 id="wsc-pieces">Pièces justificatives à fournir</h2>
      <p>Ces pièces ne font pas partie de la demande en ligne. La mairie vous indiquera comment les transmettre.</p>
      <ul class="wsc-request-document-list">
        <xsl:for-each select="page:Document">
          <li class="wsc-request-field">
            <span class="wsc-request-document"><xsl:value-of select="page:Label"/></span>
            <xsl:choose>
              <xsl:when test="@required = 'true'"> (pièce obligatoire)</xsl:when>
              <xsl:otherwise> (pièce facultative)</xsl:otherwise>
            </xsl:choose>
            <xsl:if test="normalize-space(page:Concerning) != ''">
              <br/>
              <xsl:value-of select="concat('Pour : ', normalize-space(page:Concerning))"/>
            </xsl:if>
            <xsl:if test="normalize-space(page:Help) != ''">
              <span class="wsc-help"><xsl:value-of select="page:Help"/></span>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

</xsl:stylesheet>
