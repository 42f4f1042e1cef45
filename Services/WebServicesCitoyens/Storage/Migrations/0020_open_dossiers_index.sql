-- The back-office queue lists a commune's dossiers still to process (state <> 'Closed'), oldest first,
-- and counts them. The index of migration 0009 (commune_code, state, submitted_at) cannot serve
-- "state <> 'Closed'", so the planner read every dossier of the commune, closed ones included: the
-- queue slowed down as the years of archives grew. This partial index holds only the dossiers not
-- closed (a partial index: same syntax on SQLite and PostgreSQL, and the queue's WHERE repeats its
-- condition word for word, which is what both engines need to use it). In the queue's order, so the
-- first page stops after 25 entries; with the columns the filters test, so the count reads the index
-- alone. Its size follows the backlog, not the history.
CREATE INDEX dossiers_open ON dossiers (commune_code, submitted_at, number, procedure_code, is_test, assigned_agent_id, current_step, state)
    WHERE state <> 'Closed';
