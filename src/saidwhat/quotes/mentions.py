"""The words that name a source: the mention span annotators mark ("Dean Johnson, a salesman from
Sumter,"), its core naming words, a transcript's capitalised name, a name with its appositive."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import span_between, text_of
from ..resources import lexicon, table
from .spans import span_of
from .subjects import TITLE_PREPOSITIONS

# Children that are not part of the naming words: "Hugh Hill, a doctor, said".
MENTION_EXCLUDED = {"appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "prep"}
# Prepositions that open a source's affiliation: "Jeff Joseph, from the Consumer Electronics Association,".
AFFILIATION = {"from", "of", "at"}
FOCUS_WORDS = {"even", "only", "also", "just", "but", "and"}


def mention_span(doc: Doc, head: Token | None) -> Span | None:
    """The noun phrase naming the speaker, as annotators mark a source: with its
    appositives and relative clauses ("Dean Johnson, a salesman from Sumter,").

    Clauses the parser hung on the noun are left out: a quotation it attached to
    "screenwriter" is not part of the name, and neither is a participle set off
    by commas ("the base chief, speaking publicly for the first time,").
    """
    if head is None:
        return None
    within = [t for t in _within_mention(head) if not (t.head.i == head.i and _possessive_mark(t))] + _title_before(head)
    words = _after_dateline(_run_around(head, within))
    # A stray quote mark the parser hung on the name, a focus word ("even a top strategist").
    while len(words) > 1 and words[0] is not head and (words[0].is_punct or words[0].lower_ in FOCUS_WORDS):
        words = words[1:]
    span = span_of(doc, words)
    if span is not None and span.text.count("(") > span.text.count(")") and text_of(doc)[span.end : span.end + 1] == ")":
        span = Span.of(text_of(doc), span.start, span.end + 1)  # "Sen. Chuck Schumer (D-N.Y.)"
    return span


def _title_before(name: Token) -> list[Token]:
    """"Treasury Under Secretary John Taylor": the words of a title before its capitalised
    preposition, which the parser read as the verb's subject (``subjects.name_after_title``)."""
    prep = name.head
    if name.dep_ != "pobj" or prep.text not in TITLE_PREPOSITIONS or prep.i < 1 or prep.i + 1 != name.left_edge.i:
        return []
    before = name.doc[prep.i - 1]
    body = next((t for t in (before, *before.ancestors) if t.dep_ in ("nsubj", "nsubjpass")), None)
    return [*body.subtree, prep] if body is not None and body.right_edge.i == prep.i - 1 else []


def _after_dateline(words: list[Token]) -> list[Token]:
    """"WASHINGTON (AP) — Attorney General Loretta Lynch said": the parser may take the
    dateline into the subject; the mention starts after its dash."""
    for k, token in enumerate(words):
        spaced = token.i > 0 and token.doc[token.i - 1].whitespace_
        if token.text in ("—", "–", "-", "--") and spaced and k > 0:
            before = words[:k]
            if all(t.is_upper or t.is_punct or t.text in ("AP", "Reuters", "AFP", "UPI") for t in before):
                return words[k + 1 :] or words
            return words
    return words


def _within_mention(token: Token) -> list[Token]:
    tokens = [token]
    for child in token.children:
        if not _outside_mention(child):
            tokens.extend(_within_mention(child))
    return tokens


def _possessive_mark(child: Token) -> bool:
    """The "'s" of "Trump's claim that…": a possessor names the speaker without it (not
    "McDonald's" saying something, where the name is the subject)."""
    return child.dep_ == "case" and child.head.dep_ == "poss"


def _outside_mention(child: Token) -> bool:
    if child.dep_ in ("ccomp", "parataxis", "advcl") and child.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return True  # a clause under a name is a misparse; under a relative clause's verb it belongs
    if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in lexicon("reporting_verbs.txt"):
        return True  # "some analysts saying …": the cue and what was said
    if child.dep_ == "relcl" and child.i > child.head.i and child.lemma_.lower() in lexicon("reporting_verbs.txt"):
        return True  # "Graham, who says the allies should send troops,": a statement of its own
    participle = child.dep_ == "acl" and child.tag_ == "VBG"
    return participle and child.i > child.head.i and child.doc[child.left_edge.i - 1].text == ","


