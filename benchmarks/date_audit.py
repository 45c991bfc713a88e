"""Draw statements from dated news for a person to judge the statement dates, and count the verdicts.

Our gold file dates every statement right, but we wrote it; this is how the dates are measured
on news nobody tuned on: PolNeAR train articles (US politics, 2015-16), whose publication
dates come with the dataset. PolNeAR dev is never read here.

    python benchmarks/date_audit.py draw --seed 7 > dates.jsonl    # 100 statements, 60 articles
    python benchmarks/date_audit.py draw --seed 7 --articles 200 --dated > dated.jsonl   # 100 given a date
    python benchmarks/date_audit.py draw --seed 211 --exclude benchmarks/audits/*dates*.jsonl > new.jsonl   # other articles
    (fill in each line's "verdict": "right" or "wrong")
    python benchmarks/date_audit.py score dates.jsonl

A date is right when it is the day, month, year or interval a careful reader would give for
when the words were said, or null when the article does not say (a plain "said" in news is
not dated: the publication date is the article's, kept beside it). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPLIT = REPO / ".." / "shared" / "datasets" / "polnear" / "train"
VERDICTS = ("right", "wrong")


def draw(split: Path, seed: int, articles: int, statements: int, model: str = "rules", dated: bool = False,
         exclude: frozenset[str] = frozenset()) -> list[dict]:
    """``statements`` statements from ``articles`` dated articles of ``split`` drawn with ``seed``
    (with ``dated``, only statements given a date: most are not, so a plain draw measures
    the dates missed and this one the dates given), none from the articles in ``exclude``."""
    from saidwhat.evaluate.polnear import read_metadata
    from saidwhat.model import Article
    from saidwhat.nlp import shared_nlp
    from saidwhat.pipeline import extract_many

    dates = {name: row.get("publication_date") for name, row in read_metadata(split.parent / "metadata.tsv").items()}
    files = sorted(p for p in (split / "text").glob("*.txt") if dates.get(p.stem) and p.stem not in exclude)
    rng = random.Random(seed)
    chosen = rng.sample(files, min(articles, len(files)))
    docs = [Article(id=p.stem, text=p.read_text(encoding="utf-8"), published=dates[p.stem]) for p in chosen]
    rows = [(x.article, s) for x in extract_many(docs, nlp=shared_nlp(), model=model) for s in x.statements]
    rows = [(a, s) for a, s in rows if s.when.value is not None] if dated else rows
    rng.shuffle(rows)
    return [_row(article, s) for article, s in rows[:statements]]


def _row(article, s) -> dict:
    spans = [*s.content, *(x for x in (s.cue, s.speaker.mention) if x is not None)]
    start, end = min(x.start for x in spans), max(x.end for x in spans)
    # The whole paragraph around the statement: a date may stand after the cue ("said on Friday").
    before = article.text.rfind("\n", 0, max(0, start - 400)) + 1
    after = article.text.find("\n", end + 200)
    return {
        "article": article.id,
        "published": article.published,
        "speaker": s.speaker.name,
        "cue": s.cue.text if s.cue else None,
        "content": [p.text for p in s.content],
        "when": s.when.value,
        "expression": s.when.expression.text if s.when.expression else None,
        "context": article.text[before : after if after != -1 else len(article.text)],
        "verdict": None,
    }


def score(path: Path) -> str:
    """The verdicts counted, dated and undated apart."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    unknown = {r["verdict"] for r in rows} - set(VERDICTS)
    if unknown:
        raise SystemExit(f"{path}: verdicts must be one of {VERDICTS}, not {sorted(map(str, unknown))}")
    counts = Counter((r["when"] is not None, r["verdict"]) for r in rows)
    dated, undated = counts[True, "right"] + counts[True, "wrong"], counts[False, "right"] + counts[False, "wrong"]
    return (
        f"{len(rows)} statements judged: {counts[True, 'right'] + counts[False, 'right']} right; "
        f"dated {counts[True, 'right']} of {dated} right, undated {counts[False, 'right']} of {undated} right"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write a sample to judge as JSON lines on stdout")
    d.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="a PolNeAR split with metadata.tsv one level up")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--articles", type=int, default=60)
    d.add_argument("--statements", type=int, default=100)
    d.add_argument("--model", default="rules", help="rules, learned or a model folder (default: rules)")
    d.add_argument("--dated", action="store_true", help="only statements given a date")
    d.add_argument("--exclude", type=Path, nargs="*", default=[], help="earlier samples whose articles are left out")
    s = sub.add_parser("score", help="count the verdicts of a judged sample")
    s.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "score":
        print(score(args.file))
        return 0
    seen = frozenset(json.loads(line)["article"] for f in args.exclude for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    for row in draw(args.split, args.seed, args.articles, args.statements, args.model, args.dated, seen):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
