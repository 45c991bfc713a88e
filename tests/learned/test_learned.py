"""The learned model: training data, the linker, the train command and the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.tokens import Doc

from saidwhat.cli import cli
from saidwhat.evaluate.polnear import read_polnear
from saidwhat.learned.link import CONTENT_FEATURES, join_contents, link
from saidwhat.learned.train import gold_tags
from saidwhat.marks import find_quotations
from saidwhat.model import Article
from saidwhat.pipeline import extract

from ..evaluate.conftest import write_split


def spans(doc: Doc, *parts: tuple[str, str]):
    """Doc spans from (label, text) pairs, each text's first occurrence."""
    out = []
    for label, text in parts:
        start = doc.text.index(text)
        out.append(doc.char_span(start, start + len(text), label=label))
    return out


def write_train_split(root: Path, articles: dict[str, tuple[str, list[tuple[str, str, str]]]]) -> Path:
    """A PolNeAR-shaped train split; each article's attributions as (source, cue, content) texts."""
    return write_split(root, {name: (text, {"ann1": _brat(text, triples)}) for name, (text, triples) in articles.items()}, split="train")


def _brat(text: str, attributions: list[tuple[str, str, str]]) -> str:
    """Brat lines for (source, cue, content) texts; a source or cue that occurs twice is the one nearest its content."""
    lines, t = [], 0
    for e, triple in enumerate(attributions, start=1):
        ids = []
        content_at = text.index(triple[2])
        for label, fragment in zip(("Source", "Cue", "Content"), triple):
            t += 1
            start = min(_occurrences(text, fragment), key=lambda at: abs(at - content_at))
            lines.append(f"T{t}\t{label} {start} {start + len(fragment)}\t{fragment}")
            ids.append(f"T{t}")
        lines.append(f"E{e}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")
    return "\n".join(lines) + "\n"


def _occurrences(text: str, fragment: str) -> list[int]:
    found, at = [], text.find(fragment)
    while at >= 0:
        found.append(at)
        at = text.find(fragment, at + 1)
    return found


TRAIN = {
    f"article{i}": (
        (
            f"{name} said the budget would pass. It was, {name} added, a fair deal.\n\n"
            f"“We will not give in,” said {other}. Taxes will rise, according to analysts."
        ),
        [
            (name, "said", "the budget would pass"),
            (other, "said", "We will not give in"),
            ("analysts", "according to", "Taxes will rise"),
        ],
    )
    for i, (name, other) in enumerate([("Mary Smith", "John Jones"), ("Ann Lee", "Tom Hart"), ("Bob Ray", "Kim Cole")])
}


def test_gold_tags_cut_content_at_sentence_ends(nlp, tmp_path):
    text = "Smith said the plan was dead. It could not come back.\n"
    split = write_train_split(tmp_path, {"a": (text, [("Smith", "said", "the plan was dead. It could not come back.")])})
    document = read_polnear(split)[0]
    doc = nlp(text)
    tags = gold_tags(doc, document)
    # Two CONTENT entities, one per sentence; the recognizer cannot cross a sentence start.
    assert [t for t in tags if t.startswith(("B-", "U-"))] == ["U-SOURCE", "U-CUE", "B-CONTENT", "B-CONTENT"]


def test_join_contents_merges_pieces_split_at_sentence_ends(nlp):
    doc = nlp("Smith said the plan was dead. It could not come back. Then he left.")
    pieces = spans(doc, ("CONTENT", "the plan was dead."), ("CONTENT", "It could not come back."))
    assert [s.text for s in join_contents(doc, pieces)] == ["the plan was dead. It could not come back."]


def test_link_direct_quote_with_inverted_source(nlp):
    doc = nlp("“We will win the vote,” said Jane Doe.")
    tagged = spans(doc, ("CONTENT", "We will win the vote"), ("CUE", "said"), ("SOURCE", "Jane Doe"))
    [found] = link(doc, tagged, find_quotations(doc.text))
    assert (found.kind, found.cue.text, found.mention.text) == ("direct", "said", "Jane Doe")
    assert [p.text for p in found.content] == ["We will win the vote"]


def test_link_gives_each_cue_its_own_clause_and_subject(nlp):
    doc = nlp("Smith said taxes would rise, but Jones insisted that they would fall.")
    tagged = spans(
        doc,
        ("SOURCE", "Smith"), ("CUE", "said"), ("CONTENT", "taxes would rise"),
        ("SOURCE", "Jones"), ("CUE", "insisted"), ("CONTENT", "that they would fall"),
    )
    found = link(doc, tagged, find_quotations(doc.text))
    assert [(f.mention.text, f.cue.text, f.content[0].text, f.kind) for f in found] == [
        ("Smith", "said", "taxes would rise", "indirect"),
        ("Jones", "insisted", "that they would fall", "indirect"),
    ]


