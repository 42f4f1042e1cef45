-- The hash chain of every dossier's history (Dossiers/HistoryChain.cs): each event stores the hash of
-- the event before it in the same dossier (a fixed genesis value for the first) and its own SHA-256
-- hash (lower-case hex) over its fields and that previous hash; the first event's hash also covers the
-- dossier's request_hash, so that a changed request_xml is found too. Written in the transaction that
-- appends the event. NULL only for the events of a store from before this migration, which the host
-- chains once at its next start (HistoryChainBackfill), while the row below says it is still to be done:
-- after that, an event without a hash is a tampered one.
ALTER TABLE dossier_events ADD COLUMN previous_hash TEXT NULL;
ALTER TABLE dossier_events ADD COLUMN hash TEXT NULL;

CREATE TABLE history_chain_backfill (
    pending BIGINT NOT NULL PRIMARY KEY        -- one row (1) until the events from before 0013 are chained
);
INSERT INTO history_chain_backfill (pending) VALUES (1);
