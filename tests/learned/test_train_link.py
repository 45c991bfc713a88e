"""The learned linker: its training examples, its fit, and linking with its weights."""

from __future__ import annotations

import numpy
import pytest

from saidwhat.errors import DatasetError
from saidwhat.evaluate.polnear import read_polnear
from saidwhat.learned.link import CONTENT_FEATURES, SOURCE_FEATURES, Weights, link
from saidwhat.learned.train_link import fit_logistic, link_examples, train_linker
from saidwhat.marks import find_quotations

from .test_learned import TRAIN, spans, write_train_split

TWO_CLAUSES = "Smith said taxes would rise, but Jones insisted that they would fall.\n"


def test_fit_logistic_learns_a_feature_that_decides_the_label():
    x = numpy.array([[1.0, 0.0, 1.0], [1.0, 1.0, 0.0]] * 50)  # bias, the deciding feature, its opposite
    y = numpy.array([0.0, 1.0] * 50)
    w = fit_logistic(x, y)
    p = 1 / (1 + numpy.exp(-x @ w))
    assert w[1] > 2 and w[2] < -2
    assert p[1] > 0.9 and p[0] < 0.1  # not 1 and 0: the L2 penalty keeps the weights finite


def test_link_examples_label_each_near_pair_by_the_gold_links(nlp, tmp_path):
    split = write_train_split(tmp_path, {"a": (TWO_CLAUSES, [("Smith", "said", "taxes would rise"), ("Jones", "insisted", "that they would fall")])})
    xc, yc, xs, ys = link_examples(nlp(TWO_CLAUSES), read_polnear(split)[0])
    # cue by cue, then span by span in text order: said with both contents, insisted with both
    assert yc == [True, False, False, True]
    assert ys == [True, False, False, True]
    parse = CONTENT_FEATURES.index("parse")
    assert [row[parse] for row in xc] == [True, False, False, True]  # each content hangs on its own verb
    subject = SOURCE_FEATURES.index("participle_subject")
    assert [row[subject] for row in xs] == [True, False, False, True]


def test_train_linker_learns_from_gold_links_and_links_with_its_weights(nlp, tmp_path):
    split = write_train_split(tmp_path, TRAIN)
    documents = read_polnear(split)
    weights = train_linker((nlp(d.article.text), d) for d in documents)
    assert weights.content[CONTENT_FEATURES.index("parse")] > 0
    assert Weights.from_json(weights.to_json()).to_json() == weights.to_json()
    doc = nlp(TWO_CLAUSES)
    tagged = spans(doc, ("SOURCE", "Smith"), ("CUE", "said"), ("CONTENT", "taxes would rise"),
                   ("SOURCE", "Jones"), ("CUE", "insisted"), ("CONTENT", "that they would fall"))
    found = link(doc, tagged, find_quotations(doc.text), weights)
    assert [(f.mention.text, f.cue.text, f.content[0].text) for f in found] == [
        ("Smith", "said", "taxes would rise"), ("Jones", "insisted", "that they would fall")]


def test_linker_weights_decide_which_cue_takes_a_piece(nlp):
    doc = nlp("Smith said it was over. “We lost,” he added.\n")
    tagged = spans(doc, ("SOURCE", "Smith"), ("CUE", "said"), ("CONTENT", "it was over"), ("CUE", "added"), ("CONTENT", "We lost"))
    zero = dict.fromkeys(CONTENT_FEATURES, 0.0)
    sure = {"content": {**zero, "bias": -5.0, "parse": 10.0}, "source": {**dict.fromkeys(SOURCE_FEATURES, 0.0), "bias": 5.0},
            "strong": 0.6, "weak": 0.1, "speaker": 0.3}
    by_parse = link(doc, tagged, find_quotations(doc.text), Weights.from_json(sure))
    assert [(f.cue.text, [p.text for p in f.content]) for f in by_parse] == [("said", ["it was over"]), ("added", ["We lost"])]
    # Weights that trust nothing link nothing: no cue gets a content, and a cue without one is dropped.
    never = {**sure, "content": {**zero, "bias": -10.0}}
    assert link(doc, tagged, find_quotations(doc.text), Weights.from_json(never)) == []


def test_train_linker_without_links_to_learn_from_says_so(nlp, tmp_path):
    split = write_train_split(tmp_path, {"a": ("The weather was fine all week.\n", [])})
    with pytest.raises(DatasetError, match="nothing to learn the links from"):
        train_linker((nlp(d.article.text), d) for d in read_polnear(split))


def test_link_gold_spans_script_scores_both_linkers_on_the_held_out_article(tmp_path, capsys):
    import runpy
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "link_gold_spans.py"
    main = runpy.run_path(str(script), run_name="link_gold_spans")["main"]
    text = ("Mary Smith said the budget would pass.\n\n“We will not give in,” insisted John Jones. "
            "Taxes will rise, according to analysts.\n")
    links = [("Mary Smith", "said", "the budget would pass"), ("John Jones", "insisted", "We will not give in"),
             ("analysts", "according to", "Taxes will rise")]
    main(str(write_train_split(tmp_path, {f"a{i}": (text, links) for i in range(3)})))  # the third article is held out
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("1 held-out articles")
    # Given its gold spans, each linker links all three of the article's attributions exactly.
    assert lines[1:] == ["hand-set  {'exact': 1.0, 'overlap': 1.0}", "learned   {'exact': 1.0, 'overlap': 1.0}"]
