"""Pronouns: whom "he", "she", "they" or "it" means.

``antecedent`` takes the nearest compatible person or organisation the article mentioned
before the pronoun: by sentence, then by rank in it (``cast.Mention``), a name inside what
someone said only when no other fits. A "they" may also mean two people in one noun ("the
couple"), and never a place only named where something happened ("in Los Angeles").
``goes_on`` tells a speaker going on ("…,” he added") from someone new: the pronoun subject
of "added" is the one just quoted.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Span, Speaker
from ..nlp import entity_of, text_between
from ..quotes import Found
from ..quotes.reported import STANCES  # "Stuart is confident that…": a stance that introduces the words after it
from ..resources import lexicon
from .cast import Cast, Mention, Person
from .names import ORG_NOUNS, named_head
from .roles import definite

# With the possessives: "his claim that…" (quotes/nominal) names the speaker too.
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them", "it", "we", "their", "its", "our"}  # "them" of "quoted them as saying"

# "the pair", "the couple": two people in one singular noun, whom a "they" can mean.
PAIR_WORDS = {"couple", "pair", "duo"}
# A place only named where something happened: "The couple, who married in Los Angeles, … They said".
PLACE_LABELS = {"GPE", "LOC"}
PLACE_PREPS = {"in", "at", "near", "from"}


def goes_on(doc: Doc, f: Found, previous: Speaker, cast: Cast, before: Found) -> bool:
    """A pronoun subject of "added", "continued": the previous speaker, if the pronoun fits
    them and no one else of that gender became the subject in between ("Stuart is confident
    … “…,” he added" after the manager spoke is Stuart)."""
    if f.cue_token is None or f.source_token is None or previous.type != "person" or not previous.name:
        return False
    if doc[f.cue_token].lemma_.lower() not in lexicon("continuation_verbs.txt"):
        return False
    gender = PERSON_PRONOUNS.get(doc[f.source_token].lower_)
    person = cast.person(previous.name)
    if gender is None or (person is not None and person.gender not in (None, gender)):
        return False
    start = max(p.end for p in before.content)
    between = [
        m for m in cast.mentions
        if start <= m.offset < f.mention.start and m.name != previous.name and _compatible(m, gender, cast)
        and not any(p.start <= m.offset < p.end for p in f.content) and _minded(doc, m.offset)
    ]
    return not between


def _minded(doc: Doc, offset: int) -> bool:
    """Whether the mention at ``offset`` is the subject of a stance ("Stuart is confident
    that…", "Stuart believes…"): the quotation after it is likely theirs. A subject of a
    plain event ("Wright-Phillips scored twice") does not take over."""
    head = named_head(doc, offset)
    if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    stance = {c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"}
    return verb.lemma_.lower() in lexicon("reporting_verbs.txt") or bool(stance & STANCES)


def antecedent(pronoun: Token, mention: Span, cast: Cast, said: tuple[Span, ...] = ()) -> Speaker:
    """The person (he/she) or group (they/it) a pronoun most likely refers to.

    The nearest sentence with a compatible mention wins; within it a subject
    beats an object, which beats a possessive; then the later mention. A name
    inside what someone said, or inside quotation marks, comes only when no
    other fits: "This is the record Mr Blair will have to defend, he said" is
    Michael Howard speaking on.
    """
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    best = meant(pronoun, mention.start, cast, said)
    if best is None:
        return Speaker(name=None, type="unknown", mention=mention)
    found = best
    person = cast.person(found.name) if found.kind == "person" else None
    taught(person, gender)
    # The fullest name the article gives, also one it gives after this mention ("Lord Butler" … "Robin Butler").
    name = person.name if person is not None and _fuller_elsewhere(person.name, mention, cast, said) else found.name
    return Speaker(name=name, type=found.kind, mention=mention)


def meant(pronoun: Token, start: int, cast: Cast, said: tuple[Span, ...] = ()) -> Mention | None:
    """The mention a pronoun at ``start`` means (``antecedent``), the cast left as it is."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    if (subject := own_subject(pronoun)) is not None:
        return subject
    if (earlier := same_pronoun_before(pronoun, cast, said)) is not None:
        return meant(earlier, earlier.idx, cast, said)
    candidates = [
        m for m in cast.mentions
        if m.offset < start and _compatible(m, gender, cast)
        and not _within(m.offset, said)  # '"…players like Ancic…," he said': not in their own words
        and not (m.kind == "person" and (likened(pronoun.doc, m.offset) or a_thing_s_kind(pronoun.doc, m.offset)))
    ]
    candidates = _without_modifiers(pronoun.doc, candidates)
    plural = pronoun.lower_ in ("they", "them", "their")
    if plural:
        candidates += [m for m in _pairs_named(pronoun.doc, start) if not _within(m.offset, said)]
    outside = [m for m in candidates if not cast.in_what_was_said(m.offset)]
    best = _nearest(outside or candidates, gender, cast)
    if gender is not None or best is None:
        return best
    if _where(_place(pronoun.doc, best)):
        # "The campaigners unveiled a poster of soldiers in Iraq before they announced…": the nearest
        # name is where something happened; "they" means words the cast does not hold, no older name.
        return None
    return _nearest([a for m in outside or candidates if (a := _as_antecedent(pronoun.doc, m, plural)) is not None], gender, cast)


def _as_antecedent(doc: Doc, m: Mention, plural: bool) -> Mention | None:
    """What a place's mention is to a "they" (``plural``) or "it": nothing where the place is only
    where something happened (``_where``), nor where it only says whose a plural noun is, which is
    what a "they" means ("…attacked US tabloid magazines after they reported…": the magazines, as
    written, as "officials" are; "Hollywood studios are suing people who it says…" is no Hollywood).
    Else the mention."""
    place = _place(doc, m)
    if place is None:
        return _members_of(doc, m) if plural else m
    if _where(place):
        return None
    noun = place.head
    if place.dep_ in ("compound", "nmod") and noun.tag_ == "NNS" and noun.pos_ == "NOUN" and place.i < noun.i:
        return replace(m, kind="anonymous", name=text_between(entity_of(place)[0], noun), one=None) if plural else None
    return m


def _members_of(doc: Doc, m: Mention) -> Mention:
    """What a body's mention that only says whose people a plural noun names is to a "they": those
    people as written, with any joined to them ("…with Labour backbenchers and opposition
    politicians opposing the plan. They felt…" is no Labour Party). Else the mention."""
    span = doc.char_span(m.offset, m.offset + 1, alignment_mode="expand")
    if m.kind != "organisation" or span is None:
        return m
    body = entity_of(span.root)
    noun = body.root.head
    if body.root.dep_ != "compound" or noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.i != body.end or not _people(noun):
        return m
    last = max((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS"), key=lambda c: c.i, default=noun)
    return replace(m, kind="anonymous", name=text_between(body[0], last), one=None)


# Plural nouns of people that do not end as a doer's does.
PEOPLE = {"member", "official", "politician", "parent", "pupil", "resident", "student", "fan"}


def _people(noun: Token) -> bool:
    """Whether a plural noun is of people: "backbenchers", "MPs", "campaigners", "politicians" (a
    person's noun, or one ending as a doer's does)."""
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE or lemma in lexicon("person_nouns.txt") or lemma.endswith(("er", "ist", "ian"))


def own_subject(pronoun: Token) -> Mention | None:
    """The people a "they" means that its own sentence names as the subject of the clause it
    depends on: "The Save the Scottish Regiments campaigners were so angered they threatened to
    stand against Labour" (the cast holds no "campaigners": none of them spoke). Only a plural noun
    of people (``_people``) with no name of its own: "Tesco said they…" is left to the cast; for a
    "they" of a main clause joined to the first by "and" or "but", also a plural noun of bodies,
    where no other people lie between (``_joined_subject``)."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or verb.dep_ not in ("ccomp", "advcl", "conj"):
        return None
    governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "were so angered (that) they…"
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
    if subject is None or subject.tag_ != "NNS" or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    # "Opposition parties also want more local policing… but they accuse ministers of…": a clause
    # joined by "and" or "but" goes on with its first clause's subject, people or bodies (not
    # "Soham", named in the paragraph before); ``_joined_subject``.
    if not (_joined_subject(verb, subject) if verb.dep_ == "conj" else _people(subject)):
        return None
    return Mention(offset=subject.left_edge.idx, kind="anonymous", name=text_between(subject.left_edge, subject), salience=3)


def _joined_subject(verb: Token, subject: Token) -> bool:
    """Whether a main clause joined by "and" or "but" to the sentence's first ("want…, but they
    accuse") goes on with ``subject``, the first clause's: a plural noun of people (``_people``) or
    of bodies (``names.ORG_NOUNS``: "Opposition parties"), and no other people or body between it
    and the "they" the "they" may mean, a plural of people, a body's noun or a name ("Fans booed
    the players off the pitch, but they insisted…", "Supporters jeered the team…, but they said":
    the players, the team)."""
    first = verb.head
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in first.children)
    if not (joined and first.dep_ == "ROOT" and (_people(subject) or subject.lemma_.lower() in ORG_NOUNS)):
        return False
    between = subject.doc[subject.i + 1 : verb.i]
    return not any(_another_sayer(t) for t in between)


def _another_sayer(token: Token) -> bool:
    """Whether a word may be who a "they" means: a plural noun of people, a body's noun ("the
    team", "the council") or a name of people or bodies."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    noun = token.pos_ in ("NOUN", "PROPN")
    return noun and ((token.tag_ in ("NNS", "NNPS") and _people(token)) or token.lemma_.lower() in ORG_NOUNS)


def _within(offset: int, spans: tuple[Span, ...]) -> bool:
    """Whether ``offset`` lies inside one of ``spans`` (what the statement being resolved said)."""
    return any(p.start <= offset < p.end for p in spans)


def same_pronoun_before(pronoun: Token, cast: Cast, said: tuple[Span, ...] = ()) -> Token | None:
    """The same "he" or "she" as the subject of an earlier clause of the pronoun's sentence, which
    it means whatever is named between: "While he said the Oscar voting panel were not "snubbing"
    Moore's film, he thought…" ("Oscar" labelled PERSON, and "Moore's" nearer). Only for the main
    clause's subject, which the clauses before it lead up to: in "He would not discuss reports the
    party repaid £500,000 to Lord Ashcroft after he predicted an election defeat" the later "he" is
    Lord Ashcroft. Not one inside a quotation or what someone said ('"He is a great player," he
    said': another man), nor after a name that is a subject of its own between them."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head != pronoun.sent.root:
        return None
    sentence = pronoun.sent
    earlier = [
        t for t in sentence[: pronoun.i - sentence.start]
        if t.lower_ == pronoun.lower_ and t.dep_ in ("nsubj", "nsubjpass")
        and not cast.in_what_was_said(t.idx) and not _within(t.idx, said)
    ]
    if not earlier:
        return None
    between = sentence.doc[earlier[-1].i + 1 : pronoun.i]
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "PERSON" for t in between):
        return None
    return earlier[-1]


def _place(doc: Doc, m: Mention) -> Token | None:
    """The head of the place an organisation's mention names (GPE, LOC), None for a body's."""
    span = doc.char_span(m.offset, m.offset + 1, alignment_mode="expand")
    if m.kind != "organisation" or span is None or span.root.ent_type_ not in PLACE_LABELS:
        return None
    return entity_of(span.root).root


def _where(place: Token | None) -> bool:
    """Whether a mention's ``place`` (``_place``) is only where something happened: "The couple,
    who married in Los Angeles, claimed… They said" is not Los Angeles ("in", "at", "near", "from")."""
    return place is not None and place.dep_ == "pobj" and place.head.lower_ in PLACE_PREPS


def _pairs_named(doc: Doc, start: int) -> list[Mention]:
    """Subjects before ``start`` that are two people in one noun ("The couple claimed…", "the pair
    said"), each as an unnamed group a "they" can mean, ranked as ``cast`` ranks a subject."""
    return [
        Mention(offset=t.left_edge.idx, kind="anonymous", name=text_between(t.left_edge, t), salience=3 if t.head.dep_ == "ROOT" else 2)
        for t in doc
        if t.idx < start and t.lower_ in PAIR_WORDS and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and definite(t)
    ]


def _fuller_elsewhere(name: str, mention: Span, cast: Cast, said: tuple[Span, ...]) -> bool:
    """Whether the article gives the fuller ``name`` somewhere other than in what someone said (the
    words the pronoun introduces above all) or after the pronoun in its own sentence: in "He said
    the six factories were … Lesotho Hats" the name is what he said, so a "Lesotho" before it does
    not become "Lesotho Hats", neither there nor for a later "he"."""
    sentence = cast.sentence_of(mention.start)
    return any(
        not _within(m.offset, said) and not cast.in_what_was_said(m.offset)
        and not (m.offset >= mention.start and cast.sentence_of(m.offset) == sentence)
        for m in cast.mentions if m.name == name
    )


def taught(person: Person | None, gender: str | None) -> None:
    """A "he" or "she" found to mean a person of unknown gender tells it: a later "she" must not
    take a man this "he" named ("Ozzy", in no list of given names: "Osbourne said… “…,” he added.
    … Sharon Osbourne gave details… Ozzy gave her… She said")."""
    if person is not None and person.gender is None and gender is not None:
        person.gender = gender


# Labels of the names of things a name joined to one by "and" or "or" in front of a noun is also.
THING_LABELS = {"PRODUCT", "ORG", "WORK_OF_ART", "LANGUAGE"}


def a_thing_s_kind(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` only says which kind of thing a noun is, joined to a product's
    or a body's name in front of it: "There were no plans for a Linux or Mac version. He said…"
    ("Mac" labelled PERSON): names joined in front of one noun are alike, so no one a "he" means."""
    name = named_head(doc, offset)
    if name is None or name.i + 1 >= len(doc):
        return False
    first = name.head if name.dep_ == "conj" else name
    joined = [first, *(c for c in first.children if c.dep_ == "conj")]
    return (first.dep_ in ("nmod", "compound") and first.head.pos_ == "NOUN" and first.head.i > name.i
            and any(t.i != name.i and t.ent_type_ in THING_LABELS for t in joined))


def _without_modifiers(doc: Doc, candidates: list[Mention]) -> list[Mention]:
    """The candidates less the names that only say which a noun is (``a_noun_s_modifier``), where
    another person is left for the pronoun: "James Callaghan… the Attlee government, he became
    chancellor" is Callaghan. Where none is, the name stays: "The Tony Blair interview was
    broadcast on Sunday. He said…" is Blair, the one person the article gives a "he"."""
    modifiers = [m for m in candidates if m.kind == "person" and a_noun_s_modifier(doc, m.offset)]
    if not modifiers or not any(m.kind == "person" and m not in modifiers for m in candidates):
        return candidates
    return [m for m in candidates if m not in modifiers]


def a_noun_s_modifier(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` only says which a common noun is, in a noun phrase of that
    noun's own, opened by a determiner or an adjective: "After serving as a junior minister in the
    Attlee government, he became chancellor" (Callaghan), "While he said the Oscar voting panel
    were not snubbing it" ("Oscar" labelled PERSON), "past Oscar winners": no one a "he" means. Not
    a name that heads its phrase ("Bush aide Karl Rove said", "Everton boss David Moyes")."""
    noun = named_head(doc, offset)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    name = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return name is not None and any(c.dep_ in ("det", "amod") and c.i < name.root.i for c in noun.children)


def likened(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` is only what someone is likened to: "He has been called
    the Ed Sullivan or Johnny Carson of podcasting", "To be the Johnny Carson of anything": a
    name with an article, as the complement of "call" or "be", is a figure, not a person the
    article speaks of ("the American Andy Roddick" is: a word before the name describes him)."""
    name = named_head(doc, offset)
    if name is not None and name.dep_ == "det":
        name = name.head  # the recognizer's "the Ed Sullivan" starts at its article
    while name is not None and name.dep_ == "conj" and name.head.ent_type_ == "PERSON":
        name = name.head  # "Johnny Carson" of "the Ed Sullivan or Johnny Carson"
    if name is None or name.dep_ not in ("oprd", "attr"):
        return False
    article = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in name.children)
    described = any(c.dep_ in ("amod", "nmod", "poss") or (c.dep_ == "compound" and c.ent_type_ != "PERSON") for c in name.children)
    return article and not described


def _nearest(mentions: list[Mention], gender: str | None, cast: Cast) -> Mention | None:
    """The mention in the latest sentence, then of the highest salience; within a sentence and a
    rank, someone known to be a "she" before someone of unknown gender; then the later one."""
    best: tuple[tuple[int, int, bool, int], Mention] | None = None
    for m in mentions:
        person = cast.person(m.name) if m.kind == "person" else None
        fits = gender is not None and person is not None and person.gender == gender
        key = (bisect_right(cast.sentences, m.offset), m.salience, fits, m.offset)
        if best is None or key > best[0]:
            best = (key, m)
    return best[1] if best is not None else None


def _compatible(m: Mention, gender: str | None, cast: Cast) -> bool:
    """he/she take people of that gender or unknown gender; they/it take groups."""
    if gender is None:
        return m.kind in ("organisation", "anonymous") and m.one is None
    if m.kind == "anonymous":
        return m.one in ("?", gender)  # "A spokesman said … He added"
    if m.kind != "person":
        return False
    person = cast.person(m.name)
    return person is None or person.gender in (None, gender)
