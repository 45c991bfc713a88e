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

from ..model import Span, Speaker
from ..nlp import text_between
from ..quotes import Found, core_mention
from ..resources import lexicon
from .bodies import as_bodies, body_in_apposition, fuller_body
from .cast import Cast, Mention, cast_of, given_names
from .descriptions import titled_elsewhere
from .groups import members, named_together, own_mention
from .mentions import resolve_one
from .names import name_gender, org_name
from .pronouns import goes_on
from .roles import described_roles, holds_title, named_roles, with_role


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
        return (fuller_body(doc, resolve_one(doc, f, cast), cast),)
    group = _members_of(doc, f, own, others, cast)
    return tuple(_like_the_others(s, group, cast) for s in group)


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
