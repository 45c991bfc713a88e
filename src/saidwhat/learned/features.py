"""Token features for the learned attribution taggers (MiniLM and the spaCy CNN).

Whether a token lies inside a quotation that opened two sentences ago,
whether it hangs under a reporting verb, and what the rules already found
are beyond a four-token convolution window, and not in MiniLM's word pieces,
which lose the paragraph breaks and the parse; so they come in as extra
input columns, one row per token.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc

from ..marks import MarkScan, find_quotations
from ..nlp import after_line_break, text_of
from ..quotes import Found, find_statements
from ..resources import lexicon

FEATURES = (
    "in_quote",  # inside the marks of a quotation
    "opens_quote",
    "closes_quote",
    "cue_word",  # a reporting verb's lemma
    "under_cue",  # the token's head is a reporting verb
    "subject_of_cue",  # nsubj of a reporting verb
    "rule_content",  # inside content the rules found
    "rule_cue",
    "rule_source",  # inside the speaker mention the rules found
    "paragraph_start",
    "sentence_start",
    "quote_in_sentence",
    "cue_in_sentence",
)
SUBJECTS = ("nsubj", "nsubjpass")


def token_features(doc: Doc, scan: MarkScan | None = None, found: list[Found] | None = None) -> numpy.ndarray:
    """A (tokens x FEATURES) float32 matrix of 0/1 features for ``doc``.

    ``scan`` and ``found`` are the quotations and the rules' statements when the
    caller has them already; otherwise they are found here.
    """
    verbs = lexicon("reporting_verbs.txt")
    column = {name: i for i, name in enumerate(FEATURES)}
    out = numpy.zeros((len(doc), len(FEATURES)), dtype="float32")
    scan = scan or find_quotations(text_of(doc))
    found = find_statements(doc, scan) if found is None else found
    chars = _char_marks(len(text_of(doc)), scan, found)
    for token in doc:
        row = out[token.i]
        row[column["in_quote"]] = chars["in_quote"][token.idx]
        row[column["opens_quote"]] = chars["opens"][token.idx]
        row[column["closes_quote"]] = chars["closes"][token.idx]
        row[column["rule_content"]] = chars["content"][token.idx]
        row[column["rule_cue"]] = chars["cue"][token.idx]
        row[column["rule_source"]] = chars["source"][token.idx]
        cue_word = token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs
        row[column["cue_word"]] = cue_word
        row[column["under_cue"]] = token.head.lemma_.lower() in verbs and token.head is not token
        row[column["subject_of_cue"]] = token.dep_ in SUBJECTS and token.head.lemma_.lower() in verbs
        row[column["paragraph_start"]] = token.i == 0 or after_line_break(token)
        row[column["sentence_start"]] = token.is_sent_start or token.i == 0
    for sent in doc.sents:
        rows = out[sent.start : sent.end]
        rows[:, column["quote_in_sentence"]] = rows[:, column["opens_quote"]].any() or rows[:, column["closes_quote"]].any()
        rows[:, column["cue_in_sentence"]] = rows[:, column["cue_word"]].any()
    return out


def _char_marks(length: int, scan: MarkScan, found: list[Found]) -> dict[str, numpy.ndarray]:
    """Per-character 0/1 arrays: quotation insides and marks, and the rules' spans."""
    marks = {name: numpy.zeros(length + 1, dtype="float32") for name in ("in_quote", "opens", "closes", "content", "cue", "source")}
    for q in scan.quotations:
        marks["opens"][q.start] = 1
        if q.closed:
            marks["closes"][q.end - 1] = 1
        for piece in q.pieces:
            marks["in_quote"][piece.start : piece.end] = 1
    for f in found:
        for piece in f.content:
            marks["content"][piece.start : piece.end] = 1
        if f.cue is not None:
            marks["cue"][f.cue.start : f.cue.end] = 1
        if f.mention is not None:
            marks["source"][f.mention.start : f.mention.end] = 1
    return marks
