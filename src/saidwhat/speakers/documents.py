"""Documents that speak for whoever issued them: "a statement from Mr Spitzer's office", "figures
released by … the CEA", "a report by the NAO" and "the report" after it. ``issuer`` finds the
issuer a document's own noun phrase names, ``document_before`` the one of the same document named
before, ``issuers_together`` several joined by "and" (``groups``). Tokens only: ``mentions``
resolves what they find as any speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .cast import Cast, Person
from .names import ORG_NOUNS, people_plural
from .roles import definite

# Documents that speak for whoever issued them: "a report by the NAO said", "figures from the Bank".
# Not "figure" nor "number": "A senior figure from Labour said" is a person (review).
# A lawsuit speaks for whoever filed it: "The suits … cite the individuals for…" after "717 lawsuits
# were filed by the Recording Industry Association of America".
DOCUMENTS = {"report", "statement", "figures", "numbers", "statistic", "statistics", "data", "study", "survey", "suit", "lawsuit"}
# Things that carry words of their own, the documents above and more: what a participle hung on one
# says is its own ("a letter saying", "advice saying the detentions were legal", "information
# suggesting the player had been approached"), never the subject's of the verb it follows
# (``misparsed.participle_s_subject``).
SAYING_THINGS = DOCUMENTS | {
    "advert", "advice", "allegation", "announcement", "article", "banner", "blog", "book", "claim", "complaint",
    "correspondence", "criticism", "document", "email", "evidence", "footage", "guidance", "information",
    "intelligence", "leaflet", "letter", "memo", "message", "note", "notice", "placard", "post", "poster",
    "release", "rumour", "sign", "speculation", "testimony", "text", "tweet", "warning", "website",
}
# Documents a person makes, which a "his" or "her" right before owns: "his report said".
OWN_DOCUMENTS = {"report", "statement", "letter", "lawsuit"}
# One kind of document written two ways: "the suits" after "717 lawsuits".
SAME_KIND = {"lawsuit": "suit"}
LAWSUITS = {"suit", "lawsuit"}
# "Senior figures from Labour", "Key figures in the party", "Two numbers": people, not a document.
OF_RANK = {"senior", "key", "leading", "top", "prominent", "influential", "high-profile", "party", "several", "some", "many", "other"}


def _a_document(head: Token) -> bool:
    """Whether ``head`` names a document: figures of rank or counted are people."""
    if head.lemma_.lower() not in DOCUMENTS and head.lower_ not in DOCUMENTS:
        return False
    people = head.lower_ in ("figures", "numbers") and any(
        c.dep_ in ("amod", "nummod", "det", "compound") and (c.lower_ in OF_RANK or c.like_num) for c in head.children
    )
    return not people
# Participles that tie a document to its issuer by "by": "figures released by the CEA".
ISSUED = {"release", "issue", "publish", "compile", "produce", "commission", "gather", "file", "bring"}


def issuer(head: Token) -> Token | None:
    """The head of whoever issued the document ``head`` names, inside its own noun phrase: the
    owner ("Apacs' figures", "Mr Tanzi's statement"), or the object of "from" or "by" ("a
    statement from Mr Spitzer's office", "a report by the NAO", "figures released by the CEA"),
    or a paper's name after "in" ("a report in the Economic Observer"). The issuer is a name or
    a body's noun; "reports from the country", "a survey of 1,000 adults", "his report" have none
    the rule may give. One issuer only: "reports in the Journal and the Times" stay as written."""
    if not _a_document(head):
        return None
    candidates = [c for c in head.children if c.dep_ == "poss" and c.i < head.i]
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in ISSUED:
        # "717 lawsuits were filed by the RIAA", "The report was published by the NAO".
        candidates += [o for a in head.head.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    for prep in head.children:
        if prep.dep_ == "acl" and prep.lemma_.lower() in ISSUED:
            candidates += [o for a in prep.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif prep.dep_ == "prep" and prep.lower_ in ("from", "by", "in"):
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            candidates += [o for o in objects if prep.lower_ != "in" or o.ent_type_ == "ORG"]
    # "released by CES organisers, the CEA": the name in apposition says who they are.
    candidates = [next((a for a in c.children if a.dep_ == "appos" and _an_issuer(a)), c) for c in candidates]
    named = [c for c in candidates if _an_issuer(c)]
    return named[0] if len(named) == 1 else None


def issuers_together(head: Token) -> Token | None:
    """The first of the issuers a document names joined by "and" ("Reports in the Wall Street
    Journal and the Financial Times": the Journal), each a name or a body's noun; None else.
    ``groups.resolve_group`` makes them the document's speakers, each with its own words."""
    if not _a_document(head):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "in"):
            for first in (o for o in prep.children if o.dep_ == "pobj"):
                group = [first, *(c for c in first.children if c.dep_ == "conj")]
                if len(group) > 1 and all(_names_an_issuer(t) and (prep.lower_ != "in" or t.ent_type_ == "ORG") for t in group):
                    return first if _each_its_own(group) else None
    return None


def _each_its_own(group: list[Token]) -> bool:
    """Whether names joined by "and" are each a body of its own: "the Wall Street Journal and the
    Financial Times", "Nationwide and Halifax"; but "the Pew Internet and American Life Project"
    (one "the" over both) is one body's name."""
    articled = [any(c.dep_ == "det" for c in t.children) for t in group]
    return all(articled) or not any(articled)


def document_before(head: Token) -> Token | None:
    """"A report by the NAO said … The report said": a definite document with no issuer of its
    own is the last one of its kind the article named before, if that one names its issuer."""
    if not definite(head) or not _a_document(head) or any(c.dep_ == "poss" for c in head.children):
        return None
    kind = _kind(head)
    before = next((t for t in reversed(head.doc[: head.i]) if _kind(t) == kind and t.pos_ == "NOUN"), None)
    return issuer(before) if before is not None else None


def _kind(token: Token) -> str:
    """A document's lemma, one for the ways of writing it (``SAME_KIND``)."""
    lemma = token.lemma_.lower()
    return SAME_KIND.get(lemma, lemma)


def _an_issuer(token: Token) -> bool:
    """A name of a body or a person ("the Bank of England", "Mr Tanzi"), or a body's noun that
    says whose ("Mr Spitzer's office", "the company"); never a place ("reports from Russia"), nor
    several ("the Journal and the Times": ``issuers_together``)."""
    return not any(c.dep_ == "conj" for c in token.children) and _names_an_issuer(token)


def _names_an_issuer(token: Token) -> bool:
    """``_an_issuer``, whatever is joined to it by "and"."""
    if token.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "CARDINAL") or people_plural(token):
        return False  # "reports from Russia"; "a new MPs' report" (a committee's, unnamed)
    if token.ent_type_ in ("ORG", "PERSON") or (token.pos_ == "PROPN" and token.text[:1].isupper()):
        return True
    owned = any(c.dep_ == "poss" for c in token.children)
    return token.lemma_.lower() in ORG_NOUNS and (definite(token) or owned)


