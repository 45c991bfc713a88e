"""Submitted articles: a request body (plain text, HTML or JSON) becomes an ``Article``."""

from __future__ import annotations

import json
from typing import Any

from ..errors import InputError
from ..ingest.html import html_article
from ..ingest.text import article_id, as_text, check_encodable, decode, title_line
from ..pipeline import no_text
from .http import ApiError, iso_date, parameter

FIELDS = ("id", "text", "html", "title", "url", "published", "source")


def page_text(html: str, url: str | None) -> tuple[str, str | None, str | None]:
    """The article text, title and date of a page, read as ``saidwhat ingest`` reads one."""
    page = html_article(html.encode("utf-8"), source="submitted page", url=url, charset="utf-8")
    return page.text, page.title, page.published


def _decode(body: bytes) -> str:
    """The body as ``saidwhat ingest`` reads a file: UTF-8, or the UTF-16 or UTF-32 a byte-order mark names."""
    try:
        return decode(body, "the body")
    except InputError as error:
        raise ApiError(400, str(error)) from None


def declared_charset(body: bytes, content_type: str) -> bytes:
    """The body in UTF-8 when its Content-Type names another charset (``text/plain; charset=latin-1``):
    such a body was refused as "not valid UTF-8" though the client had said what it was."""
    params = (part.partition("=") for part in content_type.split(";")[1:])
    charset = next((value.strip().strip('"').lower() for key, _, value in params if key.strip().lower() == "charset"), "")
    if charset in ("", "utf-8", "utf8", "us-ascii", "ascii"):
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except LookupError:
        raise ApiError(400, f"the body's charset {charset!r} is not one Python knows; send UTF-8 or name a charset such as latin-1") from None
    except UnicodeError as error:  # a byte the charset has no letter for, or a letter UTF-8 cannot hold (utf-7's lone surrogates)
        where = f" (byte {error.start})" if isinstance(error, UnicodeDecodeError) else ""
        raise ApiError(400, f"the body is not valid {charset}{where}; send it in the charset its Content-Type names") from None


def _json(body: bytes) -> Any:
    try:
        return json.loads(_decode(body))
    except ValueError as error:
        raise ApiError(400, f"the body is not valid JSON ({error}); send an object like {{\"text\": \"...\"}}") from None
    except RecursionError:  # "[[[[…" 100,000 deep was a 500
        raise ApiError(400, 'the body is JSON nested too deeply to be an article; send an object like {"text": "..."}') from None


def _no_surrogates(data: dict[str, Any]) -> None:
    """JSON may spell half a UTF-16 pair ("\\ud800"); no text holds one (storing it was a 500)."""
    for key, value in data.items():
        if isinstance(value, str):
            try:
                check_encodable(value, f"field {key!r}")
            except InputError as error:
                raise ApiError(400, str(error)) from None


JSON_TYPES = {bool: "a boolean", list: "an array", dict: "an object"}


def _all_strings(data: dict[str, Any]) -> None:
    """Every field a string (or null); the 400 names the first that is not ("every field of the article
    must be a string" left a client to guess which of seven: a date sent as a number, 20240318)."""
    for key, value in data.items():
        if not (isinstance(value, str) or value is None):
            shown = json.dumps(value)
            shown = shown if len(shown) <= 40 else shown[:40] + "…"
            kind = JSON_TYPES.get(type(value), "a number")
            raise ApiError(400, f'field "{key}" is {kind} ({shown}); every field of the article is a string, e.g. "{key}": "..."')


def _fields(body: bytes, media: str) -> dict[str, Any]:
    """The article's fields from a body of the given media type."""
    if media == "application/json":
        data = _json(body)
        if not isinstance(data, dict):
            raise ApiError(400, 'the JSON body must be an object like {"text": "...", "published": "2024-03-18"}')
        unknown = sorted(set(data) - set(FIELDS))
        if unknown:
            raise ApiError(400, f"unknown field(s) {', '.join(unknown)}; an article has {', '.join(FIELDS)}")
        _all_strings(data)
        _no_surrogates(data)
        if data.get("text") and data.get("html"):
            # Which one is the article? Taking either would silently drop the other.
            raise ApiError(400, 'the article has both "text" and "html"; send one: "text" for plain text, "html" for a web page')
        return data
    if media == "text/html":
        return {"html": _decode(body)}
    if media in ("text/plain", ""):
        return {"text": _decode(body)}
    raise ApiError(415, f"content type {media!r} is not accepted; send text/plain, text/html or application/json")


def _merged(query: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    """The query parameters and the JSON body's fields together; one given both ways, with two values,
    is a 400 (``?published=2005-01-01`` with ``"published": "2006-06-06"`` silently took the body's)."""
    for key in sorted(set(query) & set(body)):
        if query[key] != body[key] and not (key == "published" and _same_day(query[key], body[key])):
            raise ApiError(400, f"{key} is {query[key]!r} in the query and {body[key]!r} in the body; give it once")
    return {**query, **body}


# Fields that only name the article: spaces alone are none given, as "" is (ingest's rule for an id,
# jsonl._id). "id": "   " stored an article under an id no one can see or type, and the paste form's
# title "  " hid the headline its first line gives. The text's own spaces are kept: no_text names them.
NAMING = ("id", "title", "url", "source")


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields given a value, the query's, the JSON body's or the paste form's. ``published`` is read
    as the search's dates are (``http.parameter``): the spaces around it dropped, and only spaces is
    none, as "" is: "published": "   " took the place of a page's own date (stored with none) and
    clashed with ?published=2024-03-18, a 400 quoting the spaces."""
    read = {key: _value(key, value) for key, value in fields.items()}
    return {key: value for key, value in read.items() if value}


def _value(key: str, value: Any) -> Any:
    if key == "published":
        return parameter(key, value)
    return None if key in NAMING and isinstance(value, str) and not value.strip() else value


def _same_day(a: Any, b: Any) -> bool:
    """Whether two publication dates name one day ("2006-06-06" and "2006-06-06T10:00:00Z")."""
    from ..model import parse_published

    try:
        return parse_published(a) == parse_published(b) is not None
    except (ValueError, TypeError):
        return False


def parse_article(body: bytes, media: str, defaults: dict[str, str | None]):
    """An ``Article`` from a submitted body; ``defaults`` (query parameters) fill missing fields."""
    from ..model import Article

    fields = _merged(_given(defaults), _given(_fields(body, media)))
    title = as_text(fields["title"]) if fields.get("title") else None
    if fields.get("html"):
        fields["text"], page_title, page_date = page_text(fields.pop("html"), fields.get("url"))
        title = title or page_title
        fields["published"] = fields.get("published") or page_date
        written = fields["text"]
    else:  # as ingest reads a text file or a JSON record: "&#8220;" is a quotation mark; the id of the text as written
        written = fields.get("text") or ""
        fields["text"] = as_text(written)
    text = fields.get("text") or ""
    blank = no_text(text)  # as the pipeline refuses it, said before the article is built
    if blank:
        raise ApiError(400, f"{blank}; send the article's text (or HTML) in the body")
    url = fields.get("url")
    return Article(
        id=fields.get("id") or article_id(written, url),
        text=text,
        title=title or title_line(text),  # as ingest titles a text: the whole of a one-line text is no title
        url=url,
        published=iso_date("published", fields.get("published")),
        source=fields.get("source") or "submitted",
    )
