"""Where a reported clause starts and ends: its subtree without the parse's misreadings
(a framing date, another cue, an aside, a subject the parser gave the cue)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import entity_of, text_of
from ..resources import lexicon
from .joined import conjunction_before, joined_not_reported
from .spans import span_of, trim_punct
from .saying import another_made_to_say
from .subjects import SUBJECTS, cue_verb, refused_to_speak, reported_conjunct, subject_of, subject_taken_by_next_verb

# Words that open a report of its own after a comma: "…, while 22 percent said…".
CONTRASTS = ("while", "whereas")
# Prepositions of time or sequence that open a relative clause telling the next event ("after which").
SEQUENCE = {"after", "before", "since", "by", "during", "until", "following", "upon"}
# Verbs whose object is the one told: a name that opens it is the hearer, not the clause's subject.
HEARER_VERBS = {"tell", "inform", "assure", "remind", "notify", "advise"}


# Adverbs that restrict how much was said: "saying only that they took place".
RESTRICTING = {"only", "merely", "simply"}


def _restricts_the_saying(adverb: Token) -> bool:
    """"said only that they took place": an "only" right before the reported clause's "that",
    which the parser hangs on the clause, says how little was said, not what."""
    doc = adverb.doc
    return (
        adverb.dep_ == "advmod" and adverb.lower_ in RESTRICTING and adverb.i == adverb.head.left_edge.i
        and adverb.i + 1 < len(doc) and doc[adverb.i + 1].lower_ == "that" and doc[adverb.i + 1].dep_ == "mark"
    )


def clause_span(doc: Doc, head: Token) -> Span | None:
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
        if another_cue(doc, child):
            framing.update(t.i for t in child.subtree)
        if before_subject and _hearer_name(head, child):
            framing.update(t.i for t in child.subtree)
        if reported_conjunct(child) or joined_not_reported(head, child) or _reporters_sequel(head, child):
            framing.update(t.i for t in doc[conjunction_before(child) : child.right_edge.i + 1])
    for noun in head.subtree:
        if subject_taken_by_next_verb(noun) or _another_refused(head, noun):
            framing.update(t.i for t in doc[conjunction_before(noun) : noun.right_edge.i + 1])
    framing.update(_trailing_aside(doc, head))
    framing.update(t.i for t in head.children if _restricts_the_saying(t))
    tokens = [t for t in head.subtree if t.i not in framing]
    # "said Clinton is honest, and three-quarters said…": a conjunction the parser left on
    # the clause, joining it to the next statement, is not part of it.
    while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or (tokens[-1].is_punct and tokens[-2].dep_ == "cc")):
        tokens.pop()
    return span_of(doc, _stolen_subject(head, subject) + tokens)


def _another_refused(head: Token, verb: Token) -> bool:
    """"said it regretted any limit on privatisation while BP, a big investor, declined to
    comment", "said Cell would support several systems but designers would not confirm if…":
    a refusal to speak with a subject of its own, joined after the reported clause, is the
    reporter's account of someone not speaking, not part of what was said."""
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONTRASTS for m in verb.children))
    own_subject = any(c.dep_ in SUBJECTS for c in verb.children)
    return joined and verb.i > head.i and own_subject and refused_to_speak(verb)


def _reporters_sequel(head: Token, child: Token) -> bool:
    """"In 1998 the party said it would not return to Blackpool but did so in 2002", "said he
    would never go to the awards again but went the following year": what was done, joined
    by "but" to a clause that looked ahead with "would" or "will", doing what it forecast
    ("did so") or its own verb, is the reporter's telling of what happened after the words.
    Not "said she could not support Trump but understood why people did" (a past that
    backshifts her present), "may have been offensive but were not racist", "would succeed
    and was more concerned" (either may be the speaker's)."""
    if child.dep_ != "conj" or child.i < head.i or child.tag_ != "VBD" or child.lower_ == child.lemma_.lower():
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children if head.i < c.i < child.i):
        return False
    if any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in child.children):
        return False
    forecast = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "wo") for c in head.children)
    return forecast and child.lemma_.lower() in ("do", head.lemma_.lower())


def _hearer_name(head: Token, child: Token) -> bool:
    """"told the BBC World Service programme Go Digital he hoped…": the parser may hang the
    programme's name on the reported clause; right after the one told, it is the hearer's."""
    told = head.head
    if told is head or told.lemma_.lower() not in HEARER_VERBS or child.dep_ != "npadvmod":
        return False
    obj = next((c for c in told.children if c.dep_ == "dobj" and c.i < head.i), None)
    return obj is not None and child.left_edge.i == obj.right_edge.i + 1 and all(t.pos_ == "PROPN" for t in child.subtree)


def _trailing_aside(doc: Doc, head: Token) -> set[int]:
    """", which is spread by mosquitoes" at the end of a reported clause: an aside on its
    last noun, set off by a comma, the reporter's words. One with a cue of its own ("which
    he said was out of control") stays: it is part of the speaker's report. So does one in a
    clause before its cue ("China has seen two decades of blistering growth, which has led to
    wealth creation on a huge scale, says the BBC's Louisa Lim"): all before the cue is hers."""
    if head.head.i > head.i:
        return set()
    end = head.right_edge.i
    while end > head.i and doc[end].is_punct and doc[end].text not in ("”", "\"", "’"):
        end -= 1
    for t in head.subtree:
        set_off = t.left_edge.i > 0 and doc[t.left_edge.i - 1].text in (",", "—", "-", "–")
        if t.dep_ == "relcl" and t.i > head.i and set_off and t.right_edge.i >= end and not _has_cue(t) and not _next_event(t):
            return {u.i for u in doc[t.left_edge.i - 1 : head.right_edge.i + 1]}
    return set()


