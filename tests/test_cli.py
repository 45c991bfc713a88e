"""The command line's contract: output formats, exit codes, errors, help."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import cli

from .conftest import EXAMPLES


@pytest.fixture()
def run():
    def invoke(*args, input=None):
        return CliRunner().invoke(cli, list(args), input=input)

    return invoke


def test_extract_json_is_the_documented_array(run):
    result = run("extract", str(EXAMPLES / "macron-nato.txt"), "--published", "2024-03-18", "--format", "json")
    assert result.exit_code == 0
    statements = json.loads(result.stdout)
    assert len(statements) == 11
    first, second = statements[:2]
    assert set(first) >= {"kind", "text", "content", "cue", "speaker", "when", "confidence", "extractor"}
    assert first["speaker"] == {"name": "Emmanuel Macron", "type": "person", "role": None, "mention": first["speaker"]["mention"]}
    assert (first["cue"]["text"], first["when"]["value"]) == ("has once again refused", None)  # the lead gives no date
    assert second["when"]["value"] == "2024-03-15" and second["when"]["anchor"] == "2024-03-18"


def test_extract_reads_stdin_as_jsonl(run):
    result = run("extract", "-", "--format", "jsonl", input="“We will win,” said Jane Doe.\n")
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert json.loads(line)["speaker"]["name"] == "Jane Doe"


def test_extract_table(run):
    result = run("extract", "-", input="“We will win,” said Jane Doe.\n")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["WHEN", "WHO", "KIND", "CUE", "WHAT"]
    assert "Jane Doe" in result.stdout and "We will win" in result.stdout


def test_extract_of_an_article_without_statements_says_so(run):
    # The table printed nothing at all: a blank screen, as if it had hung or crashed.
    result = run("extract", "-", input="The weather was fine today.\n")
    assert (result.exit_code, result.stdout) == (0, "(no rows)\n")


def test_no_rows_in_json_lines_is_no_line(run, tmp_path):
    # Each printed one empty line, which a reader parsing every line (json.loads("")) failed on.
    db = str(tmp_path / "t.db")
    run("ingest", "-", "--db", db, "--quiet", input="“We will win,” said Jane Doe.\n")
    for args in (["statements", "--speaker", "nobody"], ["speakers", "--name", "nobody"], ["problems"], ["quotations", "--speaker", "nobody"]):
        result = run(*args, "--db", db, "--format", "jsonl")
        assert (result.exit_code, result.stdout) == (0, ""), args
    assert run("extract", "-", "--format", "jsonl", input="The weather was fine.\n").stdout == ""
    assert run("statements", "--speaker", "nobody", "--db", db, "--format", "json").stdout == "[]\n"


@pytest.mark.parametrize("piped", ["", "\n\n", "\ufeff"])  # nothing, blank lines, a byte-order mark alone
def test_nothing_on_standard_input_is_not_called_an_empty_file(run, piped):
    result = run("extract", "-", input=piped)
    assert result.exit_code == 1
    assert result.stderr == "Error: <stdin>: nothing came on standard input; pipe an article into it (cat article.txt | saidwhat extract -, or ingest -)\n"


def test_binary_file_fails_but_other_files_are_processed(run, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    good = tmp_path / "good.txt"
    good.write_text("Jane Doe said the plan would work.", encoding="utf-8")
    result = run("extract", str(bad), str(good), "--format", "jsonl")
    assert result.exit_code == 1
    assert "bad.txt: looks like a binary file" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["speaker"]["name"] == "Jane Doe"


def test_missing_file_and_bad_date_are_clear_errors(run, tmp_path):
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 1 and "nope.txt: cannot read" in missing.stderr
    bad_date = run("extract", "-", "--published", "18/03/2024", input="x")
    assert bad_date.exit_code == 2 and "use YYYY-MM-DD" in bad_date.stderr


def test_ingest_is_idempotent_and_queryable(run, tmp_path):
    db = str(tmp_path / "t.db")
    first = run("ingest", str(EXAMPLES), "--db", db, "--published", "2024-03-18", "--quiet")
    assert first.exit_code == 0, first.stderr
    again = run("ingest", str(EXAMPLES), "--db", db, "--published", "2024-03-18", "--quiet")
    assert "0 articles, 0 statements stored" in again.stderr
    rows = json.loads(run("statements", "--db", db, "--speaker", "Macron", "--since", "2024-03-01", "--format", "json").stdout)
    assert {r["when"]["value"] for r in rows} == {"2024-03-15", "2024-03-01/2024-03-18"}
    february = json.loads(run("statements", "--db", db, "--since", "2024-02", "--until", "2024-02", "--format", "json").stdout)
    assert {r["when"]["value"] for r in february} == {"2024-02", "2024-02-27", "2024-02-29/2024-03-03"}
    bad_month = run("statements", "--db", db, "--since", "2024-13")
    assert bad_month.exit_code == 2 and "'2024-13' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY" in bad_month.stderr
    swapped = run("statements", "--db", db, "--since", "2024-03", "--until", "2024-02")
    assert swapped.exit_code == 2 and "since='2024-03' is after until='2024-02', so no day is in the range" in swapped.stderr
    assert all(r["article"]["published"] == "2024-03-18" for r in rows)
    found = json.loads(run("statements", "--db", db, "--query", "cowards", "--format", "json").stdout)
    assert [r["text"] for r in found] == ["Western allies must not be cowards"]
    kinds = json.loads(run("statements", "--db", db, "--kind", "indirect", "--format", "json").stdout)
    assert kinds and {r["kind"] for r in kinds} == {"indirect"}
    speakers = json.loads(run("speakers", "--db", db, "--format", "json").stdout)
    peskov = next(s for s in speakers if s["name"] == "Dmitry Peskov")
    assert (peskov["statements"], peskov["roles"], peskov["first"]) == (1, ["Kremlin spokesman"], "2024-02-27")
    macron = next(s for s in speakers if s["name"] == "Emmanuel Macron")
    assert macron["first"] == "2024-02"  # "in February", as the text dates it; not 2024-02-01


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_folder_with_no_articles_is_an_error_naming_it(run, tmp_path, command):
    (tmp_path / "empty").mkdir()
    db = tmp_path / "t.db"
    result = run(command, str(tmp_path / "empty"), *(["--db", str(db)] if command == "ingest" else []))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: no articles found in {tmp_path / 'empty'}: no files to read there (")
    assert not db.exists()  # refused before the database is created


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_files_a_folder_holds_of_other_types_are_named_not_passed_over(run, tmp_path, command):
    # A folder of 3 files said "1 articles ... stored; 0 failed" and nothing of notes.md and scan.pdf.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Jane Doe said the plan would work.", encoding="utf-8")
    (folder / "notes.md").write_text("John Roe said the plan would fail.", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "LICENSE").write_text("MIT", encoding="utf-8")  # a corpus's own paper: expected unread, not named
    result = run(command, str(folder), *(["--db", str(tmp_path / "t.db")] if command == "ingest" else []))
    assert result.exit_code == 0  # a warning, not a failure
    assert (
        f"Warning: 2 files in the folders given not read, of a type saidwhat does not read (.md, .pdf): "
        f"{folder / 'notes.md'}, {folder / 'scan.pdf'} (name a text file on the command line to read it as plain text)"
    ) in result.stderr.splitlines()


def test_spark_names_the_files_of_other_types_too(run, tmp_path, monkeypatch):
    from saidwhat.batch import spark

    monkeypatch.setattr(spark, "run", lambda *a, **k: spark.SparkReport(output="out", articles=1, statements=0, speakers=0, problems=0))
    (tmp_path / "a.txt").write_text("Jane Doe said the plan would work.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("John Roe said so.", encoding="utf-8")
    result = run("spark", str(tmp_path), "hdfs://cluster/crawl/", "--output", "out")
    assert result.exit_code == 0
    assert f"Warning: 1 file in the folders given not read, of a type saidwhat does not read (.md): {tmp_path / 'notes.md'} (name a text file" in result.stderr


def test_a_file_a_glob_names_is_read_so_not_named_unread(run, tmp_path, monkeypatch):
    # "in/**" matches the folder (which passes notes.md over) and notes.md itself (read as text):
    # the warning said notes.md was not read while its statement was printed.
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/notes.md").write_text("John Roe said the plan would fail.", encoding="utf-8")
    result = run("extract", "in/**", "--format", "jsonl")
    assert result.exit_code == 0 and "Warning" not in result.stderr
    assert json.loads(result.stdout)["speaker"]["name"] == "John Roe"


def test_a_folder_of_articles_only_warns_of_nothing(run, tmp_path):
    (tmp_path / "a.txt").write_text("Jane Doe said the plan would work.", encoding="utf-8")
    assert "Warning" not in run("extract", str(tmp_path)).stderr


def test_load_of_a_folder_that_is_no_spark_output_creates_no_database(run, tmp_path):
    # The error came after the database was created: an empty saidwhat.db was left behind.
    db = tmp_path / "t.db"
    result = run("load", str(tmp_path), "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'articles'}: no such table; give the --output folder of a saidwhat spark run\n"
    assert not db.exists()


def test_ingest_records_problems_and_exits_1(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Jane Doe said the plan would work.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\xff\xfe\x00\x00")
    db = str(tmp_path / "t.db")
    result = run("ingest", str(tmp_path / "in"), "--db", db)
    assert result.exit_code == 1
    assert "1 article, 1 statement stored" in result.stderr
    problems = json.loads(run("problems", "--db", db, "--format", "json").stdout)
    assert [(p["stage"], p["source"].endswith("b.txt")) for p in problems] == [("ingest", True)]


def test_querying_a_missing_database_is_an_error(run, tmp_path):
    result = run("statements", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no such database" in result.stderr


def test_every_command_has_help_with_an_example(run):
    for name, command in cli.commands.items():
        if getattr(command, "commands", None):
            continue  # a group: its subcommands are checked by their own tests
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example" in result.stdout, name


def test_every_command_is_documented():
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8") + (EXAMPLES.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"saidwhat {name}" in readme, name


def test_extract_field_maps_another_key_as_its_error_says(run, tmp_path):
    export = tmp_path / "f.jsonl"
    export.write_text(json.dumps({"body": "“We will win,” said Jane Doe."}) + "\n", encoding="utf-8")
    unmapped = run("extract", str(export))
    assert unmapped.exit_code == 1 and "no 'text' or 'html' field with text; map another with --field text=KEY" in unmapped.stderr
    mapped = run("extract", str(export), "--field", "text=body", "--format", "jsonl")
    assert mapped.exit_code == 0, mapped.stderr
    assert [json.loads(line)["speaker"]["name"] for line in mapped.stdout.splitlines()] == ["Jane Doe"]
    bad = run("extract", str(export), "--field", "body")
    assert bad.exit_code == 1 and "--field 'body': use FIELD=KEY" in bad.stderr


def test_extract_reads_a_json_array_export(run, tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{"id": "x1", "text": "“We will win,” said John Smith."}, {"id": "x2", "text": "“We will lose,” said Mary Jones."}], indent=2))
    result = run("extract", str(export), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [(s["article"]["id"], s["speaker"]["name"], s["text"]) for s in json.loads(result.stdout)] == [
        ("x1", "John Smith", "We will win"), ("x2", "Mary Jones", "We will lose")]


def test_standard_input_twice_is_a_clear_error_not_a_traceback(run):
    result = run("extract", "-", "-", input="“We will win,” said Jane Doe.\n")
    assert (result.exit_code, result.stdout, type(result.exception)) == (1, "", SystemExit)  # no traceback
    assert result.stderr == "Error: - (standard input) is given 2 times; it can be read only once, give - once\n"


@pytest.mark.parametrize("day", ["0001-01-01", "1099-12-31", "9998-01-01"])
def test_a_publication_date_out_of_range_names_the_option_and_the_range(run, day):
    result = run("extract", "-", "--published", day, input="“Hi,” said Bob.\n")
    assert result.exit_code == 2
    assert f"Invalid value for '--published': '{day}' is out of range; give a date from 1100-01-01 to 9997-12-31" in result.stderr
    assert "OverflowError" not in result.stderr


def test_the_bounds_of_the_publication_dates_are_accepted(run):
    for day, yesterday in [("1100-01-01", "1099-12-31"), ("9997-12-31", "9997-12-30")]:
        result = run("extract", "-", "--published", day, "--format", "json", input="“Hi,” said Bob yesterday.\n")
        assert result.exit_code == 0, result.stderr
        assert [s["when"]["value"] for s in json.loads(result.stdout)] == [yesterday]


def test_python_dash_m_runs_the_command_line():
    import os
    import subprocess
    import sys
    from pathlib import Path

    import saidwhat

    env = {**os.environ, "PYTHONPATH": str(Path(saidwhat.__file__).parents[1])}
    result = subprocess.run([sys.executable, "-m", "saidwhat", "--version"], capture_output=True, text=True, env=env, check=False)
    assert (result.returncode, result.stdout) == (0, f"saidwhat, version {saidwhat.__version__}\n")


def test_quotations_lists_a_joint_quote_under_each_speaker(run, tmp_path):
    (tmp_path / "joint.txt").write_text("“We will keep our prices down for every shopper this year,” Tesco, Asda and Morrisons said.\n")
    (tmp_path / "alone.txt").write_text("Asda said: “We will keep our prices down for every shopper this year.”\n")
    db = str(tmp_path / "q.db")
    assert run("ingest", str(tmp_path / "joint.txt"), str(tmp_path / "alone.txt"), "--db", db, "--quiet").exit_code == 0
    result = run("quotations", "--db", db, "--speaker", "Asda", "--format", "json")
    assert result.exit_code == 0
    [asda] = json.loads(result.stdout)
    assert (asda["speaker"], asda["co_speakers"], asda["occurrences"], asda["articles"]) == ("Asda", ["Tesco", "Morrisons"], 2, 2)
    listed = run("quotations", "--db", db).stdout.splitlines()
    rows = [re.split(r"\s{2,}", line)[:3] for line in listed[2:] if line[0].isdigit()]  # the quotation may wrap
    assert rows == [["2", "Asda", "Tesco, Morrisons"], ["1", "Tesco", "Asda, Morrisons"], ["1", "Morrisons", "Tesco, Asda"]]
