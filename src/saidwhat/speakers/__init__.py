"""Speakers: resolve each statement's mention to one canonical source.

Reads the parsed Doc and the ``Found`` statements; returns a ``Speaker`` per
statement. ``cast`` collects who the article names, grouped by surname so "Mr
Macron" and "Macron" become "Emmanuel Macron", and ``bodies`` makes the one-word
names the article calls a firm or a group ("Swiss drugmaker Novartis") organisations,
whatever the recognizer labels them; this module resolves: pronouns ("he", "she", "they") take the nearest compatible
person or organisation mentioned before them; a title or role in the mention
("Kremlin spokesman Dmitry Peskov", "Hugh Hill, a doctor,") is kept as the
speaker's role for the whole article, and ``roles`` gives a person without one a
description that refers to them ("The attorney general has denied…" then "Lord
Goldsmith said"); ``descriptions`` takes a description for the person the article names
after it ("…, a leading industry figure has said. Tim Renner… told…"); unnamed sources ("a
spokesman", "officials") are anonymous. ``groups`` tells where a mention names several
speakers ("Tesco, Asda and Morrisons all said"); each member is resolved as any speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..model import Span, Speaker
from ..nlp import entity_of, text_between
from ..quotes import RELATIVE_PRONOUNS, Found, core_mention, mention_span, transcript_name
from ..resources import lexicon
from .bodies import ORG_NOUNS, as_bodies, body_in_apposition, body_meant, fuller_body
from .cast import Cast, Mention, Person, by_given_name, cast_of, given_name_before, given_names, one_of
from .descriptions import headline_subject, named_next, only_person, our_journalist, titled_elsewhere, titled_person
from .groups import members, named_together, own_mention
from .names import FEMALE_TITLES, MALE_TITLES, ORG_LABELS, a_full_name, appositive_name, head_person, honorific, is_party, name_gender, name_words, namesake, org_name
from .pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, antecedent, goes_on
from .roles import definite, described_roles, holds_title, named_roles, role_of, title_words, with_role


def resolve(doc: Doc, found: list[Found], quoted: Iterable[tuple[int, int]] = ()) -> list[tuple[Speaker, ...]]:
    """The speakers of each statement, in the same order: one, or the members of a group that
    spoke together, the first named first (``groups``); ``quoted`` are the article's quotations."""
    cast = cast_of(doc)
    as_bodies(doc, cast)  # "Swiss drugmaker Novartis", labelled PERSON: a company, never a "he"
    given_names(doc, cast)  # "Lleyton Hewitt" unlabelled, then "Hewitt": the full name
    cast.hear([*((p.start, p.end) for f in found for p in f.content), *quoted])
    titled_elsewhere(doc, cast)  # "India's finance minister lashed out… He objected…", named later in apposition
    speakers: list[Speaker] = []
    groups: list[tuple[Speaker, ...]] = []
    for f in found:
        if speakers and goes_on(doc, f, speakers[-1], cast, found[len(speakers) - 1]):
            # "…,” he added: the speaker going on is the one just quoted.
            group = (replace(speakers[-1], mention=f.mention),)
        else:
            group = _resolve_group(doc, f, cast)
            group = _they_again(doc, f, group, groups[-1]) if groups else group
            group = _they_named_together(doc, f, group, cast)
        speaker = group[0]
        if speaker.type in ("person", "organisation") and speaker.mention is not None:
            # Someone just reported speaking is as salient as a main verb's subject.
            cast.mentions.append(Mention(offset=speaker.mention.start, kind=speaker.type, name=speaker.name, salience=3))
            cast.mentions.sort(key=lambda m: m.offset)
        speakers.append(speaker)
        groups.append(group)
    named_roles(doc, cast)
    described_roles(doc, cast)  # "The attorney general has denied…" then "Lord Goldsmith said"
    return [tuple(with_role(s, cast) for s in group) for group in groups]


