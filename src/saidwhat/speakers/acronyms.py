"""Acronyms in brackets and the words that spell them (split from ``entities``): "The World
Health Organisation (WHO) said…" then "the WHO said" is one body (``bracketed_acronyms``). One
reading of "these words spell this acronym" (``spelt_start``) serves the bodies the recognizer
missed before one ("The Qualifications and Curriculum Authority (QCA)": ``entities.bodies_labelled``)
and an overseer's name spelt out ("Congressional Budget Office (CBO)": ``body_descriptions.an_overseer``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from .names import org_name


# Small words inside a body's name that its acronym leaves out: "Department for Education and Skills (DfES)".
NAME_LINKS = {"and", "&", "of", "for", "on", "the"}


def spelt_start(doc: Doc, end: int, acronym: str, *, first: int = 0) -> int | None:
    """Where the words right before token ``end`` (from ``first`` on) that spell ``acronym`` start,
    or None where they do not. Read back from ``end``, each word's initial (``_initial``) is the
    acronym's next capital: "Congressional Budget Office (CBO)", "Department for Education and
    Skills (DfES)". Passed over: a word without one inside a labelled body's name ("Conseil
    supérieur de l'Audiovisuel") or a link (NAME_LINKS) that opens no sentence. One capital
    the words do not give is allowed inside the acronym: "India Petrochemicals Limited (IPCL)".
    A person's name stops it, and so does an acronym of fewer than two capitals ("(Cochilco)")."""
    wanted, skipped = [c for c in acronym if c.isupper()], False
    if len(wanted) < 2:
        return None
    size, i = len(wanted), end
    while wanted:
        i -= 1
        token = doc[i] if i >= first else None
        if token is None or token.ent_type_ == "PERSON":
            return None
        letter = _initial(token)
        if letter == wanted[-1]:
            wanted.pop()
        elif letter and not skipped and 2 <= len(wanted) < size and letter == wanted[-2]:
            del wanted[-2:]  # "Petrochemicals" gives the P, not the C, of "IPCL"
            skipped = True
        elif not _a_link(token, letter):
            return None
    return i


def _a_link(token: Token, letter: str) -> bool:
    """Whether ``token``, whose initial is ``letter`` (maybe none), may stand between the words
    that spell an acronym: a small word of a name (NAME_LINKS) that opens no sentence, or a word
    without an initial the recognizer took into a body's name ("de" of "Conseil supérieur de
    l'Audiovisuel", "'" of "Transport and General Workers' Union")."""
    if token.lower_ in NAME_LINKS:
        return not token.is_sent_start
    return not letter and token.ent_type_ == "ORG"


def bracketed_acronyms(doc: Doc) -> dict[str, str]:
    """"The World Health Organisation (WHO) said…": an acronym in brackets right after a body's
    name is that body, so a later "the WHO said" is the World Health Organisation, not a second
    speaker. Returns each acronym in lower case -> the body's name (``names.org_name``), the words
    of the recognizer's name that spell it (``spelt_start``). The recognizer takes the bracket into
    the name or leaves it out: both are read."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        if len(ent) >= 3 and ent[-2].text == "(" and _an_acronym(ent[-1]):
            name, short = ent[:-2], ent[-1]
        elif ent.end + 2 < len(doc) and doc[ent.end].text == "(" and _an_acronym(doc[ent.end + 1]) and doc[ent.end + 2].text == ")":
            name, short = ent, doc[ent.end + 1]
        else:
            continue
        start = spelt_start(doc, name.end, short.text, first=name.start)
        if start is not None:
            found.setdefault(short.lower_, org_name(_spelt_name(name, start).text))
    return found


def _an_acronym(token: Token) -> bool:
    """"WHO", "OECD", "UNHCR": two to eight capitals."""
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 8


def _initial(token: Token) -> str:
    """The capital a word gives an acronym: "C" of "Conseil", "A" of "l'Audiovisuel"; none of "de"."""
    text = token.text
    if text[:1].isupper():
        return text[0]
    elided = len(text) > 2 and text[1] in "'’" and text[2].isupper()
    return text[2] if elided else ""


def _spelt_name(name: DocSpan, start: int) -> DocSpan:
    """The body's name of an entity whose words from ``start`` spell its acronym: without a word in
    front ("Past Congressional Budget Office (CBO)", the recognizer took the sentence's first word
    in), but whole where what is in front is a country's capitals ("US Federal Communications
    Commission (FCC)") or has no initial."""
    front = name.doc[name.start : start]
    return name if all(t.is_upper or not _initial(t) for t in front) else name.doc[start : name.end]


def spelling_of(doc: Doc, acronym: str) -> str:
    """The words that spell ``acronym`` where the article gives it in brackets after them
    ("Congressional Budget Office (CBO)" for "CBO"; ``spelt_start``), or "" where it does not."""
    for token in doc[1:-1]:
        if token.text == acronym and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")":
            start = spelt_start(doc, token.i - 1, acronym)
            if start is not None:
                return doc[start : token.i - 1].text
    return ""
