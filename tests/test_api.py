import datetime
import doctest
import inspect
import re

import pytest

import saidwhat
from saidwhat.errors import InputError
from saidwhat.model import Statement


def test_all_is_exactly_the_public_names():
    public = {n for n, v in vars(saidwhat).items() if not n.startswith("_") and not inspect.ismodule(v)}
    assert set(saidwhat.__all__) == public | {"__version__"}


def test_module_docstring_example_runs():
    assert doctest.testmod(saidwhat, verbose=False).failed == 0


def test_spacy_component_puts_statements_on_the_doc():
    from saidwhat.nlp import load_nlp

    nlp = load_nlp()
    nlp.add_pipe("saidwhat", config={"published": "2024-03-18"})
    doc = nlp("On Tuesday, Jane Doe said: “We will win.”")
    [statement] = doc._.statements
    assert isinstance(statement, Statement)
    assert (statement.speaker.name, statement.text, statement.when.value) == ("Jane Doe", "We will win.", "2024-03-12")


def test_statements_survive_saving_the_doc_and_other_processes():
    from spacy.tokens import Doc, DocBin

    from saidwhat.nlp import load_nlp

    nlp = load_nlp()
    nlp.add_pipe("saidwhat", config={"published": "2024-03-18"})
    texts = ["On Tuesday, Jane Doe said: “We will win.”", "“No,” said Bob Ray yesterday.", "Nothing was said."]
    doc = nlp(texts[0])
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes())._.statements == doc._.statements
    saved = DocBin(store_user_data=True, docs=nlp.pipe(texts)).to_bytes()
    assert [len(d._.statements) for d in DocBin().from_bytes(saved).get_docs(nlp.vocab)] == [1, 1, 0]
    across = [[(s.speaker.name, s.when.value) for s in d._.statements] for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert across == [[("Jane Doe", "2024-03-12")], [("Bob Ray", "2024-03-17")], []]


@pytest.mark.parametrize(
    ("published", "value"),
    [(datetime.date(2024, 3, 18), "2024-03-17"), (datetime.datetime(2024, 3, 18, 23, 0), "2024-03-17"), ("2024-03-18T09:00:00Z", "2024-03-17")],
)
def test_a_publication_date_may_be_a_date_or_a_timestamp(published, value):
    extraction = saidwhat.extract(saidwhat.Article(id="a", text="“No,” said Bob Ray yesterday.", published=published))
    assert (extraction.article.published, extraction.statements[0].when.value) == ("2024-03-18", value)


@pytest.mark.parametrize(
    ("published", "message"),
    [("0001-01-01", "is out of range; give a date from 1100-01-01 to 9997-12-31"), ("2024-13-01", "is not a date; use YYYY-MM-DD"), (20240318, "is a int, not a date")],
)
def test_a_bad_publication_date_is_an_input_error_that_says_the_fix(published, message):
    with pytest.raises(InputError, match=re.escape(message)):
        saidwhat.extract(saidwhat.Article(id="a", text="“No,” said Bob Ray yesterday.", published=published))


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"published": "18/03/2024"}, "saidwhat component: config \"published\": '18/03/2024' is not a date; use YYYY-MM-DD"),
        ({"model": "lerned"}, "saidwhat component: config \"model\": unknown model 'lerned': choose one of rules, learned"),
    ],
)
def test_a_bad_component_config_is_refused_at_add_pipe(config, message):
    # It was taken, and the first Doc failed as "article doc: …", far from the config that caused it.
    from saidwhat.nlp import load_nlp

    nlp = load_nlp()
    with pytest.raises(InputError, match=re.escape(message)):
        nlp.add_pipe("saidwhat", config=config)
    assert "saidwhat" not in nlp.pipe_names


def test_an_unknown_model_is_refused_before_any_article_is_parsed(nlp):
    articles = (saidwhat.Article(id=str(i), text="“No,” said Bob Ray.") for i in range(3))
    problems = []
    with pytest.raises(InputError, match="unknown model 'lerned'"):
        list(saidwhat.extract_many(articles, nlp=nlp, problems=problems, model="lerned"))
    assert problems == []  # each article was recorded as failing, after its parse


def test_the_readmes_python_examples_run(tmp_path, monkeypatch):
    # The README named Store(...).statements(Query(...)) but not Query's fields ("words", not "q")
    # nor that stored statements come back as dicts, not Statements; its examples now run as written.
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    section = (root / "README.md").read_text(encoding="utf-8").split("### From Python", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert any("store.statements(Query(" in block for block in blocks)
    monkeypatch.chdir(root)
    scope: dict = {}
    for block in blocks:
        exec(block.replace('"saidwhat.db"', repr(str(tmp_path / "readme.db"))), scope)
    with saidwhat.Store(tmp_path / "readme.db") as store:
        [found] = store.statements(saidwhat.Query(speaker="macron", words="troops", since="2024-03"))
    assert (found["speaker"]["name"], found["when"]["value"]) == ("Emmanuel Macron", "2024-03-15")