def test_link_drops_a_cue_with_no_content(nlp):
    doc = nlp("Smith said nothing.")
    assert link(doc, spans(doc, ("SOURCE", "Smith"), ("CUE", "said")), find_quotations(doc.text)) == []


def train_twice(tmp_path: Path, *options: str) -> list[Path]:
    """Two `saidwhat train polnear` runs on TRAIN with seed 3, two epochs and ``options``; their folders."""
    split = write_train_split(tmp_path, TRAIN)
    outputs = []
    for run in ("one", "two"):
        out = tmp_path / run
        result = CliRunner().invoke(cli, ["train", "polnear", str(split), "--output", str(out), "--epochs", "2", "--seed", "3", *options])
        assert result.exit_code == 0, result.output
        outputs.append(out)
    log = [json.loads(line) for line in (outputs[0] / "train-log.jsonl").read_text().splitlines()]
    assert [r["epoch"] for r in log] == [1, 2]
    return outputs


def assert_extracts_with(model: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Mary Smith said the budget would pass.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", str(model), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)


def test_spacy_training_is_reproducible_and_its_model_extracts(tmp_path):
    outputs = train_twice(tmp_path, "--backbone", "spacy")
    meta = json.loads((outputs[0] / "model.json").read_text())
    assert meta["seed"] == 3
    assert set(meta["linker"]["content"]) == set(CONTENT_FEATURES)  # the linker is learned with the tagger
    # The same seed and data give the same weights.
    assert (outputs[0] / "tagger" / "model").read_bytes() == (outputs[1] / "tagger" / "model").read_bytes()
    assert_extracts_with(outputs[0], tmp_path)


def test_train_refuses_the_dev_split(tmp_path):
    dev = tmp_path / "polnear" / "dev"
    (dev / "text").mkdir(parents=True)
    result = CliRunner().invoke(cli, ["train", "polnear", str(dev), "--output", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "dev split" in result.output


def test_unknown_model_is_a_clear_error(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Mary Smith said the budget would pass.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", "bert"])
    assert result.exit_code == 2  # a usage error, found before the article is read
    assert "Invalid value for '--model': unknown model 'bert'" in result.output


def test_ingest_refuses_an_unknown_model_before_opening_the_database(tmp_path):
    # Every article was parsed, then recorded as failing, and the database created for nothing.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Mary Smith said the budget would pass.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db), "--model", "lerned"])
    assert result.exit_code == 2
    assert "unknown model 'lerned'" in result.output
    assert not db.exists()


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("“We will not give in to these demands,” said Jane Doe, the party leader.\n", "Jane Doe", "direct"),
        ("Senator Mark Brown said on Tuesday that the bill would fail in the House.\n", "Mark Brown", "indirect"),
    ],
)
def test_shipped_model_finds_the_speaker(nlp, text, speaker, kind):
    [statement] = extract(Article(id="t", text=text), nlp=nlp, model="learned").statements
    assert (statement.speaker.name, statement.kind) == (speaker, kind)
    assert statement.extractor.startswith("saidwhat-learned/")


def test_link_runs_a_quotation_cut_short_on_to_its_end(nlp):
    doc = nlp("“We will win. We will fight on to the end,” said Jane Doe.")
    tagged = spans(doc, ("CONTENT", "“We will win."), ("CUE", "said"), ("SOURCE", "Jane Doe"))
    [found] = link(doc, tagged, find_quotations(doc.text))
    assert [p.text for p in found.content] == ["“We will win. We will fight on to the end"]


def test_spacy_component_takes_the_learned_model():
    from saidwhat.nlp import load_nlp

    nlp = load_nlp()
    nlp.add_pipe("saidwhat", config={"model": "learned"})
    doc = nlp("“We will not give in to these demands,” said Jane Doe, the party leader.\n")
    assert [(s.speaker.name, s.kind) for s in doc._.statements] == [("Jane Doe", "direct")]
    assert doc._.statements[0].extractor.startswith("saidwhat-learned/")
    assert [e.label_ for e in doc.ents if e.text == "Jane Doe"] == ["PERSON"]  # the tagger leaves spaCy's entities alone


def test_rules_take_attached_quotations_and_fill_in_what_the_tagger_passed_over():
    from saidwhat.learned import with_rules
    from saidwhat.model import Span
    from saidwhat.quotes import Found

    def span(start: int, end: int) -> Span:
        return Span(start=start, end=end, text="x" * (end - start))

    def found(start: int, end: int, kind: str, confidence: float = 0.5, cue: Span | None = None,
              mention: Span | None = None) -> Found:
        return Found(kind=kind, content=(span(start, end),), cue=cue, confidence=confidence, mention=mention,
                     source_token=mention and mention.start)

    learned = [found(10, 20, "indirect"), found(50, 60, "indirect", cue=span(61, 75), mention=span(76, 99)),
               found(80, 90, "direct", mention=span(100, 104))]
    rules = [
        found(12, 18, "direct"),  # an unattached quotation inside the tagger's: the tagger's stays
        found(30, 40, "direct"),  # nothing overlapping: added
        found(0, 5, "mixed"),
        found(48, 62, "direct", 0.9, cue=span(63, 67), mention=span(90, 99)),  # attached: replaces it, with the tagger's wider cue and speaker
        found(79, 91, "direct", 0.9, cue=span(93, 97), mention=span(110, 115)),  # attached, cues and speakers apart: the rules'
    ]
    merged = [(f.content[0].start, f.kind, f.cue and f.cue.start, f.mention and f.mention.start, f.source_token)
              for f in with_rules(learned, rules)]
    assert merged == [(0, "mixed", None, None, None), (10, "indirect", None, None, None), (30, "direct", None, None, None),
                      (48, "direct", 61, 76, 76), (79, "direct", 93, 110, 110)]


def test_ingest_with_the_learned_model_records_it_and_resumes(tmp_path):
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("“We will not give in to these demands,” said Jane Doe.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The weather was fine all week.\n", encoding="utf-8")
    db = tmp_path / "t.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", str(db), "--model", "learned", "-q"])
    assert first.exit_code == 0, first.output
    with sqlite3.connect(db) as con:
        extractors = {row[0].split("/")[0] for row in con.execute("SELECT extractor FROM articles")}
        statements = con.execute("SELECT speaker_name FROM statements JOIN speakers ON speakers.id = speaker_id").fetchall()
    # Also the article without a statement is recorded as the learned model's, so --reextract skips it.
    assert extractors == {"saidwhat-learned"} and statements == [("Jane Doe",)]
    again = runner.invoke(cli, ["ingest", str(folder), "--db", str(db), "--model", "learned", "--reextract", "-q"])
    assert "0 articles" in again.output and "2 unchanged skipped" in again.output


