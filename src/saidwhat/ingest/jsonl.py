"""JSON exports from news APIs: JSON Lines (one article per line) and JSON documents (an array of articles).

The fields are ``text`` (or ``html``), ``title``, ``url``, ``published`` and ``id``;
an export that names them otherwise is read with a ``Fields`` mapping
(``--field text=body``). A bad record is a problem of its own, never the file's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Problem
from .html import html_article
from .text import MAX_BYTES, article_id, as_text, check_encodable, decode, iso_published, title_line

TOO_DEEP = "JSON nested too deeply (arrays or objects hundreds of levels deep) to be an article"
MAX_LINE_BYTES = 4 * MAX_BYTES  # a JSON line may carry a page's HTML, escaped
# A JSON document is parsed whole, unlike JSONL; past this a JSONL copy is the way (jq -c '.[]').
MAX_DOCUMENT_BYTES = 50 * MAX_BYTES


@dataclass(frozen=True, slots=True, kw_only=True)
class Fields:
    """Which key of a JSON record holds each article field."""

    text: str = "text"
    html: str = "html"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    id: str = "id"
    author: str = "author"
    site: str = "site"

    @classmethod
    def parse(cls, pairs: list[str] | tuple[str, ...]) -> Fields:
        """From ``FIELD=KEY`` pairs, e.g. ``["text=body", "published=date"]``."""
        names = {f.name for f in fields(cls)}
        mapping = {}
        for pair in pairs:
            name, _, key = pair.partition("=")
            if name not in names or not key:
                raise InputError(f"--field {pair!r}: use FIELD=KEY with FIELD one of {', '.join(sorted(names))}, e.g. text=body")
            mapping[name] = key
        return replace(cls(), **mapping)


def read_jsonl(
    stream: BinaryIO,
    *,
    source: str,
    problems: list[Problem],
    fields: Fields = Fields(),
    published: str | None = None,
) -> Iterator[Article]:
    """Articles from the lines of a JSONL stream; a bad line goes to ``problems`` as ``source:LINE``, a
    file with no line to read (0 bytes, blank lines, a byte-order mark) as ``source``, as an empty
    text or JSON file is: it gave nothing and exit code 0, as if all had been read."""
    empty = True
    for number, (line, size) in enumerate(_lines(stream, MAX_LINE_BYTES), 1):
        if not line.removeprefix(b"\xef\xbb\xbf" if number == 1 else b"").strip() and size == len(line):
            continue
        empty = False
        where = f"{source}:{number}"
        try:
            _check_size(size, where)
            yield jsonl_article(line, source=where, fields=fields, published=published)
        except InputError as error:
            problems.append(Problem(article=where, stage="ingest", message=str(error), source=where))
    if empty:
        problems.append(Problem(article=source, stage="ingest", message=f"{source}: the file is empty", source=source))


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes, int]]:
    """Each line with its size in bytes; of a line over ``limit`` only its start is kept: a file
    of one 2 GB line was read whole into memory before it was refused."""
    while line := stream.readline(limit + 1):
        size = len(line)
        if size > limit:
            rest = line
            while rest and not rest.endswith(b"\n"):
                rest = stream.readline(1 << 20)
                size += len(rest)
            line = line[:limit]
        yield line, size


def _check_size(size: int, source: str) -> None:
    if size > MAX_LINE_BYTES:
        raise InputError(
            f"{source}: a line of {size:,} bytes is more than one article (at most {MAX_LINE_BYTES:,}); "
            "a JSONL line is one article, check that the file is JSON Lines"
        )


def jsonl_article(line: bytes, *, source: str, fields: Fields = Fields(), published: str | None = None) -> Article:
    """One article from one JSON line."""
    _check_size(len(line), source)
    try:
        record = json.loads(decode(line, source))
    except json.JSONDecodeError as error:
        raise InputError(f"{source}: not valid JSON ({_reason(error)} at column {error.colno}); fix or remove the line") from None
    except RecursionError:  # "[[[[…" past Python's recursion limit ended the whole run
        raise InputError(f"{source}: {TOO_DEEP}; fix or remove the line") from None
    return record_article(record, source=source, fields=fields, published=published)


def read_json(
    stream: BinaryIO,
    *,
    source: str,
    problems: list[Problem],
    fields: Fields = Fields(),
    published: str | None = None,
) -> Iterator[Article]:
    """Articles from a JSON document: an array of article objects, one object (pretty-printed or
    not), or several objects one after another. A bad record goes to ``problems`` as
    ``source:LINE``, the line it starts on; JSON that cannot be parsed ends the file there (an
    ``InputError``), after the records before it."""
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"{source}: a JSON document over {MAX_DOCUMENT_BYTES:,} bytes is too large to read at once; "
            f"make it JSON Lines (one article per line) first, e.g. jq -c '.[]' {source} > export.jsonl"
        )
    text = decode(data, source)
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    for line, record in json_records(text, source):
        where = f"{source}:{line}"
        try:
            yield record_article(record, source=where, fields=fields, published=published)
        except InputError as error:
            problems.append(Problem(article=where, stage="ingest", message=str(error), source=where))


def json_records(text: str, source: str) -> Iterator[tuple[int, object]]:
    """The records of a JSON document with the line each starts on: the items of a top-level
    array one at a time (so an export is never all in memory as objects), any other value as one."""
    lines = _Lines(text)
    pos = _skip_space(text, 0)
    while pos < len(text):
        if text[pos] == "[":
            pos = yield from _array_items(text, pos, source, lines)
        else:
            record, end = _decode_at(text, pos, source)
            yield lines.at(pos), record
            pos = end
        pos = _skip_space(text, pos)


def _array_items(text: str, pos: int, source: str, lines: _Lines):
    """Yield the items of the array that opens at ``pos``, with their lines; return the position after it."""
    pos = _skip_space(text, pos + 1)
    while not text.startswith("]", pos):
        record, end = _decode_at(text, pos, source)
        yield lines.at(pos), record
        pos = _skip_space(text, end)
        if text.startswith(",", pos):
            pos = _skip_space(text, pos + 1)
        elif not text.startswith("]", pos):
            raise _not_json(source, json.JSONDecodeError("Expecting ',' delimiter", text, pos))
    return pos + 1


def _decode_at(text: str, pos: int, source: str) -> tuple[object, int]:
    try:
        return _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError as error:
        raise _not_json(source, error) from None
    except RecursionError:  # where such a record ends is unknown: the file ends there, as for invalid JSON
        line = text.count("\n", 0, pos) + 1
        raise InputError(f"{source}:{line}: {TOO_DEEP}; fix the file (the records before this line were read)") from None


def _not_json(source: str, error: json.JSONDecodeError) -> InputError:
    return InputError(
        f"{source}:{error.lineno}: not valid JSON ({_reason(error)} at column {error.colno}); "
        "fix the file (the records before this line were read)"
    )


def _reason(error: json.JSONDecodeError) -> str:
    # "Invalid control character at" would read "... at at column 9".
    return error.msg.removesuffix(" at")


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace


def _skip_space(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()


class _Lines:
    """The line number of a position, counted on from the last one asked (records come in order)."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def at(self, pos: int) -> int:
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def record_article(record: object, *, source: str, fields: Fields = Fields(), published: str | None = None) -> Article:
    """One article from one JSON record (a JSONL line, an item of a JSON array)."""
    if not isinstance(record, dict):
        raise InputError(f"{source}: a JSON {json_type(record)}, not an object with a {fields.text!r} field")
    url = _string(record, fields.url, source)
    given_date = _date(_string(record, fields.published, source), source, fields.published)
    text = _words(record, fields.text, source)
    if text is None and _string(record, fields.html, source) is not None:
        article = html_article(record[fields.html].encode("utf-8"), source=source, url=url, published=published)
        return _with(article, record, fields, source, given_date)
    if not text or not text.strip():
        raise InputError(f"{source}: no {fields.text!r} or {fields.html!r} field with text; map another with --field text=KEY")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"{source}: {len(text):,} characters is more than the {MAX_BYTES:,} bytes allowed for one article")
    title = _words(record, fields.title, source) or title_line(text)
    # The id of the text as written (see text_article): the one stored before references were unescaped.
    written = _string(record, fields.text, source) or text
    article = Article(id=article_id(written, url), text=text, title=title, url=url, published=published, source=source)
    return _with(article, record, fields, source, given_date)


