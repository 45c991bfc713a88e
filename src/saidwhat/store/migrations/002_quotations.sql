-- Quotations across articles: the same words reported by several outlets are one quotation
-- with its occurrences. Grouped by store/quotations.py: exact after normalisation (case,
-- punctuation, quotation marks), and near-identical variants (truncated, re-punctuated,
-- a word changed) found through winnowed word 4-gram fingerprints.
CREATE TABLE quotations (
    id INTEGER PRIMARY KEY,
    speaker_key TEXT NOT NULL,      -- the speaker's surname or organisation, normalised; '' when unknown
    speaker_name TEXT,              -- the fullest name seen
    key TEXT NOT NULL,              -- normalised words of the longest variant
    text TEXT NOT NULL,             -- the longest variant as reported
    UNIQUE (speaker_key, key)
);

CREATE TABLE quotation_fingerprints (
    speaker_key TEXT NOT NULL,
    hash INTEGER NOT NULL,
    quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE,
    PRIMARY KEY (speaker_key, hash, quotation_id)
) WITHOUT ROWID;

CREATE TABLE quotation_occurrences (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
    quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE,
    key TEXT NOT NULL               -- this variant's normalised words
);
CREATE INDEX quotation_occurrences_quotation ON quotation_occurrences(quotation_id);
