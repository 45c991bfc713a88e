-- A person named only by a surname in some articles ("Goldsmith") and in full in others
-- ("Peter Goldsmith") is one speaker: the surname's row points at the full name's (same_as),
-- set by store/aliases.py. Rows are found by surname, a person's last word.
ALTER TABLE speakers ADD COLUMN surname TEXT;
ALTER TABLE speakers ADD COLUMN same_as INTEGER REFERENCES speakers(id);
CREATE INDEX speakers_surname ON speakers(surname, type);
CREATE INDEX speakers_same_as ON speakers(same_as);
