-- Citizens' feedback on the procedures (seed 004, the open and participatory dashboard): the rating
-- of a closed dossier by its citizen (1 to 5, a comment, a malfunction), and the reports anyone sends
-- from the public observatory (a missing procedure, a malfunction), each answered by the commune.
-- What is published (rating, comment, report, answer) never names the citizen; answered_by is the
-- commune's own record of which agent answered, never published.
CREATE TABLE feedback (
    id                      TEXT NOT NULL PRIMARY KEY,   -- random, 128 bits, hex
    kind                    TEXT NOT NULL,               -- Rating | Malfunction | MissingProcedure
    commune_code            TEXT NOT NULL REFERENCES communes (code),
    procedure_code          TEXT NULL,                   -- a rating's procedure; optional for a report
    dossier_number          TEXT NULL REFERENCES dossiers (number), -- the dossier rated (a rating only)
    rating                  BIGINT NULL,                 -- 1 to 5 (a rating only)
    comment                 TEXT NULL,                   -- the rating's comment, or the report's text
    malfunction             BIGINT NOT NULL DEFAULT 0,   -- 1: the citizen reports a malfunction with the rating
    malfunction_description TEXT NULL,
    is_test                 BIGINT NOT NULL DEFAULT 0,   -- a test dossier's rating: never counted nor shown publicly
    created_at              TEXT NOT NULL,
    answer                  TEXT NULL,                   -- the commune's public answer
    answered_at             TEXT NULL,
    answered_by             TEXT NULL REFERENCES agents (id)
);
-- One rating per dossier, ever: a key, not only a check (two submissions at once: one fails here).
-- NULLs (the reports) are distinct on SQLite and PostgreSQL alike.
CREATE UNIQUE INDEX feedback_dossier ON feedback (dossier_number);
CREATE INDEX feedback_commune ON feedback (commune_code, created_at);
CREATE INDEX feedback_procedure ON feedback (procedure_code, created_at);
