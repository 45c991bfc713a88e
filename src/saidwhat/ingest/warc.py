"""Web archives (WARC, WARC.gz), as Common Crawl's CC-NEWS publishes them, read with fastwarc 2.x.

Every ``response`` record holding an HTML page with HTTP status 200 is an
article, with the record's target URI and date; other responses (a 404, an
image, a PDF) are skipped and counted. A record cut short (a truncated gzip, a
download that stopped) is a problem located by its byte offset in the file,
``crawl.warc.gz@18342``; the records before it are kept.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Problem
from .html import MAX_PAGE_BYTES, html_article
from .text import iso_published

MAX_RECORD_BYTES = MAX_PAGE_BYTES + 1_000_000  # a page and its HTTP headers

HTML_TYPES = {"text/html", "application/xhtml+xml"}


def read_warc(
    stream: BinaryIO,
    *,
    source: str,
    problems: list[Problem],
    skipped: Counter | None = None,
    published: str | None = None,
) -> Iterator[Article]:
    """Articles from the HTML responses of a WARC stream (gzip detected from the content)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    skipped = skipped if skipped is not None else Counter()
    position, seen = 0, 0
    try:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=False):
            position, seen = record.stream_pos, seen + 1
            where = f"{source}@{position}"
            try:
                article = _record_article(record, where, skipped, published)
            except InputError as error:
                problems.append(Problem(article=where, stage="ingest", message=str(error), source=where))
                continue
            if article is not None:
                yield article
    except OSError as error:
        where = f"{source}@{position}"
        problems.append(Problem(article=where, stage="ingest", message=f"{where}: unreadable after this record ({error}); the rest of the file is lost", source=where))
        return
    if seen == 0:
        problems.append(Problem(article=source, stage="ingest", message=f"{source}: no WARC response record found; is it a WARC file?", source=source))


def _record_article(record, where: str, skipped: Counter, published: str | None) -> Article | None:
    """The article of one response record, None for a record that is not an HTML page."""
    declared = record.headers.get("Content-Length")
    size = _length(declared, where)
    # Read no more than a page can be: a crawl may hold a 4 GB video, which was read whole to be skipped.
    block = record.reader.read(min(size, MAX_RECORD_BYTES)) if size is not None else record.reader.read(MAX_RECORD_BYTES)
    if size is None:  # the file ends inside the record's headers: "0 of ? bytes" told no one that
        raise InputError(f"{where}: record cut short in its headers (no Content-Length); the file is truncated")
    if len(block) < min(size, MAX_RECORD_BYTES):
        raise InputError(f"{where}: record cut short ({len(block):,} of {declared} bytes); the file is truncated")
    if size > MAX_RECORD_BYTES:
        return _oversized(block, size, where, skipped)
    response = parse_http(block, where)
    if response.status != 200:
        skipped[f"HTTP {response.status}"] += 1
        return None
    if response.media_type not in HTML_TYPES:
        skipped[response.media_type or "no content type"] += 1
        return None
    return html_article(
        response.body,
        source=where,
        url=record.headers.get("WARC-Target-URI"),
        charset=response.charset,
        published=_crawl_day(record.headers.get("WARC-Date")) or published,
    )


def _crawl_day(value: str | None) -> str | None:
    """The day of a WARC-Date, None for one that is no date: a crawler's bad header
    failed its page, which may carry a date of its own, or take --published."""
    try:
        return iso_published(value[:10]) if value else None
    except InputError:
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class HttpResponse:
    """The parts of an HTTP response that decide whether and how to read its body."""

    status: int
    media_type: str | None
    charset: str | None
    body: bytes


def _length(declared: str | None, where: str) -> int | None:
    try:
        return int(declared) if declared is not None else None
    except ValueError:  # was a ValueError traceback that ended the run
        raise InputError(f"{where}: Content-Length {declared[:40]!r} is no number; the record is damaged") from None


def _oversized(block: bytes, size: int, where: str, skipped: Counter) -> None:
    """A record larger than any page: skipped as any non-page is, or a problem if it is an HTML page."""
    status, headers, _ = _http_head(block, where)
    media_type = headers.get("content-type", "").partition(";")[0].strip().lower() or None
    if status != 200:
        skipped[f"HTTP {status}"] += 1
    elif media_type not in HTML_TYPES:
        skipped[media_type or "no content type"] += 1
    else:
        raise InputError(f"{where}: {size:,} bytes is more than the {MAX_PAGE_BYTES:,} allowed for one page")
    return None


def parse_http(block: bytes, where: str) -> HttpResponse:
    """Status, content type and decoded body of a raw HTTP response as WARC stores it."""
    status, headers, body = _http_head(block, where)
    media_type, _, params = headers.get("content-type", "").partition(";")
    charset = next((p.split("=", 1)[1].strip(" \"'") for p in params.split(";") if p.strip().lower().startswith("charset=")), None)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body, where)
    return HttpResponse(
        status=status,
        media_type=media_type.strip().lower() or None,
        charset=charset or None,
        body=_decompress(body, headers.get("content-encoding", ""), where),
    )


def _http_head(block: bytes, where: str) -> tuple[int, dict[str, str], bytes]:
    """The status, the headers (names in lower case) and the raw body of an HTTP response."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        raise InputError(f"{where}: not an HTTP response (status line {lines[0][:60] if lines else ''!r})") from None
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def _dechunk(body: bytes, where: str) -> bytes:
    out, rest = bytearray(), body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0], 16)
        except ValueError:
            return body  # not really chunked: crawlers often store the body already joined
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2 :]
    return bytes(out)


def _decompress(body: bytes, encoding: str, where: str) -> bytes:
    encoding = encoding.strip().lower()
    try:
        if encoding in ("gzip", "x-gzip", "deflate"):
            # Inflate at most one byte past the page limit: a small body may expand to gigabytes.
            bits = zlib.MAX_WBITS | 16 if encoding != "deflate" else (zlib.MAX_WBITS if body[:1] == b"\x78" else -zlib.MAX_WBITS)
            return zlib.decompressobj(bits).decompress(body, MAX_PAGE_BYTES + 1)
        if encoding == "br":
            import brotli

            # As for gzip: 1 MB of brotli was inflated whole, into gigabytes.
            return _unbrotli(brotli, body)
    except ImportError:
        raise InputError(f"{where}: body compressed with brotli; pip install brotli") from None
    except Exception as error:  # noqa: BLE001 - each codec has its own error type
        if body[:1] == b"<":
            return body  # the archive stored the decoded page and kept the header
        raise InputError(f"{where}: cannot decompress the {encoding} body ({error})") from None
    return body


def _unbrotli(brotli, body: bytes) -> bytes:
    """A brotli body inflated no further than a page; brotli before 1.2 (no ``output_buffer_limit``,
    and not a dependency of ours: another package may have installed an older one) inflates it
    whole, as before, rather than losing the page."""
    try:
        return brotli.Decompressor().process(body, output_buffer_limit=MAX_PAGE_BYTES + 1)
    except TypeError:
        return brotli.decompress(body)[: MAX_PAGE_BYTES + 1]


def warc_response(url: str, body: bytes, *, date: str, status: int = 200, content_type: str = "text/html; charset=utf-8") -> bytes:
    """One WARC/1.0 response record, for making test and benchmark archives."""
    import uuid

    reason = {200: "OK", 404: "Not Found"}.get(status, "Status")
    http = f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    header = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + date)}>\r\nWARC-Date: {date}\r\n"
        f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return header + http + b"\r\n\r\n"
