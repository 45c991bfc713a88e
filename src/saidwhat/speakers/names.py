"""Names: the words of a person's or a body's name, and what they tell.

``name_words`` takes a name's words out of the recognizer's entity ("Mr Macron’s" ->
"Macron", "Lawyer Louise Christian" -> "Louise Christian", "Kilroy-Silk" one surname);
``mention_name`` the words of a name it missed ("Liberal Democrat peer Lord Carlile" ->
"Carlile", "Lord Nicholls of Birkenhead" -> "Nicholls"); ``a_group_word`` tells "Law" of
"Law lords" from a name;
``name_gender`` reads a given name, ``honorific`` a title; ``org_name``, ``is_party`` and
``a_full_name`` tell a body's name from a person's, ``party_name`` gives a party its one name,
``with_seat`` a peer the seat the article gives ("Lord Smith of Finsbury"), ``two_sexes`` tells
"Lord Kennedy" and "Baroness Kennedy" apart; ``appositive_name`` finds the name a
title is given in apposition ("The head teacher, Simon Clarke,"), ``head_person`` the name
a mention is headed by ("Mike Powell of Dresdner Kleinwort Wasserstein"). None of these
needs the article's cast (``cast``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import entity_of
from ..resources import lexicon, read_lines, table

FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince"}
ORG_LABELS = {"ORG", "GPE", "NORP"}
# Common nouns that name an institution speaking as one ("the ministry said"); also the
# bodies a "they" of a joined clause may go on with (``pronouns._joined_subject``).
ORG_NOUNS = {
    "administration", "agency", "airline", "army", "association", "authority", "bank", "board",
    "broadcaster", "campaign", "carmaker", "channel", "charity", "club", "commission", "committee",
    "company", "council", "court", "department", "federation", "firm", "government", "group",
    "insurer", "magazine", "ministry", "network", "newspaper", "office", "organisation",
    "organization", "paper", "party", "police", "regulator", "retailer", "station", "studio", "team",
    "union", "website",
}

# Titles that are also surnames: "Oona King", "Mr Bishop". "Mr" or "Minister" never is.
SURNAME_TITLES = {"king", "queen", "prince", "judge", "justice", "lord", "bishop", "major", "dean", "marshal", "earl", "duke"}

POSSESSIVES = ("’s", "'s", "’", "'")


def honorific(word: str) -> bool:
    """"Mr", "Ms.", "Lord", "President": a word of honorifics.txt, in any case, with or without its full stop."""
    return word.lower().rstrip(".") in lexicon("honorifics.txt")


def name_words(tokens: list[Token]) -> list[str]:
    """A name's words without honorifics and possessive endings ("Mr Macron’s" -> ["Macron"]).

    A possessive inside the span is an owner, not part of the name: "Labour’s Owen
    Pryce" -> ["Owen", "Pryce"].
    """
    owner_ends = [i for i, t in enumerate(tokens[:-1]) if t.text in POSSESSIVES]
    tokens = tokens[owner_ends[-1] + 1 :] if owner_ends else tokens
    words = []
    indices = {t.i for t in tokens}
    for t in tokens:
        if words and t.text in ("-", "–", "—") and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_:
            break  # "Roger Federer - nice bloke, …": a dash between spaces ends the name the recognizer ran on
        after = t.doc[t.i + 1 : t.i + 3]
        if len(after) == 2 and after[0].text == "-" and not t.whitespace_ and after[1].i not in indices:
            # "Stuart Stanton-Davies" with the entity cut at the hyphen; "the Oscar-nominated
            # Owen": a modifier, not a given name.
            if after[1].is_title and not after[0].whitespace_:
                words.append(f"{t.text}-{after[1].text}")
            continue
        if words and t.i > 0 and not t.doc[t.i - 1].whitespace_ and (t.text == "-" or t.doc[t.i - 1].text == "-"):
            words[-1] = words[-1].rstrip("-") + "-" + t.text.lstrip("-")  # "Kilroy-Silk" is one surname
        elif t.text not in POSSESSIVES and not t.is_punct and not t.is_space:
            words.append(t.text)
    # Not "Kim 3-6", but a stage name's numeral ("50 Cent", speakers/stage_names.py).
    words = [w for i, w in enumerate(words) if any(c.isalpha() for c in w) or (i == 0 and w.isdigit() and len(words) == 2)]
    # Honorifics out, but a surname that is also a title stays ("Mr King", "Oona King"); a
    # title alone ("The King") is no name, and "Mr" never a surname ("Said Mr Fogg:" cut
    # by the recognizer).
    titled = [honorific(w) for w in words]
    surname = len(words) > 1 and words[-1].lower() in SURNAME_TITLES
    royal = _royal_title(words, tokens)
    words = [w for i, (w, title) in enumerate(zip(words, titled)) if not title or (surname and i == len(words) - 1)]
    words = _without_descriptor(words)
    if royal and [w for w in words if w != "Crown"] == [royal[-1]]:
        words = royal  # "Prince Charles", "Crown Prince Frederik": a royal goes by title and name, not "Charles"
    if len(words) == 1 and (peer := _peer_title(tokens)) is not None and words[0].lower() not in PEER_TITLES:
        words = [peer, *words]  # "Lord Falconer": how the article names him, not "Falconer"
    if words and len(words[-1]) > 3 and words[-1].endswith(".") and words[-1] not in ("Jr.", "Sr."):
        # "said ISM survey chairman Norbert Ore.": the tokenizer read the sentence's full stop
        # as the end of an abbreviation (Ore. for Oregon).
        words[-1] = words[-1][:-1]
    return words


# A royal's titles, said with the one name a royal goes by: "Prince Charles", "Queen Rania".
ROYAL_TITLES = {"king", "queen", "prince", "princess"}


def _royal_title(words: list[str], tokens: list[Token]) -> list[str] | None:
    """"Crown Prince Frederik" -> ["Crown", "Prince", "Frederik"]: a royal title and the one name
    after it, as a reader says them; the title may stand just before the recognizer's entity.
    "Crown" goes with "Prince" (not read as a name: "Crown Frederik"). None where no royal title
    comes right before the last word, or a name follows the title ("Oona King": a surname)."""
    before = tokens[0].doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    if len(words) == 1 and before is not None and before.lower_ in ROYAL_TITLES and before.is_title:
        words = [before.text, *words]
    if len(words) < 2 or words[-2].lower() not in ROYAL_TITLES or not words[-1][:1].isupper():
        return None
    crown = len(words) > 2 and words[-3] == "Crown" and words[-2].lower() in ("prince", "princess")
    return words[-3:] if crown else words[-2:]


# A peer's titles, lower-cased, in the order of peer_titles.txt: "Lord Nicholls of Birkenhead",
# "Baroness Thatcher of Kesteven". The store reads them from here too (store/aliases.py).
PEER_TITLES = tuple(table("peer_titles.txt"))
# Those also given names, marked "given" there: "Earl Woods" may be a man named Earl.
GIVEN_NAME_TITLES = frozenset(line.split()[0].lower() for line in read_lines("peer_titles.txt") if line.split()[2:] == ["given"])


def title_sex(word: str) -> str | None:
    """The sex a peer's title tells, in any case ("Baroness" f, "Lord" m, peer_titles.txt); None
    for a word that is no peer's title."""
    return table("peer_titles.txt").get(word.lower())


