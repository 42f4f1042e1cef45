-- The citizen's e-safe: supporting documents uploaded once and attached to any of the citizen's
-- dossiers, for an attachment field of the dossier's procedure. Only metadata is stored here: the
-- content is a file named after the document's id in the documents folder next to the store
-- (data/documents/{id}), written and flushed before the row commits.

CREATE TABLE documents (
    id         TEXT NOT NULL PRIMARY KEY,          -- random, 128 bits, hex; also the name of its file
    citizen_id TEXT NULL REFERENCES citizens (id), -- the owner; null once the account is deleted, for a document kept with a dossier
    file_name  TEXT NOT NULL,                      -- as given, without any folder, its extension the content's
    media_type TEXT NOT NULL,                      -- application/pdf | image/jpeg | image/png, read from the content
    size       BIGINT NOT NULL,                    -- bytes
    sha256     TEXT NOT NULL,                      -- hex, of the content
    created_at TEXT NOT NULL
);
CREATE INDEX documents_citizen ON documents (citizen_id);

-- A document given for an attachment field of a dossier (e.g. pieces.justificatifDomicile,
-- temoins[2].pieceIdentite); a field may hold several documents, a document serve several dossiers.
CREATE TABLE dossier_documents (
    dossier_number TEXT NOT NULL REFERENCES dossiers (number),
    document_id    TEXT NOT NULL REFERENCES documents (id),
    field_path     TEXT NOT NULL,
    attached_at    TEXT NOT NULL,
    PRIMARY KEY (dossier_number, field_path, document_id)
);
CREATE INDEX dossier_documents_document ON dossier_documents (document_id);
