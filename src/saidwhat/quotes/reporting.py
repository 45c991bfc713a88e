"""Whether a cue verb reports a statement made: by one who can speak, done and not only
planned, not a verb that describes a noun."""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import lexicon
from .cues import infinitive, went_on
from .saying import a_finding_s_source, made_to_say
from .subjects import subject_of

# Findings: what a poll, a study or records "show" or "found", with no clause
# ("a poll shows Sanders leading"); the sources are resources/evidence_nouns.txt.
SHOWING = {"show", "find"}


def modifier(verb: Token) -> bool:
    """A verb that describes a noun ("the plan announced on Monday", "what the Times
    called…"), not one that reports: "Clinton, who announced a plan on Monday," does."""
    if verb.dep_ == "relcl":
        # "the union, which endorsed Sanders in December,": an organisation speaks too.
        return not any(
            c.dep_ == "nsubj" and (c.lower_ == "who" or _finding_of(verb, verb.head) or (c.lower_ in ("which", "that") and _organisation(verb.head)))
            for c in verb.children
        )
    return verb.dep_ == "amod" or (verb.dep_ == "acl" and not (verb.tag_ == "VBG" and _finding_of(verb, verb.head)))


def _organisation(noun: Token) -> bool:
    return noun.ent_type_ in ("ORG", "NORP") or (noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon("anonymous_sources.txt"))


def _finding_of(verb: Token, noun: Token) -> bool:
    """"polls showing Cruz leading", "a new poll that shows…": a finding, and its source."""
    return verb.lemma_.lower() in SHOWING and a_finding_s_source(noun)


def done(verb: Token) -> bool:
    """Whether praise, blame or a promise was given, not only planned, asked or
    imagined or denied: not "would endorse", "declined to criticize", "her endorsing",
    "did not endorse a candidate". "went on to criticize" was done."""
    if verb.dep_ == "pcomp" or modifier(verb):
        return False
    if any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg" for c in verb.children):
        return False
    if no_one_did(verb):
        return False
    return not infinitive(verb) or went_on(verb) or made_to_say(verb) is not None


def no_one_did(verb: Token) -> bool:
    """"Neither Rover nor Shanghai Automotive commented on the reports", "No one commented",
    "None of them praised it": a subject that denies anyone did it negates the verb as "did
    not comment" does."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("nobody", "none") or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.lefts)):
        return True
    return any(c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no") for c in subject.children)


def shown_by_evidence(verb: Token) -> bool:
    """"a new poll shows", "FEC records show", "the survey found": the subject is a finding's source."""
    subject = subject_of(verb)
    if subject is not None and verb.dep_ == "relcl" and subject.lower_ in ("that", "which"):
        subject = verb.head  # "a new poll that shows…"
    return subject is not None and a_finding_s_source(subject)


def can_speak(token: Token) -> bool:
    """A person or a body that can speak: a name, a pronoun, "officials"."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP") or token.lemma_.lower() in lexicon("anonymous_sources.txt")
