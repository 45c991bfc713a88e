"""Descriptions that mean the person named before by what else the article tells of them: an age
it gave once ("The 28-year-old… The 28-year-old 800 metres runner believes"), and the speaker going
on ("…," Strachan told the BBC. … The former Scotland international added"), where the rules of
``descriptions`` leave them as written because someone else was named between.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span, Speaker
from ..nlp import text_of
from ..quotes import Found
from ..resources import lexicon
from .cast import Cast, Person
from .descriptions import describes_a_person, headline_people, held_before, only_person, same_sex
from .pronouns import minded
from .roles import definite


def described_going_on(doc: Doc, f: Found, previous: Speaker, cast: Cast, before: Found) -> bool:
    """A description of a person, subject of "added" or "continued", is the previous speaker going
    on, as "he added" is (``pronouns.goes_on``): ""…," Strachan told the BBC. Club director Terry
    Brady held initial talks with Strachan on Saturday. The former Scotland international added…".
    Only of one the headline names or one given no office: "Club director Terry Brady said… The
    former Scotland international added" is not Brady. Not where someone else named since is
    given that title, or spoke or took a stance (``minded``), nor a description of another sex
    ("The woman added" after a man spoke)."""
    if f.cue_token is None or f.source_token is None or previous.type != "person" or not previous.name:
        return False
    head = doc[f.source_token]
    if doc[f.cue_token].lemma_.lower() not in lexicon("continuation_verbs.txt"):
        return False
    if not definite(head) or head.tag_ not in ("NN", "NNP") or head.ent_type_ or not describes_a_person(head):
        return False
    person = cast.person(previous.name)
    if person is None or held_before(person, head, cast, f.mention.start) or not same_sex(person, head):
        return False
    headline = {id(cast.person(n)) for n in headline_people(doc, cast)}
    if id(person) not in headline and person.titles - lexicon("honorifics.txt"):
        return False
    start = max(p.end for p in before.content)
    others = (m for m in cast.mentions if start <= m.offset < f.mention.start and m.kind == "person")
    return not any(cast.person(m.name) is not person and minded(doc, m.offset) for m in others)


def aged_as_before(head: Token, mention: Span, cast: Cast) -> Person | None:
    """An age says one person throughout the article: "Northern Ireland man James McIlroy is
    confident… The 28-year-old has been in great form… New coach Tony Lester has helped… The
    28-year-old 800 metres runner… believes" is McIlroy, whom the article's first "the
    28-year-old" meant where he was the one person named (``only_person``), whoever is named
    between. Not where that first one stays as written, nor another age ("the 31-year-old")."""
    age = _age_of(head)
    if age is None or not definite(head):
        return None
    doc = head.doc
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
    old = head if head.lower_ == "old" else next((c for c in head.children if c.lower_ == "old" and c.dep_ == "amod"), None)
    year = next((c for c in old.children if c.lower_ in ("year", "years")), None) if old is not None else None
    number = next((c for c in year.children if c.dep_ == "nummod"), None) if year is not None else None
    return number.text if number is not None else None
