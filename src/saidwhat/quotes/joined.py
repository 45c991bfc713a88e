"""Clauses joined to a reported clause: which go on with the report, which are another
report or the reporter's comment, and where the "and" joining them starts."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from .cues import BELIEF_VERBS
from .reporting import can_speak
from .spans import run_on, span_of
from .subjects import SUBJECTS, cue_verb


def joined_not_reported(head: Token, child: Token) -> bool:
    """A clause joined to a reported clause that is not part of it: another report with its
    own subject ("China's economy grew by 9.5% in 2004 and experts say the picture remains
    strong"), or the reporter's comment on what was said now ("told Clarin it would not
    accept any change to its legal structure and, in practice, this rules out State
    participation"): reported speech shifts its tenses back after a cue in the past; a
    present-tense clause set off by an aside or pointing back with "this" is the reporter's.
    Not a second "that" clause, nor one with quotation marks: the speaker's."""
    if child.dep_ != "conj" or not any(c.dep_ in SUBJECTS for c in child.children):
        return False
    if any(c.dep_ == "mark" for c in child.children) or any(t.is_quote for t in child.subtree):
        return False
    if _another_report(head, child):
        return True
    first = next(t for t in child.subtree if not t.is_punct)
    set_off = first.dep_ in ("prep", "advmod") and child.doc[first.i - 1].text == ","  # "and, in practice, this…"
    pointing = any(c.dep_ in SUBJECTS and c.lower_ in ("this", "that") for c in child.children)
    return head.head.tag_ == "VBD" and _backshifted(head) and _present(child) and (pointing or set_off)


def _another_report(head: Token, child: Token) -> bool:
    """"Halifax said house prices rose by 0.8% and Nationwide reported a rise of 0.4%": a
    cue joined to the reported clause, with a speaker of its own as its subject and what it
    reports as its complement or object. Not "a search of his car found marijuana" (no
    speaker), "all had agreed to be in it" (consent, no report), "18% felt themselves better
    off" or a clause inside a belief ("I think … and Defar complained that…")."""
    subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
    # "Russian authorities argued…": a body named by its country speaks too.
    speaker = subject is not None and (can_speak(subject) or any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in subject.subtree))
    said = any(c.dep_ in ("ccomp", "dobj") and c.i > child.i for c in child.children)
    beliefs = {child.lemma_.lower(), head.head.lemma_.lower()} & BELIEF_VERBS
    return cue_verb(child) and speaker and said and not beliefs


def _backshifted(verb: Token) -> bool:
    """"would not accept", "had failed", "was": a past tense or a past modal."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is not None:
        return modal.lower_ in ("would", "could", "might", "should")
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
    return first.tag_ == "VBD"


def _present(verb: Token) -> bool:
    """"rules out", "is", "has become": a present tense, no modal."""
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
    return first.tag_ in ("VBZ", "VBP")


def conjunction_before(verb: Token) -> int:
    """Where the "and" (or ", and") joining ``verb`` to what comes before it starts."""
    i = verb.left_edge.i
    while i > 0 and (verb.doc[i - 1].dep_ == "cc" or verb.doc[i - 1].text == ","):
        i -= 1
    return i


def joined_after_cue(head: Token, *, after: int) -> list[Token]:
    """Clauses joined to ``head`` after token ``after`` (the end of a cue set in after what it
    reports) that go on with the report: "A typical episode of 24 was downloaded by about
    100,000 people globally, said the report, and an estimated 20,000 of those were from
    within the UK" (the report's figures). Not one whose subject could speak or whose verb
    reports or believes ("… a formality, analysts said, and the company expects full
    approval"): another source's, or the reporter's."""
    return [
        c for c in head.children
        if c.dep_ == "conj" and c.left_edge.i > after and c.pos_ in ("VERB", "AUX")
        and (subject := next((s for s in c.children if s.dep_ in SUBJECTS), None)) is not None
        and not can_speak(subject) and not cue_verb(c) and c.lemma_.lower() not in BELIEF_VERBS
    ]


def joined_piece(doc: Doc, clause: Token) -> Span | None:
    """A joined clause with the "and" that joins it, which a reader keeps ("… globally and an
    estimated 20,000 …"), without the comma before it."""
    return span_of(doc, list(doc[and_before(clause) : clause.right_edge.i + 1]))


def and_before(clause: Token) -> int:
    """Where the conjunction joining ``clause`` starts, past the commas before it."""
    i = conjunction_before(clause)
    while i < clause.left_edge.i and clause.doc[i].is_punct:
        i += 1
    return i


def with_quoted_conjunct(doc: Doc, verb: Token, clause: Token, piece: Span | None) -> Span | None:
    """'The lawyer said Ms Love had “turned her life around” and she was “clean and sober”':
    the parser may join a second clause to the cue, not to the clause it reports; a "be" with
    a subject of its own and the speaker's quoted words after it describes in those words and
    goes on with what was said. Not one with no quotation ("said the plan was “dead” and he
    walked out": the reporter's), nor another verb ("and Smith called it “a joke”", "and the
    crowd sang “…”"), nor one with a source of its own ("…, but inflation was “stubbornly
    high”, according to the Fed", "…, but the response was “hostile”, the BBC understands")."""
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > clause.i), None)
    if piece is None or joined is None or conjunction_before(joined) != clause.right_edge.i + 1:
        return piece
    subject = next((c for c in joined.children if c.dep_ in SUBJECTS), None)
    tokens = list(doc[conjunction_before(joined) : joined.right_edge.i + 1])
    if subject is None or joined.lemma_ != "be" or any(cue_verb(t) for t in tokens) or _attributed(joined):
        return piece
    if not any(t.is_quote for t in tokens if t.i > subject.i):
        return piece
    more = joined_piece(doc, joined)
    return run_on(doc, piece, more)


