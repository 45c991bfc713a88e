"""JSON Lines exports from news APIs: one article per line.

The fields are ``text`` (or ``html``), ``title``, ``url``, ``published`` and ``id``;
an export that names them otherwise is read with a ``Fields`` mapping
(``--field text=body``). A bad line is a problem of its own, never the file's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Problem
from .html import html_article
from .text import MAX_BYTES, article_id, decode, title_line


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
    """Articles from the lines of a JSONL stream; a bad line goes to ``problems`` as ``source:LINE``."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield jsonl_article(line, source=where, fields=fields, published=published)
        except InputError as error:
            problems.append(Problem(article=where, stage="ingest", message=str(error), source=where))


def jsonl_article(line: bytes, *, source: str, fields: Fields = Fields(), published: str | None = None) -> Article:
    """One article from one JSON line."""
    if len(line) > 4 * MAX_BYTES:
        raise InputError(f"{source}: a line of {len(line):,} bytes is more than one article")
    try:
        record = json.loads(decode(line, source))
    except json.JSONDecodeError as error:
        raise InputError(f"{source}: not valid JSON ({error.msg} at column {error.colno}); fix or remove the line") from None
    if not isinstance(record, dict):
        raise InputError(f"{source}: a JSON {type(record).__name__}, not an object with a {fields.text!r} field")
    url = _string(record, fields.url, source)
    given_date = _date(_string(record, fields.published, source), source, fields.published)
    text = _string(record, fields.text, source)
    if text is None and _string(record, fields.html, source) is not None:
        article = html_article(record[fields.html].encode("utf-8"), source=source, url=url, published=published)
        return _with(article, record, fields, source, given_date)
    if not text or not text.strip():
        raise InputError(f"{source}: no {fields.text!r} or {fields.html!r} field with text; map another with --field text=KEY")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"{source}: {len(text):,} characters is more than the {MAX_BYTES:,} bytes allowed for one article")
    title = _string(record, fields.title, source) or title_line(text)
    article = Article(id=article_id(text, url), text=text, title=title, url=url, published=published, source=source)
    return _with(article, record, fields, source, given_date)


def _with(article: Article, record: dict, fields: Fields, source: str, given_date: str | None) -> Article:
    """The record's own id, title, date, author and site, when it has them, over what the text or page gave."""
    given = record.get(fields.id)
    return replace(
        article,
        id=str(given) if given not in (None, "") else article.id,
        title=_string(record, fields.title, source) or article.title,
        published=given_date or article.published,
        author=_string(record, fields.author, source) or article.author,
        site=_string(record, fields.site, source) or article.site,
    )


def _string(record: dict, key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{source}: field {key!r} is a JSON {type(value).__name__}, not a string")


def _date(value: str | None, source: str, key: str) -> str | None:
    """An ISO date from a date or a timestamp ("2024-03-18T09:00:00Z" -> "2024-03-18")."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"{source}: {key} {value!r} is not an ISO date (YYYY-MM-DD…); map another field with --field published=KEY") from None
