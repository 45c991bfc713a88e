"""The metric definitions, on tiny hand-made articles with hand-computed expected values."""

from __future__ import annotations

import pytest

from saidwhat.evaluate.geometry import (
    index_text,
    pieces,
    sentence_of,
    split_sentences,
    trim,
    words_in,
)
from saidwhat.evaluate.metrics import (
    Attribution,
    Tally,
    drop_in_regions,
    from_statement,
    match,
    overlaps,
    same_speaker,
    score_links,
    score_statements,
)
from saidwhat.model import Span, Speaker, Statement

TEXT = (
    "Trump Invites Flowers\n\n"
    "“We will keep the details under wraps.” Mr. Allen said on Sunday. "
    "Officials said the Secret Service whisked her away before the police arrived.\n"
)
NO_SOURCE = "It is believed that the plan was dead."


@pytest.fixture
def index():
    return index_text(TEXT)


# --- geometry ------------------------------------------------------------------------


def test_sentences_end_at_line_breaks_and_not_at_abbreviations():
    found = [TEXT[start:end] for start, end in split_sentences(TEXT)]
    assert found == [
        "Trump Invites Flowers",  # a headline without a full stop still ends at the line break
        "“We will keep the details under wraps.”",
        "Mr. Allen said on Sunday.",  # "Mr." does not end a sentence
        "Officials said the Secret Service whisked her away before the police arrived.",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“keep the details under wraps.”", "keep the details under wraps"),
        ('  "It is over,"  ', "It is over"),
        ("finished", "finished"),
        ("(D-WV)", "D-WV"),  # inner punctuation stays
        ("“ ”", ""),
    ],
)
def test_trim_strips_quote_marks_punctuation_and_space_at_the_edges(raw, expected):
    start, end = trim(raw, 0, len(raw))
    assert raw[start:end] == expected


def test_pieces_cut_at_sentences_trim_and_drop_wordless_bits(index, make_span):
    across = make_span(TEXT, "“We will keep the details under wraps.” Mr. Allen said")
    marks_only = make_span(TEXT, "” ")
    assert [p.text for p in pieces([across, marks_only], index)] == [
        "We will keep the details under wraps",
        "Mr. Allen said",
    ]


def test_pieces_of_a_discontinuous_span_are_separate_and_unique(index, make_span):
    first, second = make_span(TEXT, "Officials"), make_span(TEXT, "the police arrived.")
    found = pieces([second, first, first], index)
    assert [(p.text, p.start) for p in found] == [("Officials", first.start), ("the police arrived", second.start)]


def test_words_are_word_character_runs_touched_by_the_span(index, make_span):
    # "ecret Serv" touches two words: a cut inside a word still counts the word.
    assert len(words_in([make_span(TEXT, "ecret Serv")], index)) == 2
    assert words_in([make_span(TEXT, "” ")], index) == frozenset()


# --- overlap and matching -------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("the Secret Service whisked her away", "Secret Service whisked her away", True),  # 5 of 6, 5 of 5
        ("the Secret Service whisked her away", "her away", False),  # 2 of 6 gold words
        ("her away", "the Secret Service whisked her away", False),  # 2 of 6 predicted words
        (  # exactly half of the prediction's 12 words is enough
            "the Secret Service whisked her away",
            "Officials said the Secret Service whisked her away before the police arrived",
            True,
        ),
        ("Officials", "the police", False),
    ],
)
def test_overlap_needs_half_the_words_both_ways(index, make_span, gold, predicted, expected):
    g = words_in([make_span(TEXT, gold)], index)
    p = words_in([make_span(TEXT, predicted)], index)
    assert overlaps(g, p) is expected


def test_matching_is_one_to_one_best_first():
    scores = {(0, 0): 0.6, (0, 1): 0.9, (1, 0): 0.8}
    found = match(2, 3, lambda g, p: scores.get((g, p)))
    assert found.pairs == ((0, 1), (1, 0))
    assert found.missed == ()
    assert found.false == (2,)


def test_tally_scores():
    assert Tally(tp=1, gold=2, predicted=3).scores() == {
        "p": 0.3333, "r": 0.5, "f1": 0.4, "tp": 1, "gold": 2, "predicted": 3
    }
    assert Tally().scores()["f1"] == 0.0


# --- linked and span scores ------------------------------------------------------------


def _gold(make_span):
    return [
        Attribution(
            id="E1",
            content=(make_span(TEXT, "“We will keep the details under wraps.”"),),
            cue=(make_span(TEXT, "said"),),
            source=(make_span(TEXT, "Mr. Allen"),),
        ),
        Attribution(
            id="E2",
            content=(make_span(TEXT, "the Secret Service whisked her away before the police arrived."),),
            cue=(make_span(TEXT, "said", 1),),
            source=(make_span(TEXT, "Officials"),),
        ),
    ]