def _they_again(doc: Doc, f: Found, group: tuple[Speaker, ...], before: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    """"Labour and the Conservatives both said… They added…": "they" or "we" that resolves to a
    member of the group that made the statement just before is that group again, each member with
    the pronoun as its mention. Only then: a "they" later on may be any of them, or others."""
    head = doc[f.source_token] if f.source_token is not None else None
    if head is None or head.lower_ not in ("they", "we") or len(group) != 1 or len(before) < 2:
        return group
    if (group[0].name, group[0].type) not in {(s.name, s.type) for s in before}:
        return group
    return tuple(replace(s, mention=f.mention) for s in before)


def _they_named_together(doc: Doc, f: Found, group: tuple[Speaker, ...], cast: Cast) -> tuple[Speaker, ...]:
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


def _resolve_group(doc: Doc, f: Found, cast: Cast) -> tuple[Speaker, ...]:
    """The speaker of a statement, or the members of the group its mention names ("Labour and
    the Conservatives both said"), each with its own words as its mention. A member that
    resolves to no one, or to one already in the group, is left out."""
    head = doc[f.source_token] if f.source_token is not None and f.mention is not None else None
    others = members(head, f.mention, cast) if head is not None else []
    own = own_mention(doc, head, f.mention) if others else None
    # Tried on a copy first: resolving leaves its mark on the cast (a role, a mention), and a group
    # that turns out one speaker ("Munich Re and Swiss Re", one surname) is resolved as before.
    if not others or own is None or len(_members_of(doc, f, own, others, deepcopy(cast))) < 2:
        return (fuller_body(doc, _resolve_one(doc, f, cast), cast),)
    group = _members_of(doc, f, own, others, cast)
    return tuple(_like_the_others(s, group, cast) for s in group)


def _members_of(doc: Doc, f: Found, own: Span, others: list[Token], cast: Cast) -> list[Speaker]:
    """The speaker of ``own``, the first member's own words, then each other member's that
    resolves to someone not already in the group."""
    group = [fuller_body(doc, _resolve_one(doc, replace(f, mention=own), cast), cast)]
    for member in others:
        mention = own_mention(doc, member, f.mention)
        if mention is None:
            continue
        speaker = body_in_apposition(member, mention) or fuller_body(
            doc, _resolve_one(doc, replace(f, source_token=member.i, mention=mention), cast), cast
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
    role = role_of(doc, head, tokens)
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in GROUP_PRONOUNS:
        return antecedent(head, f.mention, cast, f.content)
    label = doc.char_span(f.mention.start, f.mention.end, alignment_mode="contract") if f.cue and f.cue.text == ":" else None
    if label is not None and transcript_name(list(label)):
        # "KATE BOLDUAN: Why not debate?": a transcript's speaker, written in capitals.
        name = " ".join(w.title() for w in name_words(list(label)))
        known = cast.person(name.split()[-1])
        return Speaker(name=known.name if known and not known.name.isupper() else name, type="person", mention=f.mention)
    named = appositive_name(head, f.mention)
    if named is not None:
        # "The head teacher, Simon Clarke, said": the name is in the appositive.
        noun = [t for t in tokens if t.pos_ != "DET"]
        role = text_between(noun[0], noun[-1]) if noun else role
        return _named_person(doc, named, f.mention, role, cast)
    if _spokesperson_of(head, tokens):
        return _anonymous(text_between(tokens[0], tokens[-1]), f.mention, cast, one=one_of(tokens[-1]))
    if (party := _party(head)) is not None:
        # "Labour", "The Lib Dems said": a party the recognizer took for a person speaks as a body.
        return Speaker(name=party, type="organisation", role=role, mention=f.mention)
    # "Mr Blair's spokesman": a name inside a possessive qualifies the speaker, it is not them.
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    owner |= _spoken_for(head)
    tokens = [t for t in tokens if t.i not in owner] or tokens
    # "Deutsche Bank's Simon Champion", all labelled ORG: a full name after the owner is a person.
    # "The Lib Dem leader": a party's name labelled PERSON names no one.
    named = any(t.ent_type_ == "PERSON" and _party(t) is None for t in tokens)
    if named or _looks_personal(tokens, cast) or (owner and a_full_name(tokens)):
        return _named_person(doc, tokens, f.mention, role, cast)
    # "the American said": a description, not the Americans as a group ("the Tories").
    demonym = head.ent_type_ == "NORP" and head.tag_ == "NNP" and any(c.dep_ == "det" for c in head.children)
    if head.ent_type_ in ORG_LABELS and head.lemma_.lower() not in lexicon("anonymous_sources.txt") and not demonym:
        ent = _named_bodies(head, f.mention)
        return Speaker(name=org_name(ent.text), type="organisation", role=role, mention=f.mention)
    if head.pos_ == "PROPN" and head.text[:1].isupper() and not demonym and not _a_capitalised_title(head, tokens):
        if _a_named_body(head, tokens, cast):
            # "The Scottish Executive said": "the" and capitals without a person's name are a body's name.
            name = org_name(text_between(tokens[0], tokens[-1]))
            return Speaker(name=name, type="organisation", role=role, mention=f.mention)
        return _named_person(doc, _without_affiliation(head, tokens), f.mention, role, cast)
    return _common_noun(head, f.mention, cast)  # also a lower-case word tagged PROPN ("the defence ministry")


def _without_affiliation(head: Token, tokens: list[Token]) -> list[Token]:
    """A name the recognizer missed, without where the person works: "Isabelle Kronawitter" of
    "said Isabelle Kronawitter at Hypovereinsbank" (the name was "Isabelle Kronawitter Hypovereinsbank"),
    "Eric Schnaible of the PCO". A bare "of" may be in the name: "Lloyds of London"."""
    place = {t.i for c in head.children if c.dep_ == "prep" and c.i > head.i and _an_affiliation(c) for t in c.subtree}
    return [t for t in tokens if t.i not in place] or tokens


def _an_affiliation(prep: Token) -> bool:
    """"at Hypovereinsbank", "from Oxfam", "of the PCO"; not "of London"."""
    if prep.lower_ in ("at", "from", "with"):
        return True
    return prep.lower_ == "of" and any(c.dep_ == "det" for o in prep.children if o.dep_ == "pobj" for c in o.children)


def _spoken_for(head: Token) -> set[int]:
    """The name of the person an unnamed source speaks for or works for: "Mr Blair" of "A
    spokesman for Mr Blair", "an aide to Gordon Brown". It qualifies the speaker as "Mr
    Blair's" does; the speaker is the spokesman, not Tony Blair. Only a person's name alone:
    a body's spokesman speaks as the body ("A spokeswoman for Chelsea"), and "Shadow spokesman
    for sport Hugh Robertson", "A spokesman for US Customs, Dean Boyd" name the spokesman."""
    if head.ent_type_ == "PERSON" or head.lemma_.lower() not in lexicon("anonymous_sources.txt"):
        return set()
    for prep in head.children:
        words = [t for t in prep.subtree if t is not prep]
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "of") and words and _a_name_alone(words):
            return {prep.i, *(t.i for t in words)}
    return set()


def _a_name_alone(words: list[Token]) -> bool:
    """"Mr Blair", "Gordon Brown": a person's name, or a name after an honorific (the recognizer
    may label "Mr Blair" ORG), and nothing else: not "Chelsea", "distributor Toho"."""
    person = honorific(words[0].text) or any(t.ent_type_ == "PERSON" for t in words)
    return person and all(t.tag_ in ("NNP", "NNPS", "POS") for t in words)


def _a_capitalised_title(head: Token, tokens: list[Token]) -> bool:
    """"The Planning Minister said": a title written with capitals, a description as "the
    planning minister" is (``_common_noun``), not a person called "Planning"."""
    return definite(head) and head.lower_ in lexicon("person_nouns.txt") and not any(t.ent_type_ == "PERSON" for t in tokens)


def _party(token: Token) -> str | None:
    """The party whose name ``token`` is in ("Labour", "the Lib Dems", "Lib Dem"), if any."""
    if not token.ent_type_:
        return None
    name = org_name(entity_of(token).text)
    return name if is_party(name) else None


def _spokesperson_of(head: Token, tokens: list[Token]) -> bool:
    """"A Department for Constitutional Affairs spokeswoman": the parser may head the mention
    by the body's name and hang her on its "for"; she speaks, unnamed, not the department."""
    last = tokens[-1]
    return (
        last is not head and tokens[0].lower_ in ("a", "an") and not last.ent_type_
        and last.lemma_.lower() in lexicon("anonymous_sources.txt")
    )


def _a_named_body(head: Token, tokens: list[Token], cast: Cast) -> bool:
    """"The Scottish Executive", "the IAAF": a definite proper name that is not a person's
    ("the Pope" is a title). One word alone is a body's name only as an acronym or where the
    recognizer labels it ORG elsewhere: "The Scot", "The DJ" describe a person."""
    if not definite(head) or any(t.ent_type_ == "PERSON" for t in tokens):
        return False
    if head.lower_ in lexicon("honorifics.txt") or head.lower_ in lexicon("person_nouns.txt"):
        return False
    several = sum(t.pos_ == "PROPN" for t in tokens) >= 2
    return several or (head.text.isupper() and len(head.text) >= 3) or cast.org_votes[head.lower_] > 0


def _looks_personal(tokens: list[Token], cast: Cast) -> bool:
    """"Mr Holt" or a known surname alone ("Clarke"), whatever the NER label says."""
    honorifics = lexicon("honorifics.txt")
    propn = [t for t in tokens if t.pos_ == "PROPN"]
    title = tokens[0].lower_.rstrip(".")
    if title in honorifics and len(propn) > (tokens[0].pos_ == "PROPN") and (tokens[0].ent_type_ != "ORG" or title in FEMALE_TITLES | MALE_TITLES):
        return True  # "Mr Pande" even labelled ORG, but not "General Motors"
    # The tagger may read a known surname as a noun ("Moyes continued:").
    named = [t for t in tokens if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)]
    if not named:
        return False
    word = named[-1].text.removesuffix("’s").removesuffix("'s")
    # Or a surname the article writes with a given name: "said Dent" after "Taylor Dent" (labelled ORG).
    return cast.person(word) is not None or (len(tokens) == 1 and given_name_before(named[0].doc, word, cast) is not None)


