"""Hostile requests: each gets the one error shape with a 4xx that says what to fix, never a 500."""

from __future__ import annotations

import pytest

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    return response.json()["error"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # Valid JSON, but half a UTF-16 pair is no text: storing it was a 500 (UnicodeEncodeError).
        (b'{"text": "\\ud800 \\u201cYes,\\u201d said Jane Doe."}', "field 'text' has an unpaired UTF-16 surrogate (\\ud800 at character 0)"),
        (b'{"text": "\\u201cYes,\\u201d said Jane Doe.", "id": "a\\udc00"}', "field 'id' has an unpaired UTF-16 surrogate (\\udc00 at character 1)"),
        (b'{"html": "<p>\\ud800</p>"}', "field 'html' has an unpaired UTF-16 surrogate"),
        # Nested past Python's recursion limit: was a 500 (RecursionError).
        (b"[" * 100_000, "the body is JSON nested too deeply to be an article"),
    ],
)
def test_json_bodies_no_text_can_hold_are_a_400(tmp_path, db_path, body, message):
    from .conftest import _client

    copy = tmp_path / "w.db"
    copy.write_bytes(open(db_path, "rb").read())
    writer = _client(str(copy), TOKEN, max_bytes=200_000)
    error = _error(writer.post("/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"}), 400)
    assert error["code"] == "bad_request" and message in error["message"]


