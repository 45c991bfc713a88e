"""Speakers: resolve each statement's mention to one canonical source.

``resolve`` reads the parsed Doc and the ``Found`` statements and returns the speakers of
each, in this order of stages; the modules, in the order they build on each other:

- ``names``: a name's words and what they tell, no cast needed ("Mr Macron’s" -> "Macron",
  a given name's gender, a body's name, a party's, a name in apposition);
- ``acronyms``: an acronym in brackets and the words that spell it ("the WHO" the World Health
  Organisation named before, "The Qualifications and Curriculum Authority (QCA)" one body);
- ``entities``: the recognizer's entities mended ("Der Spiegel" an outlet, "Marks and
  Spencer" one body, a given name or a surname it left out, a title glued on a name: "Broadcaster
  Chris Evans", "MPs" no body);
- ``stage_names``: a stage name that looks like a sum or a common word, introduced after a
  performer's noun ("rapper 50 Cent", "protege The Game"), or a person's nickname ("the man…, who
  goes by the nickname Sloncek"), a person's name;
- ``clubs``: a sports club the recognizer labels a person ("Manchester United", "Atletico
  Madrid", "the Gunners"), a body, never a "he";
- ``cast``: who the article names, grouped by surname so "Mr Macron" and "Macron" become
  "Emmanuel Macron", each mention with its rank in its sentence (a body's product, "Microsoft's
  Windows operating system", no body);
- ``surnames``: a surname alone, read against the cast: the given name written before it
  ("Lleyton Hewitt" unlabelled, then "Hewitt said"), a capitalised word written elsewhere as
  a person's name ("Rowling said…");
- ``roles``: what a person is ("Kremlin spokesman Dmitry Peskov", "Hugh Hill, a doctor,"),
  kept for the whole article, also where it is given apart from the name ("The attorney
  general has denied…" then "Lord Goldsmith said");
- ``bodies``: the names the article calls a firm or a group ("Swiss drugmaker Novartis")
  organisations;
- ``body_descriptions``: which body "the company", "the Bank", "the regulator", "his
  party" or "the party" means;
- ``descriptions``: the person a description means ("the chancellor", "…, a leading
  industry figure has said. Tim Renner… told…");
- ``pronouns``: the nearest compatible person or organisation a "he", "she" or "they"
  means (the same "he" earlier in its sentence first: "While he said…, he thought"; never a name
  that only says which a noun is, "the Attlee government", where another person is left; a
  "they" of a clause joined by "but" to one whose subject is a plural noun, that noun, where no other
  people lie between: "Opposition parties want… but they accuse…", not "Fans booed the players…,
  but they insisted"), and the speaker going on ("…,” he added");
- ``same_person``: a description named before by what else the article tells: an age it gave
  once ("The 28-year-old… The 28-year-old 800 metres runner"); a body's office the article gives
  a person in the very words a sentence or two on ("…, its chief executive has said. … Lakshmi
  Mittal, the chief executive,"); and the person a "he" means after a sentence whose subject
  describes them ("The prime minister is trying… with Gordon Brown… He is saying");
- ``documents``: the issuer a document's own words name ("a statement from Mr Spitzer's office",
  "figures released by the CEA", "the report" after "a report by the NAO", "the suits" after
  "717 lawsuits were filed by the RIAA"), who speaks for it; a "his" or "her" right before a
  document a person makes, "his report said", the one person the pronoun can mean;
- ``common_nouns``: a common noun as a speaker ("the chancellor", "the company", "the joint
  committee on human rights"): a person or a body the article named, else an unnamed source ("a
  spokesman", "officials"), anonymous;
- ``misparsed``: a mention the parser hung on the wrong word found back: a participle it hung on
  the object of a verb of saying, "argue against positive discrimination saying…", the verb's
  subject's, not "relied on advice saying…"; a name it made a second subject beside its title,
  "Dr Mike Watts head of exploration said", the name's; a "who" right after a person's name it
  hung on a title's first word, "Culture, Media and Sport Secretary Tessa Jowell who said", hers;
- ``mentions``: one mention to one speaker (a name, a pronoun, a description, a common noun,
  each after ``misparsed`` and ``documents``);
- ``groups``: a mention that names several speakers ("Tesco, Asda and Morrisons all
  said"), each member resolved as any speaker, and a "they" just after a group spoke that
  group ("Smith and Jones said… They added"); ``coordination`` reads what "and" joins;
- ``pairs``: two named together before ("India and Iran…" then "both countries said", "the
  pair", "the couple"), and "the former" or "the latter" for one of them.

Last, a party speaks by the one name it goes by (``as_party``: "the Tories" -> "Conservative
Party"), so a count of who speaks has one speaker per party, and a peer by the seat the article
gives ("Lord Smith of Finsbury", ``with_seat_named``), so two Lord Smiths are two speakers.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Span, Speaker
from ..nlp import text_of
from ..quotes import Found
from .acronyms import bracketed_acronyms
from .bodies import as_bodies
from .cast import Cast, Mention, cast_of
from .descriptions import titled_elsewhere
from .entities import people_unlabelled
from .groups import resolve_group, they_again, they_going_on, they_named_together
from .names import org_name, party_name, party_names, with_seat
from .pronouns import PERSON_PRONOUNS, goes_on, taught
from .roles import described_roles, named_roles, with_role
from .stage_names import nicknames_labelled, stage_names_labelled
from .surnames import given_names


def resolve(doc: Doc, found: list[Found], quoted: Iterable[tuple[int, int]] = ()) -> list[tuple[Speaker, ...]]:
    """The speakers of each statement, in the same order: one, or the members of a group that
    spoke together, the first named first (``groups``); ``quoted`` are the article's quotations."""
    people_unlabelled(doc)  # "MPs said…" labelled ORG: people, no body
    stage_names_labelled(doc)  # "rapper 50 Cent", labelled MONEY: a person, "50 Cent said" too
    nicknames_labelled(doc)  # "the man…, who goes by the nickname Sloncek", labelled ORG: a person
    cast = cast_of(doc)
    as_bodies(doc, cast)  # "Swiss drugmaker Novartis", labelled PERSON: a company, never a "he"
    _acronyms_named(doc, cast)  # "The World Health Organisation (WHO) said…" then "the WHO said": one body
    given_names(doc, cast)  # "Lleyton Hewitt" unlabelled, then "Hewitt": the full name
    cast.hear([*((p.start, p.end) for f in found for p in f.content), *quoted])
    titled_elsewhere(doc, cast)  # "India's finance minister lashed out… He objected…", named later in apposition
    speakers: list[Speaker] = []
    groups: list[tuple[Speaker, ...]] = []
    for f in found:
        if speakers and goes_on(doc, f, speakers[-1], cast, found[len(speakers) - 1]):
            # "…,” he added: the speaker going on is the one just quoted, and a "he" or "she".
            group = (replace(speakers[-1], mention=f.mention),)
            taught(cast.person(speakers[-1].name or ""), PERSON_PRONOUNS.get(doc[f.source_token].lower_))
        else:
            group = resolve_group(doc, f, cast)
            # "Sony and IBM want… they hope": the group last named by "and" before the group that
            # last spoke ("Both companies believe", Microsoft and Sony).
            group = they_named_together(doc, f, group, cast)
            group = they_again(doc, f, group, groups[-1]) if groups else group
            # "Smith and Jones said… They added": people are no "they" to the antecedent rule.
            group = they_going_on(doc, f, group, groups[-1], found[len(groups) - 1], cast) if groups else group
        speaker = group[0]
        if speaker.type in ("person", "organisation") and speaker.mention is not None:
            # Someone just reported speaking is as salient as a main verb's subject.
            cast.mentions.append(Mention(offset=speaker.mention.start, kind=speaker.type, name=speaker.name, salience=3))
            cast.mentions.sort(key=lambda m: m.offset)
        speakers.append(speaker)
        groups.append(group)
    named_roles(doc, cast)
    described_roles(doc, cast)  # "The attorney general has denied…" then "Lord Goldsmith said"
    named: dict[str, Speaker] = {}
    return [tuple(as_party(with_seat_named(with_role(s, cast), text_of(doc)), named) for s in group) for group in groups]


