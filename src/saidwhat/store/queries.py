"""Read queries for the HTTP API: one record by id, and pages of records.

Pages are keyset pages: each one ends with the sort key of its last row, and
the next page starts strictly after that key, so a page stays fast deep into
a large database and never repeats or skips a row when others are added.
Every value reaches SQLite as a parameter; only the fixed ORDER BY
expressions below are written into the SQL.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .rows import SQLITE_INT_MAX
from .sqlite import SPEAKER_GROUP, SPEAKER_ROWS, Query, Store, _where, search_error, stored_statement, values_of

# Sort keys, each unique per statement so that "after this key" is exact.
BY_PUBLICATION = ("COALESCE(a.published, '')", "a.id", "s.seq")
# A timeline: by the first day the statement may have been made; undated ones last.
BY_DATE = ("COALESCE(s.date_from, '9999')", "COALESCE(a.published, '')", "a.id", "s.seq")

SELECT_STATEMENTS = (
    "SELECT s.*, a.title AS article_title, a.url AS article_url, a.published AS article_published,"
    " a.source AS article_source, COALESCE(p.same_as, p.id) AS speaker_ref, {co_refs} AS co_speaker_refs{keys} FROM statements s"
    " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers p ON p.id = s.speaker_id"
)
# The speaker ids of a statement's co-speakers, in order, as ``speaker_ref`` (null for an unnamed one).
CO_SPEAKER_REFS = (
    "(SELECT json_group_array(ref) FROM (SELECT COALESCE(c.same_as, c.id) AS ref FROM statement_speakers j"
    " LEFT JOIN speakers c ON c.id = j.speaker_id WHERE j.statement_id = s.id ORDER BY j.seq))"
)
ROWS_OF_ID = SPEAKER_ROWS.format("?")  # the id given twice
# The statements a speaker made, alone or with others (the spoken_by view of migration 006).
STATEMENTS_OF_ID = f"(SELECT statement_id FROM spoken_by WHERE speaker_id IN {ROWS_OF_ID})"


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """Some rows, and the sort key of the last one when more may follow."""

    items: list[dict[str, Any]]
    after: list[Any] | None


def statement(row: sqlite3.Row) -> dict[str, Any]:
    """A stored statement as ``stored_statement`` gives it, plus its id and its speaker's id: the
    full name's where a surname stands for it (store/aliases.py), so a link goes to one page."""
    data = stored_statement(row)
    data["id"] = row["id"]
    data["speaker"]["id"] = row["speaker_ref"]
    for co, ref in zip(data["co_speakers"], json.loads(row["co_speaker_refs"] or "[]")):
        co["id"] = ref
    return data


def statements_page(
    store: Store,
    query: Query,
    *,
    speaker_id: int | None = None,
    order: tuple[str, ...] = BY_PUBLICATION,
    after: list[Any] | None = None,
    limit: int = 50,
) -> Page:
    """One page of the statements matching ``query`` (and ``speaker_id``), sorted by ``order``."""
    where, params = _where(query, store.db)
    if speaker_id is not None:
        where.append(f"s.id IN {STATEMENTS_OF_ID}")
        params.extend([speaker_id, speaker_id])
    if after is not None:
        if len(after) != len(order):
            raise InputError("the cursor does not belong to this list; start again without it")
        where.append(f"({', '.join(order)}) > ({', '.join('?' for _ in order)})")
        params.extend(after)
    keys = "".join(f", {expr} AS k{i}" for i, expr in enumerate(order))
    sql = SELECT_STATEMENTS.format(keys=keys, co_refs=CO_SPEAKER_REFS) + f" WHERE {' AND '.join(where) or '1'} ORDER BY {', '.join(order)} LIMIT ?"
    try:
        rows = store.db.execute(sql, [*params, limit + 1]).fetchall()
    except sqlite3.OperationalError as error:
        raise search_error(query, error) from None
    more = len(rows) > limit
    rows = rows[:limit]
    last = [rows[-1][f"k{i}"] for i in range(len(order))] if more else None
    return Page(items=[statement(r) for r in rows], after=last)


def speakers_page(store: Store, name: str | None, *, offset: int = 0, limit: int = 50) -> Page:
    """One page of named speakers, most quoted first; one row more than asked tells whether another page follows."""
    rows = store.speakers(name, limit=limit + 1, offset=offset)
    return Page(items=rows[:limit], after=[offset + limit] if len(rows) > limit else None)


def speaker(store: Store, speaker_id: int) -> dict[str, Any] | None:
    """One named speaker with counts, roles, aliases, first and last dates and article count, or None.

    The id of a surname that stands for a full name (store/aliases.py) gives that speaker."""
    if not -SQLITE_INT_MAX - 1 <= speaker_id <= SQLITE_INT_MAX:
        return None  # /speakers/99999999999999999999: no such speaker (SQLite cannot even bind it)
    row = store.db.execute(
        SPEAKER_GROUP.format(articles=" COUNT(DISTINCT s.article_id) AS articles,", join="LEFT JOIN") + " WHERE c.id = (SELECT COALESCE(same_as, id) FROM speakers WHERE id = ?) GROUP BY c.id",
        (speaker_id,),
    ).fetchone()
    if row is None:
        return None
    data = dict(row)
    data["roles"] = values_of(row["roles"])
    data["aliases"] = values_of(row["aliases"])
    return data


def speaker_dates(store: Store, speaker_id: int) -> list[dict[str, Any]]:
    """The date range and kind of each of a speaker's dated statements, for a timeline."""
    rows = store.db.execute(
        f"SELECT id, kind, date_from, date_to FROM statements WHERE id IN {STATEMENTS_OF_ID} AND date_from IS NOT NULL"
        " ORDER BY date_from, id",
        (speaker_id, speaker_id),
    ).fetchall()
    return [dict(r) for r in rows]


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with its text and all its statements in reading order, or None."""
    row = store.db.execute(
        "SELECT id, title, url, published, source, text, extractor, ingested_at FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    data = dict(row)
    data["statements"] = statements_page(store, Query(article=article_id), limit=10_000).items
    return data
