"""Organisations the recognizer took for people, told by what the article calls them.

The small English model often labels a one-word company PERSON, and the speaker
stage then reports "Novartis" as a person a later "he" can mean. The article itself
usually says what the name is: a noun such as "firm" or "operator" in front of it
("Swiss drugmaker Novartis", "UK airport operator BAA") or in apposition ("Daiwa,
the country's second-biggest firm"), a "which" clause ("BAA, which operates all
three"), or a noun only a company has right after it ("Yukos chief executive Steven
Theede", "Yukos shares"). Such a name is an organisation for the whole article, unless the article
also writes it as a person's: a title ("Lord Falconer", "President Putin"), a given
name ("Wing Christophe Dominici"), an age ("Edu, 26,"), a person's description
("Barca midfielder Deco") or a "who" clause. A bare name ("Yukos said") tells nothing.
A name of several words labelled PERSON that holds such a name and has no mark of a person,
where the recognizer labels the word alone mostly ORG, is the company's full name ("Vivendi
Universal" beside "Vivendi's board"; "Bill Ford" stays a man). And a word labelled ORG that the
article calls a company in apposition ("Ford, the US car company") is the firm, though a man of
that surname is named in full ("chief executive Bill Ford"): the firm named after him, as a
founder's (``_founder``).

Names of two or more words need narrower evidence, since most are people's and an
analyst is often described by a firm ("Olivier Beauvillain, an analyst at…"): a company's
noun after the name ("Laura Ashley shares", "George Wimpey's profits"), a company's own
noun for it ("retailer Laura Ashley"; not "analyst" or "group", which describe people and
bands), a "which" clause ("Laura Ashley, which floated in 1995"); or, for a name that does
not open with a given name, a newspaper's noun ("Dainik Jagran, the Hindi newspaper"). A
name of outlets' words only ("Der Spiegel", "The Observer") is an organisation already:
``entities.outlets_labelled``.

Which body a mention such as "the company" or "the regulator" means is
``body_descriptions``'s.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..nlp import text_of
from ..resources import lexicon
from .cast import Cast, Person, by_given_name
from .names import POSSESSIVES, honorific, name_gender, name_words, org_name
from .pronouns import meant


def as_bodies(doc: Doc, cast: Cast) -> None:
    """Make the names ``described_bodies`` finds organisations in ``cast``: their mentions,
    so that "he" never means them and "the company" can, and the names themselves."""
    bodies = described_bodies(doc, cast) | named_bodies(doc, cast)
    if not bodies:
        return
    for short in [name for name in bodies if " " not in name]:
        founder = _founder(short, doc, cast)
        if founder is not None:  # "Ferrari said" is the firm; "Enzo Ferrari" keeps his own name
            cast.people[founder.name.lower()] = cast.people.pop(short, founder)
        full = _full_name(short, doc, cast)
        if full is not None:  # "Vivendi's board" after "Vivendi Universal", labelled PERSON: the body's full name
            bodies.add(full.name.lower())
            cast.full_bodies[short] = full.name
    cast.bodies |= bodies
    cast.orgs |= {m.name for m in cast.mentions if m.name.lower() in bodies}
    cast.mentions = [replace(m, kind="organisation") if m.kind == "person" and m.name.lower() in bodies else m for m in cast.mentions]
    for key in [key for key, person in cast.people.items() if person.name.lower() in bodies]:
        if " " in cast.people[key].name:  # "Wimpey said" after "housebuilder George Wimpey": the company's short name
            cast.bodies.add(key)
            cast.full_bodies[key] = cast.people[key].name
        del cast.people[key]


def described_bodies(doc: Doc, cast: Cast) -> set[str]:
    """The one-word names (lower-cased) the article describes as an organisation and never as a person."""
    bodies: set[str] = set()
    people: set[str] = set()
    for token in doc:
        name = _one_word_name(token)
        if name is None:
            continue
        kind = _described_as(name)
        if kind == "person" and (_a_namesake(name, cast) or _a_founder_s_name(name, cast)):
            continue  # "Roy Disney", kept apart from "Walt Disney": it tells of him, not of "Disney" alone
        if kind is not None:
            (people if kind == "person" else bodies).add(name.text.lower())
    return {name for name in bodies - people if name_gender(name) is None and not _named_in_full(name, doc, cast)}


def _named_in_full(name: str, doc: Doc, cast: Cast) -> bool:
    """"Dominici" after "Christophe Dominici": a surname or a given name of someone named in full,
    unless that full name is the body's own (``_full_name``)."""
    person = cast.person(name) or by_given_name(name, cast)
    named = person is not None and " " in person.name and _full_name(name, doc, cast) is None
    return named and _founder(name, doc, cast) is None


