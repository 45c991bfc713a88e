import pytest

from saidwhat.marks import find_quotations


def inner(text):
    return [[p.text for p in q.pieces] for q in find_quotations(text).quotations]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win" today.', [["we will win"]]),
        ("He said “we will win” today.", [["we will win"]]),
        ("Il a dit « nous gagnerons » hier.", [["nous gagnerons"]]),
        ("She said ‘it is over’ and left.", [["it is over"]]),
        ("He said 'no way' twice.", [["no way"]]),
        # Apostrophes are not quote marks.
        ("We’re in Russia’s sphere, isn’t it? The ’90s were different.", []),
        ("Macron's plan and the Kremlin's answer", []),
        # Single quotes inside double ones belong to the outer quotation.
        ("“He called it ‘madness’ yesterday,” she said.", [["He called it ‘madness’ yesterday,"]]),
        # A typeset opening mark in closing position closes: after a comma, before a space.
        ("“It's unusual,“ said Larry Noble. “Very.”", [["It's unusual,"], ["Very."]]),
    ],
)
def test_quotations(text, expected):
    assert inner(text) == expected


def test_multi_paragraph_quote_is_one_quotation():
    text = "He said: “First paragraph.\n“Second paragraph.\n“Third and last.”\nNot quoted."
    scan = find_quotations(text)
    assert inner(text) == [["First paragraph.", "Second paragraph.", "Third and last."]]
    assert scan.warnings == ()


def test_unbalanced_mark_warns_and_ends_at_paragraph():
    text = 'She said: "We knew it.\nShe left the room.\n"Fine," he said.'
    scan = find_quotations(text)
    assert inner(text) == [["We knew it."], ["Fine,"]]
    assert len(scan.warnings) == 1
    assert "offset 10" in scan.warnings[0]


def test_pieces_keep_offsets():
    text = "A “b c” d\n“e f\n“g”"
    for q in find_quotations(text).quotations:
        for p in q.pieces:
            assert text[p.start : p.end] == p.text


def test_flattened_paragraphs_keep_one_quotation():
    text = 'Chairman John Wardle said: "I have spoken to him. "We are a big club." He left.'
    assert inner(text) == [["I have spoken to him.", "We are a big club."]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The singer, who rose to fame in the '90s, said: \"I'm back, and the fans' support means everything.\"",
         [["I'm back, and the fans' support means everything."]]),
        ("He played in ’05 and said: “I am back.”", [["I am back."]]),
        ("Rock 'n' roll, he said: \"It never died.\"", [["It never died."]]),
        # A stray apostrophe is dropped at its paragraph's end, and the quotation after it is found.
        ("He moved to the 'burbs and said: \"It is quiet.\"", [["It is quiet."]]),
    ],
    ids=["decade", "curly-year", "rock-n-roll", "stray-apostrophe"],
)
def test_an_apostrophe_at_a_word_start_hides_no_quotation(text, expected):
    assert inner(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘20 people were killed in the blast,’ police said.", [["20 people were killed in the blast,"]]),
        ("'50% of the staff will go,' the union said.", [["50% of the staff will go,"]]),
        ("'Cause we can,' she said.", [["Cause we can,"]]),
    ],
    ids=["left-mark-number", "straight-number", "capital-cause"],
)
def test_a_quotation_opening_with_a_number_or_a_word_like_an_elision_is_still_one(text, expected):
    assert inner(text) == expected


def test_a_line_of_stray_apostrophes_is_read_at_most_twice(monkeypatch):
    import saidwhat.marks as marks

    calls = []
    opens = marks._opens
    monkeypatch.setattr(marks, "_opens", lambda text, i: calls.append(i) or opens(text, i))
    text = "Hij kwam 's morgens aan. " * 200
    assert marks.find_quotations(text).quotations == ()
    assert len(calls) <= 2 * 200  # each mark tried at most twice, not once per restart
