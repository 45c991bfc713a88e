"""Hostile records and pages: each fails alone with a message that names it and the fix, or is read."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from saidwhat.errors import InputError
from saidwhat.ingest import html_article, read_inputs
from saidwhat.ingest.html import MIN_REPEAT_WORDS, _drop_repeats, _words


def read(*paths, **options):
    problems, skipped = [], Counter()
    articles = list(read_inputs([str(p) for p in paths], problems=problems, skipped=skipped, **options))
    return articles, problems


def test_json_lines_of_odd_shapes_and_types_fail_alone_in_json_terms(tmp_path):
    lines = [
        json.dumps({"id": "first", "text": "Jane Doe said the plan would work."}),
        "[1, 2]", "42", "null",
        json.dumps({"id": "n", "text": None}),
        json.dumps({"id": {"x": 1}, "text": "Bob Ray said it would rain."}),
        json.dumps({"id": 7, "text": "Ann Lee said so."}),
        '{"text": "cut \u0001 short',  # a control character inside a string
        json.dumps({"id": "last", "text": "Cy Do said it again."}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read(tmp_path / "a.jsonl")
    assert [a.id for a in articles] == ["first", "7", "last"]
    assert [p.message.split(": ", 1)[1] for p in problems] == [
        "a JSON array, not an object with a 'text' field",
        "a JSON number, not an object with a 'text' field",
        "a JSON null, not an object with a 'text' field",
        "no 'text' or 'html' field with text; map another with --field text=KEY",
        "field 'id' is a JSON object, not a string",
        "not valid JSON (Invalid control character at column 15); fix or remove the line",
    ]


def test_an_unpaired_surrogate_in_a_json_record_is_that_records_problem(tmp_path):
    # "\ud800" is valid JSON but no text: it ended the whole run with a UnicodeEncodeError.
    lines = [
        '{"id": "s1", "text": "\\ud800 Jane Doe said the plan would work."}',
        '{"id": "s2", "text": "Bob Ray said it would rain.", "title": "Rain \\udc00"}',
        '{"id": "\\ud83d", "text": "Ann Lee said so."}',
        '{"id": "ok", "text": "Cy Do said it \\ud83d\\ude00 again."}',  # a whole pair is an emoji
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read(tmp_path / "a.jsonl")
    assert [(a.id, a.text) for a in articles] == [("ok", "Cy Do said it \U0001f600 again.")]
    assert [p.message.split(": ", 1)[1] for p in problems] == [
        "field 'text' has an unpaired UTF-16 surrogate (\\ud800 at character 0), which is no text; fix the exporter or remove it",
        "field 'title' has an unpaired UTF-16 surrogate (\\udc00 at character 5), which is no text; fix the exporter or remove it",
        "field 'id' has an unpaired UTF-16 surrogate (\\ud83d at character 0), which is no text; fix the exporter or remove it",
    ]


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head><title>Talks</title>{head}</head><body>{body}</body></html>".encode()


QUOTE = "<p>“We will win this war, and we will win it soon,” said Jane Doe, the defence minister, on Monday.</p>"


@pytest.mark.parametrize("charset", ["utf8mb4", "x-no-such-set"])
def test_a_page_declaring_a_charset_no_decoder_knows_is_read_as_a_browser_reads_it(charset):
    # "utf8mb4" is MySQL's name for UTF-8, found in real pages; the page was refused.
    article = html_article(_page(QUOTE.replace("Jane", "Zoë"), f'<meta charset="{charset}">'), source="p.html")
    assert "said Zoë Doe" in article.text


def test_markup_nested_past_the_parsers_reach_is_refused_not_read_without_its_text():
    nested = lambda depth: _page("<div>" * depth + QUOTE + "</div>" * depth)  # noqa: E731
    # libxml2 dropped what lay deeper than 255 elements: "no article text found", a wrong reason.
    assert "said Jane Doe" in html_article(nested(1_000), source="p.html").text
    with pytest.raises(InputError, match="p.html: its markup is nested more than 2,048 elements deep, past what the HTML parser reads"):
        html_article(nested(3_000), source="p.html")


def _drop_repeats_by_every_pair(text: str) -> str:
    """The rule as first written, comparing every pair of lines: the oracle for the indexed one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    keys = [_words(line) for line in lines]
    kept = lines[:1]
    for i in range(1, len(lines)):
        key = keys[i]
        repeated = len(key.split()) >= MIN_REPEAT_WORDS and any(
            j != i and (key in keys[j] if len(keys[j]) > len(key) else (key == keys[j] and j < i)) for j in range(1, len(lines))
        )
        if not repeated:
            kept.append(lines[i])
    return "\n".join(kept)


