"""Throughput of saidwhat against a bare spaCy parse and textacy's quotation extractor.

Every system runs over the same texts, each in its own fresh Python process, one
thread each, so that its peak memory is its own and no system warms a cache for
another. The parent starts one child per system, reads one JSON line from the
child's stdout and prints a Markdown table.

    python benchmarks/throughput.py                      # 500 articles of bbc-2005
    python benchmarks/throughput.py --limit 0 --out results.json   # all of them
    python benchmarks/throughput.py --only spacy saidwhat

Timings exclude imports and model loading (reported separately as ``load_s``).
Not part of the test suite: nothing timed belongs in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpora" / "bbc-2005"
SYSTEMS = ("spacy", "saidwhat", "saidwhat-learned", "textacy")
BATCH_SIZE = 16
TEXTACY_HINT = "pip install textacy  (benchmark-only; 0.13 works with spaCy 3.8)"

# Every BLAS / OpenMP pool the stack might start: the comparison is one core each.
SINGLE_THREAD = {
    name: "1"
    for name in (
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "BLIS_NUM_THREADS",
        "NUMEXPR_NUM_THREADS",
        "VECLIB_MAXIMUM_THREADS",
    )
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """One system's measurement, as the child reports it."""

    system: str
    articles: int
    words: int
    load_s: float
    seconds: float
    cpu_s: float
    peak_rss_mb: float
    statements: int | None = None
    direct: int | None = None
    failures: int = 0


# --- the corpus ------------------------------------------------------------------


def corpus_files(corpus: Path, limit: int) -> list[Path]:
    """The corpus's ``*.txt`` files sorted by path, the first ``limit`` (all when 0)."""
    files = sorted(corpus.rglob("*.txt"))
    if not files:
        raise SystemExit(f"Error: no .txt files under {corpus}; pass --corpus DIR")
    return files[:limit] if limit > 0 else files


def read_texts(corpus: Path, limit: int) -> list[tuple[str, str]]:
    """(id, text) pairs; the id is the path relative to the corpus."""
    return [(str(p.relative_to(corpus)), p.read_text(encoding="utf-8")) for p in corpus_files(corpus, limit)]


# --- the children: one function per system ------------------------------------------


def run_spacy(nlp, items: list[tuple[str, str]]) -> dict[str, int]:
    """The floor: parse every text with the pipeline saidwhat loads, and nothing else."""
    for doc in nlp.pipe((text for _, text in items), batch_size=BATCH_SIZE):
        len(doc)  # consume the doc; nlp.pipe is lazy
    return {}


def run_saidwhat(nlp, items: list[tuple[str, str]], model: str = "rules") -> dict[str, int]:
    """End to end: cleaning, parsing, quotes, speakers, dates."""
    from saidwhat.model import Article
    from saidwhat.pipeline import extract_many

    articles = [Article(id=i, text=text, published=None) for i, text in items]
    extractions = list(extract_many(articles, nlp=nlp, problems=(problems := []), model=model))
    statements = [s for e in extractions for s in e.statements]
    direct = sum(s.kind == "direct" for s in statements)
    return {"statements": len(statements), "direct": direct, "failures": len(problems)}


def run_textacy(nlp, items: list[tuple[str, str]]) -> dict[str, int]:
    """textacy's rule-based direct quotations over docs from the same spaCy pipeline."""
    from textacy.extract.triples import direct_quotations

    found = failures = 0
    for doc in nlp.pipe((text for _, text in items), batch_size=BATCH_SIZE):
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            # By design textacy refuses a whole doc with an odd number of quotation marks
            # ('3 quotation marks found, indicating an unclosed quotation'), which a
            # paragraph-continued quote or a stray inch mark produces; count, don't crash.
            failures += 1
    return {"statements": found, "direct": found, "failures": failures}


def run_saidwhat_learned(nlp, items: list[tuple[str, str]]) -> dict[str, int]:
    """End to end with the learned tagger and linker in place of the quote rules."""
    return run_saidwhat(nlp, items, model="learned")


RUNNERS: dict[str, Callable] = {
    "spacy": run_spacy, "saidwhat": run_saidwhat, "saidwhat-learned": run_saidwhat_learned, "textacy": run_textacy,
}


def child(system: str, corpus: Path, limit: int) -> dict:
    """Measure one system in this (fresh) process and return its result as a dict."""
    items = read_texts(corpus, limit)
    started = time.perf_counter()
    if system == "textacy":
        try:
            import textacy.extract.triples  # noqa: F401 - imported here so its import counts as load
        except ImportError as error:
            return {"system": system, "skipped": f"textacy is not importable ({error}); {TEXTACY_HINT}"}
    from saidwhat.nlp import load_nlp

    nlp = load_nlp()
    if system == "saidwhat-learned":
        from saidwhat.learned import MODEL_DIR, learned_finder

        learned_finder(nlp.vocab, MODEL_DIR)  # loading the weights counts as load, not as work
    load_s = time.perf_counter() - started
    wall, cpu = time.perf_counter(), time.process_time()
    counts = RUNNERS[system](nlp, items)
    seconds, cpu_s = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    words = sum(len(text.split()) for _, text in items)
    result = Result(
        system=system, articles=len(items), words=words, load_s=round(load_s, 3),
        seconds=round(seconds, 3), cpu_s=round(cpu_s, 3), peak_rss_mb=round(peak_mb, 1), **counts,
    )
    return asdict(result)