def test_exact_and_overlap_link_scores(index, make_span, make_statement):
    # Direct-quote content without its marks and full stop: still exact.
    quote = make_statement(TEXT, "We will keep the details under wraps", cue="said", mention="Mr. Allen")
    predicted = [
        from_statement(quote, "p0"),
        # Six of the ten content words: an overlap match only.
        Attribution(
            id="p1",
            content=(make_span(TEXT, "the Secret Service whisked her away"),),
            cue=(make_span(TEXT, "said", 1),),
            source=(make_span(TEXT, "Officials"),),
        ),
    ]
    found = score_links("a", _gold(make_span), predicted, index)
    result = found.to_dict()
    assert result["attributions"]["exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "gold": 2, "predicted": 2}
    assert result["attributions"]["overlap"]["f1"] == 1.0
    assert result["spans"]["source"]["exact"]["f1"] == 1.0
    assert result["spans"]["cue"]["exact"]["f1"] == 1.0
    assert result["spans"]["content"]["exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "gold": 2, "predicted": 2}
    assert result["spans"]["content"]["overlap"]["f1"] == 1.0
    summary = sorted((e.level, e.role, e.error, e.overlap_matched) for e in found.errors)
    assert summary == [
        ("attribution", None, "false_hit", True),
        ("attribution", None, "miss", True),
        ("span", "content", "false_hit", True),
        ("span", "content", "miss", True),
    ]
    miss = next(e for e in found.errors if e.level == "attribution" and e.error == "miss")
    assert miss.gold["id"] == "E2"
    assert miss.sentence == "Officials said the Secret Service whisked her away before the police arrived."


def test_a_wrong_source_breaks_the_link_but_not_the_content_span(index, make_span, make_statement):
    predicted = [make_statement(TEXT, "We will keep the details under wraps", cue="said", mention="Officials")]
    result = score_links("a", _gold(make_span)[:1], [from_statement(predicted[0], "p0")], index).to_dict()
    assert result["attributions"]["exact"]["tp"] == 0
    assert result["attributions"]["overlap"]["tp"] == 0
    assert result["spans"]["content"]["exact"]["tp"] == 1
    assert result["spans"]["source"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "gold": 1, "predicted": 1}


def test_duplicate_predictions_match_once(index, make_span, make_statement):
    twice = make_statement(TEXT, "We will keep the details under wraps", cue="said", mention="Mr. Allen")
    result = score_links(
        "a", _gold(make_span)[:1], [from_statement(twice, "p0"), from_statement(twice, "p1")], index
    ).to_dict()
    assert result["attributions"]["exact"] == {"p": 0.5, "r": 1.0, "f1": 0.6667, "tp": 1, "gold": 1, "predicted": 2}
    # Span scores count a piece once, however many statements share it.
    assert result["spans"]["content"]["exact"]["predicted"] == 1


def test_a_discontinuous_gold_content_equals_the_same_pieces_predicted(make_span, make_statement):
    text = "“We will win,” he said, “and soon.”"
    index = index_text(text)
    gold = Attribution(
        id="E1",
        content=(make_span(text, "“We will win,”"), make_span(text, "“and soon.”")),
        cue=(make_span(text, "said"),),
        source=(make_span(text, "he"),),
    )
    predicted = make_statement(text, ["We will win", "and soon"], cue="said", mention="he", kind="direct")
    result = score_links("a", [gold], [from_statement(predicted, "p0")], index).to_dict()
    assert result["attributions"]["exact"]["tp"] == 1
    assert result["spans"]["content"]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 2, "gold": 2, "predicted": 2}


@pytest.mark.parametrize(("mention", "expected"), [(None, 1), ("It", 0)])
def test_gold_without_source_is_matched_only_without_a_mention(make_span, make_statement, mention, expected):
    index = index_text(NO_SOURCE)
    gold = Attribution(id="E1", content=(make_span(NO_SOURCE, "the plan was dead"),),
                       cue=(make_span(NO_SOURCE, "is believed"),))
    predicted = make_statement(NO_SOURCE, "the plan was dead.", cue="is believed", mention=mention)
    result = score_links("a", [gold], [from_statement(predicted, "p0")], index).to_dict()
    assert result["attributions"]["exact"]["tp"] == expected
    assert result["attributions"]["overlap"]["tp"] == expected


def test_predictions_in_discard_regions_are_dropped(make_span, make_statement):
    text = "Trump said it was rigged.\n\nFollow Pam Key on Twitter @pamkeyNEN.\n"
    index = index_text(text)
    kept = from_statement(make_statement(text, "it was rigged", cue="said", mention="Trump"), "p0")
    boilerplate = from_statement(make_statement(text, "Pam Key on Twitter", cue="Follow"), "p1")
    found, dropped = drop_in_regions([kept, boilerplate], [make_span(text, "Follow Pam Key on Twitter @pamkeyNEN.")], index)
    assert (found, dropped) == ([kept], 1)


def test_sentence_of_spans_over_two_sentences(index, make_span):
    spans = [make_span(TEXT, "wraps"), make_span(TEXT, "Allen")]
    assert sentence_of(spans, index) == "“We will keep the details under wraps.” Mr. Allen said on Sunday."


# --- statements (our own gold) -----------------------------------------------------------


def test_statement_detection_and_attribute_accuracy(index, make_statement):
    gold = [
        make_statement(TEXT, "We will keep the details under wraps", cue="said", mention="Mr. Allen",
                       name="Tom Allen", kind="direct", when="2016-09-11"),
        make_statement(TEXT, "the Secret Service whisked her away before the police arrived",
                       mention="Officials", name="officials", kind="indirect"),
    ]
    predicted = [
        make_statement(TEXT, "We will keep the details under wraps", name="TOM ALLEN ", kind="direct",
                       when="2016-09-10"),  # speaker right (case ignored), date wrong
        make_statement(TEXT, "the Secret Service whisked her away", kind="direct"),  # kind and speaker wrong
        make_statement(TEXT, "Trump Invites Flowers"),  # a false hit
    ]
    found = score_statements("a", gold, predicted, index).to_dict()
    assert found["statements"] == {"p": 0.6667, "r": 1.0, "f1": 0.8, "tp": 2, "gold": 2, "predicted": 3}
    assert found["kind"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert found["speaker"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    # Only the first gold statement has a date.
    assert found["date"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    errors = sorted(e.error for e in score_statements("a", gold, predicted, index).errors)
    assert errors == ["date", "false_hit", "kind", "speaker"]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [("Emmanuel Macron", "emmanuel macron", True), ("a spokesman", "A Spokesman ", True),
     ("Macron", "Peskov", False), (None, None, True), ("Macron", None, False)],
)
def test_same_speaker(gold, predicted, expected):
    assert same_speaker(gold, predicted) is expected


def _links(tp: int, gold: int, predicted: int):
    from saidwhat.evaluate.metrics import LinkScore

    tally = Tally(tp=tp, gold=gold, predicted=predicted)
    return LinkScore(spans={("source", "exact"): tally}, attributions={"exact": tally})


def test_bootstrap_interval_of_identical_articles_is_the_point():
    from saidwhat.evaluate.metrics import bootstrap_intervals

    intervals = bootstrap_intervals([_links(1, 2, 2)] * 5, 50)
    assert intervals["attributions.exact.f1"] == [0.5, 0.5]
    assert intervals["spans.source.exact.f1"] == [0.5, 0.5]


def test_bootstrap_interval_spans_the_articles_and_is_seeded():
    from saidwhat.evaluate.metrics import bootstrap_intervals

    articles = [_links(0, 2, 2), _links(2, 2, 2), _links(1, 2, 2), _links(2, 2, 2)]
    low, high = bootstrap_intervals(articles, 400)["attributions.exact.f1"]
    assert 0.0 <= low < 0.625 < high <= 1.0  # 0.625: the F1 over all four
    assert bootstrap_intervals(articles, 400) == bootstrap_intervals(articles, 400)


def test_a_joint_statements_source_is_the_whole_coordination():
    text = "Tesco, Asda and Morrisons all said sales had risen."
    statement = Statement(
        kind="indirect", text="sales had risen", content=(Span.of(text, 35, 50),), cue=Span.of(text, 30, 34),
        speaker=Speaker(name="Tesco", type="organisation", mention=Span.of(text, 0, 5)),
        co_speakers=(
            Speaker(name="Asda", type="organisation", mention=Span.of(text, 7, 11)),
            Speaker(name="Morrisons", type="organisation", mention=Span.of(text, 16, 25)),
        ),
    )
    assert from_statement(statement, "p0", text).source == (Span.of(text, 0, 25),)  # "Tesco, Asda and Morrisons"
    assert from_statement(statement, "p0").source == (Span.of(text, 0, 5),)  # without the text: the speaker's own
