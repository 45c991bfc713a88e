"""Plain-text articles (one file, one article), and what every reader shares: ids, hashes, decoding."""

from __future__ import annotations

import hashlib
import html
import re
from html.entities import html5
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article, parse_published

MAX_BYTES = 5_000_000  # larger than any news article; likely a dump or a binary
MAX_TITLE = 300  # characters; a longer first line is a paragraph, not a headline
# The path of a site's front page: "/", a language's ("/en/", "/en-gb"), or one by its file name ("/index.html").
HOME_PAGE = re.compile(r"(/[a-z]{2}(-[a-z]{2})?)?(/(index|home|default)(\.[a-z]+)?)?/*", re.IGNORECASE)


def article_id(text: str, url: str | None = None) -> str:
    """A stable id: from the URL when it names the article, else from the content.

    A site's home page names none: many sites point every story's canonical
    link (``<link rel="canonical">``, ``og:url``) at it, and taking it for the
    id stored each story over the last.
    """
    key = url if url and not is_site_root(url) else text
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def is_site_root(url: str) -> bool:
    """Whether ``url`` is a site's home page (``https://site.example/``, ``/index.html``), not an article's.

    A query keeps it an article's: ``https://site.example/?p=123`` is a WordPress short link.
    """
    parts = urlsplit(url.strip())
    return not parts.query and HOME_PAGE.fullmatch(parts.path) is not None


def iso_published(value: str) -> str:
    """A date or a timestamp ("2024-03-18T09:00:00Z") as YYYY-MM-DD, if relative dates can be counted
    from it; else an ``InputError`` that says why, for the caller to prefix with the option or field."""
    try:
        day = parse_published(value)
    except ValueError as error:
        raise InputError(f"{value!r} is {error}") from None
    if day is None:
        raise InputError(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-18")
    return day.isoformat()


# JSON may spell half of a UTF-16 pair ("\ud800"); Python keeps it, but no UTF-8 text, file or
# SQLite row can hold one, so it failed far from its record (a UnicodeEncodeError ended the run).
SURROGATE = re.compile("[\ud800-\udfff]")


def check_encodable(value: str, where: str) -> str:
    """``value`` unchanged, or an ``InputError`` naming ``where`` if it holds an unpaired surrogate."""
    found = SURROGATE.search(value)
    if found:
        raise InputError(
            f"{where} has an unpaired UTF-16 surrogate (\\u{ord(found.group()):x} at character {found.start()}), "
            "which is no text; fix the exporter or remove it"
        )
    return value


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Windows editors save "Unicode" text as UTF-16 with a byte-order mark; the mark says
# which it is, whatever charset was assumed. UTF-32's marks start like UTF-16's: test them first.
BYTE_ORDER_MARKS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, source: str, charset: str = "utf-8") -> str:
    """Bytes as text in ``charset`` (UTF-8 by default), or in the UTF-16 or UTF-32 a
    byte-order mark names; binary data or a bad byte is an ``InputError``."""
    name = codec(data, source, charset)
    label = name.removesuffix("-sig").upper()  # the charset a byte-order mark named, if any
    try:
        return data.decode(name)
    except LookupError:
        raise InputError(f"{source}: unknown character set {charset!r}; convert it to UTF-8 first") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not valid {label} (byte {error.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    except UnicodeError:  # "punycode" and the like fail on any byte with a UnicodeError of their own
        raise InputError(f"{source}: not valid {label}; convert it first, e.g. iconv -f latin1 -t utf-8") from None


def codec(head: bytes, source: str, charset: str = "utf-8") -> str:
    """The codec to decode a text starting with ``head`` with: ``charset``, or the UTF-16 or
    UTF-32 its byte-order mark names (UTF-8's mark dropped); binary data is an ``InputError``."""
    marked = next((name for mark, name in BYTE_ORDER_MARKS if head.startswith(mark)), None)
    if marked is not None:
        return marked
    if b"\x00" in head[:4096]:
        raise InputError(
            f"{source}: looks like a binary file, not text (or UTF-16 without a byte-order mark); "
            "give a UTF-8 text article, e.g. iconv -f utf-16le -t utf-8"
        )
    return "utf-8-sig" if charset.lower().replace("_", "-") in ("utf-8", "utf8") else charset


# A character reference whole, ";" included: "AT&T", "Q&A" or "&copy" are left as they are.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_references(text: str) -> str:
    """``text`` with HTML character references as the characters they stand for: ``&#8220;`` as ``“``,
    ``&amp;`` as ``&``, ``&eacute;`` as ``é``; an unknown name (``&foo;``) stays as it is.

    Text scraped from pages without unescaping carries them ("Jos&#233; Manuel Barroso" in the BBC
    corpus); left so, a quotation between ``&#8220;`` and ``&#8221;`` had no marks to be found by.
    One pass: ``&amp;amp;`` becomes ``&amp;``.
    """
    return CHARACTER_REFERENCE.sub(_character, text) if "&" in text else text


def as_text(value: str) -> str:
    """Text as the readers store it from a text file or a JSON field: HTML character references
    unescaped (``unescape_references``), and a NUL as U+FFFD, as the HTML reader (and a browser)
    reads one: kept, it reached the store and the terminal ("Jane\\x00 Doe" as a speaker). One
    character for one: offsets hold. (A NUL in a file's first 4 kB makes it binary: ``decode``.)"""
    return unescape_references(value).replace("\x00", "\ufffd")


def _character(match: re.Match) -> str:
    reference = match.group()
    if reference.startswith("&#"):
        return html.unescape(reference)  # a surrogate or beyond Unicode as U+FFFD, a control character dropped
    return html5.get(reference[1:], reference)


def text_article(data: bytes, *, source: str, published: str | None = None) -> Article:
    """One article from the bytes of a UTF-8 text file; its first line is the title (``title_line``).
    Its HTML character references are unescaped and a NUL is U+FFFD (``as_text``): offsets are into that text."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: {len(data):,} bytes is more than the {MAX_BYTES:,} allowed for one article")
    written = decode(data, source)
    text = as_text(written)
    if not text.strip():
        raise InputError(empty_input(source))
    # The id is of the text as written, references and all: the id it had when stored before they
    # were unescaped, so that re-ingesting replaces that article instead of storing it twice.
    return Article(id=article_id(written), text=text, title=title_line(text), published=published, source=source)


def empty_input(source: str) -> str:
    """What is said of an input with no text in it: "the file is empty", or of standard input, which
    is no file, that nothing came on it (``saidwhat extract -`` with nothing piped in)."""
    if source == "<stdin>":
        return "<stdin>: nothing came on standard input; pipe an article into it (cat article.txt | saidwhat extract -, or ingest -)"
    return f"{source}: the file is empty"


def title_line(text: str) -> str | None:
    """The first line as the title, when it is one: short, with more text after it.

    A file of one long line (a scraped dump) has no title; taking the whole
    text for one repeated it in every statement's JSON.
    """
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    return first if first and rest.strip() and len(first) <= MAX_TITLE else None
