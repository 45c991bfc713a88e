"""Reading our own gold JSONL: valid records, text files by path, and errors that say where."""

from __future__ import annotations

import json

import pytest

from saidwhat.errors import DatasetError
from saidwhat.evaluate.gold import read_gold

TEXT = "“We will not send troops,” Macron said on Friday."


def _record(**changes):
    record = {
        "id": "macron",
        "text": TEXT,
        "published": "2024-03-18",
        "note": "one direct quote",
        "statements": [
            {
                "kind": "direct",
                "content": [{"start": 1, "end": 24, "text": "We will not send troops"}],
                "speaker": "Emmanuel Macron",
                "speaker_type": "person",
                "mention": {"start": 27, "end": 33, "text": "Macron"},
                "cue": {"start": 34, "end": 38, "text": "said"},
                "when": "2024-03-15",
            }
        ],
    }
    record.update(changes)
    return record


def _write(path, *records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    return path


def test_a_valid_record_becomes_an_article_and_statements(tmp_path):
    [gold] = read_gold(_write(tmp_path / "gold.jsonl", _record()))
    assert gold.article.id == "macron"
    assert gold.article.published == "2024-03-18"
    assert gold.note == "one direct quote"
    [statement] = gold.statements
    assert statement.kind == "direct"
    assert statement.content[0].text == "We will not send troops"
    assert statement.speaker.name == "Emmanuel Macron"
    assert statement.speaker.type == "person"
    assert statement.speaker.mention.text == "Macron"
    assert statement.cue.text == "said"
    assert statement.when.value == "2024-03-15"


def test_path_is_resolved_next_to_the_gold_file_then_in_its_parents(tmp_path):
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "macron.txt").write_text(TEXT, encoding="utf-8")
    record = _record(path="examples/macron.txt")
    del record["text"]
    (tmp_path / "tests" / "gold").mkdir(parents=True)
    [gold] = read_gold(_write(tmp_path / "tests" / "gold" / "gold.jsonl", record))
    assert gold.article.text == TEXT


def _statement_with(**changes):
    statement = dict(_record()["statements"][0])
    statement.update(changes)
    return _record(statements=[statement])


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            _statement_with(content=[{"start": 0, "end": 24, "text": "We will not send troops"}]),
            r"gold.jsonl:2: statements\[0\].content\[0\]: text\[0:24\] is '“We will not send troops', "
            r"not 'We will not send troops'",
        ),
        (_statement_with(mention={"start": 27, "end": 99, "text": "Macron"}), r"statements\[0\].mention: offsets 27-99"),
        (_statement_with(kind="quote"), r"statements\[0\].kind: must be one of direct, mixed, indirect"),
        (_statement_with(speaker_type="robot"), r"statements\[0\].speaker_type"),
        (_statement_with(content=[]), r"statements\[0\].content: must be a non-empty list"),
        (_record(text=None), "needs either 'text'"),
        (_record(text=None, path="nowhere.txt"), r"path: 'nowhere.txt' not found"),
        (_record(id=""), "gold.jsonl:2: id: must be a non-empty string"),
    ],
)
def test_bad_records_name_file_line_and_field(tmp_path, record, message):
    path = _write(tmp_path / "gold.jsonl", _record(id="first"), record)
    with pytest.raises(DatasetError, match=message):
        read_gold(path)


def test_invalid_json_and_duplicate_ids(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x",\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="bad.jsonl:1: not valid JSON"):
        read_gold(bad)
    bad.write_text("[" * 100_000 + "\n", encoding="utf-8")  # past the recursion limit: was a RecursionError traceback
    with pytest.raises(DatasetError, match="bad.jsonl:1: JSON nested too deeply"):
        read_gold(bad)
    with pytest.raises(DatasetError, match="gold.jsonl:2: id: duplicate article id 'macron'"):
        read_gold(_write(tmp_path / "gold.jsonl", _record(), _record()))
