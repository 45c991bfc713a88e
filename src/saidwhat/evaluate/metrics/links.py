"""Span scores per role and linked attribution scores of one article (PolNeAR and our gold)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...model import Span
from ..geometry import TextIndex, sentence_of, words_in
from .matching import Prepared, in_regions, match_attributions, match_pieces, prepare
from .records import ROLES, Attribution, ErrorCase, LinkScore, Role, Tally, _span_dict


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
