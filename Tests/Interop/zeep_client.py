#!/usr/bin/python3
"""Interoperability check of the procedure web services with Python's zeep (Debian python3-zeep).

    /usr/bin/python3 zeep_client.py BASE_URL RUN_ID

For each procedure (birth certificate, road incident) of the demo commune 45234: loads the WSDL,
calls GetForm, Submit, Submit again with the same ClientRequestId (idempotent retry), GetStatus,
then an invalid Submit that must raise a zeep.exceptions.Fault. Prints one JSON object per
procedure on stdout (the same shape as php_client.php, with "client": "zeep"); exits 0 when every
step ran as expected, 1 with a message on stderr otherwise.

    /usr/bin/python3 zeep_client.py --every-wsdl BASE_URL CODE...

For each procedure code given (the whole catalogue, in one process): loads its WSDL, lists the
operations of its binding and the typed request Submit carries (type name and element names, as
zeep reads them from the inlined XSD), and calls GetForm for commune 45234. Prints one JSON object
per code, the same shape as php_client.php --every-wsdl; exits 0 when every WSDL loaded and
answered, 1 otherwise.
"""
import copy
import datetime
import json
import re
import sys

import zeep
import zeep.exceptions
import zeep.transports

COMMUNE = "45234"


def scenarios():
    """A valid request and an invalid one per procedure. Optional fields are left out (a key absent
    from a dict is not sent); never pass "" for an optional field, zeep would send an empty element."""
    birth = {
        "typeDocument": "COPIE_INTEGRALE",
        "qualiteDemandeur": "TITULAIRE",
        "motif": "IDENTITE",
        "nombreExemplaires": 2,
        "titulaire": {
            "nomNaissance": "Lefèvre",
            "prenoms": "Élise Marie",
            "sexe": "F",
            "dateNaissance": datetime.date(1988, 4, 17),
            "communeNaissance": COMMUNE,
        },
        "pere": {"nom": "Lefèvre", "prenoms": "Jean"},
        "mere": {"nom": "Durand", "prenoms": "Anne"},
        "demandeur": {
            "nom": "Lefèvre",
            "prenom": "Élise",
            "adresse": {
                "numero": "12 bis",
                "voie": "rue de Bourgogne",
                "codePostal": "45000",
                "commune": "Orléans",
            },
            "courriel": "elise.lefevre@example.fr",
        },
    }
    bad_birth = copy.deepcopy(birth)
    bad_birth["nombreExemplaires"] = 20

    incident = {
        "categorie": "ECLAIRAGE_PUBLIC",
        "niveauGene": "IMPORTANTE",
        "description": "Le lampadaire devant le n° 8 ne s'allume plus depuis trois soirs.",
        "dateConstat": datetime.date(2024, 6, 1),
        "lieu": {"adresse": "8 rue Jeanne d'Arc", "precision": "côté pair"},
        "declarant": {"nom": "Martin", "courriel": "p.martin@example.fr"},
    }
    # Leaving description out makes zeep refuse to build the message ("Missing element
    # description"); an empty string is sent as an empty <description/>, which the server must
    # reject as a missing value.
    bad_incident = copy.deepcopy(incident)
    bad_incident["description"] = ""

    return [
        ("etat-civil.acte-naissance", birth, bad_birth),
        ("vie-quotidienne.incident-voirie", incident, bad_incident),
    ]


