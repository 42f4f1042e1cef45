-- A commune's own notification mails for a procedure, which win over the procedure's texts and the
-- platform's defaults. event: Submitted (the receipt) or StepReached; step_code: the step a
-- StepReached text is for, null for every step (always null for Submitted). Placeholders as in
-- Texts/messages.xml ({numero}, {demarche}, {etape}, {commune}, {lien}, {date}).

CREATE TABLE commune_message_templates (
    commune_code   TEXT NOT NULL REFERENCES communes (code),
    procedure_code TEXT NOT NULL,
    event          TEXT NOT NULL,
    step_code      TEXT NULL,
    subject        TEXT NOT NULL,                  -- one line
    body           TEXT NOT NULL                   -- plain text, French
);
-- One text per commune, procedure, event and step (null, "every step", counted as one value).
CREATE UNIQUE INDEX commune_message_templates_key
    ON commune_message_templates (commune_code, procedure_code, event, COALESCE(step_code, ''));
