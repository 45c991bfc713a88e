"""Word pieces for the transformer tagger: a Doc's tokens as model input, in windows.

MiniLM reads at most 512 word pieces; a news article is often longer
(PolNeAR train: median 750, mean 970, longest 7,236). Each article is cut into overlapping windows, and each token is
predicted by the window that sees it with ``MARGIN`` pieces of context or
more on both sides (a quotation's opening mark is often far back). Training
and inference cut the same way, so a token is learned as it is read.

A token is represented by its first word piece; spaCy's features for it
(``token_inputs``) ride on that piece. Pure numpy and ``tokenizers``: no torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:  # the GPU trainer imports this module without spaCy
    from spacy.tokens import Doc

WINDOW = 510  # pieces, plus [CLS] and [SEP]
MARGIN = 64  # context each side of the pieces a window predicts
CLS, SEP, PAD = 101, 102, 0  # MiniLM's vocabulary
LABELS = ("SOURCE", "CUE", "CONTENT")
TAGS = ("O",) + tuple(f"{p}-{label}" for label in LABELS for p in ("B", "I"))  # 0 is O, 1 + 2k B, 2 + 2k I


@dataclass(slots=True)
class Encoded:
    """One Doc as word pieces; per-piece arrays line up with ``ids``."""

    ids: numpy.ndarray  # int64 piece ids, no [CLS]/[SEP]
    token: numpy.ndarray  # int64: the token a piece starts, else -1
    first: numpy.ndarray  # int64 per token: its first piece, else -1 (white space has none)
    feats: numpy.ndarray  # float32 (pieces x features), zero but on first pieces
    dep: numpy.ndarray  # int64 dependency label index per piece (0: none)
    tag: numpy.ndarray  # int64 fine tag index per piece (0: none)


def load_tokenizer(path: Path):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()  # windows are cut here, not by the tokenizer
    tokenizer.no_padding()
    return tokenizer


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """Whether each token opens a sentence: spans are cut there, as the linker expects."""
    return numpy.array([t.is_sent_start or t.i == 0 for t in doc], dtype=bool)


def token_inputs(doc: Doc, features: numpy.ndarray) -> numpy.ndarray:
    """The rules' features plus case, which an uncased MiniLM cannot see."""
    case = numpy.array([[t.is_title, t.is_upper and len(t) > 1] for t in doc], dtype="float32").reshape(len(doc), 2)
    return numpy.concatenate([features, case], axis=1)


def encode(tokenizer, doc: Doc, features: numpy.ndarray, deps: dict[str, int], tags: dict[str, int]) -> Encoded:
    """``doc`` as word pieces, with ``features`` (tokens x n, see ``token_inputs``) on first pieces."""
    words = [t.text for t in doc]
    enc = tokenizer.encode(words, is_pretokenized=True, add_special_tokens=False) if words else None
    ids = numpy.array(enc.ids if enc else [], dtype="int64")
    word_ids = enc.word_ids if enc else []
    token = numpy.full(len(ids), -1, dtype="int64")
    first = numpy.full(len(doc), -1, dtype="int64")
    for p, w in enumerate(word_ids):
        if w is not None and first[w] < 0:
            first[w] = p
            token[p] = w
    has = first >= 0
    feats = numpy.zeros((len(ids), features.shape[1]), dtype="float32")
    feats[first[has]] = features[has]
    dep = numpy.zeros(len(ids), dtype="int64")
    tag = numpy.zeros(len(ids), dtype="int64")
    for t in doc:
        if first[t.i] >= 0:
            dep[first[t.i]] = deps.get(t.dep_, 0)
            tag[first[t.i]] = tags.get(t.tag_, 0)
    return Encoded(ids, token, first, feats, dep, tag)


