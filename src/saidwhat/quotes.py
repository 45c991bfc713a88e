"""Quotes: find what was said, and the cue and subject that attribute it.

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
paragraph right after it ("he added:" followed by more quoted paragraphs).
Short quotations with no cue are scare quotes, titles or nicknames: dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .marks import MarkScan, Quotation, paragraphs
from .model import Span
from .resources import lexicon

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Children that are not part of a speaker mention: "Hugh Hill, a doctor, said".
MENTION_EXCLUDED = {"appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "prep"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# After the cue, before the quotation: objects and adjuncts of the cue only
# ("told reporters on Tuesday: “…”"), no sentence end, no other quotation.
BETWEEN_AFTER = re.compile(r"[^.!?;\"“”«»]{0,100}")
# After the quotation, before the cue: a short subject at most ("“…,” the minister said").
BETWEEN_BEFORE = re.compile(r"[\s,—–-]*(?:[^\s.!?;:\"“”«»]+\s+){0,6}[\s,]*")
SPLIT_ENDINGS = (",", "?", "!", "—", "–", "-", "…")
# Words that open a clause framing the saying rather than continuing what was said:
# "… when asked about troops", "… to support Ukraine".
FRAMES = {"when", "while", "as", "after", "before", "during", "to"}
# Speech acts whose direct object is what was said ("announced a ban", "denied the claims").
OBJECT_SPEECH_VERBS = {
    "acknowledge", "admit", "announce", "claim", "confirm", "deny", "disclose", "predict",
    "promise", "propose", "recommend", "repeat", "report", "reveal",
}
BELIEF_VERBS = {"believe", "expect", "fear", "feel", "hope", "think", "worry", "wonder"}
MIN_QUOTE_WORDS = 4  # fewer, with no cue, is a scare quote or a title


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """A statement before its speaker and date are resolved."""

    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    cue_token: int | None = None  # index of the cue's verb in the Doc
    source_token: int | None = None  # index of the head of the speaker mention
    mention: Span | None = None
    follows: bool = False  # no cue of its own: continues the previous statement
    confidence: float = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    """A reporting verb (or "according to") outside any quotation."""

    token: int
    span: Span
    subject_start: int | None = None  # where the cue's subject phrase begins, if it has one


class QuoteIndex:
    """Which quotation, if any, covers a character offset (binary search)."""

    def __init__(self, scan: MarkScan) -> None:
        self.quotations = sorted(scan.quotations, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotations]

    def at(self, offset: int) -> Quotation | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotations[i].start <= offset < self.quotations[i].end:
            return self.quotations[i]
        return None


def find_statements(doc: Doc, scan: MarkScan) -> list[Found]:
    """All statements in ``doc``: direct, mixed and indirect, in text order."""
    index = QuoteIndex(scan)
    cues = find_cues(doc, index)
    attached = attach_quotations(doc.text, cues, index.quotations)
    found: list[Found] = []
    claimed: set[int] = set()
    for cue in cues:
        quotations = attached.get(cue.token, [])
        statement = direct(doc, cue, quotations, index) if quotations else None
        if statement is not None and (statement.kind == "direct" or statement.source_token is not None):
            # A fragment with no one saying it ("called “reform”") is a scare quote.
            found.append(statement)
            claimed.update(q.start for q in quotations)
        elif (clause := complement(doc, cue, index)) is not None:
            found.append(clause)
            claimed.update(q.start for q in index.quotations if _inside(q, clause.content))
    found = [f for f in found if not _nested(doc, f, found)]
    found.extend(headline_claims(doc, index, cues))
    found = continuations(doc.text, found, index.quotations, claimed)
    return sorted(found, key=lambda f: f.content[0].start)


def find_cues(doc: Doc, index: QuoteIndex) -> list[Cue]:
    """Reporting verbs and "according to" outside quotations, in text order."""
    verbs = lexicon("reporting_verbs.txt")
    cues = []
    for token in doc:
        if index.at(token.idx) is not None:
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            cues.append(Cue(token=token.i, span=Span.of(doc.text, token.idx, to.idx + len(to))))
        elif token.pos_ == "VERB" and token.lemma_.lower() in verbs and not _in_compound(doc, token):
            subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
            start = subject.left_edge.idx if subject is not None else None
            cues.append(Cue(token=token.i, span=_cue_span(doc, token), subject_start=start))
    return cues


def _nested(doc: Doc, f: Found, found: list[Found]) -> bool:
    """"She said she expected rates to fall", "said the union would announce new dates": a
    belief or a speech act inside what someone said is part of it, not a second statement."""
    if f.cue_token is None or doc[f.cue_token].lemma_.lower() not in BELIEF_VERBS | OBJECT_SPEECH_VERBS:
        return False
    return any(o is not f and any(p.start <= f.cue.start < p.end for p in o.content) for o in found)


def _in_compound(doc: Doc, token: Token) -> bool:
    """"so-called", "self-described": a verb inside a hyphenated adjective reports nothing."""
    return token.i > 0 and doc[token.i - 1].text in ("-", "–")


def _cue_span(doc: Doc, verb: Token) -> Span:
    """The verb with the auxiliaries, negation and adverbs just before it and an
    adjacent particle: "has already stated", "did not say", "pointed out"."""
    first = verb
    while first.i > 0 and doc[first.i - 1].head == verb and doc[first.i - 1].dep_ in ("aux", "auxpass", "neg", "advmod"):
        first = doc[first.i - 1]
    end = verb.idx + len(verb)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child)
    return Span.of(doc.text, first.idx, end)


def attach_quotations(text: str, cues: list[Cue], quotations: list[Quotation]) -> dict[int, list[Quotation]]:
    """Map each cue to the quotations its punctuation attaches to it.

    A quotation ending in a comma (or ? ! —) followed by a short subject and a
    cue belongs to that cue ("“…,” he said"); otherwise a quotation opened right
    after a cue and a colon or comma belongs to the nearest cue before it
    ("he added: “…”"). A cue with one of each is a split quote.
    """
    attached: dict[int, list[Quotation]] = {}
    for q in quotations:
        cue = _cue_after(text, q, cues) or _cue_before(text, q, cues)
        if cue is not None:
            attached.setdefault(cue.token, []).append(q)
    return attached


def _cue_after(text: str, q: Quotation, cues: list[Cue]) -> Cue | None:
    """The cue just after a quotation that ends like an attributed one ("“…,” she said")."""
    inner_end = q.pieces[-1].text
    outside = text[q.end : q.end + 1]
    if not (inner_end.endswith(SPLIT_ENDINGS) or outside == ","):
        return None
    if _embedded(text, q):
        return None  # "said abortion was a “very key issue”, saying: …" - a fragment of another clause
    for cue in cues:
        if cue.span.start >= q.end:
            between = text[q.end : cue.span.start]
            ok = "\n" not in between and (BETWEEN_BEFORE.fullmatch(between) or _subject_follows(text, q, cue))
            return cue if ok else None
    return None


def _embedded(text: str, q: Quotation) -> bool:
    """A quotation that starts lower-case right after a word sits inside a sentence."""
    before = text[max(0, q.start - 2) : q.start]
    return q.pieces[0].text[:1].islower() and bool(before.strip()) and before.rstrip()[-1:].isalnum()


def _subject_follows(text: str, q: Quotation, cue: Cue) -> bool:
    """"“…,” Trump, the front-runner in South Carolina after winning…, said": a long
    subject is fine when it is the cue's own and starts right after the quotation."""
    if cue.subject_start is None or cue.subject_start < q.end:
        return False
    return not text[q.end : cue.subject_start].strip(" ,—–-")


