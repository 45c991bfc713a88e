"""Learning the linker's weights (``link.Weights``) from PolNeAR's gold links.

The linker is given spans as the tagger makes them (``train.gold_spans``:
whole tokens, content cut at sentence starts), here the gold ones of the
learn articles. Every (cue, content piece) and (cue, source) pair within
``link.MAX_SENTENCES_AWAY`` sentences is an example, positive when one
attribution holds both; a logistic regression (L2, Newton's method: a few
thousand examples of 15 features) learns each. No torch, no spaCy training:
it takes seconds on the Docs training parses anyway.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from ..errors import DatasetError
from ..evaluate.polnear import AnnotatedArticle
from ..marks import find_quotations
from ..nlp import text_of
from ..quotes import QuoteIndex
from .link import Context, Weights, by_sentence, content_features, near, source_features
from .train import gold_spans, role_parts

L2 = 1.0  # on features mostly 0 or 1; 0.1 scores the same on held-out train, 10 lowers linked overlap F1 (64.2 -> 63.8)


def link_examples(doc: Doc, document: AnnotatedArticle) -> tuple[list, list, list, list]:
    """(content features, truths, source features, truths) of every candidate pair in one article."""
    spans = [doc.char_span(start, end, label=label) for start, end, label in gold_spans(doc, document)]
    cues = [s for s in spans if s.label_ == "CUE"]
    sources = [s for s in spans if s.label_ == "SOURCE"]
    if not cues:
        return [], [], [], []
    linked_content, linked_source = _gold_links(doc, document)
    context = Context.of(doc, cues, sources, QuoteIndex(find_quotations(text_of(doc))))
    others = [s for s in spans if s.label_ != "CUE"]
    others_by_sentence = by_sentence(others, context.sentences)
    xc, yc, xs, ys = [], [], [], []
    for cue in cues:
        for span in (others[i] for i in near(cue, others_by_sentence, context.sentences)):
            pair = (_key(cue), _key(span))
            if span.label_ == "CONTENT":
                xc.append(content_features(cue, span, context))
                yc.append(pair in linked_content)
            else:
                xs.append(source_features(cue, span, context))
                ys.append(pair in linked_source)
    return xc, yc, xs, ys


def _gold_links(doc: Doc, document: AnnotatedArticle) -> tuple[set, set]:
    """The (cue, content piece) and (cue, source) pairs one attribution holds, as token offsets."""
    contents, sources = set(), set()
    for attribution in document.attributions:
        parts = {role: [_key(part) for part in role_parts(doc, attribution, role)] for role in ("cue", "source", "content")}
        for cue in parts["cue"]:
            contents.update((cue, piece) for piece in parts["content"])
            sources.update((cue, source) for source in parts["source"])
    return contents, sources


def _key(span: DocSpan) -> tuple[int, int]:
    return span.start, span.end


def fit_logistic(x: numpy.ndarray, y: numpy.ndarray, l2: float = L2, steps: int = 30) -> numpy.ndarray:
    """Weights of a logistic regression with an L2 penalty (Newton's method; the first feature is the bias)."""
    w = numpy.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + numpy.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + l2 * numpy.eye(len(w))
        w -= numpy.linalg.solve(hessian, gradient)
    return w


def train_linker(articles: Iterable[tuple[Doc, AnnotatedArticle]]) -> Weights:
    """The linker's weights learned from (parsed Doc, its gold article) pairs: learn articles only."""
    rows: tuple[list, list, list, list] = ([], [], [], [])
    for doc, document in articles:
        for collected, part in zip(rows, link_examples(doc, document)):
            collected.extend(part)
    xc, yc, xs, ys = (numpy.array(r, dtype=float) for r in rows)
    if not len(yc) or not len(ys):
        raise DatasetError("no cue with a content piece and a source near it in the articles to learn from: "
                           "nothing to learn the links from; train on more articles (PolNeAR train has 840)")
    return Weights(content=fit_logistic(xc, yc), source=fit_logistic(xs, ys))