def test_pull_quotes_are_dropped_as_comparing_every_pair_would_drop_them():
    rng = random.Random(7)
    words = "we will win the war. We Will, soon".split()
    for _ in range(400):
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(0, 10))]
        for _ in range(rng.randint(0, 3)):  # a line again, or a piece of one: a pull-quote
            if lines:
                source = rng.choice(lines).split()
                start = rng.randint(0, len(source))
                lines.insert(rng.randint(0, len(lines)), " ".join(source[start : rng.randint(start, len(source))]))
        text = "\n".join(lines)
        assert _drop_repeats(text) == _drop_repeats_by_every_pair(text), text


def test_a_page_of_many_paragraphs_keeps_them_all_and_drops_its_pull_quote():
    # Comparing every pair of 20,000 paragraphs took 46 s; the index of word runs takes well under one.
    paragraphs = [f"Paragraph {i} says something of its own about the war." for i in range(20_000)]
    text = "\n".join(["Headline", *paragraphs, "something of its own about"])
    assert _drop_repeats(text) == "\n".join(["Headline", *paragraphs])


def test_a_warc_record_with_a_date_that_is_no_date_is_read_with_the_fallback(tmp_path):
    from saidwhat.ingest import warc_response

    records = [
        warc_response("https://news.example/a", _page(QUOTE), date="not-a-date"),
        warc_response("https://news.example/b", _page(QUOTE.replace("Jane", "Bob")), date="0000-00-00T00:00:00Z"),
        warc_response("https://news.example/c", _page(QUOTE.replace("Jane", "Ann")), date="2024-03-19T10:00:00Z"),
    ]
    (tmp_path / "crawl.warc").write_bytes(b"".join(records))
    articles, problems = read(tmp_path / "crawl.warc", published="2024-01-02")
    # The bad dates failed their articles at extraction ("publication date 'not-a-date' is not a date").
    assert problems == [] and [a.published for a in articles] == ["2024-01-02", "2024-01-02", "2024-03-19"]


def test_json_nested_past_the_recursion_limit_is_a_problem_not_the_end_of_the_run(tmp_path):
    good = json.dumps({"id": "a", "text": "Jane Doe said the plan would work."})
    (tmp_path / "a.jsonl").write_text("\n".join([good, "[" * 100_000, json.dumps({"id": "b", "text": "Bob Ray said so."})]) + "\n")
    (tmp_path / "b.json").write_text("[" + good.replace('"a"', '"c"') + ",\n" + "[" * 100_000 + "]" * 100_000 + "]")
    articles, problems = read(tmp_path / "a.jsonl", tmp_path / "b.json")
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert sorted(p.message.rsplit("/", 1)[1] for p in problems) == [
        "a.jsonl:2: JSON nested too deeply (arrays or objects hundreds of levels deep) to be an article; fix or remove the line",
        "b.json:2: JSON nested too deeply (arrays or objects hundreds of levels deep) to be an article; "
        "fix the file (the records before this line were read)",
    ]


