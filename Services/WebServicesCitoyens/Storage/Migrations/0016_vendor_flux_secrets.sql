-- Flux.svc, second step (issue 7): webhooks signed with the client's own secret, a registration that a
-- reloaded page cannot repeat, and the dossiers filed before 0014 delivered too.

-- The client's secret, encrypted (AES-256-GCM with the platform's data key, see Flux/VendorSecrets): the
-- key of the webhooks' HMAC. Authentication still compares secret_hash. Null for the clients registered
-- before this migration: they keep pulling, but their webhooks wait until the commune renews the secret.
ALTER TABLE vendor_clients ADD COLUMN secret_sealed TEXT NULL;

-- The one-time key of the administration form that registered the client: posting it again (a reloaded
-- page) finds this client instead of registering another.
ALTER TABLE vendor_clients ADD COLUMN registration_key TEXT NULL;
CREATE UNIQUE INDEX vendor_clients_registration ON vendor_clients (registration_key);

-- The dossiers filed before 0014 have no delivery sequence, so no vendor ever pulled them. They are
-- numbered AFTER every sequence given so far, per commune, in the order they were filed: a vendor
-- holding a cursor gets them on its next pull (numbered below the existing ones they would be missed).
-- The counter is moved first, by the whole block: the update locks its row, so a filing running
-- meanwhile on another host waits and gets a number after the block.
CREATE TABLE delivery_backfill AS
    SELECT number, commune_code, ROW_NUMBER() OVER (PARTITION BY commune_code ORDER BY submitted_at, number) AS filing_rank
    FROM dossiers WHERE delivery_sequence IS NULL;

INSERT INTO delivery_counters (commune_code, last_value)
    SELECT commune_code, COUNT(*) FROM delivery_backfill WHERE true GROUP BY commune_code
    ON CONFLICT (commune_code) DO UPDATE SET last_value = delivery_counters.last_value + excluded.last_value;

UPDATE dossiers SET delivery_sequence =
        (SELECT c.last_value FROM delivery_counters c WHERE c.commune_code = dossiers.commune_code)
      - (SELECT COUNT(*) FROM delivery_backfill b WHERE b.commune_code = dossiers.commune_code)
      + (SELECT b.filing_rank FROM delivery_backfill b WHERE b.number = dossiers.number)
    WHERE number IN (SELECT number FROM delivery_backfill);

DROP TABLE delivery_backfill;
