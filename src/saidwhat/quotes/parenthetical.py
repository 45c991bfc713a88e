"""Parenthetical cues: "The plan, he said, is doomed", an inverted aside ("The plan, said
Mr Brown, is doomed"), and a cue the parser made the complement of the clause it reports."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Span
from ..resources import lexicon
from .cues import BELIEF_VERBS, speaks
from .joined import and_before, conjunction_before, joined_after_cue
from .mentions import mention_span
from .records import Cue, Found, QuoteIndex
from .reporting import can_speak, done
from .spans import inside, span_of
from .subjects import SUBJECTS, cue_verb, inverted_subject, subject_of


def parenthetical(doc: Doc, cue: Cue, index: QuoteIndex) -> Found | None:
    """"The plan, he said, is doomed": the cue sits inside the clause it reports (or after it,
    where the parser made the cue the clause's complement: ``_reversed``)."""
    verb = doc[cue.token]
    if subject_of(verb) is None:
        return None
    if (comma := _reversed(doc, verb)) is not None:
        pieces = [p for p in (span_of(doc, list(doc[verb.head.left_edge.i : comma])),) if p is not None]
    elif verb.dep_ == "parataxis":
        pieces = [p for p in clause_without(doc, verb.head, verb, _after_parenthetical(doc, verb), _read_as_subject(verb)) if p is not None]
    else:
        return None
    if not pieces or index.at(pieces[0].start) is not None:
        return None
    source = subject_of(verb)
    # "Last year, he said, was all about … shaping the “IPTV ecosystem”": the speaker's
    # words quoted inside make it mixed, as a clause reported after its cue would be.
    quoted = any(inside(q, pieces) for q in index.quotations)
    return Found(
        kind="mixed" if quoted else "indirect",
        content=tuple(pieces),
        cue=cue.span,
        cue_token=cue.token,
        source_token=source.i,
        mention=mention_span(doc, source),
        confidence=0.6,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Aside:
    """What an inverted aside reports (the pieces around it) and who speaks (the name in it)."""

    pieces: tuple[Span, ...]
    speaker: Token
    mention: Span  # the name with its role, never the clause after the closing comma


def inverted_aside(doc: Doc, verb: Token) -> Aside | None:
    """"The problem they face, said Jo Hall, head of Adamind, is educating people", "Often,
    said Mr Pearson, the data was invisible": a cue between commas with the speaker's name
    after it, inside the clause it reports. The parser makes the cue the root and the rest of
    the clause its complement, with the name for subject. The name speaks; what was said is
    the words before the cue and the rest of the sentence after the aside. Not "The firm, said to be
    worth $1bn, is…": no name after the cue."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or verb.i - 2 < verb.sent.start or doc[verb.i - 1].text != ",":
        return None
    name = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == verb.i + 1), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or verb.lemma_.lower() not in lexicon("reporting_verbs.txt"):
        return None
    end = _aside_end(doc, name)
    if end is None:
        return None
    before = span_of(doc, list(doc[verb.sent.start : verb.i - 1]))
    if any(cue_verb(t) for t in doc[verb.sent.start : verb.i - 1]):
        # "The research shows that more people worry because, said Mr Goosens, they are
        # reported more": the words before are another report; his is what follows.
        before = None
    # To the sentence's end: the parser may hang part of the clause on the cue ("the group
    # that firms have most hold over": "hold" as a second complement), or to where a second
    # report begins ("…, although his deputy admitted that…").
    after = span_of(doc, list(doc[end + 1 : _next_report(doc, end + 1, verb.sent.end)]))
    mention = span_of(doc, list(doc[name.left_edge.i : end]))
    if after is None or mention is None:
        return None
    return Aside(pieces=tuple(p for p in (before, after) if p is not None), speaker=name, mention=mention)


def _aside_end(doc: Doc, name: Token) -> int | None:
    """The comma that closes the aside after a name: the next one, or the one after what the
    name is given there, closed by a comma of its own: a role ("Jo Hall, head of Adamind,"), a
    body's description ("Unison, the public sector union,"), an age ("Mr Brown, 45,"), a clause
    ("Mr Brown, who heads the union,"). In "Often, said Mr Pearson, this information was…" the
    parser takes the clause's subject for an appositive: no comma closes it, so the first ends."""
    first = next((t.i for t in doc[name.i + 1 : name.sent.end] if t.dep_ != "compound"), None)
    if first is None or doc[first].text != ",":
        return None
    given = [c for c in name.children if c.i > first and not c.is_punct]
    if not given:
        return first
    closing = max(c.right_edge.i for c in given) + 1
    return closing if closing < len(doc) and doc[closing].text == "," else first


def _reversed(doc: Doc, verb: Token) -> int | None:
    """"National Insurance will be raised if Labour wins the next election, Tory leader Michael
    Howard has claimed.": the parser may make a cue ending the sentence after a comma the
    complement of the clause it reports (and hang an "if" clause on the cue). Then all before
    the comma is what was said: the comma's index. Only a plain reporting verb, said and not
    believed or supposed, with a speaker and nothing after the comma but its subject."""
    subject = subject_of(verb)
    comma = subject.left_edge.i - 1
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or not head.i < comma or doc[comma].text != "," or cue_verb(head):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lexicon("reporting_verbs.txt") or lemma in BELIEF_VERBS or not can_speak(subject) or not done(verb):
        return None
    after = [c for c in verb.children if c.i > comma and c.dep_ not in ("nsubj", "aux", "punct")]
    last = verb.sent[-1]
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return comma if not after and verb.i == last.i else None


def _after_parenthetical(doc: Doc, verb: Token) -> set[int]:
    """What follows a parenthetical cue and is not what it reports: a clause that is a
    report of its own ("…no evidence of criminal activity, the bank said, the Secret
    Service … is said to be looking into the loss"), or a clause with its own subject
    joined after the cue ("… a formality, analysts said, and the company expects…")."""
    head = verb.head
    if verb.i < head.i and cue_verb(head) and _reports_afresh(head, verb):
        return {t.i for t in head.subtree if t.i > verb.right_edge.i}
    if verb.i < head.i:
        # "The plan, he said, is doomed and the money will be lost": all of it his, up to
        # where a second report begins ("…, and the minister added that talks had failed").
        return set(range(_next_report(doc, verb.right_edge.i + 1, head.right_edge.i + 1), head.right_edge.i + 1))
    joined = [c for c in head.children if c.dep_ == "conj" and c.left_edge.i > verb.right_edge.i and any(s.dep_ in SUBJECTS for s in c.children)]
    goes_on = joined_after_cue(head, after=verb.right_edge.i)
    cut = {t.i for c in joined if c not in goes_on for t in doc[conjunction_before(c) : c.right_edge.i + 1]}
    return cut | {i for c in goes_on for i in range(conjunction_before(c), and_before(c))}  # the comma before "and"


def _next_report(doc: Doc, start: int, end: int) -> int:
    """Where the first clause between ``start`` and ``end`` that is a second report begins
    (with its "and", "but", "although"); ``end`` if none. "Over the years, she said, email has
    helped her stay in touch - although at the mention of email she laughed and admitted
    “emails have been wonderful”": her laughing admission is a statement of its own."""
    for token in doc[start:end]:
        if _second_report(token):
            clause = _clause_top(token, start)
            return conjunction_before(clause) if clause.left_edge.i >= start else end
    return end


# The marks of an adverbial clause that stands beside what was said, not inside it: "…, although
# she admitted that…" is a report of its own; "unless", "because", "after" clauses are the speaker's.
CONCESSIVE = ("although", "though", "while", "whereas")


def _second_report(verb: Token) -> bool:
    """A reporting verb (not a belief) with a speaker of its own, reporting a clause, an
    object or a quotation after it: "the minister added that…", "she admitted “…”"."""
    if not speaks(verb) or verb.dep_ not in ("conj", "advcl"):
        return False
    if verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in verb.children):
        return False  # "will go ahead unless the minister announces that…": a condition of what was said
    return any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children)


