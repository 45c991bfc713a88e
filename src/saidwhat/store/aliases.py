"""One speaker across articles: a surname alone is the full name it stands for.

Within an article the speaker stage already makes "Mr Goldsmith" and "he" into
"Peter Goldsmith". An article that never gives the full name ("Lord Goldsmith
said…") leaves a speaker named "Goldsmith", which the speakers list showed apart
from "Peter Goldsmith". The store links such a one-word person to the one
full-named person of that surname it holds, or to the one who holds nearly all
their statements ("Blair" to Tony Blair, not Cherie or Ian Blair), when their
articles tell of the same world: an article of each shares at least ``SHARED``
capitalised words (names, places, bodies: "Kenteris", "Athens", "IAAF" for Katerina
Thanou). A surname
alone is often someone else ("Lord Bach" is not Microsoft's Robbie Bach, the tennis
"Pollard" not Arbor Networks' Rob Pollard) or no person at all ("Europe", "City"),
and those share almost nothing. With no clear namesake ("Jones": eleven of them)
the surname stays a speaker of its own. A peer by title and surname ("Lord Goldsmith") is
linked only to a full name an article of theirs also writes so: the much-quoted Charles Kennedy
is not Lord Kennedy. One peer's titles of one sex go by one of them: a woman's ("Lady Thatcher",
"Baroness Thatcher"), a man's ("Lord Spencer", "Earl Spencer"). A peer by title and seat ("Lord
Smith of Finsbury", as the speaker stage names one given no first name) is linked so to the full
name an article of that name gives the seat ("Chris Smith, now Lord Smith of Finsbury"), never
to one of the other sex.
A title that is also a given name ("Earl", "Baron") is one where an article of the speaker calls
him "Mr" and never writes the title as a title: "Earl Woods … Mr Woods said" is Tiger's father,
a full name, and not Lord Woods.

The link is kept as ``speakers.same_as`` and worked out again for the surnames an
article touches each time one is stored or replaced, so it does not depend on
the order articles arrive in.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from ..speakers.names import GIVEN_NAME_TITLES, PEER_TITLES, name_gender, title_sex

# The share of a surname's full-named statements the most quoted namesake must hold to take
# the surname alone: Tony Blair 267 of 278, Michael Howard 224 of 228 take it; Patricia (18)
# and Lleyton Hewitt (8) leave it unlinked.
DOMINANT = 0.9
# Capitalised words an article of the surname and one of its namesake must share. Chosen on the
# BBC corpus (docs/evaluation.md): the 48 surnames with a namesake keep 15 links, all right; one
# article of a person shares 8 with another of theirs for 53% of people, with one of another
# person's for 1.3% (8% when that person is quoted in 8 articles or more: more chances). Article
# by article, not all of a speaker's words at once: a much-quoted person's articles together share
# 8 words with almost anyone's.
SHARED = 8
# A peer's titles (speakers/names.py) as a name the speaker stage gives a peer with no first name
# writes them: "Lord Goldsmith" tells no more who he is than "Goldsmith" does, and is linked as a
# surname alone.
TITLES = tuple(title.capitalize() for title in PEER_TITLES)
ARTICLES = 20  # articles read on each side (the first by id): enough to know the topic, and a relink stays cheap
WORD = re.compile(r"[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)*")
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
# Capitalised words that tell nothing of a topic.
COMMON = frozenset(
    "The A An And But If It Its In On At Of For To By With As He She They We I You His Her Their Our My Your This That"
    " These Those There Then When While Where What Who Why How Yes No Not So Mr Mrs Ms Miss Dr Sir Lord Lady Dame Prof"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August"
    " September October November December".split()
)


def surname(name: str, type_: str) -> str | None:
    """The last word of a person's name: the key namesakes share ("Peter Goldsmith" -> "Goldsmith");
    a peer's before the seat ("Lord Smith of Finsbury" -> "Smith")."""
    words = name.split()
    if type_ != "person" or not words:
        return None
    return words[1] if seated(name) else words[-1]


def seated(name: str) -> bool:
    """A peer by title, surname and seat, as the speaker stage writes one the article gives a
    seat and no first name: "Lord Smith of Finsbury"."""
    words = name.split()
    return len(words) > 3 and words[0] in TITLES and words[2] == "of"


def lone(name: str) -> bool:
    """A surname alone ("Goldsmith") or after a peer's title ("Lord Goldsmith"): no given name."""
    return len(name.split()) == 1 or _by_title(name)


def _by_title(name: str) -> bool:
    """A peer's title and a surname, no seat: "Lord Goldsmith", "Earl Spencer"."""
    words = name.split()
    return len(words) == 2 and words[0] in TITLES


