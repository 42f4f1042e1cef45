<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared templates of the published stylesheets (form.xsl, receipt.xsl, status.xsl, request.xsl, message.xsl,
  doc.xsl, docs-index.xsl, catalogue.xsl, account.xsl and dashboard.xsl include this file; backoffice.xsl imports it to
  replace its header, footer and stylesheet links):
  page shell, commune header and colours, steps, dates, a submitted request's sections, footer.

  Strictly XSLT 1.0 without extensions: the same output (after HTML canonicalisation) on .NET
  XslCompiledTransform, libxslt and Saxon. Rules kept throughout: no generate-id(), no format-number,
  no xsl:sort, no disable-output-escaping, no whitespace text in the output except inside text,
  boolean HTML attributes written with an empty value, URLs only from http(s) or site-relative values.

  Parameters (global, shared by every stylesheet):
    standalone  'yes' (default): a whole HTML page; 'no': only the <div class="wsc"> fragment, which
                then carries its own <link rel="stylesheet"> elements.
    assets      base address of the css/ folder (default '/'): {assets}css/wsc.css, {assets}css/print.css.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                xmlns:cat="http://webservicescitoyens.fr/ws/catalogue/v1"
                xmlns:cit="http://webservicescitoyens.fr/ws/citizen/v1"
                exclude-result-prefixes="tns page cat cit">

  <xsl:param name="standalone" select="'yes'"/>
  <xsl:param name="assets" select="'/'"/>

  <xsl:variable name="wsc-upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="wsc-lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="wsc-fragment" select="$standalone = 'no'"/>
  <!-- Characters that libxslt escapes in href/src/action and .NET and Saxon do not: escaped here first. -->
  <xsl:variable name="wsc-uri-specials"> "$[]{}|^`\</xsl:variable>
  <xsl:variable name="wsc-assets">
    <xsl:call-template name="wsc-escape-uri">
      <xsl:with-param name="s" select="$assets"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- ===================================================================== page shell -->

  <!--
    The whole page (or the fragment) around the content of a result element. Context node: the
    result element (tns:GetFormResult, tns:SubmitResult, tns:GetStatusResult, cat:GetCommuneCatalogueResult),
    whose commune (tns:Commune or cat:Commune, same fields) and
    tns:Procedure give the header and the colours; the content comes from its template in mode
    "wsc-content".
  -->
  <xsl:template name="wsc-page">
    <xsl:param name="title"/>
    <xsl:choose>
      <xsl:when test="$wsc-fragment">
        <xsl:call-template name="wsc-container"/>
      </xsl:when>
      <xsl:otherwise>
        <html lang="fr">
          <head>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>
              <xsl:value-of select="$title"/>
              <xsl:if test="normalize-space((tns:Commune | cat:Commune)/*[self::tns:Name or self::cat:Name]) != ''">
                <xsl:value-of select="concat(' – ', normalize-space((tns:Commune | cat:Commune)/*[self::tns:Name or self::cat:Name]))"/>
              </xsl:if>
            </title>
            <xsl:call-template name="wsc-stylesheets"/>
          </head>
          <body class="wsc-body">
            <xsl:call-template name="wsc-container"/>
          </body>
        </html>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="wsc-stylesheets">
    <link rel="stylesheet" href="{$wsc-assets}css/wsc.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/print.css" media="print"/>
  </xsl:template>

  <xsl:template name="wsc-container">
    <div lang="fr">
      <xsl:attribute name="class">
        <xsl:text>wsc</xsl:text>
        <xsl:variable name="theme" select="string(tns:Procedure/tns:Theme)"/>
        <xsl:if test="$theme != '' and translate($theme, 'abcdefghijklmnopqrstuvwxyz0123456789-', '') = ''">
          <xsl:value-of select="concat(' wsc-theme-', $theme)"/>
        </xsl:if>
      </xsl:attribute>
      <xsl:call-template name="wsc-colours">
        <xsl:with-param name="commune" select="tns:Commune | cat:Commune"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$wsc-fragment">
          <xsl:call-template name="wsc-stylesheets"/>
        </xsl:when>
        <xsl:otherwise>
          <a class="wsc-skip" href="#wsc-contenu">Aller au contenu</a>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="wsc-header">
        <xsl:with-param name="commune" select="tns:Commune | cat:Commune"/>
      </xsl:call-template>
      <!-- A fragment lives inside the commune's own page, which has its own landmarks. -->
      <xsl:element name="{substring('main', 1, 4 * not($wsc-fragment))}{substring('div', 1, 3 * $wsc-fragment)}">
        <xsl:attribute name="class">wsc-main</xsl:attribute>
        <xsl:attribute name="id">wsc-contenu</xsl:attribute>
        <xsl:apply-templates select="." mode="wsc-content"/>
      </xsl:element>
      <xsl:call-template name="wsc-footer">
        <xsl:with-param name="commune" select="tns:Commune | cat:Commune"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!--
    The commune's colours as CSS custom properties, only when each is exactly #rrggbb: nothing
    else can reach the style attribute.
  -->
  <xsl:template name="wsc-colours">
    <xsl:param name="commune"/>
    <xsl:variable name="primary" select="string($commune/*[self::tns:PrimaryColor or self::cat:PrimaryColor])"/>
    <xsl:variable name="secondary" select="string($commune/*[self::tns:SecondaryColor or self::cat:SecondaryColor])"/>
    <xsl:variable name="primary-ok">
      <xsl:call-template name="wsc-is-colour">
        <xsl:with-param name="value" select="$primary"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="secondary-ok">
      <xsl:call-template name="wsc-is-colour">
        <xsl:with-param name="value" select="$secondary"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($primary-ok) = 'yes' or string($secondary-ok) = 'yes'">
      <xsl:attribute name="style">
        <xsl:if test="string($primary-ok) = 'yes'">
          <xsl:value-of select="concat('--wsc-primary: ', $primary)"/>
        </xsl:if>
        <xsl:if test="string($primary-ok) = 'yes' and string($secondary-ok) = 'yes'">
          <xsl:text>; </xsl:text>
        </xsl:if>
        <xsl:if test="string($secondary-ok) = 'yes'">
          <xsl:value-of select="concat('--wsc-secondary: ', $secondary)"/>
        </xsl:if>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- 'yes' when value matches ^#[0-9a-fA-F]{6}$. -->
  <xsl:template name="wsc-is-colour">
    <xsl:param name="value"/>
    <xsl:if test="string-length($value) = 7 and substring($value, 1, 1) = '#'
                  and translate(substring($value, 2), '0123456789abcdefABCDEF', '') = ''">yes</xsl:if>
  </xsl:template>

  <!--
    The value when it is an http(s) address or a site-relative path, else nothing: no javascript: or
    data: address can reach an href or a src.
  -->
  <xsl:template name="wsc-safe-url">
    <xsl:param name="url"/>
    <xsl:variable name="value" select="normalize-space($url)"/>
    <xsl:variable name="lower" select="translate($value, $wsc-upper, $wsc-lower)"/>
    <xsl:if test="starts-with($lower, 'https://') or starts-with($lower, 'http://')
                  or (starts-with($value, '/') and not(starts-with($value, '//')))">
      <xsl:call-template name="wsc-escape-uri">
        <xsl:with-param name="s" select="$value"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    The address with the ASCII characters that the engines would escape differently already
    percent-encoded (libxslt encodes them in URI attributes, .NET and Saxon leave them); all three
    encode non-ASCII characters alike.
  -->
  <xsl:template name="wsc-escape-uri">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="translate($s, string($wsc-uri-specials), '') = $s">
        <xsl:value-of select="$s"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="c" select="substring($s, 1, 1)"/>
        <xsl:choose>
          <xsl:when test="$c = ' '">%20</xsl:when>
          <xsl:when test="$c = '&quot;'">%22</xsl:when>
          <xsl:when test="$c = '$'">%24</xsl:when>
          <xsl:when test="$c = '['">%5B</xsl:when>
          <xsl:when test="$c = ']'">%5D</xsl:when>
          <xsl:when test="$c = '{'">%7B</xsl:when>
          <xsl:when test="$c = '}'">%7D</xsl:when>
          <xsl:when test="$c = '|'">%7C</xsl:when>
          <xsl:when test="$c = '^'">%5E</xsl:when>
          <xsl:when test="$c = '`'">%60</xsl:when>
          <xsl:when test="$c = '\'">%5C</xsl:when>
          <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="wsc-escape-uri">
          <xsl:with-param name="s" select="substring($s, 2)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== header, footer -->

  <xsl:template name="wsc-header">
    <xsl:param name="commune"/>
    <xsl:variable name="name" select="normalize-space($commune/*[self::tns:Name or self::cat:Name])"/>
    <xsl:variable name="website">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$commune/*[self::tns:WebsiteUrl or self::cat:WebsiteUrl]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="logo">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$commune/*[self::tns:LogoUrl or self::cat:LogoUrl]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$name != '' or string($logo) != ''">
      <xsl:element name="{substring('header', 1, 6 * not($wsc-fragment))}{substring('div', 1, 3 * $wsc-fragment)}">
        <xsl:attribute name="class">wsc-header</xsl:attribute>
        <xsl:choose>
          <xsl:when test="string($website) != ''">
            <a class="wsc-commune" href="{$website}">
              <xsl:call-template name="wsc-commune-identity">
                <xsl:with-param name="name" select="$name"/>
                <xsl:with-param name="logo" select="string($logo)"/>
              </xsl:call-template>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <p class="wsc-commune">
              <xsl:call-template name="wsc-commune-identity">
                <xsl:with-param name="name" select="$name"/>
                <xsl:with-param name="logo" select="string($logo)"/>
              </xsl:call-template>
            </p>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="normalize-space($commune/*[self::tns:HeaderText or self::cat:HeaderText]) != ''">
          <p class="wsc-header-text"><xsl:value-of select="normalize-space($commune/*[self::tns:HeaderText or self::cat:HeaderText])"/></p>
        </xsl:if>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- A dossier filed with the preview key while the procedure is in Test: said first, plainly. -->
  <xsl:template name="wsc-test-notice">
    <xsl:if test="tns:IsTest = 'true' or tns:IsTest = '1'">
      <p class="wsc-test-notice" role="note">Dossier de test : déposé avec la clé d'aperçu de la commune, il ne sera pas traité.</p>
    </xsl:if>
  </xsl:template>

  <!--
    Logo and name. The logo's alternative text is the commune's name when the name is not written
    next to it; when it is, the logo is decorative (alt="") so that screen readers do not read the
    name twice (WCAG technique H2).
  -->
  <xsl:template name="wsc-commune-identity">
    <xsl:param name="name"/>
    <xsl:param name="logo"/>
    <xsl:if test="$logo != ''">
      <img class="wsc-logo" src="{$logo}">
        <xsl:attribute name="alt">
          <xsl:if test="$name = ''">Logo de la commune</xsl:if>
        </xsl:attribute>
      </img>
    </xsl:if>
    <xsl:if test="$name != ''">
      <span class="wsc-commune-name"><xsl:value-of select="$name"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="wsc-footer">
    <xsl:param name="commune"/>
    <xsl:element name="{substring('footer', 1, 6 * not($wsc-fragment))}{substring('div', 1, 3 * $wsc-fragment)}">
      <xsl:attribute name="class">wsc-footer</xsl:attribute>
      <p>
        <xsl:text>Démarche en ligne</xsl:text>
        <xsl:if test="normalize-space($commune/*[self::tns:Name or self::cat:Name]) != ''">
          <xsl:value-of select="concat(' proposée par ', normalize-space($commune/*[self::tns:Name or self::cat:Name]))"/>
        </xsl:if>
        <xsl:text> avec Web Services Citoyens.</xsl:text>
      </p>
    </xsl:element>
  </xsl:template>

  <!-- What the theme code of a procedure means, for the line above the title. -->
  <xsl:template name="wsc-theme-label">
    <xsl:param name="label"/>
    <xsl:if test="normalize-space($label) != ''">
      <p class="wsc-theme"><xsl:value-of select="normalize-space($label)"/></p>
    </xsl:if>
  </xsl:template>

  <!-- When the input holds no result element: a SOAP fault, or nothing usable. -->
  <xsl:template name="wsc-missing">
    <xsl:param name="title"/>
    <xsl:variable name="fault" select="normalize-space((//*[local-name() = 'Fault']/*[local-name() = 'faultstring']
                                        | //*[local-name() = 'Fault']/*[local-name() = 'Reason']/*[local-name() = 'Text'])[1])"/>
    <xsl:variable name="body">
      <div class="wsc" lang="fr">
        <div class="wsc-main">
          <h1><xsl:value-of select="$title"/></h1>
          <p>
            <xsl:choose>
              <xsl:when test="$fault != ''"><xsl:value-of select="$fault"/></xsl:when>
              <xsl:otherwise>Le service n'a pas renvoyé de réponse exploitable. Veuillez réessayer plus tard.</xsl:otherwise>
            </xsl:choose>
          </p>
        </div>
      </div>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$wsc-fragment">
        <xsl:copy-of select="$body"/>
      </xsl:when>
      <xsl:otherwise>
        <html lang="fr">
          <head>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title><xsl:value-of select="$title"/></title>
            <xsl:call-template name="wsc-stylesheets"/>
          </head>
          <body class="wsc-body">
            <xsl:copy-of select="$body"/>
          </body>
        </html>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== dates -->

  <!-- xs:dateTime or xs:date (2026-11-23T14:05:00.123) → <time datetime="2026-11-23">23/11/2026</time>. -->
  <xsl:template name="wsc-date">
    <xsl:param name="value"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:choose>
      <xsl:when test="string-length($v) &gt;= 10 and substring($v, 5, 1) = '-' and substring($v, 8, 1) = '-'
                      and translate(substring($v, 1, 10), '0123456789', '') = '--'">
        <time datetime="{substring($v, 1, 10)}">
          <xsl:value-of select="concat(substring($v, 9, 2), '/', substring($v, 6, 2), '/', substring($v, 1, 4))"/>
        </time>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Local xs:dateTime (2026-11-23T14:05:00, with or without fraction of second or offset) →
    "23/11/2026 à 14 h 05". Only fixed positions are read, never the fraction.
  -->
  <xsl:template name="wsc-datetime">
    <xsl:param name="value"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:choose>
      <xsl:when test="string-length($v) &gt;= 16 and substring($v, 11, 1) = 'T' and substring($v, 14, 1) = ':'
                      and translate(concat(substring($v, 1, 10), substring($v, 12, 5)), '0123456789', '') = '--:'">
        <time datetime="{substring($v, 1, 16)}">
          <xsl:value-of select="concat(substring($v, 9, 2), '/', substring($v, 6, 2), '/', substring($v, 1, 4),
                                       ' à ', substring($v, 12, 2), ' h ', substring($v, 15, 2))"/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-date">
          <xsl:with-param name="value" select="$v"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== the submitted request's sections -->

  <!--
    A section of a submitted request (page:Section of request.xsl's page:Request, and of the agents'
    dossier page): its heading and its fields as a definition list. The heading is h2 for a top-level
    part (@level 2), one level down per group inside it; shift lowers them all (the agents' page puts
    the request under its own h2). Ids by position, never generate-id().
  -->
  <xsl:template match="page:Section" mode="wsc-request">
    <xsl:param name="shift" select="0"/>
    <xsl:variable name="id" select="concat('wsc-partie-', count(preceding-sibling::page:Section) + 1)"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="number(@level) + $shift &gt;= 2 and number(@level) + $shift &lt;= 6"><xsl:value-of select="number(@level) + $shift"/></xsl:when>
        <xsl:when test="number(@level) + $shift &gt; 6">6</xsl:when>
        <xsl:otherwise>2</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <section class="wsc-request-section wsc-request-level-{$level}" aria-labelledby="{$id}">
      <xsl:element name="h{$level}">
        <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
        <xsl:value-of select="page:Title"/>
      </xsl:element>
      <xsl:if test="page:Entry">
        <dl class="wsc-request-fields">
          <xsl:apply-templates select="page:Entry" mode="wsc-request"/>
        </dl>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="page:Entry" mode="wsc-request">
    <div class="wsc-request-field">
      <dt><xsl:value-of select="page:Label"/></dt>
      <xsl:choose>
        <xsl:when test="page:Line">
          <dd>
            <xsl:for-each select="page:Line">
              <xsl:if test="position() &gt; 1"><br/></xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </dd>
        </xsl:when>
        <xsl:otherwise>
          <dd class="wsc-request-blank">Non renseigné</dd>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- ===================================================================== steps -->

  <xsl:template name="wsc-is-true">
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value) = 'true' or normalize-space($value) = '1'">yes</xsl:if>
  </xsl:template>

  <!-- The citizen's steps as an ordered list (form page). -->
  <xsl:template name="wsc-steps-list">
    <xsl:param name="steps"/>
    <xsl:if test="$steps">
      <section class="wsc-steps" aria-labelledby="wsc-etapes-titre">
        <h2 id="wsc-etapes-titre">Les étapes de votre demande</h2>
        <ol class="wsc-steps-list">
          <xsl:for-each select="$steps">
            <li><xsl:value-of select="tns:Label"/></li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The dossier's steps as a table: done steps dated, the others "non réalisé" (receipt, status, dashboard). -->
  <xsl:template name="wsc-steps-table">
    <xsl:param name="steps"/>
    <xsl:if test="$steps">
      <div class="wsc-table-wrapper">
        <table class="wsc-table wsc-steps-table">
          <caption>Étapes de la procédure</caption>
          <thead>
            <tr>
              <th scope="col">Étape</th>
              <th scope="col">Date</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="$steps" mode="wsc-step-row"/>
          </tbody>
        </table>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tns:Step | cit:Step" mode="wsc-step-row">
    <xsl:variable name="done">
      <xsl:call-template name="wsc-is-true">
        <xsl:with-param name="value" select="*[self::tns:Done or self::cit:Done]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="current">
      <xsl:call-template name="wsc-is-true">
        <xsl:with-param name="value" select="*[self::tns:Current or self::cit:Current]"/>
      </xsl:call-template>
    </xsl:variable>
    <tr>
      <xsl:attribute name="class">
        <xsl:text>wsc-step</xsl:text>
        <xsl:choose>
          <xsl:when test="string($done) = 'yes'"> wsc-step-done</xsl:when>
          <xsl:otherwise> wsc-step-todo</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="string($current) = 'yes'"> wsc-step-current</xsl:if>
      </xsl:attribute>
      <xsl:if test="string($current) = 'yes'">
        <xsl:attribute name="aria-current">step</xsl:attribute>
      </xsl:if>
      <th scope="row">
        <xsl:value-of select="*[self::tns:Label or self::cit:Label]"/>
        <xsl:if test="string($current) = 'yes'">
          <span class="wsc-sr-only">, </span>
          <span class="wsc-current-mark">étape actuelle</span>
        </xsl:if>
      </th>
      <td class="wsc-step-date">
        <xsl:choose>
          <xsl:when test="string($done) = 'yes' and normalize-space(*[self::tns:DoneAtLocal or self::cit:DoneAtLocal]) != ''">
            <xsl:call-template name="wsc-date">
              <xsl:with-param name="value" select="*[self::tns:DoneAtLocal or self::cit:DoneAtLocal]"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="string($done) = 'yes' and normalize-space(tns:DoneAt) != ''">
            <xsl:call-template name="wsc-date">
              <xsl:with-param name="value" select="tns:DoneAt"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <span aria-hidden="true">—</span>
            <span class="wsc-sr-only">pas de date</span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td class="wsc-step-state">
        <xsl:choose>
          <xsl:when test="string($done) = 'yes'">
            <span class="wsc-state wsc-state-done">Réalisée</span>
          </xsl:when>
          <xsl:otherwise>
            <span class="wsc-state wsc-state-todo">non réalisé</span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
