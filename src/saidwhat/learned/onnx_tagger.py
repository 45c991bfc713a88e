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

from .pieces import best_tags, decode, encode, load_tokenizer, read, sentence_starts, token_inputs


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
        prior = meta.get("transitions")  # absent in model folders written before 2026-12-04's fifth session
        self.transitions = prior["weight"] * numpy.array(prior["log_probs"]) if prior else None

    def scores(self, inputs: dict[str, numpy.ndarray]) -> numpy.ndarray:
        return self.session.run(["scores"], inputs)[0]

    def token_scores(self, doc: Doc, features: numpy.ndarray) -> numpy.ndarray:
        """(tokens x ``pieces.TAGS``) log-probabilities; NaN rows for white space."""
        return read(self.scores, encode(self.tokenizer, doc, token_inputs(doc, features), self.deps, self.tags), len(doc))

    def __call__(self, docs: list[Doc]) -> list[list[DocSpan]]:
        """The spans of each Doc, whose ``_.attribution_features`` must be set."""
        result = []
        for doc in docs:
            if not len(doc):
                result.append([])
                continue
            starts = sentence_starts(doc)
            spans = decode(best_tags(self.token_scores(doc, doc._.attribution_features), starts, self.transitions), starts)
            result.append([DocSpan(doc, start, end, label=label) for start, end, label in spans])
        return result
