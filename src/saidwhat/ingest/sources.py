"""Any input: files, folders and globs, mixing formats, each read by the reader for its format.

The format is told by the content where it is unmistakable (a WARC header, a
JSON array or object, HTML markup) and by the file's extension otherwise. Every
article keeps where it came from in ``Article.source``: the file, the file and
line (``export.jsonl:17``, or the line a JSON array's item starts on) or the
file and byte offset of a WARC record (``crawl.warc.gz@18342``).
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import stat
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Problem
from .html import MAX_PAGE_BYTES, html_article
from .jsonl import Fields, count_records, read_json, read_jsonl
from .text import MAX_BYTES, content_hash, text_article
from .warc import read_warc

FORMATS = ("text", "html", "json", "jsonl", "warc")
SUFFIXES = {
    ".txt": "text", ".text": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"
# Compressions saidwhat does not read, by their first bytes: such a file was called "binary, or UTF-16".
OTHER_COMPRESSIONS = {
    b"\x28\xb5\x2f\xfd": ("zstd", "zstd -d"), b"\xfd7zXZ\x00": ("xz", "xz -d"),
    b"BZh": ("bzip2", "bunzip2"), b"PK\x03\x04": ("ZIP (or an office document)", "unzip"),
}
COMPRESSED_SUFFIXES = (".gz", ".zst", ".xz", ".bz2")  # a.jsonl.zst in a folder is read, to be refused by name
HTML_SIGNS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")
HEAD_BYTES = 4096
# How long a named pipe may wait for a program to write into it: one started beside saidwhat
# (`prog > feed & saidwhat ingest feed`) opens it within this; with none, reading it waited forever.
PIPE_WAIT_SECONDS = 2.0


def expand_inputs(paths: list[str]) -> list[str]:
    """Files, folders (read recursively) and globs (``crawl/*.warc.gz``, ``**``) as a flat list of files."""
    files: list[str] = []
    for path in paths:
        matches = sorted(glob.glob(path, recursive=True)) if _is_glob(path) else [path]
        for match in matches or [path]:  # a glob matching nothing is reported when read
            files.extend(_folder(match))
    return files


def found_files(paths: list[str]) -> list[str]:
    """``expand_inputs``, or an ``InputError`` when that gives no file at all: folders with nothing
    saidwhat reads (empty, or other files only). Read, they gave no article and no problem, so a run
    over a mistyped or unmounted folder said "0 articles" and exit code 0, as if all had gone well.

    A path or glob that names nothing stays in the list, to be reported when it is read.
    """
    files = expand_inputs(paths)
    if not files:
        readable = ", ".join(s for s in SUFFIXES if s)
        raise InputError(
            f"no articles found in {', '.join(paths) or 'no inputs'}: no files to read there "
            f"({readable}, also gzipped, or no extension; hidden files are skipped); give files or folders that hold articles"
        )
    return files


def unread_files(paths: list[str]) -> list[str]:
    """The files inside the folders of ``paths`` that are not read for their type (``notes.md``,
    ``scan.pdf``), sorted. They were passed over without a word: a folder of Markdown articles
    said "3 articles stored; 0 failed" of its 6 files. Hidden files and a corpus's own papers
    (``LICENSE``) are not listed: no one expects those read.
    """
    unread: set[str] = set()
    for path in paths:
        for match in sorted(glob.glob(path, recursive=True)) if _is_glob(path) else [path]:
            if path != "-" and Path(match).is_dir():
                unread.update(os.path.normpath(f) for f in _entries(Path(match)) if _other_type(f.name))
    if unread:  # a file a glob names is read, though the folder it also matches passes it over: "in/**"
        unread -= {os.path.normpath(f) for f in expand_inputs(paths)}
    return sorted(unread)


def _other_type(name: str) -> bool:
    return not name.startswith(".") and _suffix(name) not in SUFFIXES and name.split(".")[0].upper() not in NOT_ARTICLES


def _is_glob(path: str) -> bool:
    return path != "-" and glob.has_magic(path) and not Path(path).exists()


def _folder(path: str) -> list[str]:
    """A folder becomes the readable files in it, recursively and sorted; anything else stays as given.

    Not hidden files, nor a corpus's own papers (``LICENSE``, ``README.txt``: NOT_ARTICLES),
    which a folder of articles often holds; given by name, they are read like any file.
    """
    p = Path(path)
    if path == "-" or not p.is_dir():
        return [path]
    # Anything but a folder is kept, so that reading it records a problem if it cannot be read: a link
    # to nothing, a loop of links, a device; they were skipped without a word. A pipe is read as one
    # named on the command line is (``_open``).
    return sorted(str(f) for f in _entries(p) if _an_article(f.name))


def _entries(folder: Path) -> Iterator[Path]:
    """Everything under ``folder`` but folders, in linked folders too: those were skipped without a
    word (``rglob`` does not follow links). A folder reached twice is read once; a link to ``folder``
    itself or a folder above it is not followed: it would read the whole tree above, which no one asked for."""
    seen: set[tuple[int, int]] = set()
    top = os.path.realpath(folder)
    for root, folders, names in os.walk(folder, followlinks=True):
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen:
            folders.clear()
            continue
        seen.add((info.st_dev, info.st_ino))
        folders[:] = sorted(f for f in folders if not _above(os.path.join(root, f), top))  # sorted: the first path names a folder
        yield from (Path(root, name) for name in names)


def _above(path: str, top: str) -> bool:
    """Whether ``path`` is a link to ``top`` or to a folder that holds it."""
    if not os.path.islink(path):
        return False
    real = os.path.realpath(path)
    return top == real or top.startswith(real.rstrip(os.sep) + os.sep)


def _an_article(name: str) -> bool:
    return not name.startswith(".") and _suffix(name) in SUFFIXES and name.split(".")[0].upper() not in NOT_ARTICLES


def _suffix(name: str) -> str:
    """The extension that names the format: ``.warc`` for ``x.warc.gz`` (or ``.zst``…), ``.txt`` for ``x.txt``."""
    path = Path(name.lower())
    if path.suffix in COMPRESSED_SUFFIXES:
        path = path.with_suffix("")
    return path.suffix


JSON_ARRAY = re.compile(rb"\[\s*[{\]]")
# The files a corpus folder holds about itself, by name (any extension, any case).
NOT_ARTICLES = {"LICENSE", "LICENCE", "COPYING", "NOTICE", "README", "CHANGELOG", "AUTHORS", "CONTRIBUTING"}


def detect_format(name: str, head: bytes) -> str:
    """``text``, ``html``, ``json``, ``jsonl`` or ``warc`` for a file's name and first (decompressed) bytes."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:HEAD_BYTES]
    if start.startswith(b"WARC/"):
        return "warc"
    by_name = SUFFIXES.get(_suffix(name))
    if by_name and by_name != "text":
        return by_name
    if JSON_ARRAY.match(start) or start.split(b"\n", 1)[0].strip() == b"{":
        # An array of articles, or one object as a pretty-printer writes it: "{" alone on its
        # line. Not text that opens with a bracket: "[Updated 10:42] The minister said…".
        return "json"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<") and any(sign in start[:1024].lower() for sign in HTML_SIGNS):
        return "html"
    return "text"


def read_inputs(
    paths: list[str],
    *,
    problems: list[Problem],
    skipped: Counter | None = None,
    fields: Fields = Fields(),
    published: str | None = None,
) -> Iterator[Article]:
    """Articles from files, folders and globs of any format; what cannot be read goes to ``problems``.

    ``published`` is the date for articles that carry none of their own;
    ``skipped`` counts records that are not articles (a 404, an image).
    Standard input (``-``) given more than once, or inputs that hold no file
    (``found_files``), are an ``InputError``, raised here, before anything is read.
    """
    files = found_files(paths)
    if files.count("-") > 1:
        # The second reading would find stdin used up (or closed): refuse rather than read it half.
        raise InputError(f"- (standard input) is given {files.count('-')} times; it can be read only once, give - once")
    return _read_files(files, problems, skipped, fields, published)


def _read_files(files: list[str], problems: list[Problem], skipped: Counter | None, fields: Fields, published: str | None) -> Iterator[Article]:
    for file in files:
        name = "<stdin>" if file == "-" else printable(file)
        try:
            stream = sys.stdin.buffer if file == "-" else _open(file, name)
        except OSError as error:
            problems.append(_problem(name, cannot_read(name, error)))
            continue
        except InputError as error:
            problems.append(_problem(name, str(error)))
            continue
        with nullcontext(stream) if file == "-" else stream:  # never close the process's stdin
            yield from read_stream(name, stream, problems=problems, skipped=skipped, fields=fields, published=published)


SPECIAL_FILES = {stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device (a disk)", stat.S_ISSOCK: "a socket"}


def cannot_read(name: str, error: OSError) -> str:
    """What a run says of a file it cannot open (no such file, a link to nothing, no permission),
    or of a glob that matches no file: "crawl/*.warc: cannot read (No such file…)" read as if a file
    of that name were missing."""
    if isinstance(error, FileNotFoundError) and _is_glob(name):
        return f"{name}: no file matches this pattern; check the path"
    return f"{name}: cannot read ({error.strerror or error}); check the path"


def never_read(path: str, name: str) -> str | None:
    """Why ``path`` is never read, if it is a device or a socket: /dev/zero or /dev/urandom never end,
    a terminal waits for typing. An ``OSError`` if it cannot be looked at (``cannot_read``)."""
    mode = os.stat(path).st_mode
    kind = next((kind for test, kind in SPECIAL_FILES.items() if test(mode)), None)
    if kind is None:
        return None
    return (
        f"{name}: is {kind}, not a file of articles, and reading it may never end; "
        "give files or folders, or pipe a program's output into - (prog | saidwhat ingest -)"
    )


def _open(path: str, name: str) -> BinaryIO:
    """A file opened to read; a named pipe once a program writes into it (``_open_pipe``); a device
    or a socket is an ``InputError`` (``never_read``)."""
    refused = never_read(path, name)
    if refused:
        raise InputError(refused)
    if stat.S_ISFIFO(os.stat(path).st_mode):
        return _open_pipe(path, name)
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


def _open_pipe(path: str, name: str) -> BinaryIO:
    """A named pipe (or ``<(prog)``) to read, or an ``InputError`` when no program writes into it
    within PIPE_WAIT_SECONDS: a plain ``open`` waited for one forever, as ``cat`` does.

    Opened without blocking, a pipe reads as empty (b"") while no program has it open to write,
    and refuses to read (``BlockingIOError``) while one does but has written nothing yet.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        first = _first_bytes(fd, name)
    except BaseException:
        os.close(fd)
        raise
    os.set_blocking(fd, True)  # a writer is there: wait for its bytes as long as it takes
    return io.BufferedReader(_Chain(first, io.FileIO(fd, "rb"), owned=True))  # type: ignore[arg-type]


def _first_bytes(fd: int, name: str) -> bytes:
    """What a program wrote into the pipe so far (b"" if it has written nothing yet)."""
    deadline = time.monotonic() + PIPE_WAIT_SECONDS
    while True:
        try:
            data = os.read(fd, HEAD_BYTES)
        except BlockingIOError:
            return b""
        if data or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    if not data:
        raise InputError(
            f"{name}: is a pipe and no program wrote into it within {PIPE_WAIT_SECONDS:g} s; "
            "start the program that writes into it first, or pipe its output into - (prog | saidwhat ingest -)"
        )
    return data


def printable(path: str) -> str:
    """A path as text that can be stored and printed: a file name that is no UTF-8 (``\xff.txt``,
    which Python reads as a lone surrogate) with its bad bytes written as ``\xff``, so the
    article is read, stored and named, not refused for its name."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def distinct_ids(articles: Iterable[Article], warnings: list[str]) -> Iterator[Article]:
    """The articles with a distinct id for each different text: a later article whose id an earlier
    one of the same run has, with other text, gets ``renamed_id``: ``ID#`` and 8 hex digits of its content hash.

    Two stories can share an id (an export's, or a URL both give) and the store keeps one article
    per id: the later would replace the earlier. Each renaming is told in ``warnings``, naming
    both inputs. The same text read twice keeps its id: that is one article.
    """
    seen: dict[str, tuple[str, str | None]] = {}  # id -> (content hash, source) of the first with it
    for article in articles:
        digest = content_hash(article.text)
        first_digest, first_source = seen.setdefault(article.id, (digest, article.source))
        if first_digest != digest:
            new_id = renamed_id(article.id, digest)
            warnings.append(renamed_warning(article.source, article.id, first_source, new_id))
            article = replace(article, id=new_id)
            seen.setdefault(new_id, (digest, article.source))
        yield article


def renamed_id(article_id: str, digest: str) -> str:
    """The id ``distinct_ids`` gives an article with the id ``article_id`` of another one and the content hash ``digest``."""
    return f"{article_id}#{digest[:8]}"


def original_id(article_id: str, digest: str) -> str:
    """The id an article had before ``distinct_ids`` renamed it: ``renamed_id`` undone, any other id as it is."""
    return article_id.removesuffix(renamed_id("", digest))


def renamed_warning(source: str | None, article_id: str, first_source: str | None, new_id: str) -> str:
    """What a run says when ``distinct_ids`` renames an article (local ingest and Spark alike)."""
    return (
        f"{source}: has the id {article_id!r} of {first_source}, a different article read before it; "
        f"it gets the id {new_id!r}, so that neither replaces the other (give each record its own id or URL)"
    )


def read_stream(
    name: str,
    stream: BinaryIO,
    *,
    problems: list[Problem],
    skipped: Counter | None = None,
    fields: Fields = Fields(),
    published: str | None = None,
    fmt: str | None = None,
) -> Iterator[Article]:
    """Articles from one open file (or any binary stream, e.g. bytes a Spark executor was given)."""
    try:
        head = _peek(stream)
        _check_compression(head, name)
        fmt = fmt or detect_format(name, _gunzip_head(head))
        if fmt == "warc":
            yield from read_warc(_rewound(stream, head), source=name, problems=problems, skipped=skipped, published=published)
        elif fmt == "jsonl":
            yield from _jsonl(_unzipped(_rewound(stream, head), head), name, problems, fields, published)
        elif fmt == "json":
            yield from read_json(_unzipped(_rewound(stream, head), head), source=name, problems=problems, fields=fields, published=published)
        else:
            # Read one byte past what a page may weigh, never a whole gzip bomb into memory.
            data = _unzipped(_rewound(stream, head), head).read(MAX_PAGE_BYTES + 1)
            _check_whole(data, name, fmt)
            read = html_article if fmt == "html" else text_article
            yield read(data, source=name, published=published)
    except InputError as error:
        problems.append(_problem(name, str(error)))
    except (OSError, EOFError, zlib.error) as error:
        problems.append(_problem(name, f"{name}: cannot read ({error}); is the file complete?"))


def _check_compression(head: bytes, name: str) -> None:
    """An ``InputError`` naming the compression of a file compressed otherwise than with gzip."""
    for magic, (kind, command) in OTHER_COMPRESSIONS.items():
        if head.startswith(magic) and (magic != b"BZh" or head[4:10] == b"1AY&SY"):  # not text opening "BZh"
            raise InputError(f"{name}: is compressed with {kind}, which saidwhat does not read (it reads gzip); decompress it first: {command} {name}")


def _check_whole(data: bytes, name: str, fmt: str) -> None:
    """An ``InputError`` when ``data`` is only the start of the file: its size is unknown, only that it
    is over what was read (/dev/stdin fed by an endless program was said to be "20,000,001 bytes")."""
    if len(data) > MAX_PAGE_BYTES:
        limit, what = (MAX_PAGE_BYTES, "page") if fmt == "html" else (MAX_BYTES, "article")
        raise InputError(f"{name}: over {MAX_PAGE_BYTES:,} bytes, more than the {limit:,} allowed for one {what}")


def estimate_articles(files: list[str]) -> int:
    """About how many articles ``files`` hold, for a progress bar: one a page, one a JSON line or record, one a WARC response.

    Counting reads each archive once without parsing it (a JSON document's records are parsed one at
    a time and dropped), a small cost beside extraction; a 404 or an image in a WARC is counted although it is no article.
    """
    total = 0
    for file in files:
        try:
            if not Path(file).is_file():  # a pipe read here would be empty when read for its articles
                total += 1
                continue
            with open(file, "rb") as stream:
                total += _count(file, stream)
        except (OSError, EOFError, zlib.error, InputError):  # the reading proper reports what is wrong
            total += 1
    return total


def _count(name: str, stream: BinaryIO) -> int:
    head = _peek(stream)
    _check_compression(head, name)  # a zstd file named .jsonl.zst would be counted in lines of noise
    fmt = detect_format(name, _gunzip_head(head))
    if fmt == "warc":
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        return sum(1 for _ in ArchiveIterator(_rewound(stream, head), record_types=WarcRecordType.response, parse_http=False))
    if fmt == "jsonl":
        return count_lines(_unzipped(_rewound(stream, head), head))
    if fmt == "json":
        return count_records(_unzipped(_rewound(stream, head), head))
    return 1


def count_lines(stream: BinaryIO, chunk: int = 1 << 20) -> int:
    """The lines of ``stream`` that are not blank, read ``chunk`` bytes at a time: a 200 MB line
    was read whole into memory only to be counted (the reader skips it without doing so)."""
    count, pending = 0, False  # pending: the line that runs on past the chunk has a non-blank byte
    while data := stream.read(chunk):
        *ended, last = data.split(b"\n")
        for line in ended:
            count += pending or bool(line.strip())
            pending = False
        pending = pending or bool(last.strip())
    return count + pending


def _jsonl(stream: BinaryIO, name: str, problems: list[Problem], fields: Fields, published: str | None) -> Iterator[Article]:
    try:
        yield from read_jsonl(stream, source=name, problems=problems, fields=fields, published=published)
    except (OSError, EOFError, zlib.error) as error:
        problems.append(_problem(name, f"{name}: the compressed file ends early ({error}); the lines before were read"))


def _peek(stream: BinaryIO) -> bytes:
    return stream.read(HEAD_BYTES)


def _rewound(stream: BinaryIO, head: bytes) -> BinaryIO:
    """The stream from its first byte again, seekable or not (standard input)."""
    if stream.seekable():
        stream.seek(0)
        return stream
    return io.BufferedReader(_Chain(head, stream))  # type: ignore[arg-type]


def _unzipped(stream: BinaryIO, head: bytes) -> BinaryIO:
    return gzip.GzipFile(fileobj=stream) if head.startswith(GZIP_MAGIC) else stream  # type: ignore[return-value]


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip file (all of ``head`` otherwise)."""
    if not head.startswith(GZIP_MAGIC):
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of a stream: a peek undone on standard input."""

    def __init__(self, head: bytes, rest: BinaryIO, *, owned: bool = False) -> None:
        self.head, self.rest, self.owned = head, rest, owned  # owned: closed with this; never stdin

    def close(self) -> None:
        if self.owned and not self.closed:
            self.rest.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.head[: len(buffer)] if self.head else self.rest.read(len(buffer))
        self.head = self.head[len(data) :] if self.head else b""
        buffer[: len(data)] = data
        return len(data)


def _problem(where: str, message: str) -> Problem:
    return Problem(article=where, stage="ingest", message=message, source=where)
