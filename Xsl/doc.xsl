<?xml version="1.0" encoding="UTF-8"?>
<!--
  The documentation page of one procedure (/docs/{code}), for commune webmasters and software
  vendors, from the page:Documentation found anywhere in the input (/docs/{code}?format=xml). It holds:
    d:procedure          the procedure's definition file, as committed (Services/Catalogue/{theme}/…)
    wsdl:definitions     the procedure's WSDL, as committed (Wsdl/procedures/{code}.wsdl)
    page:Addresses       the public addresses: @platform, @endpoint, @wsdl, @xsd, @form, @page, and the
                         commune of the samples (@commune, @communeName)
    page:Composites      for each composite field (postal address, WGS84 point, slot), page:Parts[@path]
                         holding its parts written as definition fields (d:field)
    page:SampleRequest   a valid Submit envelope built from the definition, as text
    page:SampleResponse  the response to it (illustrative number, code and time), as text

  Every section is read from those sources: purpose, who may ask, processing and sources from the
  definition's documentation; the operations from the WSDL (portType, messages, their elements and the
  binding's SOAPAction); every field with its path in the request, its type, whether it is required and
  its constraints; the workflow steps; the samples; the embedding snippets (iframe and PHP), written
  with the platform's address and the procedure's code.

  Each table sits in a focusable region named by its caption: on a narrow screen it scrolls sideways,
  and a keyboard user can scroll it too. Code to copy is in <pre><code>, as text (never with
  disable-output-escaping).

  Parameters: standalone, assets (see common.xsl). Same rules as every published stylesheet: XSLT 1.0
  without extensions, identical HTML on .NET, libxslt and Saxon after canonicalisation.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                xmlns:d="http://webservicescitoyens.fr/schemas/definition/v1"
                xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
                xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                exclude-result-prefixes="tns page d wsdl soap xs">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="doc-parts" select="(//page:Documentation)[1]/page:Composites/page:Parts"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//page:Documentation[d:procedure]">
        <xsl:apply-templates select="(//page:Documentation[d:procedure])[1]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Documentation indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page:Documentation">
    <xsl:call-template name="wsc-page">
      <xsl:with-param name="title" select="concat('Documentation : ', normalize-space(d:procedure/d:title))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================== page content -->

  <xsl:template match="page:Documentation" mode="wsc-content">
    <xsl:variable name="procedure" select="d:procedure"/>
    <div class="wsc-doc">
      <xsl:call-template name="wsc-theme-label">
        <xsl:with-param name="label" select="string(@themeLabel)"/>
      </xsl:call-template>
      <h1><xsl:value-of select="normalize-space($procedure/d:title)"/></h1>
      <p class="wsc-lead"><xsl:value-of select="normalize-space($procedure/d:summary)"/></p>
      <dl class="wsc-doc-facts">
        <div>
          <dt>Code de la démarche</dt>
          <dd><code><xsl:value-of select="$procedure/@code"/></code></dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd><xsl:value-of select="$procedure/@version"/></dd>
        </div>
        <div>
          <dt>Type de la demande</dt>
          <dd><code><xsl:value-of select="$procedure/@requestType"/></code></dd>
        </div>
      </dl>
      <xsl:call-template name="doc-contents">
        <xsl:with-param name="procedure" select="$procedure"/>
      </xsl:call-template>

      <h2 id="objet">Objet de la démarche</h2>
      <p><xsl:value-of select="normalize-space($procedure/d:documentation/d:purpose)"/></p>
      <h2 id="demandeurs">Qui peut faire la demande</h2>
      <p><xsl:value-of select="normalize-space($procedure/d:documentation/d:whoMayAsk)"/></p>
      <h2 id="traitement">Traitement de la demande</h2>
      <p><xsl:value-of select="normalize-space($procedure/d:documentation/d:processing)"/></p>
      <h2 id="sources">Sources</h2>
      <p><xsl:value-of select="normalize-space($procedure/d:documentation/d:sources)"/></p>

      <xsl:call-template name="doc-addresses">
        <xsl:with-param name="addresses" select="page:Addresses"/>
      </xsl:call-template>
      <xsl:call-template name="doc-operations">
        <xsl:with-param name="wsdl" select="wsdl:definitions"/>
      </xsl:call-template>
      <xsl:call-template name="doc-fields">
        <xsl:with-param name="procedure" select="$procedure"/>
      </xsl:call-template>
      <xsl:call-template name="doc-steps">
        <xsl:with-param name="procedure" select="$procedure"/>
      </xsl:call-template>
      <xsl:call-template name="doc-samples">
        <xsl:with-param name="wsdl" select="wsdl:definitions"/>
      </xsl:call-template>
      <xsl:call-template name="doc-embedding">
        <xsl:with-param name="procedure" select="$procedure"/>
      </xsl:call-template>
      <xsl:variable name="index">
        <xsl:call-template name="wsc-safe-url">
          <xsl:with-param name="url" select="concat(page:Addresses/@platform, '/docs')"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="string($index) != ''">
        <p class="wsc-doc-back"><a href="{$index}">Toutes les démarches documentées</a></p>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template name="doc-contents">
    <xsl:param name="procedure"/>
    <nav class="wsc-doc-contents" aria-labelledby="sommaire">
      <h2 id="sommaire">Sommaire</h2>
      <ul>
        <li><a href="#objet">Objet de la démarche</a></li>
        <li><a href="#demandeurs">Qui peut faire la demande</a></li>
        <li><a href="#traitement">Traitement de la demande</a></li>
        <li><a href="#sources">Sources</a></li>
        <li><a href="#adresses">Adresses du service</a></li>
        <li><a href="#operations">Opérations</a></li>
        <li><a href="#champs">Champs de la demande</a></li>
        <xsl:if test="$procedure/d:form//d:field[@type = 'attachment']">
          <li><a href="#pieces">Pièces justificatives</a></li>
        </xsl:if>
        <li><a href="#etapes">Étapes du traitement</a></li>
        <li><a href="#exemple">Exemple de requête et de réponse</a></li>
        <li><a href="#integrer">Intégrer la démarche au site de la commune</a></li>
      </ul>
    </nav>
  </xsl:template>

  <!-- ===================================================================== addresses -->

  <xsl:template name="doc-addresses">
    <xsl:param name="addresses"/>
    <h2 id="adresses">Adresses du service</h2>
    <div class="wsc-table-wrapper" role="region" tabindex="0" aria-labelledby="tableau-adresses">
      <table class="wsc-table wsc-doc-table">
        <caption id="tableau-adresses">Adresses publiques de la démarche</caption>
        <thead>
          <tr>
            <th scope="col">Ressource</th>
            <th scope="col">Adresse</th>
          </tr>
        </thead>
        <tbody>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Point d’accès du service SOAP 1.1 (POST)'"/>
            <xsl:with-param name="url" select="$addresses/@endpoint"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Contrat WSDL 1.1 (schéma inclus)'"/>
            <xsl:with-param name="url" select="$addresses/@wsdl"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Schéma XSD seul'"/>
            <xsl:with-param name="url" select="$addresses/@xsd"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="concat('Formulaire hébergé, pour la commune de démonstration (', $addresses/@communeName, ', ', $addresses/@commune, ')')"/>
            <xsl:with-param name="url" select="$addresses/@form"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Feuille de style du formulaire (réponse de GetForm)'"/>
            <xsl:with-param name="url" select="concat($addresses/@platform, '/xsl/form.xsl')"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Feuille de style du récépissé (réponse de Submit)'"/>
            <xsl:with-param name="url" select="concat($addresses/@platform, '/xsl/receipt.xsl')"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Feuille de style du suivi (réponse de GetStatus)'"/>
            <xsl:with-param name="url" select="concat($addresses/@platform, '/xsl/status.xsl')"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Feuille de style CSS des pages'"/>
            <xsl:with-param name="url" select="concat($addresses/@platform, '/css/wsc.css')"/>
          </xsl:call-template>
          <xsl:call-template name="doc-address-row">
            <xsl:with-param name="label" select="'Cette documentation, au format XML'"/>
            <xsl:with-param name="url" select="concat($addresses/@page, '?format=xml')"/>
          </xsl:call-template>
        </tbody>
      </table>
    </div>
    <p>Dans l’adresse du formulaire hébergé, remplacez <code><xsl:value-of select="$addresses/@commune"/></code> par le code INSEE de la commune. Le formulaire n’est disponible que pour une commune qui propose la démarche en ligne.</p>
  </xsl:template>

  <xsl:template name="doc-address-row">
    <xsl:param name="label"/>
    <xsl:param name="url"/>
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$url"/>
      </xsl:call-template>
    </xsl:variable>
    <tr>
      <th scope="row"><xsl:value-of select="$label"/></th>
      <td>
        <xsl:choose>
          <xsl:when test="string($href) != ''">
            <a href="{$href}"><code><xsl:value-of select="$url"/></code></a>
          </xsl:when>
          <xsl:otherwise><code><xsl:value-of select="$url"/></code></xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <!-- ===================================================================== operations, from the WSDL -->

  <xsl:template name="doc-operations">
    <xsl:param name="wsdl"/>
    <h2 id="operations">Opérations</h2>
    <p>Service SOAP 1.1 en style document/literal « wrapped » (WS-I Basic Profile), encodé en UTF-8, envoyé en POST avec l’en-tête <code>Content-Type: text/xml; charset=utf-8</code> et l’en-tête <code>SOAPAction</code> de l’opération. Une demande refusée reçoit une faute SOAP dont le <code>faultstring</code>, en français, nomme le champ en cause ; le détail (<code>RequestFault</code>) liste chaque erreur avec le chemin du champ.</p>
    <div class="wsc-table-wrapper" role="region" tabindex="0" aria-labelledby="tableau-operations">
      <table class="wsc-table wsc-doc-table">
        <caption id="tableau-operations">Opérations du service (d’après le WSDL)</caption>
        <thead>
          <tr>
            <th scope="col">Opération</th>
            <th scope="col">Rôle</th>
            <th scope="col">Élément envoyé</th>
            <th scope="col">Élément reçu</th>
            <th scope="col">SOAPAction</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$wsdl/wsdl:portType/wsdl:operation">
            <xsl:variable name="name" select="string(@name)"/>
            <xsl:variable name="input-message">
              <xsl:call-template name="doc-local-name">
                <xsl:with-param name="qname" select="string(wsdl:input/@message)"/>
              </xsl:call-template>
            </xsl:variable>
            <xsl:variable name="output-message">
              <xsl:call-template name="doc-local-name">
                <xsl:with-param name="qname" select="string(wsdl:output/@message)"/>
              </xsl:call-template>
            </xsl:variable>
            <tr>
              <th scope="row"><code><xsl:value-of select="$name"/></code></th>
              <td>
                <xsl:call-template name="doc-operation-role">
                  <xsl:with-param name="name" select="$name"/>
                </xsl:call-template>
              </td>
              <td>
                <xsl:call-template name="doc-message-element">
                  <xsl:with-param name="wsdl" select="$wsdl"/>
                  <xsl:with-param name="message" select="$wsdl/wsdl:message[@name = string($input-message)]"/>
                </xsl:call-template>
              </td>
              <td>
                <xsl:call-template name="doc-message-element">
                  <xsl:with-param name="wsdl" select="$wsdl"/>
                  <xsl:with-param name="message" select="$wsdl/wsdl:message[@name = string($output-message)]"/>
                </xsl:call-template>
              </td>
              <td><code class="wsc-doc-break"><xsl:value-of select="$wsdl/wsdl:binding/wsdl:operation[@name = $name]/soap:operation/@soapAction"/></code></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- The element of a message's part and the elements of its sequence: Submit (CommuneCode, ClientRequestId, Request). -->
  <xsl:template name="doc-message-element">
    <xsl:param name="wsdl"/>
    <xsl:param name="message"/>
    <xsl:variable name="element">
      <xsl:call-template name="doc-local-name">
        <xsl:with-param name="qname" select="string($message/wsdl:part/@element)"/>
      </xsl:call-template>
    </xsl:variable>
    <code><xsl:value-of select="$element"/></code>
    <xsl:variable name="children" select="$wsdl/wsdl:types/xs:schema/xs:element[@name = string($element)]/xs:complexType/xs:sequence/xs:element"/>
    <xsl:if test="$children">
      <xsl:text> : </xsl:text>
      <xsl:for-each select="$children">
        <xsl:if test="position() &gt; 1">
          <xsl:text>, </xsl:text>
        </xsl:if>
        <code><xsl:value-of select="@name"/></code>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="doc-operation-role">
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="$name = 'GetForm'">Décrit le formulaire de la démarche pour une commune : champs, libellés, aides, contraintes, étapes vues par l’usager, couleurs de la commune. La réponse se transforme en formulaire HTML par <code>xsl/form.xsl</code>.</xsl:when>
      <xsl:when test="$name = 'Submit'">Dépose une demande et renvoie le récépissé (numéro de dossier, code et adresse de suivi, étapes) une fois le dossier enregistré. Un nouvel envoi avec la même commune et le même <code>ClientRequestId</code> renvoie le premier récépissé sans rien enregistrer. La réponse se transforme par <code>xsl/receipt.xsl</code>.</xsl:when>
      <xsl:when test="$name = 'GetStatus'">Renvoie l’état d’un dossier et ses étapes datées, à partir du numéro de dossier et du code de suivi du récépissé. La réponse se transforme par <code>xsl/status.xsl</code>.</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- tns:Submit → Submit; a name without prefix stays as it is. -->
  <xsl:template name="doc-local-name">
    <xsl:param name="qname"/>
    <xsl:choose>
      <xsl:when test="contains($qname, ':')"><xsl:value-of select="substring-after($qname, ':')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$qname"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== fields -->

  <xsl:template name="doc-fields">
    <xsl:param name="procedure"/>
    <h2 id="champs">Champs de la demande</h2>
    <p>La demande est l’élément <code>Request</code> de <code>Submit</code>, de type <code><xsl:value-of select="$procedure/@requestType"/></code>, dans l’espace de noms <code>http://webservicescitoyens.fr/ws/procedure/v1</code>. Ses éléments suivent l’ordre du tableau ; le chemin d’un champ est aussi le nom de son contrôle dans le formulaire HTML (dans un groupe répété : <code>enfants[2].prenom</code>). Un champ facultatif sans valeur est omis, jamais envoyé vide. Un champ obligatoire d’un groupe facultatif ne l’est que si le groupe est envoyé. Les dates s’écrivent <code>AAAA-MM-JJ</code>, sans fuseau horaire ; les nombres avec un point décimal.</p>
    <div class="wsc-table-wrapper" role="region" tabindex="0" aria-labelledby="tableau-champs">
      <table class="wsc-table wsc-doc-table wsc-doc-fields">
        <caption id="tableau-champs">Champs de la demande, dans l’ordre de la requête</caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Chemin</th>
            <th scope="col">Type</th>
            <th scope="col">Obligatoire</th>
            <th scope="col">Contraintes</th>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="$procedure/d:form/d:field | $procedure/d:form/d:group" mode="doc-field">
            <xsl:with-param name="prefix" select="''"/>
            <xsl:with-param name="depth" select="0"/>
          </xsl:apply-templates>
        </tbody>
      </table>
    </div>
    <xsl:if test="$procedure/d:form//d:field[@type = 'attachment']">
      <h2 id="pieces">Pièces justificatives</h2>
      <p>Ces documents sont déclarés dans le formulaire mais ne font pas partie de la requête SOAP : la mairie indique à l’usager comment les transmettre après réception de sa demande.</p>
      <ul class="wsc-doc-attachments">
        <xsl:for-each select="$procedure/d:form//d:field[@type = 'attachment']">
          <li>
            <xsl:value-of select="normalize-space(d:label)"/>
            <xsl:text> (</xsl:text>
            <code>
              <xsl:for-each select="ancestor::d:group">
                <xsl:value-of select="concat(@name, '.')"/>
              </xsl:for-each>
              <xsl:value-of select="@name"/>
            </code>
            <xsl:text>) : </xsl:text>
            <xsl:call-template name="doc-required-text">
              <xsl:with-param name="procedure" select="$procedure"/>
              <xsl:with-param name="yes" select="'obligatoire'"/>
              <xsl:with-param name="no" select="'facultative'"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- A group: its row, then its fields one level deeper. -->
  <xsl:template match="d:group" mode="doc-field">
    <xsl:param name="prefix"/>
    <xsl:param name="depth"/>
    <xsl:variable name="path" select="concat($prefix, @name)"/>
    <xsl:variable name="repeated" select="number(@maxOccurs) &gt; 1"/>
    <xsl:variable name="in-request" select=".//d:field[@type != 'attachment']"/>
    <tr class="wsc-doc-group wsc-doc-depth-{$depth}">
      <th scope="row">
        <xsl:call-template name="doc-label"/>
      </th>
      <td><code class="wsc-doc-path"><xsl:value-of select="$path"/></code></td>
      <td>
        <xsl:choose>
          <xsl:when test="not($in-request)">Groupe de pièces justificatives (hors de la requête)</xsl:when>
          <xsl:when test="$repeated">Groupe répété</xsl:when>
          <xsl:otherwise>Groupe de champs</xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="$repeated and number(@minOccurs) &gt; 0">
            <xsl:value-of select="concat('Oui, au moins ', @minOccurs, ' fois')"/>
          </xsl:when>
          <xsl:when test="not($repeated) and (@required = 'true' or @required = '1' or number(@minOccurs) &gt; 0)">Oui</xsl:when>
          <xsl:otherwise>Non</xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="$repeated">
            <xsl:value-of select="concat('Élément répété, de ', number(concat('0', @minOccurs)), ' à ', @maxOccurs, ' occurrences')"/>
            <xsl:text> (dans le formulaire : </xsl:text>
            <code><xsl:value-of select="concat($path, '[1].…')"/></code>
            <xsl:text>, </xsl:text>
            <code><xsl:value-of select="concat($path, '[2].…')"/></code>
            <xsl:text>) ; chacune contient les champs ci-dessous.</xsl:text>
          </xsl:when>
          <xsl:when test="not($in-request)">Absent de la requête.</xsl:when>
          <xsl:otherwise>Contient les champs ci-dessous.</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
    <xsl:apply-templates select="d:fields/d:field | d:fields/d:group" mode="doc-field">
      <xsl:with-param name="prefix" select="concat($path, '.')"/>
      <xsl:with-param name="depth" select="$depth + 1"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A field (or a part of a composite field): its row, then the parts of a composite. -->
  <xsl:template match="d:field" mode="doc-field">
    <xsl:param name="prefix"/>
    <xsl:param name="depth"/>
    <xsl:variable name="path" select="concat($prefix, @name)"/>
    <tr>
      <xsl:attribute name="class">
        <xsl:value-of select="concat('wsc-doc-field wsc-doc-depth-', $depth)"/>
        <xsl:if test="@type = 'attachment'"> wsc-doc-attachment</xsl:if>
      </xsl:attribute>
      <th scope="row">
        <xsl:call-template name="doc-label"/>
      </th>
      <td><code class="wsc-doc-path"><xsl:value-of select="$path"/></code></td>
      <td>
        <xsl:call-template name="doc-type-name">
          <xsl:with-param name="type" select="string(@type)"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:call-template name="doc-required-text">
          <xsl:with-param name="procedure" select="ancestor::d:procedure"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:call-template name="doc-constraints">
          <xsl:with-param name="path" select="$path"/>
        </xsl:call-template>
      </td>
    </tr>
    <xsl:apply-templates select="$doc-parts[@path = $path]/d:field" mode="doc-field">
      <xsl:with-param name="prefix" select="concat($path, '.')"/>
      <xsl:with-param name="depth" select="$depth + 1"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template name="doc-label">
    <span class="wsc-doc-label"><xsl:value-of select="normalize-space(d:label)"/></span>
    <xsl:if test="normalize-space(d:help) != ''">
      <span class="wsc-doc-help"><xsl:value-of select="normalize-space(d:help)"/></span>
    </xsl:if>
  </xsl:template>

  <!-- Oui / Non / Oui si « Document demandé » (typeDocument) vaut COPIE_INTEGRALE ou EXTRAIT_AVEC_FILIATION. -->
  <xsl:template name="doc-required-text">
    <xsl:param name="procedure"/>
    <xsl:param name="yes" select="'Oui'"/>
    <xsl:param name="no" select="'Non'"/>
    <xsl:choose>
      <xsl:when test="@required = 'true' or @required = '1'"><xsl:value-of select="$yes"/></xsl:when>
      <xsl:when test="d:requiredWhen">
        <xsl:choose>
          <xsl:when test="$yes = 'Oui'">Si </xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($yes, ' si ')"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="doc-condition-field">
          <xsl:with-param name="items" select="$procedure/d:form/d:field | $procedure/d:form/d:group"/>
          <xsl:with-param name="rest" select="string(d:requiredWhen/@field)"/>
          <xsl:with-param name="path" select="string(d:requiredWhen/@field)"/>
        </xsl:call-template>
        <xsl:text> vaut </xsl:text>
        <xsl:call-template name="doc-value-list">
          <xsl:with-param name="values" select="normalize-space(d:requiredWhen/@values)"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$no = 'Non'">, sinon facultatif</xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(', sinon ', $no)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$no"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- « Label » (path) of the field a requiredWhen names, found by walking its path from the form. -->
  <xsl:template name="doc-condition-field">
    <xsl:param name="items"/>
    <xsl:param name="rest"/>
    <xsl:param name="path"/>
    <xsl:choose>
      <xsl:when test="contains($rest, '.')">
        <xsl:variable name="group" select="$items[@name = substring-before($rest, '.')]"/>
        <xsl:call-template name="doc-condition-field">
          <xsl:with-param name="items" select="$group/d:fields/d:field | $group/d:fields/d:group"/>
          <xsl:with-param name="rest" select="substring-after($rest, '.')"/>
          <xsl:with-param name="path" select="$path"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="label" select="normalize-space($items[@name = $rest]/d:label)"/>
        <xsl:if test="$label != ''">
          <xsl:value-of select="concat('« ', $label, ' » ')"/>
        </xsl:if>
        <xsl:text>(</xsl:text>
        <code><xsl:value-of select="$path"/></code>
        <xsl:text>)</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "A B C" → A, B ou C, each as code. -->
  <xsl:template name="doc-value-list">
    <xsl:param name="values"/>
    <xsl:param name="first" select="true()"/>
    <xsl:variable name="value">
      <xsl:choose>
        <xsl:when test="contains($values, ' ')"><xsl:value-of select="substring-before($values, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$values"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="not($first)">
      <xsl:choose>
        <xsl:when test="contains($values, ' ')">, </xsl:when>
        <xsl:otherwise> ou </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <code><xsl:value-of select="$value"/></code>
    <xsl:if test="contains($values, ' ')">
      <xsl:call-template name="doc-value-list">
        <xsl:with-param name="values" select="substring-after($values, ' ')"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The type of a field, in French. -->
  <xsl:template name="doc-type-name">
    <xsl:param name="type"/>
    <xsl:choose>
      <xsl:when test="$type = 'text'">Texte</xsl:when>
      <xsl:when test="$type = 'freeText'">Texte libre (plusieurs lignes)</xsl:when>
      <xsl:when test="$type = 'date'">Date</xsl:when>
      <xsl:when test="$type = 'integer'">Nombre entier</xsl:when>
      <xsl:when test="$type = 'decimal'">Nombre décimal</xsl:when>
      <xsl:when test="$type = 'money'">Montant en euros</xsl:when>
      <xsl:when test="$type = 'boolean'">Oui ou non</xsl:when>
      <xsl:when test="$type = 'enum'">Liste de choix</xsl:when>
      <xsl:when test="$type = 'email'">Adresse électronique</xsl:when>
      <xsl:when test="$type = 'phone'">Numéro de téléphone</xsl:when>
      <xsl:when test="$type = 'communeCode'">Code INSEE de commune</xsl:when>
      <xsl:when test="$type = 'siret'">Numéro SIRET</xsl:when>
      <xsl:when test="$type = 'rna'">Numéro RNA d’association</xsl:when>
      <xsl:when test="$type = 'time'">Heure</xsl:when>
      <xsl:when test="$type = 'postalAddress'">Adresse postale (composée)</xsl:when>
      <xsl:when test="$type = 'geoPoint'">Point géographique WGS84 (composé)</xsl:when>
      <xsl:when test="$type = 'timeSlot'">Créneau (composé)</xsl:when>
      <xsl:when test="$type = 'attachment'">Pièce justificative (hors de la requête)</xsl:when>
      <xsl:otherwise><code><xsl:value-of select="$type"/></code></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== constraints -->

  <!-- What a value must be, as a list; "aucune" when nothing constrains it. Context: the d:field. -->
  <xsl:template name="doc-constraints">
    <xsl:param name="path"/>
    <xsl:variable name="type" select="string(@type)"/>
    <ul class="wsc-doc-constraints">
      <xsl:choose>
        <xsl:when test="$type = 'text' or $type = 'freeText'">
          <li>
            <xsl:choose>
              <xsl:when test="@maxLength"><xsl:value-of select="@maxLength"/></xsl:when>
              <!-- The lengths the XSD gives a text without maxLength (FieldDefinition.EffectiveMaxLength). -->
              <xsl:when test="$type = 'freeText'">4000</xsl:when>
              <xsl:otherwise>255</xsl:otherwise>
            </xsl:choose>
            <xsl:text> caractères au plus</xsl:text>
          </li>
        </xsl:when>
        <xsl:when test="$type = 'date'">
          <li>Format <code>AAAA-MM-JJ</code>, sans fuseau horaire</li>
        </xsl:when>
        <xsl:when test="$type = 'integer'">
          <li>Chiffres seulement, sans séparateur</li>
        </xsl:when>
        <xsl:when test="$type = 'decimal'">
          <li>Point comme séparateur décimal (<code>2.5</code>)</li>
        </xsl:when>
        <xsl:when test="$type = 'money'">
          <li>Deux décimales au plus, point comme séparateur (<code>1250.50</code>)</li>
        </xsl:when>
        <xsl:when test="$type = 'boolean'">
          <li><code>true</code> (oui) ou <code>false</code> (non)</li>
        </xsl:when>
        <xsl:when test="$type = 'email'">
          <li>254 caractères au plus, de la forme <code>nom@domaine.fr</code></li>
        </xsl:when>
        <xsl:when test="$type = 'phone'">
          <li>25 caractères au plus : chiffres, séparés ou non par des espaces, points ou tirets, indicatif international facultatif (<code>+33</code>)</li>
        </xsl:when>
        <xsl:when test="$type = 'communeCode'">
          <li>5 caractères : 2 chiffres (ou <code>2A</code>, <code>2B</code> pour la Corse) puis 3 chiffres, par exemple <code>45234</code></li>
          <xsl:if test="@mustMatchCommune = 'true' or @mustMatchCommune = '1'">
            <li>Doit être le code de la commune à laquelle la demande est adressée (<code>CommuneCode</code>)</li>
          </xsl:if>
        </xsl:when>
        <xsl:when test="$type = 'siret'">
          <li>14 chiffres ; la clé de contrôle est vérifiée par le service</li>
        </xsl:when>
        <xsl:when test="$type = 'rna'">
          <li><code>W</code> suivi de 9 chiffres</li>
        </xsl:when>
        <xsl:when test="$type = 'time'">
          <li>Format <code>HH:MM</code> sur 24 heures</li>
        </xsl:when>
        <xsl:when test="$type = 'timeSlot'">
          <li>Une date, une heure de début et une heure de fin postérieure (vérifiée par le service) : éléments ci-dessous</li>
        </xsl:when>
        <xsl:when test="$type = 'postalAddress' or $type = 'geoPoint'">
          <li>Éléments ci-dessous</li>
        </xsl:when>
        <xsl:when test="$type = 'attachment'">
          <li>Document à fournir, ne fait pas partie de la requête SOAP</li>
          <li>
            <xsl:text>Formats acceptés : </xsl:text>
            <xsl:call-template name="doc-media-types">
              <xsl:with-param name="list">
                <xsl:choose>
                  <xsl:when test="normalize-space(@accept) != ''"><xsl:value-of select="normalize-space(@accept)"/></xsl:when>
                  <xsl:otherwise>application/pdf image/jpeg image/png</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </li>
          <li>
            <xsl:variable name="size">
              <xsl:choose>
                <xsl:when test="@maxSizeKb"><xsl:value-of select="number(@maxSizeKb)"/></xsl:when>
                <xsl:otherwise>5120</xsl:otherwise>
              </xsl:choose>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="$size mod 1024 = 0"><xsl:value-of select="concat($size div 1024, ' Mo au plus')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="concat($size, ' Ko au plus')"/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:when>
      </xsl:choose>
      <xsl:call-template name="doc-bounds">
        <xsl:with-param name="type" select="$type"/>
      </xsl:call-template>
      <xsl:if test="normalize-space(@pattern) != ''">
        <li>
          <xsl:text>Forme imposée (expression régulière XSD) : </xsl:text>
          <code class="wsc-doc-break"><xsl:value-of select="@pattern"/></code>
        </li>
      </xsl:if>
      <xsl:if test="normalize-space(@example) != ''">
        <li>
          <xsl:text>Exemple : </xsl:text>
          <code><xsl:value-of select="@example"/></code>
        </li>
      </xsl:if>
      <xsl:if test="d:option">
        <li>
          <xsl:text>Valeurs possibles :</xsl:text>
          <ul>
            <xsl:for-each select="d:option">
              <li>
                <code><xsl:value-of select="@value"/></code>
                <xsl:value-of select="concat(' : ', normalize-space(.))"/>
              </li>
            </xsl:for-each>
          </ul>
        </li>
      </xsl:if>
    </ul>
  </xsl:template>

  <!-- Bounds: numbers between min and max, dates not before / not after (today = the commune's date), times between. -->
  <xsl:template name="doc-bounds">
    <xsl:param name="type"/>
    <xsl:variable name="dated" select="$type = 'date' or $type = 'timeSlot'"/>
    <xsl:variable name="what">
      <xsl:choose>
        <xsl:when test="$type = 'timeSlot'">La date : pas </xsl:when>
        <xsl:otherwise>Pas </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="@min and $type != 'timeSlot'">
      <li>
        <xsl:choose>
          <xsl:when test="$dated">
            <xsl:value-of select="concat($what, 'avant ')"/>
            <xsl:call-template name="doc-date-bound">
              <xsl:with-param name="bound" select="string(@min)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$type = 'time'"><xsl:value-of select="concat('Pas avant ', @min)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('Au moins ', @min)"/></xsl:otherwise>
        </xsl:choose>
      </li>
    </xsl:if>
    <xsl:if test="@max and $type != 'timeSlot'">
      <li>
        <xsl:choose>
          <xsl:when test="$dated">
            <xsl:value-of select="concat($what, 'après ')"/>
            <xsl:call-template name="doc-date-bound">
              <xsl:with-param name="bound" select="string(@max)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$type = 'time'"><xsl:value-of select="concat('Pas après ', @max)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('Au plus ', @max)"/></xsl:otherwise>
        </xsl:choose>
      </li>
    </xsl:if>
  </xsl:template>

  <xsl:template name="doc-date-bound">
    <xsl:param name="bound"/>
    <xsl:choose>
      <xsl:when test="$bound = 'today'">la date du jour (dans le fuseau de la commune)</xsl:when>
      <xsl:otherwise>
        <xsl:text>le </xsl:text>
        <xsl:call-template name="wsc-date">
          <xsl:with-param name="value" select="$bound"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- application/pdf image/jpeg → PDF, JPEG -->
  <xsl:template name="doc-media-types">
    <xsl:param name="list"/>
    <xsl:variable name="first">
      <xsl:choose>
        <xsl:when test="contains($list, ' ')"><xsl:value-of select="substring-before($list, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$list"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="translate(substring-after($first, '/'), $wsc-lower, $wsc-upper)"/>
    <xsl:if test="contains($list, ' ')">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="doc-media-types">
        <xsl:with-param name="list" select="substring-after($list, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== steps -->

  <xsl:template name="doc-steps">
    <xsl:param name="procedure"/>
    <xsl:variable name="steps" select="$procedure/d:workflow/d:step"/>
    <h2 id="etapes">Étapes du traitement</h2>
    <p>Chaque dossier commence à la première étape. Les agents voient chaque étape ; l’usager voit son libellé à lui, et plusieurs étapes consécutives peuvent partager le même. Sur le récépissé et la page de suivi, l’usager voit :</p>
    <ol class="wsc-doc-citizen-steps">
      <xsl:for-each select="$steps[not(@exit = 'true' or @exit = '1')]">
        <xsl:if test="not(preceding-sibling::d:step[not(@exit = 'true' or @exit = '1')][@citizenLabel = current()/@citizenLabel])">
          <li><xsl:value-of select="normalize-space(@citizenLabel)"/></li>
        </xsl:if>
      </xsl:for-each>
    </ol>
    <p>Une sortie (refus, réponse négative) n’apparaît à l’usager que lorsque le dossier l’atteint.</p>
    <div class="wsc-table-wrapper" role="region" tabindex="0" aria-labelledby="tableau-etapes">
      <table class="wsc-table wsc-doc-table">
        <caption id="tableau-etapes">Étapes du traitement et libellés vus par l’usager</caption>
        <thead>
          <tr>
            <th scope="col">Étape (libellé des agents)</th>
            <th scope="col">Code</th>
            <th scope="col">Libellé vu par l’usager</th>
            <th scope="col">Nature</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$steps">
            <xsl:variable name="exit" select="@exit = 'true' or @exit = '1'"/>
            <xsl:variable name="final" select="@final = 'true' or @final = '1'"/>
            <tr>
              <xsl:if test="$exit">
                <xsl:attribute name="class">wsc-doc-exit</xsl:attribute>
              </xsl:if>
              <th scope="row"><xsl:value-of select="normalize-space(.)"/></th>
              <td><code><xsl:value-of select="@code"/></code></td>
              <td><xsl:value-of select="normalize-space(@citizenLabel)"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="not(preceding-sibling::d:step)">Étape de départ</xsl:when>
                  <xsl:when test="$exit and $final">Sortie qui clôt le dossier : visible de l’usager seulement si elle est atteinte</xsl:when>
                  <xsl:when test="$exit">Sortie : visible de l’usager seulement si elle est atteinte</xsl:when>
                  <xsl:when test="$final">Étape finale : le dossier est clos</xsl:when>
                  <xsl:otherwise>Étape intermédiaire</xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- ===================================================================== samples -->

  <xsl:template name="doc-samples">
    <xsl:param name="wsdl"/>
    <xsl:variable name="addresses" select="page:Addresses"/>
    <h2 id="exemple">Exemple de requête et de réponse</h2>
    <h3>Requête <code>Submit</code></h3>
    <p>
      <xsl:value-of select="concat('Une demande valide pour la commune de démonstration (', $addresses/@communeName, ', ', $addresses/@commune, '), construite à partir de la définition : chaque champ est rempli selon son type et ses contraintes, chaque groupe répété avec le nombre minimal d’occurrences. ')"/>
      <xsl:text>Le </xsl:text>
      <code>ClientRequestId</code>
      <xsl:text> est choisi par l’appelant, un par demande : renvoyer la même demande avec le même identifiant (après une coupure réseau, par exemple) renvoie le premier récépissé sans créer de second dossier.</xsl:text>
    </p>
    <pre class="wsc-doc-code"><code><xsl:value-of select="page:SampleRequest"/></code></pre>
    <p>Pour l’envoyer avec curl, enregistrée dans <code>demande.xml</code> :</p>
    <pre class="wsc-doc-code"><code>
      <xsl:value-of select="concat('curl -s ', $addresses/@endpoint, ' \&#10;')"/>
      <xsl:text>  -H 'Content-Type: text/xml; charset=utf-8' \&#10;</xsl:text>
      <xsl:value-of select="concat('  -H ', &quot;'&quot;, 'SOAPAction: &quot;', $wsdl/wsdl:binding/wsdl:operation[@name = 'Submit']/soap:operation/@soapAction, '&quot;', &quot;'&quot;, ' \&#10;')"/>
      <xsl:text>  --data-binary @demande.xml</xsl:text>
    </code></pre>
    <h3>Réponse</h3>
    <p>HTTP 200, une fois le dossier enregistré. Le numéro de dossier, le code de suivi et l’heure sont donnés pour l’exemple. L’adresse de suivi (<code>TrackingUrl</code>) est celle que l’usager ouvre pour suivre son dossier.</p>
    <pre class="wsc-doc-code"><code><xsl:value-of select="page:SampleResponse"/></code></pre>
  </xsl:template>

  <!-- ===================================================================== embedding -->

  <xsl:template name="doc-embedding">
    <xsl:param name="procedure"/>
    <xsl:variable name="addresses" select="page:Addresses"/>
    <xsl:variable name="platform" select="string($addresses/@platform)"/>
    <xsl:variable name="code" select="string($procedure/@code)"/>
    <xsl:variable name="title" select="normalize-space($procedure/d:title)"/>
    <xsl:variable name="commune" select="string($addresses/@commune)"/>
    <h2 id="integrer">Intégrer la démarche au site de la commune</h2>
    <p>Deux façons, au choix. Dans les deux cas, remplacez <code><xsl:value-of select="$commune"/></code> par le code INSEE de votre commune : la démarche doit y être proposée en ligne.</p>
    <h3>Dans un cadre (iframe)</h3>
    <p>Le formulaire hébergé par la plateforme, aux couleurs de la commune ; le récépissé s’affiche dans le même cadre après l’envoi.</p>
    <pre class="wsc-doc-code wsc-doc-iframe"><code>
      <xsl:value-of select="concat('&lt;iframe src=&quot;', $platform, '/communes/', $commune, '/', $code, '&quot; title=&quot;', translate($title, '&quot;', &quot;'&quot;), '&quot; width=&quot;100%&quot; height=&quot;1200&quot;&gt;&lt;/iframe&gt;')"/>
    </code></pre>
    <h3>En PHP (SoapClient et XSLTProcessor)</h3>
    <p>Une page du site de la commune, dans sa propre mise en page : elle appelle le service, transforme ses réponses par les feuilles de style publiées et affiche le formulaire, puis le récépissé, ou le formulaire de nouveau avec le message d’erreur et les valeurs saisies. Prérequis : PHP 8.1 ou plus avec les extensions soap, dom et xsl (Debian : <code>php-cli php-soap php-xml</code>). Enregistrez-la par exemple sous le nom <code><xsl:value-of select="concat($code, '.php')"/></code>.</p>
    <pre class="wsc-doc-code wsc-doc-php"><code>
      <xsl:text><![CDATA[<?php
/*
 * « ]]></xsl:text>
      <xsl:value-of select="$title"/>
      <xsl:text><![CDATA[ » sur le site de la commune, avec Web Services Citoyens.
 * GET : GetForm, rendu par xsl/form.xsl ; POST : Submit, récépissé rendu par xsl/receipt.xsl.
 * Prérequis : PHP 8.1+ avec les extensions soap, dom et xsl (Debian : php-cli php-soap php-xml).
 */
declare(strict_types=1);

$platform  = ']]></xsl:text>
      <xsl:value-of select="$platform"/>
      <xsl:text><![CDATA[';
$commune   = ']]></xsl:text>
      <xsl:value-of select="$commune"/>
      <xsl:text><![CDATA[';                       // code INSEE de votre commune
$procedure = ']]></xsl:text>
      <xsl:value-of select="$code"/>
      <xsl:text><![CDATA[';
const WSC_PAGE_NS = 'http://webservicescitoyens.fr/ws/page/v1';

/** Transforme une réponse SOAP par une feuille de style publiée : un fragment HTML pour la page. */
function wsc_render(string $platform, string $stylesheet, DOMDocument $xml, array $parameters): string
{
    $xsl = new DOMDocument();
    $xsl->load("$platform/xsl/$stylesheet");   // en production, gardez-la en cache
    $processor = new XSLTProcessor();
    $processor->importStylesheet($xsl);
    $processor->setParameter('', $parameters + ['standalone' => 'no', 'assets' => "$platform/"]);
    $result = $processor->transformToDoc($xml);
    return $result->saveHTML($result->documentElement);
}

function wsc_xml(string $xml): DOMDocument
{
    $document = new DOMDocument();
    $document->loadXML($xml, LIBXML_NONET);
    return $document;
}

/** Les champs envoyés, lus dans le corps brut : dans $_POST, PHP changerait les points des noms en soulignés. */
function wsc_posted(): array
{
    $fields = [];
    foreach (explode('&', (string)file_get_contents('php://input')) as $pair) {
        [$name, $value] = array_pad(explode('=', $pair, 2), 2, '');
        if ($name !== '') {
            $fields[urldecode($name)] = str_replace("\r\n", "\n", urldecode($value));
        }
    }
    return $fields;
}

function wsc_list(?object $wrapper, string $name): array
{
    $items = $wrapper->$name ?? [];
    return is_array($items) ? $items : [$items];
}

/** Les champs de la requête : ni les pièces justificatives, ni les groupes qui n'ont rien d'autre. */
function wsc_fields(?object $wrapper): array
{
    return array_values(array_filter(wsc_list($wrapper, 'Field'), fn($field) => $field->Type !== 'attachment'
        && ($field->Type !== 'group' || wsc_fields($field->Fields ?? null) !== [])));
}

function wsc_filled(array $values): bool
{
    foreach ($values as $value) {
        if (is_array($value) ? wsc_filled($value) : $value !== null) {
            return true;
        }
    }
    return false;
}

/**
 * La demande typée d'après la description du formulaire (GetForm) : chaque contrôle porte le chemin
 * de son champ (titulaire.nomNaissance ; enfants[2].prenom dans un groupe répété). Un champ facultatif
 * vide n'est pas envoyé ; un champ obligatoire vide l'est, pour que la faute SOAP le nomme.
 */
function wsc_request(array $fields, array $posted, string $prefix = ''): array
{
    $request = [];
    foreach ($fields as $field) {
        if (!empty($field->CommuneField)) {
            continue;
        }
        $path = $prefix . $field->Name;
        $children = wsc_fields($field->Fields ?? null);
        if (($field->MaxOccurs ?? 0) > 1) {
            $instances = [];
            for ($rank = 1; $rank <= $field->MaxOccurs; $rank++) {
                $instance = wsc_request($children, $posted, "{$path}[$rank].");
                if ($rank <= ($field->MinOccurs ?? 0) || wsc_filled($instance)) {
                    $instances[] = $instance;
                }
            }
            if ($instances !== []) {
                $request[$field->Name] = $instances;
            }
        } elseif ($children !== []) {
            $group = wsc_request($children, $posted, "$path.");
            if ($field->Required || wsc_filled($group)) {
                $request[$field->Name] = $group;
            }
        } else {
            $value = trim($posted[$path] ?? '');
            if ($value !== '') {
                $request[$field->Name] = $value;
            } elseif ($field->Required) {
                $request[$field->Name] = null;
            }
        }
    }
    return $request;
}

/**
 * Les réponses aux questions propres à la commune (champs marqués CommuneField) : un complement par
 * champ, son code étant le nom du champ, dans complementsCommune, à la fin de la demande.
 */
function wsc_complements(array $fields, array $posted, string $prefix = ''): array
{
    $answers = [];
    foreach ($fields as $field) {
        $path = $prefix . $field->Name;
        if (!empty($field->CommuneField)) {
            $value = trim($posted[$path] ?? '');
            if ($value !== '' || $field->Required) {
                $answers[] = ['_' => $value, 'code' => $field->Name];
            }
        } elseif (($field->MaxOccurs ?? 0) <= 1) {
            $answers = array_merge($answers, wsc_complements(wsc_fields($field->Fields ?? null), $posted, "$path."));
        }
    }
    return $answers;
}

/** Les valeurs saisies (page:Values), que form.xsl remet dans le formulaire réaffiché. */
function wsc_keep_values(DOMDocument $form, array $posted): void
{
    $values = $form->createElementNS(WSC_PAGE_NS, 'page:Values');
    foreach ($posted as $path => $value) {
        if ($path !== 'clientRequestId' && trim($value) !== '') {
            $element = $form->createElementNS(WSC_PAGE_NS, 'page:Value');
            $element->setAttribute('path', $path);
            $element->appendChild($form->createTextNode($value));
            $values->appendChild($element);
        }
    }
    $form->documentElement->appendChild($values);
}

$alert = null;
try {
    $client = new SoapClient("$platform/services/procedures/$procedure.svc?wsdl",
        ['trace' => 1, 'exceptions' => true, 'encoding' => 'UTF-8', 'cache_wsdl' => WSDL_CACHE_NONE, 'connection_timeout' => 10]);
    $form = $client->GetForm(['CommuneCode' => $commune])->GetFormResult;
    $formXml = wsc_xml($client->__getLastResponse());
    $requestId = 'mairie-' . bin2hex(random_bytes(12));   // une clé par formulaire affiché : un double clic ne crée qu'un dossier
    $content = null;
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
        $posted = wsc_posted();
        if (preg_match('/^[A-Za-z0-9._:\-]{1,64}$/', $posted['clientRequestId'] ?? '')) {
            $requestId = $posted['clientRequestId'];
        }
        $request = wsc_request(wsc_fields($form->Fields), $posted);
        $complements = wsc_complements(wsc_fields($form->Fields), $posted);
        if ($complements !== []) {
            $request['complementsCommune'] = ['complement' => $complements];
        }
        try {
            $client->Submit(['CommuneCode' => $commune, 'ClientRequestId' => $requestId, 'Request' => $request]);
            $content = wsc_render($platform, 'receipt.xsl', wsc_xml($client->__getLastResponse()), []);
        } catch (SoapFault $fault) {
            $alert = $fault->faultstring;              // en français, nomme le champ en cause
            wsc_keep_values($formXml, $posted);
        }
    }
    $content ??= wsc_render($platform, 'form.xsl', $formXml,
        ['action' => $_SERVER['SCRIPT_NAME'] ?? '', 'request-id' => $requestId]);
} catch (Throwable $error) {
    error_log('Web Services Citoyens : ' . $error->getMessage());
    http_response_code(503);
    $alert = 'Le service de demande en ligne est momentanément indisponible. Veuillez réessayer plus tard.';
    $content = '';
}
?><!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>]]></xsl:text>
      <xsl:value-of select="$title"/>
      <xsl:text><![CDATA[</title>
</head>
<body>
  <main>
<?php if ($alert !== null): ?>
    <div role="alert"><p><?= htmlspecialchars($alert) ?></p></div>
<?php endif; ?>
<?= $content ?>
  </main>
</body>
</html>
]]></xsl:text>
    </code></pre>
    <p>Un exemple plus complet et commenté, avec la mise en page d’une commune, est dans le dépôt : <code>Samples/php/demande-acte-naissance.php</code> ; un cadre : <code>Samples/iframe.html</code>.</p>
  </xsl:template>

</xsl:stylesheet>
