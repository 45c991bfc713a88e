"""The cast of an article: who it names, how, and where.

People are grouped by surname so "Mr Macron" and "Macron" become "Emmanuel Macron", and a
nickname given by "aka" is the person's too ("DJ Norman Cook - aka Fatboy Slim");
the recognizer's slips around names are mended first (``entities``: "Chatham, Kent",
"Der Spiegel"; ``names``: "Lawyer Louise Christian", "Kilroy-Silk"). Each mention is
kept with its rank in its sentence, so pronouns and descriptions can find who they mean
(``pronouns``, ``descriptions``). A surname alone is read against the cast once it is made
(``surnames``: "Lleyton Hewitt" unlabelled, then "Hewitt said").
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..nlp import text_between, text_of
from ..quotes import core_mention
from ..quotes.saying import a_finding_s_source
from ..resources import lexicon
from .clubs import clubs_labelled, standing_alone
from .entities import (
    a_firm_like_a_people_s, a_nationality, a_place_elsewhere, bodies_labelled, joint_names, outlets_labelled, place_of_place, speaking_name, titled_name, titles_unglued, unlabelled_names, with_given_name, without_title,
)
from .names import (
    ORG_LABELS, PEER_TITLES, a_group_word, appositive_name, honorific, is_party, name_gender, name_words, two_sexes,
    family_kin, fuller_name, named_head, namesake, org_name, remit_before, remit_fields, title_gender, with_seat,
)


@dataclass(slots=True)
class Person:
    """What the article tells about one person so far."""

    name: str
    gender: str | None = None
    role: str | None = None
    titles: set[str] = field(default_factory=set)  # "president", "minister": for "the president said"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """Where the article names a person, organisation or anonymous source.

    ``salience`` ranks antecedents within a sentence: the main verb's subject (3)
    before a subject inside a clause (2) before any other mention (1) before a
    possessive (0), so in "The Cardinal backed Mr Howard's stance. He said…" "he"
    is the Cardinal.
    """

    offset: int
    kind: str
    name: str
    salience: int = 3
    one: str | None = None  # an unnamed single source a "he" or "she" can mean ("m", "f" or "?")


@dataclass(slots=True)
class Words:
    """Where the article writes each word, read once per article: ``given_name_before`` is
    asked of every lone surname, and read the whole text three times for each before."""

    at: dict[str, list[int]] = field(default_factory=dict)  # a word as written -> its tokens, the first token left out
    lower: set[str] = field(default_factory=set)  # the words the article writes in lower case
    placed: set[str] = field(default_factory=set)  # words labelled other than a name: a place, a people


def words_of(doc: Doc) -> Words:
    """The ``Words`` of an article."""
    words = Words(lower={t.lower_ for t in doc if t.is_lower}, placed={t.text for t in doc if t.ent_type_ not in ("", "PERSON", "ORG")})
    for token in doc[1:]:
        words.at.setdefault(token.text, []).append(token.i)
    return words


@dataclass(slots=True)
class Cast:
    """The people and organisations of one article, and where each was last named."""

    people: dict[str, Person] = field(default_factory=dict)  # surname -> person
    mentions: list[Mention] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)  # names NER labels ORG: companies, ministries, parties
    sentences: list[int] = field(default_factory=list)  # where each sentence starts: a pronoun's nearest mention is by sentence
    org_votes: Counter[str] = field(default_factory=Counter)  # name -> times labelled ORG less times PERSON
    bodies: set[str] = field(default_factory=set)  # names the text calls a firm, a group, a paper…: ``bodies.as_bodies``
    full_bodies: dict[str, str] = field(default_factory=dict)  # such a body's short name -> its full one ("wimpey")
    spoken: list[tuple[int, int]] = field(default_factory=list)  # what statements say and quotations, sorted
    reach: list[int] = field(default_factory=list)  # the furthest end of ``spoken`` up to each span
    described: dict[int, str] = field(default_factory=dict)  # a description's offset -> the person it names: ``descriptions``
    words: Words = field(default_factory=Words)  # where each word stands: ``given_name_before``
    tied: dict[str, str | None] = field(default_factory=dict)  # "union" -> the body tied to it: ``body_descriptions.tied_body``, once
    marked: dict[str, bool] = field(default_factory=dict)  # a full name -> whether written as a person's: ``bodies.marked_a_person``, once

    def hear(self, spans: list[tuple[int, int]]) -> None:
        """Note what the statements say and where the quotations are: see ``in_what_was_said``."""
        self.spoken = sorted(spans)
        self.reach = list(accumulate((end for _, end in self.spoken), max))

    def in_what_was_said(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a statement's content or a quotation (``hear``)."""
        i = bisect_right(self.spoken, (offset, float("inf"))) - 1
        return i >= 0 and offset < self.reach[i]

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return bisect_right(self.sentences, offset) - 1

    def mostly_org(self, name: str) -> bool:
        """The article calls this name an organisation ("Swiss drugmaker Novartis", see ``bodies``),
        or the recognizer labels it ORG at least twice more often than PERSON and it does not open
        with a first name: once more is a headline's slip on a surname."""
        if name.lower() in self.bodies:
            return True
        return self.org_votes[name.lower()] >= 2 and name_gender(name.split()[0]) is None

    def body_name(self, name: str) -> str:
        """The full name of a body the article also calls by a word of it: "George Wimpey" for
        "Wimpey" where "housebuilder George Wimpey" is a company (``bodies.as_bodies``)."""
        return self.full_bodies.get(name.lower(), name)

    def person(self, name: str) -> Person | None:
        """The person a full name or a surname names (a namesake is kept under their full name)."""
        return self.people.get(name.lower()) or self.people.get(name.split()[-1].lower()) if name.strip() else None


