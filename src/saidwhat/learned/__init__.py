"""The learned model: a span tagger trained on PolNeAR, and the linker that
makes statements of its spans.

``--model learned`` swaps it in for the quote rules; speakers, dates, store
and API stay the same. The trained weights ship in ``model/`` (see
docs/model-card.md); nothing is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan
from spacy.vocab import Vocab

from ..errors import ModelNotFoundError
from ..marks import MarkScan
from ..quotes import Found, find_statements
from ..quotes.spans import overlapping
from .features import token_features
from .link import Weights, link
from .tagger import load_tagger, tag

MODEL_DIR = Path(__file__).parent / "model"

Finder = Callable[[Doc, MarkScan], list[Found]]


@cache
def learned_finder(vocab: Vocab, path: Path = MODEL_DIR) -> Finder:
    """The learned statement finder for Docs of ``vocab``, loaded once per vocabulary.

    The tagger shares the Docs' vocabulary so that its labels are in their string store.
    """
    if not (path / "model.json").is_file():
        raise ModelNotFoundError(
            f"no trained model in {path}; train one with: saidwhat train polnear DIR --output {path}"
        )
    meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    tagger = _load(vocab, path, meta)
    weights = Weights.from_json(meta["linker"]) if "linker" in meta else None  # model folders before 2026-12-04's sixth session: the rules link

    def find(doc: Doc, scan: MarkScan) -> list[Found]:
        rules = find_statements(doc, scan)
        doc._.attribution_features = token_features(doc, scan, rules)  # the rules run once
        return with_rules(link(doc, [_without_of(s) for s in tagger([doc])[0]], scan, weights), rules)

    return find


def _without_of(span: DocSpan) -> DocSpan:
    """"said" in "said of the plan": PolNeAR train marks the cue "said" or "says" alone for
    about 50 of the 68 times its texts write "said/says/stated of"; the tagger takes the "of" in."""
    if span.label_ == "CUE" and len(span) >= 2 and span[-1].lower_ == "of" and span[-2].lemma_.lower() in ("say", "state"):
        return DocSpan(span.doc, span.start, span.end - 1, label=span.label)
    return span


def _load(vocab: Vocab, path: Path, meta: dict) -> Callable[[list[Doc]], list[list[DocSpan]]]:
    """The span tagger of a model folder: MiniLM on ONNX, or the spaCy recognizer."""
    if meta.get("backbone") == "minilm":
        from .onnx_tagger import OnnxTagger

        return OnnxTagger(path)
    tagger = load_tagger(spacy.blank("en", vocab=vocab), path)
    return lambda docs: tag(tagger, docs)


def with_rules(learned: list[Found], rules: list[Found]) -> list[Found]:
    """The tagger's statements and the rules', merged.

    A quotation the rules attach to a cue and its subject (confidence 0.9 in
    ``quotes/direct.py``) is their strongest case, and the tagger's weakest:
    it drops pieces of split and multi-paragraph quotes and links a stray
    paragraph to the next cue. There the rules' statement replaces the
    tagger's overlapping ones, keeping the tagger's cue and speaker mention
    where they overlap the rules': the tagger learned PolNeAR's bounds
    ("said recently" where the rules have "said", "Sanders aide Jeff Weaver"
    where they have "Jeff Weaver"). Every other rule statement is added where
    the tagger found nothing overlapping.
    """
    attached = [f for f in rules if f.kind == "direct" and f.confidence >= 0.9]
    quoted = []
    for found in attached:
        mates = [f for f in learned if overlapping(f.content, found.content)]
        cue = next((m.cue for m in mates if m.cue and found.cue and overlapping((m.cue,), (found.cue,))), found.cue)
        speaker = next((m for m in mates if m.mention and found.mention and overlapping((m.mention,), (found.mention,))), found)
        quoted.append(replace(found, cue=cue, mention=speaker.mention, source_token=speaker.source_token))
    kept = [f for f in learned if not any(overlapping(f.content, q.content) for q in quoted)] + quoted
    extra = [f for f in rules if f not in attached and not any(overlapping(f.content, k.content) for k in kept)]
    return sorted(kept + extra, key=lambda f: f.content[0].start)
