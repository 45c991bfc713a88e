"""Text geometry for scoring: sentences, word tokens, and span pieces cut and trimmed.

Both gold and predicted spans go through these functions, so every score
compares spans in the same canonical form (see docs/evaluation.md).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..model import Span

WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, kw_only=True)
class TextIndex:
    """Sentence and word boundaries of one article, for cutting and counting spans."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    words: tuple[tuple[int, int], ...]
    sentence_ends: tuple[int, ...] = field(repr=False)
    word_ends: tuple[int, ...] = field(repr=False)


@cache
def _sentencizer() -> Any:
    """A blank English pipeline with the rule-based sentencizer.

    Rule-based on purpose: the cut points must not move when the statistical
    model behind the extractor changes, or the gold pieces would change with it.
    """
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence (start, end) offsets; a line break always ends a sentence.

    Line breaks count because headlines and bylines have no final full stop
    ("Trump Invites Flowers\\n\\nDonald Trump said ...") and would otherwise
    run into the first sentence of the body.
    """
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    bounds: list[tuple[int, int]] = []
    for (offset, _), doc in zip(lines, _sentencizer().pipe(line for _, line in lines)):
        for sent in doc.sents:
            if sent.text.strip():
                bounds.append((offset + sent.start_char, offset + sent.end_char))
    return tuple(bounds)


def index_text(text: str, *, sentences: Sequence[tuple[int, int]] | None = None) -> TextIndex:
    """Index an article's sentences (split here unless given) and word tokens."""
    bounds = tuple(sentences) if sentences is not None else split_sentences(text)
    words = tuple((m.start(), m.end()) for m in WORD.finditer(text))
    return TextIndex(
        text=text,
        sentences=bounds,
        words=words,
        sentence_ends=tuple(end for _, end in bounds),
        word_ends=tuple(end for _, end in words),
    )


def _is_edge(char: str) -> bool:
    """Characters stripped from span edges: whitespace and Unicode punctuation (P*)."""
    return char.isspace() or unicodedata.category(char).startswith("P")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past edge whitespace, quote marks and punctuation.

    Our direct-quote content excludes the marks while PolNeAR includes them
    (“keep the details under wraps.”), and PolNeAR is inconsistent about a
    final full stop; neither is an extraction error, so both sides are trimmed.
    """
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return start, end


def pieces(spans: Iterable[Span], index: TextIndex) -> tuple[Span, ...]:
    """Spans cut at sentence boundaries, edge-trimmed, without wordless bits; sorted, unique.

    This is the unit the span scores count, and the canonical form a role is
    compared in, so that "one span over two sentences" equals "two spans".
    """
    found: set[tuple[int, int]] = set()
    for span in spans:
        i = bisect_right(index.sentence_ends, span.start)
        while i < len(index.sentences) and index.sentences[i][0] < span.end:
            s_start, s_end = index.sentences[i]
            start, end = trim(index.text, max(span.start, s_start), min(span.end, s_end))
            if WORD.search(index.text, start, end):
                found.add((start, end))
            i += 1
    return tuple(Span.of(index.text, start, end) for start, end in sorted(found))


def words_in(spans: Iterable[Span], index: TextIndex) -> frozenset[int]:
    """Indexes of the word tokens that the spans touch (share at least one character with)."""
    found: set[int] = set()
    for span in spans:
        i = bisect_right(index.word_ends, span.start)
        while i < len(index.words) and index.words[i][0] < span.end:
            found.add(i)
            i += 1
    return frozenset(found)


def sentence_of(spans: Iterable[Span], index: TextIndex) -> str:
    """The sentence(s) from the first span's sentence to the last span's, as text."""
    spans = list(spans)
    if not spans:
        return ""
    start = min(span.start for span in spans)
    end = max(span.end for span in spans)
    first = bisect_right(index.sentence_ends, start)
    last = bisect_right(index.sentence_ends, max(end - 1, start))
    if first >= len(index.sentences):
        return index.text[start:end]
    last = min(last, len(index.sentences) - 1)
    return index.text[index.sentences[first][0] : max(index.sentences[last][1], end)]