def cast_of(doc: Doc) -> Cast:
    """Everyone the article names: full names grouped by surname, in order of appearance."""
    outlets_labelled(doc)
    clubs = clubs_labelled(doc)  # "Manchester United", labelled PERSON: a club, never a "he"
    titles_unglued(doc)  # "Broadcaster Chris Evans": "Broadcaster" is what he does
    bodies_labelled(doc)  # "consultancy 4Cast", "the Finance and Economy Ministry"
    cast = Cast(sentences=[sent.start_char for sent in doc.sents], words=words_of(doc))
    for ent in joint_names(sorted([*doc.ents, *unlabelled_names(doc)], key=lambda e: e.start)):
        if ent.label_ in ("ORG", "PERSON"):
            cast.org_votes[org_name(ent.text).lower()] += 1 if ent.label_ == "ORG" else -1
        if ent.label_ == "PERSON" and a_firm_like_a_people_s(ent, cast.words.at):
            # "Munich Re" beside "Swiss Re": a company, and so no "Re" a person goes by.
            cast.mentions.append(Mention(offset=ent.start_char, kind="organisation", name=ent.text, salience=_salience(ent)))
            cast.orgs.add(ent.text)
            cast.bodies.add(ent.text.lower())
        elif ent.label_ == "PERSON" and is_party(ent.text):
            # "the Liberal Democrats challenge Labour": a party the recognizer took for a person.
            cast.mentions.append(Mention(offset=ent.start_char, kind="organisation", name=org_name(ent.text), salience=_salience(ent)))
            cast.orgs.add(org_name(ent.text))
        elif ent.label_ == "PERSON" and (place_of_place(ent) or a_place_elsewhere(ent) or (len(ent) == 1 and ent.root.pos_ == "NOUN" and a_group_word(ent.root))):
            continue  # "Chatham, Kent", "Lesotho's currency", "Law lords": no person
        elif ent.label_ == "PERSON" or (ent.label_ == "ORG" and (speaking_name(ent) or titled_name(ent))):
            words = name_words(with_given_name(doc, ent))
            if words:
                known = _add_person(doc, ent, words, cast)
                cast.mentions.append(Mention(offset=ent.start_char, kind="person", name=known.name, salience=_salience(ent)))
        elif ent.label_ == "ORG" and (club := clubs.get(org_name(ent.text).lower())) and standing_alone(ent[0]):
            # "United's statement" after "Manchester United", labelled PERSON there: the club by its
            # full name; not the "United" of "United action was essential".
            cast.mentions.append(Mention(offset=ent.start_char, kind="organisation", name=club, salience=_salience(ent)))
            cast.orgs.add(club)
            cast.full_bodies.setdefault(club.split()[-1].lower(), club)
        elif ent.label_ in ORG_LABELS and (known := cast.people.get(ent.text.removesuffix("’s").removesuffix("'s").lower())):
            # "Mr Kilroy-Silk" labelled ORG once the article has named him.
            cast.mentions.append(Mention(offset=ent.start_char, kind="person", name=known.name, salience=_salience(ent)))
        elif ent.label_ in ORG_LABELS and an_owner_s_product(ent):
            continue  # "Microsoft's Windows operating system… it says": the system, Microsoft's; no body
        elif ent.label_ in ORG_LABELS and not a_nationality(ent) and (ent := without_title(ent, cast.words.lower)) is not None:
            cast.mentions.append(Mention(offset=ent.start_char, kind="organisation", name=org_name(ent.text), salience=_salience(ent)))
            if ent.label_ == "ORG":
                cast.orgs.add(org_name(ent.text))
    _short_names_first(doc, cast)
    _bare_surnames(doc, cast)
    _bare_club_names(doc, cast, clubs)
    _unnamed_sources(doc, cast)
    _nicknames(doc, cast)
    return cast


