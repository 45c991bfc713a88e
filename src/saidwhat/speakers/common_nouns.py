"""A common noun as a speaker: "a spokesman", "officials", "the ministry", "the chancellor".

``common_noun`` takes it for a person the article described so ("the spokesman" after "Kremlin
spokesman Dmitry Peskov"), a body the article named (named in the mention, in apposition, before
or next), or else an anonymous source written as it stands (``anonymous``), which later pronouns
and descriptions may mean.
"""

from __future__ import annotations

from bisect import insort

from spacy.tokens import Token

from ..model import Span, Speaker
from ..nlp import entity_of, text_between
from ..quotes import core_mention
from .body_descriptions import OVERSEERS, body_in_apposition, body_meant, body_named_next, body_speaking_before, described_otherwise, owners_party, party_before, tied_body, unnamed_kind
from .cast import Cast, Mention
from .descriptions import headline_subject, named_by_its_body, named_next, only_person, our_journalist, titled_person
from .names import ORG_NOUNS, org_name
from .roles import definite, title_words
from .same_person import aged_as_before, titled_soon_after


def common_noun(head: Token, mention: Span, cast: Cast) -> Speaker:
    """"a spokesman", "officials", "the ministry": anonymous or institutional sources.

    A definite title that matches a known person's role ("the spokesman" after
    "Kremlin spokesman Dmitry Peskov") is that person.
    """
    lemma = head.lemma_.lower()
    core = core_mention(head)
    words = text_between(core[0], core[-1])  # "a spokesman", not its relative clause
    named = next((c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "ORG"), None)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    with_the = definite(head)  # "the committee", "this firm"; not "the world's biggest insurer"
    the = with_the or _the_one_owned(head)  # "the world's biggest insurer" is one thing
    if (journalist := our_journalist(head, mention, cast)) is not None:
        return Speaker(name=journalist.name, type="person", role=journalist.role, mention=mention)
    if (body := body_in_apposition(head, mention)) is not None:
        return body  # "Web tracking company Envisional said": the body named, not its description
    if lemma == "committee" and the and _its_remit(head):
        # "the Commons standards and privileges committee said": a committee named by its House or
        # its remit is that committee, as written, not the body named last ("Parliament").
        return Speaker(name=_committee_name(head), type="organisation", mention=mention)
    if lemma == "committee" and with_the and head.tag_ == "NN" and (remitted := _committee_before(head, cast)) is not None:
        # "The joint committee on human rights found… The committee also highlighted…": the
        # committee named by its remit before, lower-case so no entity, not the body named last.
        return Speaker(name=remitted, type="organisation", mention=mention)
    if named is not None and lemma in ORG_NOUNS and not indefinite:
        # "the Reuters news agency", "the China Daily newspaper": the body is named, not the last one
        # named; but "a European Parliament committee" is one of its committees.
        return Speaker(name=org_name(entity_of(named).text), type="organisation", mention=mention)
    if (described := cast.described.get(core[0].idx)) is not None:
        # "India's finance minister said", "Palaniappan Chidambaram, India's finance minister," later.
        person = cast.person(described)
        return Speaker(name=described, type="person", role=person.role if person else None, mention=mention)
    if (party := owners_party(head, cast)) is not None:
        return Speaker(name=party, type="organisation", mention=mention)  # "his party" of "Tory leader Michael Howard"
    if (party := party_before(head, mention, cast)) is not None:
        return Speaker(name=party, type="organisation", mention=mention)  # "the party", the one party named before
    if (organisation := body_named_next(head, cast)) is not None:
        # "…, the elections watchdog has said. … the Electoral Commission says": named next.
        return Speaker(name=organisation, type="organisation", mention=mention)
    if the and lemma in ORG_NOUNS and head.tag_ == "NNS":
        # "the record companies pledged", "the banks said": several bodies, unnamed; never the
        # one body named last ("the Black Gay Men's Advisory Group", who struck the deal with them).
        return anonymous(words, mention, cast)
    if the:
        # "the central bank" is a body, whoever was called "central bank governor".
        if lemma not in ORG_NOUNS and (titled := titled_person(head, mention, cast)) is not None:
            return Speaker(name=titled.name, type="person", role=titled.role, mention=mention)
        # An overseer or an institution no body's name calls so: the body the article calls so,
        # else the last named unless it is another kind of body.
        kind = lemma in OVERSEERS or unnamed_kind(head, cast)
        if kind and (tied := tied_body(head.doc, lemma, cast)) is not None:
            # "the German regulator": BaFin; "the union" after "Amicus, the manufacturing union,".
            return Speaker(name=tied, type="organisation", mention=mention)
        if (going_on := body_speaking_before(head, cast)) is not None and not _named_otherwise(head, going_on):
            # "The CBO says… But the non-partisan fiscal watchdog notes…": the CBO going on.
            return Speaker(name=going_on, type="organisation", mention=mention)
        # Not the last body named for a superlative ("Tesco said… Britain's biggest union said"):
        # news names a new body so; only one the article ties to the noun, or going on, above.
        organisation = body_meant(lemma, mention, cast) if with_the else None
        # "the committee" is not the last body named where that is another kind ("Labour").
        if organisation is not None and not (kind and described_otherwise(head.doc, organisation, lemma)) and not _named_otherwise(head, organisation):
            return Speaker(name=organisation, type="organisation", mention=mention)
    if lemma in ORG_NOUNS and with_the:  # "the world's second biggest insurer" no one named: as written
        return Speaker(name=org_name(words), type="organisation", mention=mention)
    if (only := only_person(head, mention, cast)) is not None:
        # The article calls them so: a later "the chancellor" is them too, whoever is named between.
        only.titles.update(title_words(head))
        return Speaker(name=only.name, type="person", role=only.role, mention=mention)
    if (subject := headline_subject(head, mention, cast)) is not None:
        # "Radcliffe will compete in London / Paula Radcliffe will… The 31-year-old said".
        return Speaker(name=subject.name, type="person", role=subject.role, mention=mention)
    if (aged := aged_as_before(head, mention, cast)) is not None:
        # "The 28-year-old has been in great form… The 28-year-old 800 metres runner believes…".
        return Speaker(name=aged.name, type="person", role=aged.role, mention=mention)
    if (titled := titled_soon_after(head, mention, cast)) is not None:
        # "…, its chief executive has said. … Lakshmi Mittal, the chief executive, told…".
        return Speaker(name=titled.name, type="person", role=titled.role, mention=mention)
    if (named := named_next(head, mention, cast)) is not None:
        # "…, a leading industry figure has said. Tim Renner … told…": named in the next sentence.
        return Speaker(name=named.name, type="person", role=named.role, mention=mention)
    if (named := named_by_its_body(head, mention, cast)) is not None:
        # "A Plaid Cymru MP believes… Plaid Cymru's Elfyn Llwyd has suggested…": his party ties them.
        return Speaker(name=named.name, type="person", role=named.role, mention=mention)
    return anonymous(words, mention, cast)


