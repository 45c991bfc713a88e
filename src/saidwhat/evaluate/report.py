"""Running an evaluation: read the gold, extract, score, and report.

``evaluate_polnear`` and ``evaluate_gold`` return the JSON result object that
``saidwhat evaluate ... --format json`` prints (and that the CI accuracy gate
reads); the ``score_*`` functions do the same from ready-made predictions, and
``format_table`` renders a result for people.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from ..model import Article, Extraction, Problem
from .geometry import index_text
from .gold import GoldArticle, read_gold
from .metrics import (
    EMPTY_LINKS,
    MODES,
    ROLES,
    ErrorCase,
    LinkScore,
    StatementScore,
    bootstrap_intervals,
    drop_in_regions,
    from_statement,
    score_links,
    score_statements,
)
from .polnear import AnnotatedArticle, read_polnear

Progress = Callable[[Article], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """A finished evaluation: the JSON-ready result and every error case behind it."""

    result: dict[str, Any]
    errors: tuple[ErrorCase, ...]


def predict(
    articles: Sequence[Article], *, nlp: Any = None, progress: Progress | None = None, model: str = "rules"
) -> dict[str, Extraction]:
    """Run the extractor over the articles (loading the pipeline once); extractions by article id."""
    from ..nlp import (
        load_nlp,  # imported here: the metrics and readers work without a model
    )
    from ..pipeline import extract_many

    nlp = nlp if nlp is not None else load_nlp()
    found: dict[str, Extraction] = {}
    # One failing article must not end the run: it is recorded and scored as finding nothing.
    problems: list[Problem] = []
    for extraction in extract_many(articles, nlp=nlp, problems=problems, model=model):
        found[extraction.article.id] = extraction
        if progress is not None:
            progress(extraction.article)
    return found


def extractor_info(extractions: Iterable[Extraction]) -> dict[str, str | None]:
    """The extractor's name (the statements' most common ``extractor``) and the package version."""
    import saidwhat

    names = Counter(s.extractor for e in extractions for s in e.statements if s.extractor)
    name = names.most_common(1)[0][0] if names else "saidwhat"
    return {"name": name, "version": getattr(saidwhat, "__version__", None)}


def _statements(extractions: dict[str, Extraction], article: Article) -> tuple:
    extraction = extractions.get(article.id)
    return extraction.statements if extraction is not None else ()


def _failed(documents: Sequence[AnnotatedArticle | GoldArticle], extractions: dict[str, Extraction]) -> int:
    """Articles the extractor failed on (recorded as problems, so absent from the extractions)."""
    return sum(1 for document in documents if document.article.id not in extractions)


def score_polnear(
    documents: Sequence[AnnotatedArticle], extractions: dict[str, Extraction], *, path: str = "", bootstrap: int = 0
) -> Evaluation:
    """Score extractions (by article id) against PolNeAR gold; the result object and its errors.

    With ``bootstrap`` samples, the result also has 95% ``intervals`` for each F1.
    """
    total: LinkScore = EMPTY_LINKS
    per_article: list[LinkScore] = []
    gold = predicted = discarded = 0
    for document in documents:
        index = index_text(document.article.text)
        statements = _statements(extractions, document.article)
        guesses = [from_statement(s, f"p{i}", document.article.text) for i, s in enumerate(statements)]
        guesses, dropped = drop_in_regions(guesses, document.ignored, index)
        per_article.append(score_links(document.article.id, document.attributions, guesses, index))
        total = total + per_article[-1]
        gold += len(document.attributions)
        predicted += len(guesses)
        discarded += dropped
    result = {
        "dataset": "polnear",
        "path": path,
        "articles": len(documents),
        "gold": gold,
        "predicted": predicted,
        "discarded": discarded,
        "failed": _failed(documents, extractions),
        "extractor": extractor_info(extractions.values()),
        **total.to_dict(),
    }
    if bootstrap:
        result["intervals"] = {"samples": bootstrap, "level": 0.95, **bootstrap_intervals(per_article, bootstrap)}
    return Evaluation(result=result, errors=total.errors)


def score_gold(
    documents: Sequence[GoldArticle], extractions: dict[str, Extraction], *, path: str = ""
) -> Evaluation:
    """Score extractions (by article id) against our own gold; the result object and its errors."""
    links: LinkScore = EMPTY_LINKS
    statements = StatementScore()
    gold = predicted = 0
    for document in documents:
        index = index_text(document.article.text)
        found = _statements(extractions, document.article)
        ident = document.article.id
        statements = statements + score_statements(ident, document.statements, found, index)
        links = links + score_links(
            ident,
            [from_statement(s, f"g{i}", document.article.text) for i, s in enumerate(document.statements)],
            [from_statement(s, f"p{i}", document.article.text) for i, s in enumerate(found)],
            index,
        )
        gold += len(document.statements)
        predicted += len(found)
    result = {
        "dataset": "gold",
        "path": path,
        "articles": len(documents),
        "gold": gold,
        "predicted": predicted,
        "failed": _failed(documents, extractions),
        "extractor": extractor_info(extractions.values()),
        **statements.to_dict(),
        **links.to_dict(),
    }
    return Evaluation(result=result, errors=statements.errors + links.errors)


def run_polnear(
    path: str | Path,
    *,
    limit: int | None = None,
    nlp: Any = None,
    progress: Progress | None = None,
    model: str = "rules",
    bootstrap: int = 0,
) -> Evaluation:
    """Read a PolNeAR split, extract from its articles and score; with the error cases."""
    documents = read_polnear(path, limit=limit)
    extractions = predict([d.article for d in documents], nlp=nlp, progress=progress, model=model)
    return score_polnear(documents, extractions, path=str(path), bootstrap=bootstrap)


def run_gold(path: str | Path, *, nlp: Any = None, progress: Progress | None = None, model: str = "rules") -> Evaluation:
    """Read a gold JSONL file, extract from its articles and score; with the error cases."""
    documents = read_gold(path)
    extractions = predict([d.article for d in documents], nlp=nlp, progress=progress, model=model)
    return score_gold(documents, extractions, path=str(path))


def evaluate_polnear(path: str | Path, *, limit: int | None = None, nlp: Any = None, model: str = "rules") -> dict[str, Any]:
    """The JSON result of ``saidwhat evaluate polnear PATH``: spans, attributions and counts."""
    return run_polnear(path, limit=limit, nlp=nlp, model=model).result


def evaluate_gold(path: str | Path, *, nlp: Any = None, model: str = "rules") -> dict[str, Any]:
    """The JSON result of ``saidwhat evaluate gold FILE``: statements, attributes, spans, attributions."""
    return run_gold(path, nlp=nlp, model=model).result


def write_errors(errors: Iterable[ErrorCase], handle: IO[str]) -> int:
    """Write error cases as JSON lines; returns how many were written."""
    count = 0
    for case in errors:
        handle.write(json.dumps(asdict(case), ensure_ascii=False) + "\n")
        count += 1
    return count


# --- the table --------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def _prf_row(label: str, scores: dict[str, dict[str, Any]]) -> str:
    cells = [_pct(scores[mode][key]) for mode in MODES for key in ("p", "r", "f1")]
    return f"{label:<14}" + " ".join(cells[:3]) + "   " + " ".join(cells[3:])


def _accuracy_row(label: str, scores: dict[str, Any]) -> str:
    return f"{label:<14}{_pct(scores['accuracy'])}   ({scores['correct']}/{scores['total']})"


def _interval_items(intervals: dict[str, Any]):
    return [(k, v) for k, v in intervals.items() if isinstance(v, list)]


def format_table(result: dict[str, Any]) -> str:
    """A result object as a plain-text table (percentages), for a terminal."""
    extractor = result["extractor"]
    version = f" {extractor['version']}" if extractor.get("version") else ""
    lines = [
        f"{result['dataset']} {result['path']}".rstrip(),
        f"{result['articles']} articles, {result['gold']} gold, {result['predicted']} predicted "
        f"({extractor['name']}{version})"
        + (f"; extraction failed on {result['failed']} articles" if result.get("failed") else ""),
        "",
    ]
    if "statements" in result:
        statements = result["statements"]
        lines += [
            f"{'':<14}    P     R    F1",
            f"{'statements':<14}" + " ".join(_pct(statements[k]) for k in ("p", "r", "f1")),
            _accuracy_row("kind", result["kind"]),
            _accuracy_row("speaker", result["speaker"]),
            _accuracy_row("date", result["date"]),
            "",
        ]
    lines += [
        f"{'':<14}{'exact':^17}   {'overlap':^17}",
        f"{'':<14}    P     R    F1       P     R    F1",
        *(_prf_row(role, result["spans"][role]) for role in ROLES),
        _prf_row("attribution", result["attributions"]),
    ]
    if "intervals" in result:
        intervals = result["intervals"]
        lines += ["", f"95% intervals of F1 over {intervals['samples']} bootstrap samples of the articles:"]
        lines += [f"  {key:<28} {lo * 100:5.1f} – {hi * 100:5.1f}" for key, (lo, hi) in _interval_items(intervals)]
    return "\n".join(line.rstrip() for line in lines)