def namesake(candidates: list[tuple[int, int]]) -> int | None:
    """The speaker id a lone surname stands for, given the (id, statements) of the full-named
    people who have it: the only one, or the one with ``DOMINANT`` of their statements."""
    if not candidates:
        return None
    best_id, best = max(candidates, key=lambda c: (c[1], -c[0]))
    return best_id if best >= DOMINANT * sum(n for _, n in candidates) else None


def context(text: str) -> set[str]:
    """The capitalised words of an article that may tell its topic: not a sentence's first, not ``COMMON``."""
    words = set()
    for sentence in SENTENCES.split(text):
        words.update(m.group() for m in WORD.finditer(sentence) if m.start() > 0)
    return words - COMMON


def shared_topic(db: sqlite3.Connection, alone: int, full: int) -> int:
    """The most topic words an article of one speaker shares with one of the other, the full name's
    own words left out."""
    def topics(speaker: int) -> list[set[str]]:
        ids = [r[0] for r in db.execute(
            "SELECT DISTINCT s.article_id FROM spoken_by b JOIN statements s ON s.id = b.statement_id WHERE b.speaker_id = ?"
            " ORDER BY s.article_id LIMIT ?", (speaker, ARTICLES)
        )]
        return [context(text) for (text,) in db.execute(f"SELECT text FROM articles WHERE id IN ({', '.join('?' * len(ids))})", ids)]

    name = set(_name_of(db, full).split())
    theirs = topics(full)
    return max((len((mine & other) - name) for mine in topics(alone) for other in theirs), default=0)


def relink(db: sqlite3.Connection, surnames: Iterable[str]) -> None:
    """Point each person named by one of ``surnames`` alone, or after a peer's title, at its
    namesake, or at none; the namesakes are those given a first name ("Peter Goldsmith"), and
    a peer by seat ("Lord Smith of Finsbury") is a namesake of "Lord Smith" but has his own
    full name, given a first name, too ("Chris Smith")."""
    for key in sorted(set(surnames)):
        names = [key, *(f"{title} {key}" for title in TITLES)]
        rows = db.execute(f"SELECT id, name FROM speakers WHERE type = 'person' AND name IN ({', '.join('?' * len(names))})", names).fetchall()
        alone = [one for one, name in rows if not _a_given_name(db, one, name)]
        # "Earl Woods" read as a given name now, whatever an earlier relink made of him
        db.executemany("UPDATE speakers SET same_as = NULL WHERE id = ?", [(one,) for one, _ in rows if one not in alone])
        seats = [r[0] for r in db.execute("SELECT id, name FROM speakers WHERE type = 'person' AND surname = ?", (key,)) if seated(r[1])]
        if not alone and not seats:
            continue
        candidates = [tuple(c) for c in db.execute(
            "SELECT p.id, COUNT(b.statement_id) FROM speakers p JOIN spoken_by b ON b.speaker_id = p.id"
            f" WHERE p.surname = ? AND p.type = 'person' AND p.id NOT IN ({', '.join('?' * len(alone))}) GROUP BY p.id",
            (key, *alone),
        )]
        given = {seat: _link(db, seat, [c for c in candidates if c[0] not in seats]) for seat in seats}
        # "Lord Smith" is Lord Smith of Finsbury, who is Chris Smith: the surname goes by the full name.
        found = {one: _link(db, one, candidates) for one in alone}
        links = {one: given.get(full) or full for one, full in found.items()}
        links.update(_one_peer_s_titles(db, links))
        links.update(given)
        db.executemany("UPDATE speakers SET same_as = ? WHERE id = ?", [(link, one) for one, link in links.items()])


def _link(db: sqlite3.Connection, one: int, candidates: list[tuple[int, int]]) -> int | None:
    """The full-named namesake a surname alone, or a peer's title and surname, stands for, or None.
    A peer's only among those an article of theirs also calls by that title: "Lord Goldsmith …
    Peter Goldsmith"; Lord (Robert) Kennedy is no Charles Kennedy, Lord Hunt no Jeremy Hunt."""
    name = _name_of(db, one)
    if len(name.split()) > 1:  # a peer's title, with or without a seat
        candidates = [c for c in candidates if _called(db, c[0], name)]
    full = namesake(candidates)
    link = full if full is not None and shared_topic(db, one, full) >= SHARED else None
    if link is not None and _of_another_sex(db, one, link):
        link = None  # "Baroness Kennedy" is Helena Kennedy, never the much-quoted Charles
    return link


# A commoner's honorific, never a peer's: "Mr Woods" is no Earl Woods the peer.
COMMONERS = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?"


