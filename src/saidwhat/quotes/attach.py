"""Which quotations a cue's punctuation attaches to it: "“…,” he said", "he added: “…”", a split
quote with one of each (``attach_quotations``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..marks import Quotation
from ..nlp import text_of
from .mentions import name_with_appositive
from .records import Cue

# After the cue, before the quotation: objects and adjuncts of the cue only
# ("told reporters on Tuesday: “…”"), no sentence end, no other quotation.
# An abbreviation's full stop ends no sentence: 'wrote of Ms. Merkel: “…”'.
ABBREVIATION = r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|St|Jr|Sr|Prof|[A-Z])\."
BETWEEN_AFTER = re.compile(rf"(?:{ABBREVIATION}|[^.!?;\"“”«»]){{0,100}}")
# After the quotation, before the cue: a short subject at most ("“…,” the minister said").
BETWEEN_BEFORE = re.compile(r"[\s,—–-]*(?:[^\s.!?;:\"“”«»]+\s+){0,6}[\s,]*")
# A complementizer in the first words between a cue and a quotation: "tells audiences that …, “…”".
THAT_CLAUSE = re.compile(r"(?:\S+\s+){0,3}that\b")
SPLIT_ENDINGS = (",", "?", "!", "—", "–", "-", "…")
MIN_UNPUNCTUATED = 5  # words in a quotation whose closing comma is missing: fewer is a title
# Words before a quoted name: "the “Golden Week,”", "his “Apprentice,”", "the spot titled “Dangerous,”".
NAMING_WORDS = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "so-called",
    "titled", "entitled", "called", "named", "dubbed",
}


def attach_quotations(doc: Doc, cues: list[Cue], quotations: list[Quotation]) -> dict[int, list[Quotation]]:
    """Map each cue to the quotations its punctuation attaches to it.

    A quotation ending in a comma (or ? ! —) followed by a short subject and a
    cue belongs to that cue ("“…,” he said"); otherwise a quotation opened right
    after a cue and a colon or comma belongs to the nearest cue before it
    ("he added: “…”"). A cue with one of each is a split quote.
    """
    text = text_of(doc)
    attached: dict[int, list[Quotation]] = {}
    nearest = _Nearest(cues)
    for q in quotations:
        before, after = _cue_before(text, q, nearest), _cue_after(doc, q, nearest)
        if before is not None and after is not None and _introduced(text, q, before, after):
            cue = before
        else:
            cue = after or before
        if cue is not None:
            attached.setdefault(cue.token, []).append(q)
    return attached


def _introduced(text: str, q: Quotation, before: Cue, after: Cue) -> bool:
    """Whether a colon cue introduces a quotation that a cue after it also claims.
    'Grant said: “I proclaim this Godzilla Day. ¶ He's loose,” he added': a quotation over a
    paragraph is the colon's, "he added" only goes on with it; so is one right after 'said:'
    that goes on in pieces (each reopened by its mark) to a bare '…,” she said.'. Not
    '“A,” he wrote, “B”'."""
    between = text[before.span.end : q.start].strip()
    across = "\n" in text[q.start : after.span.start]
    return between.endswith(":") and (across or (between == ":" and after.bare and len(q.pieces) > 1))


class _Nearest:
    """The cue nearest before and after a position, by binary search: scanning every cue for
    every quotation was quadratic (an article of 40,000 quotations)."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        # Before: of the cues ending by a position, the last in text order (a topic-only one never takes a quotation).
        ends = sorted((c.span.end, i) for i, c in enumerate(cues) if not c.topic_only)
        self.ends, self.last = [e for e, _ in ends], list(accumulate((i for _, i in ends), max))
        # After: of the cues starting from a position, the first in text order that may take a quotation after it.
        starts = sorted((c.span.start, i) for i, c in enumerate(cues) if not (c.relative or c.topic_only))
        self.starts, self.first = [s for s, _ in starts], list(accumulate((i for _, i in reversed(starts)), min))[::-1]

    def before(self, pos: int) -> Cue | None:
        n = bisect_right(self.ends, pos)
        return self.cues[self.last[n - 1]] if n else None

    def after(self, pos: int) -> Cue | None:
        n = bisect_left(self.starts, pos)
        return self.cues[self.first[n]] if n < len(self.starts) else None


