"""Training the span tagger on PolNeAR train: reproducible, logged, never on dev.

Every tenth training article (by name: the 10th, 20th, ...) is held out to
choose the epoch, so that the held-out articles come from every outlet (the
names start with the outlet, and the last tenth would be one outlet alone);
dev stays untouched for ``saidwhat evaluate``. Each epoch writes one
JSON line to ``train-log.jsonl`` in the output folder.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import fix_random_seed, minibatch
from thinc.api import Adam

from ..clean import clean
from ..evaluate.metrics import Attribution
from ..evaluate.polnear import AnnotatedArticle, read_polnear
from .features import token_features
from .pieces import span_f1
from .tagger import SETTINGS, create_tagger, save_tagger, tag, unset_entities

ROLE_LABELS = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}
T = TypeVar("T")


def gold_spans(doc: Doc, document: AnnotatedArticle) -> list[tuple[int, int, str]]:
    """The article's spans as the tagger makes them: (start_char, end_char, label), in text order.

    A span is widened to whole tokens, cut at sentence ends (spaCy's
    recognizer keeps an entity within a sentence; ``link`` joins the pieces
    again) and trimmed of white space; the rare overlapping spans keep the
    first in text order.
    """
    spans = [(part.start_char, part.end_char, label) for attribution in document.attributions
             for role, label in ROLE_LABELS.items() for part in role_parts(doc, attribution, role)]
    kept, last_end = [], -1
    for start, end, label in sorted(set(spans)):
        if start >= last_end:
            kept.append((start, end, label))
            last_end = end
    return kept


def role_parts(doc: Doc, attribution: Attribution, role: str) -> list[DocSpan]:
    """One role's pieces widened to whole tokens and cut at sentence ends (``sentence_parts``)."""
    spans = (doc.char_span(piece.start, piece.end, alignment_mode="expand") for piece in attribution.role(role))
    return [part for span in spans if span is not None for part in sentence_parts(span)]


def gold_tags(doc: Doc, document: AnnotatedArticle) -> list[str]:
    """BILUO tags for the article's spans (``gold_spans``) on ``doc``'s tokens; Discard regions missing ("-")."""
    kept = gold_spans(doc, document)
    ignored = {t.i for r in document.ignored for t in doc.char_span(r.start, r.end, alignment_mode="expand") or ()}
    # A span reaching into a Discard region is left unknown as a whole, not cut.
    kept = [k for k in kept if not any(t.i in ignored for t in doc.char_span(k[0], k[1]))]
    tags = offsets_to_biluo_tags(doc, kept)
    for i in ignored:
        tags[i] = "-"
    return tags


def sentence_parts(span):
    """The parts of ``span`` in each sentence, trimmed of white space."""
    doc, parts, start = span.doc, [], span.start
    for i in range(span.start + 1, span.end + 1):
        if i == span.end or doc[i].is_sent_start:
            part = _trim(doc[start:i])
            if part is not None:
                parts.append(part)
            start = i
    return parts


def _trim(span):
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end] if end > start else None


def parse(nlp: Language, documents: list[AnnotatedArticle], progress: Callable[[str], None]) -> list[Example]:
    """Parse each (cleaned) article once, with its features cached, as a training Example."""
    examples = []
    texts = (clean(d.article.text)[0] for d in documents)
    for i, (doc, document) in enumerate(zip(nlp.pipe(texts, batch_size=16), documents), start=1):
        doc._.attribution_features = token_features(doc)
        unset_entities(doc)
        examples.append(Example.from_dict(doc, {"entities": gold_tags(doc, document)}))
        if i % 100 == 0:
            progress(f"parsed {i}/{len(documents)} articles")
    return examples


