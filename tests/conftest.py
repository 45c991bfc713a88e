"""Shared fixtures: one spaCy pipeline for the whole session, helpers to extract."""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.model import Article, Statement
from saidwhat.nlp import shared_nlp
from saidwhat.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return shared_nlp()


@pytest.fixture(scope="session")
def statements_of(nlp):
    """Extract the statements of a text: ``statements_of(text, published=None)``."""

    def run(text: str, published: str | None = None) -> list[Statement]:
        return list(extract(Article(id="t", text=text, published=published), nlp=nlp).statements)

    return run


@pytest.fixture(scope="session")
def macron(nlp):
    text = (EXAMPLES / "macron-nato.txt").read_text(encoding="utf-8")
    return text, list(extract(Article(id="macron", text=text, published="2024-03-18"), nlp=nlp).statements)
