"""The learned model's linker alone: given the gold spans of PolNeAR's held-out train articles.

``saidwhat evaluate`` scores the whole learned model, whose errors are mostly
the tagger's. This gives the linker (``learned/link.py``) the gold source, cue
and content spans of every tenth train article (the held-out tenth of
``train.split``, never dev), as the tagger would make them (``train.gold_spans``),
and scores the statements it links with ``saidwhat evaluate``'s attribution
matching, once with the hand-set scores and once with a model folder's learned
weights:

    python scripts/link_gold_spans.py ../shared/datasets/polnear/train            # the shipped model's linker
    python scripts/link_gold_spans.py ../shared/datasets/polnear/train my-model   # another folder's
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from saidwhat.clean import clean
from saidwhat.evaluate.geometry import index_text
from saidwhat.evaluate.metrics import (
    EMPTY_LINKS,
    Attribution,
    drop_in_regions,
    score_links,
)
from saidwhat.evaluate.polnear import read_polnear
from saidwhat.learned import MODEL_DIR
from saidwhat.learned.link import Weights, link
from saidwhat.learned.train import gold_spans, split
from saidwhat.marks import find_quotations
from saidwhat.nlp import load_nlp


def main(train: str, model: str | None = None) -> None:
    meta = json.loads((Path(model or MODEL_DIR) / "model.json").read_text(encoding="utf-8"))
    linkers = {"hand-set": None, "learned": Weights.from_json(meta["linker"])}
    _, held = split(read_polnear(train))
    totals = dict.fromkeys(linkers, EMPTY_LINKS)
    for document, doc in zip(held, load_nlp().pipe((clean(d.article.text)[0] for d in held), batch_size=16)):
        spans = [doc.char_span(start, end, label=label) for start, end, label in gold_spans(doc, document)]
        index = index_text(document.article.text)
        scan = find_quotations(doc.text)
        for name, weights in linkers.items():
            found = [Attribution(id=f"p{i}", content=f.content, cue=(f.cue,) if f.cue else (), source=(f.mention,) if f.mention else ())
                     for i, f in enumerate(link(doc, spans, scan, weights))]
            kept, _ = drop_in_regions(found, document.ignored, index)
            totals[name] = totals[name] + score_links(document.article.id, document.attributions, kept, index)
    print(f"{len(held)} held-out articles, the linker given their gold spans: linked attribution F1")
    for name, total in totals.items():
        print(f"{name:9s}", {mode: tally.scores()["f1"] for mode, tally in total.attributions.items()})


if __name__ == "__main__":
    main(*sys.argv[1:])