def _clause_top(verb: Token, start: int) -> Token:
    """The verb whose subject ``verb`` shares, through "and" ("she laughed and admitted"),
    within the words from ``start``."""
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children) and verb.head.i >= start:
        verb = verb.head
    return verb


def _reports_afresh(head: Token, parenthetical: Token) -> bool:
    """Whether the report ``head`` starts after the parenthetical cue: its subject comes
    after it ("…, the bank said, the Secret Service … is said to be…"), and no clause
    before the cue is its ("One in three women, the survey said, thought…")."""
    after = any(c.dep_ in SUBJECTS and c.i > parenthetical.i for c in head.children)
    return after and not any(c.dep_ == "ccomp" and c.i < parenthetical.i for c in head.children) and _clause_before(head, parenthetical)


def _clause_before(head: Token, parenthetical: Token) -> bool:
    """Whether the words of ``head``'s clause before the cue hold a verb: a clause of their own
    that the cue reports. "Instead, she said, her boss told her he had booked a room": a lone
    connective or phrase ("Instead", "In March") opens the clause the aside sits in, which is
    all hers."""
    return any(t.pos_ in ("VERB", "AUX") for t in head.subtree if t.i < parenthetical.left_edge.i)


def _read_as_subject(verb: Token) -> set[int]:
    """"The idea, says BT, is to shape a new model", "This, said Sloncek, should make the
    system safer": the parser may give an aside cue two subjects, the name after it and the
    start of the clause it sits in before it; that start is what was said."""
    if inverted_subject(verb) is None or verb.head.i < verb.i:
        return set()
    return {t.i for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i for t in c.subtree}


def clause_without(doc: Doc, head: Token, removed: Token, also: set[int] = frozenset(), kept: set[int] = frozenset()) -> list[Span | None]:
    """A clause minus a parenthetical subtree but the tokens ``kept`` (and minus the tokens
    ``also``): the pieces before and after it."""
    aside = [t.i for t in removed.subtree if t.i not in kept]
    gone = set(aside) | also
    tokens = [t for t in head.subtree if t.i not in gone]
    left = [t for t in tokens if t.i < aside[0]]
    right = [t for t in tokens if t.i > aside[-1]]
    return [span_of(doc, left), span_of(doc, right)]