def with_seat_named(speaker: Speaker, text: str) -> Speaker:
    """A peer goes by the seat the article gives him (``names.with_seat``: "Lord Smith of Finsbury")."""
    return replace(speaker, name=with_seat(speaker.name, text)) if speaker.type == "person" and speaker.name else speaker


def as_party(speaker: Speaker, named: dict[str, Speaker] | None = None) -> Speaker:
    """A party speaks by the one name it goes by, as an organisation (``names.party_name``: "the
    Tories", "Conservatives" -> "Conservative Party"); the mention keeps the name as written. Not
    its members named as a group of people ("Senate Republicans", "Republicans in the Senate"),
    who go by the mention as written, not the party's name, a group unnamed as "Senior Tories" and
    "Labour MPs" are (type anonymous): no body speaks. A mention that names no party ("they",
    "the party") is whoever the party's name last named: "Senate Republicans said… They also
    said…" are both the senators. ``named`` keeps that, article by article."""
    party = party_name(speaker.name or "")
    if party is None:
        return speaker
    named = {} if named is None else named
    naming = speaker.mention is not None and _names_a_party(speaker.mention.text)
    if not naming and speaker.name in named:
        return replace(named[speaker.name], mention=speaker.mention)
    if _party_members(speaker.mention):
        # The name as written, so they are neither the party nor, beside "The Republicans said", a
        # second "Republicans"; some of its members, as "Senior Tories", not a body ("Senate
        # Republicans said" had been an organisation). A body of the party's stays one ("the
        # Scottish Tories", "the Young Conservatives": no chamber, ``_in_a_chamber``).
        resolved = replace(speaker, name=org_name(_written(speaker.mention)))
        resolved = replace(resolved, type="anonymous", role=None) if _in_a_chamber(speaker.mention) else resolved
    else:
        # The party the mention names, where the recognizer cut its name: "Democrats" of "The Liberal Democrats".
        cut = party_name(_written(speaker.mention)) if speaker.mention else None
        resolved = replace(speaker, name=cut or party, type="organisation", role=None)
    if naming:
        named[speaker.name] = resolved
    return resolved


