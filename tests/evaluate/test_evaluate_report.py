"""The result object, the table and the CLI, with a stand-in extractor (no spaCy model needed)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import saidwhat
from saidwhat.evaluate import commands, report
from saidwhat.evaluate.commands import evaluate
from saidwhat.evaluate.polnear import read_polnear
from saidwhat.evaluate.report import (
    evaluate_gold,
    evaluate_polnear,
    format_table,
    score_polnear,
)
from saidwhat.model import Extraction

from .conftest import brat_offsets

TEXT = (
    "Sources said the plan was dead.\n\n"
    "“It is over,” the aide said, “finished.”\n\n"
    "Follow us on Twitter.\n"
)


def _at(fragment: str, nth: int = 0) -> str:
    return brat_offsets(TEXT, fragment, nth)


ANN = "\n".join(
    [
        f"T1\tSource {_at('Sources')}\tSources",
        f"T2\tCue {_at('said')}\tsaid",
        f"T3\tContent {_at('the plan was dead.')}\tthe plan was dead.",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T5\tContent {_at('“It is over,”')};{_at('“finished.”')}\t“It is over,” “finished.”",
        f"T6\tSource {_at('the aide')}\tthe aide",
        f"T7\tCue {_at('said', 1)}\tsaid",
        "E2\tAttribution:T7 Source:T6 Cue:T7 Content:T5",
        f"T9\tDiscard {_at('Follow us on Twitter.')}\tFollow us on Twitter.",
        "",
    ]
)


@pytest.fixture
def split(make_split):
    return make_split({"plan": (TEXT, {"4e07": ANN})})


@pytest.fixture
def predictions(make_statement):
    """What a stand-in extractor finds in TEXT."""
    return (
        make_statement(TEXT, "the plan was dead", cue="said", mention="Sources"),  # exact
        # "aide" for "the aide": half of the gold source's words, an overlap match only.
        # cue "said, “" finds the second "said"; trimming drops the comma and mark.
        make_statement(TEXT, ["It is over", "finished"], cue="said, “", mention="aide", kind="direct"),
        make_statement(TEXT, "us on Twitter", cue="Follow"),  # inside Discard: not scored
    )


@pytest.fixture
def fake_predict(predictions):
    """A stand-in for ``report.predict`` that records the nlp it was given."""
    calls = []

    def predict(articles, *, nlp=None, progress=None, model="rules"):
        calls.append(nlp)
        found = {}
        for article in articles:
            found[article.id] = Extraction(article=article, statements=predictions)
            if progress is not None:
                progress(article)
        return found

    predict.calls = calls
    return predict


def test_polnear_result_object(split, fake_predict):
    documents = read_polnear(split)
    result = score_polnear(documents, fake_predict([d.article for d in documents]), path="dev").result
    assert {k: result[k] for k in ("dataset", "path", "articles", "gold", "predicted", "discarded", "failed")} == {
        "dataset": "polnear", "path": "dev", "articles": 1, "gold": 2, "predicted": 2, "discarded": 1, "failed": 0,
    }
    assert result["extractor"] == {"name": "test-extractor", "version": getattr(saidwhat, "__version__", None)}
    assert result["attributions"]["exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "gold": 2, "predicted": 2}
    assert result["attributions"]["overlap"]["f1"] == 1.0
    assert result["spans"]["source"]["exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "gold": 2, "predicted": 2}
    assert result["spans"]["source"]["overlap"]["f1"] == 1.0
    # "the plan was dead." / "the plan was dead" and the marks around the quote do not count.
    assert result["spans"]["content"]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 3, "gold": 3, "predicted": 3}
    assert result["spans"]["cue"]["exact"]["f1"] == 1.0
    json.dumps(result)  # JSON-ready as it is


def test_evaluate_polnear_extracts_once_with_the_given_nlp(split, fake_predict, monkeypatch):
    monkeypatch.setattr(report, "predict", fake_predict)
    sentinel = object()
    result = evaluate_polnear(split, limit=5, nlp=sentinel)
    assert fake_predict.calls == [sentinel]
    assert result["attributions"]["exact"]["f1"] == 0.5


def test_evaluate_gold(tmp_path, fake_predict, monkeypatch, make_span):
    monkeypatch.setattr(report, "predict", fake_predict)

    def piece(fragment, nth=0):
        found = make_span(TEXT, fragment, nth)
        return {"start": found.start, "end": found.end, "text": found.text}

    record = {
        "id": "plan", "text": TEXT, "published": "2016-01-01",
        "statements": [
            {"kind": "indirect", "content": [piece("the plan was dead")], "speaker": "sources",
             "speaker_type": "anonymous", "mention": piece("Sources"), "cue": piece("said"), "when": "2016-01-01"},
            {"kind": "direct", "content": [piece("It is over"), piece("finished")], "speaker": "the aide",
             "speaker_type": "anonymous", "mention": piece("the aide"), "cue": piece("said", 1), "when": None},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = evaluate_gold(path)
    assert result["statements"] == {"p": 0.6667, "r": 1.0, "f1": 0.8, "tp": 2, "gold": 2, "predicted": 3}
    assert result["kind"] == {"accuracy": 1.0, "correct": 2, "total": 2}
    assert result["speaker"] == {"accuracy": 0.0, "correct": 0, "total": 2}  # the stand-in names nobody
    assert result["date"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    assert result["attributions"]["exact"]["tp"] == 1
    assert "statements" in format_table(result)


def test_format_table(split, fake_predict):
    documents = read_polnear(split)
    table = format_table(score_polnear(documents, fake_predict([d.article for d in documents]), path="dev").result)
    lines = table.splitlines()
    assert lines[0] == "polnear dev"
    assert lines[1].startswith("1 articles, 2 gold, 2 predicted (test-extractor")
    assert lines[-1].split() == ["attribution", "50.0", "50.0", "50.0", "100.0", "100.0", "100.0"]
    assert lines[-4].split() == ["source", "50.0", "50.0", "50.0", "100.0", "100.0", "100.0"]


# --- the CLI --------------------------------------------------------------------------------


@pytest.fixture
def cli(fake_predict, monkeypatch):
    monkeypatch.setattr(commands, "predict", fake_predict)
    return CliRunner()


def test_cli_polnear_json_and_errors_file(cli, split, tmp_path):
    errors = tmp_path / "errors.jsonl"
    result = cli.invoke(evaluate, ["polnear", str(split), "--format", "json", "--quiet", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["attributions"]["exact"]["f1"] == 0.5
    cases = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted((c["level"], c["role"], c["error"]) for c in cases) == [
        ("attribution", None, "false_hit"),
        ("attribution", None, "miss"),
        ("span", "source", "false_hit"),
        ("span", "source", "miss"),
    ]
    miss = next(c for c in cases if c["level"] == "span" and c["error"] == "miss")
    assert miss["gold"]["text"] == "the aide"
    assert miss["overlap_matched"] is True
    assert miss["sentence"] == "“It is over,” the aide said, “finished.”"


def test_cli_polnear_table_with_progress(cli, split):
    result = cli.invoke(evaluate, ["polnear", str(split), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "attribution" in result.stdout
    assert "Extracting" not in result.stdout  # the progress bar is on stderr


def test_cli_bad_dataset_is_an_error_with_exit_code_1(cli, tmp_path):
    result = cli.invoke(evaluate, ["polnear", str(tmp_path)])
    assert result.exit_code == 1
    assert "Error: " in result.output and "not a PolNeAR split directory" in result.output
    bad = tmp_path / "gold.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = cli.invoke(evaluate, ["gold", str(bad)])
    assert result.exit_code == 1
    assert "gold.jsonl:1: not valid JSON" in result.output


@pytest.mark.parametrize("command", [[], ["polnear"], ["gold"]])
def test_cli_help_has_an_example(command):
    result = CliRunner().invoke(evaluate, [*command, "--help"])
    assert result.exit_code == 0
    assert "saidwhat evaluate" in result.output and "Example" in result.output
