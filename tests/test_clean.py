import pytest

from saidwhat.clean import clean, find_debris


@pytest.mark.parametrize(
    "line",
    ["Click here if you can’t see the poll above.", "Share this article", "Advertisement", "  Read more: the full story  "],
)
def test_debris_lines_are_found(line):
    text = f"First line.\n{line}\nLast line."
    assert [s.text for s in find_debris(text)] == [line]


@pytest.mark.parametrize(
    "line",
    ["He said advertisement revenue fell.", "Click", "Share prices rose by 3% on Monday, traders said."],
)
def test_prose_is_kept(line):
    assert find_debris(f"{line}\n") == []


def test_clean_keeps_length_and_offsets():
    text = "Before.\nShare this article\nAfter “quote”."
    cleaned, debris = clean(text)
    assert len(cleaned) == len(text)
    assert cleaned.index("After") == text.index("After")
    assert "Share" not in cleaned
    assert debris[0].text == "Share this article"


@pytest.mark.parametrize(
    ("text", "curled"),
    [
        ("''We won,'' she said.", " “We won,”  she said."),
        ("said, ''it works'' and", "said,  “it works”  and"),
        ("``TeX style,'' he said.", " “TeX style,”  he said."),
        ("Mr. O'Hanlon's ''plan.''", "Mr. O'Hanlon's  “plan.” "),
        ("a '' b", "a '' b"),  # neither opens nor closes: left alone
    ],
)
def test_apostrophe_pairs_become_curly_marks(text, curled):
    cleaned, _ = clean(text)
    assert cleaned == curled
    assert len(cleaned) == len(text)


def test_apostrophe_pair_quotes_are_found_with_original_text(statements_of):
    text = "''It's embarrassing,'' Mr. Rubel said. ''We are refugees from a war nobody here understands.''"
    [statement] = statements_of(text)
    assert [p.text for p in statement.content] == ["It's embarrassing", "We are refugees from a war nobody here understands."]
    assert statement.speaker.name == "Rubel"
    assert statement.cue.text == "said"