def learn_links(examples: list[Example], documents: list[AnnotatedArticle]) -> dict[str, Any]:
    """The linker's weights (``train_link``) from the learn articles (``split``), as ``model.json`` keeps them.

    ``examples`` are the parses of ``documents`` (``parse``), in the same order.
    """
    from .train_link import train_linker

    if len(examples) != len(documents):
        raise ValueError(f"{len(examples)} parses for {len(documents)} articles: pass the parses of the same articles")
    return train_linker(zip((eg.predicted for eg in split(examples)[0]), split(documents)[0])).to_json()


def span_scores(tagger, examples: list[Example]) -> dict[str, Any]:
    """Exact-boundary span P/R/F1 per label of the tagger on held-out examples."""
    predicted = tag(tagger, [eg.predicted for eg in examples])
    return span_f1(
        ({(s.start, s.end, s.label_) for s in eg.reference.ents}, {(s.start, s.end, s.label_) for s in spans})
        for eg, spans in zip(examples, predicted)
    )


def log_epoch(log: TextIO, record: dict[str, Any], best: dict[str, Any], progress: Callable[[str], None]) -> dict[str, Any] | None:
    """Write an epoch's ``record`` to ``train-log.jsonl`` and say it; the new best (its held-out
    scores and epoch) where its held-out mean beats ``best``'s, else None.

    Both backbones' loops (here and ``train_minilm.fit``) keep their log and choose the epoch
    through this, so their logs read alike; the caller saves the model when a best comes back.
    """
    log.write(json.dumps(record) + "\n")
    log.flush()  # a long run's log can be followed while it trains
    scores = record["held_out_f1"]
    progress(f"epoch {record['epoch']}: loss {record['loss']}, held-out exact F1 {scores}")
    return {**scores, "epoch": record["epoch"]} if scores["mean"] > best["mean"] else None


def split(examples: list[T]) -> tuple[list[T], list[T]]:
    """(to learn, held out): every tenth example held out, and at least one; the same cut of articles and of their parses."""
    held = {i for i in range(len(examples)) if i % 10 == 9} or {len(examples) - 1}
    return [e for i, e in enumerate(examples) if i not in held], [examples[i] for i in sorted(held)]


def train(
    nlp: Language,
    directory: str | Path,
    output: str | Path,
    *,
    epochs: int = 12,
    seed: int = 0,
    limit: int | None = None,
    settings: dict[str, int] | None = None,
    progress: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
) -> dict[str, Any]:
    """Train on a PolNeAR split, keep the epoch best on the held-out tenth (``split``), save to ``output``."""
    fix_random_seed(seed)
    settings = {**SETTINGS, **(settings or {})}
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    documents = read_polnear(directory, limit=limit)
    started = time.monotonic()
    examples = parse(nlp, documents, progress)
    learn, held = split(examples)
    progress(f"parsed {len(examples)} articles in {time.monotonic() - started:.0f} s: {len(learn)} to learn, {len(held)} held out")
    linker = learn_links(examples, documents)
    tagger = create_tagger(nlp, settings)
    tagger.initialize(lambda: learn, nlp=nlp)
    optimizer = Adam(learn_rate=0.001, L2=1e-6, grad_clip=1.0)
    rng = random.Random(seed)
    best: dict[str, Any] = {"mean": -1.0}
    with (output / "train-log.jsonl").open("w", encoding="utf-8") as log:
        for epoch in range(1, epochs + 1):
            rng.shuffle(learn)
            losses: dict[str, float] = {}
            for batch in minibatch(learn, size=4):
                tagger.update(batch, sgd=optimizer, drop=0.1, losses=losses)
            scores = span_scores(tagger, held)
            seconds = round(time.monotonic() - started)
            record = {"epoch": epoch, "loss": round(float(losses.get(tagger.name, 0.0)), 1), "held_out_f1": scores, "seconds": seconds}
            if better := log_epoch(log, record, best, progress):
                best = better
                meta = {"data": str(directory), "articles": {"learn": len(learn), "held_out": len(held)}, "seed": seed, "epochs": epochs, "best": best,
                        "linker": linker}
                save_tagger(tagger, output, settings, meta)
    return best