def _cue_before(text: str, q: Quotation, cues: list[Cue]) -> Cue | None:
    """The nearest cue before a quotation, joined to it by a colon, a comma or nothing."""
    before = [c for c in cues if c.span.end <= q.start]
    if not before:
        return None
    cue = before[-1]
    between = text[cue.span.end : q.start]
    if not BETWEEN_AFTER.fullmatch(between):
        return None
    # A colon may end a paragraph and the quotation open the next ("he said:\n“…”").
    if "\n" in between and not between.rstrip().endswith(":"):
        return None
    stripped = between.strip()
    if stripped.endswith((":", ",")) or not stripped:
        return cue
    return None


def direct(doc: Doc, cue: Cue, quotations: list[Quotation], index: QuoteIndex) -> Found:
    """A statement made of the quotations attached to ``cue``.

    With no punctuation between cue and quotation and a lower-case start, the
    quotation is a fragment inside the reporter's sentence: mixed speech
    ("he said “nothing should be excluded” to support Ukraine").
    """
    text = doc.text
    first = quotations[0]
    between = text[cue.span.end : first.start]
    fragment = first.start > cue.span.end and not between.strip() and first.pieces[0].text[:1].islower()
    clause = _clause_of(doc, doc[cue.token], index) if fragment else None
    clause_span = _clause_span(doc, clause) if clause is not None else None
    if clause_span is not None and clause_span.start <= first.start < clause_span.end:
        # "says “the wind is at our backs” despite his loss": the quoted words and the rest of the clause.
        content = (_cut_after_quote(doc, clause_span, quotations[-1]),)
    elif fragment:
        content = tuple(Span.of(text, q.start, q.end) for q in quotations)
    else:
        content = tuple(_drop_split_comma(p) for q in quotations for p in q.pieces)
    source = _according_source(doc, cue) or subject_of(doc[cue.token])
    return Found(
        kind="mixed" if fragment else "direct",
        content=content,
        cue=cue.span,
        cue_token=cue.token,
        source_token=source.i if source is not None else None,
        mention=mention_span(doc, source),
        confidence=0.9 if source is not None else 0.6,
    )