def windows(n: int) -> list[tuple[int, int, int, int]]:
    """(start, end, own_start, own_end) piece windows over ``n`` pieces.

    As few windows as give every piece ``MARGIN`` of context, all of one
    size, overlapping by ``2 * MARGIN`` or more; the owned stretches tile
    0..n exactly. Equal windows rather than full ones: 600 pieces are read as
    two windows of 364, not two of 510 (the tagger's time is in the pieces
    it reads, and attention's in their square).
    """
    if n <= WINDOW:
        return [(0, n, 0, n)]
    k = -(-(n - 2 * MARGIN) // (WINDOW - 2 * MARGIN))  # the first and last window need context on one side only
    size = -(-(n + (k - 1) * 2 * MARGIN) // k)
    starts = [j * (n - size) // (k - 1) for j in range(k)]
    cuts = [0] + [(following + start + size) // 2 for start, following in zip(starts, starts[1:])] + [n]
    return [(start, start + size, cuts[j], cuts[j + 1]) for j, start in enumerate(starts)]


def batch(items: list[tuple[Encoded, tuple[int, int, int, int]]]) -> dict[str, numpy.ndarray]:
    """Model inputs for windows of encoded Docs, padded to the longest, with [CLS] and [SEP]."""
    length = max(end - start for _, (start, end, _, _) in items) + 2
    n, width = len(items), items[0][0].feats.shape[1]
    out = {
        "ids": numpy.full((n, length), PAD, dtype="int64"),
        "mask": numpy.zeros((n, length), dtype="int64"),
        "feats": numpy.zeros((n, length, width), dtype="float32"),
        "dep": numpy.zeros((n, length), dtype="int64"),
        "tag": numpy.zeros((n, length), dtype="int64"),
    }
    for row, (enc, (start, end, _, _)) in enumerate(items):
        size = end - start
        out["ids"][row, 0] = CLS
        out["ids"][row, 1 : size + 1] = enc.ids[start:end]
        out["ids"][row, size + 1] = SEP
        out["mask"][row, : size + 2] = 1
        out["feats"][row, 1 : size + 1] = enc.feats[start:end]
        out["dep"][row, 1 : size + 1] = enc.dep[start:end]
        out["tag"][row, 1 : size + 1] = enc.tag[start:end]
    return out


def owned_tokens(enc: Encoded, window: tuple[int, int, int, int]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(tokens, their rows in the window's output) for the tokens this window predicts."""
    start, _, own_start, own_end = window
    pieces = numpy.arange(own_start, own_end)
    pieces = pieces[enc.token[own_start:own_end] >= 0]
    return enc.token[pieces], pieces - start + 1  # +1: [CLS]


def read(run, enc: Encoded, n_tokens: int, per_run: int = 8) -> numpy.ndarray:  # noqa: ANN001
    """(tokens x TAGS) log-probabilities of a Doc's tokens, NaN rows for white space.

    ``run`` maps ``batch`` inputs to (windows x pieces x TAGS) scores: the ONNX
    session at run time, the torch model in training.
    """
    if not len(enc.ids):
        return numpy.full((n_tokens, len(TAGS)), numpy.nan, dtype="float32")
    spans = windows(len(enc.ids))
    scores = []
    for i in range(0, len(spans), per_run):
        chunk = spans[i : i + per_run]
        out = run(batch([(enc, w) for w in chunk]))
        scores.extend(out[k, : w[1] - w[0] + 2] for k, w in enumerate(chunk))
    return token_scores(enc, scores, n_tokens)


def token_scores(enc: Encoded, logits_by_window: list[numpy.ndarray], n_tokens: int) -> numpy.ndarray:
    """(tokens x TAGS) log-probabilities from each window's scores; NaN rows for tokens with no piece."""
    out = numpy.full((n_tokens, len(TAGS)), numpy.nan, dtype="float32")
    for window, logits in zip(windows(len(enc.ids)), logits_by_window):
        tokens, rows = owned_tokens(enc, window)
        scores = logits[rows] - logits[rows].max(-1, keepdims=True)
        out[tokens] = scores - numpy.log(numpy.exp(scores).sum(-1, keepdims=True))
    return out


TRANSITION_WEIGHT = 0.25  # of the tag-transition prior; 0.2 to 0.3 score alike on held-out train (docs/model-card.md)


def transition_log_probs(articles) -> numpy.ndarray:  # noqa: ANN001 - (gold tags, sentence starts) pairs
    """log P(tag | previous tag) within sentences, counted on gold tags (add one): how spans go on and end."""
    counts = numpy.ones((len(TAGS), len(TAGS)))
    for gold, starts in articles:
        previous, following = gold[:-1], gold[1:]
        keep = (previous >= 0) & (following >= 0) & ~numpy.asarray(starts[1:], dtype=bool)
        numpy.add.at(counts, (previous[keep], following[keep]), 1)
    return numpy.log(counts / counts.sum(1, keepdims=True))


def best_tags(scores: numpy.ndarray, sentence_starts: numpy.ndarray, transitions: numpy.ndarray | None = None) -> numpy.ndarray:
    """The most probable tag sequence in which every I- goes on from its own B- or I- (Viterbi).

    Taking each token's best tag alone breaks spans ("A furious Rusedski
    [slammed] his racket" as one content with a hole); here an I- tag may only
    follow a tag of its label, and none opens a sentence. ``transitions``
    (tags x tags, added to each step's score) is a prior on the tag that
    follows another: the tagger scores each token alone, and the prior
    (``TRANSITION_WEIGHT`` times ``transition_log_probs``) lets a span go on
    where the tagger hesitates. Tokens with no piece (NaN rows) are passed
    over and get -1.
    """
    tokens = numpy.flatnonzero(~numpy.isnan(scores[:, 0]))
    out = numpy.full(len(scores), -1, dtype="int64")
    if not len(tokens):
        return out
    n = len(TAGS)
    inside = numpy.array([t > 0 and t % 2 == 0 for t in range(n)])
    allowed = numpy.ones((n, n), dtype=bool)  # allowed[previous, next]
    for t in range(1, n, 2):  # B-X is t, I-X is t + 1
        allowed[:, t + 1] = False
        allowed[t, t + 1] = allowed[t + 1, t + 1] = True
    penalty = numpy.where(allowed, 0.0 if transitions is None else transitions, -numpy.inf)
    best = numpy.where(inside, -numpy.inf, scores[tokens[0]])
    back = numpy.zeros((len(tokens), n), dtype="int64")
    for k in range(1, len(tokens)):
        i = tokens[k]
        step = best[:, None] + penalty
        if sentence_starts[i] or any(sentence_starts[tokens[k - 1] + 1 : i + 1]):
            step[:, inside] = -numpy.inf
        back[k] = step.argmax(0)
        best = step.max(0) + scores[i]
    tag = int(best.argmax())
    for k in range(len(tokens) - 1, -1, -1):
        out[tokens[k]] = tag
        tag = int(back[k, tag])
    return out


def decode(tags: numpy.ndarray, sentence_starts: numpy.ndarray) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from BIO tag indices, cut at sentence starts.

    A token with no tag (white space, -1) carries the span over it when the
    next token goes on with it; an I- tag with nothing to go on from starts a span.
    """
    spans: list[tuple[int, int, str]] = []
    current: list | None = None  # [start, end, label]
    for i, t in enumerate(tags):
        if t < 0:
            ahead = tags[i + 1] if i + 1 < len(tags) else 0
            if current and ahead > 0 and ahead % 2 == 0 and LABELS[(ahead - 1) // 2] == current[2] and not sentence_starts[i + 1]:
                continue
            current = _close(current, spans)
            continue
        label = LABELS[(t - 1) // 2] if t else None
        inside = t > 0 and t % 2 == 0
        if current and inside and label == current[2] and not sentence_starts[i]:
            current[1] = i + 1
            continue
        current = _close(current, spans)
        if label:
            current = [i, i + 1, label]
    _close(current, spans)
    return spans


def _close(current, spans):
    if current:
        spans.append(tuple(current))
    return None


def span_f1(articles) -> dict[str, float]:  # noqa: ANN001 - pairs of span sets
    """Exact span F1 per label, and their mean, over (gold, guessed) sets of (start, end, label)."""
    counts = {label: [0, 0, 0] for label in LABELS}  # true positives, guessed, gold
    for gold, guess in articles:
        for label, c in counts.items():
            g, p = {s for s in gold if s[2] == label}, {s for s in guess if s[2] == label}
            c[0], c[1], c[2] = c[0] + len(g & p), c[1] + len(p), c[2] + len(g)
    scores = {}
    for label, (tp, n_guess, n_gold) in counts.items():
        p, r = tp / max(n_guess, 1), tp / max(n_gold, 1)
        scores[label.lower()] = round(2 * p * r / max(p + r, 1e-9), 4)
    scores["mean"] = round(sum(scores.values()) / len(LABELS), 4)
    return scores
