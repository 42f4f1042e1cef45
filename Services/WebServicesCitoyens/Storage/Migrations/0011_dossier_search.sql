-- Full-text search over a commune's dossiers and the searches agents save.
-- The search is a plain term index rather than SQLite's FTS5 or PostgreSQL's tsvector, so that the same
-- SQL runs on both engines: every word of a dossier (the text values of its request, its number), folded
-- (lower case, accents removed: "Orléans" is "orleans"), one row each. A word typed is matched as a prefix
-- by a range of the primary key (term >= 'dup' AND term < 'dup' || U+FFFF); several words intersect.
-- Written in the transaction that files the dossier (Search/DossierSearchIndex.cs); the dossiers filed
-- before this migration are indexed once when the host starts (DossierSearchIndex.BackfillAsync).
CREATE TABLE dossier_terms (
    commune_code   TEXT NOT NULL,
    term           TEXT NOT NULL,                 -- folded, 2 to 40 characters
    dossier_number TEXT NOT NULL REFERENCES dossiers (number),
    PRIMARY KEY (commune_code, term, dossier_number)
);

-- An agent's saved searches: a name and a queue filter (the back office's DossierFilter, as XML), to reopen
-- the queue with. Each agent sees and deletes only their own; names are unique per agent.
CREATE TABLE saved_searches (
    id          TEXT NOT NULL PRIMARY KEY,        -- random, 128 bits, hex
    agent_id    TEXT NOT NULL REFERENCES agents (id),
    name        TEXT NOT NULL,                    -- 80 characters at most
    filter_xml  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (agent_id, name)
);
