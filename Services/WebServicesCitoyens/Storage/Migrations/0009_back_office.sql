-- The back office: commune agents and their profiles, their sessions, the processing state of a
-- dossier (open, waiting for the citizen, closed; assigned agent; when it entered its step), the
-- documents generated for a dossier, and the versions of each commune's configuration of a procedure.

-- People of the communes (Agent, Administrator) and of the platform (Operator, commune_code null).
CREATE TABLE agents (
    id            TEXT NOT NULL PRIMARY KEY,      -- random, 128 bits, hex
    commune_code  TEXT NULL REFERENCES communes (code),
    email         TEXT NOT NULL,                  -- lower case, trimmed; the login
    display_name  TEXT NOT NULL,                  -- shown in queues and histories, e.g. "C. Martin"
    role          TEXT NOT NULL,                  -- Agent | Administrator | Operator
    password_hash TEXT NOT NULL,                  -- ASP.NET Core Identity v3 format (PBKDF2-HMAC-SHA512)
    created_at    TEXT NOT NULL,
    disabled_at   TEXT NULL                       -- a disabled agent cannot log in; their history stays
);
CREATE UNIQUE INDEX agents_email ON agents (email);

-- A commune's profiles (services): what each handles, as themes (etat-civil) or procedure codes
-- (etat-civil.acte-naissance), separated by spaces. A large city gives each service its remit.
CREATE TABLE agent_profiles (
    commune_code TEXT NOT NULL REFERENCES communes (code),
    code         TEXT NOT NULL,                   -- e.g. etat-civil
    label        TEXT NOT NULL,                   -- e.g. "État civil"
    scope        TEXT NOT NULL,
    PRIMARY KEY (commune_code, code)
);

CREATE TABLE agent_profile_members (
    agent_id     TEXT NOT NULL REFERENCES agents (id),
    profile_code TEXT NOT NULL,
    PRIMARY KEY (agent_id, profile_code)
);

CREATE TABLE agent_sessions (
    token_hash   TEXT NOT NULL PRIMARY KEY,       -- SHA-256 (hex) of the session token
    agent_id     TEXT NOT NULL REFERENCES agents (id),
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    revoked_at   TEXT NULL
);
CREATE INDEX agent_sessions_agent ON agent_sessions (agent_id);

-- Processing state. state: Open | AwaitingCitizen (a correction was asked) | Closed (a final step).
ALTER TABLE dossiers ADD COLUMN state TEXT NOT NULL DEFAULT 'Open';
ALTER TABLE dossiers ADD COLUMN assigned_agent_id TEXT NULL;
ALTER TABLE dossiers ADD COLUMN step_entered_at TEXT NULL;       -- null: since submitted_at
ALTER TABLE dossiers ADD COLUMN configuration_version BIGINT NULL; -- the commune's version it was filed under; null: the catalogue's
ALTER TABLE dossiers ADD COLUMN closed_at TEXT NULL;
CREATE INDEX dossiers_queue ON dossiers (commune_code, state, submitted_at);

-- Documents the back office generated for a dossier (PDF), shown to the citizen with their dossier.
CREATE TABLE generated_documents (
    id             TEXT NOT NULL PRIMARY KEY,
    dossier_number TEXT NOT NULL REFERENCES dossiers (number),
    template_code  TEXT NOT NULL,
    title          TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    content_base64 TEXT NOT NULL                   -- the PDF (base64: one column type on SQLite and PostgreSQL)
);
CREATE INDEX generated_documents_dossier ON generated_documents (dossier_number);

-- A commune's versions of a procedure's configuration (a whole definition document, as XML).
-- state: Draft (being edited) | Test (served only with the preview key) | Online | Retired.
-- Dossiers keep the version they were filed under; a version is never changed once past Draft.
CREATE TABLE procedure_configurations (
    commune_code   TEXT NOT NULL REFERENCES communes (code),
    procedure_code TEXT NOT NULL,
    version        BIGINT NOT NULL,
    state          TEXT NOT NULL,
    definition_xml TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    published_at   TEXT NULL,
    PRIMARY KEY (commune_code, procedure_code, version)
);
