"""Descriptions ("the chancellor", "a leading industry figure") and the person they mean.

``titled_person`` and ``only_person`` take a description for someone named before it.
The rest resolve one by naming the person after it. News often describes first and names after: the BBC's lead "…, a leading industry figure
has said." then "Tim Renner, the head of Universal Music Germany until last year, told…",
or "India's finance minister lashed out…", the name given paragraphs later in apposition
("Palaniappan Chidambaram, India's finance minister, argued"). And where several people are
named, an age or a title is often the story's subject: "Radcliffe will compete in London /
Paula Radcliffe will… The 31-year-old said". A lede's member of a body is the one its name
owns two sentences on ("A Plaid Cymru MP… Plaid Cymru's Elfyn Llwyd has suggested":
``named_by_its_body``); a body called after a person is no description of them ("the Bush
administration": ``a_person_s_body``). The rules here are narrow: a wrong person is
worse than a description left as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import text_between, text_of
from ..quotes import core_mention
from ..resources import lexicon
from .cast import Cast, Mention, Person
from .names import a_relative, name_gender, named_head
from .pronouns import PERSON_PRONOUNS
from .roles import definite, held_by_another, holds_title, owned_by_a_body

# Heads that say what kind of person, not which office: any named person can be "a leading
# industry figure" or "the 23-year-old", whatever titles the article gives them.
GENERIC_HEADS = {"figure", "man", "woman"}  # and "the 23-year-old"

# Bodies a person's name before them says whose they are: "the Bush administration", "the Blair
# government", "the Kerry campaign", "the Brown camp", "the Mourinho team".
PERSON_BODY_NOUNS = frozenset({"administration", "government", "campaign", "camp", "team"})


def a_person_s_body(head: Token) -> bool:
    """"the Bush administration argues…": a person's name modifying a body's noun names the body,
    not the person (who would take the body's words, with his role). Not "Bush aide Karl Rove
    said" (the name at the head is a person) nor "Bush's administration" (a possessive owner,
    which ``common_nouns.common_noun`` reads)."""
    if head.pos_ != "NOUN" or head.lower_ not in PERSON_BODY_NOUNS or head.ent_type_:
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("during", "under", "since", "before", "after"):
        return False  # "a secretary of labor during the Clinton administration who…": a time, no one speaking
    return any(c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.i < head.i for c in head.children)


def named_next(head: Token, mention: Span, cast: Cast) -> Person | None:
    """The person the next sentence names as the subject of a reporting verb, or as the one
    person it names, subject of its main verb where that sentence quotes or praises or blames
    (``_alone_as_subject``), where the description
    speaks before anyone is named: "…is "in the state of a zombie", a leading industry figure
    has said. Tim Renner, the head of Universal Music Germany, told…", "the head of Germany's
    panel of economic advisers predicted growth would stagnate. Speaking on German TV, Bert
    Ruerup said…", "The information commissioner says… Richard Thomas "totally condemned"…".
    Not an unnamed source ("a spokesman said. Chief executive John Smith said…" is two
    people), nor a title the person does not hold ("the chief executive said. Analyst John
    Smith said")."""
    if not _one_described(head):
        return None
    if any(m.kind == "person" or (m.kind == "anonymous" and m.one) for m in cast.mentions if m.offset < mention.start):
        return None  # someone named or an unnamed source before: the description may be theirs
    at = cast.sentence_of(mention.start)
    if any(m.kind in ("person", "anonymous") for m in cast.mentions if cast.sentence_of(m.offset) == at and m.offset >= mention.end):
        return None  # "…, the minister said, as Mr Smith…": someone else in its own sentence
    following = [m for m in cast.mentions if cast.sentence_of(m.offset) == at + 1 and m.kind in ("person", "anonymous")]
    if not following or following[0].kind != "person" or following[0].salience < 3:
        return None
    if not _reports(head.doc, following[0].offset) and not _alone_as_subject(head.doc, following):
        return None
    if _set_against(head.doc, following[0].offset):
        return None
    person = cast.person(following[0].name)
    if person is None or not _may_hold(person, head, cast) or not same_sex(person, head):
        return None
    return person


def headline_subject(head: Token, mention: Span, cast: Cast) -> Person | None:
    """A person the headline names, where they are also the last person named as a
    sentence's subject, in the description's sentence or the two before, with no one else
    named since (but for an object beside the description: "Reacting to a comment by Tim
    Phillips, the American said", or one named in passing beside the subject, in the sentence
    before, whom the headline does not name: ``_in_passing``): "Melzer shocks Agassi / … And Agassi… said… said the
    American", "Radcliffe will compete in London / Paula Radcliffe will compete in the
    Flora London Marathon… The 31-year-old said…", "Reyes tricked into Real admission / …
    The Spaniard believed…". Where the two differ the description stays as written: "Hewitt
    overcomes wobble / … Minar was forced to pull out… said the 20-year-old" is Minar, whom
    the headline does not name, and "Van Nistelrooy set to return / … Sir Alex Ferguson
    hinted… The 28-year-old" is not Ferguson."""
    if not definite(head) or not (an_age(head) or head.ent_type_ == "NORP" or _one_described(head)):
        return None
    # "the prime minister", an office alone, may be anyone's the article names: only where the
    # headline's one labelled name is the last subject ("Kennedy criticises 'unfair' taxes / …
    # The chancellor's announcement" is Gordon Brown's).
    office = _a_bare_office(head)
    named = headline_people(head.doc, cast, surnames=not office)
    if not named or (office and len(named) != 1):
        return None
    at = cast.sentence_of(mention.start)
    earlier = [
        m for m in cast.mentions
        if m.kind in ("person", "anonymous") and m.offset < mention.start and max(1, at - 2) <= cast.sentence_of(m.offset)
        and not cast.in_what_was_said(m.offset)
        # "Reacting to a comment by chairman Tim Phillips, the American said": no subject, so not him.
        and (office or not (m.salience <= 1 and cast.sentence_of(m.offset) == at))
    ]
    subjects = [i for i, m in enumerate(earlier) if m.kind == "person" and m.salience >= 3]
    if not subjects:
        return None  # no one named as a subject
    subject = earlier[subjects[-1]]
    since = [
        m for m in earlier[subjects[-1] :]
        if m.name != subject.name and (office or not _in_passing(head.doc, m, subject, at, named, cast) or _may_be_theirs(m, head, cast))
    ]
    if since:
        return None  # someone else named since
    person = cast.person(subject.name)
    # One the headline names: "Melzer shocks Agassi / … And Agassi… said… said the American".
    if person is None or all(person is not cast.person(n) for n in named):
        return None
    return person if _may_hold(person, head, cast, before=mention.start) and same_sex(person, head) else None


def _in_passing(doc: Doc, m: Mention, subject: Mention, at: int, headline: set[str], cast: Cast) -> bool:
    """Whether the person mention ``m`` names someone in passing, no subject, in the sentence
    right before the description that names ``subject`` as its subject, where the headline does
    not name them: "Howard attacks cost of asylum / Michael Howard has launched an attack on…
    asylum under Tony Blair. The Tory leader said…"; or as the subject of a clause only, in a
    sentence between them whose main verb's subject is no person: "Michael Howard has backed
    stem cell research… The issue was a feature of the US election, where George Bush opposed
    extending it. But the Tory leader argued…". Not one named in a later sentence as its subject:
    "Molik won. She will now meet Venus Williams. "…," said the 23-year-old" may be either woman."""
    sentence = cast.sentence_of(m.offset)
    if sentence != at - 1 or m.salience > (1 if sentence == cast.sentence_of(subject.offset) else 2):
        return False
    if sentence != cast.sentence_of(subject.offset) and not _a_thing_s_sentence(doc, m.offset):
        return False
    return all(cast.person(m.name) is not cast.person(n) for n in headline)


def _a_thing_s_sentence(doc: Doc, offset: int) -> bool:
    """Whether the main verb of the sentence at ``offset`` has a common noun as its subject, no
    name nor pronoun: "The controversial issue was a feature…", not "She will now meet…"."""
    sent = doc.char_span(offset, offset + 1, alignment_mode="expand").sent
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.pos_ == "NOUN" and not c.ent_type_ for c in subjects)


