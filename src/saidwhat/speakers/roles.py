"""Roles: what a person is, as the article writes it, and where it gives it without the name.

``role_of`` finds the role a mention gives ("Kremlin spokesman Dmitry Peskov", "Hugh Hill,
a doctor,") and ``role_text`` cleans it; ``named_roles`` takes the one given where a person is
named, not where they speak, and ``with_role`` gives every statement of a person their role.
``title_words`` and ``holds_title`` tell whether "the prime minister" can be someone the
article gave that title. ``described_roles`` finds roles given in another sentence than
the name: news names a person in one sentence and says what they are in the next, or the
other way round ("Tony Blair has predicted… The prime minister was speaking…", "Lindsay
Davenport has put… The 28-year-old world number one had said…", the BBC's lead "The
attorney general has denied… Lord Goldsmith said…"). A person none of whose mentions
gives a role takes such a description's, but only where nothing else could be meant: a
wrong role is worse than none.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Speaker
from ..nlp import text_between, text_of
from ..quotes import core_mention
from ..resources import lexicon
from .cast import Cast, Mention, Person
from .names import FEMALE_TITLES, MALE_TITLES, head_person, name_words, remit_before, remit_fields

# Words a role does not open with: when the article said it, not what the person is
# ("Earlier Foreign Secretary Jack Straw", "Meanwhile chancellor Gordon Brown").
NOT_A_ROLE_START = {"earlier", "later", "meanwhile", "yesterday", "today", "also", "separately", "elsewhere", "however"}

# Words that make a title another office: "the prime minister" is not any minister named.
OFFICE_WORDS = {"prime", "foreign", "home", "first", "chief", "attorney", "shadow", "deputy", "vice", "assistant", "junior", "acting"}
# ...and titles that are not the office itself: "shadow chancellor X" is not "the chancellor".
LESSER_OFFICE = {"shadow", "deputy", "vice", "assistant", "junior", "former", "acting"}
# What a relative clause cut off a role hangs on: "research director at Gartner and someone
# who has followed Yahoo's progress" ends at "Gartner".
CLAUSE_HEADS = {"someone", "somebody"}
# Quote marks that open a word and that close one: a quotation's, not a possessive's ("Russia’s").
OPENING_QUOTE = re.compile(r"(?:^|\s)['‘\"“](?=\w)")
CLOSING_QUOTE = re.compile(r"(?<=\w)['’\"”](?=\s|$|[,.;:!?])")
DASHES = ("-", "–", "—")
# Prefixes of a title the parser may cut off it: "vice-chairman", "co-chairman", "ex-minister".
PREFIXES = {"vice", "co", "ex"}
# Words that open a hyphenated modifier of how someone is: "in-form", "out-of-form", "under-fire".
HOW_WORDS = {"in", "out", "under", "over", "off", "on", "well", "much", "long", "so"}
# An age in front of a description: "28-year-old", "28-year old".
AGE = re.compile(r"^\w+[- ]years?[- ]old\s*")


def role_text(tokens: list[Token]) -> str | None:
    """A role as the article writes it ("Secretary-General", "Russia’s … (SVR) Director"), without
    what is not part of it: a dash or time word before ("- Blackburn boss", "Earlier Foreign
    Secretary"), a preposition, "and" or a clause's "someone" after ("MP for", cut where the
    name began or a clause about them); none without a noun ("Former", "Senior"). A dash
    between spaces closes an aside about someone else: "Alan Milburn - the man appointed as the
    party's election supremo - and deputy leader John Prescott" makes Prescott deputy leader."""
    tokens = tokens[_after_last_aside(tokens):]
    while tokens and (tokens[0].is_punct or tokens[0].pos_ == "CCONJ" or tokens[0].lower_ in NOT_A_ROLE_START):
        tokens = tokens[1:]
    if tokens and tokens[0].pos_ == "ADP":  # "on Wednesday Prime Minister", not "Sunday Telegraph journalist"
        tokens = tokens[1:]
        while tokens and tokens[0].ent_type_ in ("DATE", "TIME"):
            tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET") or tokens[-1].lower_ in CLAUSE_HEADS):
        tokens = tokens[:-1]
    if not any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") for t in tokens):
        return None  # no noun but a day's: "Former", "on Wednesday - Paolo Maldini"
    if _one_hyphenated_modifier(tokens):
        return None  # "the new-look Kelly Holmes", "the in-form Henry": how they are, not what they are
    if any("\n" in t.whitespace_ or t.is_space for t in tokens[:-1]):
        return None  # across a line break: a headline's words, not a role
    role = text_between(tokens[0], tokens[-1])
    if _quote_left_open(role):
        return None  # a quotation's words: the headline "End Bush 'denial' Blair tells EU" gives no role
    if role.rfind("(") > role.rfind(")"):
        role = role[: role.rfind("(")].rstrip()  # "vice-chairman of India Petrochemicals Limited (IPCL": the acronym's bracket cut
    return role or None


