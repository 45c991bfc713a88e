"""Write the BBC corpus (../shared/corpora/bbc-2005) as a WARC.gz crawl and as a JSONL export.

Each article becomes an HTML page (headline in <h1>, one <p> a paragraph) in a
WARC response record with a made-up URL, and a JSONL line with its text; these
are the inputs of benchmarks/ingest.py. With ``--joined K ...`` the same
articles are also written joined K at a time into one text file each
(``joined-K/``): the same words as fewer, longer articles, for
benchmarks/throughput.py to show whether the cost grows with an article's
length faster than its words.

    python benchmarks/make_corpora.py --out build/corpora [--limit 2000]
    python benchmarks/make_corpora.py --out build/corpora --limit 160 --joined 1 10 40 160
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
from pathlib import Path

from saidwhat.ingest import warc_response

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpora" / "bbc-2005"


def articles(corpus: Path, limit: int | None) -> list[tuple[str, str]]:
    """(url, text) of the corpus's articles, in a fixed order."""
    files = sorted(corpus.rglob("*.txt"))[: limit or None]
    return [(f"https://bbc.example/{f.parent.name}/{f.stem}", f.read_text(encoding="utf-8", errors="replace")) for f in files]


def page(text: str) -> str:
    title, _, body = text.strip().partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in body.split("\n") if p.strip())
    return f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>\n{paragraphs}</article></body></html>"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=REPO / "build" / "corpora")
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles (0: all)")
    parser.add_argument("--joined", type=int, nargs="*", default=[], metavar="K", help="also write the articles joined K at a time")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    items = articles(args.corpus, args.limit)
    with open(args.out / "bbc.warc.gz", "wb") as warc:
        for url, text in items:
            warc.write(gzip.compress(warc_response(url, page(text).encode("utf-8"), date="2005-06-01T00:00:00Z")))
    with open(args.out / "bbc.jsonl", "w", encoding="utf-8") as jsonl:
        for url, text in items:
            jsonl.write(json.dumps({"url": url, "title": text.split("\n", 1)[0], "text": text, "published": "2005-06-01"}) + "\n")
    print(f"{len(items)} articles written to {args.out}/bbc.warc.gz and {args.out}/bbc.jsonl")
    for k in args.joined:
        folder = args.out / f"joined-{k}"
        folder.mkdir(exist_ok=True)
        for i in range(0, len(items), k):
            text = "\n\n".join(body.strip() for _, body in items[i : i + k]) + "\n"
            (folder / f"{i // k:04d}.txt").write_text(text, encoding="utf-8")
        print(f"{len(items)} articles joined {k} at a time written to {folder}/")


if __name__ == "__main__":
    main()