def _peer_title(tokens: list[Token]) -> str | None:
    """A peer's title a name is given by, in the recognizer's entity or just before it ("Lord"
    of "Lord Falconer", "Baroness" of "Baroness Kennedy"), as written; a peer the article names
    by no given name goes by it, as readers know him: "Lord Falconer", not "Falconer", whose
    surname another Falconer may share. "Charles Falconer", given his first name, needs none."""
    first = tokens[0]
    for title in (first, first.doc[first.i - 1] if first.i > 0 else None):
        if title is not None and title.lower_ in PEER_TITLES and title.is_title and title.ent_type_ in ("", "PERSON"):
            return title.text
    return None


def peer_sex(words: list[str]) -> str | None:
    """The sex a full name or a peer's title tells: "Baroness Kennedy" f, "Lord Kennedy" and
    "Charles Kennedy" m (first_names.txt), "Kennedy" alone nothing."""
    if len(words) < 2:
        return None
    return title_sex(words[0]) or name_gender(words[0])


def two_sexes(words: list[str], known: list[str]) -> bool:
    """Two names of one surname that tell two sexes, so two people: "Lord Kennedy said…
    Baroness Kennedy said she agreed with him", or Charles Kennedy and Baroness (Helena) Kennedy."""
    sexes = {peer_sex(words), peer_sex(known)}
    return None not in sexes and len(sexes) == 2


