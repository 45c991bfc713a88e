"""A trailing cue the tagger read as a noun: "Algeria suffered a weekend of violent protests
against plans to raise gas prices, local press reports." ("reports" as the plural of "report",
an appositive of "prices"), so no verb rule finds it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import span_between, text_of
from .records import Found, QuoteIndex, cue_found_in
from .spans import trim_punct

# Third-person forms of reporting verbs that are also plural nouns.
NOUN_LOOKING_CUES = {"reports", "says", "claims", "warns", "writes"}
MAX_SOURCE_WORDS = 4


def noun_read_cue_claims(doc: Doc, index: QuoteIndex, found: list[Found]) -> list[Found]:
    """Statements ending ", <a short noun phrase> reports." where the tagger made the cue a noun:
    the clause before the comma (with a finite verb of its own) is what the phrase's source
    said. Not "…, according to reports." or "…, does not include critical reports.": no comma
    right before the phrase, or a preposition or a verb in it."""
    out = []
    for sentence in doc.sents:
        words = [t for t in sentence if not t.is_space]
        if len(words) < 6 or words[-1].text != "." or words[-2].lower_ not in NOUN_LOOKING_CUES:
            continue  # the cheap test first: most sentences end otherwise
        if cue_found_in(found, sentence.start_char, sentence.end_char):
            continue
        statement = _claim(doc, words[:-1], index)
        if statement is not None:
            out.append(statement)
    return out


def _claim(doc: Doc, words: list[Token], index: QuoteIndex) -> Found | None:
    cue = words[-1]
    if cue.lower_ not in NOUN_LOOKING_CUES or cue.pos_ != "NOUN" or index.at(cue.idx) is not None:
        return None
    comma = next((k for k in range(len(words) - 2, len(words) - 2 - MAX_SOURCE_WORDS - 1, -1) if k > 0 and words[k].text == ","), None)
    if comma is None:
        return None
    source = words[comma + 1 : -1]
    if not source or not all(t.pos_ in ("DET", "ADJ", "PROPN", "NOUN") for t in source) or source[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    before = words[:comma]
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before) or any(index.at(t.idx) is not None for t in before):
        return None
    content = trim_punct(text_of(doc), before[0].idx, words[comma].idx)
    if content is None:
        return None
    return Found(
        kind="indirect",
        content=(content,),
        cue=span_between(cue, cue),
        cue_token=cue.i,
        source_token=source[-1].i,
        mention=span_between(source[0], source[-1]),
        confidence=0.5,
    )
