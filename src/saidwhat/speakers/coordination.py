"""What the parser coordinates by "and", and whether it names one thing or several.

"Tesco, Asda and Morrisons" are three (``conjuncts``, ``joined_by_and``); "Marks and
Spencer" is one name (``one_name``); "The organisers of the gathering, which brings together
campaigners…, and many other causes" are no group (``side_by_side``). Shared by ``groups``
(joint speakers) and ``pairs`` ("the pair", "both countries").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import entity_of
from ..resources import lexicon
from .cast import Cast


def conjuncts(head: Token) -> list[Token]:
    """The nouns coordinated with ``head``: "Asda" and "Morrisons" of "Tesco, Asda and Morrisons",
    which the parser chains (Morrisons hangs on Asda)."""
    found = []
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i:
            found += [child, *conjuncts(child)]
    return sorted(found, key=lambda t: t.i)


def joined_by_and(group: list[Token]) -> bool:
    """There is a coordinator and each is "and": "Blair or Brown" is not a joint statement."""
    words = [c.lower_ for t in group for c in t.children if c.dep_ == "cc"]
    return bool(words) and all(w == "and" for w in words)


def one_name(group: list[Token], cast: Cast) -> bool:
    """"Marks and Spencer": the words across the "and" are one entity, or one name the article
    or joint_names.txt knows."""
    first, last = group[0], group[-1]
    if first.ent_type_ and last.ent_type_ and entity_of(first).start == entity_of(last).start:
        return True  # one entity across the coordinator
    doc = first.doc
    whole = doc[name_start(first) : last.i + 1].text.lower().removeprefix("the ")
    known = lexicon("joint_names.txt") | {o.lower().removeprefix("the ") for o in cast.orgs}
    return whole in known or whole.replace(" and ", " & ") in known or whole.replace(" & ", " and ") in known


def name_start(token: Token) -> int:
    """Where the name ``token`` ends begins: "Marks" of "Marks and Spencer", "Ernst" of "Ernst & Young"."""
    if token.ent_type_:
        return entity_of(token).start
    return min((c.i for c in token.children if c.dep_ in ("compound", "flat") and c.i < token.i), default=token.i)


def side_by_side(group: list[Token]) -> bool:
    """Whether each member follows the words of the one before with only commas, "and" and "both"
    between: "The organisers of the gathering, which brings together campaigners…, and many other
    causes" is no group of organisers and causes, whatever the parser hung together."""
    doc = group[0].doc  # "The player himself and his captain": a reflexive is no clause between
    for before, member in zip(group, group[1:]):
        own = [t for t in before.subtree if not any(t in c.subtree for c in before.children if c.dep_ in ("conj", "cc"))]
        # (the member itself may be an apposition: "electronics giants Hitachi and Matshushita Electric")
        if any(t.dep_ in ("relcl", "acl", "appos") and t.pos_ != "PRON" and t is not before and t.i < member.i for t in own):
            return False  # a clause or an apposition between them: the parser's guess at what the "and" joins
        if any(c.dep_ == "prep" and before.i < c.i < member.i for c in before.children):
            return False  # "A spokesman for the Department for Culture, Media and Sport": "and" may join the last noun
        gap = doc[max(t.i for t in own) + 1 : member.left_edge.i]
        if any(not (t.is_punct or t.dep_ in ("cc", "preconj")) for t in gap):
            return False
    return True