def _with(article: Article, record: dict, fields: Fields, source: str, given_date: str | None) -> Article:
    """The record's own id, title, date, author and site, when it has them, over what the text or page gave."""
    given = _id(record, fields.id, source)
    return replace(
        article,
        id=given or article.id,
        title=_words(record, fields.title, source) or article.title,
        published=given_date or article.published,
        author=_words(record, fields.author, source) or article.author,
        site=_words(record, fields.site, source) or article.site,
    )


def _words(record: dict, key: str, source: str) -> str | None:
    """A field of words (text, title, author, site) read as a text file is (``as_text``); not an id
    or a URL, whose ``&amp;`` may be part of what names the article."""
    value = _string(record, key, source)
    return as_text(value) if value is not None else None


def _string(record: dict, key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return check_encodable(value, f"{source}: field {key!r}")
    raise InputError(f"{source}: field {key!r} is a JSON {json_type(value)}, not a string")


def _id(record: dict, key: str, source: str) -> str | None:
    """The record's own id: a string, or a whole number as exports often give one (``"id": 123``).
    Blank (``"  "``) is none, as ``""`` is: the article was stored under an id no one can see or type."""
    value = record.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    given = _string(record, key, source)  # an object or a list was kept as its Python repr, "{'x': 1}"
    return given if given and given.strip() else None


JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "true or false", type(None): "null"}


def json_type(value: object) -> str:
    """JSON's name for the type of a parsed value: "object", not Python's "dict"."""
    return JSON_TYPES.get(type(value), type(value).__name__)


def _date(value: str | None, source: str, key: str) -> str | None:
    """An ISO date from a date or a timestamp ("2024-03-18T09:00:00Z" -> "2024-03-18")."""
    if not value:
        return None
    try:
        return iso_published(value)
    except InputError as error:
        raise InputError(f"{source}: {key} {error}; or map another field with --field published=KEY") from None
