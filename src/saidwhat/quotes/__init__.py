"""Quotes: find what was said, and the cue and subject that attribute it.

The stage is a package: ``cues`` finds reporting verbs and attaches
quotations to them, ``direct`` makes direct speech, ``indirect`` mixed and
indirect speech (``reported`` finds the clause a cue reports, ``bounds`` and
``joined`` where it ends, ``mixed`` where its quotations take it;
``speech_acts``, ``naming`` and ``parenthetical`` what else a cue governs;
``reporting`` whether a verb reports at all), ``trailing`` a sentence-final cue
the tagger read as a noun (", local press reports."), ``subjects`` finds who (``saying`` when the cue is another's verb: "quoted … as saying", "prompted X to say", "was asked …, saying");
this module composes them.

Reads a parsed Doc and the quotations found by ``marks``; returns ``Found``
records (content pieces, cue, the token heading the speaker mention) in text
order. Three constructions:

- direct: a quotation attached to a cue by punctuation ("he added: “…”",
  "“…,” she said", split "“A,” he said, “B.”");
- mixed: a cue's complement clause that contains a quotation
  ("maintained that “all these options are possible”");
- indirect: a cue's complement clause with no quotation ("said it is up to
  the Kremlin…", "stressed that…", "according to officials, …").

A quotation with no cue continues the previous statement when it opens the
paragraph right after it ("he added:" followed by more quoted paragraphs, or a
report whose speaker is named at that paragraph's end), or opens right after a
quotation of it that ended its sentence (the paragraph break between lost).
Short quotations with no cue are scare quotes, titles or nicknames: dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..marks import MarkScan, Quotation
from ..nlp import end_of, text_of
from .indirect import complement
from .attach import ABBREVIATION, attach_quotations
from .cues import BELIEF_VERBS, find_cues
from .direct import colon_quotes, dash_quotes, direct, headline_claims
from .headlines import title_claims, trailing_cue_claims
from .trailing import noun_read_cue_claims
from .nominal import nominal_claims
from .records import Cue, Found, QuoteIndex
from .saying import a_finding_s_source
from .spans import inside, whole_words
from .speech_acts import OBJECT_SPEECH_VERBS, on_a_speech_acts_object, topical
from .mentions import core_mention, mention_span, transcript_name
from .subjects import RELATIVE_PRONOUNS, subject_of

__all__ = [
    "RELATIVE_PRONOUNS", "Cue", "Found", "QuoteIndex", "core_mention", "find_statements", "mention_span", "subject_of",
    "transcript_name",
]

# A short quoted title inside a cue sentence: 'said in an interview aired on “New Day.”'
TITLE = re.compile(r"[“\"«][^“”\"«»]{1,60}[”\"»]")
SENTENCE_END = re.compile(r"[.!?][\s”\"’']")
MIN_QUOTE_WORDS = 4  # fewer, with no cue, is a scare quote or a title


def find_statements(doc: Doc, scan: MarkScan) -> list[Found]:
    """All statements in ``doc``: direct, mixed and indirect, in text order."""
    index = QuoteIndex(scan)
    cues = find_cues(doc, index)
    attached = attach_quotations(doc, cues, index.quotations)
    found: list[Found] = []
    claimed: set[int] = set()
    for cue in cues:
        # 'Trump claimed that “…,” a prosecutor said the cases differ': a quotation already in
        # an earlier statement's clause is not this cue's.
        quotations = [q for q in attached.get(cue.token, []) if q.start not in claimed]
        statement = direct(doc, cue, quotations, index) if quotations else None
        if statement is not None and (statement.kind == "direct" or statement.source_token is not None):
            # A fragment with no one saying it ("called “reform”") is a scare quote.
            found.append(statement)
            claimed.update(q.start for q in quotations)
        elif (clause := complement(doc, cue, index)) is not None:
            found.append(clause)
            if not _frames(doc, clause):
                # "According to the text, he told delegates: “…”": the quotation stays the cue's own.
                claimed.update(q.start for q in index.quotations if inside(q, clause.content))
    found.extend(nominal_claims(doc, index))
    holders = _content_holders(found)
    retold = _retold(doc, found, holders)
    found = [f for f in found if not _nested(doc, f, holders(f)) and not _fact_as_source(doc, f) and id(f) not in retold]
    found.extend(headline_claims(doc, index, cues))
    found.extend(title_claims(doc, index, found))
    found.extend(trailing_cue_claims(doc, index, found))
    found.extend(noun_read_cue_claims(doc, index, found))
    dashed = dash_quotes(doc, index, claimed)
    found.extend(dashed)
    claimed.update(f.content[0].start for f in dashed)
    coloned = colon_quotes(doc, index, claimed)
    found.extend(coloned)
    claimed.update(f.content[0].start for f in coloned)
    found = [_in_whole_words(doc, f) for f in found]
    # "…, figures showed.": a document's report is not followed by its own quoted words.
    documents = frozenset(f.source_token for f in found if f.source_token is not None and a_finding_s_source(doc[f.source_token]))
    found = continuations(text_of(doc), found, index.quotations, claimed, documents=documents)
    return sorted(found, key=lambda f: f.content[0].start)


def _in_whole_words(doc: Doc, f: Found) -> Found:
    """``f`` with no content piece cut inside a word ("to co" of "to co-operate")."""
    content = tuple(whole_words(doc, p, f.cue_token) for p in f.content)
    return f if content == f.content else replace(f, content=content)


def _fact_as_source(doc: Doc, f: Found) -> bool:
    """"This indicates that neither country…": a demonstrative points at a fact, not a
    speaker; "those surveyed", "those who voted" are people."""
    if f.source_token is None:
        return False
    source = doc[f.source_token]
    if source.tag_ == "WDT" and source.head.dep_ == "relcl":
        return False  # a relative "that" stands for its noun: "a new poll that shows…"
    return source.lower_ in ("this", "that", "these", "those") and not any(c.dep_ in ("acl", "relcl") for c in source.children)


def _content_holders(found: list[Found]) -> Callable[[Found], list[Found]]:
    """For each statement, the others with a content piece around its cue: those it may be nested in.

    Pieces sorted by start, with the furthest end so far: a lookup walks back only over pieces
    that can still reach the cue, so an article of a thousand statements is not a million checks.
    """
    pieces = sorted((p.start, p.end, i) for i, f in enumerate(found) for p in f.content)
    starts = [start for start, _, _ in pieces]
    reach = list(accumulate((end for _, end, _ in pieces), max))

    def holders(f: Found) -> list[Found]:
        if f.cue is None:
            return []
        at, out = f.cue.start, set()
        j = bisect_right(starts, at) - 1
        while j >= 0 and reach[j] > at:
            if pieces[j][1] > at:
                out.add(pieces[j][2])
            j -= 1
        return [found[i] for i in sorted(out) if found[i] is not f]

    return holders


def _nested(doc: Doc, f: Found, holders: list[Found]) -> bool:
    """"She said she expected rates to fall", "said the union would announce new dates", "said
    staff had warned about the software": a belief or a speech act inside what someone said
    is part of it, not a second statement. ``holders`` are the statements with a content
    piece around ``f``'s cue (``_content_holders``)."""
    if f.cue_token is None:
        return False
    verb = doc[f.cue_token]
    if verb.lower_ == "according":
        return False  # "…, according to Politico": the parser may hang it inside a clause it frames
    # "warned about" as its cue says (not a quotation attached to a bare "railed").
    about = topical(verb) and f.cue is not None and f.cue.end > end_of(verb)
    if verb.lemma_.lower() in OBJECT_SPEECH_VERBS and verb.dep_ == "relcl":
        # "criticised a union leader who claimed that …" as "who said that …" (``_said_by_the_object``).
        return any(not _said_by_the_object(doc, f, o) for o in holders)
    if verb.lemma_.lower() in BELIEF_VERBS | OBJECT_SPEECH_VERBS or about:
        return bool(holders)
    # "Judicial Watch noted Comey said investigators had recovered…": a report inside another
    # report is the outer speaker's claim, all of it inside what they said. Not a quotation
    # ('he told delegates: “…”' stays the speaker's own words), and not inside "according to"
    # or a belief ("According to Mandaric, Redknapp vowed…": Redknapp's, as Mandaric tells it).
    if f.kind == "direct":
        return False
    return any(_within(f, o) and not _frames(doc, o) and not _said_by_the_object(doc, f, o) for o in holders)