def test_a_line_too_long_for_an_article_is_skipped_without_being_read_whole(tmp_path, monkeypatch):
    import io

    from saidwhat.ingest import jsonl

    # A file of one 2 GB line was read whole into memory before it was refused; now only its start is.
    lines = list(jsonl._lines(io.BytesIO(b"short\n" + b"x" * 5_000_000 + b"\nlast"), limit=100))
    assert [(line[:5], len(line), size) for line, size in lines] == [(b"short", 6, 6), (b"xxxxx", 100, 5_000_001), (b"last", 4, 4)]
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 100)
    big = json.dumps({"id": "big", "text": "Jane Doe said it. " * 20})
    (tmp_path / "a.jsonl").write_text("\n".join([big, json.dumps({"id": "ok", "text": "Bob Ray said so."})]) + "\n")
    articles, problems = read(tmp_path / "a.jsonl")
    assert [a.id for a in articles] == ["ok"]
    assert [p.message.rsplit("/", 1)[1] for p in problems] == [
        f"a.jsonl:1: a line of {len(big) + 1:,} bytes is more than one article (at most 100); a JSONL line is one article, check that the file is JSON Lines"
    ]


def test_a_page_that_would_keep_the_parsers_busy_for_minutes_is_refused_at_once():
    # 90,000 attributes on one tag took 99 s (libxml2, htmldate and jusText are each quadratic in them);
    # 300,000 paragraphs took trafilatura over 5 minutes.
    attributes = " ".join(f'a{i}="x"' for i in range(1_001))
    with pytest.raises(InputError, match=r"p.html: a tag with 1,001 attributes \(at character 45\) is no news page's \(at most 1,000\)"):
        html_article(_page(f"<p {attributes}>{QUOTE}</p>"), source="p.html")
    with pytest.raises(InputError, match="p.html: 50,005 elements is more than a news page has .at most 50,000.; is it a listing"):
        html_article(_page(QUOTE + "<p>x</p>" * 50_000), source="p.html")
    # A long attribute is not many: JSON with "a=b" in a data-* value (server-rendered pages carry such).
    props = json.dumps({f"k{i}": f"v={i}" for i in range(3_000)}).replace('"', "&quot;")
    assert "said Jane Doe" in html_article(_page(f'<div data-props="{props}" hidden>{QUOTE}</div>'), source="p.html").text


def test_a_warc_record_larger_than_a_page_is_never_read_whole(tmp_path, monkeypatch):
    from saidwhat.ingest import warc, warc_response

    monkeypatch.setattr(warc, "MAX_RECORD_BYTES", 5_000)  # a 4 GB video was read whole into memory to be skipped
    records = [
        warc_response("https://news.example/v.mp4", b"\x00" * 50_000, date="2024-03-19T10:00:00Z", content_type="video/mp4"),
        warc_response("https://news.example/huge", _page(QUOTE + "<p>Filler words.</p>" * 2_000), date="2024-03-19T10:00:00Z"),
        warc_response("https://news.example/a", _page(QUOTE), date="2024-03-19T10:00:00Z"),
    ]
    (tmp_path / "crawl.warc").write_bytes(b"".join(records))
    problems, skipped = [], Counter()
    articles = list(read_inputs([str(tmp_path / "crawl.warc")], problems=problems, skipped=skipped))
    assert [a.url for a in articles] == ["https://news.example/a"] and skipped == Counter({"video/mp4": 1})
    [problem] = problems
    assert problem.message.endswith(f"bytes is more than the {warc.MAX_PAGE_BYTES:,} allowed for one page")


def test_a_warc_record_whose_length_is_no_number_is_a_problem_not_a_crash(tmp_path):
    from saidwhat.ingest import warc_response

    damaged = warc_response("https://news.example/a", _page(QUOTE), date="2024-03-19T10:00:00Z").replace(b"Content-Length: ", b"Content-Length: x", 1)
    (tmp_path / "crawl.warc").write_bytes(damaged)
    articles, problems = read(tmp_path / "crawl.warc")
    assert articles == [] and problems[0].message.endswith("@0: Content-Length 'x246' is no number; the record is damaged")


