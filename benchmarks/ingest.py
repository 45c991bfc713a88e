"""Ingest throughput: articles/s for 1 and 2 workers and for Spark local[2], WARC and JSONL, 500 and 2,000 articles.

The BBC corpus is written as WARC.gz and JSONL (benchmarks/make_corpora.py),
then each configuration runs in a fresh Python process into a fresh database
(Spark into a fresh output folder), timed from start to end: reading, HTML
extraction, the pipeline and storing, model loading included. Peak memory is
the resident set of the main process and of the largest worker.

    python benchmarks/ingest.py                 # the table for docs/ingest.md
    python benchmarks/ingest.py --sizes 500 --modes 1 2

Not part of the test suite: nothing timed belongs in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpora  # noqa: E402

CHILD = """
import json, resource, sys, time
mode, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.monotonic()
if mode == "spark":
    from saidwhat.batch.spark import run
    report = run([path], out, master="local[2]")
    articles = report.articles
else:
    from saidwhat.batch.local import ingest
    from saidwhat.store import Store
    with Store(out) as store:
        articles = ingest([path], store, workers=int(mode)).articles
seconds = time.monotonic() - start
print(json.dumps({"articles": articles, "seconds": seconds,
                  "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(mode: str, path: Path, work: Path) -> dict:
    out = work / f"out-{mode}-{path.parent.name}-{path.suffix}"
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(path), str(out if mode == "spark" else out.with_suffix(".db"))],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--modes", nargs="+", default=["1", "2", "spark"], help="worker counts and/or spark")
    parser.add_argument("--formats", nargs="+", default=["warc.gz", "jsonl"])
    args = parser.parse_args()
    print(f"| input | articles | mode | seconds | articles/s | peak MB main | peak MB worker |\n|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in args.sizes:
            folder = work / str(size)
            subprocess.run([sys.executable, make_corpora.__file__, "--out", str(folder), "--limit", str(size)], check=True, capture_output=True)
            for fmt in args.formats:
                for mode in args.modes:
                    r = measure(mode, folder / f"bbc.{fmt}", work)
                    label = "Spark local[2]" if mode == "spark" else f"{mode} worker{'s' if mode != '1' else ''}"
                    worker = "" if mode in ("1", "spark") else f"{r['worker_mb']:.0f}"
                    print(f"| {fmt} | {r['articles']} | {label} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.1f} | {r['main_mb']:.0f} | {worker} |", flush=True)


if __name__ == "__main__":
    main()
