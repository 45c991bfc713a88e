"""The linker's geometry: sentences apart, and only near pairs scored, whatever the article's length."""

from __future__ import annotations

import importlib

from saidwhat.learned.link import CONTENT_FEATURES, SOURCE_FEATURES, Weights, link, sentence_numbers, sentences_apart
from saidwhat.marks import find_quotations

from .test_learned import spans

linking = importlib.import_module("saidwhat.learned.link")  # the module; saidwhat.learned.link is also its function

SURE = {"content": {**dict.fromkeys(CONTENT_FEATURES, 0.0), "bias": -5.0, "parse": 10.0},
        "source": {**dict.fromkeys(SOURCE_FEATURES, 0.0), "bias": -5.0, "subject": 10.0}, "strong": 0.6, "weak": 0.1, "speaker": 0.3}


def test_sentences_apart_counts_the_sentence_starts_between(nlp):
    doc = nlp("Smith said it was over. Nobody came. Jones insisted that it was not.\n")
    said, over, came, insisted = spans(doc, ("CUE", "said"), ("CONTENT", "it was over"), ("CONTENT", "Nobody came"),
                                       ("CUE", "insisted"))
    numbers = sentence_numbers(doc)
    assert list(numbers[[said.start, came.start, insisted.start]]) == [0, 1, 2]
    assert [sentences_apart(said, x) for x in (over, came, insisted)] == [0, 1, 2]
    assert [sentences_apart(insisted, x, numbers) for x in (over, came, said)] == [2, 1, 2]
    assert sentences_apart(said, doc[said.start : insisted.end]) == 0  # a span across sentences shares the cue's


def test_linker_scores_only_the_cues_near_each_piece(nlp, monkeypatch):
    # An article of many quotations: each piece is weighed against the cues of its own
    # sentence and the next and previous ones, not against every cue of the article.
    n = 30
    doc = nlp(" ".join(f"Smith{i} said it was over{i}." for i in range(n)))
    tagged = []
    for sent in doc.sents:  # Smith0 | said | it was over0 | .
        tagged += [doc[sent.start : sent.start + 1], doc[sent.start + 1 : sent.start + 2], doc[sent.start + 2 : sent.end - 1]]
        for span, label in zip(tagged[-3:], ("SOURCE", "CUE", "CONTENT")):
            span.label_ = label
    calls = []
    counted = linking.sentences_apart
    monkeypatch.setattr(linking, "sentences_apart", lambda *a: calls.append(a) or counted(*a))
    found = link(doc, tagged, find_quotations(doc.text), Weights.from_json(SURE))
    assert [(f.mention.text, f.content[0].text) for f in found] == [(f"Smith{i}", f"it was over{i}") for i in range(n)]
    near_pairs = 3 * n - 2  # each piece (and each source) with the cues of its sentence and its neighbours'
    assert len(calls) <= 4 * near_pairs


def test_the_source_is_the_name_after_a_title_the_parser_made_the_root(nlp):
    # "Their coach John Kirwan has warned…": the parser hangs the verb on "coach" as a relative
    # clause, so the span's root is the title; the speaker is the name after it.
    doc = nlp("Their coach John Kirwan has warned his side.")
    source = doc[0:4]
    assert source.root.text == "coach" and linking._source_head(source).text == "Kirwan"
    # Not a name inside another organisation's: "Reporters Without Borders" if labelled PERSON.
    doc = nlp("Human rights watchdog Reporters Without Borders said the sentence was harsh.")
    doc.ents = [doc.char_span(doc.text.index("Without"), doc.text.index(" said"), label="PERSON")]
    source = doc[0:6]
    assert linking._source_head(source) == source.root
