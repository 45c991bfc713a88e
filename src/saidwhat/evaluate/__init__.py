"""Evaluation: data set readers (PolNeAR, our gold JSONL), metrics and reports.

The CLI lives in ``saidwhat.evaluate.commands``; the metric definitions are in
``metrics`` and docs/evaluation.md.
"""

from .gold import GoldArticle, read_gold
from .metrics import Attribution, ErrorCase
from .polnear import AnnotatedArticle, read_polnear
from .report import (
    Evaluation,
    evaluate_gold,
    evaluate_polnear,
    format_table,
    run_gold,
    run_polnear,
    score_gold,
    score_polnear,
)

__all__ = [
    "AnnotatedArticle",
    "Attribution",
    "ErrorCase",
    "Evaluation",
    "GoldArticle",
    "evaluate_gold",
    "evaluate_polnear",
    "format_table",
    "read_gold",
    "read_polnear",
    "run_gold",
    "run_polnear",
    "score_gold",
    "score_polnear",
]