def with_seat(name: str, text: str) -> str:
    """A peer by title and surname with the seat the article gives him, as written: "Lord Smith
    of Finsbury", so that he and Lord Smith of Kelvin stay two people across articles; the name
    as it was where the article gives no seat, or two."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in PEER_TITLES:
        return name
    seats = set(re.findall(rf"\b{re.escape(name)} of ((?!The\b)[A-Z][\w-]+(?: [A-Z][a-z][\w-]*)?)", text))
    return f"{name} of {seats.pop()}" if len(seats) == 1 else name


def mention_name(tokens: list[Token]) -> list[Token]:
    """The tokens of a person's name in a mention the recognizer left unlabelled: after the
    last title ("Liberal Democrat peer Lord Carlile" -> "Carlile", not "Democrat Carlile"), and
    without a peer's territorial title ("Lord Nicholls of Birkenhead": Nicholls, not "Nicholls
    Birkenhead"). A people's name may be a name's word: "Swiss Re"."""
    for i, t in enumerate(tokens[:-2]):
        if t.lower_ in PEER_TITLES and tokens[i + 1].pos_ == "PROPN" and tokens[i + 2].lower_ == "of":
            tokens = tokens[: i + 2]
            break
    titles = lexicon("person_nouns.txt")
    after = [i + 1 for i, t in enumerate(tokens[:-1]) if (honorific(t.text) or t.lower_ in titles) and tokens[i + 1].pos_ == "PROPN"]
    return tokens[after[-1]:] if after else tokens


def _without_descriptor(words: list[str]) -> list[str]:
    """"Lawyer Louise Christian", "Unison Dave Prentis": the recognizer took a job or an
    organisation in front of a name into it; the name starts at its given name."""
    first = next((i for i, w in enumerate(words) if name_gender(w) is not None), 0)
    initials = any(len(w.rstrip(".")) == 1 or w.endswith(".") for w in words[:first])  # "J. Maria Okafor"
    return words[first:] if len(words) - first >= 2 and not initials else words


def name_gender(first: str) -> str | None:
    """The pronoun a common given name usually takes, from ``first_names.txt``; a hyphenated one
    takes its first name's ("Mary-Ann" f, "Karl-Heinz" m; "Jean-Marc" none, as Jean is a name
    of either sex). The store reads a peer's namesake so too (store/aliases.py)."""
    names = table("first_names.txt")
    return names.get(first.lower()) or names.get(first.lower().split("-")[0])


def org_name(text: str) -> str:
    """"The Kremlin" -> "Kremlin"; "the UN’s" -> "UN"; "The World Health Organisation (WHO",
    the recognizer's entity cut before its closing bracket -> "World Health Organisation";
    a plural's possessive: "Incomes Data Services'" -> "Incomes Data Services"."""
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.rfind("(") > text.rfind(")"):
        text = text[: text.rfind("(")]
    text = text.strip().removesuffix("’s").removesuffix("'s")
    return (text[:-1] if text.endswith(("s’", "s'")) else text).strip()  # "Incomes Data Services'"


def is_party(name: str) -> bool:
    """A political party's name ("Labour", "the Lib Dems", "Lib Dem"), which the recognizer often
    labels PERSON (party_names.txt). A one-word singular is not ("Mr Green", "a Democrat"), but
    for those listed, which name no person: "Labour", "Tory", "the Conservative's record"."""
    name = _unquoted(name.lower()).removeprefix("the ")
    parties = party_names()
    if "-" in name and " " not in name:  # "the old Tory-Labour debate": two parties, no person
        return all(part in parties for part in name.split("-"))
    return name in parties or (" " in name and f"{name}s" in parties)


def party_name(name: str) -> str | None:
    """The one name a party goes by as a speaker, whatever the article calls it (party_names.txt):
    "the Tories", "Conservatives" -> "Conservative Party", "Lib Dem" -> "Liberal Democrats"; None
    for a name that is no party's."""
    name = _unquoted(org_name(_unquoted(name)).lower())
    parties = party_names()
    return parties.get(name) or (parties.get(f"{name}s") if " " in name else None)


def _unquoted(name: str) -> str:
    """A name without the quote mark a headline's quotation left on it: "Lib Dems '" of "Lib Dems 'to
    target stamp duty'", labelled PERSON so."""
    return name.strip(" '‘’\"“”")


@cache
def party_names() -> dict[str, str]:
    """Each party's name as written, lower-cased, to its canonical name (party_names.txt)."""
    lines = (line.partition("=") for line in read_lines("party_names.txt"))
    return {written.strip().lower(): (canonical or written).strip() for written, _, canonical in lines}


