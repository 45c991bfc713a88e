"""Scoring predicted attributions against gold ones.

Two families of scores, both micro-averaged over a data set:

* span scores, one per role (source, cue, content), in the manner of the
  published PolNeAR baselines (CofeNet, COLING 2022): every role span is cut
  into contiguous pieces within one sentence and the gold and predicted pieces
  are compared as sets;
* linked scores: a predicted attribution counts only when its content, cue and
  source all match the same gold attribution (one-to-one).

Each comes in two strengths: ``exact`` (identical boundaries after edge
normalisation) and ``overlap`` (at least half of the words shared, both ways).
The definitions are spelled out in docs/evaluation.md; the functions here are
the single source of truth for them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..model import Span, Statement
from .geometry import TextIndex, pieces, sentence_of, words_in

Role = Literal["source", "cue", "content"]
ROLES: tuple[Role, ...] = ("source", "cue", "content")
MODES: tuple[str, ...] = ("exact", "overlap")

# --- records -----------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One source-cue-content triple, gold or predicted.

    Every role is a tuple of spans because PolNeAR spans may be discontinuous
    and a direct quote interrupted by its cue ("“We will,” he said, “win.”")
    has several content pieces. An absent role is the empty tuple.
    """

    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()

    def role(self, name: Role) -> tuple[Span, ...]:
        """The spans of one role by name."""
        return getattr(self, name)


