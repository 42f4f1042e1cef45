<?xml version="1.0" encoding="UTF-8"?>
<!--
  The administrators' pages under /gestion/administration (seed 002 §4.1), from page:BackOffice[@view]
  in the platform's page document (Rendering/AdministrationPage.cs):
    view="administration"  page:Administration: the commune's procedures (page:Procedure[@code, @href]
                           with its title, theme, offer and page:Version[@state, @number]); for the
                           operator with no commune named yet, page:CommuneChoice; page:Delays, whether
                           the commune publishes its processing delays, and the button for the other choice
    view="configuration"   page:Configuration: a procedure's versions (page:Versions), the version shown
                           (page:Shown; @editable when it is the Draft), its process as a tree
                           (page:Steps/page:Step/page:Action), actors, the commune's profiles, the form's
                           items (page:Form/page:Item, nested), messages and documents; @open names the
                           form just refused, shown open and refilled from page:Values
    view="agents"          page:People: profiles, agents, and the themes and procedures of a remit
    view="logiciels"       page:Vendors: the commune's software calling Flux.svc (page:Client with its
                           scope, dates, callback and page:Attempt log), the registration form, and the
                           secret just made (page:Secret), shown on that answer only;
                           @registration: the registration form's one-time key; page:Suspended:
                           a client whose webhooks wait for a renewed secret
  Every address comes from the page document (@href, @list, @export, @people, …) through wsc-safe-url.
  Every form posts its operation (the button pressed) and its key (formulaire): the controls of form
  KEY have the ids f-KEY-NAME, which page:Errors/page:Error/@path (KEY-NAME, or KEY for the form) links to.

  Imports backoffice.xsl (which imports common.xsl) for the agents' shell: header and navigation,
  footer, stylesheet links, the confirmation and the refusals; every other view (message) is its.
  Same rules as every published stylesheet: XSLT 1.0 without extensions, identical HTML on .NET,
  libxslt and Saxon after canonicalisation.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="tns page">

  <xsl:import href="backoffice.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <!-- The key of the form just refused, shown open and refilled with what was typed. -->
  <xsl:variable name="adm-open" select="string((//page:BackOffice)[1]/*[self::page:Configuration or self::page:People or self::page:Vendors]/@open)"/>

  <xsl:template match="/">
    <xsl:variable name="view" select="string((//page:BackOffice)[1]/@view)"/>
    <xsl:choose>
      <xsl:when test="$view = 'administration' or $view = 'configuration' or $view = 'agents' or $view = 'logiciels'">
        <xsl:for-each select="(//page:BackOffice)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title">
              <xsl:if test="$bo-errors">Erreur : </xsl:if>
              <xsl:choose>
                <xsl:when test="$view = 'configuration'">
                  <xsl:value-of select="concat(page:Configuration/page:Title, ' – ')"/>
                </xsl:when>
                <xsl:when test="$view = 'agents'">Agents et profils – </xsl:when>
                <xsl:when test="$view = 'logiciels'">Logiciels de la commune – </xsl:when>
              </xsl:choose>
              <xsl:text>Administration</xsl:text>
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
      <xsl:when test="@view = 'administration' and page:Administration/page:CommuneChoice">
        <xsl:call-template name="adm-commune-choice"/>
      </xsl:when>
      <xsl:when test="@view = 'administration'"><xsl:apply-templates select="page:Administration"/></xsl:when>
      <xsl:when test="@view = 'configuration'"><xsl:apply-templates select="page:Configuration"/></xsl:when>
      <xsl:when test="@view = 'agents'"><xsl:apply-templates select="page:People"/></xsl:when>
      <xsl:when test="@view = 'logiciels'"><xsl:apply-templates select="page:Vendors"/></xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== shared pieces -->

  <!-- The agents' stylesheets (backoffice.xsl's links), with the administration's own few rules before print's. -->
  <xsl:template name="wsc-stylesheets">
    <link rel="stylesheet" href="{$wsc-assets}css/wsc.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/backoffice.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/administration.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/print.css" media="print"/>
  </xsl:template>

  <!-- The administration's own navigation: its two pages. -->
  <xsl:template name="adm-nav">
    <xsl:param name="list"/>
    <xsl:param name="people"/>
    <xsl:param name="current"/>
    <!-- The citizens' feedback: for the commune's administrators only (the list says where, feedback-admin.xsl passes its own). -->
    <xsl:param name="feedback" select="(//page:BackOffice)[1]/page:Administration/@feedback"/>
    <!-- The commune's software: for its administrators only (the list and the software's page say where). -->
    <xsl:param name="vendors" select="(//page:BackOffice)[1]/page:Administration/@vendors | (//page:BackOffice)[1]/page:Vendors/@href"/>
    <xsl:variable name="vendors-href">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="$vendors"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="feedback-href">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="$feedback"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="list-href">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="$list"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="people-href">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="$people"/></xsl:call-template>
    </xsl:variable>
    <nav class="bo-nav adm-nav" aria-label="Administration">
      <ul>
        <li>
          <a href="{$list-href}">
            <xsl:if test="$current = 'list'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
            <xsl:text>Démarches de la commune</xsl:text>
          </a>
        </li>
        <li>
          <a href="{$people-href}">
            <xsl:if test="$current = 'people'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
            <xsl:text>Agents et profils</xsl:text>
          </a>
        </li>
        <xsl:if test="string($feedback-href) != ''">
          <li>
            <a href="{$feedback-href}">
              <xsl:if test="$current = 'feedback'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:text>Avis des usagers</xsl:text>
            </a>
          </li>
        </xsl:if>
        <xsl:if test="string($vendors-href) != ''">
          <li>
            <a href="{$vendors-href}">
              <xsl:if test="$current = 'vendors'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:text>Logiciels de la commune</xsl:text>
            </a>
          </li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- The confirmation and the refusals of the page (each refusal's path is the id, less f-, of what it concerns). -->
  <xsl:template name="adm-messages">
    <xsl:for-each select="(//page:BackOffice)[1]">
      <xsl:call-template name="bo-notice"/>
      <xsl:call-template name="bo-errors">
        <xsl:with-param name="linkable">
          <xsl:for-each select="$bo-errors[string(@path) != '']"><xsl:value-of select="concat(@path, ' ')"/></xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!--
    A control's value: what was typed in it in the form just refused, else what the version holds (a
    form of one button sharing its key, such as « Supprimer », posted none of the other controls).
  -->
  <xsl:template name="adm-value">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:param name="current" select="''"/>
    <xsl:choose>
      <xsl:when test="$key = $adm-open and $adm-open != '' and $bo-values[@path = $name]"><xsl:value-of select="$bo-values[@path = $name][1]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$current"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether the form just refused is this one, with its controls (a checkbox left unchecked posts nothing: sentinel, a control always posted, tells). -->
  <xsl:template name="adm-posted">
    <xsl:param name="key"/>
    <xsl:param name="sentinel"/>
    <xsl:if test="$key = $adm-open and $adm-open != '' and $bo-values[@path = $sentinel]">yes</xsl:if>
  </xsl:template>

  <!-- The class of a control's wrapper, marked invalid when refused. -->
  <xsl:template name="adm-field-class">
    <xsl:param name="path"/>
    <xsl:param name="extra" select="''"/>
    <xsl:attribute name="class">
      <xsl:text>wsc-field</xsl:text>
      <xsl:value-of select="$extra"/>
      <xsl:if test="$bo-errors[@path = $path]"> wsc-field-invalid</xsl:if>
    </xsl:attribute>
  </xsl:template>

  <xsl:template name="adm-label">
    <xsl:param name="id"/>
    <xsl:param name="label"/>
    <xsl:param name="required" select="false()"/>
    <label for="{$id}" class="wsc-label">
      <xsl:value-of select="$label"/>
      <xsl:if test="$required"><span class="wsc-required" aria-hidden="true">*</span></xsl:if>
    </label>
  </xsl:template>

  <!-- A labelled one-line input of form KEY: its help, its error, its value. -->
  <xsl:template name="adm-input">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="current" select="''"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="maxlength" select="'200'"/>
    <xsl:param name="extra" select="''"/>
    <xsl:variable name="path" select="concat($key, '-', $name)"/>
    <div>
      <xsl:call-template name="adm-field-class">
        <xsl:with-param name="path" select="$path"/>
        <xsl:with-param name="extra" select="$extra"/>
      </xsl:call-template>
      <xsl:call-template name="adm-label">
        <xsl:with-param name="id" select="concat('f-', $path)"/>
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:if test="$help != ''">
        <p class="wsc-help" id="f-{$path}-aide"><xsl:value-of select="$help"/></p>
      </xsl:if>
      <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="$path"/></xsl:call-template>
      <input id="f-{$path}" name="{$name}" type="{$type}" class="wsc-input">
        <xsl:if test="$type = 'text' or $type = 'email'">
          <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$required">
          <xsl:attribute name="required"></xsl:attribute>
          <xsl:attribute name="aria-required">true</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="bo-described">
          <xsl:with-param name="path" select="$path"/>
          <xsl:with-param name="help" select="$help != ''"/>
        </xsl:call-template>
        <xsl:if test="$type != 'password'">
          <xsl:attribute name="value">
            <xsl:call-template name="adm-value">
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="name" select="$name"/>
              <xsl:with-param name="current" select="$current"/>
            </xsl:call-template>
          </xsl:attribute>
        </xsl:if>
      </input>
    </div>
  </xsl:template>

  <!-- A labelled text area of form KEY. -->
  <xsl:template name="adm-textarea">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="current" select="''"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="required" select="true()"/>
    <xsl:param name="rows" select="'6'"/>
    <xsl:variable name="path" select="concat($key, '-', $name)"/>
    <div>
      <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="$path"/></xsl:call-template>
      <xsl:call-template name="adm-label">
        <xsl:with-param name="id" select="concat('f-', $path)"/>
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:if test="$help != ''">
        <p class="wsc-help" id="f-{$path}-aide"><xsl:value-of select="$help"/></p>
      </xsl:if>
      <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="$path"/></xsl:call-template>
      <textarea id="f-{$path}" name="{$name}" class="wsc-textarea" rows="{$rows}">
        <xsl:if test="$required">
          <xsl:attribute name="required"></xsl:attribute>
          <xsl:attribute name="aria-required">true</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="bo-described">
          <xsl:with-param name="path" select="$path"/>
          <xsl:with-param name="help" select="$help != ''"/>
        </xsl:call-template>
        <xsl:call-template name="adm-value">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="current" select="$current"/>
        </xsl:call-template>
      </textarea>
    </div>
  </xsl:template>

  <!-- A checkbox of form KEY, posting oui when checked. -->
  <xsl:template name="adm-checkbox">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="checked" select="false()"/>
    <xsl:param name="sentinel" select="'libelle'"/>
    <xsl:variable name="path" select="concat($key, '-', $name)"/>
    <xsl:variable name="posted">
      <xsl:call-template name="adm-posted">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="sentinel" select="$sentinel"/>
      </xsl:call-template>
    </xsl:variable>
    <div>
      <xsl:call-template name="adm-field-class">
        <xsl:with-param name="path" select="$path"/>
        <xsl:with-param name="extra" select="' wsc-field-boolean'"/>
      </xsl:call-template>
      <input id="f-{$path}" name="{$name}" type="checkbox" value="oui" class="wsc-checkbox">
        <xsl:choose>
          <xsl:when test="$posted = 'yes'">
            <xsl:if test="$bo-values[@path = $name] = 'oui'"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
          </xsl:when>
          <xsl:when test="$checked"><xsl:attribute name="checked"></xsl:attribute></xsl:when>
        </xsl:choose>
      </input>
      <label for="f-{$path}" class="wsc-checkbox-label"><xsl:value-of select="$label"/></label>
    </div>
  </xsl:template>

  <!-- One checkbox of a repeated control (profiles, remit): checked by what was posted, else by the current codes given. -->
  <xsl:template name="adm-choice">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="current" select="''"/>
    <xsl:param name="sentinel" select="'libelle'"/>
    <xsl:variable name="posted">
      <xsl:call-template name="adm-posted">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="sentinel" select="$sentinel"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="chosen">
      <xsl:choose>
        <xsl:when test="$posted = 'yes'"><xsl:value-of select="$bo-values[@path = $name][1]"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$current"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div class="wsc-field wsc-field-boolean">
      <input id="f-{$key}-{$name}-{$value}" name="{$name}" type="checkbox" value="{$value}" class="wsc-checkbox">
        <xsl:if test="contains(concat(' ', $chosen, ' '), concat(' ', $value, ' '))"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
      </input>
      <label for="f-{$key}-{$name}-{$value}" class="wsc-checkbox-label"><xsl:value-of select="$label"/></label>
    </div>
  </xsl:template>

  <xsl:template name="adm-option">
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="chosen"/>
    <option value="{$value}">
      <xsl:if test="string($value) = string($chosen)"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
      <xsl:value-of select="$label"/>
    </option>
  </xsl:template>

  <!--
    A value a form posts but does not let change (the code of what it edits): named in « fixe » too,
    so that a refusal naming it is shown at the form rather than at a control it does not have.
  -->
  <xsl:template name="adm-fixed">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <input type="hidden" name="{$name}" value="{$value}"/>
    <input type="hidden" name="fixe" value="{$name}"/>
  </xsl:template>

  <xsl:template name="adm-open-attribute">
    <xsl:param name="key"/>
    <xsl:if test="$key = $adm-open and $adm-open != ''"><xsl:attribute name="open"></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- A form of one button (publish, remove, move), its key and its hidden values given by the caller. -->
  <xsl:template name="adm-button-form">
    <xsl:param name="action"/>
    <xsl:param name="key"/>
    <xsl:param name="operation"/>
    <xsl:param name="label"/>
    <xsl:param name="context" select="''"/>
    <xsl:param name="name" select="''"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="secondary" select="true()"/>
    <xsl:param name="id" select="''"/>
    <form method="post" action="{$action}" class="wsc-inline-form adm-button-form" accept-charset="UTF-8">
      <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <input type="hidden" name="formulaire" value="{$key}"/>
      <xsl:if test="$name != ''">
        <xsl:call-template name="adm-fixed">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="value" select="$value"/>
        </xsl:call-template>
      </xsl:if>
      <button type="submit" name="operation" value="{$operation}">
        <xsl:attribute name="class">
          <xsl:text>wsc-button</xsl:text>
          <xsl:if test="$secondary"> wsc-button-secondary</xsl:if>
        </xsl:attribute>
        <xsl:value-of select="$label"/>
        <xsl:if test="$context != ''"><span class="wsc-sr-only"><xsl:value-of select="concat(' ', $context)"/></span></xsl:if>
      </button>
    </form>
  </xsl:template>

  <!-- ===================================================================== the operator names a commune -->

  <xsl:template name="adm-commune-choice">
    <h1>Administration</h1>
    <xsl:call-template name="adm-messages"/>
    <p class="wsc-lead">Vous exploitez la plateforme : choisissez la commune dont vous administrez les démarches et les agents.</p>
    <form method="get" action="/gestion/administration" class="wsc-form" accept-charset="UTF-8">
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="'commune'"/></xsl:call-template>
        <label for="f-commune" class="wsc-label">Code INSEE de la commune<span class="wsc-required" aria-hidden="true">*</span></label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'commune'"/></xsl:call-template>
        <input id="f-commune" name="commune" type="text" class="wsc-input" inputmode="numeric" maxlength="5" required="" aria-required="true">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'commune'"/></xsl:call-template>
        </input>
      </div>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Administrer cette commune</button>
      </div>
    </form>
  </xsl:template>

  <!-- ===================================================================== the commune's procedures -->

  <xsl:template match="page:Administration">
    <h1>Administration des démarches</h1>
    <xsl:call-template name="adm-nav">
      <xsl:with-param name="list" select="@list"/>
      <xsl:with-param name="people" select="@people"/>
      <xsl:with-param name="current" select="'list'"/>
    </xsl:call-template>
    <xsl:call-template name="adm-messages"/>
    <p class="wsc-lead">Les démarches que la commune propose ou a configurées. Chaque configuration se prépare en brouillon, s'essaie en test avec la clé d'aperçu de la commune, puis se met en ligne.</p>
    <xsl:choose>
      <xsl:when test="page:Procedure">
        <div class="wsc-table-wrapper">
          <table class="wsc-table adm-procedures">
            <caption>Démarches de la commune et leurs versions</caption>
            <thead>
              <tr>
                <th scope="col">Démarche</th>
                <th scope="col">Offre de la commune</th>
                <th scope="col">Brouillon</th>
                <th scope="col">En test</th>
                <th scope="col">En ligne</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="page:Procedure">
                <xsl:variable name="href">
                  <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@href"/></xsl:call-template>
                </xsl:variable>
                <tr>
                  <th scope="row">
                    <a href="{$href}"><xsl:value-of select="page:Title"/></a>
                    <span class="adm-code"><xsl:value-of select="concat(' (', page:Theme, ')')"/></span>
                  </th>
                  <td><xsl:value-of select="page:Offer"/></td>
                  <xsl:call-template name="adm-version-cell"><xsl:with-param name="version" select="page:Version[@state = 'Draft']"/></xsl:call-template>
                  <xsl:call-template name="adm-version-cell"><xsl:with-param name="version" select="page:Version[@state = 'Test']"/></xsl:call-template>
                  <xsl:call-template name="adm-version-cell"><xsl:with-param name="version" select="page:Version[@state = 'Online']"/></xsl:call-template>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p>La commune ne propose encore aucune démarche.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="page:Delays"/>
    <xsl:apply-templates select="page:Reception"/>
  </xsl:template>

  <!-- How a HostedForms commune receives its dossiers: the certificate kept and the address, and the form replacing them. -->
  <xsl:template match="page:Reception">
    <xsl:variable name="action">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@action"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="key" select="'certificat'"/>
    <section class="adm-section" aria-labelledby="adm-transmission">
      <h2 id="adm-transmission"><xsl:value-of select="page:Heading"/></h2>
      <xsl:choose>
        <xsl:when test="page:Certificate">
          <dl class="adm-list">
            <dt>Certificat</dt>
            <dd><xsl:value-of select="page:Certificate/page:Subject"/></dd>
            <dt>Valable jusqu’au</dt>
            <dd><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="page:Certificate/@notAfter"/></xsl:call-template></dd>
            <dt>Empreinte SHA-256</dt>
            <dd><code class="adm-code"><xsl:value-of select="page:Certificate/page:Fingerprint"/></code></dd>
            <dt>Adresse des dossiers</dt>
            <dd><xsl:value-of select="page:Email"/></dd>
          </dl>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="page:None"/></p></xsl:otherwise>
      </xsl:choose>
      <form method="post" action="{$action}" enctype="multipart/form-data" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
        <input type="hidden" name="formulaire" value="{$key}"/>
        <xsl:call-template name="adm-input">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'fichier'"/>
          <xsl:with-param name="label" select="'Fichier du certificat (PEM ou DER)'"/>
          <xsl:with-param name="help" select="concat('Le certificat seul, jamais sa clé privée : RSA de 2048 bits au moins, en cours de validité ; ', floor(@maxBytes div 1024), ' Kio au plus.')"/>
          <xsl:with-param name="type" select="'file'"/>
        </xsl:call-template>
        <xsl:call-template name="adm-input">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'adresse'"/>
          <xsl:with-param name="label" select="'Adresse électronique qui reçoit les dossiers'"/>
          <xsl:with-param name="type" select="'email'"/>
          <xsl:with-param name="current" select="page:Email"/>
        </xsl:call-template>
        <div class="wsc-actions">
          <button type="submit" name="operation" value="{@operation}" class="wsc-button">Enregistrer le certificat</button>
        </div>
      </form>
    </section>
  </xsl:template>

  <!-- The commune's choice of publishing its processing delays: what it is now, and one button for the other choice. -->
  <xsl:template match="page:Delays">
    <xsl:variable name="action">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@action"/></xsl:call-template>
    </xsl:variable>
    <section class="adm-section" aria-labelledby="adm-delais">
      <h2 id="adm-delais"><xsl:value-of select="page:Heading"/></h2>
      <p><xsl:value-of select="page:State"/></p>
      <xsl:call-template name="adm-button-form">
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="key" select="'delais'"/>
        <xsl:with-param name="operation" select="@operation"/>
        <xsl:with-param name="label" select="page:Button"/>
        <xsl:with-param name="name" select="'publics'"/>
        <xsl:with-param name="value" select="@choice"/>
        <xsl:with-param name="id" select="'f-delais'"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template name="adm-version-cell">
    <xsl:param name="version"/>
    <td>
      <xsl:choose>
        <xsl:when test="$version"><xsl:value-of select="concat('Version ', $version/@number)"/></xsl:when>
        <xsl:otherwise>
          <span aria-hidden="true">—</span>
          <span class="wsc-sr-only">aucune</span>
        </xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <!-- ===================================================================== a procedure's editor -->

  <xsl:template match="page:Configuration">
    <xsl:variable name="action">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@href"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="editable" select="@editable = 'true'"/>
    <h1><xsl:value-of select="page:Title"/></h1>
    <xsl:call-template name="adm-nav">
      <xsl:with-param name="list" select="@list"/>
      <xsl:with-param name="people" select="@people"/>
      <xsl:with-param name="current" select="''"/>
    </xsl:call-template>
    <p class="wsc-lead">
      <xsl:text>Version affichée : </xsl:text>
      <strong>
        <xsl:choose>
          <xsl:when test="page:Shown/@number"><xsl:value-of select="concat('version ', page:Shown/@number, ' (', page:Shown, ')')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="page:Shown"/></xsl:otherwise>
        </xsl:choose>
      </strong>
      <xsl:text>. </xsl:text>
      <xsl:choose>
        <xsl:when test="$editable">Vos modifications s'appliquent à ce brouillon ; les usagers ne le voient qu'une fois en test (avec la clé d'aperçu) puis en ligne.</xsl:when>
        <xsl:otherwise>Elle n'est pas modifiable : créez un brouillon pour la modifier.</xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:call-template name="adm-messages"/>

    <nav class="wsc-toc adm-toc" aria-labelledby="adm-sommaire">
      <h2 id="adm-sommaire" class="wsc-toc-title">Sur cette page</h2>
      <ul>
        <li><a href="#adm-versions">Versions et publication</a></li>
        <li><a href="#adm-processus">Processus</a></li>
        <li><a href="#adm-acteurs">Acteurs</a></li>
        <li><a href="#adm-formulaire">Formulaire</a></li>
        <li><a href="#adm-messages">Messages à l'usager</a></li>
        <li><a href="#adm-documents">Documents produits</a></li>
        <li><a href="#adm-import">Importer ou exporter la définition</a></li>
      </ul>
    </nav>

    <xsl:call-template name="adm-versions">
      <xsl:with-param name="action" select="$action"/>
    </xsl:call-template>
    <xsl:call-template name="adm-process">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="editable" select="$editable"/>
    </xsl:call-template>
    <xsl:call-template name="adm-actors">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="editable" select="$editable"/>
    </xsl:call-template>
    <xsl:call-template name="adm-form">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="editable" select="$editable"/>
    </xsl:call-template>
    <xsl:call-template name="adm-mails">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="editable" select="$editable"/>
    </xsl:call-template>
    <xsl:call-template name="adm-documents">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="editable" select="$editable"/>
    </xsl:call-template>
    <xsl:call-template name="adm-import">
      <xsl:with-param name="action" select="$action"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================== versions and publishing -->

  <xsl:template name="adm-versions">
    <xsl:param name="action"/>
    <xsl:variable name="form">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@form"/></xsl:call-template>
    </xsl:variable>
    <section class="adm-section" aria-labelledby="adm-versions">
      <h2 id="adm-versions">Versions et publication</h2>
      <p><xsl:value-of select="concat('Offre de la commune : ', page:Offer, '.')"/></p>
      <xsl:choose>
        <xsl:when test="page:Versions/page:Version">
          <div class="wsc-table-wrapper">
            <table class="wsc-table">
              <caption>Versions de la configuration de la commune, la plus récente d'abord</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">État</th>
                  <th scope="col">Créée le</th>
                  <th scope="col">Publiée le</th>
                  <th scope="col">Définition</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="page:Versions/page:Version">
                  <xsl:variable name="export">
                    <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@export"/></xsl:call-template>
                  </xsl:variable>
                  <tr>
                    <th scope="row"><xsl:value-of select="concat('Version ', @number)"/></th>
                    <td><xsl:value-of select="."/></td>
                    <td><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="@createdAt"/></xsl:call-template></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@publishedAt"><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="@publishedAt"/></xsl:call-template></xsl:when>
                        <xsl:otherwise>
                          <span aria-hidden="true">—</span>
                          <span class="wsc-sr-only">non publiée</span>
                        </xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td><a href="{$export}">Télécharger<span class="wsc-sr-only"><xsl:value-of select="concat(' la version ', @number)"/></span> (XML)</a></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>La commune n'a encore aucune version de cette démarche : ses usagers remplissent le formulaire du catalogue national.</p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="page:Versions/page:Version[@state = 'Test']">
        <p class="wsc-help">
          <xsl:text>La version en test s'ouvre avec la clé d'aperçu de la commune : </xsl:text>
          <a href="{$form}"><xsl:value-of select="@form"/></a>
          <xsl:text>?apercu=votre-clé. Les dossiers déposés ainsi sont des dossiers de test.</xsl:text>
        </p>
      </xsl:if>
      <div class="adm-publish">
        <xsl:choose>
          <xsl:when test="page:Versions/page:Version[@state = 'Draft']">
            <xsl:call-template name="adm-button-form">
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="key" select="'publication'"/>
              <xsl:with-param name="operation" select="'test'"/>
              <xsl:with-param name="label" select="'Passer en test'"/>
              <xsl:with-param name="secondary" select="false()"/>
            </xsl:call-template>
            <xsl:call-template name="adm-button-form">
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="key" select="'publication'"/>
              <xsl:with-param name="operation" select="'abandonner'"/>
              <xsl:with-param name="label" select="'Abandonner le brouillon'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="adm-button-form">
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="key" select="'publication'"/>
              <xsl:with-param name="operation" select="'brouillon'"/>
              <xsl:with-param name="label" select="'Créer un brouillon'"/>
              <xsl:with-param name="context" select="'à partir de la version en vigueur'"/>
              <xsl:with-param name="secondary" select="false()"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="page:Versions/page:Version[@state = 'Test']">
          <xsl:call-template name="adm-button-form">
            <xsl:with-param name="action" select="$action"/>
            <xsl:with-param name="key" select="'publication'"/>
            <xsl:with-param name="operation" select="'en-ligne'"/>
            <xsl:with-param name="label" select="'Mettre en ligne'"/>
            <xsl:with-param name="context" select="concat('la version ', page:Versions/page:Version[@state = 'Test']/@number, ' en test')"/>
            <xsl:with-param name="secondary" select="false()"/>
          </xsl:call-template>
        </xsl:if>
      </div>
      <p id="f-publication" class="wsc-help" tabindex="-1">Un brouillon passe en test si son processus peut fonctionner ; la version en test se met en ligne pour tous, et la version qu'elle remplace est retirée. Les dossiers gardent la version avec laquelle ils ont été déposés.</p>
    </section>
  </xsl:template>

  <!-- ===================================================================== the process, as a tree -->

  <xsl:template name="adm-process">
    <xsl:param name="action"/>
    <xsl:param name="editable"/>
    <xsl:variable name="configuration" select="."/>
    <section class="adm-section" aria-labelledby="adm-processus">
      <h2 id="adm-processus">Processus</h2>
      <p><xsl:value-of select="concat('Délai annoncé aux usagers : ', page:Steps/@expectedDays, ' jours. Chaque étape liste ses actions ; chaque action dit comment elle se déclenche, qui l’effectue, ce qu’elle envoie ou produit et vers quelle étape elle mène.')"/></p>
      <ol class="adm-tree">
        <xsl:for-each select="page:Steps/page:Step">
          <xsl:variable name="step" select="."/>
          <li class="adm-step" id="etape-{@code}">
            <h3>
              <xsl:value-of select="concat('Étape ', @number, ' – ', page:AgentLabel)"/>
            </h3>
            <ul class="adm-marks">
              <li><xsl:value-of select="concat('Pour l’usager : « ', page:CitizenLabel, ' »')"/></li>
              <li>
                <xsl:text>Code : </xsl:text>
                <code><xsl:value-of select="@code"/></code>
              </li>
              <xsl:if test="@initial = 'true'"><li>Étape initiale : chaque dossier commence ici.</li></xsl:if>
              <xsl:if test="@exit = 'true'"><li>Issue de rejet : atteinte en rejetant le dossier.</li></xsl:if>
              <xsl:if test="@final = 'true'"><li>Étape finale : le dossier y est clos.</li></xsl:if>
              <xsl:if test="page:Mail"><li><xsl:value-of select="concat('Courriel à l’usager en arrivant ici : « ', page:Mail, ' »')"/></li></xsl:if>
            </ul>
            <xsl:choose>
              <xsl:when test="page:Action">
                <h4 id="etape-{@code}-actions">Actions :</h4>
                <ul class="adm-actions" aria-labelledby="etape-{@code}-actions">
                  <xsl:for-each select="page:Action">
                    <li class="adm-action">
                      <h5><xsl:value-of select="page:Label"/></h5>
                      <ul class="adm-marks">
                        <li><xsl:value-of select="concat('Déclenchement : ', page:Trigger)"/></li>
                        <li>
                          <xsl:text>Acteur : </xsl:text>
                          <xsl:choose>
                            <xsl:when test="page:Actor"><xsl:value-of select="page:Actor"/></xsl:when>
                            <xsl:when test="@trigger = 'manual'">tout agent qui traite la démarche</xsl:when>
                            <xsl:otherwise>la plateforme (action automatique)</xsl:otherwise>
                          </xsl:choose>
                        </li>
                        <xsl:if test="page:Message"><li><xsl:value-of select="concat('Message à l’usager : « ', page:Message/page:Subject, ' »')"/></li></xsl:if>
                        <xsl:if test="page:Document"><li><xsl:value-of select="concat('Document produit : ', page:Document)"/></li></xsl:if>
                        <li class="adm-target">
                          <xsl:choose>
                            <xsl:when test="page:Target">
                              <span aria-hidden="true">→ </span>
                              <xsl:value-of select="concat('Vers l’étape ', page:Target/@number, ' – ', page:Target)"/>
                            </xsl:when>
                            <xsl:otherwise>Le dossier reste à cette étape.</xsl:otherwise>
                          </xsl:choose>
                        </li>
                      </ul>
                      <xsl:if test="$editable">
                        <xsl:variable name="key" select="concat('action-', @code)"/>
                        <details class="adm-edit">
                          <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
                          <summary><xsl:value-of select="concat('Modifier l’action « ', page:Label, ' »')"/></summary>
                          <xsl:call-template name="adm-action-form">
                            <xsl:with-param name="action" select="$action"/>
                            <xsl:with-param name="key" select="$key"/>
                            <xsl:with-param name="operation" select="'action-modifier'"/>
                            <xsl:with-param name="step" select="$step"/>
                            <xsl:with-param name="current" select="."/>
                            <xsl:with-param name="configuration" select="$configuration"/>
                          </xsl:call-template>
                          <xsl:call-template name="adm-button-form">
                            <xsl:with-param name="action" select="$action"/>
                            <xsl:with-param name="key" select="$key"/>
                            <xsl:with-param name="operation" select="'action-supprimer'"/>
                            <xsl:with-param name="label" select="'Supprimer l’action'"/>
                            <xsl:with-param name="context" select="concat('« ', page:Label, ' »')"/>
                            <xsl:with-param name="name" select="'code'"/>
                            <xsl:with-param name="value" select="@code"/>
                          </xsl:call-template>
                        </details>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:when test="@final != 'true' or not(@final)">
                <p>Aucune action ne part de cette étape.</p>
              </xsl:when>
            </xsl:choose>
            <xsl:if test="$editable">
              <div class="adm-step-edits">
                <xsl:if test="not(@final = 'true')">
                  <xsl:variable name="key" select="concat('action-ajouter-', @code)"/>
                  <details class="adm-edit">
                    <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
                    <summary><xsl:value-of select="concat('Ajouter une action à l’étape ', @number)"/></summary>
                    <xsl:call-template name="adm-action-form">
                      <xsl:with-param name="action" select="$action"/>
                      <xsl:with-param name="key" select="$key"/>
                      <xsl:with-param name="operation" select="'action-ajouter'"/>
                      <xsl:with-param name="step" select="$step"/>
                      <xsl:with-param name="configuration" select="$configuration"/>
                    </xsl:call-template>
                  </details>
                </xsl:if>
                <xsl:variable name="edit-key" select="concat('etape-', @code)"/>
                <details class="adm-edit">
                  <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$edit-key"/></xsl:call-template>
                  <summary><xsl:value-of select="concat('Modifier l’étape ', @number)"/></summary>
                  <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$edit-key}" accept-charset="UTF-8">
                    <input type="hidden" name="formulaire" value="{$edit-key}"/>
                    <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'code'"/><xsl:with-param name="value" select="@code"/></xsl:call-template>
                    <xsl:call-template name="adm-step-labels">
                      <xsl:with-param name="key" select="$edit-key"/>
                      <xsl:with-param name="step" select="."/>
                    </xsl:call-template>
                    <div class="wsc-actions">
                      <button type="submit" name="operation" value="etape-modifier" class="wsc-button">Enregistrer l’étape<span class="wsc-sr-only"><xsl:value-of select="concat(' ', @number)"/></span></button>
                    </div>
                  </form>
                  <xsl:if test="not(@initial = 'true')">
                    <xsl:call-template name="adm-button-form">
                      <xsl:with-param name="action" select="$action"/>
                      <xsl:with-param name="key" select="$edit-key"/>
                      <xsl:with-param name="operation" select="'etape-supprimer'"/>
                      <xsl:with-param name="label" select="'Supprimer l’étape'"/>
                      <xsl:with-param name="context" select="@number"/>
                      <xsl:with-param name="name" select="'code'"/>
                      <xsl:with-param name="value" select="@code"/>
                    </xsl:call-template>
                  </xsl:if>
                </details>
                <xsl:if test="@addAfter = 'true'">
                  <xsl:variable name="add-key" select="concat('etape-apres-', @code)"/>
                  <details class="adm-edit">
                    <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$add-key"/></xsl:call-template>
                    <summary><xsl:value-of select="concat('Ajouter une étape après l’étape ', @number)"/></summary>
                    <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$add-key}" accept-charset="UTF-8">
                      <input type="hidden" name="formulaire" value="{$add-key}"/>
                      <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'apres'"/><xsl:with-param name="value" select="@code"/></xsl:call-template>
                      <p class="wsc-help">Les actions qui menaient de cette étape à la suivante mènent à la nouvelle étape, qui reçoit une action vers la suivante.</p>
                      <xsl:call-template name="adm-input">
                        <xsl:with-param name="key" select="$add-key"/>
                        <xsl:with-param name="name" select="'code'"/>
                        <xsl:with-param name="label" select="'Code de la nouvelle étape'"/>
                        <xsl:with-param name="help" select="'En majuscules, chiffres et soulignés, par exemple VERIFICATION_ARCHIVES.'"/>
                        <xsl:with-param name="maxlength" select="'40'"/>
                      </xsl:call-template>
                      <xsl:call-template name="adm-step-labels">
                        <xsl:with-param name="key" select="$add-key"/>
                      </xsl:call-template>
                      <div class="wsc-actions">
                        <button type="submit" name="operation" value="etape-ajouter" class="wsc-button">Ajouter l’étape<span class="wsc-sr-only"><xsl:value-of select="concat(' après l’étape ', @number)"/></span></button>
                      </div>
                    </form>
                  </details>
                </xsl:if>
              </div>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <!-- The two labels of a step (a new one: empty). -->
  <xsl:template name="adm-step-labels">
    <xsl:param name="key"/>
    <xsl:param name="step" select="/.."/>
    <xsl:call-template name="adm-input">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="name" select="'libelleAgent'"/>
      <xsl:with-param name="label" select="'Libellé pour les agents'"/>
      <xsl:with-param name="current" select="$step/page:AgentLabel"/>
    </xsl:call-template>
    <xsl:call-template name="adm-input">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="name" select="'libelleUsager'"/>
      <xsl:with-param name="label" select="'Libellé pour l’usager (suivi du dossier)'"/>
      <xsl:with-param name="current" select="$step/page:CitizenLabel"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The form of an action, new (current empty) or to change. -->
  <xsl:template name="adm-action-form">
    <xsl:param name="action"/>
    <xsl:param name="key"/>
    <xsl:param name="operation"/>
    <xsl:param name="step"/>
    <xsl:param name="current" select="/.."/>
    <xsl:param name="configuration"/>
    <xsl:variable name="to">
      <xsl:call-template name="adm-value">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'vers'"/>
        <xsl:with-param name="current" select="$current/page:Target/@code"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="trigger">
      <xsl:call-template name="adm-value">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'declenchement'"/>
        <xsl:with-param name="current" select="$current/@trigger"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="actor">
      <xsl:call-template name="adm-value">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'acteur'"/>
        <xsl:with-param name="current" select="$current/page:Actor/@code"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="document">
      <xsl:call-template name="adm-value">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'document'"/>
        <xsl:with-param name="current" select="$current/page:Document/@code"/>
      </xsl:call-template>
    </xsl:variable>
    <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
      <input type="hidden" name="formulaire" value="{$key}"/>
      <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'etape'"/><xsl:with-param name="value" select="$step/@code"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="$current">
          <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'code'"/><xsl:with-param name="value" select="$current/@code"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'code'"/>
            <xsl:with-param name="label" select="'Code de l’action'"/>
            <xsl:with-param name="help" select="'En majuscules, chiffres et soulignés, par exemple PIECES_VERIFIEES.'"/>
            <xsl:with-param name="maxlength" select="'40'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'libelle'"/>
        <xsl:with-param name="label" select="'Libellé (le bouton de l’agent)'"/>
        <xsl:with-param name="current" select="$current/page:Label"/>
      </xsl:call-template>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-vers')"/></xsl:call-template>
        <label for="f-{$key}-vers" class="wsc-label">Mène à</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-vers')"/></xsl:call-template>
        <select id="f-{$key}-vers" name="vers" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-vers')"/></xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="label" select="'Aucune étape : le dossier reste à cette étape'"/>
            <xsl:with-param name="chosen" select="$to"/>
          </xsl:call-template>
          <xsl:for-each select="$configuration/page:Steps/page:Step">
            <xsl:call-template name="adm-option">
              <xsl:with-param name="value" select="@code"/>
              <xsl:with-param name="label" select="concat('Étape ', @number, ' – ', page:AgentLabel)"/>
              <xsl:with-param name="chosen" select="$to"/>
            </xsl:call-template>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-declenchement')"/></xsl:call-template>
        <label for="f-{$key}-declenchement" class="wsc-label">Déclenchement</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-declenchement')"/></xsl:call-template>
        <select id="f-{$key}-declenchement" name="declenchement" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-declenchement')"/></xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="'manual'"/>
            <xsl:with-param name="label" select="'Manuelle : un bouton de l’agent'"/>
            <xsl:with-param name="chosen" select="$trigger"/>
          </xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="'onEnter'"/>
            <xsl:with-param name="label" select="'À l’entrée dans l’étape (automatique)'"/>
            <xsl:with-param name="chosen" select="$trigger"/>
          </xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="'afterDelay'"/>
            <xsl:with-param name="label" select="'Après un délai dans l’étape (automatique)'"/>
            <xsl:with-param name="chosen" select="$trigger"/>
          </xsl:call-template>
        </select>
      </div>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'delai'"/>
        <xsl:with-param name="label" select="'Délai en jours (pour un déclenchement après un délai)'"/>
        <xsl:with-param name="current" select="$current/@delay"/>
        <xsl:with-param name="help" select="'Un nombre de jours, par exemple 15 ; ou une durée ISO 8601, par exemple PT12H pour 12 heures.'"/>
        <xsl:with-param name="required" select="false()"/>
        <xsl:with-param name="maxlength" select="'20'"/>
      </xsl:call-template>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-acteur')"/></xsl:call-template>
        <label for="f-{$key}-acteur" class="wsc-label">Acteur (pour une action manuelle)</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-acteur')"/></xsl:call-template>
        <select id="f-{$key}-acteur" name="acteur" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-acteur')"/></xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="label" select="'Tout agent qui traite la démarche'"/>
            <xsl:with-param name="chosen" select="$actor"/>
          </xsl:call-template>
          <xsl:for-each select="$configuration/page:Actors/page:Actor">
            <xsl:call-template name="adm-option">
              <xsl:with-param name="value" select="@code"/>
              <xsl:with-param name="label" select="page:Label"/>
              <xsl:with-param name="chosen" select="$actor"/>
            </xsl:call-template>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-document')"/></xsl:call-template>
        <label for="f-{$key}-document" class="wsc-label">Document produit</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-document')"/></xsl:call-template>
        <select id="f-{$key}-document" name="document" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-document')"/></xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="label" select="'Aucun'"/>
            <xsl:with-param name="chosen" select="$document"/>
          </xsl:call-template>
          <xsl:for-each select="$configuration/page:Documents/page:Document">
            <xsl:call-template name="adm-option">
              <xsl:with-param name="value" select="@code"/>
              <xsl:with-param name="label" select="page:Title"/>
              <xsl:with-param name="chosen" select="$document"/>
            </xsl:call-template>
          </xsl:for-each>
        </select>
      </div>
      <fieldset class="wsc-group">
        <legend class="wsc-legend">Message envoyé à l’usager (facultatif : l’objet et le texte, ou rien)</legend>
        <xsl:call-template name="adm-input">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'objet'"/>
          <xsl:with-param name="label" select="'Objet'"/>
          <xsl:with-param name="current" select="$current/page:Message/page:Subject"/>
          <xsl:with-param name="required" select="false()"/>
        </xsl:call-template>
        <xsl:call-template name="adm-textarea">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'texte'"/>
          <xsl:with-param name="label" select="'Texte'"/>
          <xsl:with-param name="current" select="$current/page:Message/page:Body"/>
          <xsl:with-param name="required" select="false()"/>
          <xsl:with-param name="rows" select="'4'"/>
        </xsl:call-template>
      </fieldset>
      <div class="wsc-actions">
        <button type="submit" name="operation" value="{$operation}" class="wsc-button">
          <xsl:choose>
            <xsl:when test="$current">Enregistrer l’action<span class="wsc-sr-only"><xsl:value-of select="concat(' « ', $current/page:Label, ' »')"/></span></xsl:when>
            <xsl:otherwise>Ajouter l’action<span class="wsc-sr-only"><xsl:value-of select="concat(' à l’étape ', $step/@number)"/></span></xsl:otherwise>
          </xsl:choose>
        </button>
      </div>
    </form>
  </xsl:template>

  <!-- ===================================================================== actors -->

  <xsl:template name="adm-actors">
    <xsl:param name="action"/>
    <xsl:param name="editable"/>
    <xsl:variable name="profiles" select="page:Profiles"/>
    <section class="adm-section" aria-labelledby="adm-acteurs">
      <h2 id="adm-acteurs">Acteurs</h2>
      <p>Un acteur est chargé d'actions manuelles ; rattaché à des profils de la commune, seuls leurs agents (et les administrateurs) effectuent ses actions.</p>
      <xsl:choose>
        <xsl:when test="page:Actors/page:Actor">
          <ul class="adm-list">
            <xsl:for-each select="page:Actors/page:Actor">
              <xsl:variable name="key" select="concat('acteur-', @code)"/>
              <li>
                <p>
                  <strong><xsl:value-of select="page:Label"/></strong>
                  <xsl:text> : </xsl:text>
                  <xsl:choose>
                    <xsl:when test="page:Profile">
                      <xsl:text>profils </xsl:text>
                      <xsl:for-each select="page:Profile">
                        <xsl:if test="position() &gt; 1">, </xsl:if>
                        <xsl:value-of select="."/>
                      </xsl:for-each>
                    </xsl:when>
                    <xsl:otherwise>tout agent qui traite la démarche</xsl:otherwise>
                  </xsl:choose>
                </p>
                <xsl:if test="$editable">
                  <details class="adm-edit">
                    <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
                    <summary><xsl:value-of select="concat('Modifier l’acteur « ', page:Label, ' »')"/></summary>
                    <xsl:call-template name="adm-actor-form">
                      <xsl:with-param name="action" select="$action"/>
                      <xsl:with-param name="key" select="$key"/>
                      <xsl:with-param name="current" select="."/>
                      <xsl:with-param name="profiles" select="$profiles"/>
                    </xsl:call-template>
                    <xsl:call-template name="adm-button-form">
                      <xsl:with-param name="action" select="$action"/>
                      <xsl:with-param name="key" select="$key"/>
                      <xsl:with-param name="operation" select="'acteur-supprimer'"/>
                      <xsl:with-param name="label" select="'Supprimer l’acteur'"/>
                      <xsl:with-param name="context" select="concat('« ', page:Label, ' »')"/>
                      <xsl:with-param name="name" select="'code'"/>
                      <xsl:with-param name="value" select="@code"/>
                    </xsl:call-template>
                  </details>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>La démarche n'a pas d'acteur : tout agent qui la traite effectue ses actions.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$editable">
        <details class="adm-edit">
          <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="'acteur_nouveau'"/></xsl:call-template>
          <summary>Ajouter un acteur</summary>
          <xsl:call-template name="adm-actor-form">
            <xsl:with-param name="action" select="$action"/>
            <xsl:with-param name="key" select="'acteur_nouveau'"/>
            <xsl:with-param name="profiles" select="$profiles"/>
          </xsl:call-template>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="adm-actor-form">
    <xsl:param name="action"/>
    <xsl:param name="key"/>
    <xsl:param name="current" select="/.."/>
    <xsl:param name="profiles"/>
    <xsl:variable name="codes">
      <xsl:for-each select="$current/page:Profile"><xsl:value-of select="concat(@code, ' ')"/></xsl:for-each>
    </xsl:variable>
    <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
      <input type="hidden" name="formulaire" value="{$key}"/>
      <xsl:choose>
        <xsl:when test="$current"><xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'code'"/><xsl:with-param name="value" select="$current/@code"/></xsl:call-template></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'code'"/>
            <xsl:with-param name="label" select="'Code de l’acteur'"/>
            <xsl:with-param name="help" select="'En minuscules, chiffres et tirets, par exemple officier.'"/>
            <xsl:with-param name="maxlength" select="'40'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'libelle'"/>
        <xsl:with-param name="label" select="'Libellé'"/>
        <xsl:with-param name="current" select="$current/page:Label"/>
      </xsl:call-template>
      <fieldset class="wsc-group" id="f-{$key}-profils">
        <legend class="wsc-legend">Profils de la commune chargés de ses actions (aucun : tout agent qui traite la démarche)</legend>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-profils')"/></xsl:call-template>
        <xsl:for-each select="$profiles/page:Profile">
          <xsl:call-template name="adm-choice">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'profils'"/>
            <xsl:with-param name="value" select="@code"/>
            <xsl:with-param name="label" select="."/>
            <xsl:with-param name="current" select="$codes"/>
          </xsl:call-template>
        </xsl:for-each>
      </fieldset>
      <div class="wsc-actions">
        <button type="submit" name="operation" value="acteur-enregistrer" class="wsc-button">
          <xsl:text>Enregistrer l’acteur</xsl:text>
          <xsl:if test="$current"><span class="wsc-sr-only"><xsl:value-of select="concat(' « ', $current/page:Label, ' »')"/></span></xsl:if>
        </button>
      </div>
    </form>
  </xsl:template>

  <!-- ===================================================================== the form -->

  <xsl:template name="adm-form">
    <xsl:param name="action"/>
    <xsl:param name="editable"/>
    <section class="adm-section" aria-labelledby="adm-formulaire">
      <h2 id="adm-formulaire">Formulaire</h2>
      <p>Les champs du catalogue national restent dans le contrat de la démarche : leur libellé, leur aide et leur ordre changent ; un champ facultatif peut être masqué ou rendu obligatoire. La commune ajoute ses propres champs, qui voyagent dans les compléments de la commune.</p>
      <ul class="adm-items">
        <xsl:apply-templates select="page:Form/page:Item">
          <xsl:with-param name="action" select="$action"/>
          <xsl:with-param name="editable" select="$editable"/>
        </xsl:apply-templates>
      </ul>
      <xsl:if test="$editable">
        <details class="adm-edit">
          <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="'champ_nouveau'"/></xsl:call-template>
          <summary>Ajouter un champ de la commune</summary>
          <xsl:call-template name="adm-new-field">
            <xsl:with-param name="action" select="$action"/>
          </xsl:call-template>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="page:Item">
    <xsl:param name="action"/>
    <xsl:param name="editable"/>
    <xsl:variable name="key" select="concat('champ-', translate(@path, '.', '_'))"/>
    <li class="adm-item">
      <p>
        <strong><xsl:value-of select="page:Label"/></strong>
        <xsl:text> </xsl:text>
        <code class="adm-code"><xsl:value-of select="@path"/></code>
        <xsl:text> : </xsl:text>
        <xsl:choose>
          <xsl:when test="@kind = 'group'">groupe</xsl:when>
          <xsl:otherwise><xsl:value-of select="page:Type"/></xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="@required = 'true'">, obligatoire</xsl:when>
          <xsl:otherwise>, facultatif</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@hidden = 'true'">, <span class="wsc-badge bo-badge-state">masqué</span></xsl:if>
        <xsl:if test="@commune = 'true'">, <span class="wsc-badge bo-badge-test">propre à la commune</span></xsl:if>
        <xsl:if test="@repeated = 'true' and @kind = 'group'">, répété</xsl:if>
      </p>
      <xsl:if test="$editable">
        <div class="adm-item-edits">
          <xsl:if test="not(@first = 'true')">
            <xsl:call-template name="adm-button-form">
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="operation" select="'champ-monter'"/>
              <xsl:with-param name="label" select="'Monter'"/>
              <xsl:with-param name="context" select="concat('« ', page:Label, ' »')"/>
              <xsl:with-param name="name" select="'champ'"/>
              <xsl:with-param name="value" select="@path"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="not(@last = 'true')">
            <xsl:call-template name="adm-button-form">
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="operation" select="'champ-descendre'"/>
              <xsl:with-param name="label" select="'Descendre'"/>
              <xsl:with-param name="context" select="concat('« ', page:Label, ' »')"/>
              <xsl:with-param name="name" select="'champ'"/>
              <xsl:with-param name="value" select="@path"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="@commune = 'true'">
            <xsl:call-template name="adm-button-form">
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="operation" select="'champ-supprimer'"/>
              <xsl:with-param name="label" select="'Supprimer'"/>
              <xsl:with-param name="context" select="concat('le champ « ', page:Label, ' »')"/>
              <xsl:with-param name="name" select="'champ'"/>
              <xsl:with-param name="value" select="@path"/>
            </xsl:call-template>
          </xsl:if>
        </div>
        <details class="adm-edit">
          <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
          <summary><xsl:value-of select="concat('Modifier « ', page:Label, ' »')"/></summary>
          <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
            <input type="hidden" name="formulaire" value="{$key}"/>
            <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'champ'"/><xsl:with-param name="value" select="@path"/></xsl:call-template>
            <xsl:call-template name="adm-input">
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="name" select="'libelle'"/>
              <xsl:with-param name="label" select="'Libellé'"/>
              <xsl:with-param name="current" select="page:Label"/>
            </xsl:call-template>
            <xsl:call-template name="adm-textarea">
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="name" select="'aide'"/>
              <xsl:with-param name="label" select="'Aide (sous le libellé ; vide : aucune)'"/>
              <xsl:with-param name="current" select="page:Help"/>
              <xsl:with-param name="required" select="false()"/>
              <xsl:with-param name="rows" select="'3'"/>
            </xsl:call-template>
            <!-- A catalogue's required field stays required, a group keeps its flag: only the others are offered. -->
            <xsl:if test="@kind = 'field' and (@commune = 'true' or not(@required = 'true'))">
              <input type="hidden" name="obligatoireModifiable" value="oui"/>
              <xsl:call-template name="adm-checkbox">
                <xsl:with-param name="key" select="$key"/>
                <xsl:with-param name="name" select="'obligatoire'"/>
                <xsl:with-param name="label" select="'Obligatoire'"/>
                <xsl:with-param name="checked" select="@required = 'true'"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="@kind = 'field' and not(@commune = 'true') and not(@required = 'true')">
              <input type="hidden" name="masquable" value="oui"/>
              <xsl:call-template name="adm-checkbox">
                <xsl:with-param name="key" select="$key"/>
                <xsl:with-param name="name" select="'masque'"/>
                <xsl:with-param name="label" select="'Masqué (absent du formulaire de la commune)'"/>
                <xsl:with-param name="checked" select="@hidden = 'true'"/>
              </xsl:call-template>
            </xsl:if>
            <div class="wsc-actions">
              <button type="submit" name="operation" value="champ-modifier" class="wsc-button">Enregistrer<span class="wsc-sr-only"><xsl:value-of select="concat(' « ', page:Label, ' »')"/></span></button>
            </div>
          </form>
        </details>
      </xsl:if>
      <xsl:if test="page:Item">
        <ul class="adm-items">
          <xsl:apply-templates select="page:Item">
            <xsl:with-param name="action" select="$action"/>
            <xsl:with-param name="editable" select="$editable"/>
          </xsl:apply-templates>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="adm-new-field">
    <xsl:param name="action"/>
    <xsl:variable name="key" select="'champ_nouveau'"/>
    <xsl:variable name="group">
      <xsl:call-template name="adm-value"><xsl:with-param name="key" select="$key"/><xsl:with-param name="name" select="'groupe'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="type">
      <xsl:call-template name="adm-value">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'type'"/>
        <xsl:with-param name="current" select="'text'"/>
      </xsl:call-template>
    </xsl:variable>
    <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
      <input type="hidden" name="formulaire" value="{$key}"/>
      <p class="wsc-help">Le champ s'ajoute à la fin du formulaire ou du groupe choisi ; déplacez-le ensuite avec les boutons Monter et Descendre.</p>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-groupe')"/></xsl:call-template>
        <label for="f-{$key}-groupe" class="wsc-label">Emplacement</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-groupe')"/></xsl:call-template>
        <select id="f-{$key}-groupe" name="groupe" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-groupe')"/></xsl:call-template>
          <xsl:call-template name="adm-option">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="label" select="'À la fin du formulaire'"/>
            <xsl:with-param name="chosen" select="$group"/>
          </xsl:call-template>
          <xsl:for-each select="page:Form//page:Item[@kind = 'group' and not(@repeated = 'true')]">
            <xsl:call-template name="adm-option">
              <xsl:with-param name="value" select="@path"/>
              <xsl:with-param name="label" select="concat('Dans le groupe « ', page:Label, ' »')"/>
              <xsl:with-param name="chosen" select="$group"/>
            </xsl:call-template>
          </xsl:for-each>
        </select>
      </div>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'libelle'"/>
        <xsl:with-param name="label" select="'Libellé'"/>
      </xsl:call-template>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'nom'"/>
        <xsl:with-param name="label" select="'Nom technique'"/>
        <xsl:with-param name="help" select="'Une minuscule, puis des lettres ou des chiffres, par exemple numeroFamille : le code de la réponse dans les compléments de la commune.'"/>
        <xsl:with-param name="maxlength" select="'40'"/>
      </xsl:call-template>
      <div>
        <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-type')"/></xsl:call-template>
        <label for="f-{$key}-type" class="wsc-label">Type<span class="wsc-required" aria-hidden="true">*</span></label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-type')"/></xsl:call-template>
        <select id="f-{$key}-type" name="type" class="wsc-select" required="" aria-required="true">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-type')"/></xsl:call-template>
          <xsl:for-each select="page:FieldTypes/page:Type">
            <xsl:call-template name="adm-option">
              <xsl:with-param name="value" select="@code"/>
              <xsl:with-param name="label" select="."/>
              <xsl:with-param name="chosen" select="$type"/>
            </xsl:call-template>
          </xsl:for-each>
        </select>
      </div>
      <xsl:call-template name="adm-checkbox">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'obligatoire'"/>
        <xsl:with-param name="label" select="'Obligatoire'"/>
      </xsl:call-template>
      <xsl:call-template name="adm-textarea">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'aide'"/>
        <xsl:with-param name="label" select="'Aide (facultative)'"/>
        <xsl:with-param name="required" select="false()"/>
        <xsl:with-param name="rows" select="'3'"/>
      </xsl:call-template>
      <xsl:call-template name="adm-textarea">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'options'"/>
        <xsl:with-param name="label" select="'Valeurs possibles (pour une liste de choix)'"/>
        <xsl:with-param name="help" select="'Une valeur par ligne : CODE = Libellé, par exemple EN_MAIRIE = Retrait en mairie.'"/>
        <xsl:with-param name="required" select="false()"/>
        <xsl:with-param name="rows" select="'4'"/>
      </xsl:call-template>
      <div class="wsc-actions">
        <button type="submit" name="operation" value="champ-ajouter" class="wsc-button">Ajouter le champ</button>
      </div>
    </form>
  </xsl:template>

  <!-- ===================================================================== messages -->

  <xsl:template name="adm-mails">
    <xsl:param name="action"/>
    <xsl:param name="editable"/>
    <xsl:variable name="configuration" select="."/>
    <section class="adm-section" aria-labelledby="adm-messages">
      <h2 id="adm-messages">Messages à l'usager</h2>
      <p><xsl:value-of select="concat('Les courriels que la démarche envoie : sans message propre, la plateforme envoie son texte par défaut. Variables possibles : ', page:Messages/@placeholders, '.')"/></p>
      <xsl:choose>
        <xsl:when test="page:Messages/page:Message">
          <ul class="adm-list">
            <xsl:for-each select="page:Messages/page:Message">
              <xsl:variable name="key" select="concat('message-', @event, '-', substring(@step, 1, 40 * boolean(@step)), substring('toutes', 1, 6 * not(@step)))"/>
              <xsl:variable name="what">
                <xsl:value-of select="page:Event"/>
                <xsl:if test="page:StepLabel"><xsl:value-of select="concat(', étape « ', page:StepLabel, ' »')"/></xsl:if>
              </xsl:variable>
              <li>
                <p>
                  <strong><xsl:value-of select="$what"/></strong>
                  <xsl:value-of select="concat(' : « ', page:Subject, ' »')"/>
                </p>
                <xsl:if test="$editable">
                  <details class="adm-edit">
                    <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
                    <summary><xsl:value-of select="concat('Modifier le message (', $what, ')')"/></summary>
                    <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
                      <input type="hidden" name="formulaire" value="{$key}"/>
                      <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'evenement'"/><xsl:with-param name="value" select="@event"/></xsl:call-template>
                      <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'etape'"/><xsl:with-param name="value" select="string(@step)"/></xsl:call-template>
                      <xsl:call-template name="adm-mail-texts">
                        <xsl:with-param name="key" select="$key"/>
                        <xsl:with-param name="current" select="."/>
                      </xsl:call-template>
                      <div class="wsc-actions">
                        <button type="submit" name="operation" value="message-enregistrer" class="wsc-button">Enregistrer le message<span class="wsc-sr-only"><xsl:value-of select="concat(' (', $what, ')')"/></span></button>
                      </div>
                    </form>
                    <form method="post" action="{$action}" class="wsc-inline-form adm-button-form" accept-charset="UTF-8">
                      <input type="hidden" name="formulaire" value="{$key}"/>
                      <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'evenement'"/><xsl:with-param name="value" select="@event"/></xsl:call-template>
                      <xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'etape'"/><xsl:with-param name="value" select="string(@step)"/></xsl:call-template>
                      <button type="submit" name="operation" value="message-supprimer" class="wsc-button wsc-button-secondary">Supprimer le message<span class="wsc-sr-only"><xsl:value-of select="concat(' (', $what, ')')"/></span></button>
                    </form>
                  </details>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>La démarche n'a pas de message propre : la plateforme envoie ses textes par défaut.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$editable">
        <xsl:variable name="key" select="'message_nouveau'"/>
        <xsl:variable name="event">
          <xsl:call-template name="adm-value"><xsl:with-param name="key" select="$key"/><xsl:with-param name="name" select="'evenement'"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="step">
          <xsl:call-template name="adm-value"><xsl:with-param name="key" select="$key"/><xsl:with-param name="name" select="'etape'"/></xsl:call-template>
        </xsl:variable>
        <details class="adm-edit">
          <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
          <summary>Ajouter ou remplacer un message</summary>
          <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
            <input type="hidden" name="formulaire" value="{$key}"/>
            <div>
              <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-evenement')"/></xsl:call-template>
              <label for="f-{$key}-evenement" class="wsc-label">Envoyé lors de</label>
              <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-evenement')"/></xsl:call-template>
              <select id="f-{$key}-evenement" name="evenement" class="wsc-select">
                <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-evenement')"/></xsl:call-template>
                <xsl:for-each select="page:Events/page:Event">
                  <xsl:call-template name="adm-option">
                    <xsl:with-param name="value" select="@code"/>
                    <xsl:with-param name="label" select="."/>
                    <xsl:with-param name="chosen" select="$event"/>
                  </xsl:call-template>
                </xsl:for-each>
              </select>
            </div>
            <div>
              <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-etape')"/></xsl:call-template>
              <label for="f-{$key}-etape" class="wsc-label">Étape (pour « étape atteinte »)</label>
              <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-etape')"/></xsl:call-template>
              <select id="f-{$key}-etape" name="etape" class="wsc-select">
                <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-etape')"/></xsl:call-template>
                <xsl:call-template name="adm-option">
                  <xsl:with-param name="value" select="''"/>
                  <xsl:with-param name="label" select="'Toutes les étapes'"/>
                  <xsl:with-param name="chosen" select="$step"/>
                </xsl:call-template>
                <xsl:for-each select="$configuration/page:Steps/page:Step">
                  <xsl:call-template name="adm-option">
                    <xsl:with-param name="value" select="@code"/>
                    <xsl:with-param name="label" select="concat('Étape ', @number, ' – ', page:AgentLabel)"/>
                    <xsl:with-param name="chosen" select="$step"/>
                  </xsl:call-template>
                </xsl:for-each>
              </select>
            </div>
            <xsl:call-template name="adm-mail-texts">
              <xsl:with-param name="key" select="$key"/>
            </xsl:call-template>
            <div class="wsc-actions">
              <button type="submit" name="operation" value="message-enregistrer" class="wsc-button">Enregistrer le message</button>
            </div>
          </form>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="adm-mail-texts">
    <xsl:param name="key"/>
    <xsl:param name="current" select="/.."/>
    <xsl:call-template name="adm-input">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="name" select="'objet'"/>
      <xsl:with-param name="label" select="'Objet'"/>
      <xsl:with-param name="current" select="$current/page:Subject"/>
    </xsl:call-template>
    <xsl:call-template name="adm-textarea">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="name" select="'texte'"/>
      <xsl:with-param name="label" select="'Texte'"/>
      <xsl:with-param name="current" select="$current/page:Body"/>
      <xsl:with-param name="rows" select="'8'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================== documents -->

  <xsl:template name="adm-documents">
    <xsl:param name="action"/>
    <xsl:param name="editable"/>
    <section class="adm-section" aria-labelledby="adm-documents">
      <h2 id="adm-documents">Documents produits</h2>
      <p><xsl:value-of select="concat('Les lettres qu’une action produit en PDF. Variables possibles : ', page:Documents/@placeholders, '.')"/></p>
      <xsl:choose>
        <xsl:when test="page:Documents/page:Document">
          <ul class="adm-list">
            <xsl:for-each select="page:Documents/page:Document">
              <xsl:variable name="key" select="concat('document-', @code)"/>
              <li>
                <p>
                  <strong><xsl:value-of select="page:Title"/></strong>
                  <xsl:text> </xsl:text>
                  <code class="adm-code"><xsl:value-of select="@code"/></code>
                </p>
                <xsl:if test="$editable">
                  <details class="adm-edit">
                    <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
                    <summary><xsl:value-of select="concat('Modifier le document « ', page:Title, ' »')"/></summary>
                    <xsl:call-template name="adm-document-form">
                      <xsl:with-param name="action" select="$action"/>
                      <xsl:with-param name="key" select="$key"/>
                      <xsl:with-param name="current" select="."/>
                    </xsl:call-template>
                    <xsl:call-template name="adm-button-form">
                      <xsl:with-param name="action" select="$action"/>
                      <xsl:with-param name="key" select="$key"/>
                      <xsl:with-param name="operation" select="'document-supprimer'"/>
                      <xsl:with-param name="label" select="'Supprimer le document'"/>
                      <xsl:with-param name="context" select="concat('« ', page:Title, ' »')"/>
                      <xsl:with-param name="name" select="'code'"/>
                      <xsl:with-param name="value" select="@code"/>
                    </xsl:call-template>
                  </details>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>La démarche ne produit aucun document.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$editable">
        <details class="adm-edit">
          <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="'document_nouveau'"/></xsl:call-template>
          <summary>Ajouter un document</summary>
          <xsl:call-template name="adm-document-form">
            <xsl:with-param name="action" select="$action"/>
            <xsl:with-param name="key" select="'document_nouveau'"/>
          </xsl:call-template>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="adm-document-form">
    <xsl:param name="action"/>
    <xsl:param name="key"/>
    <xsl:param name="current" select="/.."/>
    <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
      <input type="hidden" name="formulaire" value="{$key}"/>
      <xsl:choose>
        <xsl:when test="$current"><xsl:call-template name="adm-fixed"><xsl:with-param name="name" select="'code'"/><xsl:with-param name="value" select="$current/@code"/></xsl:call-template></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'code'"/>
            <xsl:with-param name="label" select="'Code du document'"/>
            <xsl:with-param name="help" select="'En minuscules, chiffres et tirets, par exemple lettre-envoi.'"/>
            <xsl:with-param name="maxlength" select="'40'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'titre'"/>
        <xsl:with-param name="label" select="'Titre'"/>
        <xsl:with-param name="current" select="$current/page:Title"/>
      </xsl:call-template>
      <xsl:call-template name="adm-textarea">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="name" select="'texte'"/>
        <xsl:with-param name="label" select="'Texte'"/>
        <xsl:with-param name="current" select="$current/page:Body"/>
        <xsl:with-param name="rows" select="'10'"/>
      </xsl:call-template>
      <div class="wsc-actions">
        <button type="submit" name="operation" value="document-enregistrer" class="wsc-button">
          <xsl:text>Enregistrer le document</xsl:text>
          <xsl:if test="$current"><span class="wsc-sr-only"><xsl:value-of select="concat(' « ', $current/page:Title, ' »')"/></span></xsl:if>
        </button>
      </div>
    </form>
  </xsl:template>

  <!-- ===================================================================== import and export -->

  <xsl:template name="adm-import">
    <xsl:param name="action"/>
    <xsl:variable name="export">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@export"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="key" select="'import'"/>
    <section class="adm-section" aria-labelledby="adm-import">
      <h2 id="adm-import">Importer ou exporter la définition</h2>
      <p><a href="{$export}">Télécharger la définition de la version affichée (XML)</a></p>
      <form method="post" action="{$action}" enctype="multipart/form-data" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
        <input type="hidden" name="formulaire" value="{$key}"/>
        <p class="wsc-help">Une définition complète (1 Mio au plus) devient le brouillon, si elle est valide, compatible avec le contrat national de la démarche et si son processus peut fonctionner ; sinon chaque problème est indiqué.</p>
        <div>
          <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-fichier')"/></xsl:call-template>
          <label for="f-{$key}-fichier" class="wsc-label">Fichier de la définition (XML)</label>
          <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-fichier')"/></xsl:call-template>
          <input id="f-{$key}-fichier" name="fichier" type="file" accept=".xml,application/xml,text/xml" class="wsc-input">
            <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-fichier')"/></xsl:call-template>
          </input>
        </div>
        <xsl:call-template name="adm-textarea">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'definition'"/>
          <xsl:with-param name="label" select="'Ou la définition collée ici'"/>
          <xsl:with-param name="required" select="false()"/>
          <xsl:with-param name="rows" select="'8'"/>
        </xsl:call-template>
        <div class="wsc-actions">
          <button type="submit" name="operation" value="import" class="wsc-button">Importer comme brouillon</button>
        </div>
      </form>
    </section>
  </xsl:template>

  <!-- ===================================================================== profiles and agents -->

  <xsl:template match="page:People">
    <xsl:variable name="action">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@href"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="people" select="."/>
    <h1>Agents et profils</h1>
    <xsl:call-template name="adm-nav">
      <xsl:with-param name="list" select="@list"/>
      <xsl:with-param name="people" select="@href"/>
      <xsl:with-param name="current" select="'people'"/>
    </xsl:call-template>
    <xsl:call-template name="adm-messages"/>

    <section class="adm-section" aria-labelledby="adm-profils">
      <h2 id="adm-profils">Profils</h2>
      <p>Un profil est un service de la commune : ses agents voient et traitent les dossiers des thématiques et démarches de son périmètre.</p>
      <xsl:choose>
        <xsl:when test="page:Profiles/page:Profile">
          <ul class="adm-list">
            <xsl:for-each select="page:Profiles/page:Profile">
              <li>
                <strong><xsl:value-of select="page:Label"/></strong>
                <xsl:text> </xsl:text>
                <code class="adm-code"><xsl:value-of select="@code"/></code>
                <xsl:text> : </xsl:text>
                <xsl:for-each select="page:Scope">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <xsl:value-of select="."/>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>La commune n'a pas encore de profil.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="key" select="'profil'"/>
      <details class="adm-edit">
        <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
        <summary>Créer ou modifier un profil</summary>
        <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
          <input type="hidden" name="formulaire" value="{$key}"/>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'code'"/>
            <xsl:with-param name="label" select="'Code du profil'"/>
            <xsl:with-param name="help" select="'En minuscules, chiffres et tirets, par exemple etat-civil ; le code d’un profil existant le modifie.'"/>
            <xsl:with-param name="maxlength" select="'40'"/>
          </xsl:call-template>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'libelle'"/>
            <xsl:with-param name="label" select="'Libellé'"/>
            <xsl:with-param name="maxlength" select="'100'"/>
          </xsl:call-template>
          <fieldset class="wsc-group" id="f-{$key}-perimetre">
            <legend class="wsc-legend">Périmètre : thématiques entières</legend>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-perimetre')"/></xsl:call-template>
            <xsl:for-each select="page:Themes/page:Theme">
              <xsl:call-template name="adm-choice">
                <xsl:with-param name="key" select="$key"/>
                <xsl:with-param name="name" select="'perimetre'"/>
                <xsl:with-param name="value" select="@code"/>
                <xsl:with-param name="label" select="text()"/>
              </xsl:call-template>
            </xsl:for-each>
          </fieldset>
          <details class="wsc-more">
            <summary>Ou des démarches une à une</summary>
            <xsl:for-each select="page:Themes/page:Theme[page:Procedure]">
              <fieldset class="wsc-group">
                <legend class="wsc-legend"><xsl:value-of select="text()"/></legend>
                <xsl:for-each select="page:Procedure">
                  <xsl:call-template name="adm-choice">
                    <xsl:with-param name="key" select="$key"/>
                    <xsl:with-param name="name" select="'perimetre'"/>
                    <xsl:with-param name="value" select="@code"/>
                    <xsl:with-param name="label" select="."/>
                  </xsl:call-template>
                </xsl:for-each>
              </fieldset>
            </xsl:for-each>
          </details>
          <div class="wsc-actions">
            <button type="submit" name="operation" value="profil" class="wsc-button">Enregistrer le profil</button>
          </div>
        </form>
      </details>
    </section>

    <section class="adm-section" aria-labelledby="adm-agents">
      <h2 id="adm-agents">Agents</h2>
      <div class="wsc-table-wrapper">
        <table class="wsc-table">
          <caption>Agents et administrateurs actifs de la commune</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Adresse électronique</th>
              <th scope="col">Rôle</th>
              <th scope="col">Profils</th>
              <th scope="col">Compte</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="page:Agents/page:Person">
              <tr>
                <th scope="row"><xsl:value-of select="page:Name"/></th>
                <td><xsl:value-of select="page:Email"/></td>
                <td><xsl:value-of select="page:Role"/></td>
                <td>
                  <xsl:for-each select="page:Profile">
                    <xsl:if test="position() &gt; 1">, </xsl:if>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                  <xsl:if test="not(page:Profile)">
                    <span aria-hidden="true">—</span>
                    <span class="wsc-sr-only">aucun</span>
                  </xsl:if>
                </td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@self = 'true'">Votre compte</xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="adm-button-form">
                        <xsl:with-param name="action" select="$action"/>
                        <xsl:with-param name="key" select="concat('desactiver-', @id)"/>
                        <xsl:with-param name="id" select="concat('f-desactiver-', @id)"/>
                        <xsl:with-param name="operation" select="'desactiver'"/>
                        <xsl:with-param name="label" select="'Désactiver'"/>
                        <xsl:with-param name="context" select="concat('le compte de ', page:Name)"/>
                        <xsl:with-param name="name" select="'agent'"/>
                        <xsl:with-param name="value" select="@id"/>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
      <xsl:variable name="key" select="'agent'"/>
      <xsl:variable name="role">
        <xsl:call-template name="adm-value">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'role'"/>
          <xsl:with-param name="current" select="'Agent'"/>
        </xsl:call-template>
      </xsl:variable>
      <details class="adm-edit">
        <xsl:call-template name="adm-open-attribute"><xsl:with-param name="key" select="$key"/></xsl:call-template>
        <summary>Créer un compte d'agent</summary>
        <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
          <input type="hidden" name="formulaire" value="{$key}"/>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'nom'"/>
            <xsl:with-param name="label" select="'Nom affiché'"/>
            <xsl:with-param name="maxlength" select="'100'"/>
          </xsl:call-template>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'email'"/>
            <xsl:with-param name="label" select="'Adresse électronique'"/>
            <xsl:with-param name="type" select="'email'"/>
            <xsl:with-param name="maxlength" select="'254'"/>
          </xsl:call-template>
          <xsl:call-template name="adm-input">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="name" select="'motDePasse'"/>
            <xsl:with-param name="label" select="'Mot de passe initial'"/>
            <xsl:with-param name="type" select="'password'"/>
            <xsl:with-param name="help" select="concat(@passwordMinLength, ' caractères au moins ; communiquez-le à son titulaire.')"/>
          </xsl:call-template>
          <div>
            <xsl:call-template name="adm-field-class"><xsl:with-param name="path" select="concat($key, '-role')"/></xsl:call-template>
            <label for="f-{$key}-role" class="wsc-label">Rôle</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-role')"/></xsl:call-template>
            <select id="f-{$key}-role" name="role" class="wsc-select">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="concat($key, '-role')"/></xsl:call-template>
              <xsl:call-template name="adm-option">
                <xsl:with-param name="value" select="'Agent'"/>
                <xsl:with-param name="label" select="'Agent : traite les dossiers de ses profils'"/>
                <xsl:with-param name="chosen" select="$role"/>
              </xsl:call-template>
              <xsl:call-template name="adm-option">
                <xsl:with-param name="value" select="'Administrator'"/>
                <xsl:with-param name="label" select="'Administrateur : tous les dossiers et l’administration de la commune'"/>
                <xsl:with-param name="chosen" select="$role"/>
              </xsl:call-template>
            </select>
          </div>
          <fieldset class="wsc-group" id="f-{$key}-profils">
            <legend class="wsc-legend">Profils</legend>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-profils')"/></xsl:call-template>
            <xsl:for-each select="$people/page:Profiles/page:Profile">
              <xsl:call-template name="adm-choice">
                <xsl:with-param name="key" select="$key"/>
                <xsl:with-param name="name" select="'profils'"/>
                <xsl:with-param name="value" select="@code"/>
                <xsl:with-param name="label" select="page:Label"/>
                <xsl:with-param name="sentinel" select="'nom'"/>
              </xsl:call-template>
            </xsl:for-each>
          </fieldset>
          <div class="wsc-actions">
            <button type="submit" name="operation" value="agent" class="wsc-button">Créer le compte</button>
          </div>
        </form>
      </details>
    </section>
  </xsl:template>

  <!-- ===================================================================== the commune's software (Flux.svc) -->

  <xsl:template match="page:Vendors">
    <xsl:variable name="action">
      <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@href"/></xsl:call-template>
    </xsl:variable>
    <h1>Logiciels de la commune</h1>
    <xsl:call-template name="adm-nav">
      <xsl:with-param name="list" select="@list"/>
      <xsl:with-param name="people" select="@people"/>
      <xsl:with-param name="current" select="'vendors'"/>
    </xsl:call-template>
    <xsl:call-template name="adm-messages"/>
    <p class="wsc-lead">Les logiciels des services de la commune (état civil, écoles, élections…) lisent par le service Flux les dossiers des démarches de leur périmètre, avec l’identifiant et le secret que vous leur remettez.</p>

    <xsl:for-each select="page:Secret">
      <section class="adm-section adm-secret" aria-labelledby="adm-secret" role="alert">
        <h2 id="adm-secret"><xsl:value-of select="page:Heading"/></h2>
        <p><strong><xsl:value-of select="page:Warning"/></strong></p>
        <dl class="adm-list">
          <dt>Identifiant du logiciel</dt>
          <dd><code class="adm-code"><xsl:value-of select="@client"/></code></dd>
          <dt>Secret</dt>
          <dd><code class="adm-code adm-secret-value"><xsl:value-of select="page:Value"/></code></dd>
        </dl>
      </section>
    </xsl:for-each>

    <section class="adm-section" aria-labelledby="adm-logiciels">
      <h2 id="adm-logiciels">Logiciels enregistrés</h2>
      <xsl:choose>
        <xsl:when test="page:Client">
          <xsl:for-each select="page:Client">
            <xsl:variable name="id" select="@id"/>
            <article class="adm-vendor" aria-labelledby="adm-logiciel-{$id}">
              <h3 id="adm-logiciel-{$id}"><xsl:value-of select="page:Name"/></h3>
              <dl class="adm-list">
                <dt>Identifiant</dt>
                <dd><code class="adm-code"><xsl:value-of select="$id"/></code></dd>
                <dt>Périmètre</dt>
                <dd>
                  <xsl:for-each select="page:Scope">
                    <xsl:if test="position() &gt; 1">, </xsl:if>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                </dd>
                <dt>Enregistré le</dt>
                <dd><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="@createdAt"/></xsl:call-template></dd>
                <xsl:if test="@rotatedAt">
                  <dt>Secret renouvelé le</dt>
                  <dd><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="@rotatedAt"/></xsl:call-template></dd>
                </xsl:if>
                <dt>État</dt>
                <dd>
                  <xsl:choose>
                    <xsl:when test="@revokedAt">
                      <xsl:text>Révoqué le </xsl:text>
                      <xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="@revokedAt"/></xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>Actif</xsl:otherwise>
                  </xsl:choose>
                </dd>
                <dt>Adresse de rappel (webhook)</dt>
                <dd>
                  <xsl:if test="page:Callback/@url">
                    <code class="adm-code"><xsl:value-of select="page:Callback/@url"/></code>
                    <xsl:text> : </xsl:text>
                  </xsl:if>
                  <xsl:value-of select="page:Callback"/>
                </dd>
              </dl>
              <xsl:for-each select="page:Suspended">
                <p class="wsc-note"><strong><xsl:value-of select="."/></strong></p>
              </xsl:for-each>
              <xsl:if test="not(@revokedAt)">
                <xsl:call-template name="adm-button-form">
                  <xsl:with-param name="action" select="$action"/>
                  <xsl:with-param name="key" select="concat('renouveler-', $id)"/>
                  <xsl:with-param name="operation" select="'renouveler'"/>
                  <xsl:with-param name="label" select="'Renouveler le secret'"/>
                  <xsl:with-param name="context" select="concat('de ', page:Name)"/>
                  <xsl:with-param name="name" select="'client'"/>
                  <xsl:with-param name="value" select="$id"/>
                  <xsl:with-param name="id" select="concat('f-renouveler-', $id)"/>
                </xsl:call-template>
                <details class="adm-edit">
                  <summary>Révoquer<span class="wsc-sr-only"><xsl:value-of select="concat(' ', page:Name)"/></span>…</summary>
                  <p>Le logiciel ne pourra plus appeler la plateforme, définitivement ; ce qu’il a fait reste dans l’historique des dossiers.</p>
                  <xsl:call-template name="adm-button-form">
                    <xsl:with-param name="action" select="$action"/>
                    <xsl:with-param name="key" select="concat('revoquer-', $id)"/>
                    <xsl:with-param name="operation" select="'revoquer'"/>
                    <xsl:with-param name="label" select="'Confirmer la révocation'"/>
                    <xsl:with-param name="context" select="concat('de ', page:Name)"/>
                    <xsl:with-param name="name" select="'client'"/>
                    <xsl:with-param name="value" select="$id"/>
                    <xsl:with-param name="id" select="concat('f-revoquer-', $id)"/>
                  </xsl:call-template>
                </details>
              </xsl:if>
              <details class="wsc-more">
                <summary>Journal des livraisons<span class="wsc-sr-only"><xsl:value-of select="concat(' de ', page:Name)"/></span></summary>
                <xsl:choose>
                  <xsl:when test="page:Attempt">
                    <div class="wsc-table-wrapper">
                      <table class="wsc-table">
                        <caption>Dernières tentatives de livraison à <xsl:value-of select="page:Name"/></caption>
                        <thead>
                          <tr>
                            <th scope="col">Date</th>
                            <th scope="col">Événement</th>
                            <th scope="col">Dossier</th>
                            <th scope="col">Tentative</th>
                            <th scope="col">Résultat</th>
                          </tr>
                        </thead>
                        <tbody>
                          <xsl:for-each select="page:Attempt">
                            <tr>
                              <td><xsl:call-template name="wsc-datetime"><xsl:with-param name="value" select="@at"/></xsl:call-template></td>
                              <td><xsl:value-of select="@event"/></td>
                              <td><xsl:value-of select="@dossier"/></td>
                              <td><xsl:value-of select="@number"/></td>
                              <td>
                                <xsl:value-of select="page:Outcome"/>
                                <xsl:if test="@status"><xsl:value-of select="concat(' (HTTP ', @status, ')')"/></xsl:if>
                                <xsl:if test="page:Error"><xsl:value-of select="concat(' : ', page:Error)"/></xsl:if>
                              </td>
                            </tr>
                          </xsl:for-each>
                        </tbody>
                      </table>
                    </div>
                  </xsl:when>
                  <xsl:otherwise><p>Aucune livraison tentée.</p></xsl:otherwise>
                </xsl:choose>
              </details>
            </article>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p>La commune n’a encore enregistré aucun logiciel.</p></xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="adm-section" aria-labelledby="adm-logiciel-nouveau">
      <h2 id="adm-logiciel-nouveau">Enregistrer un logiciel</h2>
      <xsl:variable name="key" select="'logiciel'"/>
      <form method="post" action="{$action}" class="wsc-form adm-form" id="f-{$key}" accept-charset="UTF-8">
        <input type="hidden" name="formulaire" value="{$key}"/>
        <!-- The one-time key of this rendering: the same post again registers nothing more. -->
        <input type="hidden" name="clientRequestId" value="{@registration}"/>
        <xsl:call-template name="adm-input">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="name" select="'nom'"/>
          <xsl:with-param name="label" select="'Nom du logiciel'"/>
          <xsl:with-param name="help" select="'Par exemple : Logiciel d’état civil (éditeur).'"/>
          <xsl:with-param name="maxlength" select="'100'"/>
        </xsl:call-template>
        <fieldset class="wsc-group" id="f-{$key}-perimetre">
          <legend class="wsc-legend">Périmètre : thématiques entières</legend>
          <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="concat($key, '-perimetre')"/></xsl:call-template>
          <xsl:for-each select="page:Themes/page:Theme">
            <xsl:call-template name="adm-choice">
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="name" select="'perimetre'"/>
              <xsl:with-param name="value" select="@code"/>
              <xsl:with-param name="label" select="text()"/>
              <xsl:with-param name="sentinel" select="'nom'"/>
            </xsl:call-template>
          </xsl:for-each>
        </fieldset>
        <details class="wsc-more">
          <summary>Ou des démarches une à une</summary>
          <xsl:for-each select="page:Themes/page:Theme[page:Procedure]">
            <fieldset class="wsc-group">
              <legend class="wsc-legend"><xsl:value-of select="text()"/></legend>
              <xsl:for-each select="page:Procedure">
                <xsl:call-template name="adm-choice">
                  <xsl:with-param name="key" select="$key"/>
                  <xsl:with-param name="name" select="'perimetre'"/>
                  <xsl:with-param name="value" select="@code"/>
                  <xsl:with-param name="label" select="."/>
                  <xsl:with-param name="sentinel" select="'nom'"/>
                </xsl:call-template>
              </xsl:for-each>
            </fieldset>
          </xsl:for-each>
        </details>
        <div class="wsc-actions">
          <button type="submit" name="operation" value="enregistrer" class="wsc-button">Enregistrer le logiciel</button>
        </div>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
