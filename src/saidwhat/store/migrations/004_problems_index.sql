-- Storing an article drops the earlier problems of its input (by article id or source),
-- and recording a problem looks for the same one: both find them by index, not by a scan.
CREATE INDEX problems_article ON problems(article, stage);
CREATE INDEX problems_source ON problems(source);
