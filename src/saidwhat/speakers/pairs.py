"""Two speakers by one noun: "both countries", "the two firms", "the pair", "the couple", and
"the former" or "the latter" for one of them.

``the_two`` takes the two of a kind the article names together by "and" (the headline's pair
first), or, for "the pair" and "the couple", the two people its own sentence names before it;
``former_or_latter`` the first or the second of them. Used by ``groups.resolve_group``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span, Speaker
from ..nlp import entity_of, text_of
from .cast import Cast
from .coordination import conjuncts, joined_by_and, one_name, side_by_side
from .names import is_party, name_gender, org_name
from .pronouns import PAIR_WORDS
from .roles import definite


# "both parties", "the two parties": political parties whatever the recognizer labels them ("Labour"
# PERSON, "the Tories" NORP: names.is_party, as ``members`` takes them), or bodies party to a deal
# or a case, labelled ORG ("Ford and General Motors settled … both parties said"). No label of its own.
PARTIES = "parties"
# "both countries", "the two firms": what the two named together are (the recognizer's labels).
PAIR_NOUNS = {"country": "GPE", "nation": "GPE", "company": "ORG", "firm": "ORG", "club": "ORG", "party": PARTIES,
              "bank": "ORG", "man": "PERSON", "woman": "PERSON"}


def the_two(doc: Doc, head: Token, mention: Span, cast: Cast) -> tuple[Speaker, ...]:
    """"India and Iran in gas export deal / … both countries said in a statement": "both" or
    "the two" and a plural noun of a kind ("the pair", "the duo": two people) mean the two of
    that kind the headline names together by "and", else the one such pair the text names
    before the mention; () where there is no such pair or several ("between Iran and China" in
    the text does not undo the headline's)."""
    if head.lower_ in PAIR_WORDS and definite(head):
        label = "PERSON"
    else:
        label = PAIR_NOUNS.get(head.lemma_.lower())
        two = any(c.lower_ == "both" for c in head.children) or (
            definite(head) and any(c.dep_ == "nummod" and c.lower_ == "two" for c in head.children))
        if label is None or head.tag_ != "NNS" or not two:
            return ()
    headline, _, rest = text_of(doc).partition("\n")
    pairs = (_pairs(doc, label, cast, len(headline)) if rest else []) or _pairs(doc, label, cast, mention.start)
    if not pairs and head.lower_ in PAIR_WORDS:
        pairs = _two_in_its_sentence(head, cast)
    if len(pairs) != 1:
        return ()
    kind = "person" if label == "PERSON" else "organisation"
    return tuple(Speaker(name=name, type=kind, mention=mention) for name in pairs[0])


def _pairs(doc: Doc, label: str, cast: Cast, end: int) -> list[tuple[str, str]]:
    """The distinct pairs of names labelled ``label`` the text before ``end`` joins by "and"
    alone ("Tony Blair and Gordon Brown"), each by its fullest name, in reading order."""
    found: list[tuple[str, str]] = []
    for _, pair in _pairs_at(doc, label, cast, end):
        if {*pair} not in [{*p} for p in found]:
            found.append(pair)
    return found


def _pairs_at(doc: Doc, label: str, cast: Cast, end: int) -> list[tuple[int, tuple[str, str]]]:
    """Each pair of ``_pairs`` where the text names it (the second's token index), repeats too."""
    found: list[tuple[int, tuple[str, str]]] = []
    for group in ([t, *conjuncts(t)] for t in doc if t.idx < end):
        if len(group) != 2 or not all(_of_kind(t, label) for t in group) or group[1].idx >= end:
            continue
        if not joined_by_and(group) or one_name(group, cast) or not side_by_side(group):
            continue
        names = [_name_of(t, label, cast) for t in group]
        first, second = _one_surname(names) if label == "PERSON" else names
        if first is not None and second is not None and first != second:
            found.append((group[1].i, (first, second)))
    return found


def former_or_latter(doc: Doc, head: Token, mention: Span, cast: Cast) -> Speaker | None:
    """"Microsoft and Sony… The former said…": "the former" is the first of the two people or
    bodies its own sentence names before it, or else last named together by "and", "the latter"
    the second; None where none is ("the former president" is headed by "president"), and it
    stays as written."""
    if head.lower_ not in ("former", "latter") or not definite(head):
        return None
    # Its own sentence's two first: "Concerns were raised about Sumitomo's ability to absorb UFJ
    # and the former has now admitted defeat" (Sumitomo), where one kind names exactly two.
    pairs = [(head.i, pair, label) for label in ("PERSON", "ORG") for pair in _two_in_its_sentence(head, cast, label)]
    if len(pairs) != 1:
        pairs = [(at, pair, label) for label in ("PERSON", "ORG") for at, pair in _pairs_at(doc, label, cast, mention.start)]
    if not pairs:
        return None
    at, pair, label = max(pairs)
    if at != head.i and not _last_named(doc, at, head):
        return None  # "Tony Blair and Gordon Brown met. ¶ … Mourinho attacked Chelsea, and the latter said" is Chelsea
    return Speaker(name=pair[head.lower_ == "latter"], type="person" if label == "PERSON" else "organisation", mention=mention)


def _last_named(doc: Doc, at: int, head: Token) -> bool:
    """Whether the pair whose second ends at token ``at`` is in ``head``'s sentence or the one
    before, with no person or body named between: the two a reader still has in mind."""
    if doc[at].sent.start < head.sent.start and doc[head.sent.start - 1].sent.start != doc[at].sent.start:
        return False
    between = doc[entity_of(doc[at]).end : head.i]
    return not any(t.ent_iob_ == "B" and t.ent_type_ in ("PERSON", "ORG") for t in between)


def _two_in_its_sentence(head: Token, cast: Cast, label: str = "PERSON") -> list[tuple[str, str]]:
    """"Rapper 50 Cent has ended his feud with his protege The Game as the pair said…": with no
    two joined by "and" before, "the pair" or "the couple" are the two people its own sentence
    names before it, where it names exactly two (not three: "Blair met Brown with Balls, and
    the pair said" is no one of them); ``label`` ORG for bodies. Not a name inside what was said
    ('“Blair let us down when he sacked Brown,” said the pair') nor in a clause of its own that
    the noun is not in ("Outside the court, where Judge John Hale jailed Tom Price, the couple said")."""
    names: list[str] = []
    for ent in head.sent.ents:
        aside = cast.in_what_was_said(ent.start_char) or _in_a_clause_without(ent.root, head)
        name = _name_of(ent[-1], label, cast) if ent.label_ == label and ent.end <= head.i and not aside else None
        if name is not None and name not in names:
            names.append(name)
    return [(names[0], names[1])] if len(names) == 2 else []


def _in_a_clause_without(token: Token, head: Token) -> bool:
    """Whether ``token`` stands in a finite subordinate clause (relative, adverbial, reported)
    that ``head`` is not in; a noun's infinitive is no clause of its own ("Sumitomo's ability to
    absorb UFJ and the former said": the two bodies)."""
    for above in [token, *token.ancestors]:
        if above.dep_ in ("relcl", "advcl", "ccomp", "csubj") and not above.left_edge.i <= head.i <= above.right_edge.i:
            return True
    return False


def _one_surname(names: list[str | None]) -> list[str | None]:
    """"John and Mary Smith": a man's given name alone before "and" and a woman's full name, or
    the other way round, share the surname (first_names.txt knows both): John Smith, not "John".
    Not two of one sex: "Owen and Steven Gerrard" may be Michael Owen, "Howard and Tony Blair"
    Michael Howard."""
    first, second = names
    if first is None or second is None or len(first.split()) != 1 or len(second.split()) != 2:
        return names
    sexes = name_gender(first), name_gender(second.split()[0])
    return [f"{first} {second.split()[-1]}", second] if None not in sexes and sexes[0] != sexes[1] else names


def _of_kind(token: Token, label: str) -> bool:
    """Whether ``token`` names one of the kind a pair noun counts: its label, or for ``PARTIES``
    a body or a party ("Labour", a PERSON or no entity to the recognizer)."""
    if label == PARTIES:
        return token.ent_type_ == "ORG" or is_party(org_name(entity_of(token).text))
    return token.ent_type_ == label


def _name_of(token: Token, label: str, cast: Cast) -> str | None:
    """A member's name: a person's fullest ("Gordon Brown" for "Brown"), a body's as written."""
    name = entity_of(token).text
    if label != "PERSON":
        return org_name(name)
    person = cast.person(name.removesuffix("’s").removesuffix("'s"))
    return person.name if person is not None else None
