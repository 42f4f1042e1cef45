<?xml version="1.0" encoding="UTF-8"?>
<!--
  A commune's statistics (seed 002 § 4.3), from the GetStatistics answer of BackOffice.svc
  (b:GetStatisticsResult, namespace backoffice/v1), wherever it is in the input:
    - in the agents' page document (page:BackOffice[@view = 'statistiques'], Rendering/StatisticsPage.cs):
      the agents' shell (backoffice.xsl), the period form (controls du and au, refilled from page:Values,
      refusals from page:Errors) and under each table the link to its CSV (page:Statistics/page:Export[@table, @href]);
    - in a raw SOAP answer a commune's site fetched: the same sections, charts and tables, without the
      form or the links.
  Each section has its chart, as inline SVG (role="img", an aria-label, <title> and <desc>), and the same
  figures as a table next to it, which is the chart's text alternative: who asks, themes, procedures and
  channels (horizontal bars of the dossiers filed), volumes per month and per ISO week (columns) and per
  day (a time series of filings and closings, days without any drawn at zero), delays per procedure
  (median and 90th percentile bars); then the tables of delays per service, agent and step, and of the
  open dossiers by step, reason and age.

  Delays arrive in seconds and are written in days with one decimal and a decimal comma, tenths rounded
  half up: round(seconds div 8640) tenths, printed as integer and remainder. Not format-number (which
  common.xsl's rules exclude: the engines round its halves differently), and the CSV exports
  (Statistics/StatisticsCsv.cs) compute the very same tenths. Every coordinate written into the SVG is an
  integer from round(), so that the three engines write the same numbers.

  Imports backoffice.xsl (the agents' shell, which imports common.xsl); the other views of the agents'
  pages are rendered as backoffice.xsl renders them. Same rules as every published stylesheet: XSLT 1.0
  without extensions, no xsl:sort, no generate-id(), identical HTML (SVG included) on .NET, libxslt and
  Saxon after canonicalisation. Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                xmlns:b="http://webservicescitoyens.fr/ws/backoffice/v1"
                exclude-result-prefixes="tns page b">

  <xsl:import href="backoffice.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <!-- The addresses of the CSV files, in the agents' page only. -->
  <xsl:variable name="st-exports" select="(//page:BackOffice)[1]/page:Statistics/page:Export"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="(//page:BackOffice)[1]/@view = 'statistiques'">
        <xsl:for-each select="(//page:BackOffice)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title">
              <xsl:if test="$bo-errors">Erreur : </xsl:if>
              <xsl:text>Statistiques – Gestion des dossiers</xsl:text>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="not(//page:BackOffice) and //b:GetStatisticsResult">
        <xsl:for-each select="(//b:GetStatisticsResult)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title" select="'Statistiques de la commune'"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="//page:BackOffice"><xsl:apply-imports/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Statistiques indisponibles'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="wsc-stylesheets">
    <link rel="stylesheet" href="{$wsc-assets}css/wsc.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/backoffice.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/statistics.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/print.css" media="print"/>
  </xsl:template>

  <xsl:template match="page:BackOffice" mode="wsc-content">
    <xsl:choose>
      <xsl:when test="@view = 'statistiques'">
        <h1>Statistiques</h1>
        <p class="wsc-lead">Les dossiers de votre périmètre : qui demande et quoi, les volumes, les délais de traitement et les dossiers en attente. Chaque graphique est suivi du tableau de ses chiffres, téléchargeable au format CSV.</p>
        <xsl:call-template name="bo-errors">
          <xsl:with-param name="linkable" select="'du au'"/>
        </xsl:call-template>
        <xsl:call-template name="st-period-form"/>
        <xsl:apply-templates select="page:Statistics/b:GetStatisticsResult" mode="st-report"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="b:GetStatisticsResult" mode="wsc-content">
    <h1>Statistiques de la commune</h1>
    <xsl:apply-templates select="." mode="st-report"/>
  </xsl:template>

  <!-- ===================================================================== the period -->

  <xsl:template name="st-period-form">
    <form method="get" action="/gestion/statistiques" class="wsc-form st-period-form" accept-charset="UTF-8">
      <fieldset class="wsc-group">
        <legend class="wsc-legend">Période (mois entiers, 36 au plus)</legend>
        <div class="st-period-fields">
          <xsl:call-template name="st-month-field">
            <xsl:with-param name="path" select="'du'"/>
            <xsl:with-param name="label" select="'Mois de début'"/>
          </xsl:call-template>
          <xsl:call-template name="st-month-field">
            <xsl:with-param name="path" select="'au'"/>
            <xsl:with-param name="label" select="'Mois de fin'"/>
          </xsl:call-template>
        </div>
      </fieldset>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Afficher les statistiques</button>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="st-month-field">
    <xsl:param name="path"/>
    <xsl:param name="label"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>wsc-field</xsl:text>
        <xsl:if test="$bo-errors[@path = $path]"> wsc-field-invalid</xsl:if>
      </xsl:attribute>
      <label for="f-{$path}" class="wsc-label"><xsl:value-of select="$label"/></label>
      <p class="wsc-help" id="f-{$path}-aide">Au format AAAA-MM, par exemple 2026-11.</p>
      <xsl:call-template name="bo-field-error">
        <xsl:with-param name="path" select="$path"/>
      </xsl:call-template>
      <input id="f-{$path}" name="{$path}" type="month" class="wsc-input st-month" pattern="[0-9]{{4}}-[0-9]{{2}}" placeholder="AAAA-MM">
        <xsl:call-template name="bo-described">
          <xsl:with-param name="path" select="$path"/>
          <xsl:with-param name="help" select="true()"/>
        </xsl:call-template>
        <xsl:if test="$bo-values[@path = $path]">
          <xsl:attribute name="value"><xsl:value-of select="$bo-values[@path = $path][1]"/></xsl:attribute>
        </xsl:if>
      </input>
    </div>
  </xsl:template>

  <!-- ===================================================================== the report -->

  <xsl:template match="b:GetStatisticsResult" mode="st-report">
    <p class="st-period">
      <xsl:text>Période : de </xsl:text>
      <xsl:call-template name="st-month"><xsl:with-param name="value" select="b:FromMonth"/></xsl:call-template>
      <xsl:text> à </xsl:text>
      <xsl:call-template name="st-month"><xsl:with-param name="value" select="b:ToMonth"/></xsl:call-template>
      <xsl:text>. Les dossiers de test ne sont pas comptés.</xsl:text>
    </p>
    <nav class="st-toc" aria-label="Sommaire des statistiques">
      <ul>
        <li><a href="#st-demandeurs">Qui demande</a></li>
        <li><a href="#st-thematiques">Thématiques</a></li>
        <li><a href="#st-demarches">Démarches</a></li>
        <li><a href="#st-canaux">Canaux</a></li>
        <li><a href="#st-volumes">Volumes</a></li>
        <li><a href="#st-delais">Délais de traitement</a></li>
        <li><a href="#st-en-attente">Dossiers en attente</a></li>
      </ul>
    </nav>

    <xsl:call-template name="st-count-section">
      <xsl:with-param name="id" select="'demandeurs'"/>
      <xsl:with-param name="title" select="'Qui demande'"/>
      <xsl:with-param name="column" select="'Demandeur'"/>
      <xsl:with-param name="lines" select="b:Applicants/b:Line"/>
    </xsl:call-template>
    <xsl:call-template name="st-count-section">
      <xsl:with-param name="id" select="'thematiques'"/>
      <xsl:with-param name="title" select="'Thématiques'"/>
      <xsl:with-param name="column" select="'Thématique'"/>
      <xsl:with-param name="lines" select="b:Themes/b:Line"/>
    </xsl:call-template>
    <xsl:call-template name="st-count-section">
      <xsl:with-param name="id" select="'demarches'"/>
      <xsl:with-param name="title" select="'Démarches'"/>
      <xsl:with-param name="column" select="'Démarche'"/>
      <xsl:with-param name="lines" select="b:Procedures/b:Line"/>
    </xsl:call-template>
    <xsl:call-template name="st-count-section">
      <xsl:with-param name="id" select="'canaux'"/>
      <xsl:with-param name="title" select="'Canaux'"/>
      <xsl:with-param name="column" select="'Canal'"/>
      <xsl:with-param name="lines" select="b:Channels/b:Line"/>
    </xsl:call-template>

    <section class="st-section" aria-labelledby="st-volumes">
      <h2 id="st-volumes">Volumes</h2>
      <xsl:call-template name="st-period-part">
        <xsl:with-param name="id" select="'mois'"/>
        <xsl:with-param name="title" select="'Dossiers par mois'"/>
        <xsl:with-param name="column" select="'Mois'"/>
        <xsl:with-param name="lines" select="b:Months/b:Line"/>
        <xsl:with-param name="slot" select="72"/>
      </xsl:call-template>
      <xsl:call-template name="st-period-part">
        <xsl:with-param name="id" select="'semaines'"/>
        <xsl:with-param name="title" select="'Dossiers par semaine'"/>
        <xsl:with-param name="column" select="'Semaine'"/>
        <xsl:with-param name="lines" select="b:Weeks/b:Line"/>
        <xsl:with-param name="slot" select="72"/>
      </xsl:call-template>
      <xsl:call-template name="st-days-part"/>
    </section>

    <section class="st-section" aria-labelledby="st-delais">
      <h2 id="st-delais">Délais de traitement</h2>
      <p>Du dépôt à la clôture, en jours. La moyenne est exacte ; la médiane et le 90e centile sont arrondis au-dessus (à l'heure sous deux jours, à six heures sous une semaine, au jour au-delà). Les agents voient leurs propres délais, les administrateurs ceux de chaque agent.</p>
      <xsl:call-template name="st-delay-part">
        <xsl:with-param name="id" select="'delais-demarches'"/>
        <xsl:with-param name="title" select="'Délais par démarche'"/>
        <xsl:with-param name="column" select="'Démarche'"/>
        <xsl:with-param name="lines" select="b:DelaysByProcedure/b:Line"/>
        <xsl:with-param name="chart" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="st-delay-part">
        <xsl:with-param name="id" select="'delais-services'"/>
        <xsl:with-param name="title" select="'Délais par service'"/>
        <xsl:with-param name="column" select="'Service'"/>
        <xsl:with-param name="lines" select="b:DelaysByService/b:Line"/>
      </xsl:call-template>
      <xsl:call-template name="st-delay-part">
        <xsl:with-param name="id" select="'delais-agents'"/>
        <xsl:with-param name="title" select="'Délais par agent (dossiers clos par l’agent)'"/>
        <xsl:with-param name="column" select="'Agent'"/>
        <xsl:with-param name="lines" select="b:DelaysByAgent/b:Line"/>
      </xsl:call-template>
      <xsl:call-template name="st-delay-part">
        <xsl:with-param name="id" select="'delais-etapes'"/>
        <xsl:with-param name="title" select="'Temps passé à chaque étape'"/>
        <xsl:with-param name="column" select="'Démarche'"/>
        <xsl:with-param name="lines" select="b:DelaysByStep/b:Line"/>
        <xsl:with-param name="steps" select="true()"/>
      </xsl:call-template>
    </section>

    <section class="st-section" aria-labelledby="st-en-attente">
      <h2 id="st-en-attente">Dossiers en attente</h2>
      <p>Les dossiers en cours aujourd'hui, quel que soit leur mois de dépôt : par étape, par motif d'attente et par ancienneté depuis le dépôt.</p>
      <xsl:choose>
        <xsl:when test="b:Pending/b:Line">
          <div class="wsc-table-wrapper">
            <table class="wsc-table st-table">
              <caption>
                <xsl:text>Dossiers en attente</xsl:text>
                <xsl:value-of select="concat(' (', sum(b:Pending/b:Line/b:Dossiers), ')')"/>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Démarche</th>
                  <th scope="col">Étape</th>
                  <th scope="col">Motif</th>
                  <th scope="col">Ancienneté</th>
                  <th scope="col" class="st-number">Dossiers</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="b:Pending/b:Line">
                  <tr>
                    <th scope="row"><xsl:value-of select="b:ProcedureTitle"/></th>
                    <td><xsl:value-of select="b:StepLabel"/></td>
                    <td><xsl:value-of select="b:ReasonLabel"/></td>
                    <td><xsl:value-of select="b:AgeLabel"/></td>
                    <td class="st-number"><xsl:value-of select="b:Dossiers"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise><p class="st-empty">Aucun dossier en attente.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="st-csv">
        <xsl:with-param name="table" select="'en-attente'"/>
        <xsl:with-param name="title" select="'Dossiers en attente'"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- ===================================================================== who and what: bars and a table -->

  <xsl:template name="st-count-section">
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="column"/>
    <xsl:param name="lines"/>
    <section class="st-section" aria-labelledby="st-{$id}">
      <h2 id="st-{$id}"><xsl:value-of select="$title"/></h2>
      <xsl:choose>
        <xsl:when test="$lines">
          <xsl:call-template name="st-hbars">
            <xsl:with-param name="lines" select="$lines"/>
            <xsl:with-param name="label" select="concat($title, ' : dossiers déposés sur la période, en barres horizontales')"/>
          </xsl:call-template>
          <div class="wsc-table-wrapper">
            <table class="wsc-table st-table">
              <caption><xsl:value-of select="$title"/></caption>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="$column"/></th>
                  <th scope="col" class="st-number">Déposés</th>
                  <th scope="col" class="st-number">Clos</th>
                  <th scope="col" class="st-number">Rejetés</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$lines">
                  <tr>
                    <th scope="row"><xsl:value-of select="b:Label"/></th>
                    <td class="st-number"><xsl:value-of select="b:Filed"/></td>
                    <td class="st-number"><xsl:value-of select="b:Closed"/></td>
                    <td class="st-number"><xsl:value-of select="b:Rejected"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise><p class="st-empty">Aucun dossier sur la période.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="st-csv">
        <xsl:with-param name="table" select="$id"/>
        <xsl:with-param name="title" select="$title"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- Horizontal bars of the dossiers filed: the label above each bar, the figure after it. -->
  <xsl:template name="st-hbars">
    <xsl:param name="lines"/>
    <xsl:param name="label"/>
    <xsl:variable name="max" select="number(($lines[not($lines/b:Filed &gt; b:Filed)])[1]/b:Filed)"/>
    <xsl:variable name="scale" select="520 div ($max + number($max = 0))"/>
    <svg class="st-chart" role="img" aria-label="{$label}" viewBox="0 0 640 {count($lines) * 40 + 8}" width="640" height="{count($lines) * 40 + 8}">
      <title><xsl:value-of select="$label"/></title>
      <desc>
        <xsl:for-each select="$lines">
          <xsl:value-of select="concat(b:Label, ' : ', b:Filed)"/>
          <xsl:if test="position() != last()"> ; </xsl:if>
        </xsl:for-each>
      </desc>
      <xsl:for-each select="$lines">
        <xsl:variable name="y" select="(position() - 1) * 40"/>
        <xsl:variable name="width" select="round(number(b:Filed) * $scale)"/>
        <text x="0" y="{$y + 14}" class="st-chart-label"><xsl:value-of select="b:Label"/></text>
        <rect x="0" y="{$y + 20}" width="{$width}" height="14" class="st-bar"/>
        <text x="{$width + 6}" y="{$y + 32}" class="st-chart-value"><xsl:value-of select="b:Filed"/></text>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <!-- ===================================================================== volumes -->

  <!-- Dossiers per month or per ISO week: columns of the filings, then the table of filings and closings. -->
  <xsl:template name="st-period-part">
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="column"/>
    <xsl:param name="lines"/>
    <xsl:param name="slot"/>
    <h3 id="st-{$id}"><xsl:value-of select="$title"/></h3>
    <xsl:choose>
      <xsl:when test="$lines">
        <xsl:call-template name="st-columns">
          <xsl:with-param name="lines" select="$lines"/>
          <xsl:with-param name="slot" select="$slot"/>
          <xsl:with-param name="label" select="concat($title, ' : dossiers déposés, en colonnes, du plus ancien au plus récent')"/>
        </xsl:call-template>
        <xsl:call-template name="st-period-table">
          <xsl:with-param name="lines" select="$lines"/>
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="column" select="$column"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><p class="st-empty">Aucun dossier sur la période.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="st-csv">
      <xsl:with-param name="table" select="$id"/>
      <xsl:with-param name="title" select="$title"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="st-period-table">
    <xsl:param name="lines"/>
    <xsl:param name="title"/>
    <xsl:param name="column"/>
    <div class="wsc-table-wrapper">
      <table class="wsc-table st-table">
        <caption><xsl:value-of select="$title"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$column"/></th>
            <th scope="col" class="st-number">Déposés</th>
            <th scope="col" class="st-number">Clos</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$lines">
            <tr>
              <th scope="row">
                <xsl:call-template name="st-period-label"><xsl:with-param name="value" select="b:Period"/></xsl:call-template>
              </th>
              <td class="st-number"><xsl:value-of select="b:Filed"/></td>
              <td class="st-number"><xsl:value-of select="b:Closed"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- Columns, one slot per period, the filings' count over each column when there is room for it, every period named below when there is room (on two rows), else the first and last. -->
  <xsl:template name="st-columns">
    <xsl:param name="lines"/>
    <xsl:param name="slot"/>
    <xsl:param name="label"/>
    <xsl:variable name="max" select="number(($lines[not($lines/b:Filed &gt; b:Filed)])[1]/b:Filed)"/>
    <xsl:variable name="scale" select="160 div ($max + number($max = 0))"/>
    <!-- The slot widens to fill about 600 units (up to its given width): a few months read as well as three years of weeks. -->
    <xsl:variable name="fill" select="floor(592 div count($lines))"/>
    <xsl:variable name="slot-width" select="$fill * number($fill &lt;= $slot and $fill &gt;= 4) + $slot * number($fill &gt; $slot) + 4 * number($fill &lt; 4)"/>
    <xsl:variable name="width" select="count($lines) * $slot-width + 96"/>
    <svg class="st-chart" role="img" aria-label="{$label}" viewBox="0 0 {$width} 220" width="{$width}" height="220">
      <title><xsl:value-of select="$label"/></title>
      <desc>
        <xsl:for-each select="$lines">
          <xsl:value-of select="concat(b:Period, ' : ', b:Filed)"/>
          <xsl:if test="position() != last()"> ; </xsl:if>
        </xsl:for-each>
      </desc>
      <text x="0" y="24" class="st-chart-value"><xsl:value-of select="$max"/></text>
      <line x1="40" y1="190" x2="{$width}" y2="190" class="st-axis"/>
      <xsl:for-each select="$lines">
        <xsl:variable name="x" select="40 + (position() - 1) * $slot-width + 2"/>
        <xsl:variable name="height" select="round(number(b:Filed) * $scale)"/>
        <rect x="{$x}" y="{190 - $height}" width="{$slot-width - 4}" height="{$height}" class="st-bar"/>
        <xsl:if test="$slot-width &gt;= 30">
          <text x="{$x + round(($slot-width - 4) div 2)}" y="{184 - $height}" class="st-chart-value st-middle"><xsl:value-of select="b:Filed"/></text>
        </xsl:if>
        <xsl:if test="position() = 1 or position() = last() or $slot-width &gt;= 30">
          <text x="{$x}" y="{206 + 12 * number($slot-width &gt;= 30 and position() mod 2 = 0)}" class="st-chart-label st-small"><xsl:value-of select="b:Period"/></text>
        </xsl:if>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <!-- Dossiers per day: a time series of filings (solid) and closings (dashed) over every day of the period, then the table in a disclosure. -->
  <xsl:template name="st-days-part">
    <xsl:variable name="lines" select="b:Days/b:Line"/>
    <h3 id="st-jours">Dossiers par jour</h3>
    <xsl:choose>
      <xsl:when test="$lines">
        <xsl:variable name="start">
          <xsl:call-template name="st-day-number"><xsl:with-param name="date" select="concat(b:FromMonth, '-01')"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="next-month" select="number(substring(b:ToMonth, 6, 2)) mod 12 + 1"/>
        <xsl:variable name="end">
          <xsl:call-template name="st-day-number">
            <xsl:with-param name="date" select="concat(number(substring(b:ToMonth, 1, 4)) + number($next-month = 1), '-', substring(concat('0', $next-month), string-length($next-month), 2), '-01')"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="days" select="number($end) - number($start)"/>
        <xsl:variable name="max" select="number(($lines/b:Filed | $lines/b:Closed)[not(($lines/b:Filed | $lines/b:Closed) &gt; .)][1])"/>
        <xsl:variable name="label" select="'Dossiers par jour : dossiers déposés (trait plein) et clos (tirets), jour après jour sur la période'"/>
        <svg class="st-chart" role="img" aria-label="{$label}" viewBox="0 0 776 240" width="776" height="240">
          <title><xsl:value-of select="$label"/></title>
          <desc>
            <xsl:for-each select="$lines">
              <xsl:value-of select="concat(b:Period, ' : ', b:Filed, ' déposés, ', b:Closed, ' clos')"/>
              <xsl:if test="position() != last()"> ; </xsl:if>
            </xsl:for-each>
          </desc>
          <text x="0" y="24" class="st-chart-value"><xsl:value-of select="$max"/></text>
          <line x1="40" y1="190" x2="776" y2="190" class="st-axis"/>
          <polyline fill="none" class="st-series st-series-filed">
            <xsl:attribute name="points">
              <xsl:call-template name="st-series-points">
                <xsl:with-param name="lines" select="$lines"/>
                <xsl:with-param name="field" select="'Filed'"/>
                <xsl:with-param name="start" select="number($start)"/>
                <xsl:with-param name="days" select="$days"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
            </xsl:attribute>
          </polyline>
          <polyline fill="none" class="st-series st-series-closed">
            <xsl:attribute name="points">
              <xsl:call-template name="st-series-points">
                <xsl:with-param name="lines" select="$lines"/>
                <xsl:with-param name="field" select="'Closed'"/>
                <xsl:with-param name="start" select="number($start)"/>
                <xsl:with-param name="days" select="$days"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
            </xsl:attribute>
          </polyline>
          <text x="40" y="210" class="st-chart-label st-small"><xsl:value-of select="concat(b:FromMonth, '-01')"/></text>
          <line x1="44" y1="226" x2="76" y2="226" class="st-series st-series-filed"/>
          <text x="82" y="230" class="st-chart-label st-small">déposés</text>
          <line x1="164" y1="226" x2="196" y2="226" class="st-series st-series-closed"/>
          <text x="202" y="230" class="st-chart-label st-small">clos</text>
        </svg>
        <details class="st-details">
          <summary>
            <xsl:value-of select="concat('Tableau des dossiers par jour (', count($lines), ' jours avec des dossiers)')"/>
          </summary>
          <xsl:call-template name="st-period-table">
            <xsl:with-param name="lines" select="$lines"/>
            <xsl:with-param name="title" select="'Dossiers par jour'"/>
            <xsl:with-param name="column" select="'Jour'"/>
          </xsl:call-template>
        </details>
      </xsl:when>
      <xsl:otherwise><p class="st-empty">Aucun dossier sur la période.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="st-csv">
      <xsl:with-param name="table" select="'jours'"/>
      <xsl:with-param name="title" select="'Dossiers par jour'"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    The points of one series: each day with figures at its count, and the days without any (before,
    between and after them) at zero, so that the line does not jump over them. x: the period's days spread over
    720 units, each rounded from one division of integers (the same on every engine).
  -->
  <xsl:template name="st-series-points">
    <xsl:param name="lines"/>
    <xsl:param name="field"/>
    <xsl:param name="start"/>
    <xsl:param name="days"/>
    <xsl:param name="max"/>
    <xsl:variable name="scale" select="160 div ($max + number($max = 0))"/>
    <xsl:for-each select="$lines">
      <xsl:variable name="day">
        <xsl:call-template name="st-day-number"><xsl:with-param name="date" select="b:Period"/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="index" select="number($day) - $start"/>
      <xsl:variable name="previous-day">
        <xsl:choose>
          <xsl:when test="position() = 1"><xsl:value-of select="$start - 1"/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="st-day-number"><xsl:with-param name="date" select="preceding-sibling::b:Line[1]/b:Period"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="previous" select="number($previous-day) - $start"/>
      <xsl:if test="$index - $previous &gt; 1">
        <xsl:value-of select="concat(44 + round(($previous + 1) * 720 div $days), ',190 ')"/>
        <xsl:if test="$index - $previous &gt; 2">
          <xsl:value-of select="concat(44 + round(($index - 1) * 720 div $days), ',190 ')"/>
        </xsl:if>
      </xsl:if>
      <xsl:variable name="value" select="number(*[local-name() = $field])"/>
      <xsl:value-of select="concat(44 + round($index * 720 div $days), ',', 190 - round($value * $scale))"/>
      <xsl:if test="position() = last() and $days - 1 - $index &gt; 0">
        <xsl:value-of select="concat(' ', 44 + round(($index + 1) * 720 div $days), ',190')"/>
        <xsl:if test="$days - 1 - $index &gt; 1">
          <xsl:value-of select="concat(' ', 44 + round(($days - 1) * 720 div $days), ',190')"/>
        </xsl:if>
      </xsl:if>
      <xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The number of a day (AAAA-MM-JJ) counted from a fixed origin (the Julian day number): days between two dates by subtraction. -->
  <xsl:template name="st-day-number">
    <xsl:param name="date"/>
    <xsl:variable name="y" select="number(substring($date, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($date, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($date, 9, 2))"/>
    <xsl:variable name="a" select="floor((14 - $m) div 12)"/>
    <xsl:variable name="yy" select="$y + 4800 - $a"/>
    <xsl:variable name="mm" select="$m + 12 * $a - 3"/>
    <xsl:value-of select="$d + floor((153 * $mm + 2) div 5) + 365 * $yy + floor($yy div 4) - floor($yy div 100) + floor($yy div 400) - 32045"/>
  </xsl:template>

  <!-- ===================================================================== delays -->

  <xsl:template name="st-delay-part">
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="column"/>
    <xsl:param name="lines"/>
    <xsl:param name="chart" select="false()"/>
    <xsl:param name="steps" select="false()"/>
    <h3 id="st-{$id}"><xsl:value-of select="$title"/></h3>
    <xsl:choose>
      <xsl:when test="$lines">
        <xsl:if test="$chart">
          <xsl:call-template name="st-delay-bars">
            <xsl:with-param name="lines" select="$lines"/>
            <xsl:with-param name="label" select="concat($title, ' : médiane et 90e centile, en jours, en barres horizontales')"/>
          </xsl:call-template>
        </xsl:if>
        <div class="wsc-table-wrapper">
          <table class="wsc-table st-table">
            <caption><xsl:value-of select="$title"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$column"/></th>
                <xsl:if test="$steps"><th scope="col">Étape</th></xsl:if>
                <th scope="col" class="st-number">Dossiers</th>
                <th scope="col" class="st-number">Moyenne (jours)</th>
                <th scope="col" class="st-number">Médiane (jours)</th>
                <th scope="col" class="st-number">90e centile (jours)</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$lines">
                <tr>
                  <th scope="row"><xsl:value-of select="b:Label"/></th>
                  <xsl:if test="$steps"><td><xsl:value-of select="b:StepLabel"/></td></xsl:if>
                  <td class="st-number"><xsl:value-of select="b:Dossiers"/></td>
                  <td class="st-number"><xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:AverageSeconds"/></xsl:call-template></td>
                  <td class="st-number"><xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:MedianSeconds"/></xsl:call-template></td>
                  <td class="st-number"><xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:Percentile90Seconds"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p class="st-empty">Aucun dossier clos sur la période.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="st-csv">
      <xsl:with-param name="table" select="$id"/>
      <xsl:with-param name="title" select="$title"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Per line: its label, the median's bar (solid) and the 90th percentile's (hatched by its class), each with its figure in days. -->
  <xsl:template name="st-delay-bars">
    <xsl:param name="lines"/>
    <xsl:param name="label"/>
    <xsl:variable name="max" select="number(($lines[not($lines/b:Percentile90Seconds &gt; b:Percentile90Seconds)])[1]/b:Percentile90Seconds)"/>
    <xsl:variable name="scale" select="460 div ($max + number($max = 0))"/>
    <svg class="st-chart" role="img" aria-label="{$label}" viewBox="0 0 640 {count($lines) * 56 + 8}" width="640" height="{count($lines) * 56 + 8}">
      <title><xsl:value-of select="$label"/></title>
      <desc>
        <xsl:for-each select="$lines">
          <xsl:value-of select="concat(b:Label, ' : médiane ')"/>
          <xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:MedianSeconds"/></xsl:call-template>
          <xsl:text> jours, 90e centile </xsl:text>
          <xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:Percentile90Seconds"/></xsl:call-template>
          <xsl:text> jours</xsl:text>
          <xsl:if test="position() != last()"> ; </xsl:if>
        </xsl:for-each>
      </desc>
      <xsl:for-each select="$lines">
        <xsl:variable name="y" select="(position() - 1) * 56"/>
        <xsl:variable name="median" select="round(number(b:MedianSeconds) * $scale)"/>
        <xsl:variable name="p90" select="round(number(b:Percentile90Seconds) * $scale)"/>
        <text x="0" y="{$y + 14}" class="st-chart-label"><xsl:value-of select="b:Label"/></text>
        <rect x="0" y="{$y + 20}" width="{$median}" height="12" class="st-bar"/>
        <text x="{$median + 6}" y="{$y + 31}" class="st-chart-value">
          <xsl:text>médiane </xsl:text>
          <xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:MedianSeconds"/></xsl:call-template>
          <xsl:text> j</xsl:text>
        </text>
        <rect x="0" y="{$y + 36}" width="{$p90}" height="12" class="st-bar st-bar-p90"/>
        <text x="{$p90 + 6}" y="{$y + 47}" class="st-chart-value">
          <xsl:text>90e centile </xsl:text>
          <xsl:call-template name="st-days"><xsl:with-param name="seconds" select="b:Percentile90Seconds"/></xsl:call-template>
          <xsl:text> j</xsl:text>
        </text>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <!-- Seconds → days with one decimal and a decimal comma (tenths rounded half up): 216000 → 2,5. -->
  <xsl:template name="st-days">
    <xsl:param name="seconds"/>
    <xsl:variable name="tenths" select="round(number($seconds) div 8640)"/>
    <xsl:value-of select="concat(floor($tenths div 10), ',', $tenths mod 10)"/>
  </xsl:template>

  <!-- ===================================================================== shared pieces -->

  <!-- The link to a table's CSV, when the page document gives its address (never for a raw SOAP answer). -->
  <xsl:template name="st-csv">
    <xsl:param name="table"/>
    <xsl:param name="title"/>
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$st-exports[@table = $table][1]/@href"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($href) != ''">
      <p class="st-csv">
        <a href="{$href}">
          <xsl:value-of select="concat('Télécharger « ', $title, ' » (CSV)')"/>
        </a>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- AAAA-MM → « novembre 2026 ». -->
  <xsl:template name="st-month">
    <xsl:param name="value"/>
    <xsl:variable name="m" select="number(substring($value, 6, 2))"/>
    <xsl:variable name="names" select="'janvier  février  mars     avril    mai      juin     juillet  août     septembreoctobre  novembre décembre '"/>
    <xsl:choose>
      <xsl:when test="string-length($value) = 7 and $m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="concat(normalize-space(substring($names, ($m - 1) * 9 + 1, 9)), ' ', substring($value, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A period as agents read it: a day 23/11/2026, a week « semaine 47 de 2026 », a month « novembre 2026 ». -->
  <xsl:template name="st-period-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string-length($value) = 10">
        <xsl:call-template name="wsc-date"><xsl:with-param name="value" select="$value"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="substring($value, 5, 2) = '-W'">
        <xsl:value-of select="concat('semaine ', number(substring($value, 7)), ' de ', substring($value, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="st-month"><xsl:with-param name="value" select="$value"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