def _founder(name: str, doc: Doc, cast: Cast) -> Person | None:
    """The person the firm ``name`` is named after: "Ferrari" (labelled ORG at least twice more
    often than PERSON) and "founded by Enzo Ferrari" (``marked_a_person``). The firm speaks as
    "Ferrari", the founder as "Enzo Ferrari". Or the article calls the word alone a company
    and its full name has a person's gender: "Ford, the US car company" beside "chief executive
    Bill Ford" (``_called_a_company``)."""
    person = cast.people.get(name.lower())
    if person is None or " " not in person.name or person.name.split()[-1].lower() != name.lower():
        return None
    if cast.org_votes[name.lower()] < 2:
        return None
    called = person.gender is not None and _called_a_company(person.name.split()[-1], doc, cast)
    return person if called or marked_a_person(doc, person.name, cast) else None


# Nouns of an appositive that make the name before it a company, however the article names a
# person of that surname or the recognizer labels it: company_nouns.txt, "group" ("Ford, the
# US car group") and "makers" ("Rockstar Games, the makers of Manhunt"; not one "maker": "Pedro
# Almodovar, the Spanish film-maker").
APPOSITIVE_COMPANY_NOUNS = {"group", "makers"}


def called_a_company(name: Token) -> bool:
    """Whether the name headed by ``name`` has a company's noun in apposition: "Ford, the US car
    company," (not "Bill Ford, the company's chairman": the noun is not the appositive's head)."""
    nouns = lexicon("company_nouns.txt") | APPOSITIVE_COMPANY_NOUNS
    return any(c.dep_ == "appos" and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in name.children)


def _called_a_company(word: str, doc: Doc, cast: Cast) -> bool:
    """Whether the article writes ``word`` alone as a company's name in apposition (``called_a_company``)."""
    return any(_one_word_name(doc[i]) is not None and called_a_company(doc[i]) for i in cast.words.at.get(word, ()))


def _a_founder_s_name(name: DocSpan, cast: Cast) -> bool:
    """Whether ``name`` ends the full name of the person a firm of that word is named after
    (``_founder``): "Bill Ford" tells of the man, not of "Ford" alone."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    person = cast.people.get(name.text.lower())
    full = before is not None and person is not None and person.name.lower() == f"{before.text} {name.text}".lower()
    return full and _founder(name.text, name.doc, cast) is not None


def _full_name(name: str, doc: Doc, cast: Cast) -> Person | None:
    """The name of several words, labelled PERSON, that is a body's full name: "Vivendi Universal"
    for "Vivendi", "Walt Disney" for "Disney". The recognizer labels the word alone ORG at least
    twice more often than PERSON, and the full name has no mark of a person's gender: no given
    name our list knows, no title ("Christophe Dominici", "Bill Ford" stay people), and nothing
    in the article marking it a person's (``marked_a_person``: "founded by Enzo Ferrari")."""
    person = cast.person(name) or by_given_name(name, cast)
    if person is None or " " not in person.name or person.gender is not None or cast.org_votes[name.lower()] < 2:
        return None
    return None if marked_a_person(doc, person.name, cast) else person


# "founded by Enzo Ferrari", "set up by Soichiro Honda": who starts a firm is a person.
FOUNDING_VERBS = {"found", "set", "establish", "start", "create", "launch", "build", "form"}


def marked_a_person(doc: Doc, full: str, cast: Cast) -> bool:
    """Whether the article writes the full name ``full`` as a person's somewhere: the agent of
    founding a firm, or with an age or a person's noun beside it ("Soichiro Honda, 40",
    "Enzo Ferrari, the chairman"), or a "he" or "she" means it (``_called_he_or_she``). Such a
    name is the founder, not the company named after him. Read once per name and article
    (``Cast.marked``): ``_founder`` and ``_full_name`` both ask, each scanning every token."""
    if full not in cast.marked:
        cast.marked[full] = _called_he_or_she(doc, full, cast) or _written_as_a_person_s(doc, full)
    return cast.marked[full]


def _written_as_a_person_s(doc: Doc, full: str) -> bool:
    """Whether the full name ``full`` is the agent of founding a firm or has an age or a person's
    noun in apposition (``marked_a_person``)."""
    words = full.split()
    nouns = lexicon("person_nouns.txt")
    for token in doc:
        if token.i + 1 < len(words) or [t.text for t in doc[token.i + 1 - len(words) : token.i + 1]] != words:
            continue
        founder = token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_.lower() in FOUNDING_VERBS
        described = any(c.dep_ == "appos" and (c.text.isdigit() or _a_person_s_noun(c, nouns)) for c in token.children)
        if founder or described:
            return True
    return False