def _one_hyphenated_modifier(tokens: list[Token]) -> bool:
    """Whether the words are one hyphenated word opened by an adjective, adverb or preposition
    ("new-look", "long-serving", "out-of-form"): it says how someone is; a role's hyphenated word
    opens with a noun ("Secretary-General", "vice-chairman", "ex-head", "editor-in-chief"). Only
    after "the" or "a": without one it stands as a title does, a rugby position ("open-side Martyn
    Williams", as "lock Rob Sidoli")."""
    described = tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].pos_ == "DET"
    joined = described and all(not t.whitespace_ for t in tokens[:-1])
    first = tokens[0].pos_ in ("ADJ", "ADV", "ADP") or tokens[0].lower_ in HOW_WORDS  # the tagger calls "in" of "in-form" a noun
    return len(tokens) >= 3 and joined and any(t.tag_ == "HYPH" for t in tokens) and first


def _after_last_aside(tokens: list[Token]) -> int:
    """Where a role starts after the last dash written between spaces ("supremo - and deputy
    leader"), 0 where there is none: "Secretary-General", "Coca-Cola boss" are one word; a
    dash last ("the chairman - John Smith") ends the role, it opens no other."""
    spaced = [i for i, t in enumerate(tokens[:-1]) if t.text in DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_]
    return spaced[-1] + 1 if spaced else 0


def _quote_left_open(role: str) -> bool:
    """Whether ``role`` opens a quotation it does not close: a headline's or a quotation's words cut
    where the name begins ("End Bush 'denial"), not scare quotes ('one of the so-called "Blair
    Babes"') nor "drum 'n' bass"."""
    return len(OPENING_QUOTE.findall(role)) > len(CLOSING_QUOTE.findall(role))


def described_roles(doc: Doc, cast: Cast) -> None:
    """Give a person still without a role the first description that refers to them
    ("the attorney general" before "Lord Goldsmith said"), in reading order: the person the
    statement it speaks was resolved to ("The chancellor also hailed…": Gordon Brown, the one
    person named before), else the one it stands next to (``_refers_back``, ``_refers_ahead``)."""
    for head in doc:
        role = _description(head, cast)
        if role is None:
            continue
        if _named_beside(head, cast):
            continue  # "The premier insisted Mr Brown will…": someone named beside a description is someone else
        spoken = _spoken_by(head, cast)
        person = _refers_back(head, cast) or _refers_ahead(head, cast)
        if spoken is not None and person is not None and spoken is not person:
            continue  # resolved to another: "the premier" to the prime minister named before
        person = spoken or person
        if person is not None and not person.role and _theirs(person, head, cast):
            person.role = role


def _spoken_by(head: Token, cast: Cast) -> Person | None:
    """The person a statement the description speaks was resolved to, if any."""
    people = [cast.person(m.name) for m in cast.mentions if _within(m, head) and m.kind == "person"]
    return people[0] if people else None


