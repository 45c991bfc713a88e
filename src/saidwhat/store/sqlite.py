"""The embedded store: SQLite with numbered migrations and FTS5 search.

Each article is written with its statements in one transaction, so a run
killed at any moment leaves the database consistent, and an article already
stored by the same extractor is skipped (same content hash and publication date), so runs resume.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError
from ..ingest.text import content_hash
from ..model import KINDS, Article, Extraction, Problem, Speaker, Statement, parse_published
from .aliases import relink, relink_all, surname
from .quotations import group_article, regroup
from .rows import check_range, day_bound, now, sql_int, statement_of, statement_row
from .search import add_key_function, fts_query, has_words, name_has, name_needle, stored_key

NAMED = ("person", "organisation")
QUOTATIONS_MIGRATION = 2
JOINT_QUOTATIONS_MIGRATION = 7  # a joint statement became a quotation of each of its speakers
# The speaker rows of one speaker across articles: its own and the surnames that stand for it
# (store/aliases.py). {0} is the speaker's id: a column ("c.id") or a parameter ("?", given twice).
SPEAKER_ROWS = "(SELECT id FROM speakers WHERE id = {0} OR same_as = {0})"
ROWS_OF_C = SPEAKER_ROWS.format("c.id")
# A speaker's first and last dates as their statements give them ("2024-02", "2024-03-01/2024-03-18"):
# the date value of the statement that may have been made earliest, and of the one made latest. The
# bounds (MIN(date_from), MAX(date_to)) showed "2024-02-01" for "in February", a day no text gave.
# Ties go to the more precise value ("on February 1" before "in February"), then the first stored.
# A speaker's statements include those they made with others (co-speakers, the spoken_by view of
# migration 006).
STATEMENTS_OF_C = f"(SELECT statement_id FROM spoken_by WHERE speaker_id IN {ROWS_OF_C})"
FIRST_AND_LAST = (
    f"(SELECT f.when_value FROM statements f WHERE f.id IN {STATEMENTS_OF_C} AND f.date_from IS NOT NULL"
    " ORDER BY f.date_from, f.date_to, f.id LIMIT 1) AS first,"
    f" (SELECT l.when_value FROM statements l WHERE l.id IN {STATEMENTS_OF_C} AND l.date_to IS NOT NULL"
    " ORDER BY l.date_to DESC, l.date_from DESC, l.id LIMIT 1) AS last"
)
# One row per speaker across articles (``c``), with the names of the rows merged into it, counting
# the statements each row made alone or with others (``b``, the spoken_by view); {articles} may add
# their count.
SPEAKER_GROUP = (
    "SELECT c.id, c.name, c.type, COUNT(s.id) AS statements,{articles} json_group_array(DISTINCT b.role) AS roles,"
    " json_group_array(DISTINCT CASE WHEN p.id != c.id THEN p.name END) AS aliases,"
    f" {FIRST_AND_LAST} FROM speakers c JOIN speakers p ON p.id = c.id OR p.same_as = c.id"
    " {join} spoken_by b ON b.speaker_id = p.id {join} statements s ON s.id = b.statement_id"
)
# Same date as stored: the article's own, or none given (then the stored one stands; IS, as a stored
# date may be NULL: given 2024-03-18, an article stored undated is not the same).
SAME_DATE = "(? IS NULL OR published IS ?)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Query:
    """Filters for ``Store.statements``; every field is optional."""

    speaker: str | None = None  # part of the name, matched literally (``%`` and ``_`` too)
    words: str | None = None  # full-text search: FTS5 syntax where it is syntax, else the words (see search.py)
    since: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY: from its first day
    until: str | None = None  # the same, to its last day
    kinds: tuple[str, ...] = ()  # any of these; one kind may be given as a string, kinds="direct"
    article: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        # A lone string was taken for its letters ("d", "i", "r", …), which no statement has: no rows, no error.
        kinds = (self.kinds,) if isinstance(self.kinds, str) else tuple(self.kinds)
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise InputError(f"Query kinds: {unknown[0]!r} is not a kind; use {', '.join(KINDS[:-1])} or {KINDS[-1]}")
        object.__setattr__(self, "kinds", kinds)
        for name in ("speaker", "words", "since", "until", "article"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):  # else a TypeError from deep in the search
                raise InputError(f"Query {name}: {value!r} is not a string")
        if self.limit is not None and (isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1):
            raise InputError(f"Query limit: {self.limit!r}; give a whole number from 1, or None for every statement")  # -1 gave all
        for name in ("since", "until"):  # each named in its own error before the two are compared
            if getattr(self, name):
                _day(getattr(self, name), last=name == "until")
        try:
            check_range(self.since, self.until)
        except ValueError as error:
            raise InputError(f"Query {error}") from None


def migrations() -> list[tuple[int, str]]:
    """The numbered SQL migrations shipped with the package, in order."""
    folder = files("saidwhat.store").joinpath("migrations")
    found = [(int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".sql")]
    return sorted(found)


class Store:
    """A saidwhat database file."""

    def __init__(self, path: str | Path, *, timeout: float = 5.0) -> None:
        """Open (and migrate) the database; ``timeout`` is how long to wait for another writer."""
        self.path = str(path)
        self._recorded: set[int] = set()  # ids of the problems recorded through this Store (this run): see _resolve_problems
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open the database ({error}); check the path and permissions") from None
        self.db.row_factory = sqlite3.Row
        add_key_function(self.db)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except BaseException:
            self.db.close()  # a Store that failed to open holds no connection
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def version(self) -> int:
        """The number of the last migration applied (0 for an empty database)."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    def migrate(self) -> None:
        """Apply every migration newer than the database and the regroup they call for, all in one
        transaction: a process killed between a migration and its regroup (committed apart) left
        the version new and the statements grouped as before, for good."""
        try:
            current = self.version()
            pending = "".join(f"{sql};INSERT INTO schema_migrations VALUES ({n}, '{now()}');" for n, sql in migrations() if n > current)
            if pending:
                with self.db:
                    self.db.executescript("BEGIN;" + pending)  # no COMMIT: the regroup joins the transaction
                    if current and current < QUOTATIONS_MIGRATION:
                        regroup(self.db)  # statements stored before quotations existed
                    elif current and current < JOINT_QUOTATIONS_MIGRATION:
                        regroup(self.db, joint_only=True)  # joint statements grouped under their first speaker only
            if self.db.execute("SELECT 1 FROM speakers WHERE surname IS NULL AND type = 'person' LIMIT 1").fetchone():
                with self.db:
                    relink_all(self.db)  # speakers stored before surnames were linked, or a link run cut short
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise StoreError(f"{self.path}: {error}; another process is writing to it, wait for it and run again") from None
            raise StoreError(f"{self.path}: not a saidwhat database or damaged ({error}); give another --db path") from None
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a saidwhat database or damaged ({error}); give another --db path") from None

    def has(self, article: Article, extractor: str) -> bool:
        """Whether this exact article is stored (``has_any``), extracted by ``extractor``."""
        row = self.db.execute(
            f"SELECT 1 FROM articles WHERE id = ? AND content_hash = ? AND {SAME_DATE} AND extractor = ?",
            (article.id, content_hash(article.text), *[_stored_date(article)] * 2, extractor),
        ).fetchone()
        return row is not None

    def has_any(self, article: Article) -> bool:
        """Whether this exact article is stored, by any extractor version: the same text, and its date.

        The date counts because every relative date ("on Tuesday") is resolved against it: the
        same text given another ``--published``, or one at last, is extracted again. An article
        given no date keeps the one stored (a rerun without ``--published`` is not a correction).
        """
        row = self.db.execute(
            f"SELECT 1 FROM articles WHERE id = ? AND content_hash = ? AND {SAME_DATE}",
            (article.id, content_hash(article.text), *[_stored_date(article)] * 2),
        ).fetchone()
        return row is not None

    def stored_version(self, article_id: str) -> tuple[str, str | None] | None:
        """The content hash and publication date stored under ``article_id``, or None if none is."""
        row = self.db.execute("SELECT content_hash, published FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else (row[0], row[1])

    def save(self, extraction: Extraction) -> None:
        """Store an article and its statements atomically, replacing an older extraction.

        The problems of its input recorded by an earlier run are resolved by it, so they go.
        """
        a = extraction.article
        if not isinstance(a.id, str) or not a.id:  # SQLite let a NULL id in: a TEXT PRIMARY KEY takes one
            raise InputError(f"article {a.source or ''}: id is {a.id!r}, not a non-empty str; give every article an id of its own")
        extractor = extraction.extractor or (extraction.statements[0].extractor if extraction.statements else _extractor())
        with self.db:
            # The surnames whose links this article may change: those of its speakers before and now.
            before = self.db.execute(
                "SELECT speaker_name FROM statements WHERE article_id = ? AND speaker_type = 'person' UNION SELECT j.speaker_name"
                " FROM statement_speakers j JOIN statements s ON s.id = j.statement_id WHERE s.article_id = ? AND j.speaker_type = 'person'",
                (a.id, a.id),
            )
            touched = {surname(name, "person") for (name,) in before if name}
            self.db.execute("DELETE FROM statements WHERE article_id = ?", (a.id,))
            self.db.execute(
                "INSERT OR REPLACE INTO articles (id, content_hash, title, url, published, source, text, extractor, ingested_at,"
                " author, site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, content_hash(a.text), a.title, a.url, a.published, a.source, a.text, extractor, now(), a.author, a.site),
            )
            for seq, s in enumerate(extraction.statements):
                self._insert_statement(a.id, seq, s)
            everyone = [p for s in extraction.statements for p in (s.speaker, *s.co_speakers)]
            touched |= {surname(p.name, "person") for p in everyone if p.type == "person" and p.name}
            relink(self.db, touched - {None})
            group_article(self.db, a.id)
            self._resolve_problems(a)

    def _resolve_problems(self, article: Article) -> None:
        """Drop the earlier problems of an input that now gives this article: ``saidwhat problems`` is a worklist.

        A problem names the input it met (``fixme.txt``, ``export.jsonl:7``) as its source, or the
        article's id when extraction failed; an article read from that input carries the same source.
        A problem recorded in this run stays: it is not fixed, the input gave both (a WARC cut
        after its last good record ``crawl.warc.gz@466``: that record is stored, the rest is lost).
        Standard input names no input: its line 7 today is not the line 7 that failed yesterday.
        """
        source = None if (article.source or "").startswith("<stdin>") else article.source
        rows = self.db.execute("SELECT id FROM problems WHERE article = ? OR source = ?", (article.id, source))
        self.db.executemany("DELETE FROM problems WHERE id = ?", [(r[0],) for r in rows.fetchall() if r[0] not in self._recorded])

    def _insert_statement(self, article_id: str, seq: int, s: Statement) -> None:
        row = statement_row(article_id, seq, s)
        row["speaker_id"] = self._speaker_id(s.speaker) if _named(s.speaker) else None
        row["speaker_name_key"] = stored_key(s.speaker.name)
        columns = ", ".join(row)
        cursor = self.db.execute(f"INSERT INTO statements ({columns}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))
        self.db.executemany(
            "INSERT INTO statement_speakers (statement_id, seq, speaker_id, speaker_name, speaker_type, speaker_role, speaker_name_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (cursor.lastrowid, n, self._speaker_id(p) if _named(p) else None, p.name, p.type, p.role, stored_key(p.name))
                for n, p in enumerate(s.co_speakers, 1)
            ],
        )

    def _speaker_id(self, speaker: Speaker) -> int:
        self.db.execute(
            "INSERT OR IGNORE INTO speakers (name, type, surname, name_key) VALUES (?, ?, ?, ?)",
            (speaker.name, speaker.type, surname(speaker.name, speaker.type), stored_key(speaker.name)),
        )
        row = self.db.execute("SELECT id FROM speakers WHERE name = ? AND type = ?", (speaker.name, speaker.type)).fetchone()
        return row[0]

    def record(self, problem: Problem) -> bool:
        """Keep a problem met while ingesting, so ``saidwhat problems`` can list it; once, however
        often the same input fails again (a rerun, a second load of the same Spark output): True
        when it is new, so a second load counts nothing added. A lone
        surrogate in its text (an article id given as "a\\ud800", which is why it failed) is kept
        written out as ``\\ud800``: SQLite takes UTF-8 only."""
        problem = replace(problem, **{f: _storable(getattr(problem, f)) for f in ("article", "source", "stage", "message")})
        key = (problem.article, problem.stage, problem.message)
        with self.db:
            added = self.db.execute(
                "INSERT INTO problems (article, source, stage, message, created_at) SELECT ?, ?, ?, ?, ?"
                " WHERE NOT EXISTS (SELECT 1 FROM problems WHERE article = ? AND stage = ? AND message = ?)",
                (problem.article, problem.source, problem.stage, problem.message, now(), *key),
            )
            row = self.db.execute("SELECT id FROM problems WHERE article = ? AND stage = ? AND message = ?", key).fetchone()
        self._recorded.add(row[0])
        return added.rowcount == 1

    def statements(self, query: Query = Query()) -> list[dict[str, Any]]:
        """Stored statements matching ``query``, as JSON-ready dicts.

        Oldest article first, and in reading order within an article.
        """
        where, params = _where(query, self.db)
        sql = (
            "SELECT s.*, a.title AS article_title, a.url AS article_url, a.published AS article_published,"
            " a.source AS article_source FROM statements s JOIN articles a ON a.id = s.article_id"
            f" WHERE {' AND '.join(where) or '1'} ORDER BY COALESCE(a.published, ''), a.id, s.seq"
        )
        if query.limit:
            sql += f" LIMIT {sql_int(query.limit)}"
        try:
            rows = self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            raise search_error(query, error) from None
        return [stored_statement(row) for row in rows]

    def speakers(self, name: str | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Named speakers with their statement counts, roles and first and last dates, most quoted first.

        A surname that stands for a full name is counted with it and listed in its ``aliases``
        (store/aliases.py); ``name`` matches either. The dates are as the statements give them
        (``FIRST_AND_LAST``): "2024-02" for "in February".
        """
        sql = (
            SPEAKER_GROUP.format(articles="", join="JOIN") + " WHERE c.same_as IS NULL"
            + (f" AND c.id IN (SELECT COALESCE(same_as, id) FROM speakers WHERE {name_has('name_key')})" if name else "")
            + " GROUP BY c.id ORDER BY statements DESC, c.name, c.id"  # c.id: "Bombardier" may be a person and an organisation
            + (f" LIMIT {sql_int(limit)} OFFSET {sql_int(offset)}" if limit is not None else "")
        )
        rows = self.db.execute(sql, (name_needle(name),) if name else ()).fetchall()
        return [
            {"id": r["id"], "name": r["name"], "type": r["type"], "statements": r["statements"],
             "roles": values_of(r["roles"]), "aliases": values_of(r["aliases"]), "first": r["first"], "last": r["last"]}
            for r in rows
        ]

    def problems(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT article, source, stage, message, created_at FROM problems ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def _day(value: str, *, last: bool) -> str:
    try:
        return day_bound(value, last=last)
    except ValueError as error:
        raise InputError(f"Query {'until' if last else 'since'}: {error}") from None


def search_error(query: Query, error: sqlite3.Error) -> InputError:
    """The error of a statements query SQLite refused (searches are made parseable, so rarely the search)."""
    return InputError(f"search {query.words!r}: {error}" if query.words else f"statements query: {error}")


def _where(q: Query, db: sqlite3.Connection) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for a query; values only ever as parameters.

    ``db`` tells whether the words parse as FTS5 syntax (``search.fts_query``).
    """
    where: list[str] = []
    params: list[Any] = []
    if q.speaker:
        # The name as the article gave it, or the full name a surname stands for (store/aliases.py);
        # of the statement's speaker or of one who spoke with them (co-speakers).
        # Each name is matched by its folded key, stored when it was written (store/search.py).
        where.append(
            f"({name_has('s.speaker_name_key')} OR s.speaker_id IN"
            f" (SELECT a.id FROM speakers a JOIN speakers c ON c.id = a.same_as WHERE {name_has('c.name_key')})"
            " OR s.id IN (SELECT j.statement_id FROM statement_speakers j LEFT JOIN speakers a ON a.id = j.speaker_id"
            f" LEFT JOIN speakers c ON c.id = a.same_as WHERE {name_has('j.speaker_name_key')} OR {name_has('c.name_key')}))"
        )
        params.extend([name_needle(q.speaker)] * 4)
    if has_words(q.words):
        where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
        params.append(fts_query(db, q.words))
    if q.since:
        where.append("s.date_to >= ?")
        params.append(_day(q.since, last=False))
    if q.until:
        where.append("s.date_from <= ?")
        params.append(_day(q.until, last=True))
    if q.kinds:
        where.append(f"s.kind IN ({', '.join('?' for _ in q.kinds)})")
        params.extend(q.kinds)
    if q.article:
        where.append("s.article_id = ?")
        params.append(q.article)
    return where, params


def values_of(group: str | None) -> list[str]:
    """The values of ``json_group_array(DISTINCT …)`` (roles, aliases), sorted, without NULL.

    A JSON array, not GROUP_CONCAT: a role may hold a comma ("chief executive, Acme"). A value
    written in two cases is one ("Prime Minister" at a name, "the prime minister" alone gave both),
    kept as ``_shown`` prefers."""
    kept: dict[str, str] = {}
    for value in (r for r in json.loads(group or "[]") if r):
        key = value.casefold()
        kept[key] = min(kept.get(key, value), value, key=_shown)
    return sorted(kept.values())


def _shown(value: str) -> tuple[bool, str]:
    """Which case of a value to show, least first: not all capitals where the value has more than
    one word (a headline's "PRIME MINISTER" is the "Prime Minister" of the text below it; one
    word in capitals is an acronym, "CEO", "NATO"), then the first sorted, so capitals first."""
    return value.isupper() and " " in value.strip(), value


def stored_statement(row: sqlite3.Row) -> dict[str, Any]:
    """A statement row as the same JSON an extraction gives, plus its article."""
    statement = statement_of(row)
    data = asdict(statement)
    data["content"] = list(data["content"])
    data["co_speakers"] = list(data["co_speakers"])
    data["article"] = {
        "id": row["article_id"], "title": row["article_title"], "url": row["article_url"],
        "published": row["article_published"], "source": row["article_source"],
    }
    return data


def _extractor() -> str:
    from ..pipeline import EXTRACTOR

    return EXTRACTOR


def _stored_date(article: Article) -> str | None:
    """The publication date as ``save`` stores it (the pipeline writes YYYY-MM-DD): a timestamp or
    a ``date`` given in Python is the same day. One that is no date is compared as given."""
    try:
        day = parse_published(article.published)
    except ValueError:
        return article.published
    return day.isoformat() if day else None


def _named(speaker: Speaker) -> bool:
    """A person or an organisation with a name of its own, kept as one speaker across articles.
    "the government" or "the firm" (a common noun, written in lower case) is a body within its
    article only: one speaker "government" would merge every country's."""
    return speaker.type in NAMED and bool(speaker.name) and not speaker.name.islower()


def _storable(text: str | None) -> str | None:
    """``text`` with any lone surrogate written as a backslash escape, so SQLite can store it."""
    return text if text is None else text.encode("utf-8", "backslashreplace").decode("utf-8")