def _according_source(doc: Doc, cue: Cue) -> Token | None:
    """"According to the newspaper, “…”": the source is the object of "to"."""
    verb = doc[cue.token]
    if verb.lower_ != "according":
        return None
    to = next((c for c in verb.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _drop_split_comma(piece: Span) -> Span:
    """"We will win," she said -> "We will win": the comma belongs to the attribution."""
    if piece.text.endswith(",") and len(piece.text) > 1:
        return Span(start=piece.start, end=piece.end - 1, text=piece.text[:-1])
    return piece


def complement(doc: Doc, cue: Cue, index: QuoteIndex) -> Found | None:
    """Mixed or indirect speech: the clause a cue governs, if it governs one."""
    verb = doc[cue.token]
    if verb.lower_ == "according":
        pieces = _clause_without(doc, verb.head, verb)
        source = _according_source(doc, cue)
    else:
        clause = _clause_of(doc, verb, index)
        if clause is None and verb.lemma_.lower() == "call":
            pieces = [_called(doc, verb, index)]
        elif clause is None and verb.lemma_.lower() in OBJECT_SPEECH_VERBS and _said_object(verb) is not None:
            pieces = [_span_of(doc, list(_said_object(verb).subtree))]
        elif clause is None:
            return _parenthetical(doc, cue, index)
        else:
            pieces = [_clause_span(doc, clause)]
        source = subject_of(verb)
    pieces = [p for p in pieces if p is not None]
    if not pieces:
        return None
    quoted = [q for q in index.quotations if _inside(q, pieces)]
    if quoted:
        pieces = [_cut_after_quote(doc, pieces[-1], quoted[-1])] if len(pieces) == 1 else pieces
    return Found(
        kind="mixed" if quoted else "indirect",
        content=tuple(pieces),
        cue=cue.span,
        cue_token=cue.token,
        source_token=source.i if source is not None else None,
        mention=mention_span(doc, source),
        confidence=(0.8 if quoted else 0.7) if source is not None else 0.4,
    )


def _said_object(verb: Token) -> Token | None:
    """"Police announced the suspect’s name": the object of a speech act is what was said,
    when there is a speaker and the object is more than a pronoun."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" or subject_of(verb) is None or verb.dep_ in ("acl", "relcl", "amod"):
        return None
    return obj


def _called(doc: Doc, verb: Token, index: QuoteIndex) -> Span | None:
    """"Jeb Bush called Trump “unhinged”": what was said is the object and its label.

    Only with a subject and an object predicate or a quotation after the object,
    so naming ("a group called the Foundation") and "called for" stay out.
    """
    if verb.dep_ in ("acl", "relcl") or any(c.i == verb.i + 1 and c.lower_ in ("for", "on", "off", "up") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    label = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i), None)
    parts = [t for t in (obj, label) if t is not None]
    if not parts or subject_of(verb) is None:
        return None
    first = min(t.left_edge.i for t in parts)
    end = doc[max(t.right_edge.i for t in parts)]
    after = index.at(end.idx + len(end) + 1) or index.at(end.idx + len(end))
    if label is None and after is None:
        return None
    stop = max(after.end, end.idx + len(end)) if after is not None and after.start >= doc[first].idx else end.idx + len(end)
    return _trim_punct(doc.text, doc[first].idx, stop)


def _trim_punct(text: str, start: int, end: int) -> Span | None:
    """A span without edge whitespace and trailing sentence punctuation (quote marks kept)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span.of(text, start, end) if end > start else None


def headline_claims(doc: Doc, index: QuoteIndex, cues: list[Cue]) -> list[Found]:
    """"John McCain: Republican populist anger appeals to ‘bad angels’".

    A line that opens with a short name (a person or organisation, no verb)
    and a colon reports what the named source said: the headline convention.
    """
    found = []
    for start, end in paragraphs(doc.text):
        colon = doc.text.find(":", start, min(end, start + 60))
        head = doc.char_span(start, colon, alignment_mode="contract") if colon > start else None
        if head is None or not 0 < len(head) <= 6 or any(start <= c.span.start < colon for c in cues):
            continue
        named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in head)
        if not named or any(t.pos_ in ("VERB", "AUX", "NUM") for t in head) or index.at(start) is not None:
            continue
        content = _trim_punct(doc.text, colon + 1, end)
        if content is None or len(content.text.split()) < 3:
            continue
        quoted = [q for q in index.quotations if _inside(q, [content])]
        whole = len(quoted) == 1 and quoted[0].start <= content.start and quoted[0].end >= content.end - 1
        found.append(Found(
            kind="direct" if whole else "mixed" if quoted else "indirect",
            content=quoted[0].pieces if whole else (content,),
            cue=Span.of(doc.text, colon, colon + 1),
            source_token=head.root.i,
            mention=Span.of(doc.text, head.start_char, head.end_char),
            confidence=0.5,
        ))
    return found


def _clause_of(doc: Doc, verb: Token, index: QuoteIndex) -> Token | None:
    """The clause a cue verb reports: its complement after it ("said it is up to…"),
    else one before it in the same paragraph ("The clinics will close, officials said").

    A complement inside a quotation is left to the direct-quote rules; one across
    a paragraph break is the parser joining two sentences.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and "\n" not in _between(doc, c, verb)]
    after = [c for c in clauses if c.i > verb.i]
    if after:
        return after[0]
    before = [c for c in clauses if index.at(c.left_edge.idx) is None]
    if before:
        return before[-1]
    return _that_clause_in_adjunct(verb)


def _that_clause_in_adjunct(verb: Token) -> Token | None:
    """"said in a statement on Monday that it was reviewing…": the parser may hang
    the that-clause on "statement"; it is still what was said."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i:
            for t in child.subtree:
                if t.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
                    return t
    return None


def _between(doc: Doc, a: Token, b: Token) -> str:
    """The text between two tokens' subtrees' facing edges."""
    if a.i < b.i:
        return doc.text[a.right_edge.idx : b.idx]
    return doc.text[b.idx : a.left_edge.idx]


def _parenthetical(doc: Doc, cue: Cue, index: QuoteIndex) -> Found | None:
    """"The plan, he said, is doomed": the cue sits inside the clause it reports."""
    verb = doc[cue.token]
    if verb.dep_ != "parataxis" or subject_of(verb) is None:
        return None
    pieces = [p for p in _clause_without(doc, verb.head, verb) if p is not None]
    if not pieces or index.at(pieces[0].start) is not None:
        return None
    source = subject_of(verb)
    return Found(
        kind="indirect",
        content=tuple(pieces),
        cue=cue.span,
        cue_token=cue.token,
        source_token=source.i,
        mention=mention_span(doc, source),
        confidence=0.6,
    )


def _clause_span(doc: Doc, head: Token) -> Span | None:
    """A clause's subtree, with its complementizer ("that", as PolNeAR marks it), without
    edge punctuation or a date that frames the saying.

    "said on Thursday he would press ahead": the parser often hangs "on
    Thursday" on the reported clause, but it dates the saying, not the plan.
    """
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    framing = set()
    for child in head.children:
        before_subject = subject is not None and child.i < subject.i
        if before_subject and child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            framing.update(t.i for t in child.subtree)
    return _span_of(doc, [t for t in head.subtree if t.i not in framing])


def _clause_without(doc: Doc, head: Token, removed: Token) -> list[Span | None]:
    """A clause minus a parenthetical subtree: the pieces before and after it."""
    hole = {t.i for t in removed.subtree}
    tokens = [t for t in head.subtree if t.i not in hole]
    left = [t for t in tokens if t.i < removed.left_edge.i]
    right = [t for t in tokens if t.i > removed.right_edge.i]
    return [_span_of(doc, left), _span_of(doc, right)]


def _span_of(doc: Doc, tokens: list[Token]) -> Span | None:
    """The character span from the first to the last token that is not edge punctuation."""
    edge = lambda t: t.is_punct or t.is_space  # noqa: E731
    while tokens and edge(tokens[0]) and tokens[0].text not in ("“", "\"", "‘", "«"):
        tokens = tokens[1:]
    while tokens and edge(tokens[-1]) and tokens[-1].text not in ("”", "\"", "’", "»"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return Span.of(doc.text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _cut_after_quote(doc: Doc, piece: Span, last: Quotation) -> Span:
    """End mixed speech at its last quotation when an adverbial follows.

    "maintained that “all these options are possible” when asked about…": the
    "when" clause frames the statement, it is not part of what was said. A
    reason or a concession stays ("says “the game is screwed up” because…").
    """
    if last.end >= piece.end:
        return piece
    after = doc.char_span(last.end, piece.end, alignment_mode="expand")
    first = next((t for t in after if not t.is_punct and not t.is_space), None) if after else None
    if first is not None and first.lower_ in FRAMES:
        return Span.of(doc.text, piece.start, last.end)
    return piece


def _inside(q: Quotation, pieces: tuple[Span, ...] | list[Span]) -> bool:
    """Whether a quotation overlaps the pieces (its marks may hang on the cue, not the clause)."""
    return any(q.start < p.end and p.start < q.end for p in pieces)


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, looking through participles and relative clauses.

    "issued a warning, saying: …" takes the subject of "issued"; "“…,” said the
    minister" finds the inverted subject.
    """
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if subject is not None:
            return subject  # "who" in "Macron, who said": speakers resolve it through the clause's noun
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def mention_span(doc: Doc, head: Token | None) -> Span | None:
    """The noun phrase naming the speaker, as annotators mark a source: with its
    appositives and relative clauses ("Dean Johnson, a salesman from Sumter,")."""
    if head is None:
        return None
    return _span_of(doc, list(head.subtree))


def core_mention(head: Token) -> list[Token]:
    """The words that name the speaker, without appositives or clauses: "Dean Johnson"
    in "Dean Johnson, a salesman who lives in Sumter,". Speakers resolve these."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in MENTION_EXCLUDED:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "close", "for", "at", "in", "with"):
            tokens.extend(child.subtree)  # "a source close to the talks", "spokesman for the ministry"
    tokens.sort(key=lambda t: t.i)
    # Keep the contiguous run around the head: an appositive's commas end it.
    lo = hi = tokens.index(head)
    while lo > 0 and tokens[lo - 1].i == tokens[lo].i - 1:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].i == tokens[hi].i + 1:
        hi += 1
    return [t for t in tokens[lo : hi + 1] if not t.is_punct or t.text in ("-", "’s")]


def continuations(text: str, found: list[Found], quotations: list[Quotation], claimed: set[int]) -> list[Found]:
    """``found`` with the cue-less quotations that continue a statement added.

    '“We have run out of options,” said Hugh Hill, a doctor. “The money is not
    there.”': a quotation right after the sentence of a direct statement is
    one more piece of it. A quotation opening the paragraph after a statement
    ('he added:' then a quoted paragraph) is the same speaker going on. Any
    other quotation with no cue is skipped.
    """
    out = sorted(found, key=lambda f: f.content[-1].end)
    for q in sorted(quotations, key=lambda q: q.start):
        if q.start in claimed or q.words < MIN_QUOTE_WORDS:
            continue
        previous = [i for i, f in enumerate(out) if f.content[-1].end <= q.start]
        if not previous:
            continue
        i = previous[-1]
        gap = text[out[i].content[-1].end : q.start]
        if _same_paragraph_follow(gap) and out[i].kind == "direct" and out[i].cue is not None:
            out[i] = replace(out[i], content=out[i].content + q.pieces)
        elif _opens_paragraph(text, q.start) and gap.count("\n") <= 2 and not gap.strip(" \n”\"’.,"):
            out.insert(i + 1, Found(kind="direct", content=tuple(q.pieces), cue=None, follows=True, confidence=0.6))
    return out


def _same_paragraph_follow(gap: str) -> bool:
    """A gap that only finishes the previous statement's sentence: no new paragraph or quotation."""
    rest = gap.lstrip("”\"’'»,.!? ")
    return "\n" not in gap and len(rest) <= 150 and not any(m in rest for m in "“\"«") and rest.rstrip().endswith((".", "!", "?"))


def _opens_paragraph(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()
