"""Fixtures for the evaluation tests: spans by their text, statements, tiny PolNeAR splits.

Most helpers are handed out as fixtures; ``brat_offsets`` is imported, since the
tests build their brat files at import time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.model import Span, Speaker, Statement, When

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def brat_offsets(text: str, fragment: str, nth: int = 0) -> str:
    """Brat offsets "start end" of the ``nth`` occurrence of ``fragment`` in ``text``."""
    found = span(text, fragment, nth)
    return f"{found.start} {found.end}"


def span(text: str, fragment: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``fragment`` in ``text`` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return Span.of(text, start, start + len(fragment))


def statement(
    text: str,
    content: str | list[str],
    *,
    cue: str | None = None,
    mention: str | None = None,
    name: str | None = None,
    kind: str = "indirect",
    when: str | None = None,
) -> Statement:
    """A hand-made predicted statement, its spans given by their text."""
    parts = [content] if isinstance(content, str) else content
    return Statement(
        kind=kind,
        text=" ".join(parts),
        content=tuple(span(text, part) for part in parts),
        cue=span(text, cue) if cue else None,
        speaker=Speaker(name=name, mention=span(text, mention) if mention else None),
        when=When(value=when),
        extractor="test-extractor",
    )


def write_split(
    root: Path, articles: dict[str, tuple[str, dict[str, str]]], metadata: str | None = None, *, split: str = "dev"
) -> Path:
    """A PolNeAR-shaped split: {name: (text, {annotator: ann content})}; returns the split folder."""
    folder = root / "polnear" / split
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for name, (text, anns) in articles.items():
        (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        for annotator, content in anns.items():
            (folder / "attributions" / f"{name}_{annotator}.ann").write_text(content, encoding="utf-8")
    if metadata is not None:
        (root / "polnear" / "metadata.tsv").write_text(metadata, encoding="utf-8")
    return folder


@pytest.fixture
def shared_polnear_dev() -> Path:
    """The real PolNeAR dev split from ../shared, or a skip saying why."""
    path = SHARED / "datasets" / "polnear" / "dev"
    if not path.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {path} (the read-only ../shared checkout is absent)")
    return path


@pytest.fixture
def make_span():
    """``make_span(text, fragment, nth=0)``: a Span found by its text."""
    return span


@pytest.fixture
def make_statement():
    """``make_statement(text, content, cue=..., mention=..., name=..., kind=..., when=...)``."""
    return statement


@pytest.fixture
def make_split(tmp_path: Path):
    """``make_split(articles, metadata=None)``: a PolNeAR-shaped split folder under tmp_path."""
    return lambda articles, metadata=None: write_split(tmp_path, articles, metadata)
