"""Draw statements at random from a corpus for a person to judge, and count the verdicts.

PolNeAR scores where a speaker mention is, not who it resolves to, and our gold file is
written by us; this is how the resolved speaker is measured on real news nobody tuned on.

    python benchmarks/speaker_audit.py draw --seed 31 > audit.jsonl    # 100 statements, 60 articles
    python benchmarks/speaker_audit.py draw --seed 31 --model learned > audit.jsonl
    (fill in each line's "verdict": "right", "wrong" or "not a statement")
    python benchmarks/speaker_audit.py score audit.jsonl

Each line carries the article, the statement and about 600 characters of context before
it, so the judge reads what a reader would. Not part of the test suite: a person judges.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpora" / "bbc-2005"
VERDICTS = ("right", "wrong", "not a statement")


def draw(corpus: Path, seed: int, articles: int, statements: int, skip: set[str], model: str = "rules") -> list[dict]:
    """``statements`` statements from ``articles`` articles drawn with ``seed``, found by ``model``."""
    from saidwhat.model import Article
    from saidwhat.nlp import shared_nlp
    from saidwhat.pipeline import extract_many

    files = sorted(p for p in corpus.rglob("*.txt") if str(p.relative_to(corpus)) not in skip)
    rng = random.Random(seed)
    chosen = rng.sample(files, min(articles, len(files)))
    docs = [Article(id=str(p.relative_to(corpus)), text=p.read_text(encoding="utf-8")) for p in chosen]
    rows = [(x.article, s) for x in extract_many(docs, nlp=shared_nlp(), model=model) for s in x.statements]
    rng.shuffle(rows)
    return [_row(article, s) for article, s in rows[:statements]]


def _row(article, s) -> dict:
    spans = [*s.content, *(x for x in (s.cue, s.speaker.mention) if x is not None)]
    start = min(x.start for x in spans)
    return {
        "article": article.id,
        "speaker": s.speaker.name,
        "type": s.speaker.type,
        "mention": s.speaker.mention.text if s.speaker.mention else None,
        "cue": s.cue.text if s.cue else None,
        "content": [p.text for p in s.content],
        "context": article.text[max(0, start - 600) : max(x.end for x in spans)],
        "verdict": None,
    }


def score(path: Path) -> str:
    """The verdicts counted: the speaker is judged on real statements only."""
    verdicts = Counter(json.loads(line)["verdict"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    unknown = set(verdicts) - set(VERDICTS)
    if unknown:
        raise SystemExit(f"{path}: verdicts must be one of {VERDICTS}, not {sorted(map(str, unknown))}")
    real = verdicts["right"] + verdicts["wrong"]
    total = real + verdicts["not a statement"]
    share = f"{100 * verdicts['right'] / real:.1f}%" if real else "n/a"
    return (
        f"{total} statements judged: {verdicts['not a statement']} not a statement; "
        f"speaker right for {verdicts['right']} of {real} ({share})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write a sample to judge as JSON lines on stdout")
    d.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--articles", type=int, default=60)
    d.add_argument("--statements", type=int, default=100)
    d.add_argument("--skip", type=Path, help="a file of article paths (relative to the corpus) not to draw: ones already read")
    d.add_argument("--model", default="rules", help="rules, learned or a model folder (default: rules)")
    s = sub.add_parser("score", help="count the verdicts of a judged sample")
    s.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "score":
        print(score(args.file))
        return 0
    skip = set(args.skip.read_text(encoding="utf-8").split()) if args.skip else set()
    for row in draw(args.corpus, args.seed, args.articles, args.statements, skip, args.model):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
