"""Character spans from tokens: edges trimmed the same way everywhere."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..marks import Quotation
from ..model import Span
from ..nlp import span_between, text_of

# What joins the parts of one word: "co-operate", "Blair's", "O’Neill".
WORD_JOINERS = "-'’"
BRACKETS = {")": "(", "]": "["}


def span_of(doc: Doc, tokens: list[Token]) -> Span | None:
    """The character span from the first to the last token that is not edge punctuation."""
    edge = lambda t: (t.is_punct and t.text != "%") or t.is_space  # noqa: E731  ("36%": spaCy's punctuation, a number's unit)
    while tokens and edge(tokens[0]) and tokens[0].text not in ("“", "\"", "‘", "«"):
        tokens = tokens[1:]
    while tokens and edge(tokens[-1]) and tokens[-1].text not in ("”", "\"", "’", "»") and not _closes(tokens):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return span_between(tokens[0], tokens[-1])


def run_on(doc: Doc, piece: Span, more: Span | None) -> Span:
    """``piece`` run on to the end of ``more``, what goes on with it; ``piece`` where nothing does."""
    return Span.of(text_of(doc), piece.start, more.end) if more is not None else piece


def _closes(tokens: list[Token]) -> bool:
    """Whether the last token closes a bracket opened among the others: "set to hit $368bn
    (£197bn)" keeps its ")"; a bracket it does not open is the sentence's, and goes."""
    close = tokens[-1].text
    if close not in BRACKETS:
        return False
    texts = [t.text for t in tokens[:-1]]
    return texts.count(BRACKETS[close]) > texts.count(close)


def whole_words(doc: Doc, piece: Span, cue_token: int | None) -> Span:
    """``piece`` without a cut inside a word: "pledged to co-operate with the inquiry", where
    spaCy splits "co-operate" into three verbs hung side by side on "pledged", would end
    "to co". The rest of the word comes in with what hangs on it ("operate with the
    inquiry"), unless that holds the cue: then the word's own tokens only."""
    text = text_of(doc)
    start, end = piece.start, piece.end
    while start > 0 and _inside_word(text, start):
        start -= 1
    while end < len(text) and _inside_word(text, end):
        end += 1
    if (start, end) == (piece.start, piece.end):
        return piece
    tokens = list(doc.char_span(start, end, alignment_mode="expand") or ())
    for token in [t for t in tokens if not piece.start <= t.idx < piece.end]:
        holds_cue = cue_token is not None and token.left_edge.i <= cue_token <= token.right_edge.i
        tokens.extend(token.subtree if not holds_cue else [token])
    return span_of(doc, sorted(set(tokens), key=lambda t: t.i)) or piece


def _inside_word(text: str, at: int) -> bool:
    """Whether offset ``at`` falls between two characters of one word ("co|-operate", "co-|operate", "do|n't")."""
    before, after = text[at - 1], text[at]
    if before.isalnum() and after.isalnum():
        return True
    joined_after = after in WORD_JOINERS and text[at + 1 : at + 2].isalnum()
    joined_before = before in WORD_JOINERS and text[at - 2 : at - 1].isalnum()
    return (before.isalnum() and joined_after) or (joined_before and after.isalnum())


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