def _attributed(joined: Token, *, spaces: bool = False) -> bool:
    """Whether a joined clause has a source of its own: an "according to" phrase in it, or any
    words after it in its sentence (a cue set in after it: "…, the BBC understands"). With
    ``spaces``, the line break that ends a paragraph's last sentence is no word."""
    doc = joined.doc
    inside = any(t.lower_ == "according" for t in joined.subtree)
    after = doc[joined.right_edge.i + 1 : joined.sent.end]
    return inside or any(not t.is_punct and not (spaces and t.is_space) for t in after)


# Modals of a proposal: what should be done, which a purpose clause after it goes on with.
# ("ought" is no aux: in "there ought to be" it is the clause's own verb.)
PROPOSING_MODALS = {"should", "must"}
# Modals of a purpose: "so all parties can act", "so that voters would know".
PURPOSE_MODALS = {"can", "could", "will", "would", "may", "might"}


def with_purpose_of_proposal(doc: Doc, verb: Token, clause: Token, piece: Span | None) -> Span | None:
    """"Mr Taylor argues there should be new guidelines so all parties can act in the same way":
    the parser may hang a "so" clause on the cue; right after a clause saying what should or
    must be done, a purpose ("so that", or "so" with a modal or "to") goes on with what was
    said. Not the reporter's result ("He argued there should be new rules so the party voted
    for them"), nor one with a source or a cue of its own ("… so all parties could act
    fairly, according to aides", "… so voters can say what they think")."""
    purpose = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == clause.right_edge.i + 1), None)
    if piece is None or purpose is None or doc[purpose.left_edge.i].lower_ != "so":
        return piece
    if not any(c.dep_ == "aux" and c.lower_ in PROPOSING_MODALS for c in clause.children):
        return piece
    # A cue of its own is the clause's verb or one joined to it; one in a condition inside it is
    # part of the purpose ("… so all parties can act in the same way if the watchdog believes …").
    own = [purpose, *(c for c in purpose.children if c.dep_ in ("conj", "ccomp", "xcomp"))]
    if not _a_purpose(purpose) or any(cue_verb(t) for t in own) or _attributed(purpose, spaces=True):
        return piece
    more = joined_piece(doc, purpose)
    return run_on(doc, piece, more)


def _a_purpose(clause: Token) -> bool:
    """"so that crime falls", "so all parties can act", "so as to protect voters": a "so"
    clause that says what for, not what followed ("so the party voted for them")."""
    words = clause.doc[clause.left_edge.i : clause.i]
    that = len(words) > 1 and words[1].lower_ == "that" and words[1].dep_ == "mark"
    return that or any(c.dep_ == "aux" and (c.lower_ in PURPOSE_MODALS or c.tag_ == "TO") for c in clause.children)
