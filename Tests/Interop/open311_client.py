#!/usr/bin/python3
"""A third-party GeoReport v2 client, written from the standard alone (wiki.open311.org/GeoReport_v2)
with nothing but Python's standard library (urllib, xml.etree, json): no Open311 client library is
packaged for Debian or npm.

    /usr/bin/python3 open311_client.py ENDPOINT JURISDICTION_ID RUN_ID

Like a generic Open311 application it knows no service in advance: it lists the services (XML),
picks the one whose name mentions the public road ("voie publique"), reads its definition (JSON),
fills every required attribute with the first of its values, posts a report (form-encoded, XML
answer) with an Idempotency-Key header (the platform's extension: GeoReport v2 has no key), retries
it as a client whose answer was lost and gets the same id, posts another report under the same key
and reads the 409 error, reads the report back by id (XML) and in the list of requests (JSON), then
posts one without its required attributes and reads the errors. Prints one JSON object on stdout; exits 0 when every
step answered as the standard says, 1 with a message on stderr otherwise.
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET


def call(url, data=None, headers=None):
    body = urllib.parse.urlencode(data).encode("utf-8") if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main(endpoint, jurisdiction, run_id):
    query = "?" + urllib.parse.urlencode({"jurisdiction_id": jurisdiction})
    status, body = call(f"{endpoint}/services.xml{query}")
    if status != 200:
        fail(f"services.xml answered {status}: {body}")
    services = ET.fromstring(body).findall("service")
    chosen = [s for s in services if "voie publique" in s.findtext("service_name", "")]
    if not chosen:
        fail("no service about the public road in " + body)
    code = chosen[0].findtext("service_code")

    status, body = call(f"{endpoint}/services/{urllib.parse.quote(code)}.json{query}")
    if status != 200:
        fail(f"definition answered {status}: {body}")
    attributes = json.loads(body)["attributes"]
    report = {
        "jurisdiction_id": jurisdiction,
        "service_code": code,
        "lat": "47.9015",
        "long": "1.9093",
        "address_string": "Rue Jeanne d'Arc",
        "description": f"Panneau arraché ({run_id})",
        "email": "client.open311@example.org",
        "first_name": "Client",
        "last_name": "Open311",
    }
    required = [a for a in attributes if a["required"]]
    for attribute in required:
        if not attribute["values"]:
            fail("a required attribute without values: " + attribute["code"])
        report[f"attribute[{attribute['code']}]"] = attribute["values"][0]["key"]

    key = {"Idempotency-Key": f"python-{run_id}"}
    status, body = call(f"{endpoint}/requests.xml", report, key)
    if status != 200:
        fail(f"POST requests.xml answered {status}: {body}")
    request_id = ET.fromstring(body).find("request").findtext("service_request_id")

    status, body = call(f"{endpoint}/requests.xml", report, key)
    if status != 200:
        fail(f"the retry answered {status}: {body}")
    retried_id = ET.fromstring(body).find("request").findtext("service_request_id")

    other = dict(report, description=f"Un autre signalement ({run_id})")
    conflict_status, body = call(f"{endpoint}/requests.xml", other, key)
    conflict = [e.findtext("description") for e in ET.fromstring(body).findall("error")]

    status, body = call(f"{endpoint}/requests/{request_id}.xml{query}")
    if status != 200:
        fail(f"requests/{request_id}.xml answered {status}: {body}")
    read = ET.fromstring(body).find("request")

    status, body = call(f"{endpoint}/requests.json{query}&" + urllib.parse.urlencode({"service_request_id": request_id}))
    if status != 200:
        fail(f"requests.json answered {status}: {body}")
    listed = json.loads(body)

    without = {k: v for k, v in report.items() if not k.startswith("attribute[")}
    error_status, body = call(f"{endpoint}/requests.xml", without)
    errors = [e.findtext("description") for e in ET.fromstring(body).findall("error")]

    print(json.dumps({
        "client": "python-urllib",
        "serviceCodes": [s.findtext("service_code") for s in services],
        "serviceCode": code,
        "requiredAttributes": [a["code"] for a in required],
        "serviceRequestId": request_id,
        "retriedId": retried_id,
        "conflictStatus": conflict_status,
        "conflict": conflict,
        "readStatus": read.findtext("status"),
        "readStatusNotes": read.findtext("status_notes"),
        "readDescription": read.findtext("description"),
        "readAgency": read.findtext("agency_responsible"),
        "readLat": read.findtext("lat"),
        "listedIds": [r["service_request_id"] for r in listed],
        "listedEmail": any("email" in r for r in listed),
        "errorStatus": error_status,
        "errors": errors,
    }, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        fail(__doc__)
    main(*sys.argv[1:])
