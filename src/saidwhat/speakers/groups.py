"""Joint speakers: "Tesco, Asda and Morrisons all said…" is said by each of them.

A speaker mention whose head the parser coordinates with other nouns by "and" names
a group: "the prime minister and the chancellor", "Mr Blair and his wife", "Labour and
the Conservatives both". ``members`` gives the heads of the others, and ``own_mention``
the words that name one member alone; ``resolve_group`` resolves each as any speaker
(``mentions.resolve_one``), and ``they_again``, ``they_going_on`` and ``they_named_together``
take a "they" for the group that spoke or was named just before; "both countries", "the pair",
"the couple" (also a "they" that means them), "the former" and "the latter" are ``pairs``'.
What the parser coordinates is read by ``coordination``. Precision matters more than recall: a
wrong co-speaker puts words in someone's mouth, so a coordination is one speaker wherever it may
be one:

- one name with "and" or "&" in it: "Marks and Spencer", "Procter & Gamble", "Ernst &
  Young" (the recognizer's one entity across the "and", a name in joint_names.txt, or one
  the article labels an organisation elsewhere);
- one body named after what it is: "local group Victims and Citizens Against Crime",
  "think-tank Pew Internet and American Life" (a singular noun of a body before the name,
  or words after the last member that hang on the first: "Against Crime");
- titles of one person: "chairman and chief executive Terry Leahy", "Kamal Nath, Commerce
  and Industry Minister", "media and PR strategist Glen Yearwood" (a common noun or a title
  with no "the" or "his" of its own is a title, not someone else; where the parser heads the
  mention by the title's first noun, the name speaks and the title is its role);
- a possessive over the pair: "Tesco and Asda's spokesman" is one spokesman;
- members far apart: "The organisers, which brings together campaigners…, and many other
  causes" (only commas and "and" may stand between one member's words and the next's), or
  after a phrase the "and" may continue: "A spokesman for the Department for Culture, Media
  and Sport" is no group of a spokesman, Media and Sport;
- "or", "nor", "but", "as well as": not a joint statement.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Span, Speaker
from ..nlp import entity_of, text_between, text_of
from ..quotes import Found, core_mention, mention_span
from ..resources import lexicon
from .body_descriptions import body_in_apposition, fuller_body
from .cast import Cast
from .coordination import conjuncts, joined_by_and, one_name, side_by_side
from .documents import issuers_together
from .mentions import resolve_one
from .pairs import former_or_latter, the_two
from .names import ORG_NOUNS, a_title, conjunct_name, is_party, name_gender, named_head, org_name
from .pronouns import PAIR_WORDS, meant
from .roles import holds_title, role_text

# Nouns and pronouns that can each name a speaker; an adjective or a verb the parser coordinated cannot.
MEMBER_POS = ("NOUN", "PROPN", "PRON")
# Nouns that say what one body is: "local group Victims and Citizens Against Crime" is one group.
BODY_NOUNS = {"group", "firm", "company", "think-tank", "tank", "charity", "campaign", "coalition", "alliance", "association",
              "organisation", "organization", "body", "union", "agency", "partnership", "consultancy", "band", "duo"}
# Words that say a group spoke as one, not who is in it: "Both Plaid Cymru and…", "Tesco, Asda and Morrisons all".
GROUP_WORDS = {"both", "all", "each", "together", "jointly"}


def members(head: Token, mention: Span, cast: Cast) -> list[Token]:
    """The heads of the other members of a group headed by ``head``, in reading order, each
    inside ``mention``; [] where the coordination names one speaker (see the module)."""
    others = conjuncts(head)
    if not others or any(not mention.start <= t.idx < mention.end for t in others):
        return []
    group = [head, *others]
    if not joined_by_and(group) or one_name(group, cast) or _possessed(others) or _one_body(head, others):
        return []
    if any(a_title(t) for t in group) or _a_shared_title(head, others) or any(t.pos_ not in MEMBER_POS for t in others):
        return []
    return others if side_by_side(group) else []


def own_mention(doc: Doc, head: Token, within: Span) -> Span | None:
    """The words of ``within`` that name the member headed by ``head`` alone: "Tesco" of
    "Tesco, Asda and Morrisons all", "his finance director Andrew Higginson" of "Terry
    Leahy and his finance director Andrew Higginson"."""
    span = mention_span(doc, head)
    if span is None:
        return None
    start, end = max(span.start, within.start), min(span.end, within.end)
    for child in head.children:
        if child.dep_ == "preconj" or (child.i < head.i and child.lower_ in GROUP_WORDS):
            start = max(start, child.idx + len(child.text))  # "Both Plaid Cymru and…": "both" is the group's
        elif child.dep_ in ("cc", "conj") and child.i > head.i:
            end = min(end, child.left_edge.idx)  # the next member and all after it are others
    text = text_of(doc)  # doc.text joins every token again: per statement, that was slow
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return Span.of(text, start, end) if start < end else None


