<?xml version="1.0" encoding="UTF-8"?>
<!--
  The citizen account's forms, from page:Account in the platform's page document:
    view="connexion"             log in, or open an account (two forms on one page)
    view="oubli"                 ask for a link to choose a new password
    view="nouveau-mot-de-passe"  choose the new password (the link's token in @token)
    view="parametres"            a logged-in citizen's settings: password, address, deleting the account
    view="confirmation"          confirm the address of a new account (the link's token in @token)
    view="nouvelle-adresse"      confirm the new address of an account (the link's token in @token)
  page:Values refill the address typed (never a password); page:Errors are announced, each next to
  its control (path = the control's name, "inscription." for the account-opening form).
  Parameters: standalone, assets (see common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="page">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="wsc-values" select="//page:Values/page:Value"/>
  <xsl:variable name="wsc-errors" select="//page:Errors/page:Error"/>

  <xsl:template match="/">
    <xsl:for-each select="(//page:Account)[1]">
      <xsl:call-template name="wsc-page">
        <xsl:with-param name="title">
          <xsl:if test="$wsc-errors">Erreur : </xsl:if>
          <xsl:choose>
            <xsl:when test="@view = 'oubli'">Mot de passe oublié</xsl:when>
            <xsl:when test="@view = 'nouveau-mot-de-passe'">Choisir un nouveau mot de passe</xsl:when>
            <xsl:when test="@view = 'parametres'">Paramètres de mon compte</xsl:when>
            <xsl:when test="@view = 'confirmation' or @view = 'nouvelle-adresse'">Confirmer mon adresse électronique</xsl:when>
            <xsl:otherwise>Mon espace citoyen</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="page:Account[@view = 'connexion']" mode="wsc-content">
    <h1>Mon espace citoyen</h1>
    <p class="wsc-lead">Suivez tous vos dossiers au même endroit, étape par étape, et recevez un courriel à chaque étape.</p>
    <xsl:call-template name="account-errors"/>
    <div class="wsc-account-forms">
      <section class="wsc-account-form" aria-labelledby="titre-connexion">
        <h2 id="titre-connexion">Se connecter</h2>
        <form method="post" action="/compte/connexion" class="wsc-form" accept-charset="UTF-8">
          <xsl:call-template name="account-field">
            <xsl:with-param name="name" select="'email'"/>
            <xsl:with-param name="label" select="'Adresse électronique'"/>
            <xsl:with-param name="type" select="'email'"/>
            <xsl:with-param name="autocomplete" select="'username'"/>
          </xsl:call-template>
          <xsl:call-template name="account-field">
            <xsl:with-param name="name" select="'motDePasse'"/>
            <xsl:with-param name="label" select="'Mot de passe'"/>
            <xsl:with-param name="type" select="'password'"/>
            <xsl:with-param name="autocomplete" select="'current-password'"/>
          </xsl:call-template>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button">Se connecter</button>
          </div>
          <p><a href="/compte/mot-de-passe-oublie">Mot de passe oublié ?</a></p>
        </form>
      </section>
      <section class="wsc-account-form" aria-labelledby="titre-inscription">
        <h2 id="titre-inscription">Créer mon compte</h2>
        <form method="post" action="/compte/inscription" class="wsc-form" accept-charset="UTF-8">
          <xsl:call-template name="account-field">
            <xsl:with-param name="name" select="'inscription.email'"/>
            <xsl:with-param name="label" select="'Adresse électronique'"/>
            <xsl:with-param name="type" select="'email'"/>
            <xsl:with-param name="autocomplete" select="'email'"/>
            <xsl:with-param name="help" select="'Un courriel vous sera envoyé pour la confirmer.'"/>
            <xsl:with-param name="control" select="'email'"/>
          </xsl:call-template>
          <xsl:call-template name="account-field">
            <xsl:with-param name="name" select="'inscription.motDePasse'"/>
            <xsl:with-param name="label" select="'Mot de passe'"/>
            <xsl:with-param name="type" select="'password'"/>
            <xsl:with-param name="autocomplete" select="'new-password'"/>
            <xsl:with-param name="help" select="'8 caractères au moins ; une phrase de plusieurs mots est facile à retenir et difficile à deviner.'"/>
            <xsl:with-param name="control" select="'motDePasse'"/>
          </xsl:call-template>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button">Créer mon compte</button>
          </div>
        </form>
      </section>
    </div>
  </xsl:template>

  <xsl:template match="page:Account[@view = 'oubli']" mode="wsc-content">
    <h1>Mot de passe oublié</h1>
    <xsl:call-template name="account-errors"/>
    <p class="wsc-lead">Indiquez l'adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
    <form method="post" action="/compte/mot-de-passe-oublie" class="wsc-form" accept-charset="UTF-8">
      <xsl:call-template name="account-field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="label" select="'Adresse électronique'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="autocomplete" select="'email'"/>
      </xsl:call-template>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Recevoir le lien</button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="page:Account[@view = 'nouveau-mot-de-passe']" mode="wsc-content">
    <h1>Choisir un nouveau mot de passe</h1>
    <xsl:call-template name="account-errors"/>
    <form method="post" action="/compte/nouveau-mot-de-passe" class="wsc-form" accept-charset="UTF-8">
      <input type="hidden" name="jeton" value="{@token}"/>
      <xsl:call-template name="account-field">
        <xsl:with-param name="name" select="'motDePasse'"/>
        <xsl:with-param name="label" select="'Nouveau mot de passe'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="autocomplete" select="'new-password'"/>
        <xsl:with-param name="help" select="'8 caractères au moins ; une phrase de plusieurs mots est facile à retenir et difficile à deviner.'"/>
      </xsl:call-template>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Enregistrer</button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="page:Account[@view = 'parametres']" mode="wsc-content">
    <h1>Paramètres de mon compte</h1>
    <p class="wsc-lead">
      <xsl:text>Adresse du compte : </xsl:text>
      <strong><xsl:value-of select="$wsc-values[@path = 'courant']"/></strong>
      <xsl:text>. </xsl:text>
      <a href="/compte/tableau-de-bord">Retour à mon espace</a>
    </p>
    <xsl:call-template name="account-errors"/>
    <section class="wsc-account-form" aria-labelledby="titre-mdp">
      <h2 id="titre-mdp">Changer de mot de passe</h2>
      <form method="post" action="/compte/mot-de-passe" class="wsc-form" accept-charset="UTF-8">
        <xsl:call-template name="account-field">
          <xsl:with-param name="name" select="'mdp.motDePasseActuel'"/>
          <xsl:with-param name="control" select="'motDePasseActuel'"/>
          <xsl:with-param name="label" select="'Mot de passe actuel'"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
        </xsl:call-template>
        <xsl:call-template name="account-field">
          <xsl:with-param name="name" select="'mdp.motDePasse'"/>
          <xsl:with-param name="control" select="'motDePasse'"/>
          <xsl:with-param name="label" select="'Nouveau mot de passe'"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'new-password'"/>
          <xsl:with-param name="help" select="'8 caractères au moins ; vos autres sessions seront fermées.'"/>
        </xsl:call-template>
        <div class="wsc-actions"><button type="submit" class="wsc-button">Changer de mot de passe</button></div>
      </form>
    </section>
    <section class="wsc-account-form" aria-labelledby="titre-adresse">
      <h2 id="titre-adresse">Changer d'adresse électronique</h2>
      <form method="post" action="/compte/adresse" class="wsc-form" accept-charset="UTF-8">
        <xsl:call-template name="account-field">
          <xsl:with-param name="name" select="'adresse.email'"/>
          <xsl:with-param name="control" select="'email'"/>
          <xsl:with-param name="label" select="'Nouvelle adresse électronique'"/>
          <xsl:with-param name="type" select="'email'"/>
          <xsl:with-param name="autocomplete" select="'email'"/>
          <xsl:with-param name="help" select="'Elle deviendra celle du compte quand vous aurez ouvert le lien envoyé à cette adresse.'"/>
        </xsl:call-template>
        <xsl:call-template name="account-field">
          <xsl:with-param name="name" select="'adresse.motDePasse'"/>
          <xsl:with-param name="control" select="'motDePasse'"/>
          <xsl:with-param name="label" select="'Mot de passe'"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
        </xsl:call-template>
        <div class="wsc-actions"><button type="submit" class="wsc-button">Changer d'adresse</button></div>
      </form>
    </section>
    <section class="wsc-account-form" aria-labelledby="titre-suppression">
      <h2 id="titre-suppression">Supprimer mon compte</h2>
      <p>Vos dossiers en cours restent traités par les mairies et se suivent avec leur numéro et leur code de suivi ; vos informations personnelles sont effacées.</p>
      <form method="post" action="/compte/suppression" class="wsc-form" accept-charset="UTF-8">
        <xsl:call-template name="account-field">
          <xsl:with-param name="name" select="'suppression.motDePasse'"/>
          <xsl:with-param name="control" select="'motDePasse'"/>
          <xsl:with-param name="label" select="'Mot de passe'"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
        </xsl:call-template>
        <div class="wsc-actions"><button type="submit" class="wsc-button">Supprimer mon compte</button></div>
      </form>
    </section>
  </xsl:template>

  <!-- The page of an e-mailed confirmation link: one button, so that only the citizen confirms. -->
  <xsl:template match="page:Account[@view = 'confirmation' or @view = 'nouvelle-adresse']" mode="wsc-content">
    <h1>Confirmer mon adresse électronique</h1>
    <p class="wsc-lead">
      <xsl:choose>
        <xsl:when test="@view = 'confirmation'">Confirmez votre adresse pour ouvrir votre compte citoyen.</xsl:when>
        <xsl:otherwise>Confirmez que cette adresse devient celle de votre compte citoyen.</xsl:otherwise>
      </xsl:choose>
    </p>
    <form method="post" action="/compte/{@view}" class="wsc-form" accept-charset="UTF-8">
      <input type="hidden" name="jeton" value="{@token}"/>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Confirmer mon adresse</button>
      </div>
    </form>
  </xsl:template>

  <!-- Errors that name no control (a link no longer valid, too many attempts) are said above the forms. -->
  <xsl:template name="account-errors">
    <xsl:if test="$wsc-errors">
      <div class="wsc-errors" role="alert" tabindex="-1" id="wsc-erreurs">
        <h2>La demande n'a pas abouti</h2>
        <ul>
          <xsl:for-each select="$wsc-errors">
            <li>
              <xsl:choose>
                <xsl:when test="substring(@path, string-length(@path)) != '.' and string(@path) != ''">
                  <a href="#f-{translate(@path, '.', '-')}"><xsl:value-of select="."/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- One labelled control with its help and errors; the address typed is refilled, a password never. -->
  <xsl:template name="account-field">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="type"/>
    <xsl:param name="autocomplete"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="control" select="$name"/>
    <xsl:variable name="id" select="concat('f-', translate($name, '.', '-'))"/>
    <xsl:variable name="errors" select="$wsc-errors[string(@path) = $name]"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>wsc-field</xsl:text>
        <xsl:if test="$errors"> wsc-field-invalid</xsl:if>
      </xsl:attribute>
      <label for="{$id}" class="wsc-label">
        <xsl:value-of select="$label"/>
        <span class="wsc-required" aria-hidden="true">*</span>
      </label>
      <xsl:if test="$help != ''">
        <p class="wsc-help" id="{$id}-aide"><xsl:value-of select="$help"/></p>
      </xsl:if>
      <xsl:if test="$errors">
        <p class="wsc-error" id="{$id}-erreur">
          <span class="wsc-sr-only">Erreur : </span>
          <xsl:value-of select="$errors[1]"/>
        </p>
      </xsl:if>
      <input id="{$id}" name="{$control}" type="{$type}" class="wsc-input" required="" aria-required="true" autocomplete="{$autocomplete}">
        <xsl:if test="$help != '' or $errors">
          <xsl:attribute name="aria-describedby">
            <xsl:value-of select="normalize-space(concat(substring(concat($id, '-aide'), 1, 1000 * ($help != '')), ' ',
                                                         substring(concat($id, '-erreur'), 1, 1000 * boolean($errors))))"/>
          </xsl:attribute>
        </xsl:if>
        <xsl:if test="$errors">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
        </xsl:if>
        <xsl:if test="$type != 'password' and $wsc-values[@path = $name]">
          <xsl:attribute name="value"><xsl:value-of select="$wsc-values[@path = $name][1]"/></xsl:attribute>
        </xsl:if>
      </input>
    </div>
  </xsl:template>

</xsl:stylesheet>
