"""What a reader types, as SQLite search: FTS5 queries over what was said, and part of a name.

A journalist searches for ``Blair's``, ``co-operation`` or ``U.S.``; read as FTS5
syntax those are errors (``'`` and ``.`` are syntax, ``co-operation`` is "co, but
not in column operation"). So a word is searched as FTS5 syntax only where it is
one (a bareword, ``troop*``, ``AND``/``OR``/``NOT``, a "quoted phrase", brackets);
any other word is searched as the phrase it spells (``"co-operation"`` finds
"co-operation" and "co operation"). If FTS5 still cannot parse the whole (``AND
troops``, an unbalanced ``"``), every word is searched as written.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache

from ..errors import InputError

# FTS5's barewords: ASCII letters and digits, "_", the substitute character and anything
# beyond ASCII; optionally "^" (first token of the column) before and "*" (prefix) after.
BAREWORD = re.compile(r"\^?[A-Za-z0-9_\x1a\x80-\U0010ffff]+\*?")
# Control characters: FTS5 reads a NUL as the end of a string; none belongs in a search.
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# A "quoted phrase" ("" inside is a literal quote), a bracket or comma (for NEAR(a b, 5)),
# a run of anything else up to whitespace, or a lone unbalanced quote.
TOKEN = re.compile(r'"(?:[^"]|"")*"\*?|[(),]|[^\s(),"]+|"')


def has_words(words: str | None) -> bool:
    """Whether there is anything to search for: a search of spaces or control characters is no search
    (FTS5 refused the empty query that "\\x01" left, a search error, though a search is never one)."""
    return bool(words and CONTROL.sub(" ", words).strip())


def fts_query(db: sqlite3.Connection, words: str) -> str:
    """The FTS5 query for what a reader typed: their syntax where it is FTS5 syntax, else their words.

    ``db`` is asked whether FTS5 parses the first reading; the second always parses.
    """
    words = CONTROL.sub(" ", words)
    syntax = fts_syntax(words)
    return syntax if _parses(db, syntax) else plain_words(words)


def fts_syntax(words: str) -> str:
    """``words`` with every token that is not FTS5 syntax quoted as a phrase: ``Blair's`` -> ``"Blair's"``."""
    return " ".join(_keep_or_quote(token) for token in TOKEN.findall(words))


def plain_words(words: str) -> str:
    """Every whitespace-separated word of ``words`` as a quoted FTS5 phrase: no syntax left."""
    return " ".join(_quoted(word) for word in words.split())


def _keep_or_quote(token: str) -> str:
    if token.startswith('"') or token in ("(", ")", ",") or BAREWORD.fullmatch(token):
        return token  # FTS5 syntax as written (an unbalanced quote fails _parses)
    return _quoted(token)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _parses(db: sqlite3.Connection, query: str) -> bool:
    """Whether FTS5 accepts ``query``. It parses the query first; ``rowid = 0`` (no statement has
    it) then leaves it one row to test, not the posting lists of "a NOT b" to read."""
    try:
        db.execute("SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? AND rowid = 0", (query,)).fetchall()
    except sqlite3.OperationalError:
        return False
    return True


# SQLite refuses a LIKE pattern over 50,000 bytes ("LIKE or GLOB pattern too complex"); no name is near this.
MAX_NAME = 1_000
# The apostrophes a name is written with: a page's ’ (U+2019) and ‘, the modifier letter ʼ, and the
# straight one a keyboard types: "O'Brien" finds "O’Brien" and the reverse.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2032": "'"})


# Letters NFKD does not split into a base letter and a mark, written as an English keyboard types
# them (as news wires write "Lech Walesa", "Soren Kierkegaard"); after casefold, so lower case only.
PLAIN_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"})


@lru_cache(maxsize=4_096)  # a name is written once per statement it spoke; names repeat within a run
def name_key(text: str) -> str:
    """``text`` as names are compared: case folded beyond ASCII (SQLite's LIKE only folds A-Z, so
    "ó briain" missed "Ó Briain"), accents dropped (FTS5's search drops them too: "Francois" finds
    "François", as an English keyboard types it), every apostrophe the straight one.

    Accents are the marks NFKD splits off a letter, and the letters of PLAIN_LETTERS become their
    plain ones: "walesa" finds "Wałęsa", "soren" "Søren" (FTS5's full-text search keeps ø and ł).
    A change here changes every stored key: it needs a migration that writes them again
    (008_name_keys.sql, 009_plain_letters.sql)."""
    # The plain letters after the marks are dropped: "ǿ" is ø with an accent. NFKD splits the
    # Catalan "ŀl" into "l·l", as it is also typed; the dot goes, as an accent does ("parallel").
    folded = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c)).translate(PLAIN_LETTERS)
    return plain.replace("l\u00b7l", "ll")


def stored_key(name: str | None) -> str | None:
    """The ``name_key`` stored beside a name (speakers.name_key, the ``speaker_name_key`` columns); NULL for none."""
    return None if name is None else name_key(name)


def name_needle(text: str) -> str:
    """The parameter of ``name_has`` for names containing ``text``: ``%`` and ``_`` are plain characters."""
    if len(text) > MAX_NAME:
        raise InputError(f"a speaker name of {len(text):,} characters is longer than any; give part of the name (at most {MAX_NAME:,} characters)")
    return name_key(text)


def name_has(column: str) -> str:
    """SQL for: the name whose stored key is ``column`` contains the next parameter (a ``name_needle``).

    The key is folded when the name is written, so a search reads it as it is: folding 200,000
    names in Python at every search took 40 times as long as SQLite's LIKE (docs/benchmarks.md).
    ``instr``, not LIKE: its needle has no wildcards, so "%" and "_" are plain characters."""
    return f"instr({column}, ?) > 0"


def add_key_function(db: sqlite3.Connection) -> None:
    """Give ``db`` the SQL function ``name_key(name)`` (``stored_key``), with which migration 8 fills
    in the keys of the names stored before it."""
    db.create_function("name_key", 1, stored_key, deterministic=True)
