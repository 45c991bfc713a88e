"""Descriptions that mean the person named before by what else the article tells of them: an age
it gave once ("The 28-year-old… The 28-year-old 800 metres runner believes"), where the rules of
``descriptions`` leave them as written because someone else was named between. (The speaker going
on, "The former Scotland international added", was tried in the twenty-first session and undone:
it gave "The Texas senator added" to Trump with Cruz named between.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Span
from ..nlp import text_of
from .cast import Cast, Person
from .descriptions import only_person, same_sex, year_of_age
from .roles import definite


def aged_as_before(head: Token, mention: Span, cast: Cast) -> Person | None:
    """An age says one person throughout the article: "Northern Ireland man James McIlroy is
    confident… The 28-year-old has been in great form… New coach Tony Lester has helped… The
    28-year-old 800 metres runner… believes" is McIlroy, whom the article's first "the
    28-year-old" meant where he was the one person named (``only_person``), whoever is named
    between. Not where that first one stays as written, nor another age ("the 31-year-old"), nor
    where the article gives the age to someone else too ("His co-defendant Mark Green, also 28")."""
    age = _age_of(head)
    if age is None or not definite(head):
        return None
    doc = head.doc
    if any(t.text == age and t.dep_ == "appos" and t.head.pos_ == "PROPN" for t in doc):
        return None  # "His co-defendant Mark Green, also 28": given to another name; not "At 34, Holmes will…"
    first = next((t for t in doc[: head.left_edge.i] if t.lower_ == "old" and _age_of(t) == age), None)
    if first is None:
        return None
    described = first.head if first.dep_ == "amod" else first
    if not definite(described):
        return None
    span = Span.of(text_of(doc), described.left_edge.idx, described.idx + len(described))
    person = only_person(described, span, cast)
    return person if person is not None and same_sex(person, head) else None


def _age_of(head: Token) -> str | None:
    """"28" of "the 28-year-old" or "the 28-year-old runner"; None where no age describes."""
    year = year_of_age(head)
    number = next((c for c in year.children if c.dep_ == "nummod"), None) if year is not None else None
    return number.text if number is not None else None
