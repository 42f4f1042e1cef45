-- Citizen accounts: one login per e-mail address, server-side sessions, one-time links sent by
-- e-mail (confirmation, password reset, e-mail change), failed logins for throttling, and the
-- dossiers a citizen follows. Secrets are stored only as SHA-256 hashes; passwords as PBKDF2 hashes.

CREATE TABLE citizens (
    id                 TEXT NOT NULL PRIMARY KEY,  -- random, 128 bits, hex
    email              TEXT NOT NULL,              -- lower case, trimmed
    email_confirmed_at TEXT NULL,                  -- null until the confirmation link is followed
    password_hash      TEXT NOT NULL,              -- ASP.NET Core Identity v3 format (PBKDF2-HMAC-SHA512)
    created_at         TEXT NOT NULL,
    notify_steps       BIGINT NOT NULL DEFAULT 1,  -- e-mail at each step of a dossier
    notify_messages    BIGINT NOT NULL DEFAULT 1   -- e-mail when an agent writes
);
CREATE UNIQUE INDEX citizens_email ON citizens (email);

CREATE TABLE citizen_sessions (
    token_hash   TEXT NOT NULL PRIMARY KEY,        -- SHA-256 (hex) of the session token
    citizen_id   TEXT NOT NULL REFERENCES citizens (id),
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,                    -- idle expiry counts from here
    expires_at   TEXT NOT NULL,                    -- absolute expiry
    revoked_at   TEXT NULL
);
CREATE INDEX citizen_sessions_citizen ON citizen_sessions (citizen_id);

CREATE TABLE citizen_links (
    token_hash TEXT NOT NULL PRIMARY KEY,          -- SHA-256 (hex) of the token in the e-mailed link
    citizen_id TEXT NOT NULL REFERENCES citizens (id),
    purpose    TEXT NOT NULL,                      -- ConfirmEmail | ResetPassword | ChangeEmail
    new_email  TEXT NULL,                          -- ChangeEmail: the address being confirmed
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT NULL
);
CREATE INDEX citizen_links_citizen ON citizen_links (citizen_id);

-- Failed logins, per account address and per client, kept for an hour for throttling.
CREATE TABLE login_failures (
    email       TEXT NOT NULL,
    client      TEXT NOT NULL,                     -- the client's address
    occurred_at TEXT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, occurred_at);
CREATE INDEX login_failures_client ON login_failures (client, occurred_at);

ALTER TABLE dossiers ADD COLUMN citizen_id TEXT NULL; -- the account following the dossier, if any
CREATE INDEX dossiers_citizen ON dossiers (citizen_id);
