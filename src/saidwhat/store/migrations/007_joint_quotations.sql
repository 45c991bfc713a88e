-- A joint statement ("Tesco, Asda and Morrisons said: “…”") is a quotation of each of its
-- speakers, so `saidwhat quotations --speaker Asda` finds it and counts it with what Asda said
-- alone: a statement may now occur in several quotations, one per speaker (store/quotations.py).
-- The statements of databases made before are grouped again by Store.migrate.
CREATE TABLE quotation_occurrences_new (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE,
    key TEXT NOT NULL,              -- this variant's normalised words
    PRIMARY KEY (statement_id, quotation_id)
);
INSERT INTO quotation_occurrences_new (statement_id, quotation_id, key)
    SELECT statement_id, quotation_id, key FROM quotation_occurrences;
DROP TABLE quotation_occurrences;
ALTER TABLE quotation_occurrences_new RENAME TO quotation_occurrences;
CREATE INDEX quotation_occurrences_quotation ON quotation_occurrences(quotation_id);
