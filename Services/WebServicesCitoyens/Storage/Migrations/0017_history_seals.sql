-- The platform's seal on the head of every dossier's hash chain (Dossiers/HistorySeal.cs): the last
-- event's sequence and hash, and an RSA-SHA256 signature over (dossier number, sequence, hash) made
-- with the platform's seal, rewritten in the transaction of every history append. Without the private
-- key, rewriting a tail with recomputed hashes, or deleting the last events, no longer verifies.
CREATE TABLE dossier_history_seals (
    dossier_number TEXT NOT NULL PRIMARY KEY REFERENCES dossiers (number),
    sequence       BIGINT NOT NULL,     -- the sealed head: the last event's sequence
    head_hash      TEXT NOT NULL,       -- and its hash (dossier_events.hash)
    signature      TEXT NOT NULL,       -- RSA PKCS #1 v1.5 SHA-256, base64
    sealed_at      TEXT NOT NULL
);

-- One row until the chains written before this migration have their heads sealed, once, by the host at
-- start-up (HistorySealBackfill): after that, a dossier without a seal is a tampered one.
CREATE TABLE history_seal_backfill (
    pending BIGINT NOT NULL PRIMARY KEY
);
INSERT INTO history_seal_backfill (pending) VALUES (1);