def core_mention(head: Token) -> list[Token]:
    """The words that name the speaker, without appositives or clauses: "Dean Johnson"
    in "Dean Johnson, a salesman who lives in Sumter,". Speakers resolve these."""
    tokens = [head]
    for child in head.children:
        if _possessive_mark(child):
            continue
        if child.dep_ not in MENTION_EXCLUDED or child.tag_ == "HYPH":  # "Kilroy-Silk"
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "close", "for", "at", "in", "with"):
            tokens.extend(child.subtree)  # "a source close to the talks", "spokesman for the ministry"
    # Keep the contiguous run around the head: an appositive's commas end it.
    words = [t for t in _run_around(head, tokens) if not t.is_punct or t.text in ("-", "’s", "%")]  # "36% said"
    while words and words[-1].is_space and words[-1] is not head:
        words.pop()  # "says minister\n\nThe…": the paragraph break the parser hung on the name is no part of it
    return words or [head]  # a mention headed by punctuation (a tagger's stray span) is still itself


def transcript_name(tokens: list[Token]) -> bool:
    """"KATE BOLDUAN", "DONALD TRUMP": a transcript's speaker label, a known given name and
    a surname (or more) in capitals. One word in capitals ("UPDATE", "WASHINGTON") is not."""
    words = [t for t in tokens if not t.is_space]
    if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.is_upper and len(t) > 1 for t in words):
        return False
    return words[0].lower_ in table("first_names.txt")


def name_with_appositive(doc: Doc, start: int, end: int) -> tuple[Token, Span] | None:
    """'“…,” Gene Sperling, a top outside Clinton adviser, said': the words from ``start`` (a
    quotation's end) to ``end`` (a cue's start) as a name, then an appositive set off by commas,
    where the parser lost the cue's subject (it made the name part of the quotation's clause).
    The name's head and the mention, which runs to the appositive's end as annotators mark a
    source; None for other words. The name is the one before the first comma."""
    between = doc.char_span(start, end, alignment_mode="contract")
    tokens = [t for t in between or () if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if len(tokens) < 3 or "," not in [t.text for t in tokens[:-1]]:
        return None
    comma = next(i for i, t in enumerate(tokens) if t.text == ",")
    name, appositive = tokens[:comma], tokens[comma + 1 :]
    if appositive[-1].text == ",":
        appositive = appositive[:-1]
    elif appositive[0].lower_ not in AFFILIATION:
        return None  # the closing comma left out only after an affiliation: '“…,” Smith, Jones said' is two names
    if not 1 <= len(name) <= 4 or not all(t.pos_ == "PROPN" for t in name) or not 1 <= len(appositive) <= 15:
        return None
    # A clause is no appositive ('“…,” Clinton, who won, said': its subject the parser finds);
    # a participle inside one is ("Melanne Verveer, a Ukrainian-American then working for the State Department").
    # Nor is a phrase but a source's affiliation: "Jeff Joseph, from the Consumer Electronics Association (CEA) told".
    if not (appositive[0].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or appositive[0].lower_ in AFFILIATION):
        return None
    if any(t.pos_ == "AUX" or t.is_quote for t in appositive):
        return None
    return name[-1], span_between(name[0], appositive[-1])


def _run_around(head: Token, tokens: list[Token]) -> list[Token]:
    """The tokens next to each other around ``head``, in text order."""
    tokens = sorted(tokens, key=lambda t: t.i)
    lo = hi = tokens.index(head)
    while lo > 0 and tokens[lo - 1].i == tokens[lo].i - 1:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].i == tokens[hi].i + 1:
        hi += 1
    return tokens[lo : hi + 1]
