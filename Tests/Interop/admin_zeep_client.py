#!/usr/bin/python3
"""Interoperability check of the administration service with Python's zeep (Debian python3-zeep).

    /usr/bin/python3 admin_zeep_client.py BASE_URL FIELD_NAME

The same steps as admin_php_client.php, printing the same JSON object with "client": "zeep": log in
as the demo commune's administrator, export the road incident's definition, import it as the Draft,
add an optional choice field of the commune, read the process tree, publish to Test; then file a road
incident with the preview key answering the field in complementsCommune, and get a Fault for an
answer that is not one of its choices.
"""
import json
import sys

import zeep
import zeep.exceptions
import zeep.transports

COMMUNE = "45234"
PROCEDURE = "vie-quotidienne.incident-voirie"
PREVIEW_KEY = "apercu-demo-orleans"


def client(wsdl):
    return zeep.Client(wsdl, transport=zeep.transports.Transport(timeout=10, operation_timeout=30))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: admin_zeep_client.py BASE_URL FIELD_NAME\n")
        return 2
    base, field_name = argv[1].rstrip("/"), argv[2]
    try:
        admin = client(f"{base}/services/Administration.svc?wsdl").service
        token = admin.Login(Email="admin@orleans.demo", Password="demo-orleans-2026").SessionToken
        on = {"SessionToken": token, "CommuneCode": COMMUNE, "ProcedureCode": PROCEDURE}

        xml = admin.ExportConfiguration(**on)
        imported = admin.ImportConfiguration(**on, DefinitionXml=xml)
        draft = admin.AddField(**on, Name=field_name, Label="Quartier", Type="enum", Required=False,
                               Options={"Option": [{"Value": "NORD", "Label": "Nord"}, {"Value": "SUD", "Label": "Sud"}]})
        tree = admin.GetProcessTree(**on)
        steps = list(tree.Steps.Step) if tree.Steps is not None else []
        test = admin.PublishTest(**on)

        procedure = client(f"{base}/services/procedures/{PROCEDURE}.svc?wsdl").service
        form = procedure.GetForm(CommuneCode=COMMUNE, PreviewKey=PREVIEW_KEY)
        commune_fields = [f.Name for f in form.Fields.Field if f.CommuneField]
        request = {
            "categorie": "ECLAIRAGE_PUBLIC",
            "niveauGene": "IMPORTANTE",
            "description": "Le lampadaire devant le n° 8 ne s'allume plus depuis trois soirs.",
            "lieu": {"adresse": "8 rue Jeanne d'Arc"},
            "complementsCommune": {"complement": [{"_value_1": "NORD", "code": field_name}]},
        }
        receipt = procedure.Submit(CommuneCode=COMMUNE, ClientRequestId=f"zeep-admin-{field_name}", Request=request, PreviewKey=PREVIEW_KEY)

        fault_string = None
        request["complementsCommune"]["complement"][0]["_value_1"] = "OUEST"
        try:
            procedure.Submit(CommuneCode=COMMUNE, ClientRequestId=f"zeep-admin-{field_name}-bad", Request=request, PreviewKey=PREVIEW_KEY)
        except zeep.exceptions.Fault as fault:
            fault_string = fault.message

        first_actions = list(steps[0].Actions.Action) if steps and steps[0].Actions is not None else []
        print(json.dumps({
            "client": "zeep",
            "exported": f'code="{PROCEDURE}"' in xml,
            "importedState": imported.State,
            "draftState": draft.State,
            "firstStep": steps[0].Code if steps else None,
            "firstStepActions": len(first_actions),
            "testState": test.State,
            "communeFields": commune_fields,
            "dossierNumber": receipt.DossierNumber,
            "isTest": bool(receipt.IsTest),
            "faultString": fault_string,
        }, ensure_ascii=False, separators=(",", ":")))
        return 0
    except Exception as error:
        sys.stderr.write(f"admin_zeep_client: {type(error).__name__}: {error}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
