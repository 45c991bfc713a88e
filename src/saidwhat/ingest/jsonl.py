"""JSON exports from news APIs: JSON Lines (one article per line) and JSON documents (an array of articles).

The fields are ``text`` (or ``html``), ``title``, ``url``, ``published`` and ``id``;
an export that names them otherwise is read with a ``Fields`` mapping
(``--field text=body``). A bad record is a problem of its own, never the file's.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Problem
from .html import html_article
from .text import BYTE_ORDER_MARKS, MAX_BYTES, article_id, as_text, check_encodable, codec, decode, empty_input, iso_published, title_line

TOO_DEEP = "JSON nested too deeply (arrays or objects hundreds of levels deep) to be an article"
MAX_LINE_BYTES = 4 * MAX_BYTES  # a JSON line may carry a page's HTML, escaped
CHUNK = 1 << 20  # a JSON document is read and decoded this many bytes at a time
MARK_BYTES = max(len(mark) for mark, _ in BYTE_ORDER_MARKS)  # what the first read must hold to tell the charset


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
        problems.append(Problem(article=source, stage="ingest", message=empty_input(source), source=source))


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
        raise InputError(f"{source}: not valid JSON ({_reason(error.msg)} at column {error.colno}); fix or remove the line") from None
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
    ``InputError``), after the records before it; so does a byte that is not in the file's charset."""
    window = _Window(stream, source)
    if window.next_char() is None:
        raise window.error or InputError(empty_input(source))
    for line, record in json_records(window):
        where = f"{source}:{line}"
        try:
            yield record_article(record, source=where, fields=fields, published=published)
        except InputError as error:
            problems.append(Problem(article=where, stage="ingest", message=str(error), source=where))
    if window.error:  # the records before the bad byte were read
        raise window.error


def json_records(window: _Window) -> Iterator[tuple[int, object]]:
    """The records of a JSON document with the line each starts on: the items of a top-level
    array, any other value as one. Read a chunk at a time and each record parsed on its own, so
    an export is never in memory whole, as bytes, text or objects (it was read and decoded whole,
    and counted so for the progress bar first)."""
    in_array = False
    while (char := window.next_char()) is not None:
        if char == "[" and not in_array:
            in_array, window.pos = True, window.pos + 1
        elif in_array and char == "]":
            in_array, window.pos = False, window.pos + 1
        else:
            yield window.line_at(window.pos), window.value()
            if in_array and window.next_char() != "]":
                window.expect_comma()


def count_records(stream: BinaryIO, chunk: int | None = None) -> int:
    """About how many records a JSON document holds, for a progress bar: ``json_records`` counted,
    where the JSON goes wrong the rest as one record (the problem the reading proper reports)."""
    count = 0
    try:
        for _ in json_records(_Window(stream, "", errors="replace", chunk=chunk)):  # a bad byte is the reading's problem
            count += 1
    except InputError:
        return count + 1
    return count


