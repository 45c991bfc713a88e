"""Speakers: resolve each statement's mention to one canonical source.

Reads the parsed Doc and the ``Found`` statements; returns a ``Speaker`` per
statement. People are grouped by surname so "Mr Macron" and "Macron" become
"Emmanuel Macron"; pronouns ("he", "she", "they") take the nearest compatible
person or organisation mentioned before them; a title or role in the mention
("Kremlin spokesman Dmitry Peskov", "Hugh Hill, a doctor,") is kept as the
speaker's role for the whole article; unnamed sources ("a spokesman",
"officials") are anonymous.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .model import Span, Speaker
from .quotes import RELATIVE_PRONOUNS, Found, core_mention, mention_span, transcript_name
from .resources import lexicon, table

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "it", "we"}
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince"}
ORG_LABELS = {"ORG", "GPE", "NORP"}
# "Stuart is confident that…": a stance that introduces the words after it.
STANCES = {"adamant", "certain", "confident", "convinced", "hopeful", "insistent", "optimistic", "sure"}
# Common nouns that name an institution speaking as one ("the ministry said").
ORG_NOUNS = {
    "administration", "agency", "army", "authority", "bank", "board", "campaign", "company",
    "committee", "council", "court", "department", "firm", "government", "group", "ministry",
    "office", "organisation", "organization", "party", "police", "regulator", "union", "team",
    "newspaper", "paper", "magazine", "network", "broadcaster", "channel", "website", "agency",
}


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
class Cast:
    """The people and organisations of one article, and where each was last named."""

    people: dict[str, Person] = field(default_factory=dict)  # surname -> person
    mentions: list[Mention] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)  # names NER labels ORG: companies, ministries, parties

    def person(self, name: str) -> Person | None:
        """The person a full name or a surname names (a namesake is kept under their full name)."""
        return self.people.get(name.lower()) or self.people.get(name.split()[-1].lower()) if name.strip() else None


def _name_tokens(tokens: list[Token]) -> list[str]:
    """A name's words without honorifics and possessive endings ("Mr Macron’s" -> ["Macron"]).

    A possessive inside the span is an owner, not part of the name: "Labour’s Owen
    Pryce" -> ["Owen", "Pryce"].
    """
    honorifics = lexicon("honorifics.txt")
    possessive = ("’s", "'s", "’", "'")
    owner_ends = [i for i, t in enumerate(tokens[:-1]) if t.text in possessive]
    tokens = tokens[owner_ends[-1] + 1 :] if owner_ends else tokens
    words = []
    indices = {t.i for t in tokens}
    for t in tokens:
        after = t.doc[t.i + 1 : t.i + 3]
        if len(after) == 2 and after[0].text == "-" and not t.whitespace_ and after[1].i not in indices:
            # "Stuart Stanton-Davies" with the entity cut at the hyphen; "the Oscar-nominated
            # Owen": a modifier, not a given name.
            if after[1].is_title and not after[0].whitespace_:
                words.append(f"{t.text}-{after[1].text}")
            continue
        if words and t.i > 0 and not t.doc[t.i - 1].whitespace_ and (t.text == "-" or t.doc[t.i - 1].text == "-"):
            words[-1] = words[-1].rstrip("-") + "-" + t.text.lstrip("-")  # "Kilroy-Silk" is one surname
        elif t.text not in possessive and not t.is_punct and not t.is_space:
            words.append(t.text)
    words = [w for w in words if w.lower().rstrip(".") not in honorifics and any(c.isalpha() for c in w)]  # not "Kim 3-6"
    words = _without_descriptor(words)
    if words and len(words[-1]) > 3 and words[-1].endswith(".") and words[-1] not in ("Jr.", "Sr."):
        # "said ISM survey chairman Norbert Ore.": the tokenizer read the sentence's full stop
        # as the end of an abbreviation (Ore. for Oregon).
        words[-1] = words[-1][:-1]
    return words


def _without_descriptor(words: list[str]) -> list[str]:
    """"Lawyer Louise Christian", "Unison Dave Prentis": the recognizer took a job or an
    organisation in front of a name into it; the name starts at its given name."""
    first = next((i for i, w in enumerate(words) if _name_gender(w) is not None), 0)
    initials = any(len(w.rstrip(".")) == 1 or w.endswith(".") for w in words[:first])  # "J. Maria Okafor"
    return words[first:] if len(words) - first >= 2 and not initials else words


def cast_of(doc: Doc) -> Cast:
    """Everyone the article names: full names grouped by surname, in order of appearance."""
    cast = Cast()
    parties = lexicon("party_names.txt")
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text.lower().removeprefix("the ") in parties:
            # "the Liberal Democrats challenge Labour": a party the recognizer took for a person.
            cast.mentions.append(Mention(offset=ent.start_char, kind="organisation", name=ent.text, salience=_salience(ent)))
        elif ent.label_ == "PERSON" and _place_of_place(ent):
            continue
        elif ent.label_ == "PERSON" or (ent.label_ == "ORG" and _speaking_name(ent)):
            words = _name_tokens(_with_given_name(doc, ent))
            if words:
                known = _add_person(doc, ent, words, cast)
                cast.mentions.append(Mention(offset=ent.start_char, kind="person", name=known.name, salience=_salience(ent)))
        elif ent.label_ in ORG_LABELS and (known := cast.people.get(ent.text.removesuffix("’s").removesuffix("'s").lower())):
            # "Mr Kilroy-Silk" labelled ORG once the article has named him.
            cast.mentions.append(Mention(offset=ent.start_char, kind="person", name=known.name, salience=_salience(ent)))
        elif ent.label_ in ORG_LABELS:
            cast.mentions.append(Mention(offset=ent.start_char, kind="organisation", name=_org_name(ent.text), salience=_salience(ent)))
            if ent.label_ == "ORG":
                cast.orgs.add(_org_name(ent.text))
    _short_names_first(cast)
    _bare_surnames(doc, cast)
    _unnamed_sources(doc, cast)
    return cast


def _short_names_first(cast: Cast) -> None:
    """A headline's "Kilroy" before the text's "Robert Kilroy-Silk": a lone name that is
    another word of exactly one fuller name is that person."""
    for key, person in list(cast.people.items()):
        if " " not in person.name and (fuller := _by_given_name(person.name, cast)) is not None:
            cast.people[key] = fuller


def _place_of_place(ent) -> bool:
    """"in Chatham, Kent": a county or state set after a town is a place, whatever the label."""
    root = ent.root
    return root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC") and len(ent) <= 2


def _with_given_name(doc: Doc, ent) -> list[Token]:
    """The entity's tokens, with a given name the recognizer left out in front:
    "Anders Holm" tagged as just "Holm"."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        before is not None and not before.ent_type_ and before.pos_ == "PROPN" and before.is_title
        and before.dep_ == "compound" and ent.start <= before.head.i < ent.end and _name_gender(before.text) is not None
    ):
        return [before, *ent]
    return _nicknamed(doc, ent) or list(ent)


