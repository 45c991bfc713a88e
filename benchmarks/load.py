"""Load on the HTTP API: requests/s and p50/p99 latency of /api/statements?q=… .

Starts ``saidwhat serve`` (one uvicorn process, no access log) on 127.0.0.1 over
a database, then drives it with wrk (Debian's ``wrk``) at each connection count,
each request a full-text search for one of a rotating set of words. Without wrk,
a bounded Python load generator (threads, keep-alive connections) does the same.

    saidwhat ingest ../shared/corpora/bbc-2005 --db /tmp/bbc.db --quiet   # ~3 min, once
    python benchmarks/load.py --db /tmp/bbc.db                            # 2 and 16 connections
    python benchmarks/load.py --db /tmp/bbc.db --connections 1 2 16 64 --seconds 20

Run on demand only; nothing timed belongs in the tests. Results go in docs/serve.md.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

WORDS = ("government", "election", "market", "film", "players", "technology", "tax", "music", "troops", "police")
PATH = "/api/statements?q={word}&limit=20"
LUA = "local words = {%s}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format('GET', '/api/statements?q=' .. words[(i %% #words) + 1] .. '&limit=20')\nend\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    connections: int
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int
    tool: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    """``saidwhat serve`` in a child process, returned once it answers."""
    exe = Path(sys.executable).with_name("saidwhat")
    server = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port), "--quiet"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/speakers?limit=1")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(port: int, connections: int, seconds: int) -> Result:
    """One wrk run; its --latency percentiles and Requests/sec parsed from the report."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(f"'{w}'" for w in WORDS))
    threads = min(connections, os.cpu_count() or 1, 8)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, f"http://127.0.0.1:{port}"],
        capture_output=True, text=True, check=True,
    ).stdout
    os.unlink(script.name)
    pct = {p: _ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return Result(connections=connections, requests_per_s=rps, p50_ms=pct["50"], p99_ms=pct["99"],
                  errors=(int(bad.group(1)) if bad else 0) + socket_errors, tool="wrk")


def run_python(port: int, connections: int, seconds: int) -> Result:
    """The same load from Python threads, one keep-alive connection each (slower than wrk)."""
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections
    stop = time.monotonic() + seconds

    def worker(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = n
        while time.monotonic() < stop:
            start = time.perf_counter()
            conn.request("GET", PATH.format(word=WORDS[i % len(WORDS)]))
            response = conn.getresponse()
            response.read()
            latencies[n].append(time.perf_counter() - start)
            errors[n] += response.status != 200
            i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    begin = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - begin
    every = sorted(x for per in latencies for x in per)
    q = statistics.quantiles(every, n=100)
    return Result(connections=connections, requests_per_s=len(every) / elapsed, p50_ms=q[49] * 1000, p99_ms=q[98] * 1000,
                  errors=sum(errors), tool="python")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/bbc.db", help="database to serve (default /tmp/bbc.db)")
    parser.add_argument("--connections", type=int, nargs="+", default=[2, 16])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--python", action="store_true", help="use the Python load generator even where wrk is installed")
    args = parser.parse_args()
    if not Path(args.db).exists():
        raise SystemExit(f"{args.db}: no such database; saidwhat ingest ../shared/corpora/bbc-2005 --db {args.db} --quiet")
    drive = run_python if args.python or not shutil.which("wrk") else run_wrk
    port = free_port()
    server = start_server(args.db, port)
    try:
        drive(port, 2, 3)  # warm the page cache and the thread pool
        results = [drive(port, c, args.seconds) for c in args.connections]
    finally:
        server.terminate()
        server.wait(timeout=10)
    with sqlite3_count(args.db) as (articles, statements):
        print(f"{date.today()} · {cpu_model()} · {os.cpu_count()} CPUs · Python {platform.python_version()}"
              f" · {articles} articles, {statements} statements · {args.seconds} s per run · {results[0].tool}")
    print("\n| connections | requests/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r.connections} | {r.requests_per_s:.0f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {r.errors} |")


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []:
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


class sqlite3_count:
    """The article and statement counts of a database, for the report's header."""

    def __init__(self, db: str) -> None:
        import sqlite3

        self.db = sqlite3.connect(db)

    def __enter__(self) -> tuple[int, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return one("SELECT COUNT(*) FROM articles"), one("SELECT COUNT(*) FROM statements")

    def __exit__(self, *exc: object) -> None:
        self.db.close()


if __name__ == "__main__":
    main()
