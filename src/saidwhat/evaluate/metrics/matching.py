"""Matching gold against predicted: overlap and Jaccard of words, greedy one-to-one matching.

Role pieces and whole attributions (``links``) and statements (``statements``)
are all matched here, so both use the same definition of a match.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ...model import Span
from ..geometry import TextIndex, pieces, words_in
from .records import ROLES, Attribution, Matching, Role


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
