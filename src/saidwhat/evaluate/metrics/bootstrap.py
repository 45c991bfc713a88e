"""Bootstrap intervals of every F1, resampling articles."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from .records import EMPTY_LINKS, MODES, ROLES, LinkScore


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
