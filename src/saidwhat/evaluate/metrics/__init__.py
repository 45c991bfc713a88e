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

The modules, in the order they build on each other:

- ``records``: attributions, tallies, accuracies, matchings, error cases, link scores;
- ``matching``: overlap and Jaccard of words, greedy one-to-one matching of role
  pieces and of whole attributions;
- ``links``: span scores per role and linked scores of one article (PolNeAR, our gold);
- ``statements``: our own gold's statement scores (detection, kind, speaker, date);
- ``bootstrap``: percentile intervals of every F1, resampling articles.

Every public name is importable from ``saidwhat.evaluate.metrics`` itself.
"""

from .bootstrap import bootstrap_intervals
from .links import attribution_dict, drop_in_regions, score_links, score_spans
from .matching import (
    Prepared,
    in_regions,
    jaccard,
    match,
    match_attributions,
    match_pieces,
    overlaps,
    prepare,
    role_matches,
)
from .records import (
    EMPTY_LINKS,
    MODES,
    ROLES,
    Accuracy,
    Attribution,
    ErrorCase,
    LinkScore,
    Matching,
    Role,
    Tally,
    from_statement,
)
from .statements import (
    StatementScore,
    match_statements,
    same_speaker,
    score_statements,
    statement_dict,
)

__all__ = [
    "EMPTY_LINKS",
    "MODES",
    "ROLES",
    "Accuracy",
    "Attribution",
    "ErrorCase",
    "LinkScore",
    "Matching",
    "Prepared",
    "Role",
    "StatementScore",
    "Tally",
    "attribution_dict",
    "bootstrap_intervals",
    "drop_in_regions",
    "from_statement",
    "in_regions",
    "jaccard",
    "match",
    "match_attributions",
    "match_pieces",
    "match_statements",
    "overlaps",
    "prepare",
    "role_matches",
    "same_speaker",
    "score_links",
    "score_spans",
    "score_statements",
    "statement_dict",
]