def _names_a_party(written: str) -> bool:
    """Whether a mention writes a party's name, alone or among other words ("the Tories",
    "Senate Republicans"), not "they" nor "the party"."""
    words = re.findall(r"[\w'’]+", written.lower())
    return any(" ".join(words[i : i + 2]) in party_names() or word in party_names() for i, word in enumerate(words))


def _party_members(mention: Span | None) -> bool:
    """Whether a mention names a party among other words, so its members: "senior Tories",
    "Republicans in the Senate"; not "the Tories", "The Labour party", "Labour, needless to
    say," nor one that names no party ("it", "the party")."""
    if mention is None:
        return False
    written = _written(mention)
    return party_name(written) is None and _names_a_party(written)


# Chambers whose members of a party are a group of people, not a body: "Senate Republicans",
# "House Democrats", "congressional Republicans", "Tories in the Commons".
CHAMBERS = {"senate", "house", "congress", "congressional", "commons", "lords", "parliament", "parliamentary", "assembly"}


def _in_a_chamber(mention: Span) -> bool:
    """Whether a mention of a party's members (``_party_members``) names them in the plural by
    their chamber ("Senate Republicans", "Republicans in the Senate"): senators, not the party nor
    a body of it. Not "the Scottish Tories" nor "the Young Conservatives", bodies of the party,
    nor "the Parliamentary Labour Party", a body's name."""
    words = re.findall(r"[\w'’]+", _written(mention).lower())
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words))}
    plural = any(name.endswith("s") for name in (set(words) | pairs) & party_names().keys())
    chambers = [i for i, word in enumerate(words) if word in CHAMBERS]
    return plural and any(not (words[i] == "house" and i and words[i - 1] == "white") for i in chambers)  # not the White House's staff


def _written(mention: Span) -> str:
    """A mention's name, without an aside after a comma or a dash between spaces: "Labour" of
    "Labour, needless to say,", "the Liberal Democrats" of "the Liberal Democrats - the mainstream
    party a 2004 ICM survey"."""
    return re.split(r",| [-–—] ", mention.text)[0]


def _acronyms_named(doc: Doc, cast: Cast) -> None:
    """Each acronym the article gives in brackets after a body's name (``acronyms.bracketed_acronyms``)
    is that body: its mentions so far take the full name (a later "it" finds it so), and a speaker
    named by it too (``Cast.body_name``)."""
    for short, full in bracketed_acronyms(doc).items():
        cast.full_bodies.setdefault(short, full)
        cast.mentions = [replace(m, name=full) if m.kind == "organisation" and m.name.lower() == short else m for m in cast.mentions]