def _description(head: Token, cast: Cast) -> str | None:
    """The role a definite description of one person says, if ``head`` heads one as a
    subject, outside what anyone is reported to say: "the attorney general", "Amnesty
    International's chief", "the 28-year-old world number one" (its age is no role). Not
    "the Waterford man", "the American": they say where someone is from."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ not in ("NN", "NNP") or head.ent_type_ == "PERSON":
        return None
    ranked = head.lower_ == "number" and any(c.dep_ == "nummod" for c in head.children)  # "the world number one"
    if head.lower_ not in lexicon("person_nouns.txt") and not ranked:
        return None
    listed = (head, *(c for c in head.children if c.dep_ == "appos"))  # the parser's "chairman, chief executive (appos) and…"
    if any(c.dep_ == "conj" for t in listed for c in t.children) or _in_relative_clause(head):
        return None  # "The chairman, chief executive and three directors departed"; "the film, in which the pop star…"
    tokens = core_mention(head)
    if not _definite(head) or any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in tokens):
        return None  # "a minister", "his deputy", "Mr Blair's spokesman": someone else, or anyone
    if cast.in_what_was_said(tokens[0].idx):
        return None  # "Mr Howard said the prime minister had lied": whoever the speaker meant
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    role = role_text(tokens)
    if role is None:
        return None
    # "The 28-year-old world number one": how old she is, not what she is ("the first minister" keeps "first").
    return AGE.sub("", role) or None


def _in_relative_clause(head: Token) -> bool:
    """Whether ``head`` is inside a relative clause, about something else than the sentence's subject."""
    return any(t.dep_ in ("relcl", "acl") for t in head.ancestors)


def definite(head: Token) -> bool:
    """"the chancellor", and "The Amnesty secretary-general", whose "The" the parser hangs on "secretary"."""
    determiners = [c for t in (head, *(c for c in head.children if c.dep_ == "compound")) for c in t.children if c.dep_ == "det"]
    return any(d.lower_ in ("the", "this", "that") for d in determiners)


def _definite(head: Token) -> bool:
    """``definite``, or ``owned_by_a_body``."""
    return definite(head) or owned_by_a_body(head)


