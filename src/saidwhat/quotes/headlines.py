"""Headlines in title case: "Clinton Says Russians Hacked DNC", "Mike Pence Calls For Special Prosecutor".

The tagger reads most capitalised words as proper nouns, so the parse of such a line
has no verb to hang a statement on. The line is read by its words instead: a name,
then a reporting verb in one of its forms ("Says", "Slams", "Urged"), then what was said.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ..marks import paragraphs
from ..nlp import end_of, span_between, text_of
from ..resources import lexicon
from .cues import BELIEF_VERBS
from .records import Found, QuoteIndex, cue_found_in
from .spans import trim_punct
from .subjects import cue_verbs

MIN_WORDS = 4  # a shorter line is a label, not a headline with a claim
MAX_NAME_WORDS = 6
# Irregular forms of reporting verbs; regular ones are made by ``_forms``.
IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "thought": "think", "felt": "feel", "found": "find",
    "swore": "swear", "spoke": "speak", "shot": "shoot", "hit": "hit",
}
# A particle that belongs to the cue: "Calls For", "Hits Back At", "Lashes Out At".
PARTICLES = {"for", "on", "back", "out", "off"}
# Adverbs between a headline's name and its verb, marked with the cue: "Just Said", "Finally Admits".
ADVERBS = {"just", "also", "finally", "now", "again", "still", "reportedly", "openly", "publicly", "quietly", "even", "once", "repeatedly"}
# Words a name in a headline does not contain.
NOT_NAME = {
    "the", "a", "an", "why", "how", "what", "who", "when", "this", "these", "it", "here", "watch", "video",
    "to", "of", "as", "in", "on", "may", "might", "will", "would", "can", "could", "should", "must", "not",
    "has", "have", "had", "is", "was", "are", "were", "got", "gets", "get",
}
# After a participle, a passive ("FDIC Accused Of…"): no one named says it.
PASSIVE_AFTER = {"of", "by", "about", "as"}
# Cue verbs whose capitalised form is as often a noun: "NeverTrump Delegates Disrupt RNC After
# Rules Report Is Presented".
NOUNS_TOO = {"rule"}


def title_claims(doc: Doc, index: QuoteIndex, found: list[Found]) -> list[Found]:
    """Statements of the title-case headline lines no other rule took a statement from."""
    out = []
    for start, end in paragraphs(text_of(doc)):
        line = doc.char_span(start, end, alignment_mode="contract")
        if line is None or not title_case(line) or cue_found_in(found, start, end):
            continue
        statement = _claim(doc, line, index)
        if statement is not None:
            out.append(statement)
    return out


def title_case(line) -> bool:
    """Most words capitalised: "Hillary Clinton Slams Trump Over Tax Returns"."""
    words = [t for t in line if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return capitalised >= 0.8 * len(words) and not all(t.is_upper for t in words)


def _claim(doc: Doc, line, index: QuoteIndex) -> Found | None:
    """Name, cue verb, what was said: the first cue verb after one to six name words."""
    tokens = [t for t in line if not t.is_space]
    for k, token in enumerate(tokens[1 : MAX_NAME_WORDS + 1], start=1):
        if token.is_punct or token.lower_ in NOT_NAME:
            return None  # the name ends at punctuation: "Poll: …" is the colon rule's
        lemma = verb_forms().get(token.lower_)
        if lemma is None or not token.text[:1].isupper() or lemma in BELIEF_VERBS | NOUNS_TOO:  # "As Asia Worries About…"
            continue
        after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
        if token.lower_.endswith("ed") and after in PASSIVE_AFTER:
            return None
        name = tokens[:k]
        cue_start = token
        while len(name) > 1 and name[-1].lower_ in ADVERBS:
            cue_start, name = name[-1], name[:-1]  # "Al Sharpton Just Said": the adverb goes with the cue
        if any(t.lower_ in NOT_NAME or t.is_punct or index.at(t.idx) is not None for t in name):
            return None
        cue_end = token
        if k + 1 < len(tokens) and tokens[k + 1].lower_ in PARTICLES:
            cue_end = tokens[k + 1]
        content = trim_punct(text_of(doc), end_of(cue_end), _claim_end(tokens[k + 1 :], line.end_char))
        if content is None or len(content.text.split()) < 2:
            return None
        quoted = any(index.at(t.idx) is not None for t in tokens[k + 1 :] if t.idx < content.end)
        return Found(
            kind="mixed" if quoted else "indirect",
            content=(content,),
            cue=span_between(cue_start, cue_end),
            source_token=name[-1].i,  # the surname, as speakers resolve it
            mention=span_between(name[0], name[-1]),
            confidence=0.5,
        )
    return None


def _claim_end(rest: list[Token], end: int) -> int:
    """Where the claim ends: at a dash ("… – It Might Surprise You") or at a comma before a
    second cue ("Russians Hacked DNC, Calls Trump’s Remarks ‘Troubling’")."""
    for k, token in enumerate(rest):
        if token.text in ("–", "—", "-") and token.whitespace_:
            return token.idx
        if token.text == "," and k + 1 < len(rest) and rest[k + 1].lower_ in verb_forms():
            return token.idx
    return end


@cache
def verb_forms() -> dict[str, str]:
    """Every form of a cue verb a headline uses, lower-cased, to its lemma."""
    forms = {form: lemma for form, lemma in IRREGULAR.items() if lemma in cue_verbs()}
    for lemma in cue_verbs():
        for form in _forms(lemma):
            forms.setdefault(form, lemma)
    return forms


def _forms(lemma: str) -> tuple[str, ...]:
    """"slam" -> slams, slammed; "urge" -> urges, urged; "deny" -> denies, denied."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es", lemma + "ed"
    doubled = lemma + lemma[-1] + "ed" if len(lemma) <= 4 and lemma[-1] not in "aeiouwy" and lemma[-2:-1] in "aeiou" else lemma + "ed"
    return lemma + "s", doubled, lemma + "ed"


