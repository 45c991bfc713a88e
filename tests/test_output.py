"""What a person reads of a statement: the table's rows (``output.statement_row``) and the line naming each article."""

from __future__ import annotations

import json

from saidwhat.model import Article, statement_from_dict, to_dict
from saidwhat.output import STATEMENT_COLUMNS, render, statement_row
from saidwhat.pipeline import extract

JOINT = "Tesco, Asda and Morrisons all said sales had risen over Christmas.\n"


def _speaker(name, role=None):
    return {"name": name, "type": "organisation", "role": role, "mention": None}


def test_a_joint_statement_names_every_member():
    data = {"when": {"value": None}, "kind": "indirect", "cue": None, "text": "sales had risen",
            "speaker": _speaker("Tesco"), "co_speakers": [_speaker("Asda"), _speaker("Morrisons", "grocer")]}
    assert statement_row(data)["speaker"] == "Tesco, with Asda and Morrisons"  # no roles: the column is narrow
    data["co_speakers"] = [_speaker("Asda")]
    assert statement_row(data)["speaker"] == "Tesco, with Asda"
    data["speaker"], data["co_speakers"] = _speaker("Tesco", "retailer"), []
    assert statement_row(data)["speaker"] == "Tesco — retailer"


def test_json_lines_carry_the_co_speakers_and_read_back(nlp):
    [statement] = extract(Article(id="j", text=JOINT), nlp=nlp).statements
    [line] = render([to_dict(statement)], "jsonl", []).splitlines()
    data = json.loads(line)
    assert [(c["name"], c["mention"]["text"]) for c in data["co_speakers"]] == [("Asda", "Asda"), ("Morrisons", "Morrisons")]
    assert statement_from_dict(data) == statement
    assert "co_speakers" not in {k for k in data["speaker"]}  # the speaker itself stays one speaker


def test_the_table_names_the_article_above_its_statements(nlp):
    # The table had no word of where a statement came from, which a fact-checker must go back to.
    one = Article(id="a1", text="“No,” said Bob Ray.\n", published="2024-03-18", title="Ray says no", source="news/ray.txt")
    two = Article(id="a2", text="Mary Smith said the budget would pass.\n", url="https://example.org/budget")
    refs = {a.id: {"id": a.id, "title": a.title, "url": a.url, "published": a.published, "source": a.source} for a in (one, two)}
    rows = [statement_row({**to_dict(s), "article": refs[a.id]}) for a in (one, two, two) for s in extract(a, nlp=nlp).statements]
    lines = render(rows, "table", STATEMENT_COLUMNS, group="article").splitlines()
    named = [line for line in lines if line.startswith("▸")]
    assert named == ["▸ news/ray.txt · 2024-03-18 · Ray says no", "▸ https://example.org/budget"]  # once per run of rows
    assert lines.index(named[1]) == len(lines) - 3  # above the budget's two rows
    assert "▸" not in render(rows, "table", STATEMENT_COLUMNS)  # other tables have no groups
