-- The queue filtered by a state (State=Closed: the archives) counts and pages through the index of
-- migration 0009 (commune_code, state, submitted_at), reading each dossier's row to test the agent's
-- remit (procedure_code) and is_test: at a million dossiers, counting the archives of Orléans' social
-- services took 200 to 300 ms of row reads (the benchmarks, Tests/Benchmarks). The same index, with the
-- columns the filters test after the queue's order, lets the count read the index alone (11 to 30 ms,
-- and at most the queue's count limit of matching entries) and the page still walk it in order and
-- stop after its 25 entries. Same syntax on SQLite and PostgreSQL; rebuilding it takes about 12 s a
-- million dossiers, once.
DROP INDEX dossiers_queue;
CREATE INDEX dossiers_queue ON dossiers (commune_code, state, submitted_at, number, procedure_code, is_test, assigned_agent_id);
