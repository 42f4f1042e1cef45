-- Submit on the birth-certificate service of Orléans: a real, valid request, each with its own
-- ClientRequestId (run, this wrk process's start, thread number, counter), so that every request files
-- a new dossier — a reused id would be answered with the first dossier, filing nothing (idempotency).
-- Each one is acknowledged only once committed to the store (durable).
local run = os.getenv("WSC_LOAD_RUN") or "run"
local started = tostring(os.time()) .. "-" .. tostring(math.random(1000000))
local threads = {}
local counter = 0
local prefix = ""

function setup(thread)
  thread:set("id", #threads + 1)
  thread:set("started", started)
  table.insert(threads, thread)
end

function init(args)
  prefix = "load-" .. run .. "-" .. started .. "-" .. tostring(id) .. "-"
end

local head = '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
  .. '<Submit xmlns="http://webservicescitoyens.fr/ws/procedure/v1"><CommuneCode>45234</CommuneCode><ClientRequestId>'
local tail = '</ClientRequestId><Request><typeDocument>COPIE_INTEGRALE</typeDocument><qualiteDemandeur>TITULAIRE</qualiteDemandeur>'
  .. '<nombreExemplaires>1</nombreExemplaires><titulaire><nomNaissance>Lefèvre</nomNaissance><prenoms>Anne Marie</prenoms>'
  .. '<dateNaissance>1985-04-12</dateNaissance><communeNaissance>45234</communeNaissance></titulaire>'
  .. '<pere><nom>Lefèvre</nom><prenoms>Henri</prenoms></pere><mere><nom>Roux</nom><prenoms>Claire</prenoms></mere>'
  .. '<demandeur><nom>Lefèvre</nom><prenom>Anne</prenom><adresse><numero>12 bis</numero><voie>rue de Bourgogne</voie>'
  .. '<codePostal>45000</codePostal><commune>Orléans</commune></adresse><courriel>anne.lefevre@example.org</courriel>'
  .. '<telephone>02 38 00 00 00</telephone></demandeur></Request></Submit></s:Body></s:Envelope>'

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "text/xml; charset=utf-8",
    ["SOAPAction"] = '"http://webservicescitoyens.fr/ws/procedure/v1/ProcedureService/Submit"',
  }, head .. prefix .. counter .. tail)
end
