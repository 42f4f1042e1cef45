<?xml version="1.0" encoding="UTF-8"?>
<!--
  The citizen's rating of a closed dossier (seed 004), shared by the tracking page (status.xsl) and the
  citizen's dashboard (dashboard.xsl), which include this file after common.xsl:
    wsc-rating-form   the form inviting the citizen to rate: a note from 1 to 5 (radio buttons in a
                      fieldset), an optional comment, a malfunction to report (a checkbox and its
                      description); refused values come back with each error said before its control
    wsc-rating-given  the rating once given, and the commune's answer signed by the commune
  Only named templates with their parameters, so that each page passes its own nodes (cat: on the
  tracking page, cit: on the dashboard). Same rules as every published stylesheet: XSLT 1.0 without
  extensions, identical HTML on .NET, libxslt and Saxon after canonicalisation.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="page">

  <!--
    prefix   the ids of the form's controls (avis, avis-K7M-XR4-TWC) and the paths of its errors
             (prefix-note, prefix-commentaire, prefix-description; prefix alone: the dossier's refusal)
    action   where the form posts (a site-relative address of the page document)
    dossier, code  hidden fields (the tracking page's proof; code empty on the account)
    errors   page:Error elements; values: page:Value elements (@path note, commentaire, dysfonctionnement, description)
    level    the heading's level (2 on the tracking page, 4 in a dashboard's dossier)
  -->
  <xsl:template name="wsc-rating-form">
    <xsl:param name="prefix"/>
    <xsl:param name="action"/>
    <xsl:param name="dossier" select="''"/>
    <xsl:param name="code" select="''"/>
    <xsl:param name="errors" select="/.."/>
    <xsl:param name="values" select="/.."/>
    <xsl:param name="level" select="2"/>
    <xsl:variable name="safe-action">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$action"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="wsc-rating" aria-labelledby="{$prefix}-titre">
      <xsl:element name="h{$level}">
        <xsl:attribute name="id"><xsl:value-of select="concat($prefix, '-titre')"/></xsl:attribute>
        <xsl:text>Donnez votre avis sur cette démarche</xsl:text>
      </xsl:element>
      <p>Votre dossier est clos. Votre note et votre commentaire aident la commune à améliorer la démarche ; ils sont publiés sans votre nom sur l'observatoire des démarches, et la commune peut y répondre. Un seul avis par dossier.</p>
      <xsl:if test="$errors[@path = $prefix]">
        <p class="wsc-error" role="alert" id="{$prefix}-erreur">
          <span class="wsc-sr-only">Erreur : </span>
          <xsl:value-of select="$errors[@path = $prefix][1]"/>
        </p>
      </xsl:if>
      <xsl:if test="string($safe-action) != ''">
        <form method="post" action="{$safe-action}" class="wsc-form" accept-charset="UTF-8">
          <xsl:if test="$dossier != ''"><input type="hidden" name="dossier" value="{$dossier}"/></xsl:if>
          <xsl:if test="$code != ''"><input type="hidden" name="code" value="{$code}"/></xsl:if>
          <fieldset class="wsc-group" id="{$prefix}-note">
            <xsl:if test="$errors[@path = concat($prefix, '-note')]">
              <xsl:attribute name="aria-describedby"><xsl:value-of select="concat($prefix, '-note-erreur')"/></xsl:attribute>
            </xsl:if>
            <legend class="wsc-legend">Votre note<span class="wsc-required" aria-hidden="true">*</span></legend>
            <xsl:call-template name="wsc-rating-error">
              <xsl:with-param name="path" select="concat($prefix, '-note')"/>
              <xsl:with-param name="errors" select="$errors"/>
            </xsl:call-template>
            <xsl:call-template name="wsc-rating-choice">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="value" select="'1'"/>
              <xsl:with-param name="label" select="'1 sur 5 : très insatisfait'"/><xsl:with-param name="values" select="$values"/>
            </xsl:call-template>
            <xsl:call-template name="wsc-rating-choice">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="value" select="'2'"/>
              <xsl:with-param name="label" select="'2 sur 5 : insatisfait'"/><xsl:with-param name="values" select="$values"/>
            </xsl:call-template>
            <xsl:call-template name="wsc-rating-choice">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="value" select="'3'"/>
              <xsl:with-param name="label" select="'3 sur 5 : moyennement satisfait'"/><xsl:with-param name="values" select="$values"/>
            </xsl:call-template>
            <xsl:call-template name="wsc-rating-choice">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="value" select="'4'"/>
              <xsl:with-param name="label" select="'4 sur 5 : satisfait'"/><xsl:with-param name="values" select="$values"/>
            </xsl:call-template>
            <xsl:call-template name="wsc-rating-choice">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="value" select="'5'"/>
              <xsl:with-param name="label" select="'5 sur 5 : très satisfait'"/><xsl:with-param name="values" select="$values"/>
            </xsl:call-template>
          </fieldset>
          <xsl:call-template name="wsc-rating-text">
            <xsl:with-param name="path" select="concat($prefix, '-commentaire')"/>
            <xsl:with-param name="name" select="'commentaire'"/>
            <xsl:with-param name="label" select="'Votre commentaire (facultatif)'"/>
            <xsl:with-param name="help" select="'2000 caractères au plus. Il sera publié : n’y écrivez ni votre nom ni aucune donnée personnelle.'"/>
            <xsl:with-param name="errors" select="$errors"/>
            <xsl:with-param name="values" select="$values"/>
          </xsl:call-template>
          <div class="wsc-field wsc-field-boolean">
            <input id="{$prefix}-dysfonctionnement" name="dysfonctionnement" type="checkbox" value="oui" class="wsc-checkbox">
              <xsl:if test="$values[@path = 'dysfonctionnement'] = 'oui'"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
            </input>
            <label for="{$prefix}-dysfonctionnement" class="wsc-checkbox-label">Je signale un dysfonctionnement de la démarche</label>
          </div>
          <xsl:call-template name="wsc-rating-text">
            <xsl:with-param name="path" select="concat($prefix, '-description')"/>
            <xsl:with-param name="name" select="'description'"/>
            <xsl:with-param name="label" select="'Description du dysfonctionnement'"/>
            <xsl:with-param name="help" select="'À remplir seulement si vous signalez un dysfonctionnement : ce qui n’a pas marché, à quelle étape. 2000 caractères au plus, publié sans votre nom.'"/>
            <xsl:with-param name="errors" select="$errors"/>
            <xsl:with-param name="values" select="$values"/>
          </xsl:call-template>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button">Envoyer mon avis</button>
          </div>
        </form>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="wsc-rating-choice">
    <xsl:param name="prefix"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <div class="wsc-field-boolean wsc-rating-choice">
      <input id="{$prefix}-note-{$value}" name="note" type="radio" value="{$value}" class="wsc-checkbox" required="">
        <xsl:if test="string($values[@path = 'note']) = $value"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
      </input>
      <label for="{$prefix}-note-{$value}" class="wsc-checkbox-label"><xsl:value-of select="$label"/></label>
    </div>
  </xsl:template>

  <xsl:template name="wsc-rating-text">
    <xsl:param name="path"/>
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="help"/>
    <xsl:param name="errors"/>
    <xsl:param name="values"/>
    <xsl:variable name="invalid" select="boolean($errors[@path = $path])"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>wsc-field</xsl:text>
        <xsl:if test="$invalid"> wsc-field-invalid</xsl:if>
      </xsl:attribute>
      <label for="{$path}" class="wsc-label"><xsl:value-of select="$label"/></label>
      <p class="wsc-help" id="{$path}-aide"><xsl:value-of select="$help"/></p>
      <xsl:call-template name="wsc-rating-error">
        <xsl:with-param name="path" select="$path"/>
        <xsl:with-param name="errors" select="$errors"/>
      </xsl:call-template>
      <textarea id="{$path}" name="{$name}" class="wsc-textarea" rows="4" maxlength="2000">
        <xsl:attribute name="aria-describedby">
          <xsl:value-of select="concat($path, '-aide')"/>
          <xsl:if test="$invalid"><xsl:value-of select="concat(' ', $path, '-erreur')"/></xsl:if>
        </xsl:attribute>
        <xsl:if test="$invalid"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <xsl:value-of select="$values[@path = $name]"/>
      </textarea>
    </div>
  </xsl:template>

  <xsl:template name="wsc-rating-error">
    <xsl:param name="path"/>
    <xsl:param name="errors"/>
    <xsl:if test="$errors[@path = $path]">
      <p class="wsc-error" id="{$path}-erreur">
        <span class="wsc-sr-only">Erreur : </span>
        <xsl:value-of select="$errors[@path = $path][1]"/>
      </p>
    </xsl:if>
  </xsl:template>

  <!--
    The rating given: its note, comment and malfunction, and the commune's answer signed by the commune.
    notice: the confirmation just after rating (a polite live region).
  -->
  <xsl:template name="wsc-rating-given">
    <xsl:param name="prefix"/>
    <xsl:param name="rating"/>
    <xsl:param name="comment"/>
    <xsl:param name="malfunction"/>
    <xsl:param name="description"/>
    <xsl:param name="rated-at"/>
    <xsl:param name="answer"/>
    <xsl:param name="answered-by"/>
    <xsl:param name="answered-at"/>
    <xsl:param name="notice" select="''"/>
    <xsl:param name="level" select="2"/>
    <section class="wsc-rating" aria-labelledby="{$prefix}-titre">
      <xsl:element name="h{$level}">
        <xsl:attribute name="id"><xsl:value-of select="concat($prefix, '-titre')"/></xsl:attribute>
        <xsl:text>Votre avis sur cette démarche</xsl:text>
      </xsl:element>
      <div role="status">
        <xsl:if test="normalize-space($notice) != ''">
          <p class="wsc-notice"><xsl:value-of select="$notice"/></p>
        </xsl:if>
      </div>
      <p>
        <strong class="wsc-rating-value"><xsl:value-of select="concat('Note : ', $rating, ' sur 5')"/></strong>
        <xsl:if test="normalize-space($rated-at) != ''">
          <xsl:text> – donnée le </xsl:text>
          <xsl:call-template name="wsc-date">
            <xsl:with-param name="value" select="$rated-at"/>
          </xsl:call-template>
        </xsl:if>
      </p>
      <xsl:if test="normalize-space($comment) != ''">
        <p class="wsc-message-text"><xsl:value-of select="$comment"/></p>
      </xsl:if>
      <xsl:if test="string($malfunction) = 'true'">
        <p class="wsc-help"><strong>Dysfonctionnement signalé :</strong></p>
        <p class="wsc-message-text"><xsl:value-of select="$description"/></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space($answer) != ''">
          <div class="wsc-rating-answer">
            <p class="wsc-help">
              <strong><xsl:value-of select="$answered-by"/></strong>
              <xsl:if test="normalize-space($answered-at) != ''">
                <xsl:text> – </xsl:text>
                <xsl:call-template name="wsc-date">
                  <xsl:with-param name="value" select="$answered-at"/>
                </xsl:call-template>
              </xsl:if>
            </p>
            <p class="wsc-message-text"><xsl:value-of select="$answer"/></p>
          </div>
        </xsl:when>
        <xsl:otherwise><p class="wsc-help">La commune n'a pas encore répondu.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
