"""Sports clubs the recognizer took for people, told by a word of their name.

The small English model labels some clubs PERSON ("Ronaldo refused to commit his future to
Manchester United", "Atletico Madrid gave up on him"), so "Manchester United" spoke as a man and a
later "he" of the player took the club. A name of two or more words that ends with a word only
clubs' names end with ("United", "City", "Rovers") or opens with one only clubs' names open with
("Atletico", "Borussia", "Inter") is a club (club_words.txt); not one that opens with a given name
("Paris Hilton" has no club's word; "Ryan City" would keep his), nor one that opens with a
plural of people ("Shareholders United", a supporters' group, whose "the club said" is
Manchester United's). So is a plural name after "the" ("the Gunners", "the Magpies") in an
article that names a club, a team's nickname, no one person: a later "the defender" no longer has
two people to choose from; not a family ("the Beckhams" beside "David Beckham", "The Smiths said
they were delighted with the verdict"): ``clubs_labelled``. A club's short name ("United") is the
club where it stands alone (``standing_alone``), not a word of another name ("Newcastle United").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..resources import lexicon
from .names import ORG_NOUNS, name_gender, org_name


@cache
def _club_words() -> dict[str, frozenset[str]]:
    """club_words.txt read as {"first": words, "last": words}."""
    places: dict[str, set[str]] = {"first": set(), "last": set()}
    for line in lexicon("club_words.txt"):
        where, _, word = line.partition(" ")
        places[where].add(word.strip())
    return {where: frozenset(words) for where, words in places.items()}


def a_club(ent: DocSpan) -> bool:
    """Whether a name labelled PERSON is a club's by its words (``club_words.txt``): "Manchester
    United", "Atletico Madrid"; not "Ronaldo", nor a name that opens with a given name."""
    return ent.label_ == "PERSON" and _club_s_name(ent)


def _club_s_name(ent: DocSpan) -> bool:
    """Whether a name, however labelled, has a club's word (``a_club``); not a place ("Mexico
    City", labelled GPE)."""
    words = [t.lower_ for t in ent if t.is_alpha]
    if ent.label_ == "GPE" or len(words) < 2 or name_gender(ent[0].text) is not None:
        return False
    if words[0].endswith(("ers", "ists", "ians")):
        return False  # "Shareholders United", a supporters' group named by its members, no club
    clubs = _club_words()
    return words[-1] in clubs["last"] or words[0] in clubs["first"]


