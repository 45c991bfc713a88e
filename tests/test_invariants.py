"""Property: whatever the text, every span points at its own text, and nothing raises."""

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

PIECES = [
    "Jane Doe said", "he added:", " “", "” ", '"', "'", "‘", "’", " « ", " » ", "We will win", ",", ".", "\n",
    "''", "according to officials", "the plan works", "Mr Doe", "on March 15", "a few days later", "Click here", " that ",
    "Tesco, Asda and Morrisons all said", "and his wife",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.sampled_from([None, "2024-03-18"]))
def test_spans_hold_for_any_text(statements_of, pieces, published):
    text = " ".join(pieces)
    assume(any(c.isalnum() for c in text))  # "\n \n", "…!" are no article: an InputError (tests/test_bad_input.py)
    for s in statements_of(text, published=published):
        mentions = [p.mention for p in (s.speaker, *s.co_speakers)]
        for span in filter(None, [*s.content, s.cue, *mentions, s.when.expression]):
            assert text[span.start : span.end] == span.text
        assert 0 <= s.confidence <= 1
        assert s.kind in ("direct", "mixed", "indirect")
