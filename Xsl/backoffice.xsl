<?xml version="1.0" encoding="UTF-8"?>
<!--
  The agents' pages under /gestion (seed 002, « Back Office de Gestion de la Relation Citoyen »), from
  page:BackOffice[@view] in the platform's page document:
    view="connexion"  log in (page:Values refill the address, never the password)
    view="dossiers"   the queue: page:Queue with the filter applied (page:Filter/page:Value[@name], the keywords
                      of the search box among them as recherche), the agent's saved searches
                      (page:SavedSearches/page:Search[@href, @delete, @current]), the
                      choices of the filter form (page:Procedures with their steps, page:States), the count
                      and paging (@total, @page, @pages, page:Paging/@previous, @next), the sortable columns
                      (page:Columns/page:Column[@key, @href, @sorted]), one page:Row per dossier, what a
                      selection may become (page:Colleagues, page:Actions) and, after a selection was posted,
                      page:Outcomes
    view="dossier"    a dossier to treat: page:Dossier with its facts, the actions of its step (page:Action
                      [@code, @step, @document]), the rejection exits, the colleagues, the request as filed
                      (page:Request/page:Section, rendered like request.xsl's), the citizen's documents, the
                      generated documents and the history (page:Event[@kind, @visible])
    view="message"    a page that only says something (page:Message: not found, refused)
  (the views of /gestion/saisie, a request entered for a citizen, are backoffice-filing.xsl's, which
  imports this one; the header's navigation links to it for agents and administrators, and to
  /gestion/statistiques, the commune's statistics, statistics.xsl's, which imports this one too)
  and on every page the logged-in agent (page:Agent), their commune (tns:Commune: name and colours, as
  the SOAP results carry it), a confirmation (page:Notice, announced politely), the refusals to announce
  (page:Errors/page:Error[@path], each linked to the control f-{@path} it concerns) and the values typed
  (page:Values/page:Value[@path]).

  Imports common.xsl (rather than including it) so as to replace its header (the agent's navigation
  and logout), footer and stylesheet links (wsc.css, then backoffice.css); everything else is shared.
  Parameters: standalone, assets (see common.xsl). Same rules as every published stylesheet: XSLT 1.0
  without extensions, identical HTML on .NET, libxslt and Saxon after canonicalisation; every address
  written comes from the page document's own site-relative values through wsc-safe-url.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tns="http://webservicescitoyens.fr/ws/procedure/v1"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1"
                exclude-result-prefixes="tns page">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="bo-errors" select="(//page:BackOffice)[1]/page:Errors/page:Error"/>
  <xsl:variable name="bo-values" select="(//page:BackOffice)[1]/page:Values/page:Value"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="//page:BackOffice">
        <xsl:for-each select="(//page:BackOffice)[1]">
          <xsl:call-template name="wsc-page">
            <xsl:with-param name="title">
              <xsl:if test="$bo-errors">Erreur : </xsl:if>
              <xsl:choose>
                <xsl:when test="@view = 'connexion'">Connexion</xsl:when>
                <xsl:when test="@view = 'dossiers'">
                  <xsl:text>Dossiers à traiter</xsl:text>
                  <xsl:if test="page:Queue/page:PageLabel">
                    <xsl:value-of select="concat(', ', translate(page:Queue/page:PageLabel, 'P', 'p'))"/>
                  </xsl:if>
                </xsl:when>
                <xsl:when test="@view = 'dossier'">
                  <xsl:value-of select="concat('Dossier N° ', page:Dossier/@number)"/>
                </xsl:when>
                <xsl:when test="@view = 'demandes-communes'">Demandes adressées à d'autres communes</xsl:when>
                <xsl:otherwise><xsl:value-of select="normalize-space(page:Message/page:Title)"/></xsl:otherwise>
              </xsl:choose>
              <xsl:text> – Gestion des dossiers</xsl:text>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wsc-missing">
          <xsl:with-param name="title" select="'Gestion des dossiers indisponible'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== shell (replacing common.xsl's) -->

  <xsl:template name="wsc-stylesheets">
    <link rel="stylesheet" href="{$wsc-assets}css/wsc.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/backoffice.css"/>
    <link rel="stylesheet" href="{$wsc-assets}css/print.css" media="print"/>
  </xsl:template>

  <!-- The commune and the service, then for a logged-in agent the navigation, their name and the logout button. -->
  <xsl:template name="wsc-header">
    <xsl:param name="commune"/>
    <xsl:element name="{substring('header', 1, 6 * not($wsc-fragment))}{substring('div', 1, 3 * $wsc-fragment)}">
      <xsl:attribute name="class">wsc-header bo-header</xsl:attribute>
      <p class="wsc-commune">
        <xsl:if test="normalize-space($commune/tns:Name) != ''">
          <span class="wsc-commune-name"><xsl:value-of select="normalize-space($commune/tns:Name)"/></span>
        </xsl:if>
        <span class="bo-service">Gestion des dossiers</span>
      </p>
      <xsl:if test="page:Agent">
        <nav class="bo-nav" aria-label="Gestion des dossiers">
          <ul>
            <li>
              <a href="/gestion/dossiers">
                <xsl:if test="@view = 'dossiers' and not(page:Queue/page:Filter/page:Value)">
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:text>Dossiers à traiter</xsl:text>
              </a>
            </li>
            <li>
              <a href="/gestion/dossiers?moi=oui">
                <xsl:if test="@view = 'dossiers' and count(page:Queue/page:Filter/page:Value) = 1 and page:Queue/page:Filter/page:Value[@name = 'moi']">
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:text>Mes dossiers</xsl:text>
              </a>
            </li>
            <!-- Filing for a citizen needs a commune: agents and administrators, not the operator. -->
            <xsl:if test="page:Agent/@role = 'Agent' or page:Agent/@role = 'Administrator'">
              <li>
                <a href="/gestion/saisie">
                  <xsl:if test="starts-with(@view, 'saisie')"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                  <xsl:text>Saisir une demande</xsl:text>
                </a>
              </li>
              <li>
                <a href="/gestion/demandes-communes">
                  <xsl:if test="@view = 'demandes-communes'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                  <xsl:text>Demandes à d'autres communes</xsl:text>
                </a>
              </li>
              <!-- The commune's statistics (statistics.xsl): the operator has no commune to count. -->
              <li>
                <a href="/gestion/statistiques">
                  <xsl:if test="@view = 'statistiques'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                  <xsl:text>Statistiques</xsl:text>
                </a>
              </li>
            </xsl:if>
            <xsl:if test="page:Agent/@role = 'Administrator' or page:Agent/@role = 'Operator'">
              <li>
                <a href="/gestion/administration">
                  <xsl:if test="@view = 'administration'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                  <xsl:text>Administration</xsl:text>
                </a>
              </li>
            </xsl:if>
          </ul>
        </nav>
        <div class="bo-agent">
          <p>
            <span class="wsc-sr-only">Connecté(e) : </span>
            <span class="bo-agent-name"><xsl:value-of select="page:Agent/page:Name"/></span>
          </p>
          <form method="post" action="/gestion/deconnexion" class="bo-logout">
            <button type="submit" class="wsc-button wsc-button-secondary">Se déconnecter</button>
          </form>
        </div>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template name="wsc-footer">
    <xsl:param name="commune"/>
    <xsl:element name="{substring('footer', 1, 6 * not($wsc-fragment))}{substring('div', 1, 3 * $wsc-fragment)}">
      <xsl:attribute name="class">wsc-footer</xsl:attribute>
      <p>
        <xsl:if test="normalize-space($commune/tns:Name) != ''">
          <xsl:value-of select="concat(normalize-space($commune/tns:Name), ' : ')"/>
        </xsl:if>
        <xsl:text>gestion des dossiers avec Web Services Citoyens. Les données affichées sont personnelles : ne les communiquez qu'aux personnes habilitées.</xsl:text>
      </p>
    </xsl:element>
  </xsl:template>

  <!-- ===================================================================== shared pieces -->

  <!-- The confirmation of what was just done: a polite live region. -->
  <xsl:template name="bo-notice">
    <div class="bo-live" role="status">
      <xsl:if test="page:Notice">
        <p class="wsc-notice bo-notice"><xsl:value-of select="page:Notice"/></p>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- The refusals, each linked to its control when the page has it (linkable: the paths of the page's controls). -->
  <xsl:template name="bo-errors">
    <xsl:param name="linkable" select="''"/>
    <xsl:if test="$bo-errors">
      <div class="wsc-errors" role="alert" tabindex="-1" id="wsc-erreurs">
        <h2>La demande n'a pas abouti</h2>
        <ul>
          <xsl:for-each select="$bo-errors">
            <li>
              <xsl:choose>
                <xsl:when test="contains(concat(' ', $linkable, ' '), concat(' ', @path, ' ')) and string(@path) != ''">
                  <a href="#f-{@path}"><xsl:value-of select="."/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The error of one control, said before it (and referenced by its aria-describedby). -->
  <xsl:template name="bo-field-error">
    <xsl:param name="path"/>
    <xsl:if test="$bo-errors[@path = $path]">
      <p class="wsc-error" id="f-{$path}-erreur">
        <span class="wsc-sr-only">Erreur : </span>
        <xsl:value-of select="$bo-errors[@path = $path][1]"/>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- aria-describedby and aria-invalid of a control: its help, its error. -->
  <xsl:template name="bo-described">
    <xsl:param name="path"/>
    <xsl:param name="help" select="false()"/>
    <xsl:variable name="invalid" select="boolean($bo-errors[@path = $path])"/>
    <xsl:if test="$help or $invalid">
      <xsl:attribute name="aria-describedby">
        <xsl:value-of select="normalize-space(concat(substring(concat('f-', $path, '-aide'), 1, 1000 * $help), ' ',
                                                     substring(concat('f-', $path, '-erreur'), 1, 1000 * $invalid)))"/>
      </xsl:attribute>
    </xsl:if>
    <xsl:if test="$invalid">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- A labelled text area (the forms of the dossier page), refilled with what was typed when refused. -->
  <xsl:template name="bo-textarea">
    <xsl:param name="path"/>
    <xsl:param name="label"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="name" select="'texte'"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>wsc-field</xsl:text>
        <xsl:if test="$bo-errors[@path = $path]"> wsc-field-invalid</xsl:if>
      </xsl:attribute>
      <label for="f-{$path}" class="wsc-label">
        <xsl:value-of select="$label"/>
        <span class="wsc-required" aria-hidden="true">*</span>
      </label>
      <xsl:if test="$help != ''">
        <p class="wsc-help" id="f-{$path}-aide"><xsl:value-of select="$help"/></p>
      </xsl:if>
      <xsl:call-template name="bo-field-error">
        <xsl:with-param name="path" select="$path"/>
      </xsl:call-template>
      <textarea id="f-{$path}" name="{$name}"
                class="wsc-textarea" rows="4" maxlength="4000" required="" aria-required="true">
        <xsl:call-template name="bo-described">
          <xsl:with-param name="path" select="$path"/>
          <xsl:with-param name="help" select="$help != ''"/>
        </xsl:call-template>
        <xsl:value-of select="$bo-values[@path = $path][1]"/>
      </textarea>
    </div>
  </xsl:template>

  <!-- The commune's agents as options, the one given selected (the agent's own name said). -->
  <xsl:template name="bo-colleague-options">
    <xsl:param name="colleagues"/>
    <xsl:param name="selected"/>
    <xsl:param name="with-self" select="true()"/>
    <xsl:for-each select="$colleagues/page:Colleague[$with-self or not(@self = 'true')]">
      <option value="{@id}">
        <xsl:if test="string(@id) = string($selected)"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
        <xsl:value-of select="."/>
        <xsl:if test="@self = 'true'"> (moi)</xsl:if>
      </option>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="page:BackOffice" mode="wsc-content">
    <xsl:choose>
      <xsl:when test="@view = 'connexion'"><xsl:call-template name="bo-login"/></xsl:when>
      <xsl:when test="@view = 'dossiers'"><xsl:apply-templates select="page:Queue"/></xsl:when>
      <xsl:when test="@view = 'dossier'"><xsl:apply-templates select="page:Dossier"/></xsl:when>
      <xsl:when test="@view = 'demandes-communes'"><xsl:apply-templates select="page:CommuneRequests"/></xsl:when>
      <xsl:otherwise>
        <h1><xsl:value-of select="page:Message/page:Title"/></h1>
        <p class="wsc-message"><xsl:value-of select="page:Message/page:Text"/></p>
        <xsl:if test="page:Agent">
          <p><a href="/gestion/dossiers">Retour à la liste des dossiers</a></p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== requests to other communes -->

  <!-- Read-only: the commune asked processes them; no link, the asking commune cannot open the dossier. -->
  <xsl:template match="page:CommuneRequests">
    <h1>Demandes adressées à d'autres communes</h1>
    <p class="wsc-lead">Les demandes que votre commune a déposées auprès d'une autre commune pour un usager. La commune destinataire les traite ; vous suivez ici leur avancement.</p>
    <xsl:choose>
      <xsl:when test="not(page:Request)">
        <p>Votre commune n'a adressé aucune demande à une autre commune.</p>
      </xsl:when>
      <xsl:otherwise>
        <table class="wsc-table bo-commune-requests">
          <caption class="wsc-sr-only">Demandes adressées à d'autres communes, les plus récentes d'abord</caption>
          <thead>
            <tr>
              <th scope="col">N° de dossier</th>
              <th scope="col">Commune destinataire</th>
              <th scope="col">Démarche</th>
              <th scope="col">Usager</th>
              <th scope="col">Étape</th>
              <th scope="col">Déposée le</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="page:Request">
              <tr>
                <th scope="row"><span class="bo-number"><xsl:value-of select="@number"/></span></th>
                <td><xsl:value-of select="concat(page:Commune, ' (', page:Commune/@code, ')')"/></td>
                <td><xsl:value-of select="page:Procedure"/></td>
                <td><xsl:value-of select="page:Applicant"/></td>
                <td><xsl:value-of select="page:Step"/></td>
                <td>
                  <xsl:call-template name="wsc-date">
                    <xsl:with-param name="value" select="page:SubmittedAtLocal"/>
                  </xsl:call-template>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== log in -->

  <xsl:template name="bo-login">
    <h1>Connexion à la gestion des dossiers</h1>
    <p class="wsc-lead">Espace réservé aux agents des communes : connectez-vous avec l'adresse électronique et le mot de passe de votre compte d'agent.</p>
    <xsl:call-template name="bo-notice"/>
    <xsl:call-template name="bo-errors">
      <xsl:with-param name="linkable" select="'email motDePasse'"/>
    </xsl:call-template>
    <form method="post" action="/gestion/connexion" class="wsc-form bo-login" accept-charset="UTF-8">
      <xsl:call-template name="bo-login-field">
        <xsl:with-param name="path" select="'email'"/>
        <xsl:with-param name="label" select="'Adresse électronique'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="autocomplete" select="'username'"/>
      </xsl:call-template>
      <xsl:call-template name="bo-login-field">
        <xsl:with-param name="path" select="'motDePasse'"/>
        <xsl:with-param name="label" select="'Mot de passe'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
      </xsl:call-template>
      <div class="wsc-actions">
        <button type="submit" class="wsc-button">Se connecter</button>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="bo-login-field">
    <xsl:param name="path"/>
    <xsl:param name="label"/>
    <xsl:param name="type"/>
    <xsl:param name="autocomplete"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>wsc-field</xsl:text>
        <xsl:if test="$bo-errors[@path = $path]"> wsc-field-invalid</xsl:if>
      </xsl:attribute>
      <label for="f-{$path}" class="wsc-label">
        <xsl:value-of select="$label"/>
        <span class="wsc-required" aria-hidden="true">*</span>
      </label>
      <xsl:call-template name="bo-field-error">
        <xsl:with-param name="path" select="$path"/>
      </xsl:call-template>
      <input id="f-{$path}" name="{$path}" type="{$type}" class="wsc-input" required="" aria-required="true" autocomplete="{$autocomplete}">
        <xsl:call-template name="bo-described">
          <xsl:with-param name="path" select="$path"/>
        </xsl:call-template>
        <xsl:if test="$type != 'password' and $bo-values[@path = $path]">
          <xsl:attribute name="value"><xsl:value-of select="$bo-values[@path = $path][1]"/></xsl:attribute>
        </xsl:if>
      </input>
    </div>
  </xsl:template>

  <!-- ===================================================================== the queue -->

  <xsl:template match="page:Queue">
    <xsl:variable name="filter" select="page:Filter/page:Value"/>
    <h1>Dossiers à traiter</h1>
    <xsl:for-each select="..">
      <xsl:call-template name="bo-notice"/>
      <xsl:call-template name="bo-errors">
        <xsl:with-param name="linkable" select="'recherche demarche etape etat anciennete taille agent action collegue nom'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:apply-templates select="page:Outcomes"/>

    <section class="bo-search" aria-labelledby="titre-recherche">
      <h2 id="titre-recherche">Rechercher un dossier</h2>
      <form method="get" action="/gestion/dossiers" class="wsc-form" role="search" accept-charset="UTF-8">
        <div class="wsc-field">
          <label for="f-recherche" class="wsc-label">Mots-clés</label>
          <p class="wsc-help" id="f-recherche-aide">Un nom, un numéro de dossier, une adresse, tout mot de la demande, sans se soucier des accents ni des majuscules : « dup orléans » trouve Dupont à Orléans. Les autres filtres sont gardés.</p>
          <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'recherche'"/></xsl:call-template>
          <input id="f-recherche" name="recherche" type="search" maxlength="200" class="wsc-input" value="{$filter[@name = 'recherche']}">
            <xsl:call-template name="bo-described">
              <xsl:with-param name="path" select="'recherche'"/>
              <xsl:with-param name="help" select="true()"/>
            </xsl:call-template>
          </input>
        </div>
        <!-- Searching keeps the other filters (not the page: the list found starts at its first). -->
        <xsl:for-each select="$filter[@name != 'recherche' and @name != 'page']">
          <input type="hidden" name="{@name}" value="{.}"/>
        </xsl:for-each>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Rechercher</button>
        </div>
      </form>
    </section>

    <section class="bo-filters" aria-labelledby="titre-filtres">
      <h2 id="titre-filtres">Filtrer les dossiers</h2>
      <form method="get" action="/gestion/dossiers" class="wsc-form" accept-charset="UTF-8">
        <div class="bo-filter-grid">
          <div class="wsc-field">
            <label for="f-demarche" class="wsc-label">Démarche</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
            <select id="f-demarche" name="demarche" class="wsc-select">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'demarche'"/></xsl:call-template>
              <option value="">Toutes les démarches de mon périmètre</option>
              <xsl:for-each select="page:Procedures/page:Procedure">
                <option value="{@code}">
                  <xsl:if test="$filter[@name = 'demarche'] = @code"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
                  <xsl:value-of select="page:Title"/>
                </option>
              </xsl:for-each>
            </select>
          </div>
          <div class="wsc-field">
            <label for="f-etape" class="wsc-label">Étape en cours</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'etape'"/></xsl:call-template>
            <select id="f-etape" name="etape" class="wsc-select">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'etape'"/></xsl:call-template>
              <option value="">Toutes les étapes</option>
              <xsl:for-each select="page:Procedures/page:Procedure[not($filter[@name = 'demarche']) or @code = $filter[@name = 'demarche']]">
                <optgroup label="{page:Title}">
                  <xsl:for-each select="page:Step">
                    <option value="{@code}">
                      <xsl:if test="$filter[@name = 'etape'] = @code"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
                      <xsl:value-of select="."/>
                    </option>
                  </xsl:for-each>
                </optgroup>
              </xsl:for-each>
            </select>
          </div>
          <div class="wsc-field">
            <label for="f-etat" class="wsc-label">État</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'etat'"/></xsl:call-template>
            <select id="f-etat" name="etat" class="wsc-select">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'etat'"/></xsl:call-template>
              <option value="">À traiter (en cours ou en attente de l'usager)</option>
              <xsl:for-each select="page:States/page:State">
                <option value="{@code}">
                  <xsl:if test="$filter[@name = 'etat'] = @code"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
                  <xsl:value-of select="."/>
                </option>
              </xsl:for-each>
            </select>
          </div>
          <div class="wsc-field">
            <label for="f-anciennete" class="wsc-label">Déposés depuis plus de (jours)</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'anciennete'"/></xsl:call-template>
            <input id="f-anciennete" name="anciennete" type="number" min="0" max="3650" step="1" inputmode="numeric" class="wsc-input wsc-input-number">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'anciennete'"/></xsl:call-template>
              <xsl:if test="$filter[@name = 'anciennete']">
                <xsl:attribute name="value"><xsl:value-of select="$filter[@name = 'anciennete']"/></xsl:attribute>
              </xsl:if>
            </input>
          </div>
          <div class="wsc-field">
            <label for="f-taille" class="wsc-label">Dossiers par page</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'taille'"/></xsl:call-template>
            <select id="f-taille" name="taille" class="wsc-select bo-select-short">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'taille'"/></xsl:call-template>
              <xsl:variable name="size" select="string(@pageSize)"/>
              <xsl:if test="not($size = '10' or $size = '25' or $size = '50' or $size = '100')">
                <option value="{$size}" selected=""><xsl:value-of select="$size"/></option>
              </xsl:if>
              <xsl:call-template name="bo-size-option"><xsl:with-param name="value" select="'10'"/><xsl:with-param name="current" select="$size"/></xsl:call-template>
              <xsl:call-template name="bo-size-option"><xsl:with-param name="value" select="'25'"/><xsl:with-param name="current" select="$size"/></xsl:call-template>
              <xsl:call-template name="bo-size-option"><xsl:with-param name="value" select="'50'"/><xsl:with-param name="current" select="$size"/></xsl:call-template>
              <xsl:call-template name="bo-size-option"><xsl:with-param name="value" select="'100'"/><xsl:with-param name="current" select="$size"/></xsl:call-template>
            </select>
          </div>
        </div>
        <fieldset class="wsc-group">
          <legend class="wsc-legend">Afficher seulement</legend>
          <xsl:call-template name="bo-filter-check">
            <xsl:with-param name="name" select="'retard'"/>
            <xsl:with-param name="label" select="'les dossiers en retard (délai annoncé dépassé)'"/>
            <xsl:with-param name="filter" select="$filter"/>
          </xsl:call-template>
          <xsl:call-template name="bo-filter-check">
            <xsl:with-param name="name" select="'moi'"/>
            <xsl:with-param name="label" select="'les dossiers qui me sont attribués'"/>
            <xsl:with-param name="filter" select="$filter"/>
          </xsl:call-template>
          <xsl:call-template name="bo-filter-check">
            <xsl:with-param name="name" select="'libres'"/>
            <xsl:with-param name="label" select="'les dossiers attribués à personne'"/>
            <xsl:with-param name="filter" select="$filter"/>
          </xsl:call-template>
          <xsl:call-template name="bo-filter-check">
            <xsl:with-param name="name" select="'test'"/>
            <xsl:with-param name="label" select="'les dossiers de test (déposés avec la clé d’aperçu)'"/>
            <xsl:with-param name="filter" select="$filter"/>
          </xsl:call-template>
        </fieldset>
        <!-- Filtering keeps the keywords and the sort chosen. -->
        <xsl:for-each select="$filter[@name = 'recherche' or @name = 'tri' or @name = 'ordre']">
          <input type="hidden" name="{@name}" value="{.}"/>
        </xsl:for-each>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Filtrer</button>
          <xsl:text> </xsl:text>
          <a href="/gestion/dossiers" class="bo-reset">Effacer les filtres</a>
        </div>
      </form>
    </section>

    <section class="bo-list" aria-labelledby="titre-liste">
      <xsl:choose>
        <xsl:when test="not(page:Rows)">
          <h2 id="titre-liste">Liste des dossiers</h2>
          <p>Corrigez les filtres pour afficher la liste.</p>
        </xsl:when>
        <xsl:otherwise>
          <h2 id="titre-liste"><xsl:value-of select="page:Count"/></h2>
          <xsl:choose>
            <xsl:when test="page:Rows/page:Row">
              <xsl:call-template name="bo-queue-table">
                <xsl:with-param name="filter" select="$filter"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <p class="bo-empty">Aucun dossier ne correspond à ces critères.</p>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="page:Paging"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:apply-templates select="page:SavedSearches">
      <xsl:with-param name="filter" select="$filter"/>
    </xsl:apply-templates>

    <xsl:if test="page:Colleagues/page:Colleague[not(@self = 'true')]">
      <section class="bo-takeover wsc-account-form" aria-labelledby="titre-reprise">
        <h2 id="titre-reprise">Reprendre les dossiers d'un collègue</h2>
        <p class="wsc-help">Ses dossiers en cours qui relèvent de votre périmètre vous sont attribués, par exemple pendant son absence.</p>
        <form method="post" action="/gestion/dossiers/reprise" class="wsc-form" accept-charset="UTF-8">
          <xsl:call-template name="bo-filter-hidden">
            <xsl:with-param name="filter" select="$filter"/>
          </xsl:call-template>
          <div class="wsc-field">
            <label for="f-collegue" class="wsc-label">Reprendre les dossiers de<span class="wsc-required" aria-hidden="true">*</span></label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'collegue'"/></xsl:call-template>
            <select id="f-collegue" name="collegue" class="wsc-select" required="" aria-required="true">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'collegue'"/></xsl:call-template>
              <option value="">Choisir un collègue</option>
              <xsl:call-template name="bo-colleague-options">
                <xsl:with-param name="colleagues" select="page:Colleagues"/>
                <xsl:with-param name="selected" select="''"/>
                <xsl:with-param name="with-self" select="false()"/>
              </xsl:call-template>
            </select>
          </div>
          <div class="wsc-actions">
            <button type="submit" class="wsc-button wsc-button-secondary">Reprendre ses dossiers</button>
          </div>
        </form>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The agent's saved searches: each reopens the queue with its filter, or is deleted; and the filter shown saved under a name. -->
  <xsl:template match="page:SavedSearches">
    <xsl:param name="filter"/>
    <section class="bo-saved wsc-account-form" aria-labelledby="titre-recherches">
      <h2 id="titre-recherches">Mes recherches enregistrées</h2>
      <xsl:choose>
        <xsl:when test="page:Search">
          <ul class="bo-saved-list">
            <xsl:for-each select="page:Search">
              <xsl:variable name="href">
                <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@href"/></xsl:call-template>
              </xsl:variable>
              <xsl:variable name="delete">
                <xsl:call-template name="wsc-safe-url"><xsl:with-param name="url" select="@delete"/></xsl:call-template>
              </xsl:variable>
              <li>
                <a href="{$href}">
                  <xsl:if test="@current = 'true'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                  <xsl:value-of select="."/>
                </a>
                <xsl:if test="@current = 'true'"> (affichée)</xsl:if>
                <xsl:text> </xsl:text>
                <form method="post" action="{$delete}" class="bo-saved-delete" accept-charset="UTF-8">
                  <xsl:call-template name="bo-filter-hidden">
                    <xsl:with-param name="filter" select="$filter"/>
                  </xsl:call-template>
                  <button type="submit" class="wsc-button wsc-button-secondary">Supprimer<span class="wsc-sr-only"> la recherche « <xsl:value-of select="."/> »</span></button>
                </form>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="bo-empty">Aucune recherche enregistrée : enregistrez ci-dessous les filtres que vous utilisez souvent.</p>
        </xsl:otherwise>
      </xsl:choose>
      <form method="post" action="/gestion/recherches" class="wsc-form" accept-charset="UTF-8">
        <xsl:call-template name="bo-filter-hidden">
          <xsl:with-param name="filter" select="$filter"/>
        </xsl:call-template>
        <div class="wsc-field">
          <xsl:attribute name="class">
            <xsl:text>wsc-field</xsl:text>
            <xsl:if test="$bo-errors[@path = 'nom']"> wsc-field-invalid</xsl:if>
          </xsl:attribute>
          <label for="f-nom" class="wsc-label">Nom de la recherche<span class="wsc-required" aria-hidden="true">*</span></label>
          <p class="wsc-help" id="f-nom-aide">Les filtres et mots-clés affichés ci-dessus, sous ce nom (80 caractères au plus).</p>
          <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'nom'"/></xsl:call-template>
          <input id="f-nom" name="nom" type="text" maxlength="80" class="wsc-input" required="" aria-required="true" value="{$bo-values[@path = 'nom'][1]}">
            <xsl:call-template name="bo-described">
              <xsl:with-param name="path" select="'nom'"/>
              <xsl:with-param name="help" select="true()"/>
            </xsl:call-template>
          </input>
        </div>
        <div class="wsc-actions">
          <button type="submit" class="wsc-button">Enregistrer cette recherche</button>
        </div>
      </form>
    </section>
  </xsl:template>

  <xsl:template name="bo-size-option">
    <xsl:param name="value"/>
    <xsl:param name="current"/>
    <option value="{$value}">
      <xsl:if test="$value = $current"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
      <xsl:value-of select="$value"/>
    </option>
  </xsl:template>

  <xsl:template name="bo-filter-check">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="filter"/>
    <div class="wsc-field wsc-field-boolean">
      <input id="f-{$name}" name="{$name}" type="checkbox" value="oui" class="wsc-checkbox">
        <xsl:if test="$filter[@name = $name] = 'oui'"><xsl:attribute name="checked"></xsl:attribute></xsl:if>
      </input>
      <label for="f-{$name}" class="wsc-checkbox-label"><xsl:value-of select="$label"/></label>
    </div>
  </xsl:template>

  <!-- The filter posted back with a selection, so that the queue answered is the one the agent was looking at. -->
  <xsl:template name="bo-filter-hidden">
    <xsl:param name="filter"/>
    <xsl:for-each select="$filter">
      <input type="hidden" name="{@name}" value="{.}"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="bo-queue-table">
    <xsl:param name="filter"/>
    <form method="post" action="/gestion/dossiers/selection" class="wsc-form bo-selection" accept-charset="UTF-8">
      <xsl:call-template name="bo-filter-hidden">
        <xsl:with-param name="filter" select="$filter"/>
      </xsl:call-template>
      <div class="wsc-table-wrapper">
        <table class="wsc-table bo-queue">
          <caption>
            <xsl:text>Dossiers</xsl:text>
            <xsl:value-of select="concat(' – ', page:PageLabel)"/>
          </caption>
          <thead>
            <tr>
              <th scope="col"><span class="wsc-sr-only">Sélection</span></th>
              <xsl:call-template name="bo-sortable">
                <xsl:with-param name="key" select="'numero'"/>
                <xsl:with-param name="label" select="'N° de dossier'"/>
              </xsl:call-template>
              <th scope="col">Demandeur</th>
              <xsl:call-template name="bo-sortable">
                <xsl:with-param name="key" select="'demarche'"/>
                <xsl:with-param name="label" select="'Démarche'"/>
              </xsl:call-template>
              <xsl:call-template name="bo-sortable">
                <xsl:with-param name="key" select="'etape'"/>
                <xsl:with-param name="label" select="'Étape en cours'"/>
              </xsl:call-template>
              <xsl:call-template name="bo-sortable">
                <xsl:with-param name="key" select="'depot'"/>
                <xsl:with-param name="label" select="'Date de la demande'"/>
              </xsl:call-template>
              <th scope="col">Agent attribué</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="page:Rows/page:Row"/>
          </tbody>
        </table>
      </div>
      <fieldset class="wsc-group bo-bulk">
        <legend class="wsc-legend">Pour les dossiers cochés</legend>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'selection'"/></xsl:call-template>
        <div class="bo-bulk-row">
          <div class="wsc-field">
            <label for="f-agent" class="wsc-label">Confier à</label>
            <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'agent'"/></xsl:call-template>
            <select id="f-agent" name="agent" class="wsc-select">
              <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'agent'"/></xsl:call-template>
              <xsl:call-template name="bo-colleague-options">
                <xsl:with-param name="colleagues" select="page:Colleagues"/>
                <xsl:with-param name="selected" select="string(../page:Agent/@id)"/>
              </xsl:call-template>
              <option value="personne">Personne (remettre dans la file commune)</option>
            </select>
          </div>
          <div class="wsc-actions">
            <button type="submit" name="operation" value="attribuer" class="wsc-button">Confier les dossiers cochés</button>
          </div>
        </div>
        <xsl:if test="page:Actions/page:Action">
          <div class="bo-bulk-row">
            <div class="wsc-field">
              <label for="f-action" class="wsc-label">Action à effectuer</label>
              <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'action'"/></xsl:call-template>
              <select id="f-action" name="action" class="wsc-select">
                <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'action'"/></xsl:call-template>
                <option value="">Choisir une action</option>
                <xsl:for-each select="page:Actions/page:Action">
                  <option value="{@code}"><xsl:value-of select="."/></option>
                </xsl:for-each>
              </select>
            </div>
            <div class="wsc-actions">
              <button type="submit" name="operation" value="action" class="wsc-button">Effectuer l'action sur les dossiers cochés</button>
            </div>
          </div>
        </xsl:if>
      </fieldset>
    </form>
  </xsl:template>

  <!-- A column header that sorts the list: its state said by aria-sort and in words, the arrow only decorates. -->
  <xsl:template name="bo-sortable">
    <xsl:param name="key"/>
    <xsl:param name="label"/>
    <xsl:variable name="column" select="page:Columns/page:Column[@key = $key]"/>
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="$column/@href"/>
      </xsl:call-template>
    </xsl:variable>
    <th scope="col">
      <xsl:if test="$column/@sorted = 'asc'"><xsl:attribute name="aria-sort">ascending</xsl:attribute></xsl:if>
      <xsl:if test="$column/@sorted = 'desc'"><xsl:attribute name="aria-sort">descending</xsl:attribute></xsl:if>
      <a href="{$href}" class="bo-sort">
        <xsl:value-of select="$label"/>
        <span class="wsc-sr-only">
          <xsl:choose>
            <xsl:when test="$column/@sorted = 'asc'"> (trié par ordre croissant ; trier par ordre décroissant)</xsl:when>
            <xsl:otherwise> (trier par ordre croissant)</xsl:otherwise>
          </xsl:choose>
        </span>
        <xsl:if test="$column/@sorted">
          <span class="bo-sort-mark" aria-hidden="true">
            <xsl:choose>
              <xsl:when test="$column/@sorted = 'asc'">▲</xsl:when>
              <xsl:otherwise>▼</xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
      </a>
    </th>
  </xsl:template>

  <xsl:template match="page:Row">
    <!-- Dossier numbers are three groups of three letters or digits: safe in an id and an address. -->
    <xsl:variable name="number" select="string(@number)"/>
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="@href"/>
      </xsl:call-template>
    </xsl:variable>
    <tr>
      <td class="bo-select-cell">
        <input type="checkbox" name="dossiers" value="{$number}" id="sel-{$number}" class="wsc-checkbox"/>
        <label for="sel-{$number}" class="wsc-sr-only"><xsl:value-of select="concat('Sélectionner le dossier ', $number)"/></label>
      </td>
      <th scope="row">
        <span class="bo-number"><xsl:value-of select="$number"/></span>
        <xsl:if test="@overdue = 'true'">
          <xsl:text> </xsl:text>
          <span class="wsc-badge bo-badge-late">En retard</span>
        </xsl:if>
        <xsl:if test="@test = 'true'">
          <xsl:text> </xsl:text>
          <span class="wsc-badge bo-badge-test">Test</span>
        </xsl:if>
        <xsl:if test="page:State/@code != 'Open'">
          <xsl:text> </xsl:text>
          <span class="wsc-badge bo-badge-state"><xsl:value-of select="page:State"/></span>
        </xsl:if>
      </th>
      <td>
        <xsl:value-of select="page:Applicant"/>
        <!-- A request another commune addressed to this one (RequestFromCommune): who asked, for whom. -->
        <xsl:if test="page:RequestedBy">
          <span class="bo-requested-by"><xsl:value-of select="page:RequestedBy"/></span>
        </xsl:if>
      </td>
      <td><xsl:value-of select="page:Procedure"/></td>
      <td><xsl:value-of select="page:Step"/></td>
      <td>
        <xsl:call-template name="wsc-date">
          <xsl:with-param name="value" select="page:SubmittedAtLocal"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="page:Assigned"><xsl:value-of select="page:Assigned"/></xsl:when>
          <xsl:otherwise>
            <span aria-hidden="true">—</span>
            <span class="wsc-sr-only">personne</span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:if test="string($href) != ''">
          <a href="{$href}" class="bo-treat">Traiter<span class="wsc-sr-only"><xsl:value-of select="concat(' le dossier ', $number)"/></span></a>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <xsl:template match="page:Paging">
    <xsl:variable name="previous">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="@previous"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="next">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="@next"/>
      </xsl:call-template>
    </xsl:variable>
    <nav class="bo-paging" aria-label="Pages de la liste">
      <ul>
        <xsl:if test="string($previous) != ''">
          <li><a href="{$previous}" rel="prev">Page précédente</a></li>
        </xsl:if>
        <li><span aria-current="page"><xsl:value-of select="../page:PageLabel"/></span></li>
        <xsl:if test="string($next) != ''">
          <li><a href="{$next}" rel="next">Page suivante</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- What became of each dossier of the selection just posted. -->
  <xsl:template match="page:Outcomes">
    <section class="bo-outcomes" aria-labelledby="titre-resultats">
      <h2 id="titre-resultats">Résultat pour chaque dossier</h2>
      <div class="wsc-table-wrapper">
        <table class="wsc-table">
          <caption>Dossiers sélectionnés et ce qui a été fait</caption>
          <thead>
            <tr>
              <th scope="col">N° de dossier</th>
              <th scope="col">Résultat</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="page:Outcome">
              <tr>
                <th scope="row"><span class="bo-number"><xsl:value-of select="@number"/></span></th>
                <td>
                  <xsl:attribute name="class">
                    <xsl:choose>
                      <xsl:when test="@done = 'true'">bo-outcome-done</xsl:when>
                      <xsl:otherwise>bo-outcome-refused</xsl:otherwise>
                    </xsl:choose>
                  </xsl:attribute>
                  <xsl:value-of select="."/>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <!-- ===================================================================== a dossier -->

  <xsl:template match="page:Dossier">
    <xsl:variable name="href">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="@href"/>
      </xsl:call-template>
    </xsl:variable>
    <p class="bo-back"><a href="/gestion/dossiers">Retour à la liste des dossiers</a></p>
    <xsl:call-template name="wsc-theme-label">
      <xsl:with-param name="label" select="page:Theme"/>
    </xsl:call-template>
    <h1>
      <xsl:text>Dossier N° </xsl:text>
      <span class="wsc-dossier-number"><xsl:value-of select="@number"/></span>
    </h1>
    <p class="wsc-lead"><xsl:value-of select="page:Procedure"/></p>
    <xsl:if test="@test = 'true'">
      <p class="wsc-test-notice" role="note">Dossier de test : déposé avec la clé d'aperçu de la commune.</p>
    </xsl:if>
    <xsl:for-each select="..">
      <xsl:call-template name="bo-notice"/>
      <xsl:call-template name="bo-errors">
        <xsl:with-param name="linkable" select="'note message correction motif issue agent'"/>
      </xsl:call-template>
    </xsl:for-each>

    <dl class="wsc-facts bo-facts">
      <div class="wsc-fact">
        <dt>Demandeur</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="normalize-space(page:Applicant) != ''"><xsl:value-of select="page:Applicant"/></xsl:when>
            <xsl:otherwise>Non renseigné</xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="wsc-fact">
        <dt>État</dt>
        <dd><xsl:value-of select="page:State"/></dd>
      </div>
      <div class="wsc-fact">
        <dt>Étape en cours</dt>
        <dd><xsl:value-of select="page:Step"/></dd>
      </div>
      <div class="wsc-fact">
        <dt>Dans cette étape depuis le</dt>
        <dd>
          <xsl:call-template name="wsc-datetime">
            <xsl:with-param name="value" select="page:StepSinceLocal"/>
          </xsl:call-template>
        </dd>
      </div>
      <div class="wsc-fact">
        <dt>Date de la demande</dt>
        <dd>
          <xsl:call-template name="wsc-datetime">
            <xsl:with-param name="value" select="page:SubmittedAtLocal"/>
          </xsl:call-template>
        </dd>
      </div>
      <xsl:if test="page:ClosedAtLocal">
        <div class="wsc-fact">
          <dt>Clos le</dt>
          <dd>
            <xsl:call-template name="wsc-datetime">
              <xsl:with-param name="value" select="page:ClosedAtLocal"/>
            </xsl:call-template>
          </dd>
        </div>
      </xsl:if>
      <div class="wsc-fact">
        <dt>En retard</dt>
        <dd>
          <xsl:if test="@overdue = 'true'"><xsl:attribute name="class">bo-late</xsl:attribute></xsl:if>
          <xsl:value-of select="page:Overdue"/>
        </dd>
      </div>
      <div class="wsc-fact">
        <dt>Attribué à</dt>
        <dd><xsl:value-of select="page:Assigned"/></dd>
      </div>
      <div class="wsc-fact">
        <dt>Déposé par</dt>
        <dd><xsl:value-of select="page:Channel"/></dd>
      </div>
    </dl>

    <section class="bo-step-actions" aria-labelledby="titre-actions" id="actions">
      <h2 id="titre-actions">
        <xsl:choose>
          <xsl:when test="@open = 'true'"><xsl:value-of select="concat('Actions de l’étape « ', page:Step, ' »')"/></xsl:when>
          <xsl:otherwise>Actions</xsl:otherwise>
        </xsl:choose>
      </h2>
      <xsl:choose>
        <xsl:when test="@open != 'true'">
          <p>Le dossier est clos : seuls une note interne et un message à l'usager restent possibles.</p>
        </xsl:when>
        <xsl:when test="page:Actions/page:Action and string($href) != ''">
          <ul class="bo-actions">
            <xsl:for-each select="page:Actions/page:Action">
              <li>
                <form method="post" action="{$href}/action" class="bo-action-form">
                  <input type="hidden" name="etape" value="{@step}"/>
                  <input type="hidden" name="action" value="{@code}"/>
                  <button type="submit" class="wsc-button"><xsl:value-of select="."/></button>
                  <xsl:if test="normalize-space(@document) != ''">
                    <span class="wsc-help bo-action-document"><xsl:value-of select="concat(' Produit le document « ', @document, ' ».')"/></span>
                  </xsl:if>
                </form>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p>Aucune action de cette étape ne vous est ouverte : elle attend une action automatique, un autre service ou l'usager.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="string($href) != ''">
      <section class="bo-forms" aria-labelledby="titre-traiter">
        <h2 id="titre-traiter">Traiter le dossier</h2>
        <xsl:if test="@open = 'true'">
          <xsl:call-template name="bo-assign-form">
            <xsl:with-param name="href" select="$href"/>
          </xsl:call-template>
        </xsl:if>
        <form method="post" action="{$href}/note" class="wsc-form bo-form" accept-charset="UTF-8">
          <h3>Note interne</h3>
          <xsl:call-template name="bo-textarea">
            <xsl:with-param name="path" select="'note'"/>
            <xsl:with-param name="label" select="'Texte de la note'"/>
            <xsl:with-param name="help" select="'Pour les agents de la commune : l’usager ne la voit jamais.'"/>
          </xsl:call-template>
          <div class="wsc-actions"><button type="submit" class="wsc-button wsc-button-secondary">Ajouter la note</button></div>
        </form>
        <form method="post" action="{$href}/message" class="wsc-form bo-form" accept-charset="UTF-8">
          <h3>Message à l'usager</h3>
          <xsl:call-template name="bo-textarea">
            <xsl:with-param name="path" select="'message'"/>
            <xsl:with-param name="label" select="'Texte du message'"/>
            <xsl:with-param name="help" select="'L’usager le lit dans son espace et le reçoit par courriel.'"/>
          </xsl:call-template>
          <div class="wsc-actions"><button type="submit" class="wsc-button wsc-button-secondary">Envoyer le message</button></div>
        </form>
        <xsl:if test="@open = 'true'">
          <form method="post" action="{$href}/correction" class="wsc-form bo-form" accept-charset="UTF-8">
            <h3>Demander une correction</h3>
            <xsl:call-template name="bo-textarea">
              <xsl:with-param name="path" select="'correction'"/>
              <xsl:with-param name="label" select="'Ce que l’usager doit corriger ou compléter'"/>
              <xsl:with-param name="help" select="'Le dossier attend alors la réponse de l’usager, qui reçoit ce texte par courriel.'"/>
            </xsl:call-template>
            <div class="wsc-actions"><button type="submit" class="wsc-button wsc-button-secondary">Demander la correction</button></div>
          </form>
          <xsl:if test="page:Exits/page:Exit">
            <form method="post" action="{$href}/rejet" class="wsc-form bo-form" accept-charset="UTF-8">
              <h3>Rejeter la demande</h3>
              <div class="wsc-field">
                <label for="f-issue" class="wsc-label">Issue du rejet</label>
                <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'issue'"/></xsl:call-template>
                <select id="f-issue" name="issue" class="wsc-select">
                  <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'issue'"/></xsl:call-template>
                  <xsl:for-each select="page:Exits/page:Exit">
                    <option value="{@code}">
                      <xsl:if test="$bo-values[@path = 'issue'] = @code"><xsl:attribute name="selected"></xsl:attribute></xsl:if>
                      <xsl:value-of select="."/>
                    </option>
                  </xsl:for-each>
                </select>
              </div>
              <xsl:call-template name="bo-textarea">
                <xsl:with-param name="path" select="'motif'"/>
                <xsl:with-param name="name" select="'motif'"/>
                <xsl:with-param name="label" select="'Motif du rejet'"/>
                <xsl:with-param name="help" select="'L’usager reçoit ce motif par courriel ; le dossier est clos.'"/>
              </xsl:call-template>
              <div class="wsc-actions"><button type="submit" class="wsc-button wsc-button-secondary">Rejeter le dossier</button></div>
            </form>
          </xsl:if>
          <form method="post" action="{$href}/cloture" class="wsc-form bo-form" accept-charset="UTF-8">
            <h3>Clore le dossier</h3>
            <p class="wsc-help">Le dossier passe directement à l'étape de clôture, sans les actions qui restent.</p>
            <div class="wsc-actions"><button type="submit" class="wsc-button wsc-button-secondary">Clore le dossier</button></div>
          </form>
        </xsl:if>
      </section>
    </xsl:if>

    <section class="bo-request" aria-labelledby="titre-demande">
      <h2 id="titre-demande">La demande</h2>
      <xsl:apply-templates select="page:Request/page:Section" mode="wsc-request">
        <xsl:with-param name="shift" select="1"/>
      </xsl:apply-templates>
    </section>

    <section class="bo-documents" aria-labelledby="titre-pieces">
      <h2 id="titre-pieces">Pièces jointes par l'usager</h2>
      <xsl:choose>
        <xsl:when test="page:CitizenDocuments/page:Document">
          <div class="wsc-table-wrapper">
            <table class="wsc-table">
              <caption>Pièces jointes au dossier</caption>
              <thead>
                <tr>
                  <th scope="col">Pièce</th>
                  <th scope="col">Fichier</th>
                  <th scope="col">Format et taille</th>
                  <th scope="col">Jointe le</th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="page:CitizenDocuments/page:Document"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>Aucune pièce jointe.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="bo-documents" aria-labelledby="titre-documents">
      <h2 id="titre-documents">Documents produits</h2>
      <xsl:choose>
        <xsl:when test="page:GeneratedDocuments/page:Document">
          <ul class="bo-generated">
            <xsl:for-each select="page:GeneratedDocuments/page:Document">
              <xsl:variable name="document">
                <xsl:call-template name="wsc-safe-url">
                  <xsl:with-param name="url" select="@href"/>
                </xsl:call-template>
              </xsl:variable>
              <li>
                <a href="{$document}"><xsl:value-of select="concat(page:Title, ' (PDF)')"/></a>
                <xsl:text>, produit le </xsl:text>
                <xsl:call-template name="wsc-datetime">
                  <xsl:with-param name="value" select="page:CreatedAtLocal"/>
                </xsl:call-template>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p>Aucun document produit.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="bo-history" aria-labelledby="titre-historique">
      <h2 id="titre-historique">Historique</h2>
      <div class="wsc-table-wrapper">
        <table class="wsc-table bo-history-table">
          <caption>Historique du dossier, du plus ancien au plus récent</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Par</th>
              <th scope="col">Quoi</th>
              <th scope="col">Visibilité</th>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="page:History/page:Event"/>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <!-- Entrust the dossier to an agent of the commune (the one it is assigned to selected), or to nobody. -->
  <xsl:template name="bo-assign-form">
    <xsl:param name="href"/>
    <form method="post" action="{$href}/attribution" class="wsc-form bo-form" accept-charset="UTF-8">
      <h3>Confier le dossier</h3>
      <div class="wsc-field">
        <label for="f-agent" class="wsc-label">Agent</label>
        <xsl:call-template name="bo-field-error"><xsl:with-param name="path" select="'agent'"/></xsl:call-template>
        <select id="f-agent" name="agent" class="wsc-select">
          <xsl:call-template name="bo-described"><xsl:with-param name="path" select="'agent'"/></xsl:call-template>
          <xsl:call-template name="bo-colleague-options">
            <xsl:with-param name="colleagues" select="page:Colleagues"/>
            <xsl:with-param name="selected" select="string((page:Assigned/@id | ../page:Agent[not(current()/page:Assigned/@id)]/@id)[1])"/>
          </xsl:call-template>
          <option value="personne">Personne (remettre dans la file commune)</option>
        </select>
      </div>
      <div class="wsc-actions"><button type="submit" class="wsc-button wsc-button-secondary">Confier le dossier</button></div>
    </form>
  </xsl:template>

  <xsl:template match="page:CitizenDocuments/page:Document">
    <xsl:variable name="document">
      <xsl:call-template name="wsc-safe-url">
        <xsl:with-param name="url" select="@href"/>
      </xsl:call-template>
    </xsl:variable>
    <tr>
      <th scope="row"><xsl:value-of select="page:Field"/></th>
      <td>
        <xsl:choose>
          <xsl:when test="string($document) != ''"><a href="{$document}"><xsl:value-of select="page:FileName"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="page:FileName"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="@mediaType = 'application/pdf'">PDF</xsl:when>
          <xsl:when test="@mediaType = 'image/jpeg'">JPEG</xsl:when>
          <xsl:when test="@mediaType = 'image/png'">PNG</xsl:when>
          <xsl:otherwise><xsl:value-of select="@mediaType"/></xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="number(@size) &lt; 1048576">
            <xsl:value-of select="concat(', ', translate(string(round(number(@size) div 1024 * 10) div 10), '.', ','), ' Ko')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat(', ', translate(string(round(number(@size) div 1048576 * 10) div 10), '.', ','), ' Mo')"/>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:call-template name="wsc-datetime">
          <xsl:with-param name="value" select="page:AttachedAtLocal"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

  <xsl:template match="page:Event">
    <tr>
      <xsl:if test="@kind = 'NoteAdded'"><xsl:attribute name="class">bo-internal</xsl:attribute></xsl:if>
      <td>
        <xsl:call-template name="wsc-datetime">
          <xsl:with-param name="value" select="page:AtLocal"/>
        </xsl:call-template>
      </td>
      <td><xsl:value-of select="page:Actor"/></td>
      <td>
        <span class="bo-event-kind"><xsl:value-of select="page:What"/></span>
        <xsl:if test="page:Step">
          <xsl:value-of select="concat(' : ', page:Step)"/>
        </xsl:if>
        <xsl:if test="page:Detail">
          <span class="bo-event-detail"><xsl:value-of select="page:Detail"/></span>
        </xsl:if>
      </td>
      <td><xsl:value-of select="page:Visibility"/></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