def a_full_name(tokens: list[Token]) -> bool:
    """"…, Theresa May, said": a name the recognizer missed or took for an organisation, two
    or three proper nouns opening with a given name."""
    words = [t for t in tokens if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" for t in words) and name_gender(words[0].text) is not None


def a_group_word(token: Token) -> bool:
    """"Law" of "Law lords were…", "Blair" of "Blair aides said": a word before a plural common
    noun says which group it is, it names no one speaking, whatever the recognizer labels it."""
    head = token.head
    return token.dep_ == "compound" and head is not token and head.pos_ == "NOUN" and head.tag_ == "NNS"


def people_plural(token: Token) -> bool:
    """"MPs said", "The ministers said": the plural of a word for a person (person_nouns.txt,
    anonymous_sources.txt) is a group of people, unnamed, whatever the recognizer labels it
    ("MPs" often ORG): no body speaks. "MPs" and "MEPs" are plurals of capitals."""
    singular = token.lower_.removesuffix("s")
    plural = token.tag_ in ("NNS", "NNPS") or (token.text[:-1].isupper() and token.text.endswith("s"))
    if not plural or not token.lower_.endswith("s"):
        return False
    # Looked up in each list: a union of the two built for every entity of every article was the cost.
    person = singular in lexicon("person_nouns.txt") or singular in lexicon("anonymous_sources.txt")
    return person and not _ends_a_name(token)


def _ends_a_name(token: Token) -> bool:
    """A capitalised plural after a proper noun ends a name: the Kansas City Chiefs, the Kaiser
    Chiefs (a team, a band). Not "Labour MPs": a plural of capitals is the people still."""
    capitalised = token.text[:1].isupper() and not token.text[:-1].isupper()
    return capitalised and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children)


def namesake(words: list[str], known: list[str]) -> bool:
    """Two given names before one surname: another person of that name."""
    return (
        len(words) == len(known) == 2 and words[0].lower() != known[0].lower()
        and name_gender(words[0]) is not None and name_gender(known[0]) is not None
    )


def named_head(doc: Doc, offset: int) -> Token | None:
    """The token a name at ``offset`` hangs on the sentence by: "Ruerup" of "Bert Ruerup said",
    climbing the name's compounds."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head
    return head


def appositive_name(head: Token, mention: Span | None = None) -> list[Token] | None:
    """The tokens of a person's name given in apposition to a title ("The head teacher,
    Simon Clarke,", "The Shadow Secretary of State for the Family, Theresa May,"), inside
    the mention: "Reid: 'Never underestimate Trump.'" must not make Trump the speaker."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
        return None
    for child in head.children:
        outside = mention is not None and not mention.start <= child.idx < mention.end
        if child.dep_ != "appos" or outside or child.pos_ != "PROPN":
            continue  # "Grimm, a Donald Trump supporter": the appositive is no name
        # "a new book, Brown's Britain": a name in the appositive's possessive is not the source's.
        words = [t for t in child.subtree if not _owned(t, child)]
        if any(t.ent_type_ == "PERSON" for t in words) or a_full_name(words):
            return [t for t in words if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
    return None


def a_title(token: Token) -> bool:
    """"chairman" of "chairman and chief executive Terry Leahy", "Minister" of "Commerce and Industry
    Minister": a singular common noun, or a title, with no determiner, possessive or number of its
    own is a title of the one named, not a speaker."""
    title = token.lower_ in lexicon("person_nouns.txt")
    if not (token.pos_ == "NOUN" and token.tag_ not in ("NNS", "NNPS")) and not (title and token.ent_type_ != "PERSON"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "appos") for c in token.children)


def titled_conjunct(head: Token, mention: Span) -> list[Token] | None:
    """The name of a person given two titles joined by "and": "Nortel president and chief executive
    Bill Owens", "BIFA founder and director Elliot Grove". The parser heads the mention by the first
    title and joins the name to it as a conjunct; the second title, in lower case, is on the name.
    Not "The president and Tony Blair" (two speakers: ``groups``)."""
    joined = conjunct_name(head, mention) if a_title(head) else None
    if joined is None:
        return None
    name = entity_of(joined)
    before = head.doc[name.start - 1]
    titled = before.is_lower and before.pos_ in ("NOUN", "ADJ") and name.start <= before.head.i < name.end
    return list(name) if titled and len(name) >= 2 else None