def test_link_falls_back_on_the_cue_verbs_subject_when_no_source_was_tagged(nlp):
    doc = nlp("Mary Smith insisted that taxes would rise.")
    [found] = link(doc, spans(doc, ("CUE", "insisted"), ("CONTENT", "that taxes would rise")), find_quotations(doc.text))
    assert (found.mention.text, doc[found.source_token].text) == ("Mary Smith", "Smith")


def test_every_tenth_article_is_held_out():
    from saidwhat.learned.train import split

    learn, held = split(list(range(25)))
    assert held == [9, 19] and len(learn) == 23
    assert split([0, 1, 2]) == ([0, 1], [2])  # fewer than ten: the last one


def test_an_epoch_is_logged_and_said_and_only_a_better_one_becomes_the_best():
    from io import StringIO

    from saidwhat.learned.train import log_epoch

    log, said = StringIO(), []
    record = {"epoch": 2, "loss": 1.5, "held_out_f1": {"source": 0.5, "mean": 0.4}, "seconds": 7}
    assert log_epoch(log, record, {"mean": 0.3, "epoch": 1}, said.append) == {"source": 0.5, "mean": 0.4, "epoch": 2}
    assert json.loads(log.getvalue()) == record
    assert said == ["epoch 2: loss 1.5, held-out exact F1 {'source': 0.5, 'mean': 0.4}"]
    # A tie is no improvement: the earlier epoch stays the best, but the epoch is still logged.
    assert log_epoch(log, {**record, "epoch": 3}, {"mean": 0.4, "epoch": 2}, said.append) is None
    assert [json.loads(line)["epoch"] for line in log.getvalue().splitlines()] == [2, 3]


@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        ("Mr Smith said of the plan that it had failed.", "said of", "said"),
        ("The report stated of the deal that it was fair.", "stated of", "stated"),
        ("She spoke of a plan to cut taxes.", "spoke of", "spoke of"),  # other verbs' "of": PolNeAR marks it half the time
    ],
)
def test_a_cue_said_of_is_said_as_polnear_marks_it(nlp, text, cue, kept):
    from saidwhat.learned import _without_of

    [span] = spans(nlp(text), ("CUE", cue))
    assert _without_of(span).text == kept


def test_a_model_folder_may_be_given_as_a_path(nlp):
    # The check added before any parse refused a pathlib.Path, which the finder had always taken.
    from saidwhat.learned import MODEL_DIR

    article = Article(id="t", text="“We will not give in to these demands,” said Jane Doe, the party leader.\n")
    by_path = extract(article, nlp=nlp, model=Path(MODEL_DIR)).statements
    assert [(s.speaker.name, s.extractor.split("/")[0]) for s in by_path] == [("Jane Doe", "saidwhat-learned")]