def _called_he_or_she(doc: Doc, full: str, cast: Cast) -> bool:
    """Whether a "he" or "she" means the full name ``full`` as written, a subject in a sentence
    before the pronoun's: "Enzo Ferrari ran the firm for decades. He once said…"
    (``pronouns.meant``); a firm is an "it". Not a name in the pronoun's own sentence, which may
    be what they said (the statements are not known yet): '"…Manchester United fans can do
    about it," he told the BBC'."""
    for token in doc:
        if token.lower_ in ("he", "she") and (m := meant(token, token.idx, cast)) is not None:
            subject = m.kind == "person" and m.salience >= 2 and cast.sentence_of(m.offset) < cast.sentence_of(token.idx)
            if subject and text_of(doc).startswith(full, m.offset):
                return True
    return False


def _a_person_s_noun(noun: Token, nouns: frozenset[str]) -> bool:
    """"Enzo Ferrari, the chairman": a person's noun beside the name; not "Vivendi Universal, its
    boss", someone the firm has."""
    return noun.lemma_.lower() in nouns and not any(c.dep_ == "poss" for c in noun.children)


def _a_namesake(name: DocSpan, cast: Cast) -> bool:
    """Whether ``name`` ends the full name of a person the cast keeps apart from another of that
    surname ("Roy Disney" beside "Walt Disney": ``cast._namesakes``)."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return before is not None and f"{before.text} {name.text}".lower() in cast.people


def _one_word_name(token: Token) -> DocSpan | None:
    """The capitalised word that ends at ``token``, hyphenated parts joined ("F-Secure"), unless
    it is a word of a longer name: "Virgin" in "Virgin Radio", "Group" in "Group Menatep"."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    ends = token.i + 1 == len(doc) or not (doc[token.i + 1].text == "-" and not token.whitespace_)
    if not ends or not doc[start].text[:1].isupper() or not token.text[:1].isalnum():
        return None
    if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ in ("DATE", "TIME"):
        return None  # "January, which…" is a month
    if token.dep_ in ("compound", "flat") and token.head.i > token.i and token.head.pos_ == "PROPN":
        return None
    return doc[start : token.i + 1]


def _described_as(name: DocSpan) -> str | None:
    """"person" or "organisation" where this mention of a one-word name says which it is, else None."""
    doc, head = name.doc, name[-1]
    before = doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
        # "Lord Falconer", "Christophe Dominici" are people; "Group Menatep" is another name.
        titled = honorific(before.text) or name_gender(before.text) is not None
        return "person" if titled else None
    if any(c.dep_ == "appos" and c.text.isdigit() for c in head.children):
        return "person"  # "Edu, 26, said"
    relative = _relative_pronoun(name)
    if relative in ("who", "whom"):
        return "person"
    nouns = {word for n in describing_nouns(name) for word in (n.lemma_.lower(), n.lower_)}
    if nouns & lexicon("organisation_nouns.txt") or relative == "which":
        return "organisation"
    if nouns & (lexicon("person_nouns.txt") | lexicon("anonymous_sources.txt")):
        return "person"  # "Barca midfielder Deco", "Madrid midfielder Guti"
    if _company_noun_after(name) and not _a_place_within(name):
        return "organisation"  # "Yukos chief executive Steven Theede", "Yukos shares"
    return None


def _a_place_within(name: DocSpan) -> bool:
    """Whether a name labelled a place stands inside a noun phrase opened by a determiner or an
    adjective of the same noun: "Cairn Energy, a UK oil firm,", "leading UK shares" say where the
    firm or the shares are; UK is no company "the company" means. "Electrolux shares", which
    open their phrase, are a company's whatever the label."""
    head, before = name[-1], name.doc[name.start - 1] if name.start > 0 else None
    return head.ent_type_ == "GPE" and before is not None and before.dep_ in ("det", "amod") and before.head == head.head


def describing_nouns(name: DocSpan) -> list[Token]:
    """Common nouns the parse gives as what the name is: a modifier in front ("drugmaker
    Novartis"), an appositive ("Daiwa, the country's second-biggest firm"), the noun the name
    is in apposition to ("The company, GlaxoSmithKline,", "the watchdog, Reporters Without
    Borders"), and the noun just before it where
    the parser made both subjects of the verb ("Aid charity Actionaid said")."""
    head = name[-1]
    nouns = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "appos") and c.i not in range(name.start, name.end)]
    if head.dep_ == "appos":
        nouns.append(head.head)
    elif name.root.dep_ == "appos" and name.root.i != head.i:
        nouns.append(name.root.head)  # "the media watchdog, Reporters Without Borders": headed by its first word
    before = head.doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.head == head.head and before.dep_ == head.dep_:
        nouns.append(before)
    return [n for n in nouns if n.pos_ == "NOUN" or n.is_lower]