def _next_event(clause: Token) -> bool:
    """"Mantooth added that the pair became lovers in 1990, after which she abandoned her
    career…": a relative clause opened by a preposition of time and "which" ("after which",
    "before which", "since which", "by which time") tells what happened next in the
    speaker's account, not what its noun is; it is no aside."""
    doc, first = clause.doc, clause.left_edge
    which = any(t.lower_ in ("which", "whom") for t in doc[first.i + 1 : first.i + 3])
    return first.pos_ == "ADP" and first.lower_ in SEQUENCE and which


def _has_cue(clause: Token) -> bool:
    return any(cue_verb(t) for t in clause.subtree)


def another_cue(doc: Doc, child: Token) -> bool:
    """"…should be an election issue, arguing it is a matter for conscience": a participle
    cue after a comma reports a second statement; the parser may hang it on the first clause.
    So does a cue with its own subject after ", while": "74 percent said they are set, while
    22 percent said they might change their mind"."""
    if child.dep_ != "advcl" or child.i < 2 or child.lemma_.lower() not in lexicon("reporting_verbs.txt"):
        return False
    contrast = any(c.dep_ == "mark" and c.lower_ in CONTRASTS for c in child.children) and subject_of(child) is not None
    return (child.tag_ == "VBG" and _after_comma(doc, child.i)) or (contrast and _after_comma(doc, child.left_edge.i))


def _after_comma(doc: Doc, i: int) -> bool:
    """A comma before token ``i``, or one inside the closing mark before it ('“a distortion,” describing')."""
    before = doc[i - 1]
    return before.text == "," or (before.is_quote and doc[i - 2].text.endswith(","))


def _stolen_subject(head: Token, subject: Token | None) -> list[Token]:
    """"does not believe abortion should be an election issue": the parser takes "abortion" as
    the verb's object ("said the days when … are gone": or a time phrase); right before a
    clause with no subject, it is that clause's subject. Not one told ("told the BBC that there
    was no doubt": "there" is the subject), nor the name of one told that the parser ran into the
    subject ("told BBC News schools had been crying out": "schools")."""
    if subject is not None or head.head is head:
        return []
    if any(c.dep_ == "expl" or (c.dep_ == "mark" and c.i == head.left_edge.i) for c in head.children):
        return []  # "there was …", "that …": the clause has its opening; what comes before is not in it
    obj = next((c for c in head.head.children if c.dep_ in ("dobj", "npadvmod") and c.right_edge.i + 1 == head.left_edge.i), None)
    if obj is None:
        obj = _subject_before_a_comma(head)
    if obj is None:
        return []
    stolen = list(obj.subtree)
    first = next((t for t in stolen if t.pos_ != "DET"), None)
    if head.head.lemma_.lower() in HEARER_VERBS and first is not None and first.ent_type_ and entity_of(first).end <= stolen[-1].i:
        stolen = [t for t in stolen if t.i >= entity_of(first).end]  # the name of the one told, then the subject
        if stolen and stolen[0].tag_ == "POS":
            # "told the BBC's Talking Point programme what was needed was…": the name owns the one
            # told, which runs to the object's noun; the subject is what the parser hung after it.
            stolen = [t for t in stolen if t.i > obj.i]
    return stolen


def _subject_before_a_comma(head: Token) -> Token | None:
    """"It added its bid to acquire a stake in Absa, was being considered by regulators": a
    stray comma between a long subject and its verb; the parser takes the subject as the
    cue's object. Only a finite verb right after the comma, not the one told ("told the
    BBC, …"), and only a long subject (``_a_long_subject``): not "He admitted the offence,
    was fined 500 pounds", whose verb has the cue's own subject left out."""
    doc = head.doc
    comma = head.left_edge.i - 1
    first = doc[head.left_edge.i]
    if comma < 1 or doc[comma].text != "," or head.head.lemma_.lower() in HEARER_VERBS:
        return None
    if first.tag_ not in ("VBD", "VBZ", "VBP", "MD") or first.head != head:
        return None
    obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == comma), None)
    return obj if obj is not None and _a_long_subject(head.head, obj) else None


def _a_long_subject(cue: Token, obj: Token) -> bool:
    """Whether a cue's object before a stray comma reads as a subject cut off by it: a noun
    with a clause of its own ("its bid to acquire a stake …", "its agreement with Chelsea,
    which gave Umbro the right …": a writer puts a comma after so long a subject), or a
    name that "say" cannot take as its object ("say Florida Sen. Marco Rubio, hasn't been
    tested"). Not a short object ("The firm confirmed the closure, will cut 300 jobs")."""
    clause = any(t.dep_ in ("acl", "relcl") and t.pos_ in ("VERB", "AUX") for t in obj.subtree)
    return clause or (cue.lemma_.lower() == "say" and obj.pos_ == "PROPN")


def before_another_speaker(doc: Doc, verb: Token, piece: Span | None) -> Span | None:
    """``piece`` up to a second speaker made to speak: "prompted one MP to ask whether the
    minister had lied and another to say the plan was a disgrace" — the MP asked "whether
    the minister had lied"; "and another to say…" is the second speaker's statement."""
    if piece is None:
        return None
    for token in verb.sent:
        if token.i > verb.i and token.i + 2 < len(doc) and another_made_to_say(doc[token.i + 2]) == token:
            start = doc[conjunction_before(token)].idx
            if piece.start < start < piece.end:
                return trim_punct(text_of(doc), piece.start, start)
    return piece

