"""Stage names that look like a sum or a common word (``stage_names``): "50 Cent" (which the
recognizer reads as money) and "The Game", introduced after a performer's noun, are people; the
speaker stage had named them "Cent", once a body, and "Game"."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("US rapper 50 Cent has released an album. 50 Cent said the newcomer was disloyal.",
         "the newcomer was disloyal", ("50 Cent", "person")),
        ("He threw his protege The Game out of the band. The Game said he would not turn on his friends.",
         "he would not turn", ("The Game", "person")),
        # The name is his wherever the article writes it, also when "he" goes on.
        ("US rapper 50 Cent has released an album. The Game said 50 Cent was wrong. 50 Cent said he was sorry.",
         "he was sorry", ("50 Cent", "person")),
        # Negative: no performer's noun before, a year, a title, a longer name.
        # Negative: no performer's noun before it, a longer name, a title (honorifics.txt): as before.
        ("The company earned 50 Cent a share. 50 Cent said the shares were cheap.", "the shares were cheap", ("Cent", "person")),
        ("Fans of rapper The Notorious BIG said the song was his best.", "the song was his best",
         ("Fans of rapper The Notorious BIG", "anonymous")),
        ("The singer The Queen said she was tired.", "she was tired", ("The Queen", "person")),
    ],
    ids=["numeral", "the", "again", "no-performer", "longer", "a-title"],
)
def test_a_stage_name_is_a_person_s_name(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
