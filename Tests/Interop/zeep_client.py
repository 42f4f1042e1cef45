#!/usr/bin/python3
"""Interoperability check of the procedure web services with Python's zeep (Debian python3-zeep).

    /usr/bin/python3 zeep_client.py BASE_URL RUN_ID

For each procedure (birth certificate, road incident) of the demo commune 45234: loads the WSDL,
calls GetForm, Submit, Submit again with the same ClientRequestId (idempotent retry), GetStatus,
then an invalid Submit that must raise a zeep.exceptions.Fault. Prints one JSON object per
procedure on stdout (the same shape as php_client.php, with "client": "zeep"); exits 0 when every
step ran as expected, 1 with a message on stderr otherwise.
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


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: zeep_client.py BASE_URL RUN_ID\n")
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