def run(base, run_id, procedure, valid, invalid):
    where = procedure + ": "
    transport = zeep.transports.Transport(timeout=10, operation_timeout=30)
    client = zeep.Client(f"{base}/services/procedures/{procedure}.svc?wsdl", transport=transport)
    service = client.service

    form = service.GetForm(CommuneCode=COMMUNE)
    form_code = form.Procedure.Code if form is not None and form.Procedure is not None else None
    if form_code != procedure:
        raise RuntimeError(f"{where}GetForm returned procedure {form_code!r}")

    request_id = f"zeep-{run_id}-{procedure}"
    receipt = service.Submit(CommuneCode=COMMUNE, ClientRequestId=request_id, Request=valid)
    if not receipt.DossierNumber or not receipt.TrackingCode:
        raise RuntimeError(f"{where}Submit returned no dossier number or tracking code")
    retry = service.Submit(CommuneCode=COMMUNE, ClientRequestId=request_id, Request=valid)
    if retry.DossierNumber != receipt.DossierNumber:
        raise RuntimeError(f"{where}retry returned {retry.DossierNumber}, first submit {receipt.DossierNumber}")

    status = service.GetStatus(DossierNumber=receipt.DossierNumber, TrackingCode=receipt.TrackingCode)
    steps = list(status.Steps.Step) if status.Steps is not None else []
    if not steps:
        raise RuntimeError(f"{where}GetStatus returned no steps")

    fault_string = None
    try:
        service.Submit(CommuneCode=COMMUNE, ClientRequestId=request_id + "-bad", Request=invalid)
    except zeep.exceptions.Fault as fault:
        fault_string = fault.message
    if fault_string is None:
        raise RuntimeError(f"{where}the invalid Submit did not raise a Fault")

    return {
        "client": "zeep",
        "procedure": procedure,
        "formCode": form_code,
        "dossierNumber": receipt.DossierNumber,
        "trackingCode": receipt.TrackingCode,
        "retryNumber": retry.DossierNumber,
        "statusNumber": status.DossierNumber,
        "firstStepLabel": steps[0].Label,
        "firstStepDone": bool(steps[0].Done),
        "steps": len(steps),
        "faultString": fault_string,
    }


def every_wsdl(base, procedure):
    """Loads one procedure's WSDL, reads its operations and typed request, and calls GetForm."""
    transport = zeep.transports.Transport(timeout=10, operation_timeout=30)
    client = zeep.Client(f"{base}/services/procedures/{procedure}.svc?wsdl", transport=transport)
    operations = client.service._binding._operations
    submit = operations["Submit"].input.body.type  # the wrapper element Submit
    request = dict(submit.elements)["Request"].type
    form = client.service.GetForm(CommuneCode=COMMUNE)
    fields = list(form.Fields.Field) if form.Fields is not None else []
    return {
        "client": "zeep",
        "procedure": procedure,
        "operations": sorted(operations.keys()),
        "requestType": request.qname.localname if request.qname is not None else None,
        "requestElements": [name for name, _ in request.elements],
        "formCode": form.Procedure.Code,
        "formTitle": form.Procedure.Title,
        "formCommune": form.Commune.Code,
        "formFields": [field.Name for field in fields],
    }


def main_every_wsdl(base, procedures):
    failed = False
    for procedure in procedures:
        if not re.fullmatch(r"[a-z-]+\.[a-z-]+", procedure):
            sys.stderr.write(f"zeep_client: not a procedure code: {procedure}\n")
            return 1
        try:
            line = every_wsdl(base, procedure)
            sys.stdout.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            sys.stdout.flush()
        except Exception as error:  # report and go on with the next WSDL
            sys.stderr.write(f"zeep_client: {procedure}: {type(error).__name__}: {error}\n")
            failed = True
    return 1 if failed else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "--every-wsdl":
        return main_every_wsdl(argv[2].rstrip("/"), argv[3:])
    if len(argv) != 3:
        sys.stderr.write("usage: zeep_client.py BASE_URL RUN_ID | zeep_client.py --every-wsdl BASE_URL CODE...\n")
        return 2
    base, run_id = argv[1].rstrip("/"), argv[2]
    if not re.fullmatch(r"[A-Za-z0-9._:\-]{1,40}", run_id):
        sys.stderr.write(f"zeep_client: RUN_ID must match [A-Za-z0-9._:-]{{1,40}}: {run_id}\n")
        return 1
    failed = False
    for procedure, valid, invalid in scenarios():
        try:
            line = run(base, run_id, procedure, valid, invalid)
            sys.stdout.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            sys.stdout.flush()
        except zeep.exceptions.Fault as fault:
            sys.stderr.write(f"zeep_client: {procedure}: unexpected Fault {fault.code}: {fault.message}\n")
            failed = True
        except Exception as error:  # network, WSDL, validation: report and go on with the next one
            sys.stderr.write(f"zeep_client: {procedure}: {type(error).__name__}: {error}\n")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
