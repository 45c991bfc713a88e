"""Mixed speech: where a content with quotations in it starts and ends."""

from __future__ import annotations

from spacy.tokens import Doc

from ..marks import Quotation
from ..model import Span
from ..nlp import text_of

# Words that open a clause framing the saying rather than continuing what was said:
# "… when asked about troops", "… to support Ukraine".
FRAMES = {"when", "while", "as", "after", "before", "during", "to"}


def close_quote(text: str, piece: Span, last: Quotation) -> Span:
    """Run mixed speech on to the closing mark of its last quotation: the parser hangs the
    '.”' of 'said the plan was “dead.”' on the verb, and a quotation may go on past the
    sentence ('added that “not everyone can afford a car. That is why…”'); the content
    would end inside it."""
    if not last.closed or not piece.start < last.start < piece.end < last.end:
        return piece
    return Span.of(text, piece.start, last.end)


def open_quote(text: str, piece: Span, first: Quotation) -> Span:
    """Start mixed speech at the opening mark of a quotation it starts in: the parser
    may leave the mark of '"This will be a challenge" for Clinton, said Kunin' out."""
    if first.start < piece.start < first.end and not text[first.start : piece.start].strip("\"“‘'«„ "):
        return Span.of(text, first.start, piece.end)
    return piece


def cut_after_quote(doc: Doc, piece: Span, last: Quotation) -> Span:
    """End mixed speech at its last quotation when an adverbial follows.

    "maintained that “all these options are possible” when asked about…": the
    "when" clause frames the statement, it is not part of what was said. A
    reason or a concession stays ("says “the game is screwed up” because…").
    """
    if last.end >= piece.end:
        return piece
    after = doc.char_span(last.end, piece.end, alignment_mode="expand")
    first = next((t for t in after if not t.is_punct and not t.is_space), None) if after else None
    # "“the perfect opportunity” to call attention to…" goes on: an infinitive is no frame.
    # Nor is "as president" ("could not “make deals” as president"): "as" frames as a clause.
    if first is not None and first.lower_ in FRAMES and not (first.lower_ == "to" and first.pos_ == "PART") and not (first.lower_ == "as" and first.dep_ == "prep"):
        return Span.of(text_of(doc), piece.start, last.end)
    return piece