def _may_be_theirs(m: Mention, head: Token, cast: Cast) -> bool:
    """Whether the description could as well be that of the one named in passing, so that the
    subject is no surer than they are and it stays as written: a nationality could be anyone's
    ("Agassi loses in Dubai / Andre Agassi lost to Roger Federer… The Swiss said" may be
    Federer; "Tony Blair held talks with George Bush… The American said", Bush), as could "the
    Waterford man" a man's, and a title the article gives them. An office or an age the article
    gives no one is the lede's person's: "…under Tony Blair. The Tory leader said" is Michael Howard."""
    person = cast.person(m.name)
    if head.ent_type_ == "NORP" or person is None:
        return True
    if head.lower_ in ("man", "woman"):
        return same_sex(person, head)
    return bool(holds_title(person, head))


def _a_bare_office(head: Token) -> bool:
    """"the chancellor", "the prime minister": an office alone may be anyone's the article
    names; "the Lib Dem leader", "the Old Trafford boss" say whose."""
    modified = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in ("prime", "former") for c in head.children)
    return head.lower_ in lexicon("person_nouns.txt") and not modified


def an_age(head: Token) -> bool:
    """"the 31-year-old" (the parser's head is "old"), "the 74-year-old comedian"."""
    return year_of_age(head) is not None


