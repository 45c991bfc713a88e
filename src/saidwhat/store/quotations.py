"""Quotations across articles: the same words, reported by many outlets, as one quotation.

Like Quotebank, direct quotes are matched exactly after normalisation (case,
punctuation and quotation marks ignored, so a re-punctuated quote is the same).
Beyond that, near-identical variants join the quotation: a truncated quote
("We will win this war" inside "We will win this war, and we will win it
soon") or one with an elision or a word changed, when at least 90% of the
shorter variant's words appear in order in the longer one.

Candidates are found without comparing every pair: each quotation keeps the
winnowed fingerprints of its word 4-grams (Schleimer et al., 2003), which
guarantee that two variants sharing a run of 7 words share a fingerprint.
Variants are only compared within one speaker (by surname: "Macron" and
"Emmanuel Macron" are one), so a stock phrase said by two people stays two
quotations.

A joint statement ("Tesco, Asda and Morrisons said: “…”") is a quotation of each
of its speakers, the first and the co-speakers alike: listed under Asda, it is
counted with what Asda said alone, and ``co_speakers`` names the others who said
it with Asda.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from difflib import SequenceMatcher
from typing import Any

from .rows import sql_int
from .search import name_has, name_needle, stored_key

MIN_WORDS = 3  # "No." or "Absolutely" is not a quotation worth following across outlets
K = 4  # words per fingerprinted n-gram
WINDOW = 4  # winnowing window: any shared run of K + WINDOW - 1 = 7 words is found
NEAR = 0.9  # share of the shorter variant's words found in order in the longer
CANDIDATES = 20
APOSTROPHES = re.compile(r"(?<=\w)['’`](?=\w)")


def normalise(text: str) -> list[str]:
    """The words of a quote, case and punctuation dropped: “We’re here…” -> ['were', 'here']."""
    folded = APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return re.findall(r"\w+", folded)


def speaker_key(name: str | None) -> str:
    """The speaker's last name (or organisation's last word), normalised; '' when unknown."""
    words = normalise(name or "")
    return words[-1] if words else ""


def fingerprints(words: list[str]) -> set[int]:
    """Winnowed hashes of the word 4-grams: the smallest hash of every window of WINDOW n-grams."""
    hashes = [_hash(" ".join(words[i : i + K])) for i in range(len(words) - K + 1)]
    if len(hashes) <= WINDOW:
        return {min(hashes)} if hashes else set()
    return {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def shared(a: list[str], b: list[str]) -> float:
    """The share of the shorter word list found, in order, in the longer."""
    short, long = sorted((a, b), key=len)
    if not short:
        return 0.0
    matcher = SequenceMatcher(None, short, long, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(short)


def group_article(db: sqlite3.Connection, article_id: str) -> None:
    """Attach the direct quotes of one stored article to quotations, creating those not seen before.

    Runs inside the caller's transaction, so an article and its grouping are stored together.
    """
    rows = db.execute(
        "SELECT id, text, speaker_name FROM statements WHERE article_id = ? AND kind = 'direct' ORDER BY seq", (article_id,)
    ).fetchall()
    for statement_id, text, speaker_name in rows:
        words = normalise(text)
        if len(words) >= MIN_WORDS:
            for name in _voices(db, statement_id, speaker_name):
                _attach(db, statement_id, text, words, name)


def _voices(db: sqlite3.Connection, statement_id: int, speaker_name: str | None) -> list[str | None]:
    """The names a statement is a quotation of: its speaker's, then its named co-speakers', one per speaker key."""
    co = [name for (name,) in db.execute("SELECT speaker_name FROM statement_speakers WHERE statement_id = ? ORDER BY seq", (statement_id,))]
    voices: dict[str, str | None] = {}
    for name in [speaker_name, *(n for n in co if n)]:
        voices.setdefault(speaker_key(name), name)  # "Tesco and Tesco's chief" would be Tesco's twice
    return list(voices.values())


def regroup(db: sqlite3.Connection, *, joint_only: bool = False) -> None:
    """Group every stored article, e.g. in a database made before quotations existed;
    ``joint_only``: only those with joint statements, in one made before they were grouped per speaker."""
    joint = " WHERE id IN (SELECT s.article_id FROM statements s JOIN statement_speakers j ON j.statement_id = s.id)"
    for (article_id,) in db.execute(f"SELECT id FROM articles{joint if joint_only else ''} ORDER BY ingested_at, id").fetchall():
        group_article(db, article_id)


def _attach(db: sqlite3.Connection, statement_id: int, text: str, words: list[str], speaker_name: str | None) -> None:
    skey, key = speaker_key(speaker_name), " ".join(words)
    quotation = _exact(db, skey, key) or _near(db, skey, words)
    if quotation is None:
        quotation = db.execute(
            "INSERT INTO quotations (speaker_key, speaker_name, speaker_name_key, key, text) VALUES (?, ?, ?, ?, ?)",
            (skey, speaker_name, stored_key(speaker_name), key, text),
        ).lastrowid
    else:
        _prefer_longer(db, quotation, skey, key, text, speaker_name)
    db.executemany(
        "INSERT OR IGNORE INTO quotation_fingerprints (speaker_key, hash, quotation_id) VALUES (?, ?, ?)",
        [(skey, h, quotation) for h in fingerprints(words)],
    )
    db.execute("INSERT OR REPLACE INTO quotation_occurrences (statement_id, quotation_id, key) VALUES (?, ?, ?)", (statement_id, quotation, key))


def _exact(db: sqlite3.Connection, skey: str, key: str) -> int | None:
    row = db.execute("SELECT id FROM quotations WHERE speaker_key = ? AND key = ?", (skey, key)).fetchone()
    return row[0] if row else None


def _near(db: sqlite3.Connection, skey: str, words: list[str]) -> int | None:
    """The quotation of the same speaker this variant is nearest to, if near enough."""
    prints = list(fingerprints(words))
    if len(words) < K + WINDOW - 1 or not prints:
        return None
    marks = ",".join("?" * len(prints))
    candidates = db.execute(
        f"SELECT q.id, q.key FROM quotation_fingerprints f JOIN quotations q ON q.id = f.quotation_id"
        f" WHERE f.speaker_key = ? AND f.hash IN ({marks}) GROUP BY q.id ORDER BY COUNT(*) DESC, q.id LIMIT {CANDIDATES}",
        (skey, *prints),
    ).fetchall()
    scored = [(shared(words, key.split()), -qid) for qid, key in candidates]
    best = max(scored, default=(0.0, 0))
    return -best[1] if best[0] >= NEAR else None


def _prefer_longer(db: sqlite3.Connection, quotation: int, skey: str, key: str, text: str, speaker_name: str | None) -> None:
    """A quotation shows its longest variant, and its speaker's fullest name."""
    current_key, current_name = db.execute("SELECT key, speaker_name FROM quotations WHERE id = ?", (quotation,)).fetchone()
    if len(key) > len(current_key) and _exact(db, skey, key) is None:
        db.execute("UPDATE quotations SET key = ?, text = ? WHERE id = ?", (key, text, quotation))
    if speaker_name and len(speaker_name) > len(current_name or ""):
        db.execute("UPDATE quotations SET speaker_name = ?, speaker_name_key = ? WHERE id = ?", (speaker_name, stored_key(speaker_name), quotation))