def _nicknamed(doc: Doc, ent) -> list[Token] | None:
    """"Brian 'Head' Welch": the given name before a quoted nickname (the recognizer labels
    "Brian" and "Welch" apart); the canonical name leaves the nickname out."""
    close = ent.start - 1
    if close < 3 or not doc[close].is_quote or len(ent) != 1:
        return None
    opening = next((j for j in range(close - 1, max(close - 4, 0), -1) if doc[j].is_quote), None)
    given = doc[opening - 1] if opening else None
    if given is None or not given.is_title or _name_gender(given.text) is None:
        return None
    return [given, *ent]


def _unnamed_sources(doc: Doc, cast: Cast) -> None:
    """"Tony Blair's official spokesman declined to say… He said:": an unnamed subject
    source is what a later pronoun refers to, not the man named in its possessive."""
    anonymous = lexicon("anonymous_sources.txt")
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.lemma_.lower() not in anonymous:
            continue
        core = core_mention(token)
        if any(t.ent_type_ == "PERSON" and t.i >= token.i for t in core) or _appositive_name(token):
            continue  # named after all: "spokesman Dmitry Peskov", "the spokesman, Jo Li,"
        one = None if token.tag_ == "NNS" else {"spokesman": "m", "spokeswoman": "f"}.get(token.lower_, "?")
        name = doc.text[core[0].idx : core[-1].idx + len(core[-1])]
        cast.mentions.append(Mention(offset=core[0].idx, kind="anonymous", name=name, salience=_rank(token), one=one))
    cast.mentions.sort(key=lambda m: m.offset)


