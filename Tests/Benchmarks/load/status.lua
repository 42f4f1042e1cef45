-- GetStatus by number and tracking code, round-robin over the dossiers listed in the file named by
-- WSC_LOAD_DOSSIERS (one "number code" per line, filed by run.sh before this scenario).
local dossiers = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("WSC_LOAD_DOSSIERS")) do
    local number, code = line:match("^(%S+)%s+(%S+)$")
    if number then table.insert(dossiers, { number, code }) end
  end
  next_index = math.random(#dossiers)
end

function request()
  local d = dossiers[next_index]
  next_index = next_index % #dossiers + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "text/xml; charset=utf-8",
    ["SOAPAction"] = '"http://webservicescitoyens.fr/ws/procedure/v1/ProcedureService/GetStatus"',
  }, '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
    .. '<GetStatus xmlns="http://webservicescitoyens.fr/ws/procedure/v1"><DossierNumber>' .. d[1]
    .. '</DossierNumber><TrackingCode>' .. d[2] .. '</TrackingCode></GetStatus></s:Body></s:Envelope>')
end
