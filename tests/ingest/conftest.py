"""Tiny inputs of every format, written inside the tests: no network, no shared corpus."""

from __future__ import annotations

import gzip
import json

import pytest

from saidwhat.ingest import warc_response

PAGE = """<!doctype html><html><head><title>Minister vows victory | Daily News</title>
<meta property="article:published_time" content="2024-03-18T09:00:00Z">
<meta name="author" content="Sam Writer"><meta property="og:site_name" content="Daily News"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Minister vows victory</h1>
<p>The defence minister spoke to reporters in Paris on Friday about the war and its cost.</p>
<p>“We will win this war, and we will win it soon,” said Jane Doe, the defence minister.</p>
<blockquote class="pullquote">We will win this war, and we will win it soon</blockquote>
<p>She added that <q>nothing is excluded</q> in the weeks ahead.</p>
<p>Officials in the ministry said the plan had been prepared over several months.</p>
</article><footer>Copyright Daily News</footer></body></html>"""


def page(title: str, quote: str, speaker: str = "Jane Doe") -> str:
    return PAGE.replace("Minister vows victory", title).replace("We will win this war, and we will win it soon", quote).replace("Jane Doe", speaker)


@pytest.fixture()
def warc_records():
    """A 200 HTML page, a 404, a PNG, and a second page: each one WARC record."""
    return [
        warc_response("https://news.example/a", PAGE.encode(), date="2024-03-19T10:00:00Z"),
        warc_response("https://news.example/missing", b"<html>Not found</html>", date="2024-03-19T10:00:01Z", status=404),
        warc_response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", date="2024-03-19T10:00:02Z", content_type="image/png"),
        warc_response("https://news.example/b", page("Talks resume", "Peace will come when the guns fall silent").encode(), date="2024-03-19T10:00:03Z"),
    ]


@pytest.fixture()
def warc_gz(tmp_path, warc_records):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in warc_records))
    return path


@pytest.fixture()
def jsonl(tmp_path):
    """Two good lines, an invalid one, one with undecodable bytes, one without text, one with HTML."""
    good = {"id": "n1", "text": "“Prices will fall,” said John Smith, the bank's governor.", "title": "Prices", "url": "https://news.example/n1", "published": "2024-03-18T08:00:00Z"}
    lines = [
        json.dumps(good).encode(),
        b'{"text": "broken',
        b'{"text": "caf\xe9 latin-1 bytes"}',
        json.dumps({"title": "no text"}).encode(),
        json.dumps({"html": PAGE, "url": "https://news.example/a"}).encode(),
    ]
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path
