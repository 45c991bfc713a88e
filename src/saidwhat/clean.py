"""Clean: blank web-page debris so later stages never see it, keeping offsets.

Plain text scraped from news pages carries widget prompts and buttons
("Click here if you can't see the poll above.", "Share this article",
"Advertisement"). Such a line is replaced by spaces of the same length, so
every offset into the cleaned text is an offset into the original.

Archive text (the New York Times' among them) writes quotation marks as two
apostrophes, ''like this,'' or in the ``TeX style.'' Each such pair becomes a
curly mark and a space, two characters for two, so the later stages see the
marks they know and offsets still hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Span
from .resources import patterns

# A debris line is short; a long line that happens to start with "Read more"
# is more likely prose worth keeping.
MAX_DEBRIS_CHARS = 120


def lines(text: str) -> Iterator[Span]:
    """Each line of ``text`` as a span, without its line break."""
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield Span(start=start, end=start + len(body), text=body)
        start += len(line)


def find_debris(text: str) -> list[Span]:
    """The lines of ``text`` that are web-page debris, by the patterns in ``debris.txt``."""
    found = []
    for line in lines(text):
        stripped = line.text.strip().replace("’", "'")
        if not stripped or len(stripped) > MAX_DEBRIS_CHARS:
            continue
        if any(p.fullmatch(stripped) for p in patterns("debris.txt")):
            found.append(line)
    return found


def blank(text: str, spans: list[Span]) -> str:
    """``text`` with each span replaced by spaces of the same length."""
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


# '' opens before a word when it follows a space, a line start or an opening
# bracket or dash; it closes after a word or punctuation. ``...'' always pairs.
OPENING_PAIR = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))''(?=[^\s'])|``", re.MULTILINE)
CLOSING_PAIR = re.compile(r"(?<=[^\s'])''(?!\w)")


def curl_quote_pairs(text: str) -> str:
    """``text`` with each two-apostrophe or two-backtick quotation mark made a curly one.

    An opening pair becomes " “" and a closing pair "” ": the space stays outside
    the quotation, and the text keeps its length. An apostrophe pair that neither
    opens nor closes ("a '' b") is left alone.
    """
    if "''" not in text and "``" not in text:
        return text
    text = OPENING_PAIR.sub(" \u201c", text)
    return CLOSING_PAIR.sub("\u201d ", text)


def original_span(text: str, cleaned: str, start: int, end: int) -> Span:
    """The span of ``text`` for cleaned[start:end], over the whole mark pair where it
    starts at a curled opening mark or ends at a curled closing one."""
    if start > 0 and cleaned[start : start + 1] == "\u201c" and text[start - 1 : start + 1] in ("''", "``"):
        start -= 1
    if cleaned[end - 1 : end] == "\u201d" and text[end - 1 : end + 1] == "''":
        end += 1
    return Span.of(text, start, end)


def clean(text: str) -> tuple[str, list[Span]]:
    """The text with debris blanked and quote-mark pairs curled, and the debris spans blanked."""
    debris = find_debris(text)
    return curl_quote_pairs(blank(text, debris)), debris