def _bare_club_names(doc: Doc, cast: Cast, clubs: dict[str, str]) -> None:
    """A club's short name the recognizer left unlabelled, standing alone ("…which United opposed.
    They have…"): a mention of the club (``clubs.clubs_labelled``), as a bare surname is of its
    person; not a word of another name ("Newcastle United", "Shareholders United chief executive")
    nor one before a noun ("United fans", ``clubs.standing_alone``)."""
    named = {m.offset for m in cast.mentions}
    for token in doc:
        club = clubs.get(token.lower_) if token.is_title and not token.ent_type_ else None
        if club is not None and token.idx not in named and standing_alone(token):
            insort(cast.mentions, Mention(offset=token.idx, kind="organisation", name=club, salience=1), key=lambda m: m.offset)


def an_owner_s_product(ent) -> bool:
    """Whether a name labelled ORG only says which of a body's things a noun is, the body named
    as its owner: "Microsoft's Windows operating system", "its Windows operating system" (a later
    "it says" is Microsoft, no "Windows"). Only a noun of ``product_nouns.txt``: not a part of the
    body that is a body itself ("BMW's Rover subsidiary", "Citigroup's Smith Barney unit"), a
    person's noun ("Tesco's Clubcard boss"), a source's ("the company's NIESR report") nor a
    place's ("Britain's Vodafone group")."""
    root = ent.root
    noun = root.head
    between = ent.doc[ent.end : noun.i]  # "operating" of "Windows operating system"
    if root.dep_ != "compound" or noun.pos_ != "NOUN" or noun.i < ent.end or any(t.dep_ != "compound" for t in between) or a_finding_s_source(noun):
        return False
    if noun.lemma_.lower() not in lexicon("product_nouns.txt"):
        return False  # "BMW's Rover subsidiary… It said", "Viacom's CBS network": a body's part is a body
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.lower_ == "its" or (owner.ent_type_ == "ORG" and owner.i < ent.start))