def conjunct_name(head: Token, mention: Span) -> Token | None:
    """The one word the parser joins to ``head`` as a conjunct after it, where that is a name
    labelled PERSON inside the mention: "Owens" of "Nortel president and chief executive Bill
    Owens". How "title and title Name" reads, for ``titled_conjunct`` and
    ``groups._named_after_title`` alike; each then asks what title words it needs."""
    joined = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    if len(joined) != 1 or joined[0].ent_type_ != "PERSON" or not mention.start <= joined[0].idx < mention.end:
        return None
    return joined[0]


def _owned(token: Token, root: Token) -> bool:
    """Whether ``token`` is in a possessive under ``root`` ("Brown" in "Brown's Britain")."""
    while token.i != root.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def head_person(tokens: list[Token]) -> list[Token]:
    """The name labelled PERSON in a mention: the one the mention is headed by, if any ("Mike
    Powell of Dresdner Kleinwort Wasserstein" is Mike Powell, whatever the bank's label)."""
    labelled = [t for t in tokens if t.ent_type_ == "PERSON"]
    indices = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in indices or t.head is t), None)
    if head is None or head.ent_type_ != "PERSON":
        return labelled
    ent = entity_of(head)
    return [t for t in labelled if ent.start <= t.i < ent.end]


def family_kin(token: Token) -> Token | None:
    """The owner ("his", "Howard's") of a relative the name at ``token`` is, where the relative is
    born to the owner's surname ("his son Nick", "family" in ``kin_nouns.txt``); None for a wife, a
    mother, a nephew, whose surname may differ ("his wife Cherie" is Cherie Booth), or no relative."""
    noun = _kin_noun(token)
    if noun is None or table("kin_nouns.txt").get(noun.lemma_.lower()) != "family":
        return None
    return next(c for c in (*noun.children, *token.children) if c.dep_ == "poss")


def a_relative(token: Token) -> bool:
    """Whether a noun names a relative ("father", "mother", ``kin_nouns.txt``): someone's
    relation, no calling of one's own."""
    return token.lemma_.lower() in table("kin_nouns.txt")


def _kin_noun(token: Token) -> Token | None:
    """The family noun with an owner a name stands beside ("his son Nick"), else None."""
    noun = token.head if token.dep_ == "appos" else next((c for c in token.children if c.dep_ == "compound"), None)
    if noun is None or not a_relative(noun):
        return None
    return noun if any(c.dep_ == "poss" for c in (*noun.children, *token.children)) else None


def remit_fields(words: Iterable[str]) -> set[str]:
    """The fields of ``remit_words.txt`` among a title's words, a plural as its singular:
    "Work and Pensions Secretary" -> {"work", "pension"}; "the party spokesman" -> none."""
    fields = lexicon("remit_words.txt")
    found = {w.lower() if w.lower() in fields else w.lower()[:-1] for w in words}
    return found & fields


def remit_before(doc: Doc, i: int) -> list[Token]:
    """The words of a title's remit from ``i`` leftwards, through "and" and commas: in "Culture,
    Media and Sport Secretary Tessa Jowell" from "and" back to "Culture" (the parser hangs
    "Culture" on the verb, so the tree stops at "Sport"). Only capitalised words or nouns and
    adjectives, no name of a person: "Tony Blair and Health Secretary John Reid" stops before "Blair"."""
    words: list[Token] = []
    while i >= 0 and (doc[i].lower_ in (",", "and") or (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i].ent_type_ != "PERSON")):
        words.append(doc[i])
        i -= 1
    return words


def fuller_name(words: list[str], known: list[str]) -> bool:
    """Whether a name says more than the one known: more words, or as many opening with a
    given name ("Tim Henman" after the headline's "Classy Henman", "Robin Butler" after "Lord
    Butler")."""
    if len(words) != len(known):
        return len(words) > len(known)
    if known[0].lower() in PEER_TITLES and words[0].lower() not in PEER_TITLES:
        return True  # "Robin Butler" after "Lord Butler": his given name, whatever its gender
    return name_gender(words[0]) is not None and name_gender(known[0]) is None


def title_gender(doc: Doc, start: int) -> str | None:
    """"Mr Macron" is a he, "Ms Doe" a she: an honorific opening or just before a name tells."""
    for i in (start, start - 1):
        title = doc[i].lower_.rstrip(".") if i >= 0 else ""
        if title in FEMALE_TITLES:
            return "f"
        if title in MALE_TITLES:
            return "m"
    return None
