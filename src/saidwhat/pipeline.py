"""The composer: the only module that knows the order of the stages.

ingest -> clean -> parse -> quotes -> speakers -> dates -> (store). Each stage
is a plain function in its own module; this module wires them together for
one article (``extract``), for many (``extract_many``), and for a Doc that
spaCy already parsed (``analyse``, used by the spaCy component).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .clean import clean, original_span
from .dates import Occasion, another_time, date_statements, other_clauses, scene
from .errors import InputError, SaidwhatError
from .ingest.text import check_encodable
from .marks import MarkScan, find_quotations
from .model import Article, Extraction, Problem, Span, Speaker, Statement, When, parse_published
from .nlp import shared_nlp, text_of
from .quotes import Found, find_statements
from .quotes.spans import overlapping
from .resources import lexicon
from .speakers import resolve

EXTRACTOR = f"saidwhat-rules/{__version__}"
MODELS = ("rules", "learned")  # what finds the statements: the quote rules, or the trained tagger
BATCH_SIZE = 16  # spaCy's nlp.pipe is fastest at small batches on CPU
COMPLEMENTIZER = re.compile(r"^that\s+", re.IGNORECASE)
QUOTE_CHARS = set("\"“”«»„‟‘’'‹›")
# A sentence's end between two pieces of a quotation: not "Mr.", "Sen." or "U.S." (see
# _sentence_ends_between; a short name missed, "said Bob Ray.", only leaves the full stop out).
# A paragraph break: one newline or a run of them, so that paragraphs parted by a blank line
# (most plain text and the bundled examples) are one apart, as those parted by one newline are.
PARAGRAPH_BREAK = re.compile(r"\n\s*")
SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z])[.!?]+[\s\"“”'‘’]")


def extract(article: Article, *, nlp: Language | None = None, model: str = "rules") -> Extraction:
    """Run every stage over one article; an article no stage can take (no text, an empty one, one too
    long) is an ``InputError`` that names it."""
    check_model(model)
    nlp = nlp or shared_nlp()
    _check_parseable(article, nlp)
    cleaned, debris = clean(article.text)
    return analyse(nlp(cleaned), article, debris=debris, model=model)


def extract_many(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    problems: list[Problem] | None = None,
    batch_size: int = BATCH_SIZE,
    model: str = "rules",
) -> Iterator[Extraction]:
    """Run every stage over many articles, parsing them in batches.

    With a ``problems`` list, an article that fails (an empty one too) is recorded there
    and skipped; without one, the error is raised. An unknown ``model`` is raised before any parse.
    """
    check_model(model)
    nlp = nlp or shared_nlp()
    cleaned = ((*clean(a.text), a) for a in _parseable(articles, nlp, problems))
    pairs = ((text, (debris, a)) for text, debris, a in cleaned)
    for doc, (debris, article) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield analyse(doc, article, debris=debris, model=model)
        except Exception as error:
            if problems is None:
                raise
            problems.append(Problem(article=article.id, stage="extract", message=_message(error), source=article.source))


def _message(error: Exception) -> str:
    """What a problem says: our errors say it all; another's type tells a bug report where to look."""
    return str(error) if isinstance(error, SaidwhatError) else f"{type(error).__name__}: {error}"


def _check_parseable(article: Article, nlp: Language) -> None:
    """The checks that would otherwise fail deep in a stage, ending the whole batch, or pass in
    silence, said about this article alone: a text that is no string, an empty one, one no UTF-8
    can hold, one too long for spaCy."""
    where = f"article {article.source or article.id}"
    if not isinstance(article.text, str):
        raise InputError(f"{where}: text is a {type(article.text).__name__}, not a str; give the text decoded (bytes.decode('utf-8'))")
    if not isinstance(article.id, str) or not article.id:
        # Article(id=None) was extracted, and the store kept an article without statements under a NULL id.
        raise InputError(f"{where}: id is {article.id!r}, not a non-empty str; give every article an id of its own (its URL, or a hash of its text)")
    blank = no_text(article.text)
    if blank:
        # An empty article was an extraction with no statements, as if it had been read and said nothing:
        # one in a batch of 10,000 went unseen. The ingest readers refuse one ("the file is empty").
        raise InputError(f"{where}: {blank}; give the article's text, or leave the article out")
    for name in ("text", "id", "title", "url", "source", "author", "site"):
        value = getattr(article, name)
        if isinstance(value, str):
            check_encodable(value, f"{where}: {name}")  # else the store failed on it, after the parse
    # spaCy refuses texts over nlp.max_length (1,000,000 characters).
    if len(article.text) > nlp.max_length:
        raise InputError(
            f"{where}: {len(article.text):,} characters is more than the "
            f"{nlp.max_length:,} the parser takes at once; split it into smaller articles"
        )