def pronoun_owner(head: Token, cast: Cast) -> Person | None:
    """The one person a "his" or "her" right before a document a person makes (``OWN_DOCUMENTS``)
    can mean, whom the document speaks for: "Mr Kok was commissioned… Lisbon risks becoming a
    "synonym…", his report said" (Wim Kok). Only where the article has named no one else before it
    that the pronoun may mean (of its sex or of unknown sex, also inside what someone said: "The
    Treasury asked Sir Nicholas Stern to study…"), and the person's sex is known: "Sir
    Nicholas Stern was asked to study… Chancellor Gordon Brown welcomed the work… his report said"
    may be either man; "Jackson case… her statement said" no known she. Not a report about the
    person, a word between ("his post-mortem report", "his school report")."""
    owner = head.doc[head.i - 1] if head.i > 0 else None
    sex = {"his": "m", "her": "f"}.get(owner.lower_) if owner is not None and owner.dep_ == "poss" and owner.head.i == head.i else None
    if sex is None or head.lemma_.lower() not in OWN_DOCUMENTS:
        return None
    named = {id(p): p for m in cast.mentions if m.kind == "person" and m.offset < owner.idx and (p := cast.person(m.name)) is not None}
    may_be = [p for p in named.values() if p.gender in (None, sex)]
    return may_be[0] if len(may_be) == 1 and may_be[0].gender == sex else None