def a_team_s_nickname(ent: DocSpan) -> bool:
    """Whether a name labelled PERSON is one plural word after "the" ("the Gunners") in an article
    that names a club ("Manchester United and the Gunners"), a team; not a family ("The Smiths
    said they were delighted with the verdict", no club named), nor one whose member the article
    names ("the Beckhams", "David Beckham")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent[0].tag_ != "NNPS" or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    singular = ent[0].text[:-1]
    if any(t.text in (singular, singular.rstrip("e")) for e in doc.ents if e.label_ == "PERSON" for t in e):
        return False
    return any(_club_s_name(e) for e in doc.ents)


def clubs_labelled(doc: Doc) -> dict[str, str]:
    """Label ORG the clubs the recognizer labelled PERSON (``a_club``, ``a_team_s_nickname``) and
    a club's word it cut from the name's first word (``_cut_names_mended``), and return each such
    club's short name, its last word, lower-cased, with its full name (``names.org_name``:
    "Manchester United's board" is "Manchester United"): "United" is "Manchester United"
    ("United's statement to the stock exchange said"), where no other name of the article, however
    labelled, ends with that word ("Shareholders United", a supporters' group, beside "Manchester
    United": "United" is neither)."""
    _cut_names_mended(doc)
    clubs = [ent for ent in doc.ents if a_club(ent)]
    if clubs or any(a_team_s_nickname(ent) for ent in doc.ents):
        doc.ents = [DocSpan(doc, ent.start, ent.end, label="ORG") if a_club(ent) or a_team_s_nickname(ent) else ent for ent in doc.ents]
    if clubs:
        _unlabelled_names(doc, {org_name(ent.text) for ent in clubs})
    names = {org_name(ent.text) for ent in doc.ents if len(org_name(ent.text).split()) > 1}
    full = {org_name(ent.text) for ent in clubs}
    return {club.split()[-1].lower(): club for club in full if not any(_another_with_its_end(name, club) for name in names)}


def _another_with_its_end(name: str, club: str) -> bool:
    """Whether ``name`` is another's that ends as ``club`` does ("Shareholders United", "Newcastle
    United" beside "Manchester United"); not the club's own, shortened ("Man United") or within a
    longer name ("Independent Manchester United")."""
    words, own = name.lower().split(), club.lower().split()
    if words[-1] != own[-1] or name == club:
        return False
    return not any(w.startswith(o) or o.startswith(w) for w in words[:-1] for o in own[:-1])


def _cut_names_mended(doc: Doc) -> None:
    """A club's word the recognizer took alone for a name, the name's first word, its compound,
    left out: "Shareholders United said it was not enough" ("United", labelled PERSON) is
    "Shareholders United", a body, no person "United" the club's own "Manchester United said"
    goes by. Not a word of a sentence's opening ("Meanwhile United said"), no compound."""
    last = _club_words()["last"]
    mended = []
    for ent in doc.ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        cut = (len(ent) == 1 and ent[0].lower_ in last and before is not None and before.is_title and before.is_alpha
               and before.dep_ == "compound" and before.head.i == ent.start and not before.ent_type_)
        mended.append(DocSpan(doc, ent.start - 1, ent.end, label="ORG") if cut else ent)
    if mended != list(doc.ents):
        doc.ents = mended


def _unlabelled_names(doc: Doc, clubs: set[str]) -> None:
    """Label ORG a name the recognizer left unlabelled that ends with a club's word, its words
    before it its compounds, in an article with a club labelled PERSON: "Meanwhile the fans' group
    Shareholders United met the advisers. It said…" is the group's, not the club's, now a body an
    "it" may mean ("Manchester United", named before); not the club's own name shortened ("Man
    United", ``_another_with_its_end``)."""
    last = _club_words()["last"]
    found = []
    for token in doc:
        if token.lower_ not in last or not token.is_title or token.ent_type_:
            continue
        start = token.i
        heads = (token.i, token.head.i) if token.dep_ == "compound" else (token.i,)  # "Shareholders United members"
        while start > 0 and (b := doc[start - 1]).is_title and b.is_alpha and not b.ent_type_ and b.dep_ == "compound" and b.head.i in heads:
            start -= 1
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.is_alpha and after.is_title:
            continue  # "Independent Manchester United Supporters' Association": a longer name
        name = doc[start : token.i + 1].text
        if start < token.i and all(_another_with_its_end(name, club) for club in clubs):
            found.append(DocSpan(doc, start, token.i + 1, label="ORG"))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)


def standing_alone(token: Token) -> bool:
    """Whether a club's short name stands alone as a name: "United said", "United's statement";
    not a word of a longer name ("Shareholders United chief executive", "Newcastle United", "United
    Nations") nor a word before a noun other than one of the club's people or parts ("United action
    was essential"; "United fans" is the club's)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.is_alpha and (before.is_title or before.is_upper):
        return False
    if after is not None and after.is_alpha and (after.is_title or after.is_upper):
        return False
    before_a_noun = token.dep_ in ("compound", "amod") and token.head.i > token.i
    return not before_a_noun or _the_club_s_own(token.head)


def _the_club_s_own(noun: Token) -> bool:
    """Whether a noun a club's short name stands before is of the club's people or parts ("United
    fans", "the United board", "United players"), so the name is the club's; not "United action"."""
    lemma = noun.lemma_.lower()
    return lemma in ORG_NOUNS or lemma in lexicon("person_nouns.txt") or lemma.endswith(("er", "ist", "ian")) or lemma in ("fan", "side", "squad")
