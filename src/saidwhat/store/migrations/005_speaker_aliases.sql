-- A person named only by a surname in some articles ("Goldsmith") and in full in others
-- ("Peter Goldsmith") is one speaker: the surname's row points at the full name's (same_as),
-- set by store/aliases.py. Rows are found by surname, a person's last word; a speaker's
-- articles by the index on (speaker_id, article_id).
ALTER TABLE speakers ADD COLUMN surname TEXT;
ALTER TABLE speakers ADD COLUMN same_as INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
CREATE INDEX speakers_surname ON speakers(surname, type);
CREATE INDEX speakers_same_as ON speakers(same_as);
CREATE INDEX statements_speaker_article ON statements(speaker_id, article_id);
