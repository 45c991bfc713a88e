"""Mentions the parser hung on the wrong word, each found back from the tree's shape: a "who" it
left outside a relative clause (``who_after_a_noun``) or hung on a title's first word
(``person_right_before``), a name it made a second subject beside its title
(``name_before_its_title``), a participle of saying it hung on a verb's object
(``participle_s_subject``). Tokens only: ``mentions`` resolves what they find as any speaker."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..quotes import Found
from ..resources import lexicon
from .documents import SAYING_THINGS
from .names import ORG_NOUNS


def who_after_a_noun(head: Token) -> Token | None:
    """The noun a subject "who" right after it refers to where the parser did not take the
    verb for a relative clause: "…brought by Microsoft and attorney general Eliot Spitzer who
    alleged that…" (parsed as the main verb's complement). Not "asked who said it", "unclear
    who": a question's "who" follows no noun."""
    if head.lower_ != "who" or head.dep_ != "nsubj" or head.i == 0:
        return None
    before = head.doc[head.i - 2] if head.doc[head.i - 1].text == "," and head.i > 1 else head.doc[head.i - 1]
    while before.dep_ in ("compound", "flat") and before.head.i > before.i:
        before = before.head
    return before if before.pos_ in ("NOUN", "PROPN") and before.i < head.i else None


def person_right_before(who: Token, noun: Token) -> Token | None:
    """The person's name right before a "who" the parser hung on a name that is no person's, the
    first of a title's words it read as a list: "backed by Culture, Media and Sport Secretary Tessa
    Jowell who said:" (the clause on "Culture"). Not where the parser's noun is a person's or a
    common noun: "the wife of Tony Blair, who said" stays the wife's."""
    if who.lower_ != "who" or noun.ent_type_ == "PERSON" or noun.pos_ != "PROPN" or who.i == 0:
        return None
    before = who.doc[who.i - 2] if who.doc[who.i - 1].text == "," and who.i > 1 else who.doc[who.i - 1]
    return before if before.ent_type_ == "PERSON" and before.i > noun.i else None


def name_before_its_title(head: Token) -> Token | None:
    """The person's name the parser made a second subject of the cue beside their title, where
    the title, nearer the verb, became the mention: '"…," Dr Mike Watts head of exploration said'
    (no comma between), "Blake Lee-Harwood, campaigns director at Greenpeace in the UK, said:"
    (the recognizer's hyphenated name, no apposition). Only a title of ``person_nouns.txt`` with no
    article or owner of its own, right after the name or after it and one comma: "Mr Smith said
    the chairman…" is two clauses, and '"…", the chairman said' has no name before it."""
    if head.dep_ != "nsubj" or head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in lexicon("person_nouns.txt"):
        return None
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    name = next((c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i and c.ent_type_ == "PERSON"), None)
    if name is None:
        return None
    between = head.doc[name.right_edge.i + 1 : head.left_edge.i]
    return name if len(between) <= 1 and all(t.text == "," for t in between) else None


def participle_s_subject(doc: Doc, f: Found, head: Token) -> Token | None:
    """The subject of a verb of saying a participle cue really hangs on where the parser hung it on
    the verb's object, a thing that says nothing: "But the Tory leader will argue against positive
    discrimination saying it is "outdated"", "…call for religious tolerance arguing that…" (the
    leader argues). Only a verb of ``reporting_verbs.txt`` ("argue", "call"): "relied on advice
    saying", "acted on information suggesting" keep theirs; and only a singular common noun with no
    article, owner or name, that is no source itself (no evidence, document, ``SAYING_THINGS``, nor
    person's or body's noun): "a report saying", "research showing", "protesters saying" keep
    theirs."""
    cue = doc[f.cue_token] if f.cue_token is not None else None
    if cue is None or cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.i != head.i:
        return None
    if head.tag_ != "NN" or head.ent_type_ or any(c.dep_ in ("det", "poss", "compound") for c in head.children):
        return None
    sources = lexicon("evidence_nouns.txt") | lexicon("anonymous_sources.txt") | lexicon("person_nouns.txt") | ORG_NOUNS | SAYING_THINGS
    if head.lemma_.lower() in sources or head.lower_ in sources:
        return None
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head if head.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon("reporting_verbs.txt"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < head.i), None)
