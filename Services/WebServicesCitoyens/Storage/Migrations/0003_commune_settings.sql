-- Commune settings beyond the foundation: the header text of their pages, the preview key that opens
-- procedures still in Test, and the commune's own address of a procedure (Redirect profile).
-- Dossiers record whether they were filed in Test mode, and the commune whose page the citizen
-- started from when the dossier went to another one (a civil-status act goes to the commune that
-- holds the register).

ALTER TABLE communes ADD COLUMN header_text TEXT NULL;
ALTER TABLE communes ADD COLUMN preview_key_hash TEXT NULL;        -- SHA-256 (hex) of the preview key, never the key

ALTER TABLE commune_procedures ADD COLUMN redirect_url TEXT NULL;  -- Redirect profile: the commune's own page

ALTER TABLE dossiers ADD COLUMN is_test BIGINT NOT NULL DEFAULT 0; -- 1: filed through the preview key, not to be processed
ALTER TABLE dossiers ADD COLUMN origin_commune_code TEXT NULL;     -- set when it differs from commune_code
