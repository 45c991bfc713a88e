"""Plain-text articles: one file, one article (``-`` is standard input)."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, Problem

TEXT_SUFFIXES = {".txt", ".text", ""}
MAX_BYTES = 5_000_000  # larger than any news article; likely a dump or a binary


def article_id(text: str, url: str | None = None) -> str:
    """A stable id: from the URL when there is one, else from the content."""
    key = url if url else text
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes, source: str, charset: str = "utf-8") -> str:
    """Bytes as text in ``charset`` (UTF-8 by default); binary data or a bad byte is an ``InputError``."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: looks like a binary file, not text; give a UTF-8 text article")
    name = "utf-8-sig" if charset.lower().replace("_", "-") in ("utf-8", "utf8") else charset
    try:
        return data.decode(name)
    except LookupError:
        raise InputError(f"{source}: unknown character set {charset!r}; convert it to UTF-8 first") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not valid {charset.upper()} (byte {error.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def read_text_file(path: str, *, published: str | None = None) -> Article:
    """One article from a text file, or from standard input when ``path`` is ``-``."""
    if path == "-":
        data, source = sys.stdin.buffer.read(), "<stdin>"
    else:
        source = path
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error}); check the path") from None
    return text_article(data, source=source, published=published)


def text_article(data: bytes, *, source: str, published: str | None = None) -> Article:
    """One article from the bytes of a UTF-8 text file; its first line is the title."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: {len(data):,} bytes is more than the {MAX_BYTES:,} allowed for one article")
    text = decode(data, source)
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    title = text.split("\n", 1)[0].strip() or None
    return Article(id=article_id(text), text=text, title=title, published=published, source=source)


def _expand(path: str) -> list[str]:
    """A folder becomes its text files, recursively and sorted; anything else stays as given."""
    p = Path(path)
    if path != "-" and p.is_dir():
        return sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith("."))
    return [path]


def expand_paths(paths: list[str]) -> list[str]:
    """Files and folders as a flat list of files, folders read recursively."""
    return [file for path in paths for file in _expand(path)]


def read_paths(paths: list[str], *, published: str | None = None, problems: list[Problem]) -> Iterator[Article]:
    """Articles from files and folders; an unreadable one is recorded in ``problems`` and skipped."""
    for file in expand_paths(paths):
        try:
            yield read_text_file(file, published=published)
        except InputError as error:
            problems.append(Problem(article=file, stage="ingest", message=str(error), source=file))
