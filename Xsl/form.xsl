<?xml version="1.0" encoding="UTF-8"?>
<!--
  The form of a procedure, from tns:GetFormResult found anywhere in the input: a GetForm SOAP
  response, or the platform's page document (page:Page), which may add page:Values to refill and
  page:Errors to announce.

  Parameters (besides standalone and assets, see common.xsl):
    action      where the form posts; empty (default): no action attribute, the form posts to the
                address of the page itself.
    request-id  idempotency key of this rendering, posted back as the hidden field clientRequestId
                (omitted when empty).
    submit-label  the label of the submit button (default « Envoyer la demande »).
  A page:Notice of the page document (values pre-filled, data saved) is said under the title.
  tns:ExpectedDelay, when the commune publishes its delays, is said under the summary (« Délai habituel : … »).

  A stylesheet importing this one (backoffice-filing.xsl, the agents' counter form) may add controls of
  its own at the start of the form by defining the named template wsc-form-start, and name them in the
  variable wsc-own-controls (paths separated by spaces) so that the error summary links to them.

  Every control is named after its field's path (titulaire.nomNaissance) and identified by
  "f-" + the path with dashes (f-titulaire-nomNaissance); its help is {id}-aide, its error {id}-erreur.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="tns page">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:param name="action" select="''"/>
  <xsl:param name="request-id" select="''"/>
  <!-- The label of the submit button (the platform's profile page says « Enregistrer mes informations »). -->
  <xsl:param name="submit-label" select="'Envoyer la demande'"/>

  <xsl:variable name="wsc-values" select="//page:Values/page:Value"/>
  <xsl:variable name="wsc-errors" select="//page:Errors/page:Error"/>
  <!-- The paths of the controls an importing stylesheet adds (wsc-form-start), linked from the error summary. -->
  <xsl:variable name="wsc-own-controls" select="''"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//tns:GetFormResult">
        <xsl:apply-templates select="(//tns:GetFormResult)[1]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Formulaire indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tns:GetFormResult">
    <xsl:call-template name="wsc-page">
      <xsl:with-param name="title">
        <xsl:if test="$wsc-errors">Erreur : </xsl:if>
        <xsl:value-of select="normalize-space(tns:Procedure/tns:Title)"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================== page content -->

  <xsl:template match="tns:GetFormResult" mode="wsc-content">
    <xsl:call-template name="wsc-theme-label">
      <xsl:with-param name="label" select="string(tns:Procedure/tns:ThemeLabel)"/>
    </xsl:call-template>
    <h1><xsl:value-of select="tns:Procedure/tns:Title"/></h1>
    <xsl:if test="$wsc-errors">
      <xsl:call-template name="wsc-error-summary"/>
    </xsl:if>
    <xsl:if test="//page:Notice">
      <p class="wsc-notice" role="status"><xsl:value-of select="//page:Notice"/></p>
    </xsl:if>
    <xsl:if test="normalize-space(tns:Procedure/tns:Summary) != ''">
      <p class="wsc-lead"><xsl:value-of select="tns:Procedure/tns:Summary"/></p>
    </xsl:if>
    <xsl:if test="normalize-space(tns:ExpectedDelay/tns:Text) != ''">
      <p class="wsc-expected-delay">
        <strong>Délai habituel :</strong>
        <xsl:value-of select="concat(' ', tns:ExpectedDelay/tns:Text)"/>
      </p>
    </xsl:if>
    <xsl:call-template name="wsc-steps-list">
      <xsl:with-param name="steps" select="tns:Steps/tns:Step"/>
    </xsl:call-template>
    <form method="post" class="wsc-form" accept-charset="UTF-8">
      <xsl:if test="$action != ''">
        <xsl:attribute name="action">
          <xsl:call-template name="wsc-escape-uri">
            <xsl:with-param name="s" select="$action"/>
          </xsl:call-template>
        </xsl:attribute>
      </xsl:if>
      <xsl:if test="$request-id != ''">
        <input type="hidden" name="clientRequestId" value="{$request-id}"/>
      </xsl:if>
      <xsl:if test="tns:Fields//tns:Field[tns:Required = 'true' or tns:Required = '1']">
        <p class="wsc-required-note">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      </xsl:if>
      <xsl:call-template name="wsc-form-start"/>
      <xsl:apply-templates select="tns:Fields/tns:Field"/>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button"><xsl:value-of select="$submit-label"/></button>
      </div>
    </form>
  </xsl:template>

  <!-- The controls an importing stylesheet puts before the procedure's fields: none here. -->
  <xsl:template name="wsc-form-start"/>

  <xsl:template name="wsc-error-summary">
    <xsl:variable name="form" select="."/>
    <div class="wsc-errors" role="alert" tabindex="-1" id="wsc-erreurs">
      <h2>
        <xsl:value-of select="concat('Le formulaire contient ', count($wsc-errors), ' erreur')"/>
        <xsl:if test="count($wsc-errors) &gt; 1">s</xsl:if>
      </h2>
      <ul>
        <xsl:for-each select="$wsc-errors">
          <li>
            <xsl:choose>
              <xsl:when test="string(@field) != '' and ($form/tns:Fields//tns:Field[string(tns:Path) = string(current()/@field)]
                              or contains(concat(' ', $wsc-own-controls, ' '), concat(' ', @field, ' ')))">
                <a href="#f-{translate(@path, '.[]', '--')}"><xsl:value-of select="."/></a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

  <!-- ===================================================================== fields -->

  <!--
    Controls are named after where their value stands in the request: the path of the field, with
    the rank of each instance of a repeated group (enfants[2].prenom). Each template receives the
    prefix of its parent (titulaire., enfants[2].) and whether it sits in an optional instance.
  -->

  <!-- Groups, postal addresses, geographic points and slots: a fieldset, its legend, help, errors, then its parts. -->
  <xsl:template match="tns:Field[tns:Type = 'group' or tns:Type = 'postalAddress' or tns:Type = 'geoPoint' or tns:Type = 'timeSlot']">
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="optional" select="false()"/>
    <xsl:variable name="path" select="concat($prefix, tns:Name)"/>
    <xsl:variable name="id" select="concat('f-', translate($path, '.[]', '--'))"/>
    <xsl:variable name="errors" select="$wsc-errors[string(@path) = $path]"/>
    <fieldset id="{$id}" class="wsc-group{substring(' wsc-address', 1, 12 * (tns:Type = 'postalAddress'))}">
      <xsl:call-template name="wsc-describedby">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="errors" select="$errors"/>
      </xsl:call-template>
      <legend class="wsc-legend"><xsl:value-of select="tns:Label"/></legend>
      <xsl:call-template name="wsc-help-and-errors">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="errors" select="$errors"/>
      </xsl:call-template>
      <xsl:apply-templates select="tns:Fields/tns:Field">
        <xsl:with-param name="prefix" select="concat($path, '.')"/>
        <xsl:with-param name="optional" select="$optional"/>
      </xsl:apply-templates>
    </fieldset>
  </xsl:template>

  <!--
    A repeated group (the children of a family): one fieldset per instance, numbered. The instances
    the definition requires are shown; each further one sits in a closed <details> the citizen opens
    to add it, open already when it holds values or errors (a form sent back).
  -->
  <xsl:template match="tns:Field[tns:Type = 'group' and number(tns:MaxOccurs) &gt; 1]" priority="2">
    <xsl:param name="prefix" select="''"/>
    <xsl:variable name="path" select="concat($prefix, tns:Name)"/>
    <xsl:variable name="id" select="concat('f-', translate($path, '.[]', '--'))"/>
    <xsl:variable name="errors" select="$wsc-errors[string(@path) = $path]"/>
    <div id="{$id}" class="wsc-repeat">
      <p class="wsc-repeat-title"><xsl:value-of select="tns:Label"/></p>
      <xsl:call-template name="wsc-help-and-errors">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="errors" select="$errors"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-instances">
        <xsl:with-param name="path" select="$path"/>
        <xsl:with-param name="rank" select="1"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template name="wsc-instances">
    <xsl:param name="path"/>
    <xsl:param name="rank"/>
    <xsl:variable name="shown" select="number(tns:MinOccurs) + (number(tns:MinOccurs) = 0)"/>
    <xsl:variable name="instance" select="concat($path, '[', $rank, ']')"/>
    <xsl:variable name="legend" select="concat(tns:Label, ' – n° ', $rank)"/>
    <xsl:choose>
      <xsl:when test="$rank &lt;= $shown">
        <xsl:apply-templates select="." mode="wsc-instance">
          <xsl:with-param name="instance" select="$instance"/>
          <xsl:with-param name="legend" select="$legend"/>
          <xsl:with-param name="optional" select="$rank &gt; number(tns:MinOccurs)"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <details class="wsc-more">
          <xsl:if test="$wsc-values[starts-with(@path, concat($instance, '.'))] or $wsc-errors[starts-with(@path, concat($instance, '.'))]">
            <xsl:attribute name="open">open</xsl:attribute>
          </xsl:if>
          <summary><xsl:value-of select="concat('Ajouter : ', $legend)"/></summary>
          <xsl:apply-templates select="." mode="wsc-instance">
            <xsl:with-param name="instance" select="$instance"/>
            <xsl:with-param name="legend" select="$legend"/>
            <xsl:with-param name="optional" select="true()"/>
          </xsl:apply-templates>
        </details>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$rank &lt; number(tns:MaxOccurs)">
      <xsl:call-template name="wsc-instances">
        <xsl:with-param name="path" select="$path"/>
        <xsl:with-param name="rank" select="$rank + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tns:Field" mode="wsc-instance">
    <xsl:param name="instance"/>
    <xsl:param name="legend"/>
    <xsl:param name="optional"/>
    <xsl:variable name="id" select="concat('f-', translate($instance, '.[]', '--'))"/>
    <fieldset id="{$id}" class="wsc-group wsc-instance">
      <legend class="wsc-legend"><xsl:value-of select="$legend"/></legend>
      <xsl:apply-templates select="tns:Fields/tns:Field">
        <xsl:with-param name="prefix" select="concat($instance, '.')"/>
        <xsl:with-param name="optional" select="$optional"/>
      </xsl:apply-templates>
    </fieldset>
  </xsl:template>

  <!--
    A document to provide: described, not uploaded here; the citizen is told how to send it.
  -->
  <xsl:template match="tns:Field[tns:Type = 'attachment']">
    <div class="wsc-field wsc-field-attachment">
      <p class="wsc-label">
        <xsl:value-of select="tns:Label"/>
        <xsl:if test="tns:Required = 'true' or tns:Required = '1'">
          <span class="wsc-attachment-required"> (pièce obligatoire)</span>
        </xsl:if>
      </p>
      <xsl:if test="normalize-space(tns:Help) != ''">
        <p class="wsc-help"><xsl:value-of select="tns:Help"/></p>
      </xsl:if>
      <p class="wsc-help">
        <xsl:text>Formats acceptés : </xsl:text>
        <xsl:call-template name="wsc-media-types">
          <xsl:with-param name="list" select="normalize-space(tns:Accept)"/>
        </xsl:call-template>
        <xsl:if test="number(tns:MaxSizeKb) &gt; 0">
          <xsl:value-of select="concat(' ; ', round(number(tns:MaxSizeKb) div 1024 * 10) div 10, ' Mo au plus')"/>
        </xsl:if>
        <xsl:text>. Après l'envoi, joignez-la à votre dossier depuis votre espace citoyen (« Mes documents »), ou suivez les indications de la mairie.</xsl:text>
      </p>
    </div>
  </xsl:template>

  <!-- application/pdf image/jpeg → PDF, JPEG -->
  <xsl:template name="wsc-media-types">
    <xsl:param name="list"/>
    <xsl:variable name="first">
      <xsl:choose>
        <xsl:when test="contains($list, ' ')"><xsl:value-of select="substring-before($list, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$list"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="translate(substring-after($first, '/'), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
    <xsl:if test="contains($list, ' ')">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="wsc-media-types">
        <xsl:with-param name="list" select="substring-after($list, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Any other field: label, help, errors, control. -->
  <xsl:template match="tns:Field">
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="optional" select="false()"/>
    <xsl:variable name="path" select="concat($prefix, tns:Name)"/>
    <xsl:variable name="id" select="concat('f-', translate($path, '.[]', '--'))"/>
    <xsl:variable name="errors" select="$wsc-errors[string(@path) = $path]"/>
    <!-- Required, unless inside an optional group, address or instance: its parts are required only when it is given. -->
    <xsl:variable name="required" select="(tns:Required = 'true' or tns:Required = '1') and not($optional)
                                          and not(ancestor::tns:Field[not(tns:Required = 'true' or tns:Required = '1')])"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>wsc-field wsc-field-</xsl:text>
        <xsl:value-of select="tns:Type"/>
        <xsl:if test="$errors"> wsc-field-invalid</xsl:if>
      </xsl:attribute>
      <label for="{$id}" class="wsc-label">
        <xsl:value-of select="tns:Label"/>
        <xsl:if test="$required">
          <span class="wsc-required" aria-hidden="true">*</span>
        </xsl:if>
      </label>
      <xsl:call-template name="wsc-help-and-errors">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="errors" select="$errors"/>
      </xsl:call-template>
      <xsl:apply-templates select="." mode="wsc-control">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$path"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
        <xsl:with-param name="value" select="string($wsc-values[string(@path) = $path][1])"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <xsl:template name="wsc-help-and-errors">
    <xsl:param name="id"/>
    <xsl:param name="errors"/>
    <xsl:if test="normalize-space(tns:Help) != ''">
      <p class="wsc-help" id="{$id}-aide"><xsl:value-of select="tns:Help"/></p>
    </xsl:if>
    <xsl:if test="$errors">
      <p class="wsc-error" id="{$id}-erreur">
        <span class="wsc-sr-only">Erreur : </span>
        <xsl:for-each select="$errors">
          <xsl:if test="position() &gt; 1">
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- aria-describedby: the help, then the error, when there are. -->
  <xsl:template name="wsc-describedby">
    <xsl:param name="id"/>
    <xsl:param name="errors"/>
    <xsl:variable name="help">
      <xsl:if test="normalize-space(tns:Help) != ''"><xsl:value-of select="concat($id, '-aide')"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="error">
      <xsl:if test="$errors"><xsl:value-of select="concat($id, '-erreur')"/></xsl:if>
    </xsl:variable>
    <xsl:if test="string($help) != '' or string($error) != ''">
      <xsl:attribute name="aria-describedby">
        <xsl:value-of select="normalize-space(concat($help, ' ', $error))"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The attributes every control has: id, name, required, ARIA. -->
  <xsl:template name="wsc-control-attributes">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
    <xsl:attribute name="name"><xsl:value-of select="$name"/></xsl:attribute>
    <xsl:if test="$required">
      <xsl:attribute name="required"></xsl:attribute>
      <xsl:attribute name="aria-required">true</xsl:attribute>
    </xsl:if>
    <xsl:call-template name="wsc-describedby">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="errors" select="$errors"/>
    </xsl:call-template>
    <xsl:if test="$errors">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="wsc-value-attribute">
    <xsl:param name="value"/>
    <xsl:if test="$value != ''">
      <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="wsc-maxlength">
    <xsl:param name="default"/>
    <xsl:variable name="max" select="normalize-space(tns:MaxLength)"/>
    <xsl:choose>
      <xsl:when test="$max != '' and translate($max, '0123456789', '') = ''">
        <xsl:attribute name="maxlength"><xsl:value-of select="$max"/></xsl:attribute>
      </xsl:when>
      <xsl:when test="$default != ''">
        <xsl:attribute name="maxlength"><xsl:value-of select="$default"/></xsl:attribute>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="wsc-autocomplete">
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="normalize-space(tns:Autocomplete) != ''">
        <xsl:attribute name="autocomplete"><xsl:value-of select="normalize-space(tns:Autocomplete)"/></xsl:attribute>
      </xsl:when>
      <xsl:when test="$default != ''">
        <xsl:attribute name="autocomplete"><xsl:value-of select="$default"/></xsl:attribute>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== controls by type -->

  <xsl:template match="tns:Field[tns:Type = 'freeText']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <textarea class="wsc-textarea" rows="6">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-maxlength">
        <xsl:with-param name="default" select="'4000'"/>
      </xsl:call-template>
      <xsl:value-of select="$value"/>
    </textarea>
  </xsl:template>

  <xsl:template match="tns:Field[tns:Type = 'enum']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <select class="wsc-select">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:if test="not($required) or $value = '' or not(tns:Options/tns:Option[string(tns:Value) = $value])">
        <option value="">— Choisir —</option>
      </xsl:if>
      <xsl:for-each select="tns:Options/tns:Option">
        <option value="{tns:Value}">
          <xsl:if test="$value != '' and string(tns:Value) = $value">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="tns:Label"/>
        </option>
      </xsl:for-each>
    </select>
  </xsl:template>

  <xsl:template match="tns:Field[tns:Type = 'date']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="date" class="wsc-input wsc-input-date">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <!-- Only actual dates: "today" and other relative bounds are checked by the server. -->
      <xsl:for-each select="tns:Min | tns:Max">
        <xsl:variable name="bound" select="normalize-space(.)"/>
        <xsl:if test="string-length($bound) = 10 and substring($bound, 5, 1) = '-' and substring($bound, 8, 1) = '-'
                      and translate($bound, '0123456789', '') = '--'">
          <xsl:attribute name="{translate(local-name(), 'M', 'm')}"><xsl:value-of select="$bound"/></xsl:attribute>
        </xsl:if>
      </xsl:for-each>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <xsl:template match="tns:Field[tns:Type = 'integer']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="number" class="wsc-input wsc-input-number" step="1" inputmode="numeric">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:for-each select="tns:Min | tns:Max">
        <xsl:variable name="bound" select="normalize-space(.)"/>
        <xsl:if test="$bound != '' and translate(substring($bound, 2), '0123456789', '') = ''
                      and translate(substring($bound, 1, 1), '0123456789-', '') = '' and $bound != '-'">
          <xsl:attribute name="{translate(local-name(), 'M', 'm')}"><xsl:value-of select="$bound"/></xsl:attribute>
        </xsl:if>
      </xsl:for-each>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <xsl:template match="tns:Field[tns:Type = 'email']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="email" class="wsc-input" spellcheck="false">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-maxlength">
        <xsl:with-param name="default" select="'254'"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-autocomplete">
        <xsl:with-param name="default" select="'email'"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <xsl:template match="tns:Field[tns:Type = 'phone']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="tel" class="wsc-input wsc-input-phone">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-maxlength">
        <xsl:with-param name="default" select="'25'"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-autocomplete">
        <xsl:with-param name="default" select="'tel'"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <!-- Yes or no: a list with an empty first choice, so that an unanswered question stays unanswered. -->
  <xsl:template match="tns:Field[tns:Type = 'boolean']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <select class="wsc-select">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <option value="">— Choisir —</option>
      <option value="true">
        <xsl:if test="$value = 'true' or $value = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:text>Oui</xsl:text>
      </option>
      <option value="false">
        <xsl:if test="$value = 'false' or $value = '0'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:text>Non</xsl:text>
      </option>
    </select>
  </xsl:template>

  <!-- Decimal numbers and amounts: text with a decimal keypad (type=number would reject a comma silently). -->
  <xsl:template match="tns:Field[tns:Type = 'decimal' or tns:Type = 'money']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="text" class="wsc-input wsc-input-number" inputmode="decimal" spellcheck="false">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <!-- SIRET (14 digits) and RNA (W and 9 digits) numbers. -->
  <xsl:template match="tns:Field[tns:Type = 'siret' or tns:Type = 'rna']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="text" class="wsc-input wsc-input-code" spellcheck="false">
      <xsl:attribute name="maxlength"><xsl:value-of select="14 - 4 * (tns:Type = 'rna')"/></xsl:attribute>
      <xsl:attribute name="pattern">
        <xsl:choose>
          <xsl:when test="tns:Type = 'rna'">W[0-9]{9}</xsl:when>
          <xsl:otherwise>[0-9]{14}</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="tns:Type = 'siret'"><xsl:attribute name="inputmode">numeric</xsl:attribute></xsl:if>
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <!-- INSEE code: letters are possible (2A, 2B), so no numeric input mode. -->
  <xsl:template match="tns:Field[tns:Type = 'communeCode']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="text" class="wsc-input wsc-input-code" maxlength="5" pattern="([0-9]{{2}}|2A|2B)[0-9]{{3}}" spellcheck="false">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-autocomplete">
        <xsl:with-param name="default" select="''"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <!-- A time of day, HH:MM. -->
  <xsl:template match="tns:Field[tns:Type = 'time']" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="time" class="wsc-input wsc-input-short" step="60">
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:if test="normalize-space(tns:Min) != ''"><xsl:attribute name="min"><xsl:value-of select="tns:Min"/></xsl:attribute></xsl:if>
      <xsl:if test="normalize-space(tns:Max) != ''"><xsl:attribute name="max"><xsl:value-of select="tns:Max"/></xsl:attribute></xsl:if>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

  <!-- text, and any type this stylesheet does not know yet: a text input. -->
  <xsl:template match="tns:Field" mode="wsc-control">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="errors"/>
    <xsl:param name="required"/>
    <xsl:param name="value"/>
    <input type="text">
      <xsl:attribute name="class">
        <xsl:text>wsc-input</xsl:text>
        <xsl:variable name="max" select="normalize-space(tns:MaxLength)"/>
        <xsl:if test="$max != '' and translate($max, '0123456789', '') = '' and number($max) &lt;= 10"> wsc-input-short</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="wsc-control-attributes">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="required" select="$required"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-maxlength">
        <xsl:with-param name="default" select="''"/>
      </xsl:call-template>
      <xsl:if test="normalize-space(tns:Pattern) != ''">
        <xsl:attribute name="pattern"><xsl:value-of select="tns:Pattern"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="wsc-autocomplete">
        <xsl:with-param name="default" select="''"/>
      </xsl:call-template>
      <xsl:call-template name="wsc-value-attribute">
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </input>
  </xsl:template>

</xsl:stylesheet>
