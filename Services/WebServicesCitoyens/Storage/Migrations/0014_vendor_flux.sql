-- Flux.svc (issue 7): the software of a commune's services (civil status, schools, electoral roll)
-- pulls the new dossiers, acknowledges them with its own reference and pushes their status.

-- A commune's vendor clients. scope: the themes or procedure codes the client may read, separated by
-- spaces (like agent_profiles.scope). Only the SHA-256 of the secret is kept; a rotation replaces it.
CREATE TABLE vendor_clients (
    id           TEXT NOT NULL PRIMARY KEY,     -- the client id, random, 128 bits, hex
    commune_code TEXT NOT NULL REFERENCES communes (code),
    name         TEXT NOT NULL,                 -- e.g. "Logiciel d'état civil"; names the client in histories
    scope        TEXT NOT NULL,
    secret_hash  TEXT NOT NULL,                 -- SHA-256 (hex) of the secret
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,                 -- the administrator's agent id
    rotated_at   TEXT NULL,
    revoked_at   TEXT NULL,                     -- a revoked client is refused everything; its history lines stay
    callback_url TEXT NULL,                     -- where events are POSTed (webhooks); null: the client pulls
    callback_failures    BIGINT NOT NULL DEFAULT 0,  -- consecutive failed attempts; back to 0 on a success
    callback_disabled_at TEXT NULL              -- set after too many consecutive failures; setting the URL again re-enables
);
CREATE INDEX vendor_clients_commune ON vendor_clients (commune_code);

-- The delivery sequence: per commune, increasing, given in the filing transaction. The counter row
-- is updated (so locked) by each filing until it commits, so on PostgreSQL too a dossier never becomes
-- visible after one with a higher number: a cursor on it misses nothing (a timestamp could).
CREATE TABLE delivery_counters (
    commune_code TEXT NOT NULL PRIMARY KEY,
    last_value   BIGINT NOT NULL
);
ALTER TABLE dossiers ADD COLUMN delivery_sequence BIGINT NULL;   -- null: filed before this migration
CREATE UNIQUE INDEX dossiers_delivery ON dossiers (commune_code, delivery_sequence);

-- A vendor's acknowledgement of a dossier, with its own reference: not delivered to that client again.
CREATE TABLE vendor_acknowledgements (
    client_id        TEXT NOT NULL REFERENCES vendor_clients (id),
    dossier_number   TEXT NOT NULL REFERENCES dossiers (number),
    vendor_reference TEXT NOT NULL,
    acknowledged_at  TEXT NOT NULL,
    PRIMARY KEY (client_id, dossier_number)
);

-- Webhooks: each event (a dossier filed, its step changed) for each client with a callback URL whose
-- scope covers it, written in the transaction of the change, then POSTed by a background sender with
-- retries (exponential backoff); every attempt is logged for the commune's administrators.
CREATE TABLE webhook_deliveries (
    id              TEXT NOT NULL PRIMARY KEY,     -- random; also the event's id in the body
    client_id       TEXT NOT NULL REFERENCES vendor_clients (id),
    event_kind      TEXT NOT NULL,                 -- DossierFiled | StatusChanged
    dossier_number  TEXT NOT NULL,
    body            TEXT NOT NULL,                 -- the JSON POSTed
    created_at      TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    delivered_at    TEXT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (delivered_at, next_attempt_at);
CREATE INDEX webhook_deliveries_client ON webhook_deliveries (client_id, created_at);

CREATE TABLE webhook_attempts (
    delivery_id  TEXT NOT NULL REFERENCES webhook_deliveries (id),
    attempt      BIGINT NOT NULL,
    attempted_at TEXT NOT NULL,
    status_code  BIGINT NULL,                      -- null: no HTTP answer (connection refused, timeout)
    error        TEXT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