# --- the parent -------------------------------------------------------------------


def measure(system: str, corpus: Path, limit: int) -> dict:
    """Start a fresh interpreter for ``system`` and read its one-line JSON result."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", system, "--corpus", str(corpus), "--limit", str(limit)]
    env = {**os.environ, **SINGLE_THREAD}
    print(f"measuring {system} ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()[-5:]
        return {"system": system, "error": f"exit {done.returncode}: " + " | ".join(tail)}
    return json.loads(lines[-1])


def with_ratios(results: list[dict]) -> list[dict]:
    """Add articles/s, words/s and the wall and CPU time relative to spaCy's bare parse.

    Both ratios, because on a shared machine wall time includes waiting for a core
    and the CPU ratio is the one that survives other people's jobs.
    """
    spacy = next((r for r in results if r["system"] == "spacy" and "seconds" in r), None)
    for r in results:
        if "seconds" in r:
            r["articles_per_s"] = round(r["articles"] / r["seconds"], 2)
            r["words_per_s"] = round(r["words"] / r["seconds"])
            r["vs_spacy"] = round(r["seconds"] / spacy["seconds"], 2) if spacy else None
            r["vs_spacy_cpu"] = round(r["cpu_s"] / spacy["cpu_s"], 2) if spacy else None
    return results


def markdown(results: list[dict]) -> str:
    """The results as a Markdown table; skipped and failed systems get a line each."""
    head = ("| system | articles | words | load s | seconds | CPU s | articles/s | words/s | peak RSS MB "
            "| statements (direct) | failed articles | × spaCy wall | × spaCy CPU |")
    rows = [head, "|---|" + "--:|" * (head.count("|") - 2)]
    notes = []
    for r in results:
        if "seconds" not in r:
            notes.append(f"- {r['system']}: {r.get('skipped') or 'failed: ' + r.get('error', '?')}")
            continue
        found = "–" if r["statements"] is None else f"{r['statements']:,} ({r['direct']:,})"
        ratio = "– | –" if r["vs_spacy"] is None else f"{r['vs_spacy']:.2f} | {r['vs_spacy_cpu']:.2f}"
        rows.append(
            f"| {r['system']} | {r['articles']:,} | {r['words']:,} | {r['load_s']:.1f} | {r['seconds']:.1f} | {r['cpu_s']:.1f} "
            f"| {r['articles_per_s']:.1f} | {r['words_per_s']:,} | {r['peak_rss_mb']:.0f} | {found} | {r['failures']} | {ratio} |"
        )
    return "\n".join(rows + ([""] + notes if notes else []))


def machine() -> dict:
    """What the numbers were measured on."""
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    cpu = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), platform.processor())
    versions = {}
    for package in ("spacy", "saidwhat", "textacy", "numpy"):
        try:
            versions[package] = __import__(package).__version__
        except ImportError:
            versions[package] = None
    # Other work on the machine slows every system; the load average says how much there was.
    commit = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True, check=False)
    return {"cpu": cpu, "cores": os.cpu_count(), "load_average": os.getloadavg(), "commit": commit.stdout.strip() or None, "python": platform.python_version(), "platform": platform.platform(), **versions}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Throughput of saidwhat vs a bare spaCy parse vs textacy, each in a fresh single-threaded process.",
        epilog="Example: python benchmarks/throughput.py --limit 500 --out /tmp/bench.json",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="directory of .txt articles (default: ../shared/corpora/bbc-2005)")
    parser.add_argument("--limit", type=int, default=500, help="first N files sorted by path; 0 for all (default: 500)")
    parser.add_argument("--out", type=Path, help="also write the results and the machine as JSON here")
    parser.add_argument("--only", nargs="+", choices=SYSTEMS, default=list(SYSTEMS), help="systems to measure (default: all)")
    parser.add_argument("--child", choices=SYSTEMS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = args.corpus.resolve()
    if args.child:
        print(json.dumps(child(args.child, corpus, args.limit)))
        return 0
    corpus_files(corpus, args.limit)  # fail early, in the parent, on an empty corpus
    results = with_ratios([measure(system, corpus, args.limit) for system in args.only])
    print(markdown(results))
    if args.out:
        report = {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "command": sys.argv, "corpus": str(corpus),
                  "limit": args.limit, "machine": machine(), "results": results}
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