def _possessed(others: list[Token]) -> bool:
    """"Tesco and Asda's spokesman": a name as owner of a member, which the parser hangs on it
    alone, may own the whole pair; "Mr Blair and his wife", "Putin and the country's legal
    authorities" are two."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for t in others for c in t.children)


def _a_shared_title(head: Token, others: list[Token]) -> bool:
    """"media and PR strategist Glen Yearwood": a bare common noun first (no determiner, possessive,
    number or adjective) and a name after it are the words of one person's title."""
    bare = head.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "appos") for c in head.children)
    return bare and any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in others)


def _named_after_title(head: Token, mention: Span) -> Token | None:
    """The name in "media and PR strategist Glen Yearwood", where the parser heads the mention
    by the title's first noun and hangs the name on it by "and": one name labelled PERSON, with
    title words of its own in front ("PR strategist"), after a bare common noun that can be a
    title (``_a_title_noun``). Not "staff and John Smith" (no title before the name: two
    speakers, or a group, ``members``)."""
    name = conjunct_name(head, mention)  # the one conjunct, with none after it: "…and John Smith and Ann Lee" is a group
    if name is None or conjuncts(name) or head.ent_type_ or not _a_title_noun(head) or not _a_shared_title(head, [name]):
        return None
    if not joined_by_and([head, name]):
        return None
    start = entity_of(name).start
    titled = any(c.dep_ in ("compound", "amod", "nmod") and c.i < start and c.pos_ == "NOUN" and not c.ent_type_ for c in name.children)
    return name if titled else None


# Plurals that name a trade, not several people, in front of a title: "media and PR strategist
# Glen Yearwood", "sales and marketing director".
TRADE_PLURALS = {"communications", "media", "operations", "sales", "sports"}


def _a_title_noun(head: Token) -> bool:
    """Whether the first noun of "X and <title> <name>" can be the person's title, as
    ``names.titled_conjunct`` asks of its own: not a body's noun ("according to football club and
    former European champion Borussia Dortmund" is the club's name), nor people in the plural
    ("according to parents and head teacher Jane Smith" is them and her)."""
    if head.lemma_.lower() in ORG_NOUNS or head.lower_ in ORG_NOUNS:
        return False
    return head.tag_ != "NNS" or head.lower_ in TRADE_PLURALS


def _titled_name(doc: Doc, f: Found, head: Token, named: Token, cast: Cast) -> Speaker:
    """"according to media and PR strategist Glen Yearwood": the parser coordinates the title's
    first noun with the name (``_named_after_title``); the name speaks, and the words before it
    are its title, for their later statements too ("Nortel president and chief executive")."""
    speaker = resolve_one(doc, replace(f, source_token=named.i), cast)
    title = role_text(list(doc[head.left_edge.i : entity_of(named).start]))
    if speaker.type != "person" or title is None:
        return speaker
    person = cast.person(speaker.name or "")
    if person is not None and person.role == speaker.role:
        person.role = title  # not "PR strategist", the words the name itself hangs on
    return replace(speaker, role=title)


def _one_body(head: Token, others: list[Token]) -> bool:
    """"local group Victims and Citizens Against Crime": a singular noun of a body in front of the
    first member ("firms Earthlink and Webroot" are two), or words hung on the first member after
    the last ("Against Crime"), make the coordination one body's name."""
    before = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "nmod", "amod")]
    if any(c.tag_ == "NN" and (c.lower_ in BODY_NOUNS or c.doc[c.left_edge.i : c.i + 1].text.lower() in BODY_NOUNS) for c in before):
        return True
    last = others[-1].i
    return any(c.i > last and c.dep_ in ("prep", "compound", "nmod", "pobj") for c in head.children)


def named_together(doc: Doc, offset: int, cast: Cast) -> list[str]:
    """The organisations named as one group with the one named at ``offset``, itself first in
    reading order: "Consumer electronics giants Hitachi and Matshushita Electric are joining
    forces … They said" is said by both, when "they" means Hitachi. [] where the coordination
    names one speaker (``members``) or any member is no organisation the article names."""
    token = named_head(doc, offset)
    while token is not None and token.dep_ == "conj" and token.head.pos_ in MEMBER_POS:
        token = token.head  # "Matshushita Electric" of "Hitachi and …": the group starts at Hitachi
    mention = mention_span(doc, token) if token is not None else None
    if token is None or mention is None or not members(token, mention, cast):
        return []
    group = [token, *members(token, mention, cast)]
    names = [org_name(entity_of(t).text) if t.ent_type_ else "" for t in group]
    # A party whatever its label: "Labour and the Tories" (PERSON and NORP to the recognizer).
    bodies = all(is_party(n) or (t.ent_type_ == "ORG" and n in cast.orgs) for t, n in zip(group, names))
    return names if bodies and len(set(names)) == len(names) else []


