-- Notifications to send, written in the same transaction as the change they announce (a step
-- reached, an account event), then delivered by a background sender with retries: none is lost
-- when the SMTP server is down, none is sent for a change that was rolled back.

CREATE TABLE outbox (
    id              TEXT NOT NULL PRIMARY KEY,     -- random
    kind            TEXT NOT NULL,                 -- e.g. AccountConfirmation, StepReached
    recipient       TEXT NOT NULL,                 -- e-mail address
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,                 -- plain text, French
    created_at      TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT NULL,
    last_error      TEXT NULL
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