def _cue_after(doc: Doc, q: Quotation, nearest: _Nearest) -> Cue | None:
    """The cue just after a quotation that ends like an attributed one ("“…,” she said")."""
    text = text_of(doc)
    # "“She said, ‘I refuse,’” he noted": the comma sits inside a nested quotation's mark.
    inner_end = q.pieces[-1].text.rstrip("’'\"”›»")
    outside = text[q.end : q.end + 1]
    full_stop = inner_end.endswith(".") and outside != ","
    # '“The Iowa caucus is a battle of niches” Grubbs said.': the comma left out; only a
    # sentence's worth of quotation before a bare cue, not a title ('“Hamilton” fans said').
    punctuated = inner_end.endswith(SPLIT_ENDINGS) or outside == "," or full_stop
    unpunctuated = not punctuated and inner_end[-1:].isalnum() and q.words >= MIN_UNPUNCTUATED and q.pieces[0].text.lstrip()[:1].isupper()
    if not (punctuated or unpunctuated):
        return None
    if _embedded(text, q):
        return None  # "said abortion was a “very key issue”, saying: …" - a fragment of another clause
    # Not one in a relative clause: '“…,” Cruz, who has proposed repealing it, said': the quotation is the main verb's.
    cue = nearest.after(q.end)
    if cue is None:
        return None
    if cue.subject_start is not None and cue.subject_start < q.start:
        return None  # 'Trump, star of the show "The Apprentice," said in an interview that…': a title in the subject
    if not (inner_end.endswith(",") or outside == ",") and _reports_its_own_clause(doc[cue.token]):
        # '“…?” Mr Milburn replied that they were not anti-Semitic': the reply is the "that" clause;
        # but '“We are ready,” Mr Brown told reporters that…' sets its quotation off for the cue.
        return None
    between = text[q.end : cue.span.start]
    ok = "\n" not in between and (BETWEEN_BEFORE.fullmatch(between) or _lost_named_subject(doc, q, cue) or _subject_follows(text, q, cue))
    if (full_stop or unpunctuated) and not cue.bare:
        ok = False  # "“…” Trump said." attaches; "“…” Trump said the polls were wrong." does not
    if unpunctuated:
        # Only the subject between: '"…" for Clinton, said Kunin.' is a clause opening on a quotation.
        ok = ok and cue.subject_start is not None and cue.subject_start < cue.span.start and _subject_follows(text, q, cue)
    return cue if ok else None


def _reports_its_own_clause(verb: Token) -> bool:
    """A cue with a "that" clause after it reports that clause, not a quotation before it."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def _embedded(text: str, q: Quotation) -> bool:
    """A quotation that starts lower-case right after a word sits inside a sentence; one
    after a determiner or a possessive is a name ("what had been called the “Golden Week,”
    saying…", "on Wednesday’s “MSNBC Live,” Lehel stated…")."""
    # Look past spaces: the cleaner turns ''a pair'' into a mark with a space beside it.
    before = text[max(0, q.start - 10) : q.start].rstrip()[-1:]
    if q.pieces[0].text[:1].islower() and before.isalnum():
        return True
    first = q.pieces[0].text.lstrip("'‘’\"“ ")[:1]
    if not (first.isupper() or first.isdigit()) or q.words > 6:
        return False  # "The ‘animosity is like…,’ he told": a quotation that opens on a determiner
    words = text[max(0, q.start - 20) : q.start].split()
    last = words[-1] if words and not text[q.start - 1 : q.start].strip() else ""
    return last.lower() in NAMING_WORDS or last.endswith(("’s", "'s"))


def _lost_named_subject(doc: Doc, q: Quotation, cue: Cue) -> bool:
    """"“…,” Gene Sperling, a top outside Clinton adviser, said": a name and an appositive for
    a cue with no subject. With one, they are no subject of the cue: '“…,” On Wednesday, a
    fresh IFA hearing into the saga, ruled that…' is a sentence of its own."""
    return cue.subject_start is None and name_with_appositive(doc, q.end, cue.span.start) is not None


def _subject_follows(text: str, q: Quotation, cue: Cue) -> bool:
    """"“…,” Trump, the front-runner in South Carolina after winning…, said": a long
    subject is fine when it is the cue's own and starts right after the quotation."""
    if cue.subject_start is None or cue.subject_start < q.end:
        return False
    return not text[q.end : cue.subject_start].strip(" ,—–-")


def _cue_before(text: str, q: Quotation, nearest: _Nearest) -> Cue | None:
    """The nearest cue before a quotation, joined to it by a colon, a comma or nothing."""
    # '“…,” said Sherman, speaking of politicians, “…”': the quotation goes on with "said".
    cue = nearest.before(q.start)
    if cue is None:
        return None
    between = text[cue.span.end : q.start]
    if not BETWEEN_AFTER.fullmatch(between):
        return None
    # A colon may end a paragraph and the quotation open the next ("he said:\n“…”").
    if "\n" in between and not between.rstrip().endswith(":"):
        return None
    stripped = between.strip()
    if not stripped.endswith(":") and THAT_CLAUSE.match(stripped):
        return None  # 'tells audiences that after 44 male presidents, “It's time.”': a clause with a quotation
    if stripped.endswith((":", ",")) or not stripped:
        return cue
    return None
