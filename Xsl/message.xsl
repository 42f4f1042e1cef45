<?xml version="1.0" encoding="UTF-8"?>
<!-- A page that only says something: not found, not available, how to track a dossier. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:page="http://webservicescitoyens.fr/ws/page/v1" exclude-result-prefixes="page">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>
  <xsl:param name="standalone" select="'yes'"/>
  <xsl:param name="assets" select="'/'"/>
  <xsl:template match="/">
    <xsl:apply-templates select="//page:Message[1]"/>
  </xsl:template>
  <xsl:template match="page:Message">
    <html lang="fr">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="page:Title"/> — Web Services Citoyens</title>
        <link rel="stylesheet" href="{$assets}css/wsc.css"/>
      </head>
      <body>
        <main class="wsc">
          <h1><xsl:value-of select="page:Title"/></h1>
          <p><xsl:value-of select="page:Text"/></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
