<?xml version="1.0" encoding="UTF-8"?>
<!--
  The tracking page of a dossier, from tns:GetStatusResult found anywhere in the input (a GetStatus
  SOAP response, or the platform's page document): procedure, commune, date of the request, current
  step, its state (in progress, waiting for the citizen's answer to a correction request, closed), the
  reason the commune gave once it rejected the request, and the steps, done ones dated, the others
  "non réalisé" (the commune's internal notes and actions are never in GetStatus); and, when the page
  document gives their addresses (page:Links beside the result, never in a SOAP response), links to
  the submitted request to print and to its PDF; and once the dossier is closed, when the page document
  gives it (page:Feedback), the form to rate the procedure (page:RatingForm[@action, @dossier, @code],
  feedback.xsl's wsc-rating-form) or the rating given (cat:Rating, as the catalogue's RateDossier
  answers it, with the commune's answer).
  Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                xmlns:cat="http://webservicescitoyens.fr/ws/catalogue/v1"
                exclude-result-prefixes="tns page cat">

  <xsl:include href="common.xsl"/>
  <xsl:include href="feedback.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//tns:GetStatusResult">
        <xsl:apply-templates select="(//tns:GetStatusResult)[1]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Suivi indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tns:GetStatusResult">
    <xsl:call-template name="wsc-page">
      <xsl:with-param name="title" select="concat('Suivi de votre dossier N° ', normalize-space(tns:DossierNumber))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tns:GetStatusResult" mode="wsc-content">
    <xsl:variable name="closed">
      <xsl:call-template name="wsc-is-true">
        <xsl:with-param name="value" select="tns:Closed"/>
      </xsl:call-template>
    </xsl:variable>
    <h1>
      <xsl:text>Suivi de votre dossier N° </xsl:text>
      <span class="wsc-dossier-number"><xsl:value-of select="tns:DossierNumber"/></span>
    </h1>
    <xsl:call-template name="wsc-test-notice"/>
    <dl class="wsc-facts">
      <xsl:if test="normalize-space(tns:Procedure/tns:Title) != ''">
        <div class="wsc-fact">
          <dt>Démarche</dt>
          <dd><xsl:value-of select="tns:Procedure/tns:Title"/></dd>
        </div>
      </xsl:if>
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
            <xsl:with-param name="value" select="tns:SubmittedAtLocal"/>
          </xsl:call-template>
        </dd>
      </div>
      <xsl:if test="normalize-space(tns:CurrentStep) != ''">
        <div class="wsc-fact">
          <dt>Étape actuelle</dt>
          <dd><xsl:value-of select="tns:CurrentStep"/></dd>
        </div>
      </xsl:if>
      <div class="wsc-fact">
        <dt>État du dossier</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="string($closed) = 'yes'">
              <span class="wsc-badge wsc-badge-closed">Dossier clos</span>
            </xsl:when>
            <xsl:when test="tns:State = 'AwaitingCitizen'">
              <span class="wsc-badge wsc-badge-waiting">En attente de votre réponse</span>
            </xsl:when>
            <xsl:otherwise>
              <span class="wsc-badge wsc-badge-open">En cours</span>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </dl>
    <xsl:if test="tns:State = 'AwaitingCitizen' and string($closed) != 'yes'">
      <section class="wsc-correction" aria-labelledby="wsc-attente-titre">
        <h2 id="wsc-attente-titre">En attente de votre réponse</h2>
        <p>La mairie vous a demandé de compléter ou de corriger votre demande. Le traitement reprend dès votre réponse.</p>
        <p>
          <xsl:text>Lisez sa demande et répondez depuis votre </xsl:text>
          <xsl:choose>
            <!-- On the platform's own page the account is one click away; a commune's site has its own address for it. -->
            <xsl:when test="/page:Page"><a href="/compte">espace citoyen</a></xsl:when>
            <xsl:otherwise>espace citoyen</xsl:otherwise>
          </xsl:choose>
          <xsl:text> ; si ce dossier n'y figure pas encore, ajoutez-le avec son numéro et son code de suivi.</xsl:text>
        </p>
      </section>
    </xsl:if>
    <xsl:if test="normalize-space(tns:RejectionReason) != ''">
      <section class="wsc-notice" aria-labelledby="wsc-refus-titre">
        <h2 id="wsc-refus-titre">Motif du refus</h2>
        <p class="wsc-message-text"><xsl:value-of select="tns:RejectionReason"/></p>
      </section>
    </xsl:if>
    <xsl:apply-templates select="/page:Page/page:Feedback"/>
    <xsl:call-template name="wsc-steps-table">
      <xsl:with-param name="steps" select="tns:Steps/tns:Step"/>
    </xsl:call-template>
    <xsl:call-template name="status-request-links"/>
  </xsl:template>

  <!-- The rating of the closed dossier: the form to give it, or the rating given with the commune's answer. -->
  <xsl:template match="page:Feedback">
    <xsl:choose>
      <xsl:when test="cat:Rating">
        <xsl:call-template name="wsc-rating-given">
          <xsl:with-param name="prefix" select="'avis'"/>
          <xsl:with-param name="rating" select="cat:Rating/cat:Rating"/>
          <xsl:with-param name="comment" select="cat:Rating/cat:Comment"/>
          <xsl:with-param name="malfunction" select="cat:Rating/cat:Malfunction"/>
          <xsl:with-param name="description" select="cat:Rating/cat:MalfunctionDescription"/>
          <xsl:with-param name="rated-at" select="cat:Rating/cat:RatedAtLocal"/>
          <xsl:with-param name="answer" select="cat:Rating/cat:Answer"/>
          <xsl:with-param name="answered-by" select="cat:Rating/cat:AnsweredBy"/>
          <xsl:with-param name="answered-at" select="cat:Rating/cat:AnsweredAtLocal"/>
          <xsl:with-param name="notice" select="/page:Page/page:Notice"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="page:RatingForm">
        <xsl:call-template name="wsc-rating-form">
          <xsl:with-param name="prefix" select="'avis'"/>
          <xsl:with-param name="action" select="page:RatingForm/@action"/>
          <xsl:with-param name="dossier" select="page:RatingForm/@dossier"/>
          <xsl:with-param name="code" select="page:RatingForm/@code"/>
          <xsl:with-param name="errors" select="/page:Page/page:Errors/page:Error"/>
          <xsl:with-param name="values" select="/page:Page/page:Values/page:Value"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!--
    Links to the submitted request (to print, and as a PDF) and to its signed acknowledgement of receipt, only when the platform's page document
    gives their addresses in page:Links: a raw GetStatus response has none, and no address is guessed.
  -->
  <xsl:template name="status-request-links">
    <xsl:variable name="links" select="/page:Page/page:Links"/>
    <xsl:variable name="request">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$links/@request"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="pdf">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$links/@pdf"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="acknowledgement">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$links/@acknowledgement"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($request) != '' or string($pdf) != ''">
      <nav class="wsc-request-links" aria-labelledby="wsc-demande-titre">
        <h2 id="wsc-demande-titre">Votre demande</h2>
        <ul>
          <xsl:if test="string($request) != ''">
            <li><a href="{$request}">Consulter et imprimer votre demande</a></li>
          </xsl:if>
          <xsl:if test="string($pdf) != ''">
            <li><a href="{$pdf}">Télécharger votre demande (PDF)</a></li>
          </xsl:if>
          <xsl:if test="string($acknowledgement) != ''">
            <li><a href="{$acknowledgement}">Télécharger l'accusé de réception signé (XML)</a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