def test_a_brotli_body_is_inflated_no_further_than_a_page(monkeypatch):
    brotli = pytest.importorskip("brotli")
    from saidwhat.ingest import warc

    monkeypatch.setattr(warc, "MAX_PAGE_BYTES", 1_000)
    bomb = brotli.compress(b"\x00" * 10_000_000, quality=1)  # a few hundred bytes that inflated whole
    assert len(warc._decompress(bomb, "br", "x")) < 1_000_000
    assert warc._decompress(brotli.compress(b"<p>hello</p>"), "br", "x") == b"<p>hello</p>"


def test_a_device_is_a_problem_named_at_once_never_read(tmp_path):
    # /dev/zero was read 20 MB deep and called "20,000,001 bytes"; a terminal would wait for typing.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")  # a device in a folder was skipped without a word
    articles, problems = read("/dev/null", folder)
    assert articles == []
    assert [p.message for p in problems] == [
        f"{name}: is a character device, not a file of articles, and reading it may never end; "
        "give files or folders, or pipe a program's output into - (prog | saidwhat ingest -)"
        for name in ("/dev/null", f"{folder}/zero.txt")
    ]


def _fifo(path, text: str | None = None, delay: float = 0.0):
    """A named pipe at ``path``; with ``text``, a thread writes it after ``delay`` seconds."""
    import os
    import threading
    import time

    os.mkfifo(path)
    if text is not None:
        def write():
            time.sleep(delay)
            with open(path, "w", encoding="utf-8") as pipe:  # waits for the reader
                pipe.write(text)

        threading.Thread(target=write, daemon=True).start()
    return path


def test_a_pipe_nothing_writes_into_is_a_problem_not_a_hang(tmp_path, monkeypatch):
    from saidwhat.ingest import sources

    monkeypatch.setattr(sources, "PIPE_WAIT_SECONDS", 0.2)
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    articles, problems = read(_fifo(tmp_path / "feed.txt"), tmp_path / "a.txt")  # a plain open() waited forever
    assert [a.source for a in articles] == [f"{tmp_path}/a.txt"]
    assert [p.message for p in problems] == [
        f"{tmp_path}/feed.txt: is a pipe and no program wrote into it within 0.2 s; "
        "start the program that writes into it first, or pipe its output into - (prog | saidwhat ingest -)"
    ]


@pytest.mark.parametrize("delay", [0.0, 0.3])
def test_a_pipe_a_program_writes_into_is_read_and_not_used_up_by_the_estimate(tmp_path, delay):
    from saidwhat.ingest import estimate_articles

    # The writer there before saidwhat, or started beside it (within PIPE_WAIT_SECONDS).
    pipe = str(_fifo(tmp_path / "feed.jsonl", json.dumps({"id": "p", "text": QUOTE}) + "\n", delay))
    # The progress bar's count read the pipe to its end, and ingest found it empty.
    assert estimate_articles([pipe]) == 1
    articles, problems = read(pipe)
    assert [a.id for a in articles] == ["p"] and problems == []


def test_a_stream_over_a_page_is_said_to_be_over_not_given_the_size_read(monkeypatch):
    import io

    from saidwhat.ingest import sources

    monkeypatch.setattr(sources, "MAX_PAGE_BYTES", 100)
    problems: list = []
    assert list(sources.read_stream("<stdin>", io.BytesIO(b"x" * 1_000), problems=problems)) == []
    assert [p.message for p in problems] == ["<stdin>: over 100 bytes, more than the 5,000,000 allowed for one article"]


