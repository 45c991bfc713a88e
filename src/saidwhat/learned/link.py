"""Linking the tagger's spans into statements: which source and content go with which cue.

The tagger marks SOURCE, CUE and CONTENT spans but not what belongs
together. Each content piece goes to one cue, and each cue takes one source
(a source may serve two cues: "McCain spoke…, citing…"): by the parse first
(the content's clause hangs on the cue verb, the source is its subject), then
by nearness within the sentence, then by nearness in the sentence before or
after. A cue with no content says nothing and is dropped.

How surely a piece or a source goes with a cue is scored by hand-set rules
(``content_score``, ``source_score``) or, when the model folder has them, by
logistic weights learned from PolNeAR train's gold links (``Weights``,
``train_link``) over the same evidence and more: other cues between, the
nearest cue, a cue in the piece's own sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..marks import MarkScan
from ..model import Span
from ..nlp import entity_of, text_of
from ..quotes import Found, QuoteIndex, mention_span, subject_of
from .pieces import sentence_starts

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
MAX_SENTENCES_AWAY = 1  # content this far from its cue at most: "“…” \n She said."
CONTENT_FEATURES = (
    "bias", "parse", "same_sentence", "next_sentence", "previous_sentence", "distance", "before_cue",
    "cues_between", "quoted", "adjacent", "colon_between", "nearest_cue", "own_sentence_has_cue",
    "according_to", "quoted_parse",
)
SOURCE_FEATURES = (
    "bias", "subject", "participle_subject", "agent", "in_cue_phrase", "same_sentence", "next_or_previous_sentence",
    "distance", "before_cue", "cues_between", "quoted", "pronoun", "nearest_source", "adjacent",
)

Scorer = Callable[[DocSpan, DocSpan], float]


@dataclass(frozen=True, slots=True)
class Weights:
    """A learned linker: logistic weights over ``content_features`` and ``source_features``.

    A piece goes to its likeliest cue when the probability reaches
    ``strong`` (before a quotation's pieces spread their cue to the others)
    or ``weak`` (after); a cue takes its likeliest source from ``speaker``.
    """

    content: numpy.ndarray
    source: numpy.ndarray
    strong: float = 0.6
    weak: float = 0.1
    speaker: float = 0.3

    @classmethod
    def from_json(cls, data: Mapping) -> Weights:
        return cls(
            content=numpy.array([data["content"][name] for name in CONTENT_FEATURES]),
            source=numpy.array([data["source"][name] for name in SOURCE_FEATURES]),
            **{k: data[k] for k in ("strong", "weak", "speaker")},
        )

    def to_json(self) -> dict:
        return {
            "content": {name: round(float(w), 4) for name, w in zip(CONTENT_FEATURES, self.content)},
            "source": {name: round(float(w), 4) for name, w in zip(SOURCE_FEATURES, self.source)},
            "strong": self.strong, "weak": self.weak, "speaker": self.speaker,
        }


@dataclass(frozen=True, slots=True)
class Context:
    """What a learned score looks at beyond the pair: the article's other cues and sources, and its quotations.

    Built once per article (``Context.of``) with each token's sentence and
    the cues by sentence, so that a score looks only at the cues near its
    pair: an article of a thousand quotations would otherwise cost a
    thousand cues for each of a million pairs.
    """

    cues: list[DocSpan]
    sources: list[DocSpan]
    index: QuoteIndex
    sentences: numpy.ndarray  # each token's sentence (``sentence_numbers``)
    cues_by_sentence: dict[int, list[int]]  # indices into ``cues`` (``by_sentence``)
    sources_by_sentence: dict[int, list[int]]  # indices into ``sources``
    nearest: dict[tuple[str, int, int], DocSpan] = field(default_factory=dict)  # memo: the nearest cue to a piece, source to a cue

    @classmethod
    def of(cls, doc: Doc, cues: list[DocSpan], sources: list[DocSpan], index: QuoteIndex) -> Context:
        sentences = sentence_numbers(doc)
        return cls(cues, sources, index, sentences, by_sentence(cues, sentences), by_sentence(sources, sentences))

    def cues_in(self, first: int, last: int) -> list[DocSpan]:
        """The cues that reach into sentences ``first`` to ``last``, in text order."""
        return [self.cues[i] for i in in_sentences(self.cues_by_sentence, first, last)]


@dataclass(slots=True)
class Link:
    cue: DocSpan
    contents: list[DocSpan] = field(default_factory=list)
    source: DocSpan | None = None


def link(doc: Doc, spans: list[DocSpan], scan: MarkScan, weights: Weights | None = None) -> list[Found]:
    """Statements (``Found``) from tagged spans, in text order; scored by ``weights`` if given, else by the rules."""
    cues = [Link(cue=s) for s in spans if s.label_ == "CUE"]
    if not cues:
        return []
    index = QuoteIndex(scan)
    sources = [s for s in spans if s.label_ == "SOURCE"]
    context = Context.of(doc, [c.cue for c in cues], sources, index)
    content_scorer, source_scorer = _hand_set_scores(context.sentences)
    if weights is not None:
        content_scorer, source_scorer = learned_scores(weights, context)
    pieces = sorted((s for s in spans if s.label_ == "CONTENT"), key=lambda s: s.start)
    _assign_contents(doc, cues, pieces, content_scorer, context)
    for c in cues:
        scored = [(source_scorer(c.cue, sources[i]), sources[i]) for i in near(c.cue, context.sources_by_sentence, context.sentences)]
        score, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if score > 0:
            c.source = best
    contents = [p for c in cues for p in c.contents]
    found = [_found(doc, c, index, contents) for c in cues if c.contents]
    return sorted(found, key=lambda f: f.content[0].start)


def _assign_contents(doc: Doc, cues: list[Link], pieces: list[DocSpan], score: Scorer, context: Context) -> None:
    """Give each content piece (the tagger's, one per sentence) to a cue.

    A piece whose sentence has its cue takes it. A piece without one goes with
    the other pieces of its quotation ("“A. B,” she said"), else with the
    piece it runs on from ("said that A. B."), else with the piece it runs
    into, else with a cue in the sentence before or after. A cue's touching
    pieces are joined again. Only cues within ``MAX_SENTENCES_AWAY``
    sentences are scored: both scorers give the others 0. ``cues`` are
    ``context.cues`` as links, in the same order.
    """
    owner: list[Link | None] = []
    fallback: list[Link | None] = []
    index = context.index
    for piece in pieces:
        scored = ((score(cues[i].cue, piece), cues[i]) for i in near(piece, context.cues_by_sentence, context.sentences))
        surety, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        owner.append(best if surety >= 2 else None)
        fallback.append(best if surety > 0 else None)
    quotations = [index.at(p.start_char) for p in pieces]
    _spread(doc, pieces, owner, quotations)
    # Then the weaker links, a cue in the next or previous sentence, and spread again.
    owner = [cue or other for cue, other in zip(owner, fallback)]
    _spread(doc, pieces, owner, quotations)
    for piece, cue in zip(pieces, owner):
        if cue is not None:
            cue.contents.append(piece)
    for cue in cues:
        cue.contents = join_contents(doc, [_whole_quotation(doc, p, index) for p in cue.contents])


def _whole_quotation(doc: Doc, piece: DocSpan, index: QuoteIndex) -> DocSpan:
    """A piece that opens a quotation and stops inside it runs on to the end of the
    quoted paragraph: the tagger cuts at sentence ends and sometimes stops there,
    but a quotation is said whole."""
    q = index.at(piece.start_char)
    if q is None or piece.start_char > q.start + 1:
        return piece
    inner = next((p for p in q.pieces if p.start <= piece.end_char <= p.end), None)
    if inner is None or not any(c.isalnum() for c in text_of(doc)[piece.end_char : inner.end]):
        return piece
    end = inner.end
    while end > piece.end_char and text_of(doc)[end - 1] in ",;: \n":
        end -= 1  # "…to the end,” she said": the comma belongs to the sentence around the quote
    extended = doc.char_span(piece.start_char, end, alignment_mode="expand")
    return extended if extended is not None else piece


def _spread(doc: Doc, pieces: list[DocSpan], owner: list[Link | None], quotations: list) -> None:
    """Fill in ``owner`` for pieces without a cue: from their quotation's other
    pieces, then from the piece they run on from, then the one they run into."""
    for i, q in enumerate(quotations):
        if owner[i] is None and q is not None:
            mates = [j for j, other in enumerate(quotations) if other is q and owner[j] is not None]
            if mates:
                owner[i] = owner[min(mates, key=lambda j: abs(j - i))]
    for i in range(1, len(pieces)):
        if owner[i] is None and owner[i - 1] is not None and _touch(doc, pieces[i - 1], pieces[i]):
            owner[i] = owner[i - 1]
    for i in range(len(pieces) - 2, -1, -1):
        if owner[i] is None and owner[i + 1] is not None and _touch(doc, pieces[i], pieces[i + 1]):
            owner[i] = owner[i + 1]


def _touch(doc: Doc, before: DocSpan, after: DocSpan) -> bool:
    return all(t.is_space for t in doc[before.end : after.start])


def join_contents(doc: Doc, contents: list[DocSpan]) -> list[DocSpan]:
    """Content spans that only white space separates are one piece: the tagger cuts at sentence ends."""
    joined: list[DocSpan] = []
    for span in sorted(contents, key=lambda s: s.start):
        if joined and _touch(doc, joined[-1], span):
            joined[-1] = doc[joined[-1].start : span.end]
        else:
            joined.append(span)
    return joined


def cue_verb(cue: DocSpan) -> Token:
    """The word that carries the cue: its verb, else its syntactic root."""
    return next((t for t in reversed(cue) if t.pos_ == "VERB"), cue.root)


def sentence_numbers(doc: Doc) -> numpy.ndarray:
    """Each token's sentence, counted from 0: the linker's distances in sentences, found once per article."""
    return numpy.cumsum(sentence_starts(doc)) - 1


def by_sentence(spans: list[DocSpan], sentences: numpy.ndarray) -> dict[int, list[int]]:
    """The index of each span under every sentence it reaches into."""
    out: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        for n in range(int(sentences[span.start]), int(sentences[span.end - 1]) + 1):
            out.setdefault(n, []).append(i)
    return out


def in_sentences(buckets: dict[int, list[int]], first: int, last: int) -> list[int]:
    """The indices ``by_sentence`` put under sentences ``first`` to ``last``, each once, in order."""
    return sorted({i for n in range(first, last + 1) for i in buckets.get(n, ())})


def near(span: DocSpan, buckets: dict[int, list[int]], sentences: numpy.ndarray) -> list[int]:
    """The spans (indices, in order) within ``MAX_SENTENCES_AWAY`` sentences of ``span``: all a scorer gives more than 0."""
    first, last = int(sentences[span.start]), int(sentences[span.end - 1])
    return in_sentences(buckets, first - MAX_SENTENCES_AWAY, last + MAX_SENTENCES_AWAY)


def _hand_set_scores(sentences: numpy.ndarray) -> tuple[Scorer, Scorer]:
    """``content_score`` and ``source_score`` for one article, its sentences counted once."""
    return (lambda cue, piece: content_score(cue, piece, sentences)), (lambda cue, source: source_score(cue, source, sentences))


def content_score(cue: DocSpan, piece: DocSpan, sentences: numpy.ndarray | None = None) -> float:
    """How surely ``piece`` is what ``cue`` reports; 0 or less is not at all."""
    verb = cue_verb(cue)
    distance = _distance(cue, piece)
    if any(t.head == verb or t.head in cue for t in piece if t not in cue):
        return 3.0 - distance / 1000
    apart = sentences_apart(cue, piece, sentences)
    if apart == 0:
        return 2.0 - distance / 1000
    if apart <= MAX_SENTENCES_AWAY:
        # A quotation after a cue's sentence mostly goes on with it ("…, he said. “More.”").
        return (1.0 if cue.start < piece.start else 0.9) - distance / 1000
    return 0.0


def source_score(cue: DocSpan, source: DocSpan, sentences: numpy.ndarray | None = None) -> float:
    """How surely ``source`` is who ``cue`` quotes; 0 or less is not at all."""
    verb = cue_verb(cue)
    root = source.root
    if root.head == verb and root.dep_ in SUBJECT_DEPS:
        return 3.0
    subject = subject_of(verb)
    if subject is not None and subject in source:
        return 2.8  # "McCain spoke of a revolt, citing low growth": the participle's subject
    if root.head.dep_ in ("agent", "prep") and root.head.head in (verb, *cue):
        return 3.0  # "was quoted by the paper", "according to officials"
    if root.head in cue:
        return 2.5  # "“…,” said the minister": an inverted subject the parser made an object
    if sentences_apart(cue, source, sentences) == 0:
        return 2.0 - _distance(cue, source) / 1000
    return 0.0


def learned_scores(weights: Weights, context: Context) -> tuple[Scorer, Scorer]:
    """``content_score`` and ``source_score`` from learned weights, on the same scale.

    A piece's score is 2 plus its probability where that reaches
    ``weights.strong`` (a sure link, as the parse or the sentence is for the
    rules), the probability alone from ``weights.weak``, else 0.
    """

    def content(cue: DocSpan, piece: DocSpan) -> float:
        if sentences_apart(cue, piece, context.sentences) > MAX_SENTENCES_AWAY:
            return 0.0
        p = _probability(weights.content, content_features(cue, piece, context))
        return 2.0 + p if p >= weights.strong else (p if p >= weights.weak else 0.0)

    def source(cue: DocSpan, span: DocSpan) -> float:
        if sentences_apart(cue, span, context.sentences) > MAX_SENTENCES_AWAY:
            return 0.0
        p = _probability(weights.source, source_features(cue, span, context))
        return p if p >= weights.speaker else 0.0

    return content, source


def _probability(weights: numpy.ndarray, features: list[float]) -> float:
    return float(1.0 / (1.0 + numpy.exp(-numpy.dot(weights, features))))


def content_features(cue: DocSpan, piece: DocSpan, context: Context) -> list[float]:
    """The evidence that ``piece`` is what ``cue`` reports, in ``CONTENT_FEATURES`` order."""
    verb = cue_verb(cue)
    sentences = context.sentences
    distance, apart = _distance(cue, piece), sentences_apart(cue, piece, sentences)
    parse = any(t.head == verb or t.head in cue for t in piece if t not in cue)
    quoted = context.index.at(piece.start_char) is not None
    gap = cue.doc[cue.end : piece.start] if cue.end <= piece.start else cue.doc[piece.end : cue.start]
    nearest = _nearest(context, "cue", piece, context.cues) == cue
    own_sentence_has_cue = apart > 0 and bool(context.cues_in(int(sentences[piece.start]), int(sentences[piece.end - 1])))
    return [1.0, parse, apart == 0, apart == 1 and cue.start < piece.start, apart == 1 and cue.start > piece.start,
            min(distance, 60) / 20, piece.start < cue.start, min(_cues_between(cue, piece, context), 2), quoted,
            distance <= 1, ":" in gap.text, nearest, own_sentence_has_cue, "accord" in cue.text.lower(), quoted and apart == 0 and parse]


def source_features(cue: DocSpan, source: DocSpan, context: Context) -> list[float]:
    """The evidence that ``source`` is who ``cue`` quotes, in ``SOURCE_FEATURES`` order."""
    verb, root = cue_verb(cue), source.root
    subject = subject_of(verb)
    distance, apart = _distance(cue, source), sentences_apart(cue, source, context.sentences)
    nearest = _nearest(context, "source", cue, context.sources) == source
    return [1.0, root.head == verb and root.dep_ in SUBJECT_DEPS, subject is not None and subject in source,
            root.head.dep_ in ("agent", "prep") and root.head.head in (verb, *cue), root.head in cue,
            apart == 0, apart == 1, min(distance, 60) / 20, source.start < cue.start,
            min(_cues_between(cue, source, context), 2), context.index.at(source.start_char) is not None,
            root.pos_ == "PRON", nearest, distance == 0]


def _nearest(context: Context, kind: str, span: DocSpan, candidates: list[DocSpan]) -> DocSpan:
    """The candidate nearest ``span`` (the first of equals), worked out once per span."""
    key = (kind, span.start, span.end)
    if key not in context.nearest:
        context.nearest[key] = min(candidates, key=lambda c: _distance(c, span))
    return context.nearest[key]


def _cues_between(cue: DocSpan, span: DocSpan, context: Context) -> int:
    lo, hi = min(cue.end, span.end), max(cue.start, span.start)
    first = min(context.sentences[cue.start], context.sentences[span.start])
    last = max(context.sentences[cue.end - 1], context.sentences[span.end - 1])
    return sum(1 for c in context.cues_in(int(first), int(last)) if c != cue and c.start >= lo and c.end <= hi)


def _distance(a: DocSpan, b: DocSpan) -> int:
    """Tokens between two spans (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)


def sentences_apart(cue: DocSpan, span: DocSpan, sentences: numpy.ndarray | None = None) -> int:
    """0 when ``span`` shares a sentence with ``cue``, else how many sentence starts lie between.

    ``sentences`` is the Doc's ``sentence_numbers``, counted here if not given.
    """
    sentences = sentence_numbers(cue.doc) if sentences is None else sentences
    cue_first, cue_last = sentences[cue.start], sentences[cue.end - 1]
    first, last = sentences[span.start], sentences[span.end - 1]
    if first <= cue_last and last >= cue_first:
        return 0
    return int(cue_first - last if last < cue_first else first - cue_last)


def _found(doc: Doc, c: Link, index: QuoteIndex, contents: list[DocSpan]) -> Found:
    content = tuple(Span.of(text_of(doc), s.start_char, s.end_char) for s in sorted(c.contents, key=lambda s: s.start))
    verb = cue_verb(c.cue)
    if c.source is not None:
        head, mention = _source_head(c.source), Span.of(text_of(doc), c.source.start_char, c.source.end_char)
    else:
        # The tagger marked no source: the cue verb's subject, as the rules find it, if any.
        head = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        mention = mention_span(doc, head) if head is not None and not _overlaps(head, contents) else None
        head = head if mention is not None else None
    return Found(
        kind=_kind(content, index),
        content=content,
        cue=Span.of(text_of(doc), c.cue.start_char, c.cue.end_char),
        cue_token=verb.i,
        source_token=head.i if head is not None else None,
        mention=mention,
        confidence=0.6,
    )


def _source_head(source: DocSpan) -> Token:
    """The token that names the source: the span's root, or the name right after a title root
    ("Their coach John Kirwan", which the parser may read as "coach" with a relative clause)."""
    root = source.root
    end = source.end
    while end > source.start + 1 and source.doc[end - 1].is_punct:
        end -= 1
    last = source.doc[end - 1]
    if root.pos_ == "NOUN" and last.ent_type_ == "PERSON" and last.i > root.i:
        first = max(entity_of(last).start, root.i + 1)  # where the name starts, after the root
        if first - 1 == root.i and not source.doc[first].is_stop:  # not "Reporters Without Borders"
            return last
    return root


def _overlaps(token: Token, pieces: list[DocSpan]) -> bool:
    """Whether a subject's phrase reaches into what was said (a reported clause's own subject)."""
    lo, hi = token.left_edge.i, token.right_edge.i
    return any(p.start <= hi and lo < p.end for p in pieces)


def _kind(content: tuple[Span, ...], index: QuoteIndex) -> str:
    """direct when every piece is quoted, mixed when some of it is, else indirect."""
    chars = sum(p.end - p.start for p in content)
    quoted = 0
    for piece in content:
        for q in index.quotations:
            for inner in q.pieces:
                quoted += max(0, min(inner.end, piece.end) - max(inner.start, piece.start))
    if quoted >= 0.9 * chars:
        return "direct"
    return "mixed" if quoted > 0 else "indirect"