def year_of_age(head: Token) -> Token | None:
    """The "year" of an age that describes ``head`` ("the 31-year-old", "the 74-year-old comedian"), if any."""
    old = head if head.lower_ == "old" else next((c for c in head.children if c.lower_ == "old" and c.dep_ == "amod"), None)
    return next((c for c in old.children if c.lower_ in ("year", "years")), None) if old is not None else None


def headline_people(doc: Doc, cast: Cast, surnames: bool = True) -> set[str]:
    """The people a headline names: the first line, where a line break ends it and it has no
    full stop ("Radcliffe will compete in London"); with ``surnames``, also a known person's
    surname the recognizer left unlabelled there ("Davenport hits out at Wimbledon")."""
    line, _, rest = text_of(doc).partition("\n")
    if not rest or not line.strip() or line.strip().rstrip("'\"’”")[-1:] in (".", "!", "?"):
        return set()
    named = {m.name for m in cast.mentions if m.kind == "person" and m.offset < len(line)}
    known = (cast.person(w) for w in line.split() if surnames and w[:1].isupper() and w.isalpha() and w.lower() in cast.people)
    return named | {p.name for p in known if p is not None}


# A source kept unnamed at their request: "who asked not to be named", "speaking on condition of anonymity".
UNNAMED_BY_REQUEST = re.compile(r"\bnot (?:to )?be (?:named|identified)\b|\banonymity\b|\banonymously\b", re.I)


def _one_described(head: Token) -> bool:
    """"the head of Germany's panel…", "a leading industry figure", "the 28-year-old host": one
    person by what they are, not an unnamed source ("a spokesman", "an official")."""
    if head.tag_ not in ("NN", "NNP") or head.ent_type_ == "PERSON" or UNNAMED_BY_REQUEST.search(head.sent.text):
        return False  # "A Labour MP, who asked not to be named, said": someone the article will not name
    if head.lemma_.lower() in lexicon("anonymous_sources.txt") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return False  # "a spokesman", "his deputy"
    word = head.lower_
    if any(c.lower_ in ("one", "another") or (c.dep_ == "conj" and not _a_second_noun_of_one(c)) for c in head.children):
        return False  # "one over-60 woman who took part", "The player himself and his captain": not one named
    if word in ("man", "woman") or word.endswith("-year-old"):
        # "the Waterford man"; but "a 35-year-old woman said" is anyone.
        return definite(head) and (word not in ("man", "woman") or any(c.dep_ in ("compound", "amod", "nmod") for c in head.children))
    modified = any(c.dep_ in ("compound", "amod", "nmod") for c in head.children)
    return word in lexicon("person_nouns.txt") or (word == "figure" and modified) or _two_callings(head)


