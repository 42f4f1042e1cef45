-- Communes of profile HostedForms (seed 000): each dossier is forwarded by e-mail, signed by the
-- platform and encrypted to the commune's certificate, and the commune's acknowledgement is recorded.

ALTER TABLE communes ADD COLUMN dossier_email TEXT NULL;        -- where forwarded dossiers go
ALTER TABLE communes ADD COLUMN certificate TEXT NULL;          -- the commune's X.509 certificate, DER in base64 (public: no secret)

-- A mail whose whole body is prepared when it is written (S/MIME signed and encrypted): the MIME
-- entity in base64, sent as is. Such a mail has an empty body_text, so no clear personal data waits.
ALTER TABLE outbox ADD COLUMN mime_body TEXT NULL;

-- One row per dossier filed for a HostedForms commune: forwarded_at is empty while the commune has no
-- certificate (the dossier waits, never sent in clear), received_at once the commune acknowledged it
-- through the link of the mail, whose token is kept only as its SHA-256 (hex).
CREATE TABLE hosted_forwards (
    dossier_number TEXT NOT NULL PRIMARY KEY REFERENCES dossiers (number),
    commune_code   TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    token_hash     TEXT NULL,
    forwarded_at   TEXT NULL,
    received_at    TEXT NULL
);
CREATE INDEX hosted_forwards_waiting ON hosted_forwards (commune_code, forwarded_at);

-- Requests a commune's agent files to another commune for a citizen (seed 000: a civil-status act
-- asked by one town hall of another). origin_commune_code keeps its meaning (the commune whose page
-- a citizen started from when routed to the register's commune); these say who asked.
ALTER TABLE dossiers ADD COLUMN requested_by_commune_code TEXT NULL;
ALTER TABLE dossiers ADD COLUMN requested_by_agent TEXT NULL;   -- the asking agent's name and e-mail, as the other commune reads it
CREATE INDEX dossiers_requested_by ON dossiers (requested_by_commune_code, submitted_at);
