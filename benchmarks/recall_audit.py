"""Draw unread articles for a blind recall audit, and count the matched verdicts of every audit.

A recall audit asks what the extractor misses on news nobody tuned on: a person writes down
every statement a reader would count in a dozen articles, commits that gold file, only then
runs the extractor, and matches each gold statement to it (docs/evaluation.md, "Statements on
real news: a blind recall audit").

    python benchmarks/recall_audit.py draw --seed 191 --articles 12     # paths no audit has read
    python benchmarks/recall_audit.py score benchmarks/audits/*recall*-matched.jsonl

An article counts as read when any `*.jsonl` file in benchmarks/audits names it, by path ("article") or
by its id ("article_id", the roles audits), and so does every other file with the same body
under its headline: the corpus holds some stories twice under two headlines. Not part of the test suite: a person
writes the gold and judges the matches.
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
AUDITS = REPO / "benchmarks" / "audits"
STATUSES = ("found", "partial", "missed", "false_find")


def named(audits: Path) -> tuple[set[str], set[str]]:
    """(article paths, article ids) that the audit files name."""
    paths, ids = set(), set()
    for path in sorted(audits.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("article"):
                paths.add(row["article"])
            if row.get("article_id"):
                ids.add(row["article_id"])
    return paths, ids


def body(text: str) -> str:
    """The text under the headline line: the corpus holds some stories twice, the same body
    under two headlines ("mandelson-warns-bbc-on-campbell", "mandelson-warning-to-bbc")."""
    head, _, rest = text.strip().partition("\n")
    return rest.strip() or head


def unread(corpus: Path, audits: Path) -> list[str]:
    """The corpus's article paths, sorted, that no audit has read, nor one with the same body."""
    from saidwhat.ingest.text import article_id

    paths, ids = named(audits)
    texts = {str(p.relative_to(corpus)): p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")}
    read = {body(text) for p, text in texts.items() if p in paths or article_id(text) in ids}
    return sorted(p for p, text in texts.items() if body(text) not in read)


def draw(corpus: Path, audits: Path, seed: int, articles: int) -> list[str]:
    """``articles`` unread paths drawn with ``random.Random(seed).sample``."""
    pool = unread(corpus, audits)
    return random.Random(seed).sample(pool, min(articles, len(pool)))


def count(path: Path) -> dict[str, int | str]:
    """One audit's matched file counted: gold statements by verdict, speakers, false finds."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = {str(r.get("status")) for r in rows} - set(STATUSES)
    if wrong:
        raise SystemExit(f"{path}: status must be one of {STATUSES}, not {sorted(wrong)}; fix the line")
    gold = [r for r in rows if r["status"] != "false_find"]
    plain = [r for r in gold if not r.get("borderline")]
    found = [r for r in gold if r["status"] == "found"]
    status = Counter(r["status"] for r in rows)
    return {
        "audit": path.name.removesuffix("-matched.jsonl"),
        "gold": len(gold),
        "borderline": len(gold) - len(plain),
        "found": status["found"],
        "partial": status["partial"],
        "missed": status["missed"],
        "plain_hits": sum(r["status"] != "missed" for r in plain),
        "plain": len(plain),
        "speaker_right": sum(r.get("speaker_right") is True for r in found),
        "false_find": status["false_find"],
    }


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def table(counts: list[dict[str, int | str]]) -> str:
    """A Markdown table of the audits, one row each and one for all of them together."""
    keys = [k for k in counts[0] if k != "audit"]
    rows = [*counts, {"audit": "all", **{k: sum(c[k] for c in counts) for k in keys}}]  # type: ignore[misc]
    head = "| audit | gold (borderline) | found | partial | missed | recall (found + partial) | without the borderline | found exactly | speaker right (found) | false finds | precision |"
    lines = [head, "|" + " --- |" + " --: |" * 10]
    for c in rows:
        hits = c["found"] + c["partial"]
        lines.append(
            f"| {c['audit']} | {c['gold']} ({c['borderline']}) | {c['found']} | {c['partial']} | {c['missed']} "
            f"| {_share(hits, c['gold'])} | {_share(c['plain_hits'], c['plain'])} | {_share(c['found'], c['gold'])} "
            f"| {c['speaker_right']} of {c['found']} ({_share(c['speaker_right'], c['found'])}) | {c['false_find']} "
            f"| {_share(hits, hits + c['false_find'])} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="print unread article paths (relative to the corpus), one a line")
    d.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    d.add_argument("--audits", type=Path, default=AUDITS, help="the folder of audit files whose articles count as read")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--articles", type=int, default=12)
    s = sub.add_parser("score", help="a Markdown table of matched files (benchmarks/audits/*recall*-matched.jsonl)")
    s.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "score":
        print(table([count(path) for path in args.files]))
        return 0
    for path in draw(args.corpus, args.audits, args.seed, args.articles):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
