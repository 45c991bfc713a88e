"""Stage names that look like a sum or a common word: "50 Cent", "The Game".

The recognizer reads "50 Cent" as a sum of money or labels "Cent" alone a body, and leaves "The
Game" unlabelled or takes "Game" for a place, so the speaker stage had named them "Cent" and
"Game", a body once. A bare numeral, or a capitalised "The", and one capitalised word, written
somewhere in the article right after a noun for a performer ("US rapper 50 Cent", "his protege
The Game", stage_nouns.txt), is a person's name wherever the article writes it ("50 Cent said",
"The Game described…"); ``names.name_words`` keeps its first word. A one-word nickname a
person goes by ("the man behind suprnova.org, who goes by the nickname Sloncek", labelled ORG) is
a person's name too (``nicknames_labelled``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from ..resources import lexicon
from .names import honorific


def stage_names_labelled(doc: Doc) -> None:
    """Label PERSON every two-word stage name (``_introduced``) the article introduces, in place
    of whatever the recognizer labelled there ("50 Cent" MONEY, "Cent" ORG)."""
    names = {(doc[i].text, doc[i + 1].text) for i in range(1, len(doc) - 1) if _introduced(doc, i)}
    if not names:
        return
    spans = [doc[i : i + 2] for i in range(len(doc) - 1) if (doc[i].text, doc[i + 1].text) in names and _ends_at(doc, i + 1)]
    for span in spans:
        span.label_ = "PERSON"
    taken = {t.i for span in spans for t in span}
    doc.ents = filter_spans([*spans, *(e for e in doc.ents if not any(t.i in taken for t in e))])


def _introduced(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` opens a stage name after a performer's noun: "rapper 50 Cent", "protege
    The Game"; not a year ("the 2004 Act"), a title ("singer The King": honorifics.txt) or a
    longer name ("rapper 3 Doors Down")."""
    first, word, before = doc[i], doc[i + 1], doc[i - 1]
    numeral = first.is_digit and len(first.text) <= 3
    if not (numeral or first.text == "The") or not _ends_at(doc, i + 1):
        return False
    if not word.is_title or not word.is_alpha or honorific(word.text) or word.ent_type_ in ("DATE", "TIME"):
        return False
    return before.lower_ in lexicon("stage_nouns.txt")


def _ends_at(doc: Doc, i: int) -> bool:
    """Whether the name ends at ``doc[i]``: no capitalised word follows ("The Game's debut", not
    "The Game Boy" nor "The Notorious BIG")."""
    after: Token | None = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.text[:1].isupper() and after.is_alpha)


# Nouns for the name someone goes by in place of their own.
NICKNAME_NOUNS = {"nickname", "pseudonym", "alias", "handle", "moniker"}
# Nouns for a person whose nickname a relative clause or an apposition may give.
PERSON_HEADS = {"man", "woman", "boy", "girl", "person", "hacker", "teenager", "student"}


def nicknames_labelled(doc: Doc) -> None:
    """Label PERSON every one-word name given as the nickname of a person ("the man behind
    suprnova.org, who goes by the nickname Sloncek", "Sloncek" labelled ORG), wherever the article
    writes it, so "Sloncek said" is him and a later "He" can mean him; not a team's or a product's
    nickname ("the club, whose nickname is the Gunners": no person's noun)."""
    names = {c.text for t in doc if t.lemma_.lower() in NICKNAME_NOUNS and _a_person_s(t) for c in t.children
             if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title and not any(x.dep_ == "compound" for x in c.children)}
    names = {n for n in names if not honorific(n)}
    if not names:
        return
    spans = [doc[t.i : t.i + 1] for t in doc if t.text in names and t.ent_type_ != "PERSON"]
    for span in spans:
        span.label_ = "PERSON"
    taken = {span.start for span in spans}
    doc.ents = filter_spans([*spans, *(e for e in doc.ents if not any(t.i in taken for t in e))])


def _a_person_s(noun: Token) -> bool:
    """Whether the clause ``noun`` is in tells of a person: a relative clause or an apposition on
    "the man", "a woman", "the hacker" ("who goes by the nickname…")."""
    for ancestor in noun.ancestors:
        if ancestor.pos_ == "NOUN":
            return ancestor.lemma_.lower() in PERSON_HEADS and any(t.dep_ in ("relcl", "acl", "appos") for t in noun.ancestors if t.i > ancestor.i)
    return False