def _said_by_the_object(doc: Doc, f: Found, outer: Found) -> bool:
    """"Gordon Brown has criticised a union leader who said conflict … was harming the
    government": a report in a relative clause on the noun that another speech act is about
    (its object, all of what ``outer`` says) is the reporter's telling of who that is, not
    part of the outer speaker's words. A relative clause inside a reported clause stays in
    it ("He said the man who said he saw it was lying", which the parser may read as an object
    of "said")."""
    noun = on_a_speech_acts_object(doc[f.cue_token])
    if noun is None or outer.cue_token != noun.head.i or outer.content[0].start != noun.left_edge.idx:
        return False
    return not _own_words(doc, f.source_token, outer.source_token)


# Personal pronouns that can point back to a speaker, with whether they point to more than one.
POINTING_BACK = {"he": False, "she": False, "it": False, "they": True, "we": True, "i": False}


def _own_words(doc: Doc, reporter: int | None, speaker: int | None) -> bool:
    """"He denied the allegations, which he said were politically motivated", "The minister
    announced a scheme which she said would create 1,000 jobs": a relative clause whose reporter
    is the outer speaker (the same name or word, or a pronoun agreeing with the outer subject in
    number) is that speaker's own comment on the object, part of the outer statement. Not "a
    union leader who said …" (the "who" is the object) nor "which the Foreign Office says …"."""
    if reporter is None or speaker is None:
        return False
    said, outer = doc[reporter], doc[speaker]
    if said.lower_ == outer.lower_ or (said.pos_ == "PROPN" and said.lemma_ == outer.lemma_):
        return True
    if said.lower_ not in POINTING_BACK or said.lower_ == "it" and outer.ent_type_ == "PERSON":
        return False
    return POINTING_BACK[said.lower_] == _plural(outer)