def _named_person(doc: Doc, tokens: list[Token], mention: Span, role: str | None, cast: Cast) -> Speaker:
    """A named person: the canonical name is the fullest name with the same surname."""
    name_tokens = (
        head_person(tokens) or [t for t in tokens if t.pos_ == "PROPN"]
        or [t for t in tokens if t.pos_ == "NOUN" and t.is_title]  # the tagger's noun "Moyes"
    )
    words = name_words(name_tokens) or name_words([t for t in tokens if t.pos_ != "DET"])  # "Mr King": a surname, not a title
    if not words:
        return Speaker(name=" ".join(t.text for t in tokens), type="person", role=role, mention=mention)
    # The full name first: a namesake is kept under it ("Malgorzata Kujda" beside "Jarek Kujda").
    known = cast.person(" ".join(words)) or (by_given_name(words[0], cast) if len(words) == 1 else None)
    if known is not None and namesake(words, known.name.split()):
        known = None  # "Mike Bryan" is not the article's Bob Bryan
    if known is None and len(words) == 1 and (given := given_name_before(doc, words[0], cast)) is not None:
        # "Dent said" after "a win over Taylor Dent", which the recognizer took for a body. Not
        # added to the cast: a role rule would take them for the last person named ("Mr Cable
        # said… The chancellor insisted…").
        known = Person(name=f"{given} {words[0]}")
    titled = honorific(tokens[0].text)
    alone = known is None or (known.gender is None and known.name == " ".join(words))  # never given a first name
    if cast.mostly_org(" ".join(words)) and not titled and alone:
        # "Novartis said": the recognizer's PERSON here, but more often its ORG, and never a he or she.
        return Speaker(name=cast.body_name(" ".join(words)), type="organisation", role=role, mention=mention)
    if known is not None and role and not known.role:
        known.role = role
    name = known.name if known is not None else " ".join(words)
    return Speaker(name=name, type="person", role=role or (known.role if known else None), mention=mention)


