"""Reading PolNeAR: article texts, brat standoff attributions and the metadata table.

A split directory (``.../polnear/dev``) holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann``; ``metadata.tsv`` lies one level
up. The brat lines that matter::

    T3<TAB>Content 115 290;300 310<TAB>text      a text-bound span, possibly discontinuous
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1
    E2<TAB>Attribution-no-source:T8 Content:T7 Cue:T6 Content2:T9

``Discard`` spans mark boilerplate the annotators skipped; ``Discuss`` spans
and ``#`` notes are annotator flags and carry nothing to score. A span's text
may contain line breaks, so brat continues it on the following lines.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import DatasetError
from ..model import Article, Span
from .metrics import Attribution

TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
EVENT = re.compile(r"^(E\d+)\t(.*)$")
RECORD = re.compile(r"^[A-Z#*]\d*\t")  # any brat record; other lines continue a span's text
ROLE_ARGS = {"content": "content", "cue": "cue", "source": "source"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    """What one .ann file says about its article."""

    attributions: tuple[Attribution, ...]
    ignored: tuple[Span, ...]  # Discard regions
    skipped: int = 0  # events without any content, which cannot be scored


@dataclass(frozen=True, slots=True, kw_only=True)
class AnnotatedArticle:
    """A PolNeAR article with its gold attributions."""

    article: Article
    attributions: tuple[Attribution, ...]
    ignored: tuple[Span, ...]
    annotation: str  # the .ann file scored against
    skipped: int = 0


def annotation_file(article: str, folder: Path) -> Path:
    """The .ann file to score ``article`` against: the alphabetically first annotator's.

    Some articles were annotated twice (``..._4e07.ann`` and ``..._ef2d.ann``);
    a fixed choice keeps scores reproducible.
    """
    candidates = sorted(p for p in folder.glob(f"{glob_escape(article)}_*.ann") if p.stem.rsplit("_", 1)[0] == article)
    if not candidates:
        raise DatasetError(
            f"{folder}: no annotation file for article {article!r} (expected {article}_<annotator>.ann)"
        )
    return candidates[0]


def glob_escape(name: str) -> str:
    """``name`` with glob metacharacters made literal."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def parse_ann(content: str, text: str, *, source: str) -> Annotation:
    """Parse brat standoff into attributions; ``source`` names the file in error messages."""
    spans: dict[str, list[Span]] = {}
    labels: dict[str, str] = {}
    events: list[tuple[int, str, str]] = []
    for number, line in enumerate(content.split("\n"), start=1):
        if match := TEXT_BOUND.match(line):
            ident, label, offsets = match.groups()
            labels[ident] = label
            spans[ident] = [_fragment(text, piece, where=f"{source}:{number}") for piece in offsets.split(";")]
        elif match := EVENT.match(line):
            events.append((number, match.group(1), match.group(2)))
        elif line.startswith("T") and RECORD.match(line):
            raise DatasetError(f"{source}:{number}: cannot read text-bound annotation {line[:60]!r}")
    attributions = []
    for number, ident, args in events:
        attribution = _event(ident, args, spans, where=f"{source}:{number}")
        if attribution is not None:
            attributions.append(attribution)
    ignored = [span for ident, label in labels.items() if label == "Discard" for span in spans[ident]]
    return Annotation(
        attributions=tuple(attributions),
        ignored=tuple(ignored),
        skipped=len(events) - len(attributions),
    )


def _fragment(text: str, piece: str, *, where: str) -> Span:
    start, end = (int(value) for value in piece.split())
    if not 0 <= start <= end <= len(text):
        raise DatasetError(f"{where}: span {start}-{end} lies outside the article text ({len(text)} characters)")
    return Span.of(text, start, end)


def _event(ident: str, args: str, spans: Mapping[str, list[Span]], *, where: str) -> Attribution | None:
    """One ``E`` line as an attribution; None when it has no content (a few empty events exist)."""
    roles: dict[str, list[Span]] = {"content": [], "cue": [], "source": []}
    for arg in args.split()[1:]:  # the first argument is the trigger (Attribution:T4)
        role, _, target = arg.partition(":")
        # "Content2" adds a second content span to the same attribution.
        base = role.rstrip("0123456789").lower()
        if base not in ROLE_ARGS:
            raise DatasetError(f"{where}: unknown role {role!r} in event {ident} (expected Content, Cue, Source)")
        if target not in spans:
            raise DatasetError(f"{where}: event {ident} refers to {target!r}, which is not defined in the file")
        roles[ROLE_ARGS[base]].extend(spans[target])
    if not roles["content"]:
        return None
    return Attribution(
        id=ident,
        content=tuple(roles["content"]),
        cue=tuple(roles["cue"]),
        source=tuple(roles["source"]),
    )


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """``metadata.tsv`` rows by article name; empty when the file is absent."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames is None or "filename" not in reader.fieldnames:
            raise DatasetError(f"{path}: no 'filename' column in the header; is this PolNeAR's metadata.tsv?")
        return {row["filename"]: row for row in reader}


def _date(value: str | None) -> str | None:
    """A publication date as ISO, or None for the table's blanks ("None", "")."""
    return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def split_folders(path: Path) -> tuple[Path, Path]:
    """The ``text`` and ``attributions`` folders of a split directory, checked."""
    texts, anns = path / "text", path / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise DatasetError(
            f"{path} is not a PolNeAR split directory: expected text/ and attributions/ inside "
            "(for example ../shared/datasets/polnear/dev)"
        )
    return texts, anns


def read_polnear(path: str | Path, *, limit: int | None = None) -> list[AnnotatedArticle]:
    """Read a PolNeAR split: the first ``limit`` articles by name, or all of them.

    Publication dates (and titles) come from ``metadata.tsv`` one level up.
    """
    path = Path(path)
    texts, anns = split_folders(path)
    metadata = read_metadata(path.parent / "metadata.tsv")
    files = sorted(texts.glob("*.txt"))
    if not files:
        raise DatasetError(f"{texts}: no .txt articles found")
    return [_read_article(file, anns, metadata.get(file.stem, {})) for file in files[:limit]]


def _read_article(file: Path, anns: Path, meta: Mapping[str, str]) -> AnnotatedArticle:
    text = file.read_text(encoding="utf-8")
    ann = annotation_file(file.stem, anns)
    annotation = parse_ann(ann.read_text(encoding="utf-8"), text, source=str(ann))
    article = Article(
        id=file.stem,
        text=text,
        title=meta.get("title") or None,
        published=_date(meta.get("publication_date")),
    )
    return AnnotatedArticle(
        article=article,
        attributions=annotation.attributions,
        ignored=annotation.ignored,
        annotation=ann.name,
        skipped=annotation.skipped,
    )