def _bare_surnames(doc: Doc, cast: Cast) -> None:
    """"Wardle was speaking…" where NER missed the name: a proper noun that is a known
    person's surname is a mention of them, so pronouns can find it."""
    for token in doc:
        if token.pos_ == "PROPN" and not token.ent_type_:
            person = cast.person(token.text)
            if person is not None:
                cast.mentions.append(Mention(offset=token.idx, kind="person", name=person.name, salience=_rank(token)))
    cast.mentions.sort(key=lambda m: m.offset)


def _fuller(words: list[str], known: list[str]) -> bool:
    """Whether a name says more than the one known: more words, or as many opening with a
    given name ("Tim Henman" after the headline's "Classy Henman")."""
    if len(words) != len(known):
        return len(words) > len(known)
    return _name_gender(words[0]) is not None and _name_gender(known[0]) is None


def _name_gender(first: str) -> str | None:
    """The pronoun a common given name usually takes, from ``first_names.txt`` ("Jeanne-Marie": Jeanne's)."""
    names = table("first_names.txt")
    return names.get(first.lower()) or names.get(first.lower().split("-")[0])


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
    for related in (*ent.root.children, ent.root.head):
        if related.dep_ == "appos" or (related is ent.root.head and ent.root.dep_ == "appos"):
            # The appositive's head and its compounds ("the Kremlin spokesman"), not every noun
            # in it ("real name Calvin Broadus, plus associates, in a lawsuit").
            words.update(t.lower_ for t in (related, *related.children) if t.pos_ == "NOUN" and (t is related or t.dep_ == "compound"))
    return words


def _title_gender(doc: Doc, start: int) -> str | None:
    """"Mr Macron" is a he, "Ms Doe" a she: an honorific opening or just before a name tells."""
    for i in (start, start - 1):
        title = doc[i].lower_.rstrip(".") if i >= 0 else ""
        if title in FEMALE_TITLES:
            return "f"
        if title in MALE_TITLES:
            return "m"
    return None


def _org_name(text: str) -> str:
    """"The Kremlin" -> "Kremlin"; "the UN’s" -> "UN"."""
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.removesuffix("’s").removesuffix("'s").strip()


def resolve(doc: Doc, found: list[Found]) -> list[Speaker]:
    """A speaker for each statement, in the same order."""
    cast = cast_of(doc)
    speakers: list[Speaker] = []
    for f in found:
        if f.follows and speakers:
            speaker = speakers[-1]
        elif speakers and _goes_on(doc, f, speakers[-1], cast, found[len(speakers) - 1]):
            # "…,” he added: the speaker going on is the one just quoted.
            speaker = replace(speakers[-1], mention=f.mention)
        else:
            speaker = _resolve_one(doc, f, cast)
        if speaker.type in ("person", "organisation") and speaker.mention is not None:
            # Someone just reported speaking is as salient as a main verb's subject.
            cast.mentions.append(Mention(offset=speaker.mention.start, kind=speaker.type, name=speaker.name, salience=3))
            cast.mentions.sort(key=lambda m: m.offset)
        speakers.append(speaker)
    return [_with_role(s, cast) for s in speakers]