def from_statement(statement: Statement, id: str, text: str | None = None) -> Attribution:
    """A statement as an attribution: source is the speaker's mention, not the resolved name; for
    several who spoke together, the words from the first one's mention to the last one's in the
    article's ``text`` ("Tesco, Asda and Morrisons"), as annotators mark a coordinated source."""
    source = statement.speaker.mention
    ends = [s.mention.end for s in statement.co_speakers if s.mention is not None]
    if source is not None and text is not None and ends and max(ends) > source.end:
        source = Span.of(text, source.start, max(ends))
    return Attribution(
        id=id,
        content=tuple(statement.content),
        cue=(statement.cue,) if statement.cue else (),
        source=(source,) if source else (),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Tally:
    """Matched, gold and predicted counts; adds up across articles."""

    tp: int = 0
    gold: int = 0
    predicted: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            tp=self.tp + other.tp,
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
        )

    def scores(self) -> dict[str, Any]:
        """Precision, recall and F1 (0.0 when undefined), with the counts behind them."""
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Accuracy:
    """Correct out of total; adds up across articles."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)

    def scores(self) -> dict[str, Any]:
        """The accuracy (None when nothing was scored), with its counts."""
        value = round(self.correct / self.total, 4) if self.total else None
        return {"accuracy": value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True, slots=True, kw_only=True)
class Matching:
    """A one-to-one matching: (gold, predicted) index pairs and what was left over."""

    pairs: tuple[tuple[int, int], ...]
    missed: tuple[int, ...]
    false: tuple[int, ...]

    def tally(self) -> Tally:
        """The counts of this matching."""
        return Tally(
            tp=len(self.pairs),
            gold=len(self.pairs) + len(self.missed),
            predicted=len(self.pairs) + len(self.false),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorCase:
    """One miss, false hit or wrong attribute, with its sentence, for error analysis."""

    article: str
    level: str  # "span", "attribution" or "statement"
    error: str  # "miss", "false_hit", "kind", "speaker" or "date"
    role: str | None = None
    overlap_matched: bool | None = None  # for exact-level errors: did it match under overlap?
    gold: Any = None
    predicted: Any = None
    sentence: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkScore:
    """Span scores per role and linked scores for one article or a whole data set."""

    spans: Mapping[tuple[Role, str], Tally]
    attributions: Mapping[str, Tally]
    errors: tuple[ErrorCase, ...] = ()

    def __add__(self, other: LinkScore) -> LinkScore:
        spans = {key: self.spans.get(key, Tally()) + other.spans.get(key, Tally()) for key in _span_keys()}
        links = {mode: self.attributions.get(mode, Tally()) + other.attributions.get(mode, Tally()) for mode in MODES}
        return LinkScore(spans=spans, attributions=links, errors=self.errors + other.errors)

    def to_dict(self) -> dict[str, Any]:
        """``spans`` and ``attributions`` as in the JSON result."""
        return {
            "spans": {
                role: {mode: self.spans.get((role, mode), Tally()).scores() for mode in MODES} for role in ROLES
            },
            "attributions": {mode: self.attributions.get(mode, Tally()).scores() for mode in MODES},
        }


def _span_keys() -> list[tuple[Role, str]]:
    return [(role, mode) for role in ROLES for mode in MODES]


EMPTY_LINKS = LinkScore(spans={}, attributions={})


# --- matching --------------------------------------------------------------------


def overlaps(gold: frozenset[int], predicted: frozenset[int]) -> bool:
    """Overlap match: the shared words are at least half of the gold's AND half of the prediction's."""
    shared = len(gold & predicted)
    return shared > 0 and 2 * shared >= len(gold) and 2 * shared >= len(predicted)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared words over all words; the tie-breaker when several matches are possible."""
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def match(n_gold: int, n_predicted: int, score: Callable[[int, int], float | None]) -> Matching:
    """Greedy one-to-one matching: best-scoring acceptable pairs first.

    ``score(g, p)`` is None when the pair may not match. Ties go to the
    earlier gold, then the earlier prediction, so results are reproducible.
    """
    candidates = []
    for g in range(n_gold):
        for p in range(n_predicted):
            value = score(g, p)
            if value is not None:
                candidates.append((-value, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return Matching(
        pairs=tuple(sorted(pairs)),
        missed=tuple(g for g in range(n_gold) if g not in used_gold),
        false=tuple(p for p in range(n_predicted) if p not in used_predicted),
    )


def match_pieces(gold: Sequence[Span], predicted: Sequence[Span], index: TextIndex, *, mode: str) -> Matching:
    """One-to-one matching of role pieces, exact (same offsets) or overlap (half the words both ways)."""
    gold_words = [words_in((span,), index) for span in gold]
    predicted_words = [words_in((span,), index) for span in predicted]

    def score(g: int, p: int) -> float | None:
        if mode == "exact":
            return 1.0 if gold[g] == predicted[p] else None
        if gold[g].start >= predicted[p].end or predicted[p].start >= gold[g].end:
            return None  # no shared character, no shared word: skip the set work
        if overlaps(gold_words[g], predicted_words[p]):
            return jaccard(gold_words[g], predicted_words[p])
        return None

    return match(len(gold), len(predicted), score)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """An attribution in canonical form: per role its pieces and the words they touch."""

    attribution: Attribution
    pieces: Mapping[Role, tuple[Span, ...]]
    words: Mapping[Role, frozenset[int]]


def prepare(attribution: Attribution, index: TextIndex) -> Prepared:
    """Cut and trim every role of an attribution once, for repeated comparison."""
    cut = {role: pieces(attribution.role(role), index) for role in ROLES}
    return Prepared(
        attribution=attribution,
        pieces=cut,
        words={role: words_in(cut[role], index) for role in ROLES},
    )


def role_matches(gold: Prepared, predicted: Prepared, role: Role, *, mode: str) -> bool:
    """Does one role match? An absent gold role matches only an absent predicted one.

    So a gold attribution without a source ("It is widely believed that ...")
    is matched only by a prediction that names no speaker mention either:
    inventing a source where the text gives none is an error.
    """
    g, p = gold.pieces[role], predicted.pieces[role]
    if not g or not p:
        return not g and not p
    if mode == "exact":
        return g == p
    return overlaps(gold.words[role], predicted.words[role])


def match_attributions(gold: Sequence[Prepared], predicted: Sequence[Prepared], *, mode: str) -> Matching:
    """One-to-one matching of attributions whose content, cue and source all match."""

    def score(g: int, p: int) -> float | None:
        if not gold[g].words["content"] & predicted[p].words["content"]:
            return None
        if all(role_matches(gold[g], predicted[p], role, mode=mode) for role in ROLES):
            return jaccard(gold[g].words["content"], predicted[p].words["content"])
        return None

    return match(len(gold), len(predicted), score)


def in_regions(attribution: Prepared, regions: frozenset[int]) -> bool:
    """Is at least half of the attribution's content inside ignored regions (PolNeAR ``Discard``)?"""
    words = attribution.words["content"]
    return bool(words) and 2 * len(words & regions) >= len(words)


# --- article scoring -----------------------------------------------------------------


def _span_dict(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def attribution_dict(attribution: Attribution) -> dict[str, Any]:
    """An attribution as JSON-ready data, with its spans as annotated or predicted."""
    return {
        "id": attribution.id,
        **{role: [_span_dict(span) for span in attribution.role(role)] for role in ROLES},
    }


def score_spans(
    article: str, gold: Sequence[Prepared], predicted: Sequence[Prepared], index: TextIndex
) -> tuple[dict[tuple[Role, str], Tally], list[ErrorCase]]:
    """Span scores per role and mode for one article, and the exact-level errors."""
    tallies: dict[tuple[Role, str], Tally] = {}
    errors: list[ErrorCase] = []
    for role in ROLES:
        # Sources are shared by several attributions ("he said X and added Y"): count each piece once.
        g = sorted({piece for item in gold for piece in item.pieces[role]}, key=lambda s: (s.start, s.end))
        p = sorted({piece for item in predicted for piece in item.pieces[role]}, key=lambda s: (s.start, s.end))
        exact = match_pieces(g, p, index, mode="exact")
        overlap = match_pieces(g, p, index, mode="overlap")
        tallies[(role, "exact")] = exact.tally()
        tallies[(role, "overlap")] = overlap.tally()
        loose_gold = {pair[0] for pair in overlap.pairs}
        loose_predicted = {pair[1] for pair in overlap.pairs}
        for i in exact.missed:
            errors.append(_span_error(article, role, "miss", g[i], i in loose_gold, index))
        for i in exact.false:
            errors.append(_span_error(article, role, "false_hit", p[i], i in loose_predicted, index))
    return tallies, errors


def _span_error(article: str, role: Role, error: str, span: Span, loose: bool, index: TextIndex) -> ErrorCase:
    side = "gold" if error == "miss" else "predicted"
    return ErrorCase(
        article=article,
        level="span",
        error=error,
        role=role,
        overlap_matched=loose,
        sentence=sentence_of((span,), index),
        **{side: _span_dict(span)},
    )


def score_links(
    article: str, gold: Sequence[Attribution], predicted: Sequence[Attribution], index: TextIndex
) -> LinkScore:
    """Span and linked scores of one article, with every exact-level miss and false hit."""
    g = [prepare(item, index) for item in gold]
    p = [prepare(item, index) for item in predicted]
    spans, errors = score_spans(article, g, p, index)
    exact = match_attributions(g, p, mode="exact")
    overlap = match_attributions(g, p, mode="overlap")
    loose_gold = {pair[0] for pair in overlap.pairs}
    loose_predicted = {pair[1] for pair in overlap.pairs}
    for i in exact.missed:
        errors.append(_link_error(article, "miss", gold[i], i in loose_gold, index))
    for i in exact.false:
        errors.append(_link_error(article, "false_hit", predicted[i], i in loose_predicted, index))
    return LinkScore(
        spans=spans,
        attributions={"exact": exact.tally(), "overlap": overlap.tally()},
        errors=tuple(errors),
    )


def _link_error(article: str, error: str, item: Attribution, loose: bool, index: TextIndex) -> ErrorCase:
    side = "gold" if error == "miss" else "predicted"
    every = [*item.content, *item.cue, *item.source]
    return ErrorCase(
        article=article,
        level="attribution",
        error=error,
        overlap_matched=loose,
        sentence=sentence_of(every, index),
        **{side: attribution_dict(item)},
    )


def drop_in_regions(
    predicted: Sequence[Attribution], regions: Sequence[Span], index: TextIndex
) -> tuple[list[Attribution], int]:
    """Predictions outside ignored regions, and how many were dropped.

    PolNeAR's ``Discard`` marks boilerplate the annotators skipped ("Follow
    Pam Key on Twitter", editor's notes); what we find there can be neither
    right nor wrong.
    """
    if not regions:
        return list(predicted), 0
    ignored = words_in(regions, index)
    kept = [item for item in predicted if not in_regions(prepare(item, index), ignored)]
    return kept, len(predicted) - len(kept)


# --- statement scoring (our own gold) ----------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementScore:
    """Detection, and the attributes of detected statements, for one article or a data set."""

    detection: Tally = Tally()
    kind: Accuracy = Accuracy()
    speaker: Accuracy = Accuracy()
    date: Accuracy = Accuracy()
    errors: tuple[ErrorCase, ...] = ()

    def __add__(self, other: StatementScore) -> StatementScore:
        return StatementScore(
            detection=self.detection + other.detection,
            kind=self.kind + other.kind,
            speaker=self.speaker + other.speaker,
            date=self.date + other.date,
            errors=self.errors + other.errors,
        )

    def to_dict(self) -> dict[str, Any]:
        """``statements``, ``kind``, ``speaker`` and ``date`` as in the JSON result."""
        return {
            "statements": self.detection.scores(),
            "kind": self.kind.scores(),
            "speaker": self.speaker.scores(),
            "date": self.date.scores(),
        }


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Canonical names equal, ignoring case and surrounding space; two unknowns agree."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return gold.strip().casefold() == predicted.strip().casefold()


def statement_dict(statement: Statement) -> dict[str, Any]:
    """A statement as JSON-ready data for an error record."""
    return {
        "kind": statement.kind,
        "speaker": statement.speaker.name,
        "speaker_type": statement.speaker.type,
        "mention": _span_dict(statement.speaker.mention) if statement.speaker.mention else None,
        "cue": _span_dict(statement.cue) if statement.cue else None,
        "content": [_span_dict(span) for span in statement.content],
        "when": statement.when.value,
    }


def match_statements(gold: Sequence[Statement], predicted: Sequence[Statement], index: TextIndex) -> Matching:
    """One-to-one matching of statements by content overlap alone (half the words both ways)."""
    g = [words_in(pieces(item.content, index), index) for item in gold]
    p = [words_in(pieces(item.content, index), index) for item in predicted]

    def score(i: int, j: int) -> float | None:
        return jaccard(g[i], p[j]) if overlaps(g[i], p[j]) else None

    return match(len(gold), len(predicted), score)


def score_statements(
    article: str, gold: Sequence[Statement], predicted: Sequence[Statement], index: TextIndex
) -> StatementScore:
    """Statement detection and kind, speaker and date accuracy on the detected ones."""
    matching = match_statements(gold, predicted, index)
    kind, speaker, date = Accuracy(), Accuracy(), Accuracy()
    errors: list[ErrorCase] = []
    for g, p in matching.pairs:
        gs, ps = gold[g], predicted[p]
        checks = [
            ("kind", gs.kind == ps.kind),
            ("speaker", same_speaker(gs.speaker.name, ps.speaker.name)),
        ]
        kind += Accuracy(correct=int(checks[0][1]), total=1)
        speaker += Accuracy(correct=int(checks[1][1]), total=1)
        if gs.when.value is not None:  # a date only counts where the gold gives one
            checks.append(("date", gs.when.value == ps.when.value))
            date += Accuracy(correct=int(checks[2][1]), total=1)
        errors += [_statement_error(article, name, gs, ps, index) for name, ok in checks if not ok]
    errors += [_statement_error(article, "miss", gold[g], None, index) for g in matching.missed]
    errors += [_statement_error(article, "false_hit", None, predicted[p], index) for p in matching.false]
    return StatementScore(detection=matching.tally(), kind=kind, speaker=speaker, date=date, errors=tuple(errors))


def _statement_error(
    article: str, error: str, gold: Statement | None, predicted: Statement | None, index: TextIndex
) -> ErrorCase:
    either = gold or predicted
    assert either is not None
    return ErrorCase(
        article=article,
        level="statement",
        error=error,
        gold=statement_dict(gold) if gold else None,
        predicted=statement_dict(predicted) if predicted else None,
        sentence=sentence_of(either.content, index),
    )


def bootstrap_intervals(per_article: Sequence[LinkScore], samples: int, *, seed: int = 0, level: float = 0.95) -> dict[str, list[float]]:
    """Percentile intervals of every F1 by resampling articles with replacement.

    Articles, not attributions, are the unit: attributions within one article
    are not independent (one writer, one topic). Keys are the dotted paths of
    the result ("spans.source.exact.f1", "attributions.overlap.f1").
    """
    if not per_article or samples < 1:
        return {}
    rng = random.Random(seed)
    bare = [LinkScore(spans=a.spans, attributions=a.attributions) for a in per_article]  # errors not needed
    draws: dict[str, list[float]] = {}
    for _ in range(samples):
        total = EMPTY_LINKS
        for _ in bare:
            total = total + bare[rng.randrange(len(bare))]
        for key, value in _f1s(total.to_dict()).items():
            draws.setdefault(key, []).append(value)
    tail = (1 - level) / 2
    return {key: [round(_percentile(v, tail), 4), round(_percentile(v, 1 - tail), 4)] for key, v in draws.items()}


def _f1s(result: dict[str, Any]) -> dict[str, float]:
    out = {f"spans.{role}.{mode}.f1": result["spans"][role][mode]["f1"] for role in ROLES for mode in MODES}
    out.update({f"attributions.{mode}.f1": result["attributions"][mode]["f1"] for mode in MODES})
    return out


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]
