"""What a person reads of a statement: the WHO column of the table (``output.statement_row``)."""

from __future__ import annotations

import json

from saidwhat.model import Article, statement_from_dict, to_dict
from saidwhat.output import render, statement_row
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
