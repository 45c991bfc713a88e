"""Claims named by a noun: "Trump's claim that he is worth $10 billion", "her promise to
repeal the law", "the campaign's complaint that the rules were rigged".

A noun of speech with a that-clause (or, for a promise, an infinitive) and a possessor
reports what the possessor said; the possessor is the speaker, the clause what was said.
With no possessor ("the claim that vaccines cause autism") no one is named, and nothing
is reported.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import span_between
from .cues import infinitive
from .mentions import mention_span
from .records import Found, QuoteIndex
from .spans import span_of
from .subjects import SUBJECTS

# Nouns that name something said, with a that-clause: "his claim that…".
CLAIMS = {
    "claim", "assertion", "allegation", "argument", "complaint", "contention", "insistence",
    "suggestion", "warning", "statement", "remark", "comment", "charge", "accusation",
    "prediction", "admission", "acknowledgment", "acknowledgement", "denial", "promise", "pledge",
    "vow", "assurance", "declaration", "announcement",
}
# Of these, the nouns that name a promise, with an infinitive: "her pledge to repeal the law".
PROMISES = {"promise", "pledge", "vow"}


def nominal_claims(doc: Doc, index: QuoteIndex) -> list[Found]:
    """Statements named by a noun of speech with a possessor and a clause, in text order."""
    found = []
    for noun in doc:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in CLAIMS or index.at(noun.idx) is not None:
            continue
        if noun.dep_ == "ROOT":
            continue  # a noun at the root has swallowed the sentence's verb: a parse gone wrong
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _by(noun)
        clause = _clause(noun, lemma)
        if owner is None or clause is None:
            continue
        content = span_of(doc, list(clause.subtree))
        if content is None:
            continue
        cue_start = owner.i + 1 if doc[owner.i + 1].tag_ == "POS" else noun.i
        found.append(Found(
            kind="indirect",
            content=(content,),
            cue=span_between(doc[cue_start], noun),
            cue_token=noun.i,
            source_token=owner.i,
            mention=mention_span(doc, owner),
            confidence=0.5,
        ))
    return found


def _by(noun: Token) -> Token | None:
    """The "Trump" of "a claim by Trump that…", "a warning from the IMF that…"."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
    return None


def _clause(noun: Token, lemma: str) -> Token | None:
    """The that-clause ("claim that he won") or infinitive ("pledge to repeal") on ``noun``."""
    for child in noun.rights:
        if child.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if lemma in CLAIMS and that and any(c.dep_ in SUBJECTS for c in child.children):
            return child
        if lemma in PROMISES and infinitive(child) and child.tag_ == "VB":
            return child
    return None
