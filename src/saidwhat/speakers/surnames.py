"""A surname alone and the words around it (split from ``cast``): the given name the article
writes right before it ("Lleyton Hewitt" unlabelled, then "Hewitt said"), and whether a
capitalised word the tagger took for a common noun is written elsewhere as a person's name
("Rowling said…"). Both read the cast (``cast.Cast``) once it is made."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..resources import lexicon
from .cast import Cast, Words
from .names import is_party, name_gender


# Endings of a nationality or a people ("American Dent", "Swiss Federer", "Iraqi Allawi"):
# such a word before a surname is no given name, whatever the recognizer labels it.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ss")


def given_names(doc: Doc, cast: Cast) -> None:
    """"Lleyton Hewitt gave himself…" (unlabelled) then "Hewitt" (PERSON): a surname the article
    names a person by alone takes the one given name the article writes before it. Run once the
    cast knows its bodies (``bodies.as_bodies``): "housebuilder George Wimpey" is no person."""
    for person in list(cast.people.values()):
        if " " not in person.name and (given := given_name_before(doc, person.name, cast)) is not None:
            full = f"{given} {person.name}"
            # The mentions so far say who by name: "he" after "said Hewitt" must find the same person.
            cast.mentions = [replace(m, name=full) if m.kind == "person" and m.name == person.name else m for m in cast.mentions]
            person.name = full


def given_name_before(doc: Doc, surname: str, cast: Cast) -> str | None:
    """The one word the article writes as a given name right before ``surname``: "Taylor" of
    "a win over Taylor Dent" (labelled ORG) for a later "Dent said". A title ("Coach Dent"), a
    nationality ("American Dent"), a word in a longer run of capitals ("Davis Cup Hewitt") or
    inside a body's name ("the Fullness of Joy Church"), a word labelled something other than a
    name is none; two different ones, none either; and
    none for a body's name ("Deutsche Boerse", "housebuilder George Wimpey": ``Cast.mostly_org``)."""
    if cast.mostly_org(surname) or surname.lower() in cast.full_bodies or is_party(surname) or not _a_surname(cast.words, surname):
        return None
    # A word the recognizer also calls a place or a people ("China" of "Air China", but also
    # "Camus", "Mourinho") takes only a given name our list knows ("Jose", "Philippe").
    placed = surname in cast.words.placed
    titles = lexicon("honorifics.txt") | lexicon("person_nouns.txt")
    found = set()
    honoured = _after_an_honorific(doc, surname, cast)
    for i in cast.words.at.get(surname, ()):
        if i == 0:
            continue  # no given name before the text's first word (doc[-1] is its last)
        token, given = doc[i], doc[i - 1]
        if honoured and _a_word_name(given):
            found.add(given.text)
            continue
        if _the_month(given):
            continue
        if given.whitespace_ == "" or not (given.pos_ == "PROPN" and given.is_alpha and (given.is_title or _initials(given, token))):
            continue
        if given.i > 0 and doc[given.i - 1].text in ("-", "–") and not doc[given.i - 1].whitespace_:
            continue  # "the Neath-Swansea Ospreys": the end of a hyphenated word
        if given.lower_ in titles or (given.i > 0 and _in_a_run_of_capitals(doc[given.i - 1])):
            continue
        if name_gender(given.text) is None and (placed or given.ent_type_ not in ("", "PERSON", "ORG") or given.lower_.endswith(DEMONYM_ENDINGS)):
            continue
        if given.ent_type_ and given.ent_type_ != token.ent_type_:
            continue  # "Sydney" (a place) before "Hewitt" (a person): two names side by side
        if given.ent_type_ == "ORG" and given.ent_iob_ == "I":
            continue  # "the Fullness of Joy Church": a word inside a body's name, not "Taylor" of "Taylor Dent"
        if not cast.mostly_org(f"{given.text} {surname}"):
            found.add(given.text)
    return next(iter(found)) if len(found) == 1 else None


