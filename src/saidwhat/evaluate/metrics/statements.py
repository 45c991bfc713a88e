"""Statement scoring on our own gold: detection, then kind, speaker and date of each detected one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...model import Statement
from ..geometry import TextIndex, pieces, sentence_of, words_in
from .matching import jaccard, match, overlaps
from .records import Accuracy, ErrorCase, Matching, Tally, _span_dict


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
