-- The metrics' queue depth (dossiers waiting per state) is counted at every scrape: an index led by the
-- state makes it a range count of the waiting dossiers instead of a scan of every dossier ever filed.
CREATE INDEX dossiers_state ON dossiers (state);