def owned_by_a_body(head: Token) -> bool:
    """A body's or a place's in the possessive: "London's most senior police officer", "India's finance minister"."""
    return any(c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE", "NORP") for c in head.children)


def _refers_back(head: Token, cast: Cast) -> Person | None:
    """The one person the sentence before names by name, as its main verb's subject, where the
    description is its own main verb's: "Jack Straw said. The foreign secretary told MPs…".
    Not where anyone else is named or described there, or an unnamed source speaks there or
    beside the description: "Mr Brown… Oliver Letwin attacked him. The shadow chancellor
    said…" may be either."""
    at = cast.sentence_of(head.idx)
    if head.head.dep_ != "ROOT":
        return None  # "it is likely - and the prime minister probably hopes - that…": an aside
    before = _nearby(cast, head, at - 1, at - 1)
    names = {m.name if m.kind == "person" else None for m in before}
    named = any(m.salience >= 3 and not _pronoun(head.doc, m.offset) for m in before)
    if len(names) != 1 or None in names or not named:
        return None  # "…,” he said. The chancellor is…"; "…, where George Bush opposed it. But the Tory leader…"
    name = names.pop()
    if any(m.name != name for m in _nearby(cast, head, at, at)) or _other_description(head, cast, at - 1, at):
        return None  # "A spokesman said the chief executive…"
    return cast.person(name)


def _refers_ahead(head: Token, cast: Cast) -> Person | None:
    """The person the next sentence names first, as its main verb's subject, where the
    description is in the lead and the first of them: the BBC's "The attorney general has
    denied… Lord Goldsmith said…". Anyone else named before the description (but in the
    headline, the same person) makes it theirs, or another's; after the lead, a description
    refers back ("Mr Howard hopes… and the prime minister probably hopes… Mr Howard said")."""
    at = cast.sentence_of(head.idx)
    if not _lead(head.doc, cast, at):
        return None
    ahead = [m for m in _nearby(cast, head, at, at + 1) if m.offset > head.idx]
    if not ahead or ahead[0].kind != "person" or cast.sentence_of(ahead[0].offset) != at + 1:
        return None
    if max(m.salience for m in ahead if m.offset == ahead[0].offset) < 3:
        return None  # "…, the minister said. Critics of Mr Smith…": named, but not as the one who acts
    name = ahead[0].name
    earlier = [m for m in cast.mentions if m.offset < head.idx and not _within(m, head)]
    if any(m.kind == "anonymous" or (m.kind == "person" and m.name != name) for m in earlier):
        return None
    if _nearby(cast, head, at, at) or _other_description(head, cast, at, at):
        return None  # someone else in the description's sentence, or a "he" who may be
    return cast.person(name)


def _lead(doc: Doc, cast: Cast, at: int) -> bool:
    """Whether sentence ``at`` opens the article's text: the first, or the second after a
    headline (a first line without a full stop: "Goldsmith denies war advice claim")."""
    if at == 0:
        return True
    first = text_of(doc)[: cast.sentences[1]].strip().rstrip("'\"’”") if len(cast.sentences) > 1 else ""
    return at == 1 and bool(first) and first[-1] not in ".!?"


def _other_description(head: Token, cast: Cast, first: int, last: int) -> bool:
    """Whether sentences ``first`` to ``last`` describe another person than by ``head``:
    "Gordon Brown sets out a rival manifesto. The prime minister responds by scheduling his
    press conference to clash with a speech by the chancellor" is about two people. A
    description in apposition to a name ("Tony Blair, the prime minister,") is that name's."""
    start = cast.sentences[first]
    end = cast.sentences[last + 1] if last + 1 < len(cast.sentences) else len(text_of(head.doc))
    words, own = lexicon("person_nouns.txt"), {t.i for t in core_mention(head)}
    sentences = head.doc.char_span(start, end, alignment_mode="expand") or ()  # those sentences, not the whole article
    return any(
        t.i not in own and t.lower_ in words and t.tag_ in ("NN", "NNP") and t.dep_ != "appos" and _definite(t)
        for t in sentences
    )


def _nearby(cast: Cast, head: Token, first: int, last: int) -> list[Mention]:
    """People and unnamed sources in sentences ``first`` to ``last`` (by index), without the
    description's own mention (a statement's speaker is noted there)."""
    return [
        m for m in cast.mentions
        if first <= cast.sentence_of(m.offset) <= last and m.kind in ("person", "anonymous") and not _within(m, head)
    ]


def _within(mention: Mention, head: Token) -> bool:
    """Whether ``mention`` is at the description ``head`` heads."""
    words = core_mention(head)
    return words[0].idx <= mention.offset <= head.idx


def _named_beside(head: Token, cast: Cast) -> bool:
    """Whether the description's sentence names a person other than by a pronoun ("he")."""
    at = cast.sentence_of(head.idx)
    mentions = _nearby(cast, head, at, at)
    return any(m.kind == "person" and not _pronoun(head.doc, m.offset) for m in mentions)


def _pronoun(doc: Doc, offset: int) -> bool:
    """Whether the mention at ``offset`` is a pronoun ("he"), which names no one new."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span[0].pos_ == "PRON"


def _theirs(person: Person, head: Token, cast: Cast) -> bool:
    """Whether the description can be this person's: no one else in the article holds its title
    ("the prime minister" is not Michael Howard where "Prime Minister Tony Blair" is named; "the
    attorney general" is still Lord Goldsmith beside "Solicitor General Harriet Harman"), nor
    does this person hold another office of it ("shadow chancellor" for "the chancellor")."""
    return not held_by_another(person, head, cast) and holds_title(person, head) is not False


def held_by_another(person: Person, head: Token, cast: Cast) -> bool:
    """Whether the article gives the title ``head`` heads to someone other than ``person``."""
    return any(other is not person and holds_title(other, head) for other in cast.people.values())


def title_words(head: Token) -> set[str]:
    """"the prime minister" -> {"prime", "minister"}: the title and the words that narrow it."""
    narrowing = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN")}
    return {head.lower_} | narrowing


def holds_title(person: Person, head: Token) -> bool | None:
    """True if the article gave ``person`` the title ``head`` heads, False if it gave them
    another office of that title ("shadow chancellor" for "the chancellor"), else None."""
    if not ({head.lower_, head.lemma_.lower()} & person.titles):
        return None
    words = title_words(head)
    if _another_remit(person, head):
        return False
    return words & OFFICE_WORDS <= person.titles and not (person.titles & LESSER_OFFICE) - words


# Titles held for a remit named before them: "the trade and industry secretary", "the health minister".
PORTFOLIO_TITLES = {"secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "commissioner"}


def _another_remit(person: Person, head: Token) -> bool:
    """Whether the description's remit, the fields of ``remit_words.txt`` before its title, is
    none of the fields of the person's own title: "the trade and industry secretary" is not
    "Culture, Media and Sport Secretary Tessa Jowell" (it is Patricia Hewitt, named next); "the
    culture secretary" is, and "the health secretary" is still "Health Secretary John Reid", "the
    sports minister" "Sport Minister Richard Caborn". Only a title held for a remit
    (``PORTFOLIO_TITLES``), and only fields on both sides: "the party spokesman", "the government
    minister" name none, so stay "Lib Dem home affairs spokesman Mark Oaten", "Schools Minister
    David Miliband"."""
    if head.lemma_.lower() not in PORTFOLIO_TITLES:
        return False
    remit = remit_fields(t.text for t in remit_before(head.doc, head.i - 1))
    theirs = remit_fields(person.titles)
    return bool(remit) and bool(theirs) and not remit & theirs


# Honorifics that are no office: "Mr", "Sir", "Lady" (not "President", "General").
MR_AND_MRS = {"dr"} | {t for t in FEMALE_TITLES | MALE_TITLES if t not in ("queen", "king", "princess", "prince")}

# Honorifics that say who someone is, not what they do, and abbreviated offices: alone before a
# name they are no role as written ("Lord Goldsmith", "Prof Smith", "Gen Musharraf"); "President
# Putin", "chairman Eddie Thompson" have one.
FORMS_OF_ADDRESS = MR_AND_MRS | {"mx", "prof", "professor", "rev", "reverend", "sen", "rep", "gov", "gen", "col", "capt",
                                 "cllr", "deputy", "pope", "king", "queen", "prince", "princess"}


def role_of(doc: Doc, head: Token, tokens: list[Token]) -> str | None:
    """The title or function the article gives the speaker, if any.

    Words before the name in the mention ("Kremlin spokesman Dmitry Peskov"),
    or an appositive ("Hugh Hill, a doctor, said" -> "doctor").
    """
    names = head_person(tokens)  # "Former Blackburn boss Graeme Souness", Blackburn labelled PERSON too
    if names:
        before = [t for t in tokens if t.i < names[0].i]
        while before and before[0].pos_ == "DET":
            before = before[1:]
        addressed = bool(before) and before[-1].lower_.rstrip(".") in MR_AND_MRS
        while before and before[-1].lower_.rstrip(".") in MR_AND_MRS:  # "chief executive Sir Anthony O'Reilly"
            before = before[:-1]
        before = _with_hyphened_start(doc, before)
        if addressed and before and all(t.ent_type_ == "ORG" for t in before):
            return None  # "Sources told the BBC Mr Howard had…": whom they told, hung on the name, no role
        if before and all(t.ent_type_ in ("DATE", "TIME") for t in before):
            return None  # "On Wednesday Mr Blair said": a date the parser hung on the name
        if before and before[-1].tag_ == "POS":
            return None  # "Arsenal's Thierry Henry": whose he is, not what he is
        if before and not (len(before) == 1 and before[0].lower_.rstrip(".") in FORMS_OF_ADDRESS):  # "Lord Goldsmith"
            return role_text(before)
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    after = head.doc[appos.right_edge.i + 1] if appos is not None and appos.right_edge.i + 1 < len(head.doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return None  # "Often, said Mr Pearson, this sensitive information was…": the clause's subject, no role
    if appos is not None and appos.ent_type_ != "PERSON" and appos.pos_ != "PRON":  # not "Tony Blair himself"
        parts = _apposed(head, appos)
        # "a banker who has held talks with…", "co-ordinator for the Electronic Frontier Foundation,
        # which campaigns…": the role ends where a clause about them, or about their employer, begins.
        clause = {t.i for part in parts for c in part.subtree if c.dep_ == "relcl" for t in c.subtree}
        words = [t for part in parts for t in part.subtree if not t.is_punct and t.i not in clause]
        while words and words[0].pos_ == "DET":
            words = words[1:]
        if not words or all(t.like_num for t in words):
            return None  # "Imelda Staunton, 49,": an age, not a role
        if len(words) == 1 and words[0].is_upper and words[0].i > 0 and doc[words[0].i - 1].text == "(":
            return None  # "(WTTC)": the initials of a body named before, not what the person does ("Diane Abbott, MP," has one)
        return role_text(words)
    return None


# Prepositions of where someone works, part of a role: "head of communications at Number 10",
# not "a Greek hero after winning gold".
WHERE_ONE_WORKS = {"at", "of", "for", "in", "with"}


def _with_hyphened_start(doc: Doc, before: list[Token]) -> list[Token]:
    """The role's words with the prefix of its first word, where the parser cut it off the
    mention: "vice-chairman David Dein" gives the mention "chairman David Dein", "co-chairman Liam
    Fox" "chairman Liam Fox"; a vice-chairman is no chairman. Only a title's prefix (``PREFIXES``):
    "the 34-year-old Kelly Holmes" is an age. Also a title word the parser split at its hyphen, its
    first half hung elsewhere: "hosted by election co-ordinator Alan Milburn" leaves the mention "-
    ordinator Alan Milburn" ("co" the object of "by"): the role is "election co-ordinator", the first
    half with the words in front that modify it, not "ordinator"."""
    if before and before[0].text == "-" and before[0].i >= 1 and not before[0].whitespace_:
        word = doc[before[0].i - 1]
        if word.is_alpha and not word.whitespace_:
            start = word.i
            while start > 0 and doc[start - 1].head.i == word.i and doc[start - 1].dep_ in ("nmod", "compound", "amod"):
                start -= 1
            return [*doc[start : word.i + 1], *before]
    if before and before[0].i >= 2 and doc[before[0].i - 1].text == "-":
        hyphen, word = doc[before[0].i - 1], doc[before[0].i - 2]
        if not hyphen.whitespace_ and not word.whitespace_ and word.lower_ in PREFIXES:
            return [word, hyphen, *before]
    return before


def _apposed(head: Token, appos: Token) -> list[Token]:
    """The appositive ``appos`` and what the parser split off it: "James Humphreys, ex-head of
    corporate communications at Number 10, says" is parsed as three appositives ("ex", "-",
    "head of…") glued by the hyphen, and "at Number 10" hung on the name, up to the comma that
    closes the apposition. Else the role would be "ex"."""
    parts = [appos]
    for child in head.children:
        last = parts[-1].right_edge
        glued = child.dep_ == "appos" and child.i > appos.i and not last.whitespace_
        closed = (
            child.dep_ == "prep" and child.lower_ in WHERE_ONE_WORKS
            and child.right_edge.i + 1 < len(head.doc) and head.doc[child.right_edge.i + 1].text == ","
        )
        if child.left_edge.i == last.i + 1 and (glued or closed):
            parts.append(child)
    return parts


def named_roles(doc: Doc, cast: Cast) -> None:
    """The role the article gives a person where it names them, not only where they speak
    ("Chelsea boss Jose Mourinho will not face…" then "Mourinho said"), for a person none of
    whose statements gave one: the first such role in reading order."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        person = cast.person(" ".join(name_words(list(ent))))
        if person is None or person.role:
            continue
        # The name's own head (a span's root has its head outside it): "Mahmoud Abbas Abu Mazen" is two
        # names, and the phrase of one is not the other's.
        person.role = role_of(doc, ent.root, core_mention(ent.root))


def with_role(speaker: Speaker, cast: Cast) -> Speaker:
    """Give every statement of a person the role the article gave them anywhere."""
    if speaker.type != "person" or speaker.role or not speaker.name:
        return speaker
    person = cast.person(speaker.name)
    if person is None or not person.role:
        return speaker
    return Speaker(name=speaker.name, type=speaker.type, role=person.role, mention=speaker.mention)
