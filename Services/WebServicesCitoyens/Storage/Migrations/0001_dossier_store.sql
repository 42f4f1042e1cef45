-- The hosted dossier store. Plain SQL that SQLite and PostgreSQL both run: TEXT keys, timestamps
-- as ISO-8601 UTC text ('2026-11-23T10:15:30.123Z', which sorts in time order), no engine-specific
-- types or defaults.

-- Communes that use the platform, with how they use it and their branding.
CREATE TABLE communes (
    code            TEXT NOT NULL PRIMARY KEY,   -- INSEE code
    name            TEXT NOT NULL,
    profile         TEXT NOT NULL,               -- Redirect | HostedForms | BackOffice
    primary_color   TEXT NOT NULL,               -- #rrggbb, checked before storing
    secondary_color TEXT NOT NULL,
    logo_url        TEXT NULL,
    website_url     TEXT NULL,
    time_zone       TEXT NOT NULL                -- IANA zone used to show dates to citizens
);

-- The procedures each commune offers: Test (only for its own checks) or Online.
CREATE TABLE commune_procedures (
    commune_code   TEXT NOT NULL REFERENCES communes (code),
    procedure_code TEXT NOT NULL,
    state          TEXT NOT NULL,                -- Test | Online
    PRIMARY KEY (commune_code, procedure_code)
);

CREATE TABLE dossiers (
    number            TEXT NOT NULL PRIMARY KEY, -- e.g. K7M-XR4-TWC, random
    commune_code      TEXT NOT NULL REFERENCES communes (code),
    procedure_code    TEXT NOT NULL,
    procedure_version BIGINT NOT NULL,
    client_request_id TEXT NOT NULL,             -- idempotency key chosen by the caller
    request_hash      TEXT NOT NULL,             -- SHA-256 of the request, to spot a reused key
    tracking_code     TEXT NOT NULL,
    request_xml       TEXT NOT NULL,             -- the typed request as validated against the XSD
    current_step      TEXT NOT NULL,
    channel           TEXT NOT NULL,             -- Soap | Web
    submitted_at      TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (commune_code, client_request_id)
);

-- Every change to a dossier appends one event; events are never updated or deleted.
CREATE TABLE dossier_events (
    dossier_number TEXT NOT NULL REFERENCES dossiers (number),
    sequence       BIGINT NOT NULL,
    occurred_at    TEXT NOT NULL,
    kind           TEXT NOT NULL,                -- Submitted | StepReached
    step_code      TEXT NULL,                    -- the step entered, when the event moves the dossier
    actor          TEXT NOT NULL,
    detail         TEXT NULL,
    PRIMARY KEY (dossier_number, sequence)
);