def _short_names_first(doc: Doc, cast: Cast) -> None:
    """A headline's "Kilroy" before the text's "Robert Kilroy-Silk": a lone name that is
    another word of exactly one fuller name is that person. Not a relative born to a family the
    article names otherwise (``_of_another_family``): "Michael Howard … his son Nick" is no "Nick
    Vaughan"; but "his son Nick … Nick Howard" and "his wife Cherie … Cherie Booth" are one."""
    for key, person in list(cast.people.items()):
        if " " in person.name or (fuller := by_given_name(person.name, cast)) is None:
            continue
        if not _of_another_family(doc, person.name, fuller, cast):
            cast.people[key] = fuller


def _of_another_family(doc: Doc, name: str, fuller: Person, cast: Cast) -> bool:
    """Whether every mention of a lone given ``name`` is a relative born to the owner's surname
    (``names.family_kin``: a son, a brother) whose owner's surname the article gives and is not
    ``fuller``'s. A wife's or a mother's may differ ("his wife Cherie", "Cherie Booth"), and an
    owner unknown tells nothing: both join."""
    surnames = [_family_s(doc, m, name, cast) for m in cast.mentions if m.kind == "person" and m.name == name]
    theirs = fuller.name.split()[-1].lower()
    return bool(surnames) and all(s is not None and s != theirs for s in surnames)


def _family_s(doc: Doc, m: Mention, name: str, cast: Cast) -> str | None:
    """The surname of the owner of a relative born to the family ("his son Nick", "Howard's son
    Nick"): the person named nearest before the owner's word, of the pronoun's sex, a one-word name
    taken for a surname ("Mr Howard"); None where the mention is no such relative."""
    head = named_head(doc, m.offset)
    owner = family_kin(head) if head is not None else None
    if owner is None:
        return None
    sexes = {"his": (None, "m"), "her": (None, "f")}.get(owner.lower_, (None, "m", "f"))
    people = [p for x in cast.mentions if x.kind == "person" and x.offset <= owner.idx and x.name != name and (p := cast.person(x.name)) is not None]
    people = [p for p in people if p.gender in sexes]
    return people[-1].name.split()[-1].lower() if people else None


def _nicknames(doc: Doc, cast: Cast) -> None:
    """"DJ Norman Cook - aka Fatboy Slim - has said": a nickname given by "aka" or "also known
    as" after a person's full name is that person's, and so is its first word alone, which a
    headline cuts it to ("Dance music not dead says Fatboy", labelled ORG): the cast names
    both as the person, a body no more."""
    for token in doc:
        if token.lower_.rstrip(".") not in ("aka", "a.k.a") and not (token.lower_ == "as" and doc[token.i - 2 : token.i].text.lower() == "also known"):
            continue
        nickname = _nickname_after(doc, token.i + 1)
        person = _named_before(doc, token.i - (2 if token.lower_ == "as" else 0), cast)
        if not nickname or person is None or set(nickname.lower().split()) <= set(person.name.lower().split()):
            continue  # none, or the person's own name again ("Mark Thatcher, aka Mark"): nothing new
        names = {nickname.lower(), nickname.split()[0].lower()} - set(cast.people)
        cast.people.update(dict.fromkeys(names, person))
        cast.mentions = [replace(m, kind="person", name=person.name) if m.name.lower() in names else m for m in cast.mentions]


def _nickname_after(doc: Doc, at: int) -> str | None:
    """The capitalised words from ``at`` on: "Fatboy Slim" of "aka Fatboy Slim -"; none but a
    name of one to three words, not opening with a given name ("aka Benny from the 29A group").
    An honorific is no part of it: "Mark Thatcher, aka Sir Mark," is his own given name with a
    title, no nickname, and "Sir" no name for him (nor every other "Sir" of the article)."""
    while at < len(doc) and doc[at].lower_.rstrip(".") in lexicon("honorifics.txt"):
        at += 1
    end = at
    while end < len(doc) and end - at < 4 and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    words = doc[at:end]
    return words.text if 1 <= len(words) <= 3 and name_gender(words[0].text) is None else None


