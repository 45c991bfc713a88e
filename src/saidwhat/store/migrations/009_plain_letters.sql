-- name_key now writes ø, ł, đ, æ and the other letters NFKD leaves whole as their plain
-- letters ("walesa" finds "Wałęsa"), and the Catalan l·l as ll: the keys stored before are
-- written again with it.
UPDATE speakers SET name_key = name_key(name);
UPDATE statements SET speaker_name_key = name_key(speaker_name) WHERE speaker_name IS NOT NULL;
UPDATE statement_speakers SET speaker_name_key = name_key(speaker_name) WHERE speaker_name IS NOT NULL;
UPDATE quotations SET speaker_name_key = name_key(speaker_name) WHERE speaker_name IS NOT NULL;