def resolve_group(doc: Doc, f: Found, cast: Cast) -> tuple[Speaker, ...]:
    """The speaker of a statement, or the members of the group its mention names ("Labour and
    the Conservatives both said"), each with its own words as its mention. A member that
    resolves to no one, or to one already in the group, is left out."""
    head = doc[f.source_token] if f.source_token is not None and f.mention is not None else None
    if head is not None and (first := issuers_together(head)) is not None and (span := mention_span(doc, first)) is not None:
        # "Reports in the Wall Street Journal and the Financial Times": the papers say it, where
        # each is someone (tried on a copy: never the first paper alone).
        issued = replace(f, source_token=first.i, mention=span)
        if members(first, span, cast) and len(resolve_group(doc, issued, deepcopy(cast))) > 1:
            return resolve_group(doc, issued, cast)
    if head is not None and (two := the_two(doc, head, f.mention, cast)):
        return two
    if head is not None and (one := former_or_latter(doc, head, f.mention, cast)) is not None:
        return (one,)
    if head is not None and (named := _named_after_title(head, f.mention)) is not None:
        return (_titled_name(doc, f, head, named, cast),)
    others = members(head, f.mention, cast) if head is not None else []
    own = own_mention(doc, head, f.mention) if others else None
    # Tried on a copy first: resolving leaves its mark on the cast (a role, a mention), and a group
    # that turns out one speaker ("Munich Re and Swiss Re", one surname) is resolved as before.
    if not others or own is None or len(_members_of(doc, f, own, others, deepcopy(cast))) < 2:
        speaker = fuller_body(doc, resolve_one(doc, f, cast), cast)
        return _the_two_meant(doc, f, speaker, cast) or (speaker,)
    group = _members_of(doc, f, own, others, cast)
    return tuple(_like_the_others(s, group, cast) for s in group)


def _the_two_meant(doc: Doc, f: Found, speaker: Speaker, cast: Cast) -> tuple[Speaker, ...]:
    """"Smith and Jones were cleared… The couple said… They added": a "they" that means "the
    couple" or "the pair" (``pronouns.meant``) is the two ``the_two`` finds for that noun, each
    with the pronoun as its mention; () where it finds none, and "they" stays the noun as written."""
    head = doc[f.source_token] if f.source_token is not None and f.mention is not None else None
    if head is None or head.lower_ != "they" or speaker.type != "anonymous":
        return ()
    meaning = meant(head, f.mention.start, cast, f.content)
    noun = next((t for t in doc if meaning is not None and t.left_edge.idx == meaning.offset and t.lower_ in PAIR_WORDS), None)
    return the_two(doc, noun, f.mention, cast) if noun is not None and meaning.kind == "anonymous" else ()


def _members_of(doc: Doc, f: Found, own: Span, others: list[Token], cast: Cast) -> list[Speaker]:
    """The speaker of ``own``, the first member's own words, then each other member's that
    resolves to someone not already in the group."""
    group = [fuller_body(doc, resolve_one(doc, replace(f, mention=own), cast), cast)]
    for member in others:
        mention = own_mention(doc, member, f.mention)
        if mention is None:
            continue
        speaker = body_in_apposition(member, mention) or fuller_body(
            doc, resolve_one(doc, replace(f, source_token=member.i, mention=mention), cast), cast
        )
        speaker = _as_described(member, speaker, cast)
        if speaker.name and speaker.type != "unknown" and all((s.name, s.type) != (speaker.name, speaker.type) for s in group):
            group.append(speaker)
    return group


def _as_described(head: Token, speaker: Speaker, cast: Cast) -> Speaker:
    """A member described, not named ("the prime minister and the chancellor"), is a person the
    article named only if it gave them that title ("Chancellor Gordon Brown"): the one person
    named before, which a lone description may mean, is likelier the other member."""
    mention = speaker.mention
    if head.pos_ != "NOUN" or speaker.type != "person" or not speaker.name or mention is None:
        return speaker
    person = cast.person(speaker.name)
    if speaker.name.split()[-1] in mention.text or (person is not None and holds_title(person, head)):
        return speaker
    core = core_mention(head)
    return Speaker(name=text_between(core[0], core[-1]), type="anonymous", mention=mention)


