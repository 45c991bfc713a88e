"""The quote stage's composer (``saidwhat.quotes``): helpers below the end-to-end cases of test_pipeline.py."""

from types import SimpleNamespace

from saidwhat.model import Span
from saidwhat.quotes import _content_holders


def statement(cue_at, *pieces):
    return SimpleNamespace(cue=Span(start=cue_at, end=cue_at + 4, text="said"), content=tuple(Span(start=a, end=b, text="") for a, b in pieces))


def test_content_holders_are_the_statements_whose_content_holds_the_cue():
    wide = statement(0, (5, 500))  # a long early piece: later lookups must still walk back to it
    a = statement(20, (30, 60), (70, 90))
    b = statement(75, (80, 85))  # its cue inside a's second piece and inside wide's
    c = statement(600, (610, 620))  # its cue in no one's content
    d = statement(60, (100, 110))  # a piece ends where d's cue starts: not around it
    holders = _content_holders([wide, a, b, c, d])
    assert holders(b) == [wide, a]
    assert holders(a) == [wide]
    assert holders(c) == []
    assert holders(d) == [wide]
    assert holders(wide) == []