def _named_before(doc: Doc, at: int, cast: Cast) -> Person | None:
    """The person whose full name ends right before ``at``, only a comma, a dash or a bracket
    between ("Norman Cook - aka", "Mahmoud Abbas, also known as")."""
    end = at
    while end > 0 and doc[end - 1].text in (",", "-", "–", "("):
        end -= 1
    name = doc[end - 1] if end > 0 else None
    if name is None or end == at or name.ent_type_ != "PERSON":
        return None
    person = cast.person(name.text)
    return person if person is not None and " " in person.name else None


def _unnamed_sources(doc: Doc, cast: Cast) -> None:
    """"Tony Blair's official spokesman declined to say… He said:": an unnamed subject
    source is what a later pronoun refers to, not the man named in its possessive."""
    anonymous = lexicon("anonymous_sources.txt")
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.lemma_.lower() not in anonymous:
            continue
        core = core_mention(token)
        if _named_after_all(token, core) or appositive_name(token):
            continue  # named after all: "spokesman Dmitry Peskov", "the spokesman, Jo Li,"
        name = text_between(core[0], core[-1])
        cast.mentions.append(Mention(offset=core[0].idx, kind="anonymous", name=name, salience=_rank(token), one=one_of(token)))
    cast.mentions.sort(key=lambda m: m.offset)


def _named_after_all(source: Token, core: list[Token]) -> bool:
    """Whether a source noun's own words name the person: "spokesman Dmitry Peskov", "Shadow
    spokesman for sport Hugh Robertson"; not a name of whom they speak for: "A spokesman for
    distributor Toho" (the recognizer's PERSON), "A spokesman for Mr Blair" are unnamed."""
    for name in (t for t in core if t.ent_type_ == "PERSON" and t.i >= source.i):
        prep = next((p for p in source.children if p.dep_ == "prep" and name in p.subtree), None)
        if prep is None or not _names_whom_they_speak_for(prep):
            return True
    return False


def _names_whom_they_speak_for(prep: Token) -> bool:
    """Whether a source noun's "for …" names whom the source speaks for, so a person's name
    in it is not the source's own: "for Mr Blair", "for Gordon Brown" (a name alone); "for
    distributor Toho" (a body described as one). Not "for sport Hugh Robertson", the
    spokesman's brief and name."""
    words = [t for t in prep.subtree if t is not prep]
    bodies = lexicon("organisation_nouns.txt") | lexicon("company_nouns.txt")
    alone = all(t.tag_ in ("NNP", "NNPS", "POS") for t in words)
    return bool(words) and (alone or any(t.lower_ in bodies for t in words))


def one_of(source: Token) -> str | None:
    """The pronoun an unnamed source takes: "f" for a spokeswoman, "m" for a spokesman, "?"
    for one person of either sex, None for several ("officials")."""
    return None if source.tag_ == "NNS" else {"spokesman": "m", "spokeswoman": "f"}.get(source.lower_, "?")


def _bare_surnames(doc: Doc, cast: Cast) -> None:
    """"Wardle was speaking…" where NER missed the name: a proper noun that is a known
    person's surname is a mention of them, so pronouns can find it."""
    for token in doc:
        if token.pos_ == "PROPN" and not token.ent_type_:
            person = cast.person(token.text)
            if person is not None:
                cast.mentions.append(Mention(offset=token.idx, kind="person", name=person.name, salience=_rank(token)))
    cast.mentions.sort(key=lambda m: m.offset)