class _Window:
    """The part of a JSON document still to be parsed, read from a stream as parsing needs it:
    ``text`` from ``pos`` on; what is behind ``pos`` is dropped at the next read."""

    def __init__(self, stream: BinaryIO, source: str, *, errors: str = "strict", chunk: int | None = None) -> None:
        self.stream, self.source, self.errors, self.chunk = stream, source, errors, chunk or CHUNK
        self.text, self.pos, self.read_bytes, self.done = "", 0, 0, False
        self.line, self.column = 1, 0  # where text[0] is: its line and the characters before it on that line
        self.seen, self.seen_line = 0, 1  # the last position whose line was asked, and that line
        self.decoder: codecs.IncrementalDecoder | None = None
        self.charset = "UTF-8"
        self.error: InputError | None = None  # a bad byte: the text ends before it, the error is raised after its records

    def next_char(self) -> str | None:
        """The next character that is not JSON's whitespace (``pos`` moved to it), reading on as needed; None at the end."""
        while True:
            self.pos = _skip_space(self.text, self.pos)
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._read():
                return None

    def value(self) -> object:
        """The JSON value at ``pos``, ``pos`` moved past it. One cut by the end of what was read is
        parsed again with more, up to the size of the largest record (MAX_LINE_BYTES)."""
        while True:
            try:
                record, end = _DECODER.raw_decode(self.text, self.pos)
                size = end - self.pos  # a read moves pos, and "123." read no further still ends at "."
                if not self._may_go_on(record, end) or not self._read():
                    self.pos += size
                    return record
            except json.JSONDecodeError as error:
                if not self._cut(error):  # a syntax error inside what was read: reading on would not mend it
                    raise self._not_json(f"{_reason(error.msg)} at column {{}}", error.pos) from None
                offset = error.pos - self.pos  # a read moves pos
                if len(self.text) - self.pos > MAX_LINE_BYTES:  # read no further: a record is not this long
                    raise self._not_json(f"{_reason(error.msg)} at column {{}}, or a record over {MAX_LINE_BYTES:,} characters", error.pos) from None
                if not self._read():
                    raise self.error or self._not_json(f"{_reason(error.msg)} at column {{}}", self.pos + offset) from None
            except RecursionError:  # where such a record ends is unknown: the file ends there, as for invalid JSON
                raise InputError(f"{self.source}:{self.line_at(self.pos)}: {TOO_DEEP}; fix the file (the records before this line were read)") from None

    def expect_comma(self) -> None:
        """Go past the comma after an array's item, or end the file: the JSON is invalid, or a bad byte cut it."""
        char = self.next_char()
        if char != ",":
            raise (self.error if char is None else None) or self._not_json("Expecting ',' delimiter at column {}", self.pos)
        self.pos += 1

    def _may_go_on(self, value: object, end: int) -> bool:
        """Whether a parsed value may go on in the next chunk: "12" may be the start of "123", and
        "123." of "123.5" (parsed as 123, then ".5" was an error that ended the file)."""
        if end == len(self.text):
            return True
        return isinstance(value, int | float) and not isinstance(value, bool) and _NUMBER_TAIL.fullmatch(self.text, end) is not None

    def _cut(self, error: json.JSONDecodeError) -> bool:
        """Whether an error may come from the end of what was read, not from the JSON: a string
        running on past it, or a token cut near it ("tru", "-Infinit", "\\u00", "{", "[1,"). Any
        other error was read on to 20,000,000 characters and blamed on the record's size."""
        return error.msg.startswith("Unterminated string") or error.pos >= len(self.text) - len("-Infinity")

    def line_at(self, pos: int) -> int:
        """The line of ``text[pos]``, counted on from the last one asked (records come in order):
        counted from the start of the window each time, a window of 400 records took 20 times longer."""
        if pos < self.seen:
            self.seen, self.seen_line = 0, self.line
        self.seen_line += self.text.count("\n", self.seen, pos)
        self.seen = pos
        return self.seen_line

    def _not_json(self, message: str, pos: int) -> InputError:
        """The error for invalid JSON at ``pos``; ``message`` has a {} for the column."""
        start = self.text.rfind("\n", 0, pos) + 1
        column = pos - start + 1 + (self.column if start == 0 else 0)
        return InputError(
            f"{self.source}:{self.line_at(pos)}: not valid JSON ({message.format(column)}); "
            "fix the file (the records before this line were read)"
        )

    def _read(self) -> bool:
        """Read the next chunk, dropping the text behind ``pos``; False at the end of the stream."""
        if self.done:
            return False
        data = self.stream.read(self.chunk)
        if self.decoder is None:  # the first bytes tell the charset: a byte-order mark, or UTF-8
            data = self._whole_mark(data)
            name = codec(data, self.source)
            self.decoder, self.charset = codecs.getincrementaldecoder(name)(errors=self.errors), name.removesuffix("-sig").upper()
        more = self._decode(data)
        self._drop(self.pos)
        self.text += more
        self.read_bytes += len(data)
        self.done = self.done or not data
        return bool(more) or not self.done

    def _whole_mark(self, data: bytes) -> bytes:
        """The first chunk read on to the longest byte-order mark's length, or to the end: a
        chunk (or a short read) of 2 bytes of UTF-32's mark ff fe 00 00 named UTF-16, and 1 byte no mark."""
        while 0 < len(data) < MARK_BYTES and (more := self.stream.read(min(self.chunk, MARK_BYTES - len(data)))):
            data += more
        return data

    def _decode(self, data: bytes) -> str:
        """The text of ``data``; at a bad byte, the text before it, with ``error`` set and the
        reading done (refusing the whole chunk lost every record before the byte in it)."""
        pending, first = self.decoder.getstate()  # bytes of a character the last chunk cut, kept for this one
        try:
            return self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            # The UTF-8 decoder counts from after a byte-order mark it drops.
            mark = 3 if first and self.charset == "UTF-8" and (pending + data).startswith(codecs.BOM_UTF8) else 0
            at = self.read_bytes - len(pending) + mark + error.start
            self.error = InputError(
                f"{self.source}: not valid {self.charset} (byte {at:,}); convert it first, e.g. iconv -f {_guess(self.charset)} -t utf-8"
                " (the records before it were read)"
            )
            self.done = True
            self.decoder.setstate((pending, first))  # as before the failed call, which may have dropped the mark
            return self.decoder.decode(data[: max(at - self.read_bytes, 0)])

    def _drop(self, pos: int) -> None:
        line, last = self.line_at(pos), self.text.rfind("\n", 0, pos)
        self.column = pos - last - 1 if last >= 0 else self.column + pos
        self.text, self.pos, self.line, self.seen, self.seen_line = self.text[pos:], self.pos - pos, line, 0, line


def _reason(message: str) -> str:
    # "Invalid control character at" would read "... at at column 9".
    return message.removesuffix(" at")


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace
_NUMBER_TAIL = re.compile(r"[0-9.eE+-]*")  # what may follow a number's digits, to the end of what was read


def _skip_space(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()


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


def _guess(charset: str) -> str:
    # A UTF-8 file with a bad byte is most often Latin-1; a UTF-16/32 one is what its mark says, damaged.
    return "latin1" if charset == "UTF-8" else charset.lower()
