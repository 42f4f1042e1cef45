-- The directory of every French commune, imported from Etalab's open data (see Communes/DirectoryImport.cs).
-- A code is not unique across types (a commune déléguée may share its chef-lieu's code): the key is (code, type).
CREATE TABLE directory_communes (
    code        TEXT NOT NULL,                 -- INSEE code
    type        TEXT NOT NULL,                 -- commune-actuelle | arrondissement-municipal | commune-deleguee
    name        TEXT NOT NULL,
    department  TEXT NULL,
    region      TEXT NULL,
    population  BIGINT NULL,
    parent_code TEXT NULL,                     -- Paris/Lyon/Marseille for an arrondissement, the chef-lieu for a déléguée
    PRIMARY KEY (code, type)
);

-- For the autocomplete: the searchable name (no accents, lower case, "saint" spelled out) from the
-- start of each of its words, so that "etienne" finds Saint-Étienne through an index range.
CREATE TABLE directory_search_keys (
    search_key   TEXT NOT NULL,
    commune_code TEXT NOT NULL,
    commune_type TEXT NOT NULL,
    PRIMARY KEY (search_key, commune_code, commune_type)
);

CREATE TABLE directory_postal_codes (
    postal_code  TEXT NOT NULL,
    commune_code TEXT NOT NULL,
    commune_type TEXT NOT NULL,
    PRIMARY KEY (postal_code, commune_code, commune_type)
);
