"""Labelling: "called Trump “unhinged”" says something; naming ("a group called the
Foundation", "called themselves Drink Or Die") does not."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import end_of, text_of
from .records import QuoteIndex
from .spans import trim_punct
from .subjects import RELATIVE_PRONOUNS, subject_of, telephoned

# Naming with a label: "called Trump “unhinged”", "is labeling Obama's actions “an abuse of power”".
NAMING = {"call", "label", "dub", "brand"}


def called(doc: Doc, verb: Token, index: QuoteIndex) -> Span | None:
    """"Jeb Bush called Trump “unhinged”": what was said is the object and its label.

    Only with a subject and an object predicate or a quotation after the object,
    so naming ("a group called the Foundation") and "called for" stay out.
    """
    if verb.dep_ == "acl" or any(c.i == verb.i + 1 and c.lower_ in ("for", "on", "off", "up", "in", "back", "out", "down") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    relative_object = obj is not None and obj.i < verb.i and obj.lower_ in RELATIVE_PRONOUNS
    if verb.dep_ == "relcl" and (
        (obj is not None and obj.i < verb.i and not relative_object) or not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        # "what the Times called a “rough week”": the label of a noun, not a statement on it;
        # "Bannon, who Beck called “a horrible human being”" is Beck's statement on Bannon.
        return None
    label = next((c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or _misread_label(c))), None)
    parts = [t for t in (obj, label) if t is not None]
    if not parts or subject_of(verb) is None or _named_oneself(obj, label, index):
        return None
    if telephoned(verb) and not any(index.at(t.idx) is not None for t in label.subtree):
        return None  # "never called a donor"; not 'called “Little Marco” multiple times'
    # "called it “shameful” and called on leaders…": the parser may hang the next verb on the label.
    tokens = [t for part in parts for t in part.subtree if not _in_next_verb(t, part)]
    first = min(t.i for t in tokens)
    end = doc[max(t.i for t in tokens)]
    after = index.at(end_of(end) + 1) or index.at(end_of(end))
    # 'calling Mexican border-crossers “rapists”': the parser may take the label for the object's head.
    quoted = obj is not None and index.at(obj.idx) is not None
    if label is None and after is None and not quoted:
        return None
    stop = max(after.end, end_of(end)) if after is not None and after.start >= doc[first].idx else end_of(end)
    return trim_punct(text_of(doc), doc[first].idx, stop)


def _named_oneself(obj: Token | None, label: Token | None, index: QuoteIndex) -> bool:
    """"They called themselves Drink Or Die": a name taken, not a statement on anyone. A
    quoted label is one ('called himself a “very stable genius”')."""
    if obj is None or label is None or obj.lower_ not in ("themselves", "himself", "herself", "itself", "myself", "ourselves"):
        return False
    words = [t for t in label.subtree if t.is_alpha]
    return bool(words) and all(t.text[:1].isupper() and index.at(t.idx) is None for t in words)


def _misread_label(token: Token) -> bool:
    """"branded the plan a disgrace": the parser may read the label as an adverbial noun
    (not a time: "called him Tuesday")."""
    return token.dep_ == "npadvmod" and token.pos_ == "NOUN" and token.ent_type_ not in ("DATE", "TIME")


def _in_next_verb(token: Token, part: Token) -> bool:
    """Whether ``token`` belongs to a verb conjoined under ``part`` (or its "and")."""
    next_verb = any(c.dep_ == "conj" and c.pos_ == "VERB" for c in part.children)
    for t in (token, *token.ancestors):
        if t.i == part.i:
            return False
        if t.head.i == part.i:
            return (t.dep_ == "conj" and t.pos_ == "VERB") or (t.dep_ == "cc" and next_verb)
    return False