def _goes_on(doc: Doc, f: Found, previous: Speaker, cast: Cast, before: Found) -> bool:
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
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    stance = {c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"}
    return verb.lemma_.lower() in lexicon("reporting_verbs.txt") or bool(stance & STANCES)


def _resolve_one(doc: Doc, f: Found, cast: Cast) -> Speaker:
    if f.source_token is None or f.mention is None:
        return Speaker(name=None, type="unknown")
    head = doc[f.source_token]
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        # "Hill, who has worked there for 20 years, said": the mention is "who", the speaker Hill.
        noun = head.head.head
        resolved = _resolve_one(doc, replace(f, source_token=noun.i, mention=mention_span(doc, noun)), cast)
        return replace(resolved, mention=f.mention)
    tokens = core_mention(head)
    role = _role_of(doc, head, tokens)
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in GROUP_PRONOUNS:
        return _antecedent(head, f.mention, cast, f.content)
    label = doc.char_span(f.mention.start, f.mention.end, alignment_mode="contract") if f.cue and f.cue.text == ":" else None
    if label is not None and transcript_name(list(label)):
        # "KATE BOLDUAN: Why not debate?": a transcript's speaker, written in capitals.
        name = " ".join(w.title() for w in _name_tokens(list(label)))
        known = cast.person(name.split()[-1])
        return Speaker(name=known.name if known and not known.name.isupper() else name, type="person", mention=f.mention)
    named = _appositive_name(head, f.mention)
    if named is not None:
        # "The head teacher, Simon Clarke, said": the name is in the appositive.
        noun = [t for t in tokens if t.pos_ != "DET"]
        role = doc.text[noun[0].idx : noun[-1].idx + len(noun[-1])] if noun else role
        return _named_person(doc, named, f.mention, role, cast)
    # "Mr Blair's spokesman": a name inside a possessive qualifies the speaker, it is not them.
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    tokens = [t for t in tokens if t.i not in owner] or tokens
    if any(t.ent_type_ == "PERSON" for t in tokens) or _looks_personal(tokens, cast):
        return _named_person(doc, tokens, f.mention, role, cast)
    # "the American said": a description, not the Americans as a group ("the Tories").
    demonym = head.ent_type_ == "NORP" and head.tag_ == "NNP" and any(c.dep_ == "det" for c in head.children)
    if head.ent_type_ in ORG_LABELS and head.lemma_.lower() not in lexicon("anonymous_sources.txt") and not demonym:
        ent = next(e for e in doc.ents if e.start <= head.i < e.end)
        return Speaker(name=_org_name(ent.text), type="organisation", role=role, mention=f.mention)
    if head.pos_ == "PROPN" and head.text[:1].isupper() and not demonym:
        return _named_person(doc, tokens, f.mention, role, cast)
    return _common_noun(head, f.mention, cast)  # also a lower-case word tagged PROPN ("the defence ministry")


def _appositive_name(head: Token, mention: Span | None = None) -> list[Token] | None:
    """The tokens of a person's name given in apposition to a title ("The head teacher,
    Simon Clarke,", "The Shadow Secretary of State for the Family, Theresa May,"), inside
    the mention: "Reid: 'Never underestimate Trump.'" must not make Trump the speaker."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
        return None
    for child in head.children:
        outside = mention is not None and not mention.start <= child.idx < mention.end
        if child.dep_ != "appos" or outside or child.pos_ != "PROPN":
            continue  # "Grimm, a Donald Trump supporter": the appositive is no name
        if any(t.ent_type_ == "PERSON" for t in child.subtree) or _unlabelled_name(list(child.subtree)):
            return [t for t in child.subtree if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
    return None


def _add_person(doc: Doc, ent, words: list[str], cast: Cast) -> Person:
    """The person a name gives, added to the cast or merged with the one of that surname."""
    full = " ".join(words)
    known = cast.person(full) or (_by_given_name(words[0], cast) if len(words) == 1 else None)
    gender = _title_gender(doc, ent.start) or (_name_gender(words[0]) if len(words) > 1 else None)
    if known is not None and _namesake(words, known.name.split()):
        known = None  # "Azmat Begg, father of Moazzam": another Begg, kept under the full name
        key = full.lower()
    else:
        key = words[-1].lower()
    if known is None:
        known = cast.people[key] = Person(name=full, gender=gender)
    else:
        # "Ms James" after "Rhys James": a title tells; a given name only hints.
        known.gender = _title_gender(doc, ent.start) or known.gender or gender
        if _fuller(words, known.name.split()):
            known.name = full
    known.titles.update(_titles_of(doc, ent))
    return known


def _speaking_name(ent) -> bool:
    """"Julia Eccleshare, chair of the judging panel, said", labelled ORG: a person's name
    with a role given or a reporting verb. Not the film "Vera Drake" in "the success of Vera Drake"."""
    root = ent.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon("reporting_verbs.txt")
    described = root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)
    return _unlabelled_name(list(ent)) and (speaks or described)


def _unlabelled_name(tokens: list[Token]) -> bool:
    """"…, Theresa May, said": a name the recognizer missed or took for an organisation, two
    or three proper nouns opening with a given name."""
    words = [t for t in tokens if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" for t in words) and _name_gender(words[0].text) is not None


def _looks_personal(tokens: list[Token], cast: Cast) -> bool:
    """"Mr Holt" or a known surname alone ("Clarke"), whatever the NER label says."""
    honorifics = lexicon("honorifics.txt")
    propn = [t for t in tokens if t.pos_ == "PROPN"]
    title = tokens[0].lower_.rstrip(".")
    if title in honorifics and len(propn) > (tokens[0].pos_ == "PROPN") and (tokens[0].ent_type_ != "ORG" or title in FEMALE_TITLES | MALE_TITLES):
        return True  # "Mr Pande" even labelled ORG, but not "General Motors"
    # The tagger may read a known surname as a noun ("Moyes continued:").
    named = [t for t in tokens if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)]
    return bool(named) and cast.person(named[-1].text.removesuffix("’s").removesuffix("'s")) is not None


def _named_person(doc: Doc, tokens: list[Token], mention: Span, role: str | None, cast: Cast) -> Speaker:
    """A named person: the canonical name is the fullest name with the same surname."""
    name_tokens = (
        _head_person(tokens) or [t for t in tokens if t.pos_ == "PROPN"]
        or [t for t in tokens if t.pos_ == "NOUN" and t.is_title]  # the tagger's noun "Moyes"
    )
    words = _name_tokens(name_tokens)
    if not words:
        return Speaker(name=" ".join(t.text for t in tokens), type="person", role=role, mention=mention)
    known = cast.person(words[-1]) or (_by_given_name(words[0], cast) if len(words) == 1 else None)
    if known is not None and _namesake(words, known.name.split()):
        known = None  # "Mike Bryan" is not the article's Bob Bryan
    if known is not None and role and not known.role:
        known.role = role
    name = known.name if known is not None else " ".join(words)
    return Speaker(name=name, type="person", role=role or (known.role if known else None), mention=mention)


def _namesake(words: list[str], known: list[str]) -> bool:
    """Two given names before one surname: another person of that name."""
    return (
        len(words) == len(known) == 2 and words[0].lower() != known[0].lower()
        and _name_gender(words[0]) is not None and _name_gender(known[0]) is not None
    )


def _head_person(tokens: list[Token]) -> list[Token]:
    """The name labelled PERSON in a mention: the one the mention is headed by, if any ("Mike
    Powell of Dresdner Kleinwort Wasserstein" is Mike Powell, whatever the bank's label)."""
    labelled = [t for t in tokens if t.ent_type_ == "PERSON"]
    indices = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in indices or t.head is t), None)
    if head is None or head.ent_type_ != "PERSON":
        return labelled
    ent = next(e for e in head.doc.ents if e.start <= head.i < e.end)
    return [t for t in labelled if ent.start <= t.i < ent.end]


