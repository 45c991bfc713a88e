"""The spaCy backbone's span tagger (``--backbone spacy``): an entity recognizer over SOURCE, CUE and CONTENT.

Shipped until 2026-12-04, when the MiniLM tagger (``onnx_tagger``) replaced it;
a model folder trained with it still loads with ``--model FOLDER``.

PolNeAR's spans do not nest (2 overlaps in 20,000 attributions), so one
BILUO tagger covers all three roles. It is kept out of the spaCy pipeline
proper: it writes ``doc.ents``, which the speaker stage needs to keep
en_core_web_sm's people and organisations, so ``tag`` swaps them out and back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from . import architecture  # noqa: F401 - registers saidwhat.AttributionTok2Vec.v1

NAME = "saidwhat_attribution"
SETTINGS = {"width": 128, "depth": 6, "window_size": 1, "hidden_width": 128}  # the last shipped CNN tagger's


def component_config(settings: dict[str, int]) -> dict[str, Any]:
    """The ``ner`` factory config for a tagger of these sizes."""
    return {
        "model": {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": settings["hidden_width"],
            "maxout_pieces": 2,
            "use_upper": True,
            "nO": None,
            "tok2vec": {
                "@architectures": "saidwhat.AttributionTok2Vec.v1",
                "width": settings["width"],
                "depth": settings["depth"],
                "window_size": settings["window_size"],
            },
        },
    }


def create_tagger(nlp: Language, settings: dict[str, int] | None = None) -> EntityRecognizer:
    """A new, untrained tagger (not added to ``nlp``'s pipeline)."""
    return nlp.create_pipe("ner", name=NAME, config=component_config(settings or SETTINGS))


def save_tagger(tagger: EntityRecognizer, path: Path, settings: dict[str, int], meta: dict[str, Any]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    tagger.to_disk(path / "tagger", exclude=["vocab"])  # labels live in "moves"; the vocab is the Docs' own
    (path / "model.json").write_text(json.dumps({"settings": settings, **meta}, indent=2) + "\n", encoding="utf-8")


def load_tagger(nlp: Language, path: Path) -> EntityRecognizer:
    settings = json.loads((path / "model.json").read_text(encoding="utf-8"))["settings"]
    return create_tagger(nlp, settings).from_disk(path / "tagger", exclude=["vocab"])


def tag(tagger: EntityRecognizer, docs: list[Doc]) -> list[list[DocSpan]]:
    """The tagger's SOURCE, CUE and CONTENT spans for each Doc; its entities untouched."""
    saved = [list(doc.ents) for doc in docs]
    for doc in docs:
        unset_entities(doc)
    spans = [list(doc.ents) for doc in tagger.pipe(docs)]
    for doc, ents in zip(docs, saved):
        doc.set_ents(ents, default="outside")
    return spans


def unset_entities(doc: Doc) -> None:
    """Leave every token's entity unknown, for the tagger to decide.

    "missing", not "outside": the recognizer keeps preset O tokens as they are,
    and en_core_web_sm's entities would otherwise fence its spans in.
    """
    doc.set_ents([], default="missing")
