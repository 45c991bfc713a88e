"""Each reader on tiny inputs: what it reads, and every bad record as a located problem."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from saidwhat.errors import InputError
from saidwhat.ingest import Fields, article_id, detect_format, distinct_ids, expand_inputs, html_article, read_inputs, warc_response
from saidwhat.ingest.text import MAX_BYTES, content_hash, is_site_root
from saidwhat.model import Article
from saidwhat.pipeline import extract, extract_many

from ..conftest import ROOT
from .conftest import PAGE, page


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
     (b"\x00\x01<html>binary</html>", "looks like a binary file")],
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


def test_a_warc_cut_inside_a_record_s_headers_says_so(tmp_path, warc_records):
    # The message was "record cut short (0 of ? bytes)".
    data = b"".join(warc_records)
    second = data.index(b"WARC/1.0", 1)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: second + 60])
    articles, problems, _ = read(path)
    assert [a.url for a in articles] == ["https://news.example/a"]
    assert [p.message for p in problems] == [f"{path}@{second}: record cut short in its headers (no Content-Length); the file is truncated"]


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
     ("a.txt", b"Plain words <b>", "text"), ("a.jsonl", b"", "jsonl"), ("a.html", b"no markup", "html"),
     ("a.json", b'{"text": "x"}\n', "json"), ("a", b'[\n  {"text": "x"}', "json"), ("a", b'\xef\xbb\xbf{\r\n  "text": "x"', "json"),
     ("a.json.gz", b"[]", "json"), ("a.txt", b"[Updated 10:42] The minister said", "text"), ("a", b"[Image: AP] Text", "text")],
)
def test_detect_format(name, head, fmt):
    assert detect_format(name, head) == fmt


def test_a_missing_file_and_an_empty_glob_are_problems(tmp_path):
    articles, problems, _ = read(tmp_path / "nope.txt", tmp_path / "*.warc")
    assert articles == [] and [p.message.split(": ", 1)[1][:16] for p in problems] == ["cannot read (No ", "no file matches "]


@pytest.mark.parametrize(
    "url, root",
    [("https://site.example/", True), ("https://site.example", True), ("https://site.example/index.html", True),
     ("https://site.example/en-gb/", True), ("https://site.example/?p=123", False), ("https://site.example/news/story-1", False),
     ("https://site.example/2024/03/18/", False)],
)
def test_a_site_root_is_no_article_url(url, root):
    assert is_site_root(url) is root


def test_pages_whose_canonical_link_is_the_home_page_keep_ids_of_their_own(tmp_path):
    """Many sites point every story's canonical link at their front page: three stories, not one."""
    home = '<head><link rel="canonical" href="https://site.example/">'
    for name, quote in [("p1", "We will win this war"), ("p2", "Peace will come soon enough"), ("p3", "Prices will fall by summer")]:
        (tmp_path / f"{name}.html").write_text(page(name, quote).replace("<head>", home))
    (tmp_path / "own.html").write_text(PAGE.replace("<head>", '<head><link rel="canonical" href="https://site.example/news/a">'))
    articles, problems, _ = read(tmp_path)
    by_name = {a.source.rsplit("/", 1)[1]: a for a in articles}
    stories = [by_name[f"p{i}.html"] for i in (1, 2, 3)]
    assert problems == [] and [a.url for a in stories] == [None, None, None]  # the home page is not their URL
    assert [a.id for a in stories] == [article_id(a.text) for a in stories] and len({a.id for a in articles}) == 4
    assert (by_name["own.html"].url, by_name["own.html"].id) == ("https://site.example/news/a", article_id("", "https://site.example/news/a"))


def test_a_later_different_article_with_an_id_already_read_gets_its_own():
    first = Article(id="u1", text="Jane Doe said the plan would work.", source="a.jsonl:1")
    other = Article(id="u1", text="Bob Ray said the plan would fail.", source="a.jsonl:2")
    again = Article(id="u1", text="Jane Doe said the plan would work.", source="b.jsonl:1")
    warnings: list[str] = []
    ids = [a.id for a in distinct_ids([first, other, again], warnings)]
    assert ids == ["u1", f"u1#{content_hash(other.text)[:8]}", "u1"]  # the same text read twice is one article
    assert warnings == [
        f"a.jsonl:2: has the id 'u1' of a.jsonl:1, a different article read before it; it gets the id 'u1#{content_hash(other.text)[:8]}', "
        "so that neither replaces the other (give each record its own id or URL)"
    ]