def _titles_of(doc: Doc, ent) -> set[str]:
    """Title words the article attaches to a name.

    "President Henri Valmont" and "Henri Valmont, the president," both give
    "president", so a later "the president said" can be Valmont.
    """
    words = {t.lower_ for t in ent if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ != "PERSON"}
    i, modifying = ent.start - 1, set(range(ent.start, ent.end))
    # Words in front that modify the name ("Culture Secretary Tessa Jowell"), not a verb's
    # object before it ("The lawsuit names Snoop Dogg").
    while i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and doc[i].ent_type_ != "PERSON" and doc[i].head.i in modifying:
        words.add(doc[i].lower_)
        modifying.add(i)
        i -= 1
    if i >= 0 and doc[i].lower_ == "and" and i + 1 < ent.start and doc[i + 1].is_title and not honorific(doc[i + 1].text):
        # The rest of a title's remit, in capitals: "Culture, Media and Sport Secretary Tessa
        # Jowell"; not "On pensions, Mr Kennedy said", "pensions and Mr Kennedy".
        words.update(remit_fields(t.text for t in remit_before(doc, i) if t.is_title))
    for related in (*ent.root.children, ent.root.head):
        if related.dep_ == "appos" or (related is ent.root.head and ent.root.dep_ == "appos"):
            # The appositive's head and its compounds ("the Kremlin spokesman"), not every noun
            # in it ("real name Calvin Broadus, plus associates, in a lawsuit").
            words.update(t.lower_ for t in (related, *related.children) if t.pos_ == "NOUN" and (t is related or t.dep_ == "compound"))
    return words


def _add_person(doc: Doc, ent, words: list[str], cast: Cast) -> Person:
    """The person a name gives, added to the cast or merged with the one of that surname."""
    full = " ".join(words)
    known = cast.person(full) or (by_given_name(words[0], cast) if len(words) == 1 else None)
    gender = title_gender(doc, ent.start) or (name_gender(words[0]) if len(words) > 1 else None)
    if known is not None and (_namesakes(doc, words, known.name.split(), cast) or _kin_of(ent, known.name.split()) or _another_than_the_peer(doc, ent, words, known.name)):
        known = None  # "Azmat Begg, father of Moazzam": another Begg, kept under the full name
        key = full.lower()
    else:
        key = words[-1].lower()
    if known is None:
        known = cast.people[key] = Person(name=full, gender=gender)
    else:
        # "Ms James" after "Rhys James": a title tells; a given name only hints.
        known.gender = title_gender(doc, ent.start) or known.gender or gender
        if fuller_name(words, known.name.split()):
            known.name = full
    known.titles.update(_titles_of(doc, ent))
    return known


def _namesakes(doc: Doc, words: list[str], known: list[str], cast: Cast) -> bool:
    """Two given names before one surname (``namesake``), also where our list of given names
    lacks one the article writes as a name in its text, not its headline: "Rock star Ozzy
    Osbourne… His wife Sharon… Sharon Osbourne" are two people. "Classy Henman", a headline's
    adjective, is no given name."""
    if namesake(words, known) or two_sexes(words, known):
        return True  # "Lord Kennedy… Baroness Kennedy said she agreed with him": two people
    if len(words) != len(known) or len(words) != 2 or _spelt_alike(words[0], known[0]):
        return False  # "Viktor Makarov" and "Victor Makarov": one man, spelt two ways
    return all(name_gender(w) is not None or _written_as_given_name(doc, w, cast) for w in (words[0], known[0]))


def _another_than_the_peer(doc: Doc, ent, words: list[str], known: str) -> bool:
    """A full name after a peer the article gives a seat is someone else of that surname unless
    the article ties them: "Lord Roberts of Conwy denied… one man, Sion Aubrey Roberts, was
    convicted" are two men. A peer the article has given a seat goes by it, so a bare given name
    and surname after it is news of another; one named before the seat is the man who took it
    ("Neil Kinnock… Baron Kinnock of Bedwellty"); "Lord Butler said… Robin Butler led the inquiry" (no seat) stays one, as
    does "Robin Butler, Lord Butler of Brockwell," or "Lord Roberts, formerly Wyn Roberts,"."""
    peer = known.split()
    if len(peer) != 2 or peer[0].lower() not in PEER_TITLES or len(words) < 2 or words[0].lower() in PEER_TITLES:
        return False
    seated = with_seat(known, text_of(doc))
    if seated == known or text_of(doc).find(seated) > ent.start_char:
        return False  # "Neil Kinnock has been made a life peer… known as Baron Kinnock of Bedwellty": his new title
    return not _tied_to_a_peer(doc, ent)