def quotations(db: sqlite3.Connection, *, speaker: str | None = None, min_count: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    """Quotations with their counts and where they first appeared, most reported first."""
    # The name is matched inside ``occ``: after it, every quotation's occurrences were numbered
    # (which came first) before the filter kept a few of them (docs/benchmarks.md).
    sql = (
        "WITH occ AS (SELECT o.quotation_id, o.key, s.article_id, a.published, a.title, a.url, a.source,"
        " ROW_NUMBER() OVER (PARTITION BY o.quotation_id ORDER BY COALESCE(a.published, '9999'), a.ingested_at, s.id) AS rank"
        " FROM quotation_occurrences o JOIN statements s ON s.id = o.statement_id JOIN articles a ON a.id = s.article_id"
        + (f" WHERE o.quotation_id IN (SELECT id FROM quotations WHERE {name_has('speaker_name_key')})" if speaker else "")
        + ") SELECT q.id, q.speaker_name AS speaker, q.text, COUNT(*) AS occurrences, COUNT(DISTINCT occ.article_id) AS articles,"
        " COUNT(DISTINCT occ.key) AS variants, MAX(CASE WHEN rank = 1 THEN occ.article_id END) AS first_article,"
        " MAX(CASE WHEN rank = 1 THEN occ.published END) AS first_published, MAX(CASE WHEN rank = 1 THEN occ.title END) AS first_title,"
        " MAX(CASE WHEN rank = 1 THEN occ.url END) AS first_url, MAX(CASE WHEN rank = 1 THEN occ.source END) AS first_source"
        " FROM quotations q JOIN occ ON occ.quotation_id = q.id"
        " GROUP BY q.id HAVING COUNT(*) >= ? ORDER BY occurrences DESC, first_published, q.id"
        + (f" LIMIT {sql_int(limit)}" if limit else "")
    )
    params = ([name_needle(speaker)] if speaker else []) + [sql_int(min_count)]
    rows = [dict(row) for row in _rows(db, sql, params)]
    others = _co_speakers(db, [r["id"] for r in rows])
    for row in rows:
        row["co_speakers"] = others.get(row["id"], [])
    return rows


def _co_speakers(db: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    """For each quotation, the other speakers of its joint occurrences, first named first
    (under Asda, "Tesco, Asda and Morrisons said" names Tesco and Morrisons)."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):  # SQLite takes a limited number of parameters
        chunk = ids[start : start + 500]
        rows = db.execute(
            "SELECT o.quotation_id, q.speaker_key, v.name FROM quotation_occurrences o JOIN quotations q ON q.id = o.quotation_id"
            # Only joint statements have speakers beyond the first: read those, never every statement.
            " JOIN (SELECT id AS statement_id, 0 AS seq, speaker_name AS name FROM statements WHERE id IN (SELECT statement_id FROM statement_speakers)"
            "       UNION ALL SELECT statement_id, seq, speaker_name FROM statement_speakers) v ON v.statement_id = o.statement_id"
            f" WHERE o.quotation_id IN ({','.join('?' * len(chunk))}) ORDER BY o.statement_id, v.seq",
            chunk,
        )
        for quotation, own, name in rows:
            names = found.setdefault(quotation, [])
            if name and speaker_key(name) != own and name not in names:
                names.append(name)
    return found


def _rows(db: sqlite3.Connection, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    previous, db.row_factory = db.row_factory, sqlite3.Row
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.row_factory = previous


def _hash(gram: str) -> int:
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big", signed=True)
