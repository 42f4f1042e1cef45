<?xml version="1.0" encoding="UTF-8"?>
<!--
  The public observatory of online procedures (seed 004), from the open data document found anywhere in
  the input (declared by observatoire.xsd):
    obs:Observatory           /observatoire: every procedure with the communes where it is online, the
                              dossiers filed over twelve months, the satisfaction and the 90th-percentile
                              delay; the form to report a missing procedure or a malfunction; the reports
                              about no procedure in particular, with the communes' answers
    obs:ObservatoryProcedure  /observatoire/{code}: one procedure's figures and its published feedback
                              (comments and malfunctions, unanswered ones too, marked so), each answer
                              signed by its commune
  On the platform's page the document sits in page:Page, with the report form's confirmation
  (page:Notice), refusals (page:Errors/page:Error[@path]: nature, commune, demarche, texte) and the values
  typed (page:Values/page:Value[@path]); applied to /observatoire.xml itself it renders the same lists,
  without the form (a site that shows the feed posts nowhere).

  Imports common.xsl (to add observatoire.css to its stylesheet links). Parameters: standalone, assets.
  Same rules as every published stylesheet: XSLT 1.0 without extensions, identical HTML on .NET, libxslt
  and Saxon after canonicalisation; addresses only site-relative, built from codes of the document.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:obs="http://webservicescitoyens.fr/ws/observatoire/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="obs page">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="obs-errors" select="/page:Page/page:Errors/page:Error"/>
  <xsl:variable name="obs-values" select="/page:Page/page:Values/page:Value"/>
  <!-- Codes are lower-case letters, digits, dots and dashes: safe in an address as they are. -->
  <xsl:variable name="obs-code-chars" select="'abcdefghijklmnopqrstuvwxyz0123456789.-'"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//obs:ObservatoryProcedure">
        <xsl:for-each select="(//obs:ObservatoryProcedure)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title" select="concat(normalize-space(obs:Procedure/obs:Title), ' – Observatoire des démarches')"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="//obs:Observatory">
        <xsl:for-each select="(//obs:Observatory)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title">
              <xsl:if test="$obs-errors">Erreur : </xsl:if>
              <xsl:text>Observatoire des démarches en ligne</xsl:text>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Observatoire indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="wsc-stylesheets">
    <link rel="stylesheet" href="{$wsc-assets}css/wsc.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/observatoire.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/print.css" media="print"/>
  </xsl:template>

  <!-- ===================================================================== every procedure -->

  <xsl:template match="obs:Observatory" mode="wsc-content">
    <h1>Observatoire des démarches en ligne</h1>
    <p class="wsc-lead">
      <xsl:text>Pour chaque démarche du catalogue : les communes où elle est en ligne, les dossiers déposés du </xsl:text>
      <xsl:call-template name="wsc-date"><xsl:with-param name="value" select="obs:Period/obs:From"/></xsl:call-template>
      <xsl:text> au </xsl:text>
      <xsl:call-template name="wsc-date"><xsl:with-param name="value" select="obs:Period/obs:To"/></xsl:call-template>
      <xsl:text>, la satisfaction des usagers et le délai dans lequel 90 % des dossiers sont traités, sur les communes qui publient leurs délais. Les dossiers de test ne sont jamais comptés ; les usagers ne sont jamais nommés.</xsl:text>
    </p>
    <xsl:if test="/page:Page">
      <p class="obs-open-data">
        <xsl:text>Données ouvertes : </xsl:text>
        <a href="/observatoire.csv">CSV</a>
        <xsl:text>, </xsl:text>
        <a href="/observatoire.xml">XML</a>
        <xsl:text> (schéma </xsl:text>
        <a href="/xsl/observatoire.xsd">observatoire.xsd</a>
        <xsl:text>).</xsl:text>
      </p>
    </xsl:if>
    <div class="wsc-table-wrapper">
      <table class="wsc-table obs-table">
        <caption>Démarches en ligne, volumes sur douze mois, satisfaction et délais</caption>
        <thead>
          <tr>
            <th scope="col">Démarche</th>
            <th scope="col">Thème</th>
            <th scope="col">Communes où elle est en ligne</th>
            <th scope="col">Dossiers déposés</th>
            <th scope="col">Satisfaction</th>
            <th scope="col">Délai de traitement (90 % des dossiers)</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="obs:Procedures/obs:Procedure">
            <tr>
              <th scope="row">
                <xsl:call-template name="obs-procedure-link"/>
              </th>
              <td><xsl:value-of select="obs:Theme"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="obs:OnlineIn/obs:Commune">
                    <xsl:for-each select="obs:OnlineIn/obs:Commune">
                      <xsl:if test="position() &gt; 1">, </xsl:if>
                      <xsl:value-of select="."/>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise>Aucune</xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="obs-number"><xsl:value-of select="obs:Filed"/></td>
              <td><xsl:call-template name="obs-satisfaction"/></td>
              <td><xsl:call-template name="obs-delay"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
    <xsl:if test="/page:Page">
      <xsl:call-template name="obs-report-form"/>
    </xsl:if>
    <section class="obs-feedback" aria-labelledby="obs-signalements">
      <h2 id="obs-signalements">Signalements sans démarche particulière</h2>
      <xsl:call-template name="obs-entries">
        <xsl:with-param name="entries" select="obs:Reports/obs:Entry"/>
        <xsl:with-param name="none" select="'Aucun signalement pour le moment.'"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- The procedure's title, linked to its page when its code is safe in an address. -->
  <xsl:template name="obs-procedure-link">
    <xsl:choose>
      <xsl:when test="translate(@code, $obs-code-chars, '') = '' and string(@code) != ''">
        <a href="/observatoire/{@code}"><xsl:value-of select="obs:Title"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="obs:Title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="obs-satisfaction">
    <xsl:choose>
      <xsl:when test="obs:Satisfaction/obs:Average">
        <xsl:value-of select="concat(translate(obs:Satisfaction/obs:Average, '.', ','), ' sur 5')"/>
        <xsl:choose>
          <xsl:when test="obs:Satisfaction/@ratings = 1"> (1 avis)</xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(' (', obs:Satisfaction/@ratings, ' avis)')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>Aucun avis</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="obs-delay">
    <xsl:choose>
      <xsl:when test="obs:Delay">
        <xsl:value-of select="concat(translate(obs:Delay/obs:Percentile90Days, '.', ','), ' jours')"/>
        <xsl:value-of select="concat(' (sur ', obs:Delay/@dossiers, ' dossiers clos)')"/>
      </xsl:when>
      <xsl:otherwise>Non publié</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== one procedure -->

  <xsl:template match="obs:ObservatoryProcedure" mode="wsc-content">
    <xsl:variable name="procedure" select="obs:Procedure"/>
    <p class="obs-back"><a href="/observatoire">Retour à l'observatoire des démarches</a></p>
    <h1><xsl:value-of select="$procedure/obs:Title"/></h1>
    <dl class="wsc-facts">
      <div class="wsc-fact">
        <dt>Thème</dt>
        <dd><xsl:value-of select="$procedure/obs:Theme"/></dd>
      </div>
      <div class="wsc-fact">
        <dt>En ligne dans</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$procedure/obs:OnlineIn/obs:Commune">
              <xsl:for-each select="$procedure/obs:OnlineIn/obs:Commune">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </xsl:when>
            <xsl:otherwise>Aucune commune pour le moment</xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="wsc-fact">
        <dt>Dossiers déposés sur douze mois</dt>
        <dd><xsl:value-of select="concat($procedure/obs:Filed, ' (', $procedure/obs:Closed, ' clos)')"/></dd>
      </div>
      <div class="wsc-fact">
        <dt>Satisfaction</dt>
        <dd><xsl:for-each select="$procedure"><xsl:call-template name="obs-satisfaction"/></xsl:for-each></dd>
      </div>
      <div class="wsc-fact">
        <dt>Délai de traitement (90 % des dossiers)</dt>
        <dd><xsl:for-each select="$procedure"><xsl:call-template name="obs-delay"/></xsl:for-each></dd>
      </div>
    </dl>
    <xsl:if test="/page:Page and translate($procedure/@code, $obs-code-chars, '') = ''">
      <p class="obs-open-data">
        <xsl:text>Données ouvertes de cette page : </xsl:text>
        <a href="/observatoire/{$procedure/@code}.xml">XML</a>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
    <section class="obs-feedback" aria-labelledby="obs-avis">
      <h2 id="obs-avis">Avis des usagers et réponses des communes</h2>
      <p>Les avis qui portent un commentaire ou un dysfonctionnement, et les signalements, publiés sans le nom de leur auteur ; ceux auxquels la commune n'a pas encore répondu le sont aussi.</p>
      <xsl:call-template name="obs-entries">
        <xsl:with-param name="entries" select="obs:Feedback/obs:Entry"/>
        <xsl:with-param name="none" select="'Aucun avis publié pour le moment.'"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- ===================================================================== published feedback -->

  <xsl:template name="obs-entries">
    <xsl:param name="entries"/>
    <xsl:param name="none"/>
    <xsl:choose>
      <xsl:when test="$entries">
        <ul class="obs-entries">
          <xsl:for-each select="$entries">
            <li class="obs-entry">
              <p class="wsc-help">
                <strong>
                  <xsl:choose>
                    <xsl:when test="@kind = 'Rating'">Avis d'un usager</xsl:when>
                    <xsl:when test="@kind = 'Malfunction'">Dysfonctionnement signalé</xsl:when>
                    <xsl:otherwise>Démarche manquante signalée</xsl:otherwise>
                  </xsl:choose>
                </strong>
                <xsl:value-of select="concat(' – ', obs:Commune, ' – ')"/>
                <xsl:call-template name="wsc-date"><xsl:with-param name="value" select="obs:Date"/></xsl:call-template>
                <xsl:if test="obs:Rating"><xsl:value-of select="concat(' – note : ', obs:Rating, ' sur 5')"/></xsl:if>
              </p>
              <xsl:if test="obs:Comment"><p class="wsc-message-text"><xsl:value-of select="obs:Comment"/></p></xsl:if>
              <xsl:if test="obs:Malfunction">
                <p class="wsc-message-text"><strong>Dysfonctionnement : </strong><xsl:value-of select="obs:Malfunction"/></p>
              </xsl:if>
              <xsl:choose>
                <xsl:when test="obs:Answer">
                  <div class="wsc-rating-answer">
                    <p class="wsc-help">
                      <strong><xsl:value-of select="obs:Answer/obs:By"/></strong>
                      <xsl:text> – </xsl:text>
                      <xsl:call-template name="wsc-date"><xsl:with-param name="value" select="obs:Answer/obs:Date"/></xsl:call-template>
                    </p>
                    <p class="wsc-message-text"><xsl:value-of select="obs:Answer/obs:Text"/></p>
                  </div>
                </xsl:when>
                <xsl:otherwise><p class="wsc-help obs-unanswered">En attente d'une réponse de la commune.</p></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$none"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== reporting -->

  <xsl:template name="obs-report-form">
    <section class="obs-report" aria-labelledby="obs-signaler">
      <h2 id="obs-signaler">Signaler une démarche manquante ou un dysfonctionnement</h2>
      <div role="status">
        <xsl:if test="/page:Page/page:Notice"><p class="wsc-notice"><xsl:value-of select="/page:Page/page:Notice"/></p></xsl:if>
      </div>
      <xsl:if test="$obs-errors">
        <div class="wsc-errors" role="alert" tabindex="-1" id="wsc-erreurs">
          <h3>Le signalement n'a pas été enregistré</h3>
          <ul>
            <xsl:for-each select="$obs-errors">
              <li><a href="#f-{@path}"><xsl:value-of select="."/></a></li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>
      <p>Aucun compte n'est demandé et votre nom n'est jamais publié : n'écrivez aucune donnée personnelle. La commune reçoit votre signalement et peut y répondre publiquement.</p>
      <form method="post" action="/observatoire/signalement" class="wsc-form" accept-charset="UTF-8">
        <fieldset class="wsc-group" id="f-nature">
          <xsl:if test="$obs-errors[@path = 'nature']"><xsl:attribute name="aria-describedby">f-nature-erreur</xsl:attribute></xsl:if>
          <legend class="wsc-legend">Nature du signalement<span class="wsc-required" aria-hidden="true">*</span></legend>
          <xsl:call-template name="obs-error"><xsl:with-param name="path" select="'nature'"/></xsl:call-template>
          <div class="wsc-field-boolean">
            <input id="f-nature-manquante" name="nature" type="radio" value="MissingProcedure" class="wsc-checkbox" required="">
              <xsl:if test="$obs-values[@path = 'nature'] = 'MissingProcedure'"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
            </input>
            <label for="f-nature-manquante" class="wsc-checkbox-label">Une démarche manque dans ma commune</label>
          </div>
          <div class="wsc-field-boolean">
            <input id="f-nature-dysfonctionnement" name="nature" type="radio" value="Malfunction" class="wsc-checkbox" required="">
              <xsl:if test="$obs-values[@path = 'nature'] = 'Malfunction'"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
            </input>
            <label for="f-nature-dysfonctionnement" class="wsc-checkbox-label">Un dysfonctionnement</label>
          </div>
        </fieldset>
        <div>
          <xsl:call-template name="obs-field-class"><xsl:with-param name="path" select="'commune'"/></xsl:call-template>
          <label for="f-commune" class="wsc-label">Commune<span class="wsc-required" aria-hidden="true">*</span></label>
          <xsl:call-template name="obs-error"><xsl:with-param name="path" select="'commune'"/></xsl:call-template>
          <select id="f-commune" name="commune" class="wsc-select" required="" aria-required="true">
            <xsl:call-template name="obs-described"><xsl:with-param name="path" select="'commune'"/></xsl:call-template>
            <option value="">Choisissez la commune</option>
            <xsl:for-each select="obs:Communes/obs:Commune">
              <option value="{@code}">
                <xsl:if test="string($obs-values[@path = 'commune']) = string(@code)"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
                <xsl:value-of select="concat(., ' (', @code, ')')"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <div>
          <xsl:call-template name="obs-field-class"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
          <label for="f-demarche" class="wsc-label">Démarche concernée (facultatif)</label>
          <xsl:call-template name="obs-error"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
          <select id="f-demarche" name="demarche" class="wsc-select">
            <xsl:call-template name="obs-described"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
            <option value="">Aucune en particulier</option>
            <xsl:for-each select="obs:Procedures/obs:Procedure">
              <option value="{@code}">
                <xsl:if test="string($obs-values[@path = 'demarche']) = string(@code)"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
                <xsl:value-of select="obs:Title"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <div>
          <xsl:call-template name="obs-field-class"><xsl:with-param name="path" select="'texte'"/></xsl:call-template>
          <label for="f-texte" class="wsc-label">Votre signalement<span class="wsc-required" aria-hidden="true">*</span></label>
          <p class="wsc-help" id="f-texte-aide">La démarche qui vous manque, ou ce qui n'a pas fonctionné. 2000 caractères au plus ; il sera publié.</p>
          <xsl:call-template name="obs-error"><xsl:with-param name="path" select="'texte'"/></xsl:call-template>
          <textarea id="f-texte" name="texte" class="wsc-textarea" rows="5" maxlength="2000" required="" aria-required="true">
            <xsl:attribute name="aria-describedby">
              <xsl:text>f-texte-aide</xsl:text>
              <xsl:if test="$obs-errors[@path = 'texte']"> f-texte-erreur</xsl:if>
            </xsl:attribute>
            <xsl:if test="$obs-errors[@path = 'texte']"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
            <xsl:value-of select="$obs-values[@path = 'texte']"/>
          </textarea>
        </div>
        <!-- A field people never see nor reach, that robots fill: a report that fills it is not kept. -->
        <div class="obs-trap" aria-hidden="true">
          <label for="f-site">Ne pas remplir ce champ</label>
          <input id="f-site" name="site" type="text" tabindex="-1" autocomplete="off"/>
        </div>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Envoyer le signalement</button>
        </div>
      </form>
    </section>
  </xsl:template>

  <xsl:template name="obs-field-class">
    <xsl:param name="path"/>
    <xsl:attribute name="class">
      <xsl:text>wsc-field</xsl:text>
      <xsl:if test="$obs-errors[@path = $path]"> wsc-field-invalid</xsl:if>
    </xsl:attribute>
  </xsl:template>

  <xsl:template name="obs-error">
    <xsl:param name="path"/>
    <xsl:if test="$obs-errors[@path = $path]">
      <p class="wsc-error" id="f-{$path}-erreur">
        <span class="wsc-sr-only">Erreur : </span>
        <xsl:value-of select="$obs-errors[@path = $path][1]"/>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="obs-described">
    <xsl:param name="path"/>
    <xsl:if test="$obs-errors[@path = $path]">
      <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('f-', $path, '-erreur')"/></xsl:attribute>
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