def _a_given_name(db: sqlite3.Connection, speaker: int, name: str) -> bool:
    """Whether a title that is also a given name ("Earl", "Baron": peer_titles.txt) is one in
    ``name``, as an article of the speaker treats it: one calls him "Mr Woods" ("Earl Woods, 74,
    Tiger's father… Mr Woods said"; a peer is never Mr), and none writes the title as a title
    ("the Earl", "the earl", "Earl of Wessex", "the earldom"; not "a drug baron"). Earl Woods is then a full name,
    no peer, and not Lord Woods."""
    words = name.split()
    if not _by_title(name) or words[0].lower() not in GIVEN_NAME_TITLES:
        return False
    commoner = re.compile(rf"\b{COMMONERS} {re.escape(words[1])}\b")
    peer = re.compile(rf"\b[Tt]he (?:{words[0]}|{words[0].lower()}(?:dom)?)\b|\b{words[0]} of\b")  # not "a drug baron"
    texts = [text for (text,) in db.execute(
        "SELECT DISTINCT a.text FROM spoken_by b JOIN statements s ON s.id = b.statement_id JOIN articles a ON a.id = s.article_id"
        " WHERE b.speaker_id = ?", (speaker,)
    )]
    return any(commoner.search(text) for text in texts) and not any(peer.search(text) for text in texts)


def _called(db: sqlite3.Connection, speaker: int, name: str) -> bool:
    """Whether an article the speaker speaks in writes ``name`` too ("Lord Goldsmith" in one of
    Peter Goldsmith's)."""
    texts = db.execute(
        "SELECT DISTINCT a.text FROM spoken_by b JOIN statements s ON s.id = b.statement_id JOIN articles a ON a.id = s.article_id"
        " WHERE b.speaker_id = ? AND instr(a.text, ?) > 0", (speaker, name)
    )
    whole = re.compile(rf"\b{re.escape(name)}\b")  # not "Lord Hunt" of "Lord Huntingdon"
    return any(whole.search(text) for (text,) in texts)


def _one_peer_s_titles(db: sqlite3.Connection, links: dict[int, int | None]) -> dict[int, int]:
    """One peer by each of the titles of one sex (``_titles``): a woman's, "Lady Thatcher" and
    "Baroness Thatcher"; a man's, "Lord Spencer" and "Earl Spencer", "Viscount Linley" and "Lord
    Linley". A lord and a baroness of one surname are two people."""
    names = {one: _name_of(db, one) for one in links}
    found = {}
    for sex in ("f", "m"):
        theirs = [one for one in links if (title := _title(names[one])) is not None and title_sex(title) == sex]
        found.update(_titles(db, links, theirs, names))
    return found


def _titles(db: sqlite3.Connection, links: dict[int, int | None], titled: list[int], names: dict[int, str]) -> dict[int, int]:
    """One peer by each of the titles ``titled`` of a surname: none linked to a full name, they go
    by the most quoted of them (the first by name of a tie), or all by the one full name some are
    linked to, where their articles share a topic. Two full names among them, or topics apart,
    and each stays as it was."""
    fulls = {links[one] for one in titled} - {None}
    if len(titled) < 2 or len(fulls) > 1:
        return {}
    counts = {one: db.execute("SELECT COUNT(*) FROM spoken_by WHERE speaker_id = ?", (one,)).fetchone()[0] for one in titled}
    main = min(titled, key=lambda one: (-counts[one], names[one]))  # a tie by name, whatever came first
    target = fulls.pop() if fulls else main
    return {
        one: target for one in titled
        if one != target and links[one] is None and shared_topic(db, one, main if one != main else target) >= SHARED
    }


def _name_of(db: sqlite3.Connection, speaker: int) -> str:
    (name,) = db.execute("SELECT name FROM speakers WHERE id = ?", (speaker,)).fetchone()
    return name


def _title(name: str) -> str | None:
    """A peer's title, of a name of title and surname ("Baroness" of "Baroness Thatcher"), with
    or without a seat ("Lord" of "Lord Smith of Finsbury")."""
    return name.split()[0] if _by_title(name) or seated(name) else None


def _of_another_sex(db: sqlite3.Connection, alone: int, full: int) -> bool:
    """Whether a peer's title and a namesake's given name, or title, tell two sexes: a baroness, a
    lady or a countess is a she, a lord a he (speakers.names: "Charles" m, "Mary-Ann" f as Mary is);
    "Baroness Smith" is not "Lord Smith of Finsbury", whose first word is his title."""
    title = _title(_name_of(db, alone))
    name = _name_of(db, full)
    theirs = _title(name)
    given = title_sex(theirs) if theirs is not None else name_gender(name.split()[0])
    return title is not None and given is not None and given != title_sex(title)


def relink_all(db: sqlite3.Connection) -> None:
    """Fill in surnames and links for every stored speaker, e.g. in a database made before them."""
    rows = db.execute("SELECT id, name, type FROM speakers").fetchall()
    db.executemany("UPDATE speakers SET surname = ? WHERE id = ?", [(surname(r[1], r[2]), r[0]) for r in rows])
    keys = (surname(r[1], "person") for r in rows if r[2] == "person" and r[1].split() and (lone(r[1]) or seated(r[1])))
    relink(db, keys)
