import doctest
import inspect

import saidwhat
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
