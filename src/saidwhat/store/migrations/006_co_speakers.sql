-- Statements made by several speakers together ("Tesco, Asda and Morrisons all said…"): the
-- statement's speaker is the first named (statements.speaker_*), the others are its co-speakers.
-- statements.co_speakers keeps them as the statement gives them (a JSON list of {name, type,
-- role, mention}, NULL for none); statement_speakers links each one to its speakers row (NULL
-- for an unnamed one, "the chancellor"), so a speaker's statements include those made jointly.
ALTER TABLE statements ADD COLUMN co_speakers TEXT;

CREATE TABLE statement_speakers (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,             -- 1 for the first co-speaker, 2 for the next…
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_name TEXT,
    speaker_type TEXT NOT NULL,
    speaker_role TEXT,
    PRIMARY KEY (statement_id, seq)
);
CREATE INDEX statement_speakers_speaker ON statement_speakers(speaker_id);

-- Every (statement, speaker row) pair, the statement's own speaker and its co-speakers alike:
-- what a speaker's counts, roles, dates and pages read.
CREATE VIEW spoken_by AS
    SELECT id AS statement_id, speaker_id, speaker_role AS role FROM statements WHERE speaker_id IS NOT NULL
    UNION ALL
    SELECT statement_id, speaker_id, speaker_role AS role FROM statement_speakers WHERE speaker_id IS NOT NULL;
