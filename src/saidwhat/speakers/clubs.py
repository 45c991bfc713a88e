"""Sports clubs the recognizer took for people, told by a word of their name.

The small English model labels some clubs PERSON ("Ronaldo refused to commit his future to
Manchester United", "Atletico Madrid gave up on him"), so "Manchester United" spoke as a man and a
later "he" of the player took the club. A name of two or more words that ends with a word only
clubs' names end with ("United", "City", "Rovers") or opens with one only clubs' names open with
("Atletico", "Borussia", "Inter") is a club (club_words.txt); not one that opens with a given name
("Paris Hilton" has no club's word; "Ryan City" would keep his), nor one that opens with a
plural of people ("Shareholders United", a supporters' group, whose "the club said" is
Manchester United's). So is a plural name after
"the" ("the Gunners", "the Magpies"), a team's nickname, no one person: a later "the defender"
no longer has two people to choose from; not a family ("the Beckhams" beside "David Beckham"):
``clubs_labelled``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from ..resources import lexicon
from .names import name_gender


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
    words = [t.lower_ for t in ent if t.is_alpha]
    if ent.label_ != "PERSON" or len(words) < 2 or name_gender(ent[0].text) is not None:
        return False
    if words[0].endswith(("ers", "ists", "ians")):
        return False  # "Shareholders United", a supporters' group named by its members, no club
    clubs = _club_words()
    return words[-1] in clubs["last"] or words[0] in clubs["first"]


def a_team_s_nickname(ent: DocSpan) -> bool:
    """Whether a name labelled PERSON is one plural word after "the" ("the Gunners"), a team, not
    a family whose member the article names ("the Beckhams", "David Beckham")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent[0].tag_ != "NNPS" or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    singular = ent[0].text[:-1]
    return not any(t.text in (singular, singular.rstrip("e")) for e in doc.ents if e.label_ == "PERSON" for t in e)


def clubs_labelled(doc: Doc) -> dict[str, str]:
    """Label ORG the clubs the recognizer labelled PERSON (``a_club``, ``a_team_s_nickname``), and
    return each such club's short name, its last word, lower-cased, with its full name: "United"
    is "Manchester United" ("United's statement to the stock exchange said"), where no other name
    of the article, however labelled, ends with that word ("Shareholders United", a supporters'
    group, beside "Manchester United": "United" is neither)."""
    clubs = [ent for ent in doc.ents if a_club(ent)]
    if clubs or any(a_team_s_nickname(ent) for ent in doc.ents):
        doc.ents = [DocSpan(doc, ent.start, ent.end, label="ORG") if a_club(ent) or a_team_s_nickname(ent) else ent for ent in doc.ents]
    names = {ent.text.removesuffix("'s").removesuffix("’s") for ent in doc.ents if len(ent) > 1}
    ends = [name.split()[-1].lower() for name in names]
    return {name.split()[-1].lower(): name for name in {ent.text for ent in clubs} if ends.count(name.split()[-1].lower()) == 1}
