-- Echo.svc: the SOAP stack's own ceiling (same host, same guard and validation, no store).
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = '"http://webservicescitoyens.fr/ws/echo/v1/EchoService/Echo"'
wrk.body = '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
  .. '<Echo xmlns="http://webservicescitoyens.fr/ws/echo/v1"><Text>Demande d\'acte de naissance, Orléans</Text></Echo>'
  .. '</s:Body></s:Envelope>'

