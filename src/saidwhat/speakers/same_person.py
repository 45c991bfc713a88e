"""Descriptions that mean the person named before by what else the article tells of them: an age
it gave once ("The 28-year-old… The 28-year-old 800 metres runner believes"), where the rules of
``descriptions`` leave them as written because someone else was named between. (The speaker going
on, "The former Scotland international added", was tried in the twenty-first session and undone:
it gave "The Texas senator added" to Trump with Cruz named between.) And a "he" after a sentence
whose subject is a description of a person ``descriptions`` can name: that person, not one named
in passing in it (``subject_described``). And a body's office the article gives a person, in
the very words, a sentence or two after the description speaks (``titled_soon_after``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import text_of
from .cast import Cast, Mention, Person
from .descriptions import describes_a_person, headline_subject, only_person, same_sex, titled_person, year_of_age
from .names import named_head
from .pronouns import PERSON_PRONOUNS
from .roles import definite, holds_title, owned_by_a_body, title_words


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


def subject_described(pronoun: Token, meant: Mention | None, cast: Cast) -> Person | None:
    """The person a "he" or "she" means where the sentence of the name it would take has as its
    main subject a description of a person, no name, that names someone else: "The prime minister
    is trying to draw a line under speculation over his relationship with Gordon Brown… He is
    saying…" is the prime minister, Tony Blair (``headline_subject``, ``titled_person``,
    ``only_person``), not Brown, named in passing. None where the name taken is a subject itself,
    the description names no one, the sex does not fit, or a person is named as the main verb's
    agent or object ("The chancellor was attacked by Tory leader Michael Howard… He said")."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    if gender is None or meant is None or meant.kind != "person" or meant.salience >= 3:
        return None
    doc = pronoun.doc
    named = doc.char_span(meant.offset, meant.offset + 1, alignment_mode="expand")
    subject = next((c for c in named.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if named is not None else None
    if subject is None or subject.i > pronoun.i or subject.pos_ != "NOUN" or not definite(subject) or not describes_a_person(subject):
        return None
    if any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return None  # "Labour's Alan Milburn…": a name the cast holds
    if _a_person_acting_on(subject.head):
        return None  # "The chancellor was attacked by Tory leader Michael Howard… He said": either
    span = Span.of(text_of(doc), subject.left_edge.idx, subject.idx + len(subject))
    person = titled_person(subject, span, cast) or headline_subject(subject, span, cast) or only_person(subject, span, cast)
    if person is None or person is cast.person(meant.name) or person.gender not in (None, gender) or not same_sex(person, subject):
        return None
    return person


def _a_person_acting_on(verb: Token) -> bool:
    """Whether the verb's agent, object or indirect object names a person: "The chancellor was
    attacked by Tory leader Michael Howard", "The prime minister met Gordon Brown". A "he" after
    such a sentence may mean that person as well as the subject."""
    arguments = (c for c in verb.children if c.dep_ in ("agent", "dobj", "dative"))
    return any(t.ent_type_ == "PERSON" for c in arguments for t in c.subtree)


def titled_soon_after(head: Token, mention: Span, cast: Cast) -> Person | None:
    """The one person the next two sentences give the very title of a description of a body's
    office ("its", "their", "Mittal Steel's") that speaks before anyone holds it: "Mittal Steel…
    could cut up to 45,000 jobs, its chief executive has said. The company is due to… Lakshmi
    Mittal, the chief executive, told investors…". Every word of the title must be the same ("the chief executive" is no "finance
    director", "the deputy leader" no "leader"); not a title someone held before, nor one two people
    are given, nor a person named in what someone said."""
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children) or owned_by_a_body(head)
    if head.tag_ != "NN" or not owned or head.ent_type_:
        # "the spokesman stressed" after "A spokesman for the Home Office said" (a spokesman for
        # another body named next), "the flanker showed his nous": a body's own office only. The
        # title given a person's name below is what makes it a person's ("chief executive").
        return None
    words = title_words(head)
    before = (cast.person(m.name) for m in cast.mentions if m.kind == "person" and m.offset < mention.start)
    if any(p is not None and holds_title(p, head) for p in before):
        return None  # "the chief executive" someone was called before: ``titled_person``'s
    at = cast.sentence_of(mention.start)
    later = [m for m in cast.mentions if m.kind == "person" and at < cast.sentence_of(m.offset) <= at + 2 and not cast.in_what_was_said(m.offset)]
    owner = _owner_words(head)
    holding = {m.name for m in later if _title_beside(head.doc, m.offset, owner) == words}
    person = cast.person(next(iter(holding))) if len(holding) == 1 else None
    return person if person is not None and same_sex(person, head) else None


def _title_beside(doc: Doc, offset: int, owner: set[str]) -> set[str]:
    """The words of the title written beside the name at ``offset``, in apposition ("Lakshmi Mittal,
    the chief executive,") or in front ("chief executive Lakshmi Mittal"), as ``title_words`` reads a
    description's; empty where none, or where the title's phrase names a body not in ``owner``
    ("Justin King, the chief executive of Sainsbury's", "Shell chief executive Jeroen van der
    Veer": another firm's office than "Tesco… its chief executive")."""
    name = named_head(doc, offset)
    if name is None:
        return set()
    appos = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    phrase = list(appos.subtree) if appos is not None else list(doc[name.left_edge.i : name.i])
    if any(_a_body_word(t) and t.lower_ not in owner for t in phrase):
        return set()
    if appos is not None:
        return title_words(appos)
    front = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
    return title_words(front[-1]) if front else set()


def _a_body_word(token: Token) -> bool:
    """A word of a body's or a place's name ("Sainsbury", "Shell", "Arcadia"), no person's."""
    return token.dep_ != "case" and (token.ent_type_ in ("ORG", "GPE", "NORP") or (token.pos_ == "PROPN" and token.ent_type_ != "PERSON"))


def _owner_words(head: Token) -> set[str]:
    """The words of the body whose office ``head`` is: its possessive ("Mittal Steel's chief
    executive"), or for "its" the subjects of the description's sentence ("Tesco could cut 5,000
    jobs, its chief executive has said")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None)
    if owner is not None:
        return {t.lower_ for t in owner.subtree}
    inside = {t.i for t in head.subtree}
    subjects = [t for t in head.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i not in inside]
    return {w.lower_ for t in subjects for w in t.subtree}