@pytest.mark.parametrize("chunk", [1, 3, 1 << 20])
def test_the_progress_estimate_counts_lines_without_reading_one_whole(chunk):
    import io

    from saidwhat.ingest.sources import count_lines

    # The reader's rule: a line of spaces alone is no record; any other is one (a problem if no JSON).
    data = b'{"a": 1}\n\n  \t\n{"b":\n' + b"x" * 50 + b"\n \n{}"
    assert count_lines(io.BytesIO(data), chunk) == 4
    assert count_lines(io.BytesIO(b""), chunk) == 0 and count_lines(io.BytesIO(b"\n\n"), chunk) == 0

    class Reads(io.BytesIO):  # a 200 MB line was read whole to be counted; now never more than a chunk
        def read(self, size=-1):
            assert 0 < size <= chunk
            return super().read(size)

    assert count_lines(Reads(b"y" * 100 + b"\nz"), chunk) == 2


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("&#8220;We will win,&#8221; said Jos&#233; Ruiz.", "“We will win,” said José Ruiz."),
        ("&quot;No,&quot; said Ann &amp; Bob&#x2019;s lawyer.", "\"No,\" said Ann & Bob’s lawyer."),
        ("AT&T and Q&A, &copy or &foo; stay.", "AT&T and Q&A, &copy or &foo; stay."),  # no whole reference
        ("&amp;amp; once; &#xD800; &#0; no surrogate.", "&amp; once; \ufffd \ufffd no surrogate."),
    ],
)
def test_html_character_references_in_text_are_the_characters_they_stand_for(tmp_path, written, read_as):
    (tmp_path / "a.txt").write_text(written, encoding="utf-8")
    record = {"id": "j", "text": written, "title": written, "author": "Jos&#233;", "url": "https://x.example/?a=1&amp;b=2"}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, problems = read(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert problems == [] and [a.text for a in articles] == [read_as, read_as]
    jsonl = articles[1]
    assert (jsonl.title, jsonl.author, jsonl.url) == (read_as, "José", "https://x.example/?a=1&amp;b=2")  # a URL as given


def test_an_article_keeps_the_id_of_its_text_as_written(tmp_path):
    # The id it was stored under before references were unescaped: re-ingesting replaces it, not
    # stores it a second time beside the old one.
    from saidwhat.ingest.text import article_id

    written = "Prices &amp; wages will rise, said Jane Doe."
    (tmp_path / "a.txt").write_text(written, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": written}) + "\n", encoding="utf-8")
    articles, problems = read(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert problems == [] and [(a.id, a.text) for a in articles] == [(article_id(written), written.replace("&amp;", "&"))] * 2


def test_a_quotation_between_escaped_marks_is_found(nlp):
    from saidwhat.ingest import text_article
    from saidwhat.pipeline import extract

    article = text_article("&#8220;We will win this war,&#8221; said Jane Doe, the defence minister.".encode(), source="a.txt")
    [statement] = extract(article, nlp=nlp).statements
    [content] = statement.content  # offsets into the stored, unescaped text
    assert (statement.speaker.name, article.text[content.start : content.end]) == ("Jane Doe", "We will win this war")


@pytest.mark.parametrize("data", [b"", b"\n  \n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n"])
def test_a_jsonl_file_with_no_line_is_empty_as_a_text_or_json_file_is(tmp_path, data):
    # It gave no article, no problem and exit code 0, as if all had been read.
    (tmp_path / "a.jsonl").write_bytes(data)
    (tmp_path / "b.json").write_bytes(data)
    articles, problems = read(tmp_path / "a.jsonl", tmp_path / "b.json")
    assert articles == [] and [p.message for p in problems] == [f"{tmp_path}/{n}: the file is empty" for n in ("a.jsonl", "b.json")]


def test_a_nul_is_never_stored_the_file_is_binary_or_it_is_read_as_in_html(tmp_path):
    late = "“We will win,” said Jane Doe. " * 200  # past the first 4 kB, where a NUL says "binary"
    (tmp_path / "late.txt").write_text(late + "\x00 And Bob Ray said so.", encoding="utf-8")
    (tmp_path / "early.txt").write_text("“We will win,” said Jane\x00 Doe.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "n", "text": "“Yes,” said Jane\x00 Doe.", "author": "Jane\x00"}) + "\n", encoding="utf-8")
    articles, problems = read(tmp_path / "late.txt", tmp_path / "early.txt", tmp_path / "a.jsonl")
    assert [a.text[-22:] for a in articles] == ["\ufffd And Bob Ray said so.", "“Yes,” said Jane\ufffd Doe."[-22:]]
    assert articles[1].author == "Jane\ufffd"  # as the HTML reader reads one (a browser draws it so)
    assert [p.message.split(": ", 1)[1] for p in problems] == [
        "looks like a binary file, not text (or UTF-16 without a byte-order mark); give a UTF-8 text article, e.g. iconv -f utf-16le -t utf-8"
    ]


@pytest.mark.parametrize(
    ("suffix", "magic", "kind", "command"),
    [("zst", b"\x28\xb5\x2f\xfd", "zstd", "zstd -d"), ("xz", b"\xfd7zXZ\x00", "xz", "xz -d"), ("bz2", b"BZh91AY&SY", "bzip2", "bunzip2")],
)
def test_a_file_compressed_otherwise_than_with_gzip_is_named_so_in_a_folder_too(tmp_path, suffix, magic, kind, command):
    # It was "a binary file, or UTF-16 without a byte-order mark"; in a folder, skipped without a word.
    (tmp_path / "a.txt").write_text("BZh, the text of an article that opens so.", encoding="utf-8")
    name = tmp_path / f"feed.jsonl.{suffix}"
    name.write_bytes(magic + b"\x00" * 20)
    articles, problems = read(tmp_path)
    assert [a.source for a in articles] == [f"{tmp_path}/a.txt"]
    assert [p.message for p in problems] == [f"{name}: is compressed with {kind}, which saidwhat does not read (it reads gzip); decompress it first: {command} {name}"]


def test_a_blank_id_is_no_id_as_an_empty_one_is(tmp_path):
    from saidwhat.ingest import article_id

    texts = ["Jane Doe said so.", "Bob Ray said it too."]
    records = [{"id": "   ", "text": texts[0]}, {"id": "", "text": texts[1]}]  # stored under an id no one could see
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    articles, problems = read(tmp_path / "a.jsonl")
    assert [a.id for a in articles] == [article_id(t) for t in texts] and problems == []


# A JSON document's records counted as the reader gives them: array items, or the values one after another.
JSON_DOCUMENTS = [
    ('[{"text": "a [b] {c}"},\n {"text": "d \\"]\\" e", "x": [1, {"y": 2}]}, 5, [6, 7], "s"]', 5),
    ('\ufeff{\n  "text": "pretty-printed, one object"\n}\n', 1),
    ('{"text": "a"} {"text": "b"}\n[{"text": "c"}]', 3),
    ("[]", 0),
    ("  \n", 0),
    ('[{"text": "é ü – “quoted” \\u00e9"}, {"text": "\\\\"}]', 2),
    ('[{"text": "read"},\n {"text": "cut"\n {"text": "never read"}]', 2),  # one read, then one problem
]


@pytest.mark.parametrize("chunk", [1, 2, 7, 1 << 20])
@pytest.mark.parametrize("document, records", JSON_DOCUMENTS)
def test_the_progress_estimate_counts_json_records_a_chunk_at_a_time(document, records, chunk):
    import io

    from saidwhat.ingest.jsonl import count_records

    class Reads(io.BytesIO):  # the whole document was read and decoded to be counted; now a chunk at a time
        def read(self, size=-1):
            assert 0 < size <= chunk
            return super().read(size)

    assert count_records(Reads(document.encode("utf-8")), chunk) == records


def test_the_estimate_of_a_gzipped_json_export_is_its_records(tmp_path):
    import gzip

    from saidwhat.ingest import estimate_articles

    records = [{"id": f"r{i}", "text": f"Jane Doe said {i} [sic] {{ }}."} for i in range(1_000)]
    (tmp_path / "export.json.gz").write_bytes(gzip.compress(json.dumps(records, indent=2).encode()))
    assert estimate_articles([str(tmp_path / "export.json.gz")]) == 1_000