def _relative_pronoun(name: DocSpan) -> str | None:
    """"which" in "BAA, which operates all three", "who" in "Lord Woolf, who is…": the pronoun
    opening a relative clause right after the name (not "Pal and Chum, which", nor "Doom 3, which")."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text not in (",", "-", "–"):
        return None
    pronoun = doc[name.end + 1]
    clause = pronoun.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i > name.end:
        clause = clause.head
    return pronoun.lower_ if clause.dep_ == "relcl" and clause.head == name[-1] else None


# Nouns of business_nouns.txt that are verbs too: "Laura Ashley shares her vision".
VERBS_TOO = {"board", "boss", "chain", "share", "shares", "stake", "stores"}
# Nouns for a newspaper or a channel: "the German magazine Der Spiegel", "Daily Sport, the tabloid";
# not "broadcaster", which people are ("Jo Flaherty, a senior broadcaster").
OUTLET_NOUNS = {"magazine", "newspaper", "paper", "tabloid", "weekly", "daily", "channel", "station"}


def named_bodies(doc: Doc, cast: Cast) -> set[str]:
    """The names of two or more words (lower-cased, as the cast and the speakers write them) that
    the recognizer labels PERSON and the article shows are a company or an outlet, never a person."""
    bodies: set[str] = set()
    people: set[str] = set()
    for ent in doc.ents:
        words = name_words(list(ent)) if ent.label_ == "PERSON" else []
        if len(words) < 2:
            continue  # one-word names are ``described_bodies``'
        kind = _named_as(ent, words)
        if kind is not None:
            (people if kind == "person" else bodies).update(_names_of(ent, words))
    return {name for name in bodies - people if not _titled_surname(doc, name)}


def _names_of(ent: DocSpan, words: list[str]) -> set[str]:
    """The ways the cast and the speakers write this name: "Laura Ashley"; "The Sun" and "Sun"."""
    return {" ".join(words).lower(), org_name(ent.text).lower()} - {""}


def _named_as(ent: DocSpan, words: list[str]) -> str | None:
    """"person", "organisation" or None, from this mention of a name of several words."""
    nouns = {word for n in describing_nouns(ent) for word in (n.lemma_.lower(), n.lower_)}
    relative = _relative_pronoun(ent)
    if relative in ("who", "whom") or any(c.dep_ == "appos" and c.text.isdigit() for c in ent.root.children):
        return "person"  # "Laura Ashley, who died in 1985", "Jo Smith, 26,"
    before = ent.doc[ent.start - 1 : ent.start + 1] if ent.start > 0 else ent[:1]
    if any(honorific(t.text) for t in before):
        return "person"  # "Ms Laura Ashley"
    if nouns & (lexicon("person_nouns.txt") | lexicon("anonymous_sources.txt")):
        return "person"
    if relative == "which" or nouns & lexicon("company_nouns.txt") or _company_noun_after(ent):
        return "organisation"
    if name_gender(words[0]) is None and nouns & OUTLET_NOUNS:
        return "organisation"  # "the German magazine Der Spiegel"; not "broadcaster Jo Flaherty"
    return None


# Nouns of business_nouns.txt a person has too, after a possessive: "his shares", "Mr Blair's director of communications".
OWNED_BY_PEOPLE_TOO = {"shares", "stake", "director", "directors"}


def _company_noun_after(ent: DocSpan) -> bool:
    """"Laura Ashley shares rose", "George Wimpey's profits": a noun only a company has, right
    after the name (business_nouns.txt); after a possessive, not shares or a director a person may have."""
    doc, at = ent.doc, ent.end
    possessive = ent[-1].text in POSSESSIVES  # the recognizer takes "'s" into the name
    if not possessive and at < len(doc) and doc[at].text in POSSESSIVES:
        possessive, at = True, at + 1
    after = doc[at] if at < len(doc) else None
    if after is None or (after.pos_ != "NOUN" and after.lower_ in VERBS_TOO):
        return False  # "Laura Ashley shares her vision": a verb; "sales" never is one, however tagged
    return after.lower_ in lexicon("business_nouns.txt") and not (possessive and after.lower_ in OWNED_BY_PEOPLE_TOO)


def _titled_surname(doc: Doc, name: str) -> bool:
    """"Ms Ashley" anywhere in the article: a person of that name is in it, so "Laura Ashley" may be her."""
    surname = name.split()[-1]
    return any(t.lower_ == surname and t.i > 0 and honorific(doc[t.i - 1].text) for t in doc)