def _two_callings(head: Token) -> bool:
    """Whether a description names one person by two callings under one article, each a noun of
    a doer ("-er", "-or", "-ist", "-ian"): "The feminist writer and broadcaster said" (Germaine
    Greer). "writer" alone is no one named ("a letter from a constituent. The writer said";
    "The writer of the report said"), so it is not in ``person_nouns.txt``. Relatives are two
    people, not callings: "The father and mother of the teenager said"."""
    doers = ("er", "or", "ist", "ian")
    second = [c for c in head.children if c.dep_ == "conj" and _a_second_noun_of_one(c)]
    callings = [t for t in (head, *second) if t.lower_.endswith(doers) and not a_relative(t)]
    return len(callings) >= 2 and callings[0] is head


def _a_second_noun_of_one(conj: Token) -> bool:
    """Whether a noun joined by "and" is a second thing one person is, under the first noun's
    article: "The feminist writer and broadcaster said" (Germaine Greer); not "The player himself
    and his captain", "the manager and the players": an article, owner or plural of its own is
    someone else."""
    return conj.tag_ == "NN" and conj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in conj.children)


def _may_hold(person: Person, head: Token, cast: Cast, before: int | None = None) -> bool:
    """Whether the description's title can be ``person``'s: a generic head ("figure") any
    person's; an office only someone given no title, or given this one, and no one else (with
    ``before``, no one else named before that offset: a reader of "The singer replied" knows
    only who came before, not "singer Sir Elton John" two paragraphs on)."""
    if held_by_another(person, head, cast) and (before is None or held_before(person, head, cast, before)):
        return False
    if head.lower_ in GENERIC_HEADS or head.lower_.endswith("-year-old") or an_age(head) or head.ent_type_ == "NORP":
        return True
    offices = person.titles - lexicon("honorifics.txt")  # "Mr Spector" holds no office
    return not offices or holds_title(person, head) is True or _another_stage_noun(person, head)


def held_before(person: Person, head: Token, cast: Cast, before: int) -> bool:
    """Whether someone other than ``person`` named before ``before`` is given the title ``head`` heads."""
    named = {id(p) for m in cast.mentions if m.kind == "person" and m.offset < before and (p := cast.person(m.name)) is not None}
    return any(other is not person and id(other) in named and holds_title(other, head) for other in cast.people.values())


def _another_stage_noun(person: Person, head: Token) -> bool:
    """Whether a performer's noun may be one given as another (stage_nouns.txt): no office but
    what they do on stage, so "Rock star Ozzy Osbourne… The singer grabbed an intruder" is him."""
    nouns = lexicon("stage_nouns.txt")
    return head.lower_ in nouns and bool(person.titles & nouns)


PRONOUN_SEX = {**PERSON_PRONOUNS, "himself": "m", "hers": "f", "herself": "f"}  # and the reflexives


def same_sex(person: Person, head: Token, *, pronoun: bool = False) -> bool:
    """"The woman" is no one the article calls "he" or gives a man's first name. With ``pronoun``,
    nor is "A Labour MP said his constituents…" Ann Clwyd (the first "he" or "she" after it in its
    sentence; only where no one else is named, as for ``named_by_its_body``: "The 64-year-old has
    said her death was accidental" is about another)."""
    told = next((PRONOUN_SEX[t.lower_] for t in head.sent if t.i > head.i and t.lower_ in PRONOUN_SEX), None) if pronoun else None
    sex = {"man": "m", "woman": "f"}.get(head.lower_, told)
    gender = person.gender or name_gender(person.name.split()[0])
    return sex is None or gender in (None, sex)