def test_a_json_array_export_is_read_as_records_with_their_lines(tmp_path):
    records = [{"id": "x1", "text": "Jane Doe said the plan would work.", "published": "2024-03-18"}, {"title": "no text"}, 5,
               {"id": "x4", "text": "Bob Ray said it would rain.", "published": "0001-01-01"}, {"id": "x5", "text": "Ann Lee said so."}]
    (tmp_path / "export.json").write_text(json.dumps(records, indent=2))
    articles, problems, _ = read(tmp_path / "export.json")
    assert [(a.id, a.published, a.source) for a in articles] == [("x1", "2024-03-18", f"{tmp_path}/export.json:2"), ("x5", None, f"{tmp_path}/export.json:16")]
    assert [p.message.split(": ", 1)[1] for p in problems] == [
        "no 'text' or 'html' field with text; map another with --field text=KEY",
        "a JSON number, not an object with a 'text' field",
        "published '0001-01-01' is out of range; give a date from 1100-01-01 to 9997-12-31 (relative dates are counted from it, "
        "up to 100 years back); or map another field with --field published=KEY",
    ]
    assert [p.source.rsplit("/", 1)[1] for p in problems] == ["export.json:7", "export.json:10", "export.json:11"]


def test_a_pretty_printed_object_without_json_extension_is_one_article(tmp_path):
    (tmp_path / "one").write_text(json.dumps({"id": "x1", "body": "Jane Doe said the plan would work."}, indent=2))
    [article], problems, _ = read(tmp_path / "one", fields=Fields.parse(["text=body"]))
    assert (article.id, article.text, problems) == ("x1", "Jane Doe said the plan would work.", [])


def test_broken_json_keeps_the_records_before_and_names_the_line(tmp_path):
    (tmp_path / "cut.json").write_text('[{"text": "Jane Doe said the plan would work."},\n {"text": "Bob said"\n {"text": "never read"}]')
    articles, [problem], _ = read(tmp_path / "cut.json")
    assert [a.text for a in articles] == ["Jane Doe said the plan would work."]
    assert problem.message == f"{tmp_path}/cut.json:3: not valid JSON (Expecting ',' delimiter at column 2); fix the file (the records before this line were read)"


@pytest.mark.parametrize("data, reason", [(b"  \n", "the file is empty"), (b'[{"text": "Jane Doe said', "not valid JSON (Unterminated string")])
def test_an_empty_or_unfinished_json_file_is_a_problem(tmp_path, data, reason):
    (tmp_path / "e.json").write_bytes(data)
    articles, problems, _ = read(tmp_path / "e.json")
    assert articles == [] and len(problems) == 1 and reason in problems[0].message


def test_standard_input_given_twice_is_refused_before_reading():
    with pytest.raises(InputError, match=r"- \(standard input\) is given 2 times; it can be read only once, give - once"):
        read_inputs(["-", "some.txt", "-"], problems=[])


def test_folders_with_nothing_to_read_are_refused_before_reading(tmp_path):
    # An empty folder, or one of other files only, gave no article and no problem: "0 articles", exit code 0.
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "other" / ".hidden.txt").write_text("Jane Doe said so.", encoding="utf-8")
    paths = [str(tmp_path / "empty"), str(tmp_path / "other")]
    with pytest.raises(InputError) as raised:
        read_inputs(paths, problems=[])
    assert str(raised.value).startswith(f"no articles found in {paths[0]}, {paths[1]}: no files to read there (.txt, .text, .html,")
    assert "hidden files are skipped); give files or folders that hold articles" in str(raised.value)
    (tmp_path / "other" / "a.txt").write_text("Jane Doe said so.", encoding="utf-8")
    assert [a.text for a in read_inputs(paths, problems=[])] == ["Jane Doe said so."]  # one folder with an article is enough


def test_a_path_that_names_nothing_stays_a_problem_of_its_own(tmp_path):
    problems: list = []
    assert list(read_inputs([str(tmp_path / "missing.txt")], problems=problems)) == []
    assert [p.message for p in problems] == [f"{tmp_path}/missing.txt: cannot read (No such file or directory); check the path"]
    assert list(read_inputs([str(tmp_path / "crawl" / "*.warc")], problems=problems)) == []
    assert problems[1].message == f"{tmp_path}/crawl/*.warc: no file matches this pattern; check the path"