def test_a_text_body_is_read_as_ingest_reads_a_file(writer):
    text = "“Yes,” said Jane Doe."
    utf16 = writer.post("/api/articles", content=text.encode("utf-16"), headers={**AUTH, "Content-Type": "text/plain"})
    assert utf16.status_code == 201 and utf16.json()["text"] == text
    binary = writer.post("/api/articles", content=b"\x89PNG\r\n\x1a\n\x00\x00", headers={**AUTH, "Content-Type": "text/plain"})
    assert _error(binary, 400)["message"].startswith("the body: looks like a binary file, not text")
    latin1 = writer.post("/api/articles", content="José said so.".encode("latin-1"), headers={**AUTH, "Content-Type": "text/plain"})
    assert _error(latin1, 400)["message"] == "the body: not valid UTF-8 (byte 3); convert it first, e.g. iconv -f latin1 -t utf-8"
    escaped = writer.post("/api/articles", content=b"&#8220;Yes,&#8221; said Jos&eacute; Ruiz.", headers={**AUTH, "Content-Type": "text/plain"})
    assert escaped.status_code == 201 and escaped.json()["text"] == "“Yes,” said José Ruiz."
    # A zero-width space is no text, though str.strip() keeps it: it was stored as an empty article (201).
    blank = writer.post("/api/articles", content="\u200b".encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert _error(blank, 400)["message"] == "the text is without a letter or digit; send the article's text (or HTML) in the body"


@pytest.mark.parametrize(
    ("path", "name", "value", "shown"),
    [
        ("/api/statements", "q", "\x00", r"'\x00' at character 0"),
        ("/api/statements", "q", "war\x01", r"'\x01' at character 3"),
        ("/api/statements", "speaker", "\x00", r"'\x00' at character 0"),
        ("/api/statements", "since", "2024\x7f", r"'\x7f' at character 4"),
        ("/api/speakers", "q", "Blair\x1b", r"'\x1b' at character 5"),
        ("/api/speakers/1/statements", "until", "\x85", r"'\x85' at character 0"),
    ],
)
def test_a_control_character_in_a_search_is_a_400_naming_the_parameter(client, path, name, value, shown):
    # q=%00 was no search (every statement) where speaker=%00 matched no name (none).
    error = _error(client.get(path, params={name: value}), 400)
    assert error["message"] == f"{name}= has a control character ({shown}); remove it"
    page = client.get("/speakers" if path == "/api/speakers" else "/", params={name: value})
    assert page.status_code == 400 and f"{name}= has a control character" in page.text


def test_whitespace_in_a_search_is_no_control_character(client):
    assert client.get("/api/statements", params={"q": "\ttroops\n"}).json() == client.get("/api/statements", params={"q": "troops"}).json()


@pytest.mark.parametrize(("path", "name"), [("/api/speakers", "q"), ("/api/statements", "speaker")])
def test_a_name_too_long_to_match_is_a_400_naming_the_parameter(client, path, name):
    # "a speaker name of 30,000 characters" named no parameter to a client that sent q.
    error = _error(client.get(path, params={name: "_" * 30_000}), 400)
    assert error["message"] == f"{name}= is 30,000 characters, longer than any name; give part of the name (at most 1,000 characters)"
    page = client.get("/speakers", params={"q": "_" * 30_000})
    assert page.status_code == 400 and "q= is 30,000 characters, longer than any name" in page.text


@pytest.mark.parametrize(("path", "keys"), [("/api/statements", [1]), ("/api/statements", [1, 2, 3, 4, 5]), ("/api/speakers/1/statements", [])])
def test_a_cursor_with_a_wrong_number_of_keys_is_a_bad_cursor(client, path, keys):
    import base64
    import json

    listing = "timeline" if path.endswith("/statements") and "speakers" in path else "statements"
    cursor = base64.urlsafe_b64encode(json.dumps({"l": listing, "k": keys}).encode()).decode()
    assert _error(client.get(path, params={"cursor": cursor}), 400)["code"] == "bad_cursor"


def test_serve_on_a_port_in_use_is_an_error_naming_it(db_path):
    import socket

    from click.testing import CliRunner

    from saidwhat.cli import cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        # uvicorn logged "[Errno 98] … address already in use" and exited with 3.
        result = CliRunner().invoke(cli, ["serve", "--db", db_path, "--port", str(port)])
    assert (result.exit_code, result.stderr) == (1, f"Error: 127.0.0.1:{port}: cannot listen there (Address already in use); "
                                                    "give another --port, or a --host of this machine\n")


def test_serve_on_localhost_checks_every_address_it_resolves_to(db_path):
    # "localhost" may resolve to ::1 first; uvicorn listens on 127.0.0.1 too, where the port is taken.
    import socket

    from click.testing import CliRunner

    from saidwhat.cli import cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", db_path, "--host", "localhost", "--port", str(port)])
    assert result.exit_code == 1 and f"localhost:{port}: cannot listen there" in result.stderr


def test_a_posted_page_is_read_off_the_event_loop_so_other_requests_go_on(writer, monkeypatch):
    import asyncio

    from saidwhat.serve import api

    where = []

    def parse(*args):
        try:
            asyncio.get_running_loop()
            where.append("event loop")  # a page that took 99 s to read held every other request as long
        except RuntimeError:
            where.append("worker thread")
        return real(*args)

    real = api.parse_article
    monkeypatch.setattr(api, "parse_article", parse)
    assert writer.post("/api/articles", content="“Yes,” said Jane Doe.", headers=AUTH).status_code == 201
    assert where == ["worker thread"]


def test_a_method_not_allowed_says_which_to_use_and_keeps_the_allow_header(client):
    response = client.delete("/api/statements")
    assert _error(response, 405) == {"status": 405, "code": "method_not_allowed", "message": "DELETE is not allowed on /api/statements; use GET"}
    assert response.headers["allow"] == "GET"  # HTTP requires it on a 405; the error handler dropped it


@pytest.mark.parametrize(
    ("text", "why"),
    [("", "the text is empty"), (" \n\t ", "the text is only whitespace"), ("... — !!", "the text is without a letter or digit")],
)
def test_a_submitted_text_with_no_words_is_refused_in_the_pipelines_words(writer, nlp, text, why):
    # The API said "the article has no text" of what the pipeline calls "the text is only whitespace":
    # one check now (pipeline.no_text), one wording, each with its own way to fix it.
    from saidwhat.errors import InputError
    from saidwhat.model import Article
    from saidwhat.pipeline import extract

    as_json = writer.post("/api/articles", json={"text": text, "title": "A title"}, headers=AUTH)
    assert _error(as_json, 400)["message"] == f"{why}; send the article's text (or HTML) in the body"
    form = writer.post("/submit", data={"text": text, "title": "A title", "token": TOKEN})
    assert form.status_code == 400 and f"{why}; send the article&#39;s text (or HTML) in the body" in form.text and "A title" in form.text
    with pytest.raises(InputError, match=f"^article a: {why}; give the article's text, or leave the article out$"):
        extract(Article(id="a", text=text), nlp=nlp)
    assert writer.post("/api/articles", json={"text": "“Yes,” said Jane Doe."}, headers=AUTH).status_code == 201
