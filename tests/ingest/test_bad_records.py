"""Hostile records and pages: each fails alone with a message that names it and the fix, or is read."""

from __future__ import annotations

import json
from collections import Counter

from saidwhat.ingest import read_inputs


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
