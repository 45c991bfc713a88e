-- The record: articles, the people and organisations who speak, their statements,
-- full-text search over what was said, and the problems met on the way.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    source TEXT,
    text TEXT NOT NULL,
    extractor TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    UNIQUE (name, type)
);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    content TEXT NOT NULL,          -- JSON list of {start, end, text}
    cue TEXT,                       -- JSON {start, end, text} or NULL
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_name TEXT,
    speaker_type TEXT NOT NULL,
    speaker_role TEXT,
    mention TEXT,                   -- JSON {start, end, text} or NULL
    when_value TEXT,
    when_expression TEXT,           -- JSON {start, end, text} or NULL
    when_anchor TEXT,
    date_from TEXT,                 -- first day the statement may have been made, for filtering
    date_to TEXT,                   -- last such day
    confidence REAL NOT NULL,
    extractor TEXT NOT NULL
);
CREATE INDEX statements_article ON statements(article_id, seq);
CREATE INDEX statements_speaker ON statements(speaker_id);
CREATE INDEX statements_dates ON statements(date_from, date_to);

CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='id');
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE problems (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    source TEXT,
    stage TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