def _by_given_name(word: str, cast: Cast) -> Person | None:
    """"Wang Yan … Wang said": a lone name that is another word of exactly one known
    person's name (family name first, or a first name, or the first half of a double-barrelled
    surname: "Kilroy" for Robert Kilroy-Silk) is that person."""
    matches = [p for p in cast.people.values() if word.lower() in _other_words(p.name)]
    return matches[0] if len(matches) == 1 else None


def _other_words(name: str) -> list[str]:
    *given, surname = name.lower().split()
    return given + surname.split("-")[:-1]


def _role_of(doc: Doc, head: Token, tokens: list[Token]) -> str | None:
    """The title or function the article gives the speaker, if any.

    Words before the name in the mention ("Kremlin spokesman Dmitry Peskov"),
    or an appositive ("Hugh Hill, a doctor, said" -> "doctor").
    """
    honorifics = lexicon("honorifics.txt")
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    if names:
        before = [t for t in tokens if t.i < names[0].i]
        while before and before[0].pos_ == "DET":
            before = before[1:]
        if before and not (len(before) == 1 and before[0].lower_.rstrip(".") in honorifics):
            # The article's own characters: "Secretary-General", "Russia’s … (SVR) Director".
            return doc.text[before[0].idx : before[-1].idx + len(before[-1])]
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    if appos is not None and appos.ent_type_ != "PERSON":
        words = [t for t in appos.subtree if not t.is_punct]
        while words and words[0].pos_ == "DET":
            words = words[1:]
        return doc.text[words[0].idx : words[-1].idx + len(words[-1])] if words else None
    return None


