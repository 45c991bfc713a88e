"""Each reader on tiny inputs: what it reads, and every bad record as a located problem."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest

from saidwhat.ingest import Fields, article_id, detect_format, expand_inputs, html_article, read_inputs, warc_response
from saidwhat.pipeline import extract

from .conftest import PAGE


def read(*paths, **options):
    problems, skipped = [], Counter()
    articles = list(read_inputs([str(p) for p in paths], problems=problems, skipped=skipped, **options))
    return articles, problems, skipped


def test_html_page_text_metadata_and_quotes_once(nlp):
    article = html_article(PAGE.encode(), source="page.html", url="https://news.example/a")
    assert article.title == "Minister vows victory"
    assert article.published == "2024-03-18"  # the page's own date, not a fallback
    assert (article.author, article.site) == ("Sam Writer", "Daily News")
    assert article.id == article_id(article.text, "https://news.example/a")
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert "She added that “nothing is excluded” in the weeks ahead." in article.text.splitlines()
    statements = extract(article, nlp=nlp).statements
    wins = [s for s in statements if s.text.startswith("We will win")]
    assert [(s.kind, s.speaker.name) for s in wins] == [("direct", "Jane Doe")]  # the pull-quote is not a second one
    assert any(s.kind == "mixed" and "nothing is excluded" in s.text for s in statements)


def test_blockquote_without_marks_becomes_a_quotation():
    html = "<html><body><article><h1>Budget</h1><p>The minister was asked about the cuts announced in March for schools.</p><blockquote><p>We cannot spend money we do not have.</p></blockquote><p>Critics said the cuts would hurt the poorest families in the country.</p></article></body></html>"
    text = html_article(html.encode(), source="b.html").text
    assert "“We cannot spend money we do not have.”" in text


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "the page is empty"), (b"<html><head><title>Login</title></head><body><script>x()</script> </body></html>", "no article text"),
     (b"\x00\x01<html>binary</html>", "looks like a binary file"),
     (b"<html><meta charset='no-such-set'><p>x</p></html>", "unknown character set")],
)
def test_bad_pages_are_clear_errors(data, reason):
    with pytest.raises(ValueError, match=reason):
        html_article(data, source="p.html")


def test_a_page_in_another_charset_than_declared_falls_back_like_a_browser():
    body = "<p>Café owners marched through the town centre on Saturday morning to protest against the rent rise.</p>"
    data = f"<html><head><meta charset='utf-8'></head><body><article><h1>Café owners protest</h1>{body}</article></body></html>"
    article = html_article(data.encode("latin-1"), source="p.html")
    assert "Café owners marched" in article.text


def test_declared_charset_is_used():
    data = "<html><head><meta charset='iso-8859-1'></head><body><article><h1>Caf\u00e9 owners protest</h1><p>Caf\u00e9 owners marched through the town centre on Saturday morning to protest.</p></article></body></html>".encode("latin-1")
    assert "Café owners marched" in html_article(data, source="p.html").text


def test_warc_reads_html_responses_and_counts_the_rest(warc_gz):
    articles, problems, skipped = read(warc_gz, published="2000-01-01")
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/b"]
    assert articles[0].source == f"{warc_gz}@0" and articles[1].source.startswith(f"{warc_gz}@")
    assert articles[0].id == article_id(articles[0].text, "https://news.example/a")
    assert articles[0].published == "2024-03-18"  # the page's date
    assert problems == [] and skipped == Counter({"HTTP 404": 1, "image/png": 1})


def test_warc_uncompressed_and_the_record_date_as_fallback(tmp_path):
    path = tmp_path / "crawl.warc"
    undated = PAGE.replace('<meta property="article:published_time" content="2024-03-18T09:00:00Z">', "")
    path.write_bytes(warc_response("https://news.example/u", undated.encode(), date="2024-03-19T10:00:00Z"))
    [article], problems, _ = read(path)
    assert article.published == "2024-03-19" and not problems


def test_truncated_gzip_keeps_the_records_before_and_locates_the_cut(tmp_path, warc_records):
    members = [gzip.compress(r) for r in warc_records]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members)[:-60])
    articles, problems, _ = read(path)
    assert [a.url for a in articles] == ["https://news.example/a"]
    [problem] = problems
    offset = sum(len(m) for m in members[:3])
    assert problem.source == f"{path}@{offset}" and "cut short" in problem.message


def test_not_a_warc_is_a_problem(tmp_path):
    path = tmp_path / "x.warc"
    path.write_bytes(b"hello, this is no archive\n" * 3)
    articles, problems, _ = read(path)
    assert articles == [] and "x.warc" in problems[0].message


def test_jsonl_good_lines_read_bad_lines_located(jsonl):
    articles, problems, _ = read(jsonl)
    assert [a.id for a in articles] == ["n1", article_id(articles[1].text, "https://news.example/a")]
    first = articles[0]
    assert (first.title, first.url, first.published, first.source) == ("Prices", "https://news.example/n1", "2024-03-18", f"{jsonl}:1")
    assert [(p.source, reason in p.message) for p, reason in zip(problems, ["not valid JSON", "not valid UTF-8", "no 'text'"])] == [
        (f"{jsonl}:2", True), (f"{jsonl}:3", True), (f"{jsonl}:4", True)]


@pytest.mark.parametrize(("text", "title"), [
    ("Minister vows victory\n\nShe said: “We will win.”\n", "Minister vows victory"),
    ("\n\nMinister vows victory\nShe said so.\n", "Minister vows victory"),
    ("“We will win,” she said. " * 40, None),  # one line, a scraped dump: no title
    ("“We will win,” she said. " * 40 + "\nMore.", None),  # a first line of 1,000 characters is a paragraph
])
def test_text_title_is_a_short_first_line_with_more_after_it(tmp_path, text, title):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    articles, problems, _ = read(tmp_path / "a.txt", tmp_path / "a.jsonl")
    assert problems == [] and [a.title for a in articles] == [title, title]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read_in_the_encoding_it_names(tmp_path, encoding):
    text = "Café owners protest\n\n“We will win,” said Renée Dubois."
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")  # Python writes the mark itself for the others
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    [article], problems, _ = read(tmp_path / "a.txt")
    assert problems == [] and article.text == text and article.title == "Café owners protest"


def test_utf16_without_a_mark_is_refused_with_the_fix(tmp_path):
    (tmp_path / "a.txt").write_bytes("Title\n\nShe said so.".encode("utf-16-le"))
    _, [problem], _ = read(tmp_path / "a.txt")
    assert "UTF-16 without a byte-order mark" in problem.message and "iconv -f utf-16le -t utf-8" in problem.message


def test_jsonl_field_mapping(tmp_path):
    path = tmp_path / "api.jsonl"
    path.write_text('{"body": "Jane Doe said the plan would work.", "link": "https://x.example/1", "date": "2024-01-02"}\n')
    [article], problems, _ = read(path, fields=Fields.parse(["text=body", "url=link", "published=date"]))
    assert (article.url, article.published, article.id) == ("https://x.example/1", "2024-01-02", article_id("", "https://x.example/1"))
    assert (article.author, article.site) == (None, None)
    path.write_text('{"text": "Jane Doe said the plan would work.", "byline": "Sam Writer", "site": "Daily News"}\n')
    [article], _, _ = read(path, fields=Fields.parse(["author=byline"]))
    assert (article.author, article.site) == ("Sam Writer", "Daily News")
    with pytest.raises(ValueError, match="use FIELD=KEY"):
        Fields.parse(["body"])


def test_a_5_mb_article_and_undecodable_text_fail_alone(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"word " * 1_100_000)
    (tmp_path / "latin.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (tmp_path / "ok.txt").write_text("Jane Doe said the plan would work.")
    articles, problems, _ = read(tmp_path)
    assert [a.source.rsplit("/", 1)[1] for a in articles] == ["ok.txt"]
    assert sorted(p.message.split(": ", 1)[1][:20] for p in problems) == ["5,500,000 bytes is m", "not valid UTF-8 (byt"]


def test_folders_and_globs_mix_formats_told_by_content_and_extension(tmp_path, warc_gz, jsonl):
    (tmp_path / "page.htm").write_text(PAGE)
    (tmp_path / "noext").write_text(PAGE)
    (tmp_path / "note.txt").write_text("Jane Doe said the plan would work.")
    (tmp_path / ".hidden.txt").write_text("skip me")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    files = expand_inputs([str(tmp_path)])
    assert [f.rsplit("/", 1)[1] for f in files] == ["crawl.warc.gz", "export.jsonl", "noext", "note.txt", "page.htm"]
    assert expand_inputs([str(tmp_path / "*.j*")]) == [str(jsonl)]
    formats = [detect_format(f, open(f, "rb").read(4096) if not f.endswith(".gz") else b"WARC/1.0") for f in files]
    assert formats == ["warc", "jsonl", "html", "text", "html"]
    articles, problems, _ = read(tmp_path)
    assert len(articles) == 2 + 2 + 1 + 1 + 1 and len(problems) == 3


@pytest.mark.parametrize(
    "name, head, fmt",
    [("a.bin", b"WARC/1.1\r\n", "warc"), ("a", b'{"text": "x"}\n', "jsonl"), ("a.txt", b"<!DOCTYPE html><html>", "html"),
     ("a.txt", b"Plain words <b>", "text"), ("a.jsonl", b"", "jsonl"), ("a.html", b"no markup", "html")],
)
def test_detect_format(name, head, fmt):
    assert detect_format(name, head) == fmt


def test_a_missing_file_and_an_empty_glob_are_problems(tmp_path):
    articles, problems, _ = read(tmp_path / "nope.txt", tmp_path / "*.warc")
    assert articles == [] and [p.message.split(": ", 1)[1][:11] for p in problems] == ["cannot read", "cannot read"]
