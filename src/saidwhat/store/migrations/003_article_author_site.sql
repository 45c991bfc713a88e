-- Who wrote an article and on which site it appeared, as an HTML page or a JSONL record gives them.
ALTER TABLE articles ADD COLUMN author TEXT;
ALTER TABLE articles ADD COLUMN site TEXT;