def _named_bodies(head: Token, mention: Span) -> DocSpan:
    """The organisation ``head`` names, with what the recognizer split off it inside the
    mention ("the Finance and Economy Ministry", "the Organisation for Economic Co-operation
    and Development") and the names joined to it by "and" in a mention ``groups`` does not split
    into speakers ("Marks and Spencer"); one it splits ("TCI and Atticus have opposed") comes here
    member by member, each mention its own words."""
    ent = entity_of(head)
    doc, start, end = head.doc, ent.start, ent.end

    def body(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].ent_type_ in ORG_LABELS and mention.start <= doc[i].idx < mention.end

    def joined(i: int) -> bool:  # a body after "and", not a modifier: "Nokia and Canada-based … Sierra Wireless"
        if not body(i):
            return False
        after = entity_of(doc[i]).end
        return not (after < len(doc) and doc[after].text == "-")

    while True:
        if body(end):
            end += 1
        elif end < len(doc) and doc[end].lower_ in ("and", "&") and joined(end + 1):
            end += 2
        elif body(start - 1):
            start -= 1
        elif start > 1 and doc[start - 1].lower_ in ("and", "&") and body(start - 2):
            start -= 2
        else:
            return doc[start:end]


def _common_noun(head: Token, mention: Span, cast: Cast) -> Speaker:
    """"a spokesman", "officials", "the ministry": anonymous or institutional sources.

    A definite title that matches a known person's role ("the spokesman" after
    "Kremlin spokesman Dmitry Peskov") is that person.
    """
    lemma = head.lemma_.lower()
    core = core_mention(head)
    words = text_between(core[0], core[-1])  # "a spokesman", not its relative clause
    named = next((c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "ORG"), None)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    if (journalist := our_journalist(head, mention, cast)) is not None:
        return Speaker(name=journalist.name, type="person", role=journalist.role, mention=mention)
    if (body := body_in_apposition(head, mention)) is not None:
        return body  # "Web tracking company Envisional said": the body named, not its description
    if named is not None and lemma in ORG_NOUNS and not indefinite:
        # "the Reuters news agency", "the China Daily newspaper": the body is named, not the last one
        # named; but "a European Parliament committee" is one of its committees.
        return Speaker(name=org_name(entity_of(named).text), type="organisation", mention=mention)
    if (described := cast.described.get(core[0].idx)) is not None:
        # "India's finance minister said", "Palaniappan Chidambaram, India's finance minister," later.
        person = cast.person(described)
        return Speaker(name=described, type="person", role=person.role if person else None, mention=mention)
    if definite(head):
        # "the central bank" is a body, whoever was called "central bank governor".
        if lemma not in ORG_NOUNS and (titled := titled_person(head, mention, cast)) is not None:
            return Speaker(name=titled.name, type="person", role=titled.role, mention=mention)
        if (organisation := body_meant(lemma, mention, cast)) is not None:
            return Speaker(name=organisation, type="organisation", mention=mention)
    if lemma in ORG_NOUNS and definite(head):
        return Speaker(name=org_name(words), type="organisation", mention=mention)
    if (only := only_person(head, mention, cast)) is not None:
        # The article calls them so: a later "the chancellor" is them too, whoever is named between.
        only.titles.update(title_words(head))
        return Speaker(name=only.name, type="person", role=only.role, mention=mention)
    if (subject := headline_subject(head, mention, cast)) is not None:
        # "Radcliffe will compete in London / Paula Radcliffe will… The 31-year-old said".
        return Speaker(name=subject.name, type="person", role=subject.role, mention=mention)
    if (named := named_next(head, mention, cast)) is not None:
        # "…, a leading industry figure has said. Tim Renner … told…": named in the next sentence.
        return Speaker(name=named.name, type="person", role=named.role, mention=mention)
    return _anonymous(words, mention, cast)


def _anonymous(words: str, mention: Span, cast: Cast, one: str | None = None) -> Speaker:
    """An unnamed source, as written: "a spokesman", "officials"; ``one`` as in ``Mention``."""
    cast.mentions.append(Mention(offset=mention.start, kind="anonymous", name=words, one=one))
    return Speaker(name=words, type="anonymous", mention=mention)