def _plural(noun: Token) -> bool:
    """"Critics", "Smith and Jones", "we": more than one."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in noun.children)


def _retold(doc: Doc, found: list[Found], holders: Callable[[Found], list[Found]]) -> set[int]:
    """The "according to" statements that only pass on another's quotation: '"We will win,"
    John Smith said, according to Reuters' is John Smith's statement, in his words, which
    Reuters reported; as Reuters' its words would be "We will win, John Smith said". A report
    in other words stays the teller's too ("According to Mandaric, Redknapp vowed…"), and so
    does a fronted one, which sets the scene ("According to an advance text, he told…")."""
    return {
        id(o) for f in found if f.source_token is not None and f.kind == "direct"
        for o in holders(f) if o.cue_token is not None and doc[o.cue_token].lower_ == "according" and o.cue.start > f.cue.start
    }


def _frames(doc: Doc, f: Found) -> bool:
    """"according to", or a belief ("I think … Defar complained that…"): it frames a
    report, it does not make it second-hand."""
    return f.cue_token is not None and (
        doc[f.cue_token].lower_ == "according" or doc[f.cue_token].lemma_.lower() in BELIEF_VERBS
    )


def _within(f: Found, outer: Found) -> bool:
    """Whether ``f``'s cue and all its content lie inside ``outer``'s content."""
    return any(p.start <= f.cue.start < p.end for p in outer.content) and all(
        any(q.start <= p.start and p.end <= q.end for q in outer.content) for p in f.content
    )


def continuations(
    text: str, found: list[Found], quotations: list[Quotation], claimed: set[int], *, documents: frozenset[int] = frozenset(),
) -> list[Found]:
    """``found`` with the cue-less quotations that continue a statement joined to it.

    '“We have run out of options,” said Hugh Hill, a doctor. “The money is not
    there.”': a quotation right after the sentence of a statement is one more
    piece of it. A quotation opening the paragraph after a statement ('he
    added:' then a quoted paragraph) is the same speaker going on. Any other
    quotation with no cue is skipped. ``documents`` are the speaker tokens that
    are a document ("figures showed"), whose reports no quotation goes on.
    """
    out = sorted(found, key=lambda f: f.content[-1].end)
    for q in sorted(quotations, key=lambda q: q.start):
        if q.start in claimed:
            continue
        previous = [i for i, f in enumerate(out) if f.content[-1].end <= q.start]
        if not previous:
            continue
        i = previous[-1]
        quoted = [j for j in previous if out[j].kind == "direct" and out[j].cue is not None]
        if quoted and quoted[-1] != i and _one_sentence_on(text, out[quoted[-1]], out[i], q):
            # '“A,” Sanders said, according to CNN. “B.”', '“A,” Clark said, noting he would
            # back the nominee. “B.”': B goes on with the quotation, not with the report
            # in or after its cue sentence.
            i = quoted[-1]
        gap = text[out[i].content[-1].end : q.start]
        same_paragraph = _same_paragraph_follow(gap)
        if q.words < MIN_QUOTE_WORDS and not (_whole_sentence(q) and same_paragraph and out[i].kind == "direct"):
            continue  # '“…,” Bouhlel said. “Bodies everywhere.”' goes on; a short quotation elsewhere is a title
        if _goes_on_with(text, out[i], q, gap, same_paragraph, documents):
            out[i] = _continued(out[i], q)
    return out


def _goes_on_with(text: str, f: Found, q: Quotation, gap: str, same_paragraph: bool, documents: frozenset[int]) -> bool:
    """Whether the cue-less quotation ``q``, ``gap`` after statement ``f``, goes on with it."""
    opens = _opens_paragraph(text, q.start)
    return (
        # "Kerry said that 100,000 would be accepted. “That adds up to 185,000.”": Kerry again.
        (same_paragraph and (_quoted_to_its_end(text, f) or f.source_token is not None))
        or (opens and gap.count("\n") <= 2 and not gap.strip(" \n”\"’.,"))
        # '“…,” Cruz said.' then a paragraph of quotation with no cue: Cruz goes on; so does
        # the speaker of a report named at its paragraph's end ("The catastrophe was
        # overshadowing the hopes …, Mr Howard said." then a quoted paragraph).
        or (opens and _cue_sentence_ends_paragraph(gap) and _quoted_to_its_end(text, f))
        or (opens and _cue_sentence_ends_paragraph(gap) and _named_after(f, documents) and not _cued_after(text, q))
        or (_reopened_right_after(text, f, gap) and not _cued_after(text, q))
    )


POINTS_BACK = re.compile(r"(That|This|Those|These|Such)\s+(was|were|is|are)\b")


def _cued_after(text: str, q: Quotation) -> bool:
    """Whether the speaker of the quotation ``q`` may be named after it, so that it is not
    the previous speaker going on: its sentence goes on past the closing mark, with a comma
    to a cue ('“He’s like 6’2”,” Rubio said') or with words ('“…” was how the Labour leader
    described it', '“…” - the defiant message from Asda boss Andy Clarke'), or the next
    sentence points back at it ('That was the response of London mayor Boris Johnson.')."""
    inside = text[q.start : q.end].rstrip(" ”\"’")
    after = text[q.end :].lstrip(" ”\"’")
    if after[:1] in (",", "-", "–", "—") or (inside[-1:] not in (".", "!", "?") and after[:1] not in ("", "\n", ".", "!", "?")):
        return True
    return POINTS_BACK.match(after.lstrip(" .!?\n")) is not None


def _named_after(f: Found, documents: frozenset[int]) -> bool:
    """A report whose cue and speaker follow what was said ("…, Mr Howard said."), the
    speaker no document ("…, figures showed.")."""
    named = f.source_token is not None and f.source_token not in documents
    return f.kind == "indirect" and f.cue is not None and named and f.cue.start >= f.content[-1].end


def _reopened_right_after(text: str, f: Found, gap: str) -> bool:
    """'said: "… not 1 January." "Let us never forget …': a quotation opening right after a
    closed quotation that ended its sentence, nothing between, is the next paragraph of it
    whose break the text lost."""
    return (
        _quoted_to_its_end(text, f) and f.content[-1].text.rstrip()[-1:] in (".", "!", "?")
        and "\n" not in gap and not gap.strip(" ”\"’") and any(mark in gap for mark in "”\"’")
    )


def _continued(f: Found, q: Quotation) -> Found:
    """``f`` with the quotation that continues it as one more piece: what the speaker said
    in their own words after reporting it ("Kerry said that…. “That adds up.”") makes the
    statement mixed."""
    return replace(f, kind="mixed" if f.kind == "indirect" else f.kind, content=f.content + q.pieces)


def _quoted_to_its_end(text: str, f: Found) -> bool:
    """A statement with a cue whose words end in a quotation: direct speech, or mixed speech
    ending inside the marks ('Golf clubs are “just scratching out a profit,” Hedge said.'),
    which the next quotation goes on."""
    if f.cue is None:
        return False
    end = f.content[-1].end
    around = text[end - 2 : end].rstrip(" ,.") + text[end:].lstrip(" ,.")[:1]
    return f.kind == "direct" or (f.kind == "mixed" and any(mark in around for mark in ("”", "\"", "’")))


def _one_sentence_on(text: str, quotation: Found, other: Found, q: Quotation) -> bool:
    """Whether ``other`` lies in the cue sentence of the direct ``quotation``, and ``q``
    opens the next sentence."""
    end = quotation.content[-1].end
    around = any(p.start <= quotation.cue.start < p.end for p in other.content)
    # 'said: “… follow it.” Mansfield warned …': a quotation that ends a sentence ends the cue's.
    ended = text[:end].rstrip("”\"’' ")[-1:] in (".", "!", "?")
    # "Mr. Hedge said, referring to…": an abbreviation's full stop ends no sentence.
    between = re.sub(ABBREVIATION, "", text[end : other.cue.start].lstrip("”\"’',.!?"))
    same_sentence = other.cue is not None and not ended and not SENTENCE_END.search(between)
    return (around or same_sentence) and _same_paragraph_follow(text[end : q.start])


def _whole_sentence(q: Quotation) -> bool:
    """A quotation that is a sentence of its own: capitalised, ended inside its marks."""
    first, last = q.pieces[0].text.lstrip(), q.pieces[-1].text.rstrip()
    return q.closed and first[:1].isupper() and last.endswith((".", "!", "?"))


def _same_paragraph_follow(gap: str) -> bool:
    """A gap that only finishes the previous statement's sentence: no new paragraph or quotation."""
    rest = TITLE.sub(_title_end, gap.lstrip("”\"’'»,.!? "))
    ends_sentence = rest.rstrip().endswith((".", "!", "?")) or (not rest.strip() and any(c in gap for c in ".!?"))
    return "\n" not in gap and len(rest) <= 250 and not any(m in rest for m in "“\"«") and ends_sentence


def _title_end(title: re.Match) -> str:
    """What is left of a title: the full stop its closing mark may hold ('on “New Day.”')."""
    return "title" + title.group()[-2] if title.group()[-2] in ".!?" else "title"


def _cue_sentence_ends_paragraph(gap: str) -> bool:
    """'," he said.\n': the rest of a quotation's cue sentence, then one paragraph break."""
    body = gap.rstrip("\n ")
    return 0 < gap.count("\n") <= 2 and _same_paragraph_follow(body)


def _opens_paragraph(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()
