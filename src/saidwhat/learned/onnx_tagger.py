"""The transformer tagger at run time: the exported ONNX file on onnxruntime, no torch.

One thread per tagger: saidwhat scales over articles with worker processes
(``ingest -w``), and a second thread per process would only contend with them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from .pieces import TAGS, batch, best_tags, decode, encode, load_tokenizer, token_inputs, token_scores, windows

BATCH = 8  # windows per run


class OnnxTagger:
    """SOURCE, CUE and CONTENT spans from a model folder written by ``train_minilm.export``."""

    def __init__(self, path: Path) -> None:
        import onnxruntime

        meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(path / meta["onnx"]["file"]), options, providers=["CPUExecutionProvider"])
        self.tokenizer = load_tokenizer(path / "tokenizer.json")
        self.deps = {label: i + 1 for i, label in enumerate(meta["deps"])}
        self.tags = {label: i + 1 for i, label in enumerate(meta["tags"])}

    def scores(self, inputs: dict[str, numpy.ndarray]) -> numpy.ndarray:
        return self.session.run(["scores"], inputs)[0]

    def token_scores(self, doc: Doc, features: numpy.ndarray) -> numpy.ndarray:
        """(tokens x ``pieces.TAGS``) log-probabilities; NaN rows for white space."""
        enc = encode(self.tokenizer, doc, token_inputs(doc, features), self.deps, self.tags)
        if not len(enc.ids):
            return numpy.full((len(doc), len(TAGS)), numpy.nan, dtype="float32")
        spans = windows(len(enc.ids))
        out = []
        for i in range(0, len(spans), BATCH):
            chunk = spans[i : i + BATCH]
            scores = self.scores(batch([(enc, w) for w in chunk]))
            out.extend(scores[k, : w[1] - w[0] + 2] for k, w in enumerate(chunk))
        return token_scores(enc, out, len(doc))

    def __call__(self, docs: list[Doc]) -> list[list[DocSpan]]:
        """The spans of each Doc, whose ``_.attribution_features`` must be set."""
        result = []
        for doc in docs:
            if not len(doc):
                result.append([])
                continue
            starts = numpy.array([t.is_sent_start or t.i == 0 for t in doc], dtype=bool)
            spans = decode(best_tags(self.token_scores(doc, doc._.attribution_features), starts), starts)
            result.append([DocSpan(doc, start, end, label=label) for start, end, label in spans])
        return result