# The cues a sentence-case headline puts after its claim, with the source last: "House
# prices rebound says Halifax", "UK heading wrong way, says Howard".
TRAILING_CUES = {"says", "said", "warns", "claims", "insists", "admits", "predicts"}
MAX_TRAILING_NAME_WORDS = 6  # "says Confederation of British Industry"
# Lower-case words inside a body's name: "Bank of England", "Marks and Spencer".
NAME_JOINERS = {"of", "and", "&", "the", "for"}
MAX_HEADLINE_WORDS = 15


def trailing_cue_claims(doc: Doc, index: QuoteIndex, found: list[Found]) -> list[Found]:
    """Statements of the headline lines that end in a cue and a name: "More reforms ahead
    says Milburn". The parser reads the claim as the cue's subject and the name as its
    object, so no clause rule finds it. Only a line with no full stop, in sentence case
    (where a capital marks a name), that no other rule took a statement from."""
    out = []
    for start, end in paragraphs(text_of(doc)):
        line = doc.char_span(start, end, alignment_mode="contract")
        if line is None or cue_found_in(found, start, end):
            continue
        words = [t for t in line if not t.is_space]
        if not words or len(words) > MAX_HEADLINE_WORDS or words[-1].text in (".", "!", "?") or title_case(line):
            continue
        statement = _trailing_claim(doc, words, index)
        if statement is not None:
            out.append(statement)
    return out


def _trailing_claim(doc: Doc, words: list[Token], index: QuoteIndex) -> Found | None:
    """The claim before a trailing cue and the name after it (``_trailing_name``)."""
    at = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower_ in TRAILING_CUES), None)
    if at is None or at < 2 or not 1 <= len(words) - at - 1 <= MAX_TRAILING_NAME_WORDS:
        return None
    name = words[at + 1 :]
    if not _trailing_name(name):
        return None  # "Federer claims Dubai crown": what was won, not who said
    if all(t.text[:1].isupper() for t in words[:at] if t.is_alpha):
        return None  # "Tony Blair warns Bank of England": a name before the verb is its subject
    content = trim_punct(text_of(doc), words[0].idx, words[at].idx)
    if content is None or index.at(words[at].idx) is not None:
        return None
    quoted = any(index.at(t.idx) is not None for t in words[:at])
    return Found(
        kind="mixed" if quoted else "indirect",
        content=(content,),
        cue=span_between(words[at], words[at]),
        source_token=_name_head(name).i,
        mention=span_between(name[0], name[-1]),
        confidence=0.5,
    )


def _trailing_name(name: list[Token]) -> bool:
    """Who a trailing cue names: capitalised words ("Halifax", "Alan Milburn"), joined by "of",
    "and" or "the" inside a body's name ("Bank of England", "Confederation of British
    Industry"), or a title before "of" ("head of IMF"). Not what was won: "Dubai crown"."""
    if len(name) > 3 and not any(t.lower_ in NAME_JOINERS for t in name):
        return False  # four capitalised words after "says" are a title-case line's claim, not a name
    first, *inner, last = name if len(name) > 1 else (name[0], name[0])
    opens = first.text[:1].isupper() or (first.lower_ in lexicon("person_nouns.txt") and len(name) > 2 and name[1].lower_ == "of")
    joined = all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in inner)
    return all(t.is_alpha or t.text == "&" for t in name) and opens and joined and last.text[:1].isupper()


def _name_head(name: list[Token]) -> Token:
    """The word a trailing name hangs on, as speakers resolve it: "Milburn" of "Alan Milburn",
    "Bank" of "Bank of England", "head" of "head of IMF" (its first word before "of")."""
    # From the second word: "The" opening "The Bank of England" is no joiner ("England" was the head).
    joined = next((k for k, t in enumerate(name) if k and t.lower_ in NAME_JOINERS), None)
    return name[joined - 1] if joined else name[-1]