def no_text(text: str) -> str | None:
    """Why ``text`` is no article's text ("the text is empty", "the text is only whitespace", "the text
    is without a letter or digit"), or None when it has a letter or digit; in these words wherever an
    article is refused for it (here, and a submitted one in serve/submit.py). No letter or digit, not
    only no non-space: str.strip() keeps a zero-width space or a BOM, and such a text said nothing."""
    if any(c.isalnum() for c in text):
        return None
    return f"the text is {'empty' if not text else 'only whitespace' if not text.strip() else 'without a letter or digit'}"


def _parseable(articles: Iterable[Article], nlp: Language, problems: list[Problem] | None) -> Iterator[Article]:
    """The articles the parser can take; the others recorded in ``problems`` (or raised without it)."""
    for article in articles:
        try:
            _check_parseable(article, nlp)
        except InputError as error:
            if problems is None:
                raise
            problems.append(Problem(article=article.id, stage="parse", message=str(error), source=article.source))
            continue
        yield article


def analyse(doc: Doc, article: Article, *, debris: list[Span] | None = None, model: str = "rules") -> Extraction:
    """The statements of an article whose text spaCy has parsed into ``doc``.

    ``model`` picks what finds the statements (MODELS): the quote rules or
    the learned tagger; the later stages are the same for both.

    ``debris`` are the lines ``clean`` blanked before parsing, when the caller
    cleaned the text already; the spaCy component's Doc is of the raw text, so
    there they are found here.
    """
    try:
        published = parse_published(article.published)
    except ValueError as error:
        raise InputError(
            f"article {article.source or article.id}: publication date {article.published!r} is {error}"
        ) from error
    if published is not None and article.published != published.isoformat():
        article = replace(article, published=published.isoformat())  # a date object or a timestamp, as records keep it
    if debris is None:
        cleaned, debris = clean(article.text)
    else:
        cleaned = text_of(doc)  # parsed from the cleaned text
    scan = find_quotations(cleaned)
    found = [f for f in finder(model, doc)(doc, scan) if not _touches(f, debris)]
    speakers = resolve(doc, found, quoted=[(q.start, q.end) for q in scan.quotations])
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text_of(doc))]  # once: per statement, the text was read again
    whens = date_statements(
        article.text,
        [_occasion(doc, f, s[0], breaks) for f, s in zip(found, speakers)],
        excluded=[p for f in found for p in f.content] + [Span(start=q.start, end=q.end, text="") for q in scan.quotations],
        published=published,
    )
    name = extractor_name(model)
    marks = mark_offsets(scan)  # once: per statement, 40,000 quotations made it quadratic
    statements = tuple(
        _statement(article.text, cleaned, f, s, w, marks, name, complementizer=_opens_with_complementizer(doc, f))
        for f, s, w in zip(found, speakers, whens)
    )
    return Extraction(article=article, statements=statements, warnings=scan.warnings, extractor=name)


def finder(model: str, doc: Doc) -> Callable[[Doc, MarkScan], list[Found]]:
    """The function that finds statements in a parsed Doc for ``model``."""
    if model == "rules":
        return find_statements
    from .learned import (  # loads the trained weights on first use
        MODEL_DIR,
        learned_finder,
    )

    if check_model(model) == "learned":
        return learned_finder(doc.vocab, MODEL_DIR)
    return learned_finder(doc.vocab, Path(model))


def check_model(model: object, where: str = "") -> str:
    """``model`` when it names one: MODELS, or the folder of a model from ``saidwhat train``.

    Checked before any article is parsed: a misspelt model used to fail each article after its
    parse, recording every one of a batch as a problem. ``where`` names the setting in the error.
    """
    if model in MODELS:
        return model
    if isinstance(model, (str, os.PathLike)) and os.fspath(model) and (Path(model) / "model.json").is_file():
        return os.fspath(model)
    raise InputError(
        f"{where}unknown model {model!r}: choose one of {', '.join(MODELS)}, or give the folder of a model from `saidwhat train`"
    )


def extractor_name(model: str) -> str:
    """What the statements record as their extractor: ``saidwhat-rules/0.3.4``, ``saidwhat-learned/0.3.4``."""
    return EXTRACTOR if model == "rules" else f"saidwhat-learned/{__version__}"


def _touches(found: Found, debris: list[Span]) -> bool:
    return overlapping(found.content, debris)