def _named_otherwise(head: Token, body: str) -> bool:
    """Whether a body's noun has a name before it that the body's name lacks and another name of
    the article has: "The Newcastle club said" is no "Manchester United", named last
    ("Manchester United lost to Newcastle United"); "The High Street retailer said" is still Next
    (no name has "High Street")."""
    words = {word.lower() for word in body.split()}
    for c in head.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.lower_ not in words:
            if any(c.lower_ in {t.lower_ for t in ent} for ent in head.doc.ents if not ent.start <= c.i < ent.end):
                return True
    return False


def _the_one_owned(head: Token) -> bool:
    """"the world's biggest insurer", "the country's largest bank", "Britain's biggest retailer": a
    superlative owned by a definite noun or a place names one thing, as "the insurer" does, though
    the "the" hangs on the owner. Not a plural ("the world's biggest insurers said": several)."""
    if head.tag_ != "NN" or not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in head.children):
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    return any(o.ent_type_ in ("GPE", "LOC") or definite(o) for o in owners)


def _its_remit(head: Token) -> bool:
    """Whether a noun's own nouns in front say which one it is: "Commons" and "standards" of "the
    Commons standards and privileges committee", "public accounts"; not "the same committee"; or
    a remit after "on": "the joint committee on human rights"."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") and c.i < head.i for c in head.children) or _remit_after(head) is not None or _remit_in_front(head)


def _remit_in_front(head: Token) -> bool:
    """"the environment select committee": a noun in front that the parser hangs on the adjective
    "select" (npadvmod) still says which committee; not a possessive ("the party's new committee")."""
    return any(t.dep_ in ("compound", "nmod", "npadvmod") and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "amod" and t.head.head.i == head.i
               for left in head.lefts for t in left.subtree)


def _the_one_named(head: Token) -> bool:
    """``definite``, or a noun phrase that opens with "the" the parser hangs on a noun in front:
    "The environment select committee" (its "The" on "environment")."""
    return definite(head) or (head.left_edge.lower_ == "the" and head.left_edge.head.dep_ in ("compound", "nmod") and head.left_edge.head.head.i == head.i)


def _remit_after(head: Token) -> Token | None:
    """The "on" of "the joint committee on human rights" where a noun follows it; not "on Monday"."""
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and any(
        o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME") for o in c.children)), None)


def _committee_name(head: Token) -> str:
    """A committee's name as written, its remit after "on" included: "joint committee on human rights"."""
    core, on = core_mention(head), _remit_after(head)
    end = on.right_edge if on is not None and on.right_edge.i > core[-1].i else core[-1]
    return org_name(text_between(core[0], end))


def _committee_before(head: Token, cast: Cast) -> str | None:
    """The last committee written lower-case and named by its remit before ``head`` ("the joint
    committee on human rights", "the Commons home affairs committee"), where no committee's name
    the recognizer labels comes after it (that one is ``body_meant``'s); None if none."""
    doc = head.doc
    named = next((t for t in reversed(doc[: head.i]) if t.lemma_.lower() == "committee" and t.is_lower and _the_one_named(t) and _its_remit(t)), None)
    if named is None:
        return None
    if any(named.idx < m.offset < head.idx and m.kind == "organisation" and "committee" in m.name.lower() for m in cast.mentions):
        return None
    # "the influential Commons home affairs committee": the recognizer's name, without the adjective.
    return org_name(entity_of(named).text) if named.ent_type_ == "ORG" else _committee_name(named)


def anonymous(words: str, mention: Span, cast: Cast, one: str | None = None) -> Speaker:
    """An unnamed source, as written: "a spokesman", "officials"; ``one`` as in ``Mention``."""
    # In order of offset, as every reader of the mentions expects: "The legal action accuses Mr
    # Spector… Mr Spector is… The 64-year-old has denied" must not see the source after him.
    insort(cast.mentions, Mention(offset=mention.start, kind="anonymous", name=words, one=one), key=lambda m: m.offset)
    return Speaker(name=words, type="anonymous", mention=mention)