def _antecedent(pronoun: Token, mention: Span, cast: Cast, said: tuple[Span, ...] = ()) -> Speaker:
    """The person (he/she) or group (they/it) a pronoun most likely refers to.

    The nearest sentence with a compatible mention wins; within it a subject
    beats an object, which beats a possessive; then the later mention.
    """
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    starts = [sent.start_char for sent in pronoun.doc.sents]
    best: tuple[tuple[int, int, bool, int], Mention] | None = None
    for m in cast.mentions:
        if m.offset >= mention.start or not _compatible(m, gender, cast):
            continue
        if any(p.start <= m.offset < p.end for p in said):
            continue  # '"…players like Ancic…," he said': no one names themselves in their own words
        # Within a sentence and a rank, someone known to be a "she" before someone of unknown gender.
        person = cast.person(m.name) if m.kind == "person" else None
        fits = gender is not None and person is not None and person.gender == gender
        key = (bisect_right(starts, m.offset), m.salience, fits, m.offset)
        if best is None or key > best[0]:
            best = (key, m)
    if best is None:
        return Speaker(name=None, type="unknown", mention=mention)
    found = best[1]
    person = cast.person(found.name) if found.kind == "person" else None
    if person is not None and person.gender is None:
        person.gender = gender  # a later "she" must not take a man this "he" named
    # The fullest name the article gives, also one it gives after this mention ("Lord Butler" … "Robin Butler").
    return Speaker(name=person.name if person is not None else found.name, type=found.kind, mention=mention)


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


def _salience(ent) -> int:
    """3 for the subject of a sentence's main verb ("Neil Kinnock said Mr Blair could…"), 2 for
    a subject inside a clause (Mr Blair there), 0 for a possessive ("Mr Howard's stance"), else 1."""
    root = ent.root
    while root.dep_ in ("compound", "appos", "flat") and root.head is not root:
        root = root.head
    return 0 if ent.text.endswith(("’s", "'s")) else _rank(root)


def _rank(token: Token) -> int:
    """The salience of a mention headed by ``token`` (see ``_salience``)."""
    if token.dep_ == "poss":
        return 0
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return 1
    return 3 if token.head.dep_ == "ROOT" else 2


def _common_noun(head: Token, mention: Span, cast: Cast) -> Speaker:
    """"a spokesman", "officials", "the ministry": anonymous or institutional sources.

    A definite title that matches a known person's role ("the spokesman" after
    "Kremlin spokesman Dmitry Peskov") is that person.
    """
    lemma = head.lemma_.lower()
    core = core_mention(head)
    words = head.doc.text[core[0].idx : core[-1].idx + len(core[-1])]  # "a spokesman", not its relative clause
    if _definite(head):
        for m in reversed(cast.mentions):
            offset, kind, name = m.offset, m.kind, m.name
            if offset >= mention.start:
                continue
            person = cast.person(name) if kind == "person" else None
            if person is not None and (head.lower_ in person.titles or lemma in person.titles):
                return Speaker(name=person.name, type="person", role=person.role, mention=mention)
            if lemma in ORG_NOUNS and kind == "organisation" and name in cast.orgs:
                return Speaker(name=name, type="organisation", mention=mention)
    if lemma in ORG_NOUNS and _definite(head):
        return Speaker(name=_org_name(words), type="organisation", mention=mention)
    if (only := _only_person(head, mention, cast)) is not None:
        return Speaker(name=only.name, type="person", role=only.role, mention=mention)
    cast.mentions.append(Mention(offset=mention.start, kind="anonymous", name=words))
    return Speaker(name=words, type="anonymous", mention=mention)


def _only_person(head: Token, mention: Span, cast: Cast) -> Person | None:
    """"The former teacher said", "the England skipper told": a description of a person in
    an article that has named one person before it is that person. With two or more named,
    a description stays as written: the last one named is often someone else."""
    if not any(c.lower_ == "the" for c in head.children if c.dep_ == "det") or head.tag_ not in ("NN", "NNP"):
        return None
    if any(c.dep_ == "poss" for c in head.children) or not _describes_a_person(head):
        return None
    people = {m.name for m in cast.mentions if m.kind == "person" and m.offset < mention.start}
    if len(people) != 1:
        return None
    return cast.person(next(iter(people)))


def _describes_a_person(head: Token) -> bool:
    """"the chancellor", "the Waterford man", "the 34-year-old", "the American"."""
    word = head.lower_
    modified = any(c.dep_ in ("compound", "amod", "nmod") for c in head.children)
    return (
        word in lexicon("person_nouns.txt") or word.endswith("-year-old") or head.ent_type_ == "NORP"
        or (word in ("man", "woman") and modified)
    )


def _definite(head: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in head.children if c.dep_ == "det")


def _with_role(speaker: Speaker, cast: Cast) -> Speaker:
    """Give every statement of a person the role the article gave them anywhere."""
    if speaker.type != "person" or speaker.role or not speaker.name:
        return speaker
    person = cast.person(speaker.name)
    if person is None or not person.role:
        return speaker
    return Speaker(name=speaker.name, type=speaker.type, role=person.role, mention=speaker.mention)