# Given names that are also English words, which the tagger reads as a modal or a noun
# whatever their capital: "Will Davies, senior research fellow at the IPPR, told…".
WORD_NAMES = {"will", "may", "bill", "mark"}


def _a_word_name(given: Token) -> bool:
    """Whether ``given`` is one of WORD_NAMES written with a capital inside a sentence, right
    before the surname ("…," Will Davies, senior research fellow, told…); not the sentence's
    first word ("Will Davies stay?", a modal), one with a capital or a determiner before it ("the
    Bill Davies tabled"), nor the month ("In May Davies resigned")."""
    if given.lower_ not in WORD_NAMES or not given.is_title or given.whitespace_ == "" or given.i == 0:
        return False
    before, first = given.doc[given.i - 1], next(t for t in given.sent if t.is_alpha)
    return first.i != given.i and not _capitalised(before) and before.pos_ != "DET" and not _the_month(given)


def _the_month(given: Token) -> bool:
    """Whether "May" before a surname is the month: "In May Davies resigned", "since May"."""
    return given.lower_ == "may" and given.i > 0 and (given.doc[given.i - 1].pos_ == "ADP" or given.ent_type_ == "DATE")


def _capitalised(before: Token) -> bool:
    """Whether ``before`` is a capitalised word (the end of a longer name)."""
    return before.is_alpha and before.is_title


def _after_an_honorific(doc: Doc, surname: str, cast: Cast) -> bool:
    """Whether the article writes ``surname`` right after an honorific ("Mr Davies"): a person's."""
    honorifics = lexicon("honorifics.txt")
    return any(i > 0 and doc[i - 1].lower_.rstrip(".") in honorifics for i in cast.words.at.get(surname, ()))


def _initials(given: Token, surname: Token) -> bool:
    """"JP McManus": two or three capitals in the same name as the surname are a given name."""
    return given.is_upper and 2 <= len(given) <= 3 and given.ent_type_ in ("PERSON", "ORG") and surname.ent_iob_ == "I"


def _in_a_run_of_capitals(before: Token) -> bool:
    """Whether the word before a given name makes it part of a longer run of capitals ("Davis
    Cup Hewitt"); a people's word does not ("Irishmen JP McManus and John Magnier")."""
    if not (before.is_title and before.pos_ == "PROPN"):
        return False
    people = before.lower_.removesuffix("men").removesuffix("man")
    return not (people != before.lower_ and people.endswith(DEMONYM_ENDINGS))


def written_as_name(token: Token, cast: Cast) -> bool:
    """"Rowling said…", the tagger's singular common noun, unlabelled: a capitalised word the
    article writes elsewhere as a person's name or a proper noun alone ("Rowling revealed"),
    never in lower case, and no word of a title, a body or a source ("Chairman said")."""
    if token.ent_type_ or not token.is_title or token.tag_ != "NN" or not _a_surname(cast.words, token.text):
        return False
    if token.lower_ in lexicon("person_nouns.txt") | lexicon("honorifics.txt"):
        return False
    elsewhere = [token.doc[i] for i in cast.words.at.get(token.text, ()) if i != token.i]
    return any(t.ent_type_ == "PERSON" or _a_bare_name(t) for t in elsewhere)


def _a_bare_name(token: Token) -> bool:
    """"Rowling revealed…": an unlabelled proper noun heading its phrase; not one inside a
    body's name ("the Fullness of Joy Church") or modifying a common noun ("Church ministers")."""
    modifies = token.dep_ == "compound" and token.head.pos_ == "NOUN"
    return token.pos_ == "PROPN" and not token.ent_type_ and not modifies


def _a_surname(words: Words, word: str) -> bool:
    """Whether ``word`` may be a surname: no common noun of a body or a source ("Strathclyde
    Police"), never written in lower case in the article ("the bank")."""
    nouns = lexicon("organisation_nouns.txt") | lexicon("company_nouns.txt") | lexicon("anonymous_sources.txt")
    if word.lower() in nouns | {"police"}:
        return False
    return word.lower() not in words.lower