def test_the_docs_state_the_size_limits_that_are_enforced(tmp_path, nlp):
    """docs/ingest.md once promised 5 MB an article; the parser takes 1,000,000 characters at once."""
    docs = (ROOT / "docs" / "ingest.md").read_text(encoding="utf-8")
    assert f"more than the {MAX_BYTES:,} allowed for one article" in docs
    assert f"more than the {nlp.max_length:,} the parser takes at once" in docs
    (tmp_path / "big.txt").write_text("Jane Doe said so. " * 60_000)  # 1,080,000 characters, under 5 MB
    [article], [], _ = read(tmp_path / "big.txt")
    problems: list = []
    assert list(extract_many([article], nlp=nlp, problems=problems)) == []
    assert problems[0].message == f"article {article.source}: 1,080,000 characters is more than the 1,000,000 the parser takes at once; split it into smaller articles"


def test_a_folder_s_license_and_readme_are_not_articles_unless_named(tmp_path):
    from saidwhat.ingest import expand_inputs

    for name in ("LICENSE", "README.md.txt", "readme.txt", "story.txt", "licensed-to-kill.txt"):
        (tmp_path / name).write_text("Jane Doe said so.", encoding="utf-8")
    assert [Path(f).name for f in expand_inputs([str(tmp_path)])] == ["licensed-to-kill.txt", "story.txt"]
    assert expand_inputs([str(tmp_path / "LICENSE")]) == [str(tmp_path / "LICENSE")]


