"""Joint speakers: "Tesco, Asda and Morrisons all said…" is said by each of them.

A speaker mention whose head the parser coordinates with other nouns by "and" names
a group: "the prime minister and the chancellor", "Mr Blair and his wife", "Labour and
the Conservatives both". ``members`` gives the heads of the others, and ``own_mention``
the words that name one member alone; ``speakers.resolve`` resolves each as any
speaker. Precision matters more than recall: a wrong co-speaker puts words in someone's
mouth, so a coordination is one speaker wherever it may be one:

- one name with "and" or "&" in it: "Marks and Spencer", "Procter & Gamble", "Ernst &
  Young" (the recognizer's one entity across the "and", a name in joint_names.txt, or one
  the article labels an organisation elsewhere);
- titles of one person: "chairman and chief executive Terry Leahy" (a singular common
  noun with no "the" or "his" of its own is a title, not someone else);
- a possessive over the pair: "Tesco and Asda's spokesman" is one spokesman;
- "or", "nor", "but", "as well as": not a joint statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import entity_of
from ..quotes import mention_span
from ..resources import lexicon
from .cast import Cast

# Nouns and pronouns that can each name a speaker; an adjective or a verb the parser coordinated cannot.
MEMBER_POS = ("NOUN", "PROPN", "PRON")
# Words that say a group spoke as one, not who is in it: "Both Plaid Cymru and…", "Tesco, Asda and Morrisons all".
GROUP_WORDS = {"both", "all", "each", "together", "jointly"}


def members(head: Token, mention: Span, cast: Cast) -> list[Token]:
    """The heads of the other members of a group headed by ``head``, in reading order, each
    inside ``mention``; [] where the coordination names one speaker (see the module)."""
    others = _conjuncts(head)
    if not others or any(not mention.start <= t.idx < mention.end for t in others):
        return []
    group = [head, *others]
    if not _joined_by_and(group) or _one_name(group, cast) or _possessed(others):
        return []
    if any(_a_title(t) for t in group) or any(t.pos_ not in MEMBER_POS for t in others):
        return []
    return others


def own_mention(doc: Doc, head: Token, within: Span) -> Span | None:
    """The words of ``within`` that name the member headed by ``head`` alone: "Tesco" of
    "Tesco, Asda and Morrisons all", "his finance director Andrew Higginson" of "Terry
    Leahy and his finance director Andrew Higginson"."""
    span = mention_span(doc, head)
    if span is None:
        return None
    start, end = max(span.start, within.start), min(span.end, within.end)
    for child in head.children:
        if child.dep_ == "preconj" or (child.i < head.i and child.lower_ in GROUP_WORDS):
            start = max(start, child.idx + len(child.text))  # "Both Plaid Cymru and…": "both" is the group's
        elif child.dep_ in ("cc", "conj") and child.i > head.i:
            end = min(end, child.left_edge.idx)  # the next member and all after it are others
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return Span.of(text, start, end) if start < end else None


def _conjuncts(head: Token) -> list[Token]:
    """The nouns coordinated with ``head``: "Asda" and "Morrisons" of "Tesco, Asda and Morrisons",
    which the parser chains (Morrisons hangs on Asda)."""
    found = []
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i:
            found += [child, *_conjuncts(child)]
    return sorted(found, key=lambda t: t.i)


def _joined_by_and(group: list[Token]) -> bool:
    """There is a coordinator and each is "and": "Blair or Brown" is not a joint statement."""
    words = [c.lower_ for t in group for c in t.children if c.dep_ == "cc"]
    return bool(words) and all(w == "and" for w in words)


def _one_name(group: list[Token], cast: Cast) -> bool:
    """"Marks and Spencer": the words across the "and" are one entity, or one name the article
    or joint_names.txt knows."""
    first, last = group[0], group[-1]
    if first.ent_type_ and last.ent_type_ and entity_of(first).start == entity_of(last).start:
        return True  # one entity across the coordinator
    doc = first.doc
    whole = doc[_name_start(first) : last.i + 1].text.lower().removeprefix("the ")
    known = lexicon("joint_names.txt") | {o.lower().removeprefix("the ") for o in cast.orgs}
    return whole in known or whole.replace(" and ", " & ") in known or whole.replace(" & ", " and ") in known


def _name_start(token: Token) -> int:
    """Where the name ``token`` ends begins: "Marks" of "Marks and Spencer", "Ernst" of "Ernst & Young"."""
    if token.ent_type_:
        return entity_of(token).start
    return min((c.i for c in token.children if c.dep_ in ("compound", "flat") and c.i < token.i), default=token.i)


def _possessed(others: list[Token]) -> bool:
    """"Tesco and Asda's spokesman": a named owner before the last member, which the parser
    hangs on it alone, may own the whole pair; "Mr Blair and his wife" is two."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for t in others for c in t.children)


def _a_title(token: Token) -> bool:
    """"chairman" of "chairman and chief executive Terry Leahy": a singular common noun with no
    determiner, possessive or number of its own is a title of the one named, not a speaker."""
    if token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "appos") for c in token.children)