def _set_against(doc: Doc, offset: int) -> bool:
    """Whether the sentence at ``offset`` opens with "But" or "However": "A Tory MP said… But the
    Tories' Ann Winterton said…" sets another against the description."""
    return doc.char_span(offset, offset + 1, alignment_mode="expand").sent[0].lower_ in ("but", "however")


def _reports(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` is the subject of a reporting verb ("Bert Ruerup said"), also
    "expected" to speak (``reporting_verbs.txt`` has "expect"): "…, the trade and industry
    secretary has said. Patricia Hewitt is expected to call for the law… to be enforced better"."""
    token = named_head(doc, offset)
    return token is not None and token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in lexicon("reporting_verbs.txt")


def _alone_as_subject(doc: Doc, following: list[Mention]) -> bool:
    """Whether the next sentence names one person only, as its main verb's subject, and goes on
    saying (``_goes_on_saying``): "The information commissioner says he is urgently asking for
    details… Richard Thomas "totally condemned" the deletion…"; not "Tim Smith met Ann Jones",
    two people, nor a passive's subject, whom something befell ("Bert Ruerup was appointed last
    year")."""
    token = named_head(doc, following[0].offset)
    alone = all(m.kind == "person" and m.name == following[0].name for m in following)
    return alone and token is not None and token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and _goes_on_saying(token.head)


def _goes_on_saying(verb: Token) -> bool:
    """Whether a sentence whose verb is no reporting verb still says something: it praises or
    blames (evaluating_verbs.txt: "Richard Thomas "totally condemned" the deletion"). Any other
    deed is no tie: "The chairman said the figures were poor. Tony Blair visited the factory."
    leaves the chairman unnamed, and so does a word in scare quotes ("visited the "new" factory"),
    so a quotation mark alone does not count."""
    return verb.lemma_.lower() in lexicon("evaluating_verbs.txt")


def titled_elsewhere(doc: Doc, cast: Cast) -> None:
    """Note as that person's mention each description whose exact words the article gives one
    person in apposition: "India's finance minister lashed out… He objected…" with
    "Palaniappan Chidambaram, India's finance minister, argued" later, so that "he" and the
    description itself find him. The whole title must match ("India's finance minister", not
    "the minister") and one person only hold it; no one else may hold its office unless a
    country or body owns it ("UK finance minister Gordon Brown" is not India's)."""
    titles = _appositive_titles(doc, cast)
    added = []
    for head in doc:
        if head.dep_ not in ("nsubj", "nsubjpass") or not _one_described(head) or cast.in_what_was_said(head.idx):
            continue
        words = _title(head)
        holders = titles.get(words.lower(), []) if words else []
        if len({p.name for p in holders}) != 1:
            continue
        person = holders[0]
        if not owned_by_a_body(head) and held_by_another(person, head, cast):
            continue  # "the finance minister" beside "finance minister Gordon Brown"; not "India's finance minister"
        start = core_mention(head)[0].idx
        if not any(m.offset == start and m.kind == "person" for m in cast.mentions):
            cast.described[start] = person.name
            added.append(Mention(offset=start, kind="person", name=person.name, salience=3 if head.head.dep_ == "ROOT" else 2))
    cast.mentions.extend(added)
    cast.mentions.sort(key=lambda m: m.offset)


def _appositive_titles(doc: Doc, cast: Cast) -> dict[str, list[Person]]:
    """Each title the article gives a named person in apposition, by its words in lower case:
    "india's finance minister" -> [Palaniappan Chidambaram]."""
    titles: dict[str, list[Person]] = {}
    for m in cast.mentions:
        if m.kind != "person":
            continue
        name, person = named_head(doc, m.offset), cast.person(m.name)
        if name is None or person is None:
            continue
        for appos in (c for c in name.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"):
            if (words := _title(appos)) is not None:
                titles.setdefault(words.lower(), []).append(person)
    return titles


def _title(head: Token) -> str | None:
    """A description's words without its determiner: "the head of the panel" -> "head of the
    panel"; none for one word alone ("the minister" is any minister)."""
    tokens = core_mention(head)
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if len(tokens) < 2 or any(t.ent_type_ == "PERSON" for t in tokens):
        return None
    return text_between(tokens[0], tokens[-1])


# What the BBC calls its own journalists: "our correspondent says", "BBC political editor Nick Robinson".
JOURNALISTS = {"correspondent", "reporter", "editor"}


def our_journalist(head: Token, mention: Span, cast: Cast) -> Person | None:
    """"…, says the BBC's Louisa Lim in Beijing. But the results…, our correspondent says": "our
    correspondent" is the last journalist the article names as the BBC's ("the BBC's X", "BBC
    correspondent X") before it, where that is the only one named before it, or one named in
    the same or the sentence before (a report from three capitals names three)."""
    if head.lemma_.lower() not in JOURNALISTS or not any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
        return None
    named = [(ent.start_char, person) for ent in head.doc.ents if ent.label_ == "PERSON" and ent.end_char <= mention.start
             and _the_bbcs(ent) and (person := cast.person(ent[-1].text)) is not None]
    if not named:
        return None
    offset, last = named[-1]
    one = len({p.name for _, p in named}) == 1
    return last if one or cast.sentence_of(mention.start) - cast.sentence_of(offset) <= 1 else None


def _the_bbcs(ent) -> bool:
    """"the BBC's Louisa Lim", "BBC correspondent James Hardy", "the BBC's business reporter X":
    a name the BBC's own words introduce, up to three words of their job between."""
    doc, start = ent.doc, ent.start
    words = [t.lower_ for t in doc[max(start - 5, ent.sent.start) : start]]
    if "bbc" not in words:
        return False
    after = words[words.index("bbc") + 1 :]
    after = after[1:] if after[:1] in (["'s"], ["’s"]) else after
    return not after or (len(after) <= 3 and after[-1] in JOURNALISTS)


def titled_person(head: Token, mention: Span, cast: Cast) -> Person | None:
    """The person a definite title names: the last one named before it with that title, else
    one given it in the same or the next sentence ("…,” the economy minister said. “…,” said
    economy minister Heizo Takenaka"); that later one only for a title of a person ("the
    commission said… commission chairman Sam Younger" is not the chairman).

    News varies the other words of a title ("talk show host", then "the TV host"), but not
    the ones that make it another office: "the prime minister" is not "aid minister Hilary
    Benn", and "the chancellor" not the shadow chancellor.
    """

    def fits(m: Mention) -> Person | None:
        person = cast.person(m.name) if m.kind == "person" else None
        return person if person is not None and holds_title(person, head) else None

    before = (fits(m) for m in reversed(cast.mentions) if m.offset < mention.start)
    if (found := next((p for p in before if p is not None), None)) is not None or not describes_a_person(head):
        return found
    following = bisect_right(cast.sentences, mention.start)  # the next sentence: its index in the starts
    end = cast.sentences[following + 1] if following + 1 < len(cast.sentences) else None
    after = (fits(m) for m in cast.mentions if m.offset >= mention.end and (end is None or m.offset < end))
    return next((p for p in after if p is not None), None)


def only_person(head: Token, mention: Span, cast: Cast) -> Person | None:
    """"The former teacher said", "the England skipper told": a description of a person in
    an article that has named one person before it is that person. With two or more named,
    a description stays as written: the last one named is often someone else."""
    if not definite(head) or (head.tag_ not in ("NN", "NNP") and not an_age(head)):
        return None
    if any(c.dep_ == "poss" for c in head.children) or not describes_a_person(head):
        return None
    doc = head.doc
    named = {m.name for m in cast.mentions if m.kind == "person" and m.offset < mention.start and not _a_noun_named(doc, m.offset)}
    # The headline's "Radcliffe" beside the text's "Paula Radcliffe": one person. Two full names
    # stay two, whatever the cast merged ("Ozzy Osbourne", "Sharon Osbourne").
    people = {n for n in named if " " in n or (p := cast.person(n)) is None or p.name == n or p.name not in named}
    if len(people) != 1:
        return None
    only = cast.person(next(iter(people)))
    return None if only is None or holds_title(only, head) is False else only


def _a_noun_named(doc: Doc, offset: int) -> bool:
    """Whether the one-word "name" at ``offset`` is a noun of a nation or place after an article
    (demonyms.txt): "The 22-year-old Scot", "the Frenchman", labelled PERSON, describe the person
    named before ("Allan Scott"); they are no second person. "Scot Gemmill said", no article, is
    one, and so is "the impressive Drogba" (a surname, however it is described)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "PERSON" or span[0].ent_iob_ != "B":
        return False
    token = span[0]
    alone = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    if not alone or token.lower_ not in lexicon("demonyms.txt"):
        return False
    return token.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children)


def describes_a_person(head: Token) -> bool:
    """"the chancellor", "the Waterford man", "the 34-year-old", "the American", "the feminist
    writer and broadcaster" (``_two_callings``)."""
    word = head.lower_
    modified = any(c.dep_ in ("compound", "amod", "nmod") for c in head.children)
    return (
        word in lexicon("person_nouns.txt") or word.endswith("-year-old") or an_age(head) or head.ent_type_ == "NORP"
        or (word in ("man", "woman") and modified) or _two_callings(head)
    )


def named_by_its_body(head: Token, mention: Span, cast: Cast) -> Person | None:
    """The person a description's own body or party owns by name, subject of a reporting verb in
    one of the next two sentences: "A Plaid Cymru MP believes… It is 25 years since… Plaid Cymru's
    Elfyn Llwyd has suggested…". The body's name in both ties them where ``named_next``, one
    sentence on and blind to names, does not reach. Only where no person is named before the
    description, no subject beside it, and no one named as a subject before them ("A Labour MP
    said… Labour's leader Tony Blair met… Labour's John Smith said" leaves the MP as written)."""
    body = _body_words(head)
    if body is None or not _one_described(head):
        return None
    if any(m.kind == "person" for m in cast.mentions if m.offset < mention.start):
        return None
    at = cast.sentence_of(mention.start)
    near = [m for m in cast.mentions if m.kind == "person" and at <= cast.sentence_of(m.offset) <= at + 2 and m.offset >= mention.end]
    if any(m.salience >= 3 for m in near if cast.sentence_of(m.offset) == at):
        return None  # "A Labour MP said, as Mr Smith…": someone else speaks beside it
    subjects = [m for m in near if m.salience >= 3]  # the first person named as a subject after it
    if not subjects or not _owned_by(head.doc, subjects[0].offset, body) or not _reports(head.doc, subjects[0].offset):
        return None
    if _set_against(head.doc, subjects[0].offset):
        return None
    person = cast.person(subjects[0].name)
    return person if person is not None and _may_hold(person, head, cast) and same_sex(person, head, pronoun=True) else None


def _body_words(head: Token) -> str | None:
    """"Plaid Cymru" of "A Plaid Cymru MP": the proper nouns before a person's noun, the body or
    party they belong to; None where there are none."""
    words = [t for t in head.doc[head.left_edge.i : head.i] if t.pos_ == "PROPN"]
    if not words or any(t.ent_type_ == "PERSON" for t in words):
        return None
    return " ".join(t.text for t in words)


def _owned_by(doc: Doc, offset: int, body: str) -> bool:
    """Whether the name at ``offset`` is given with ``body`` in the possessive: "Plaid Cymru's Elfyn Llwyd"."""
    token = named_head(doc, offset)
    owners = [c for c in token.children if c.dep_ == "poss"] if token is not None else []
    return any(text_between(o.left_edge, o).removesuffix("’s").removesuffix("'s") == body for o in owners)
