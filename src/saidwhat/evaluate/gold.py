"""Reading our own gold file: one JSON object per line, one article per object.

::

    {"id": "macron-nato", "path": "examples/macron-nato.txt", "published": "2024-03-18",
     "note": "...",
     "statements": [{"kind": "direct",
                     "content": [{"start": 120, "end": 180, "text": "..."}],
                     "speaker": "Emmanuel Macron", "speaker_type": "person",
                     "mention": {"start": 100, "end": 106, "text": "Macron"},
                     "cue": {"start": 107, "end": 111, "text": "said"},
                     "when": "2024-03-15"}]}

``text`` may replace ``path``. Every span is checked against the text, so an
edit to an example article that shifts offsets fails loudly, naming the line
and field to fix. The format is documented in docs/evaluation.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DatasetError
from ..model import KINDS, SPEAKER_TYPES, Article, Span, Speaker, Statement, When


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    """An article and the statements a person found in it."""

    article: Article
    statements: tuple[Statement, ...]
    note: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class _Where:
    """Where a value sits, for error messages: file, line and field."""

    file: Path
    line: int
    field: str = ""

    def at(self, name: str | int) -> _Where:
        step = f"[{name}]" if isinstance(name, int) else (f".{name}" if self.field else name)
        return _Where(file=self.file, line=self.line, field=self.field + step)

    def fail(self, message: str) -> DatasetError:
        where = f" {self.field}:" if self.field else ""
        return DatasetError(f"{self.file}:{self.line}:{where} {message}")


def resolve_text_path(value: str, gold_file: Path) -> Path | None:
    """Where a ``path`` points: tried next to the gold file, then in its parent folders, then here.

    So ``examples/macron-nato.txt`` works from a gold file anywhere under the
    repository root, and from the current directory.
    """
    candidate = Path(value)
    if candidate.is_absolute():
        return candidate if candidate.is_file() else None
    folder = gold_file.resolve().parent
    for base in (folder, *folder.parents, Path.cwd()):
        if (base / candidate).is_file():
            return base / candidate
    return None


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Read and check a gold JSONL file; blank lines are skipped."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError as error:
        raise DatasetError(f"{path}: cannot read the gold file ({error.strerror})") from error
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        gold = _read_line(line, _Where(file=path, line=number))
        if gold.article.id in seen:
            raise _Where(file=path, line=number, field="id").fail(f"duplicate article id {gold.article.id!r}")
        seen.add(gold.article.id)
        articles.append(gold)
    return articles


def _read_line(line: str, where: _Where) -> GoldArticle:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise where.fail(f"not valid JSON ({error.msg} at column {error.colno})") from error
    except RecursionError:  # "[[[[…" thousands deep was a traceback
        raise where.fail("JSON nested too deeply (arrays or objects hundreds of levels deep) to be a gold article") from None
    if not isinstance(record, dict):
        raise where.fail("each line must be one JSON object")
    ident = _string(record, "id", where, required=True)
    text = _article_text(record, where)
    statements = record.get("statements", [])
    if not isinstance(statements, list):
        raise where.at("statements").fail("must be a list of statements")
    article = Article(id=ident, text=text, published=_string(record, "published", where))
    return GoldArticle(
        article=article,
        statements=tuple(_statement(item, text, where.at("statements").at(i)) for i, item in enumerate(statements)),
        note=_string(record, "note", where),
        line=where.line,
    )


def _string(record: Mapping[str, Any], key: str, where: _Where, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise where.at(key).fail("must be a non-empty string" if required else "must be a string or null")
    return value


def _article_text(record: Mapping[str, Any], where: _Where) -> str:
    """The article text, given inline as ``text`` or as a file under ``path``."""
    if isinstance(record.get("text"), str):
        return record["text"]
    value = _string(record, "path", where)
    if value is None:
        raise where.fail("needs either 'text' (the article) or 'path' (a text file)")
    found = resolve_text_path(value, where.file)
    if found is None:
        raise where.at("path").fail(
            f"{value!r} not found next to the gold file, in its parent folders or in the current directory"
        )
    return found.read_text(encoding="utf-8")


def _statement(item: Any, text: str, where: _Where) -> Statement:
    if not isinstance(item, dict):
        raise where.fail("each statement must be a JSON object")
    kind = item.get("kind")
    if kind not in KINDS:
        raise where.at("kind").fail(f"must be one of {', '.join(KINDS)}, not {kind!r}")
    speaker_type = item.get("speaker_type", "unknown")
    if speaker_type not in SPEAKER_TYPES:
        raise where.at("speaker_type").fail(f"must be one of {', '.join(SPEAKER_TYPES)}, not {speaker_type!r}")
    content = item.get("content")
    if not isinstance(content, list) or not content:
        raise where.at("content").fail("must be a non-empty list of spans")
    pieces = tuple(_span(piece, text, where.at("content").at(i)) for i, piece in enumerate(content))
    return Statement(
        kind=kind,
        text=" ".join(piece.text for piece in pieces),
        content=pieces,
        cue=_optional_span(item.get("cue"), text, where.at("cue")),
        speaker=Speaker(
            name=_string(item, "speaker", where),
            type=speaker_type,
            mention=_optional_span(item.get("mention"), text, where.at("mention")),
        ),
        when=When(value=_string(item, "when", where)),
        confidence=1.0,
        extractor="gold",
    )


def _optional_span(value: Any, text: str, where: _Where) -> Span | None:
    return None if value is None else _span(value, text, where)


def _span(value: Any, text: str, where: _Where) -> Span:
    """A span checked against the article: ``text[start:end] == span text``."""
    if not isinstance(value, dict):
        raise where.fail('must be a span object {"start": ..., "end": ..., "text": ...}')
    start, end, quoted = value.get("start"), value.get("end"), value.get("text")
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(quoted, str):
        raise where.fail("needs integer 'start' and 'end' and a string 'text'")
    if not 0 <= start <= end <= len(text):
        raise where.fail(f"offsets {start}-{end} lie outside the article ({len(text)} characters)")
    if text[start:end] != quoted:
        raise where.fail(
            f"text[{start}:{end}] is {text[start:end]!r}, not {quoted!r}; fix the offsets or the span text"
        )
    return Span(start=start, end=end, text=quoted)
