"""Character spans from tokens: edges trimmed the same way everywhere."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..marks import Quotation
from ..model import Span
from ..nlp import span_between


def span_of(doc: Doc, tokens: list[Token]) -> Span | None:
    """The character span from the first to the last token that is not edge punctuation."""
    edge = lambda t: (t.is_punct and t.text != "%") or t.is_space  # noqa: E731  ("36%": spaCy's punctuation, a number's unit)
    while tokens and edge(tokens[0]) and tokens[0].text not in ("“", "\"", "‘", "«"):
        tokens = tokens[1:]
    while tokens and edge(tokens[-1]) and tokens[-1].text not in ("”", "\"", "’", "»"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return span_between(tokens[0], tokens[-1])


def trim_punct(text: str, start: int, end: int) -> Span | None:
    """A span without edge whitespace and trailing sentence punctuation (quote marks kept)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span.of(text, start, end) if end > start else None


def overlapping(a: Iterable[Span], b: Iterable[Span]) -> bool:
    """Whether any span of ``a`` shares a character with any span of ``b``."""
    b = list(b)
    return any(p.start < q.end and q.start < p.end for p in a for q in b)


def inside(q: Quotation, pieces: tuple[Span, ...] | list[Span]) -> bool:
    """Whether a quotation overlaps the pieces (its marks may hang on the cue, not the clause)."""
    return any(q.start < p.end and p.start < q.end for p in pieces)