def _tied_to_a_peer(doc: Doc, ent) -> bool:
    """Whether a name is in apposition to a peer's title ("Robin Butler, Lord Butler,", "Lord
    Butler, Robin Butler,") or follows "formerly"."""
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(t.lower_ in PEER_TITLES for b in beside for t in b.subtree):
        return True
    return any(doc[i].lower_ in ("formerly", "né", "born") for i in range(max(ent.start - 2, 0), ent.start))


def _spelt_alike(one: str, other: str) -> bool:
    """Two spellings of one given name: "Viktor", "Victor"."""
    return SequenceMatcher(None, one.lower(), other.lower()).ratio() >= 0.8


def _written_as_given_name(doc: Doc, word: str, cast: Cast) -> bool:
    """Whether the article writes ``word`` as part of a person's name below its headline, and
    never in lower case, and no title ("Baroness Greenfield" is Susan Greenfield)."""
    if word.lower() in cast.words.lower or word.lower() in PEER_TITLES or honorific(word) or word.lower() in lexicon("person_nouns.txt"):
        return False
    below = max(text_of(doc).find("\n"), 0)  # the first line is the headline; no line break, no headline
    return any(doc[i].idx >= below and doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN" for i in cast.words.at.get(word, ()))


def _kin_of(ent, known: list[str]) -> bool:
    """"Malgorzata Kujda, Jarek's younger sister," after "Jarek Kujda", "Azmat Begg, father of
    Moazzam": a name described in apposition by the other one's given name is someone else of
    that surname, whatever our list of given names knows ("Classy Henman", a headline's
    adjective, is no other Henman)."""
    if len(known) != 2:
        return False
    described = [t for c in ent.root.children if c.dep_ == "appos" for t in c.subtree if not ent.start <= t.i < ent.end]
    return any(t.text == known[0] for t in described)


def by_given_name(word: str, cast: Cast) -> Person | None:
    """"Wang Yan … Wang said": a lone name that is another word of exactly one known
    person's name (family name first, or a first name, or the first half of a double-barrelled
    surname: "Kilroy" for Robert Kilroy-Silk) is that person."""
    matches = [p for p in cast.people.values() if word.lower() in _other_words(p.name)]
    return matches[0] if len(matches) == 1 else None


def _other_words(name: str) -> list[str]:
    *given, surname = name.lower().split()
    return given + surname.split("-")[:-1]


def _salience(ent) -> int:
    """3 for the subject of a sentence's main verb ("Neil Kinnock said Mr Blair could…"), 2 for
    a subject inside a clause (Mr Blair there), 0 for a possessive ("Mr Howard's stance"), else 1
    (also a name that qualifies a common noun: "Chrysler sales")."""
    root = ent.root
    while root.dep_ in ("compound", "appos", "flat") and root.head is not root:
        noun = root.head
        if root.dep_ == "compound" and noun.pos_ == "NOUN" and noun.dep_ not in ("compound", "appos", "flat") and not a_finding_s_source(noun):
            # "as solid Chrysler sales offset…": the name says whose sales, the sales are the subject;
            # but "the NIESR report was optimistic… It said": a body's report speaks for it, and
            # "Everton boss David Moyes said" names the club in the subject's name.
            return 1
        root = root.head
    return 0 if ent.text.endswith(("’s", "'s")) else _rank(root)


def _rank(token: Token) -> int:
    """The salience of a mention headed by ``token`` (see ``_salience``)."""
    if token.dep_ == "poss":
        return 0
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return 1
    return 3 if token.head.dep_ == "ROOT" else 2