def _like_the_others(member: Speaker, group: list[Speaker], cast: Cast) -> Speaker:
    """"Tesco, Asda and Morrisons", "The Sunday Times and The Sunday Telegraph": a name the
    recognizer calls a person's, written with no first name or title, whom the article never gives
    a gender or another name, listed among bodies only, is a body too, named as written."""
    others = [s for s in group if s is not member and s.type != "anonymous"]
    if member.type != "person" or not member.name or not member.mention or not others or any(s.type != "organisation" for s in others):
        return member
    words = org_name(member.mention.text).split()  # "Sunday Telegraph", which the person's name cut to "Telegraph"
    personal = lexicon("honorifics.txt") | lexicon("person_nouns.txt")
    if not words or words[-1] != member.name.split()[-1] or not all(w[:1].isupper() for w in words):
        return member  # "Smith, 43,", "his partner Smith": written as a person's
    if name_gender(words[0]) is not None or any(w.lower().rstrip(".") in personal for w in words):
        return member  # "Mr Smith", "John Smith", "Minister Smith"
    person = cast.person(member.name)
    if person is not None and (person.gender is not None or person.name not in (member.name, " ".join(words))):
        return member
    return Speaker(name=" ".join(words), type="organisation", mention=member.mention)


def they_again(doc: Doc, f: Found, group: tuple[Speaker, ...], before: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    """"Labour and the Conservatives both said… They added…": "they" or "we" that resolves to a
    member of the group that made the statement just before is that group again, each member with
    the pronoun as its mention. Only then: a "they" later on may be any of them, or others."""
    head = doc[f.source_token] if f.source_token is not None else None
    if head is None or head.lower_ not in ("they", "we") or len(group) != 1 or len(before) < 2:
        return group
    if (group[0].name, group[0].type) not in {(s.name, s.type) for s in before}:
        return group
    return tuple(replace(s, mention=f.mention) for s in before)


def they_going_on(doc: Doc, f: Found, group: tuple[Speaker, ...], before: tuple[Speaker, ...], said: Found, cast: Cast) -> tuple[Speaker, ...]:
    """"John Smith and Peter Jones said the economy was weak. They added…", also after "A report by
    John Smith and Peter Jones said…": a "they" subject in the sentence after the group that just
    spoke is that group, each member with the pronoun as its mention, where nothing a "they" may
    mean was named since the group (``pronouns.meant``). People are no "they" to the antecedent
    rule, which gave no one, or a body named before them ("The Bank of England raised rates.").
    Not "…. Analysts at Goldman Sachs disagree. They said": named since, they are those."""
    head = doc[f.source_token] if f.source_token is not None and f.mention is not None else None
    starts = [s.mention.start for s in before if s.mention is not None]
    if head is None or head.lower_ != "they" or len(group) != 1 or len(before) < 2 or not starts or not said.content:
        return group
    if cast.sentence_of(f.mention.start) > cast.sentence_of(max(p.end for p in said.content) - 1) + 1:
        return group  # further on, a "they" may be anyone
    meaning = meant(head, f.mention.start, cast, f.content)
    if meaning is not None and meaning.offset >= min(starts):
        return group  # named since the group, or a member of it (``they_again``)
    since = max([p.end for p in said.content] + ([said.mention.end] if said.mention is not None else []))
    if _plural_subject(doc, since, f.mention.start, f.content):
        return group
    return tuple(replace(s, mention=f.mention) for s in before)


def _plural_subject(doc: Doc, start: int, end: int, content: tuple[Span, ...]) -> bool:
    """Whether a plural noun is a subject between ``start`` and ``end``, outside what the "they"
    said (``content``: "The other five Iraqis did not die in custody…, they said" is the judges
    going on): "…weak, but many economists disagree. They said…", "Shop owners are less gloomy:
    they say…" — people the cast does not name, whom the "they" may mean as well as the group."""
    between = doc.char_span(start, end, alignment_mode="contract")
    said = [(p.start, p.end) for p in content]
    return between is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and not any(a <= t.idx < b for a, b in said)
        for t in between
    )


def they_named_together(doc: Doc, f: Found, group: tuple[Speaker, ...], cast: Cast) -> tuple[Speaker, ...]:
    """"Hitachi and Matshushita Electric are joining forces… They said": a "they" that resolves to
    an organisation the article last named beside others, by "and" as one group, is that group,
    each member with the pronoun as its mention (``groups.named_together``)."""
    head = doc[f.source_token] if f.source_token is not None and f.mention is not None else None
    speaker = group[0]
    if head is None or head.lower_ != "they" or len(group) != 1 or speaker.type != "organisation":
        return group
    named = [m for m in cast.mentions if m.offset < f.mention.start and m.kind == "organisation" and m.name == speaker.name]
    together = named_together(doc, named[-1].offset, cast) if named else []
    if speaker.name not in together:
        return group
    return tuple(Speaker(name=name, type="organisation", mention=f.mention) for name in together)