def _occasion(doc: Doc, found: Found, speaker: Speaker, breaks: list[int]) -> Occasion:
    """The sentence that frames a statement: its cue's, or its first piece's; ``breaks`` are where
    the paragraph breaks start, to number its paragraph."""
    anchor = doc[found.cue_token] if found.cue_token is not None else _token_at(doc, found.content[0].start)
    sent = anchor.sent
    cue_lemma = doc[found.cue_token].lemma_.lower() if found.cue_token is not None else None
    opening = min(p.start for p in (*found.content, *([found.cue] if found.cue else [])))
    return Occasion(
        window=(sent.start_char, sent.end_char),
        cue_at=found.cue.start if found.cue else None,
        cue_end=found.cue.end if found.cue else None,
        continues=cue_lemma is None or cue_lemma in lexicon("continuation_verbs.txt"),
        speaker=speaker.name,
        paragraph=bisect_left(breaks, sent.start_char),
        elsewhere=other_clauses(doc[found.cue_token]) if found.cue_token is not None else (),
        another_time=found.cue_token is not None and another_time(doc[found.cue_token]),
        scene=scene(_token_at(doc, opening).sent, speaker.name),  # "Clinton spoke Monday night." before her quote
    )


def _token_at(doc: Doc, offset: int):
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _opens_with_complementizer(doc: Doc, found: Found) -> bool:
    """Whether reported content opens with a complementizer ("stressed that the alliance…"),
    not a pronoun ("said that is a distortion": "that" is the subject)."""
    first = _token_at(doc, found.content[0].start)
    return found.kind != "direct" and (first.dep_ == "mark" or first.tag_ == "IN")  # the tagger's "IN" where the parser slips


def _statement(
    text: str, cleaned: str, found: Found, speakers: tuple[Speaker, ...], when: When, marks: set[int], extractor: str, *,
    complementizer: bool,
) -> Statement:
    """The statement, its spans cut from the article's own ``text`` (the parse saw ``cleaned``,
    whose curled quote marks differ) and its reader text from ``cleaned``; ``speakers`` are its
    speaker and the others who spoke with them (``co_speakers``)."""
    speaker, *others = (
        replace(s, mention=_original(text, cleaned, s.mention)) if s.mention is not None else s for s in speakers
    )
    confidence = found.confidence if speaker.type != "unknown" else min(found.confidence, 0.3)
    return Statement(
        kind=found.kind,
        text=reader_text(cleaned, found.content, marks, complementizer=complementizer),
        content=tuple(_original(text, cleaned, p) for p in found.content),
        cue=found.cue and _original(text, cleaned, found.cue),
        speaker=speaker,
        co_speakers=tuple(others),
        when=when,
        confidence=round(confidence, 2),
        extractor=extractor,
    )


def _original(text: str, cleaned: str, span: Span) -> Span:
    return original_span(text, cleaned, span.start, span.end)


def _sentence_ends_between(text: str, piece: Span, following: Span) -> bool:
    """'“We have run out of options,” said Hugh Hill. “The money…”': the words before the
    attribution were a sentence of their own, whose full stop the quotation made a comma."""
    gap = text[piece.end : following.start]
    return bool(SENTENCE_END.search(gap)) and following.text[:1].isupper()


def mark_offsets(scan: MarkScan) -> set[int]:
    """Where the marks that open or close a quotation are."""
    return {q.start for q in scan.quotations} | {q.end - 1 for q in scan.quotations if q.closed}


def reader_text(text: str, pieces: tuple[Span, ...], marks: set[int], *, complementizer: bool = False) -> str:
    """The content as a reader would quote it: pieces joined, the quotation marks dropped.

    Only marks that open or close a quotation (``marks``, from ``mark_offsets``) go; apostrophes ("We’re") stay.
    Reported speech that opens with a complementizer loses a "that": the span of
    "stressed that the alliance…" starts at "that", as annotators mark it, the
    text at "the". "whether" and "if" stay: they say that it was a question.
    """
    parts = []
    for n, piece in enumerate(pieces):
        chars = [c for i, c in enumerate(text[piece.start : piece.end], piece.start) if not (i in marks and c in QUOTE_CHARS)]
        part = " ".join("".join(chars).split())  # curled marks leave double spaces
        if part and n + 1 < len(pieces) and _sentence_ends_between(text, piece, pieces[n + 1]) and part[-1] not in ".?!…":
            part += "."
        parts.append(part)
    joined = " ".join(p for p in parts if p)
    return COMPLEMENTIZER.sub("", joined, count=1) if complementizer else joined
