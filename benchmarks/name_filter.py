"""Time the speaker-name filters on a synthetic store of many distinct names.

A name filter (``statements --speaker``, ``speakers --name``, ``quotations --speaker``, the API's
``speaker=`` and ``q=``) matches part of a name in any case, without accents, with either
apostrophe (store/search.py). This builds a store of ``--names`` speakers, each with one direct
statement and its quotation, then times each filter and, for reference, SQLite's plain ``LIKE``
over the same names.

    PYTHONPATH=src .venv/bin/python benchmarks/name_filter.py                  # 200,000 names
    PYTHONPATH=src .venv/bin/python benchmarks/name_filter.py --names 20000 --repeat 5

It writes rows with SQL, not ``Store.save`` (200,000 articles through the pipeline's store would take
long), and fills the folded-key columns only where the schema has them, so the same script times a
checkout from before they existed (``PYTHONPATH=old/src``). Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from saidwhat.store import Query, Store
from saidwhat.store.quotations import quotations

SYLLABLES = "an bel car dó en fer gal ha ïs jo ka lu mé ni o pa ra sé ta ur vi wen xa yo zé".split()
PER_ARTICLE = 10


def synthetic_names(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct "Given Surname" names, some with accents and some with an O’ surname."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        given = "".join(rng.choices(SYLLABLES, k=2)).capitalize()
        family = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize()
        names.add(f"{given} O’{family}" if rng.random() < 0.02 else f"{given} {family}")
    return sorted(names)


def fill(store: Store, names: list[str]) -> None:
    """One article per ``PER_ARTICLE`` names; one direct statement and one quotation per name."""
    db = store.db
    keyed = any(row[1] == "name_key" for row in db.execute("PRAGMA table_info(speakers)"))
    with db:
        db.executemany(
            "INSERT INTO articles (id, content_hash, text, extractor, ingested_at, published) VALUES (?, '', 'x', 'bench', 'now', '2005-03-01')",
            [(f"a{n}",) for n in range(0, len(names), PER_ARTICLE)],
        )
        db.executemany("INSERT INTO speakers (id, name, type, surname) VALUES (?, ?, 'person', ?)", [(n, name, name.split()[-1]) for n, name in enumerate(names)])
        db.executemany(
            "INSERT INTO statements (id, article_id, seq, kind, text, content, speaker_id, speaker_name, speaker_type, confidence, extractor)"
            " VALUES (?, ?, ?, 'direct', 'We will win', '[]', ?, ?, 'person', 1.0, 'bench')",
            [(n, f"a{n - n % PER_ARTICLE}", n % PER_ARTICLE, n, name) for n, name in enumerate(names)],
        )
        db.executemany(  # speaker_key: the whole name, so each name's quotation is its own
            "INSERT INTO quotations (id, speaker_key, speaker_name, key, text) VALUES (?, ?, ?, 'we will win', 'We will win')",
            [(n, name.lower(), name) for n, name in enumerate(names)],
        )
        db.executemany("INSERT INTO quotation_occurrences (statement_id, quotation_id, key) VALUES (?, ?, 'we will win')", [(n, n) for n in range(len(names))])
        if keyed:
            db.execute("UPDATE speakers SET name_key = name_key(name)")
            db.execute("UPDATE statements SET speaker_name_key = name_key(speaker_name)")
            db.execute("UPDATE quotations SET speaker_name_key = name_key(speaker_name)")


def best_of(repeat: int, work: Callable[[], int]) -> tuple[float, float, int]:
    """The fastest of ``repeat`` runs, in wall and in CPU seconds (on a shared machine, trust CPU), and what it found."""
    walls, cpus, found = [], [], 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        found = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--typed", default="o'ka", help="the part of a name searched for")
    args = parser.parse_args()
    names = synthetic_names(args.names)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "names.db") as store:
        fill(store, names)
        like = "%" + args.typed.replace("'", "’") + "%"
        checks = {
            "LIKE on speakers.name (reference)": lambda: len(store.db.execute("SELECT id FROM speakers WHERE name LIKE ?", (like,)).fetchall()),
            "statements --speaker": lambda: len(store.statements(Query(speaker=args.typed))),
            "speakers --name": lambda: len(store.speakers(args.typed)),
            "quotations --speaker": lambda: len(quotations(store.db, speaker=args.typed)),
        }
        print(f"{len(names):,} names, {args.typed!r}, best of {args.repeat}; {platform.processor() or platform.machine()},"
              f" {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, SQLite {sqlite3.sqlite_version}")
        print("| filter | wall s | CPU s | found |\n|---|---:|---:|---:|")
        for label, work in checks.items():
            wall, cpu, found = best_of(args.repeat, work)
            print(f"| {label} | {wall:.3f} | {cpu:.3f} | {found:,} |")


if __name__ == "__main__":
    main()
