-- A speaker filter matches part of a name in any case, without its accents, with either
-- apostrophe (store/search.py, name_key). Each name's folded key is stored beside it when it is
-- written, and a search reads the keys with instr(): folding every name in Python at every
-- search took 0.65 s over 200,000 names. The names stored before are given their keys here by
-- name_key(), the SQL function the Store gives its connection.
ALTER TABLE speakers ADD COLUMN name_key TEXT;
ALTER TABLE statements ADD COLUMN speaker_name_key TEXT;
ALTER TABLE statement_speakers ADD COLUMN speaker_name_key TEXT;
ALTER TABLE quotations ADD COLUMN speaker_name_key TEXT;
UPDATE speakers SET name_key = name_key(name);
UPDATE statements SET speaker_name_key = name_key(speaker_name) WHERE speaker_name IS NOT NULL;
UPDATE statement_speakers SET speaker_name_key = name_key(speaker_name) WHERE speaker_name IS NOT NULL;
UPDATE quotations SET speaker_name_key = name_key(speaker_name) WHERE speaker_name IS NOT NULL;