def test_a_file_name_that_is_no_utf8_is_read_under_a_printable_name(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Hello there.", encoding="utf-8")
    bad = folder / b"\xff.txt".decode("utf-8", "surrogateescape")  # the name as os.listdir gives it: "\udcff.txt"
    bad.write_text("Another story.", encoding="utf-8")
    problems: list = []
    articles = list(read_inputs([str(folder)], problems=problems))
    assert not problems
    assert sorted(a.source for a in articles) == [f"{folder}/\\xff.txt", f"{folder}/ok.txt"]


@pytest.mark.parametrize("charset", ["punycode", "base64", "rot13"])
def test_a_page_naming_a_codec_that_is_no_character_set_is_read_as_a_browser_would(charset):
    import io

    from saidwhat.ingest.sources import read_stream

    page = f"<html><head><meta charset='{charset}'></head><body><article><p>The minister said: \"We will build more homes "
    page += "in every town of the country this year.\"</p></article></body></html>"
    problems: list = []
    [article] = read_stream("page.html", io.BytesIO(page.encode()), problems=problems)
    assert "We will build more homes" in article.text and not problems


def test_a_brotli_older_than_the_output_limit_still_inflates_the_page():
    brotli = pytest.importorskip("brotli")
    from saidwhat.ingest import warc

    class Before12:  # brotli 1.1: process() takes the body alone
        class Decompressor:
            def process(self, body):
                return brotli.decompress(body)

        decompress = staticmethod(brotli.decompress)

    assert warc._unbrotli(Before12, brotli.compress(b"<p>hello</p>")) == b"<p>hello</p>"


def test_a_broken_link_or_a_loop_in_a_folder_is_a_problem_not_skipped_in_silence(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Hello there.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    problems: list = []
    articles = list(read_inputs([str(folder)], problems=problems))
    assert [a.source for a in articles] == [f"{folder}/ok.txt"]
    assert sorted(p.article for p in problems) == [f"{folder}/gone.txt", f"{folder}/loop.txt"]
    assert all("cannot read" in p.message for p in problems)


def test_a_linked_folder_in_a_folder_is_read_and_a_link_to_a_parent_is_not(tmp_path):
    # rglob does not follow links: a corpus linked into the folder was skipped without a word.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "b.txt").write_text("Bob Ray said so.", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Not asked for.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Hello there.", encoding="utf-8")
    (folder / "linked").symlink_to(tmp_path / "corpus")
    # A loop through a parent or the folder itself: neither forever nor the tree above (notes.txt).
    (folder / "up").symlink_to(tmp_path)
    (folder / "self").symlink_to(folder)
    assert expand_inputs([str(folder)]) == [f"{folder}/a.txt", f"{folder}/linked/b.txt"]


ONE_LINE = '[{"id": "a", "text": "Jane Doe said [so]."}, {"id": "b", "text": "Bob said \\"no\\"."} {"id": "c", "text": "x"}]'


@pytest.mark.parametrize("chunk", [1, 5, 64, 1 << 20])
@pytest.mark.parametrize(
    "document, ids, message",
    [(json.dumps([{"id": f"r{i}", "text": f"Jane Doe said “{i}” [sic]."} for i in range(6)], indent=2, ensure_ascii=False),
      [f"r{i}" for i in range(6)], None),
     (ONE_LINE, ["a", "b"], "e.json:1: not valid JSON (Expecting ',' delimiter at column 86)"),  # the minified export's column
     ('[{"id": "a", "text": "Jane Doe said so."},\n {"id": "b", "text": "Bob said"\n {"text": "x"}]', ["a"],
      "e.json:3: not valid JSON (Expecting ',' delimiter at column 2)"),
     ('{"id": "a", "text": "Jane Doe said so."}\n\n{"id": "b", "text": "Bob said so."} 12', ["a", "b"],
      "e.json:3: a JSON number, not an object with a 'text' field")],  # "12" read whole, though cut at "1"
)
def test_a_json_document_is_read_a_chunk_at_a_time_with_the_same_lines_and_columns(tmp_path, monkeypatch, chunk, document, ids, message):
    from saidwhat.ingest import jsonl

    monkeypatch.setattr(jsonl, "CHUNK", chunk)
    (tmp_path / "e.json").write_text(document, encoding="utf-8")
    articles, problems, _ = read(tmp_path / "e.json")
    assert [a.id for a in articles] == ids
    assert [p.message.rsplit("/", 1)[1].split(";")[0] for p in problems] == ([message] if message else [])


def test_a_bad_byte_in_a_json_document_ends_it_there_after_the_records_before(tmp_path, monkeypatch):
    from saidwhat.ingest import jsonl

    monkeypatch.setattr(jsonl, "CHUNK", 64)
    records = b",\n".join(json.dumps({"id": f"r{i}", "text": "Jane Doe said so."}).encode() for i in range(4))
    (tmp_path / "e.json").write_bytes(b"[" + records + b',\n{"id": "bad", "text": "caf\xe9"}]')
    articles, [problem], _ = read(tmp_path / "e.json")
    assert [a.id for a in articles] == ["r0", "r1", "r2", "r3"]
    assert problem.message == f"{tmp_path}/e.json: not valid UTF-8 (byte 199); convert it first, e.g. iconv -f latin1 -t utf-8 (the records before it were read)"
    (tmp_path / "m.json").write_bytes(b"\xef\xbb\xbf" + records[:40] + b"\xe9")  # after a byte-order mark, in the first chunk
    assert read(tmp_path / "m.json")[1][0].message.split("; ")[0].endswith("not valid UTF-8 (byte 43)")
    (tmp_path / "u.json").write_bytes(json.dumps([{"id": "u", "text": "Jane Doe said so."}]).encode("utf-16"))  # with its byte-order mark
    assert [a.id for a in read(tmp_path / "u.json")[0]] == ["u"]
    # A damaged UTF-16 file (an unpaired surrogate) is no Latin-1 file: the fix names its own charset.
    (tmp_path / "w.json").write_bytes(json.dumps([{"id": "w", "text": "Jane"}]).encode("utf-16")[:-4] + b"\x00\xd8\x5d\x00")
    assert read(tmp_path / "w.json")[1][0].message.split("; ")[1].startswith("convert it first, e.g. iconv -f utf-16 -t utf-8")


@pytest.mark.parametrize("chunk", [1, 2, 3, 4, 1 << 20])
@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16", "utf-8-sig"])
def test_a_byte_order_mark_is_read_whole_however_small_the_first_chunk(tmp_path, monkeypatch, chunk, encoding):
    # A first read of under 4 bytes saw UTF-32's mark ff fe 00 00 as UTF-16's ff fe (and one byte
    # of it as no mark): the document was refused as invalid UTF-16, or as UTF-8, at byte 0.
    from saidwhat.ingest import jsonl

    monkeypatch.setattr(jsonl, "CHUNK", chunk)
    bom = {"utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")  # Python writes the mark itself for the others
    document = json.dumps([{"id": "a", "text": "Renée Dubois said so."}, {"id": "b", "text": "Bob said no."}], ensure_ascii=False)
    (tmp_path / "e.json").write_bytes(bom + document.encode(encoding))
    articles, problems, _ = read(tmp_path / "e.json")
    assert problems == [] and [(a.id, a.text) for a in articles] == [("a", "Renée Dubois said so."), ("b", "Bob said no.")]


def test_a_bad_byte_after_a_thousand_records_in_the_first_chunk_keeps_them(tmp_path):
    # At the default chunk (1 MiB) the whole 45 kB export is one chunk: its bad byte lost all 1,000 records.
    records = b",\n".join(json.dumps({"id": f"r{i}", "text": "Jane Doe said so."}).encode() for i in range(1000))
    data = b"[" + records + b',\n{"id": "bad", "text": "caf\xe9"}]'
    (tmp_path / "e.json").write_bytes(data)
    articles, [problem], _ = read(tmp_path / "e.json")
    assert [a.id for a in articles] == [f"r{i}" for i in range(1000)]
    assert problem.source == f"{tmp_path}/e.json" and data.index(b"\xe9") == 44_917
    assert problem.message == (
        f"{tmp_path}/e.json: not valid UTF-8 (byte 44,917); convert it first, e.g. iconv -f latin1 -t utf-8"
        " (the records before it were read)"
    )
    (tmp_path / "f.json").write_bytes(b"[" + records[:60] + b"\xe9")  # cut inside the first record by its bad byte
    _, [problem], _ = read(tmp_path / "f.json")
    assert problem.message.split("; ")[0] == f"{tmp_path}/f.json: not valid UTF-8 (byte 61)"  # not "Unterminated string"


@pytest.mark.parametrize("chunk", [1, 7, 100, 1 << 20])
def test_a_syntax_error_in_a_big_json_document_is_reported_where_it_is_without_reading_on(tmp_path, monkeypatch, chunk):
    from saidwhat.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 10_000)  # the 20,000,000 characters a record may have, scaled down
    records = [json.dumps({"id": f"r{i}", "text": "Jane Doe said so. " * 30}) for i in range(1_000)]
    records[1] = records[1][:-1] + ' "x" }'  # a value with no key, in a short record
    monkeypatch.setattr(jsonl, "CHUNK", chunk)
    document = "[\n" + ",\n".join(records) + "\n]"  # 600 kB: 60 times what a record may be
    (tmp_path / "big.json").write_text(document)
    reads = []  # the bytes read after each chunk
    monkeypatch.setattr(jsonl._Window, "_read", lambda window, read=jsonl._Window._read: (read(window), reads.append(window.read_bytes))[0])
    articles, [problem], _ = read(tmp_path / "big.json")
    assert [a.id for a in articles] == ["r0"]
    assert problem.message.rsplit("/", 1)[1] == (
        f"big.json:3: not valid JSON (Expecting ',' delimiter at column {len(records[1]) - 4}); fix the file (the records before this line were read)"
    )
    assert reads[-1] <= min(document.index('"x"') + 10 + chunk, len(document))  # read to the error, not on to the size limit


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13, 64])
def test_a_top_level_number_cut_by_a_chunk_is_read_whole(tmp_path, monkeypatch, chunk):
    from saidwhat.ingest import jsonl

    monkeypatch.setattr(jsonl, "CHUNK", chunk)
    (tmp_path / "n.json").write_text('[{"id": "a", "text": "Jane Doe said so."}, 123.5e-2, -7, {"id": "b", "text": "Bob Smith said no."}]')
    articles, problems, _ = read(tmp_path / "n.json")
    assert [a.id for a in articles] == ["a", "b"]  # "123." cut from ".5e-2" ended the file: b was lost
    assert [p.message.rsplit("/", 1)[1] for p in problems] == [
        "n.json:1: a JSON number, not an object with a 'text' field", "n.json:1: a JSON number, not an object with a 'text' field"]
    (tmp_path / "m.json").write_text("1.5 00.25 3")  # numbers one after another, the last at the end of the file
    assert [m.message.rsplit("/", 1)[1][:10] for m in read(tmp_path / "m.json")[1]] == ["m.json:1: "] * 4


def test_a_json_record_longer_than_any_article_ends_the_file_without_reading_it_whole(tmp_path, monkeypatch):
    from saidwhat.ingest import jsonl

    monkeypatch.setattr(jsonl, "CHUNK", 100)
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1_000)
    (tmp_path / "e.json").write_text('[{"id": "a", "text": "Jane Doe said so."},\n {"id": "b", "text": "' + "x" * 5_000 + '"}]')
    articles, [problem], _ = read(tmp_path / "e.json")
    assert [a.id for a in articles] == ["a"]
    assert problem.message.rsplit("/", 1)[1] == (
        "e.json:2: not valid JSON (Unterminated string starting at column 22, or a record over 1,000 characters); "
        "fix the file (the records before this line were read)"
    )
