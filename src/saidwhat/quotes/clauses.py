"""Mixed and indirect speech: the clause a cue governs, and where it ends."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import end_of, text_of
from ..resources import lexicon
from .bounds import clause_span
from .cues import BELIEF_VERBS, made_clear, speech_object
from .joined import and_before, conjunction_before, joined_after_cue, joined_piece
from .mixed import close_quote, cut_after_quote, open_quote
from .naming import NAMING, called
from .records import Cue, Found, QuoteIndex
from .reporting import can_speak, done, modifier, shown_by_evidence
from .spans import inside, span_of
from .speech_acts import OBJECT_SPEECH_VERBS, object_complement, passive_praise, ruled_out, said_object, speech_act, with_particle
from .subjects import SUBJECTS, according_source, cue_verb, inverted_subject, mention_span, subject_of

# "Find" reports only with "that" ("fans may find themselves the target"), or
# when a poll or a study finds (shown_by_evidence).
FINDING_VERBS = {"find"}
# Prepositions that say what a speech noun is about: "the case for", "his thoughts on".
TOPICS = {"for", "against", "on", "about", "of"}


def complement(doc: Doc, cue: Cue, index: QuoteIndex) -> Found | None:
    """Mixed or indirect speech: the clause a cue governs, if it governs one."""
    verb = doc[cue.token]
    if verb.lower_ == "according":
        # The whole sentence but the phrase: the parser often hangs "according to" on
        # one conjunct ("…, while Sanders was outpacing her, according to exit polls").
        pieces = _sentence_without(doc, verb)
        source = according_source(doc, cue)
    elif verb.lower_ == "in":
        pieces = _clause_without(doc, verb.head, verb)
        source = according_source(doc, cue)
    elif (ruled := ruled_out(doc, verb)) is not None:
        pieces = [ruled]
        source = subject_of(verb)
    elif (clear := made_clear(verb)) is not None:
        # "made it clear that he felt they should drop out": what follows, to the sentence's end.
        pieces = [span_of(doc, list(doc[clear.i + 1 : clear.sent.end]))] if subject_of(verb) is not None and not modifier(verb) else []
        source = subject_of(verb)
    elif (obj := speech_object(verb)) is not None:
        # "offered a defense of the bill": the speech noun and what it is about.
        if not done(verb) or subject_of(verb) is None:
            return None
        # "made the case for a higher wage": the parser may hang the topic on the verb.
        topic = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in TOPICS and c.i == obj.right_edge.i + 1]
        pieces = [span_of(doc, [t for part in (obj, *topic) for t in part.subtree])]
        source = subject_of(verb)
    elif verb.lemma_.lower() not in lexicon("reporting_verbs.txt") and not done(verb):
        return None  # "has not endorsed Trump", "would hit back": praise, blame or a retort not given
    else:
        clause = clause_of(doc, verb, index)
        if clause is None and (act := speech_act(doc, verb)) is not None:
            pieces = [act]
        elif clause is None and (passive := passive_praise(doc, verb)):
            pieces = passive
        elif clause is None and (answer := _answer(doc, verb)) is not None:
            pieces = [answer]
        elif clause is None and verb.lemma_.lower() in NAMING:
            pieces = [called(doc, verb, index)]
        elif clause is None and verb.lemma_.lower() in OBJECT_SPEECH_VERBS and said_object(verb) is not None:
            obj = said_object(verb)
            pieces = [span_of(doc, [t for part in (obj, *object_complement(verb, obj)) for t in part.subtree])]
        elif clause is None and (misread := _clause_read_as_object(verb)) is not None:
            pieces = [span_of(doc, list(misread.subtree))]
        elif clause is None and (before := _trailing_conjunct(verb)) is not None:
            pieces = [before]
        elif clause is None and (rest := _that_after(doc, verb)) is not None:
            pieces = [rest]
        elif clause is None and _as_reported(verb):
            # "But, as Clyburn noted, those voters…": a lone conjunction before it is no piece.
            pieces = [p for p in _clause_without(doc, verb.head, verb) if p is not None and len(p.text.split()) > 1]
        elif clause is None:
            return _parenthetical(doc, cue, index)
        else:
            pieces = [_with_next_clause(doc, clause, clause_span(doc, clause))]
            if clause.i < verb.i:
                pieces = [_with_adverbial_before_cue(doc, clause, verb, pieces[0])]
                pieces += [joined_piece(doc, c) for c in joined_after_cue(verb, after=verb.i)]
        source = subject_of(verb)
    pieces = [p for p in pieces if p is not None]
    if not pieces:
        return None
    quoted = [q for q in index.quotations if inside(q, pieces)]
    if quoted:
        pieces = [cut_after_quote(doc, pieces[-1], quoted[-1])] if len(pieces) == 1 else pieces
        pieces[-1] = close_quote(text_of(doc), pieces[-1], quoted[-1])
        pieces[0] = open_quote(text_of(doc), pieces[0], quoted[0])
    return Found(
        kind="mixed" if quoted else "indirect",
        content=tuple(pieces),
        cue=with_particle(doc, verb, cue.span),
        cue_token=cue.token,
        source_token=source.i if source is not None else None,
        mention=mention_span(doc, source),
        confidence=(0.8 if quoted else 0.7) if source is not None else 0.4,
    )


def _answer(doc: Doc, verb: Token) -> Span | None:
    """"46 percent of voters said yes", "He said no to the Iraq war": the answer given,
    with what it was given to; "a third said the same of Cruz"."""
    if verb.lemma_.lower() != "say" or verb.i + 1 >= len(doc) or subject_of(verb) is None:
        return None
    answer = doc[verb.i + 1]
    if answer.lower_ == "the" and verb.i + 2 < len(doc) and doc[verb.i + 2].lower_ == "same" and doc[verb.i + 2].head == verb:
        # "a third said the same of Cruz": a statement by reference, what it was said of with it.
        same = doc[verb.i + 2]
        of = next((c for c in (*verb.rights, *same.rights) if c.dep_ == "prep" and c.lower_ in ("of", "about", "for") and c.i == same.i + 1), None)
        return span_of(doc, [answer, same, *(of.subtree if of is not None else ())])
    if answer.lower_ not in ("yes", "no") or answer.head != verb:
        return None
    to = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to" and c.i == answer.i + 1), None)
    return span_of(doc, [answer, *(to.subtree if to is not None else ())])


def _as_reported(verb: Token) -> bool:
    """"As Comey noted, people involved could still face sanctions": the clause the
    "as" phrase hangs on is what was said."""
    head = verb.head
    return (
        verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in ("continue", "add")  # "as the debate continues": a time
        and not (head.lemma_.lower() in lexicon("reporting_verbs.txt") and verb.i > head.i)  # "…, said X, as reported by Reuters"
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )


def clause_of(doc: Doc, verb: Token, index: QuoteIndex) -> Token | None:
    """The clause a cue verb reports: its complement after it ("said it is up to…"),
    else one before it in the same paragraph ("The clinics will close, officials said").

    A complement inside a quotation is left to the direct-quote rules; one across
    a paragraph break is the parser joining two sentences.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and "\n" not in _between(doc, c, verb)]
    if verb.lemma_.lower() in FINDING_VERBS and not shown_by_evidence(verb):
        # "a poll found that…" reports; "fans may find themselves the target" does not;
        # "the survey found Clinton leading" does.
        # "Clinton has kept her support among black voters, Fox found": a finding before it.
        clauses = [
            c for c in clauses
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or (c.i < verb.i and doc[c.right_edge.i + 1].text == ",")
        ]
    after = [c for c in clauses if c.i > verb.i]
    if after:
        return after[0]
    gerund = _gerund_subject(verb)
    if gerund is not None:
        return gerund
    # "He calls for $1 trillion; she calls for $275 billion", "…sounded equivocal: Harman
    # called it “…”": a clause ended by a semicolon or a colon is not the one reported.
    before = [
        c for c in clauses
        if (index.at(c.left_edge.idx) is None or _opens_with_fragment(doc, c, index, verb))
        and not any(mark in _between(doc, c, verb) for mark in ";:")
    ]
    if before and not _says_nothing(verb):
        return before[-1]
    if inverted_subject(verb) is not None:
        # The subject before "…, said Wilders" is the reported clause, read as a noun phrase.
        read_as_noun = next(c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i)
        if index.at(read_as_noun.left_edge.idx) is None:
            return read_as_noun
    return _that_clause_in_adjunct(verb)


def _with_next_clause(doc: Doc, clause: Token, piece: Span | None) -> Span | None:
    """"told me he’s had a quiet life": the parser may split one reported clause into two
    complements of the cue ("’s" and "had"); a second one right after the first goes on."""
    following = [c for c in clause.head.children if c.dep_ == "ccomp" and c.left_edge.i == clause.right_edge.i + 1]
    if not following or piece is None or cue_verb(following[0]):
        return piece  # "…, the source recalled", "and one in four said…": another statement
    more = clause_span(doc, following[0])
    return Span.of(text_of(doc), piece.start, more.end) if more is not None else piece


def _with_adverbial_before_cue(doc: Doc, clause: Token, verb: Token, piece: Span | None) -> Span | None:
    """"MPs will be thrown out of the Commons if they use Blackberries in the chamber Speaker
    Michael Martin has ruled": the parser hangs the "if" clause on the cue after it; right
    after the reported clause and before the cue's subject, it is part of what was said."""
    subject = subject_of(verb)
    following = [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == clause.right_edge.i + 1]
    if piece is None or subject is None or not following or following[0].right_edge.i >= min(subject.left_edge.i, verb.i):
        return piece
    more = span_of(doc, list(following[0].subtree))
    return Span.of(text_of(doc), piece.start, more.end) if more is not None else piece


def _opens_with_fragment(doc: Doc, clause: Token, index: QuoteIndex, verb: Token) -> bool:
    """'"This will be a challenge" for Clinton, said Kunin': a clause that opens with a
    quotation and goes on past it is mixed speech, reported by the cue after it. Not when
    another cue stands between ('“…,” said X said.': the quotation is that cue's)."""
    q = index.at(clause.left_edge.idx)
    end = end_of(clause.right_edge)
    if q is None or not any(ch.isalnum() for ch in text_of(doc)[q.end : end]):
        return False
    between = doc.char_span(q.end, verb.idx, alignment_mode="contract") or ()
    return not any(cue_verb(t) for t in between)


def _clause_read_as_object(verb: Token) -> Token | None:
    """"the candidate said families of people killed by police file lawsuits": the parser
    read the reported clause as the object of "say" (a noun phrase with a verb in it). Not
    "said a prayer", "said nothing": no verb in them."""
    if verb.lemma_.lower() != "say" or subject_of(verb) is None:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON" or obj.lower_ in ("nothing", "something", "anything", "little", "much"):
        return None
    return obj if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in obj.subtree) else None


def _that_after(doc: Doc, verb: Token) -> Span | None:
    """"agreed that the Treasury Department has limited power to stop…": the parser lost the
    clause (it made "power" the cue's object), but "that" right after a cue of saying, or
    after its hearer, opens what was said: to the end of the sentence."""
    if verb.lemma_.lower() not in lexicon("reporting_verbs.txt") or subject_of(verb) is None:
        return None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.dep_ in ("dative", "dobj") and after.pos_ in ("PRON", "PROPN") and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # "told reporters that…", "assured him that…"
    if after is None or after.lower_ != "that" or after.dep_ != "mark" or after.sent != verb.sent:
        return None
    return span_of(doc, list(doc[after.i : verb.sent.end]))


def _says_nothing(verb: Token) -> bool:
    """"He left early, she said nothing.": the object is what was (not) said, so the clause
    before the verb is not its report."""
    return any(c.dep_ == "dobj" and c.lower_ in ("nothing", "something", "anything", "little", "much") for c in verb.children)


def _gerund_subject(verb: Token) -> Token | None:
    """"said legalizing it could create jobs": the parser makes the gerund the verb's
    complement and the clause it is the subject of the gerund's; the whole is what was said."""
    return next(
        (c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1 and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)),
        None,
    )


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
        return text_of(doc)[a.right_edge.idx : b.idx]
    return text_of(doc)[b.idx : a.left_edge.idx]


def _trailing_conjunct(verb: Token) -> Span | None:
    """"People should provide evidence …, he told reporters.": the parser joins the cue to
    the clause it reports as a second conjunct; what was said runs up to the comma. Not with
    a conjunction ("…, and he told reporters") or an object that is what was said ("He left
    early, she said nothing")."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    inverted = next((c for c in verb.rights if c.dep_ == "nsubj"), None)
    if subject is None and inverted is not None and verb.i > 0 and doc[verb.i - 1].text == ",":
        subject = verb  # "…, said the company's chief executive, John Ferriola.": the comma is before the cue
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "AUX") or subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma < 0 or doc[comma].text != "," or any(c.dep_ == "cc" and c.i > comma - 2 for c in verb.head.children):
        return None
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") and c.i > verb.i]
    if not all(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in said) or not doc[verb.right_edge.i].is_punct:
        return None
    return span_of(doc, list(doc[verb.head.left_edge.i : comma]))


def _parenthetical(doc: Doc, cue: Cue, index: QuoteIndex) -> Found | None:
    """"The plan, he said, is doomed": the cue sits inside the clause it reports (or after it,
    where the parser made the cue the clause's complement: ``_reversed``)."""
    verb = doc[cue.token]
    if subject_of(verb) is None:
        return None
    if (comma := _reversed(doc, verb)) is not None:
        pieces = [p for p in (span_of(doc, list(doc[verb.head.left_edge.i : comma])),) if p is not None]
    elif verb.dep_ == "parataxis":
        pieces = [p for p in _clause_without(doc, verb.head, verb, _after_parenthetical(doc, verb)) if p is not None]
    else:
        return None
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


def _reversed(doc: Doc, verb: Token) -> int | None:
    """"National Insurance will be raised if Labour wins the next election, Tory leader Michael
    Howard has claimed.": the parser may make a cue ending the sentence after a comma the
    complement of the clause it reports (and hang an "if" clause on the cue). Then all before
    the comma is what was said: the comma's index. Only a plain reporting verb, said and not
    believed or supposed, with a speaker and nothing after the comma but its subject."""
    subject = subject_of(verb)
    comma = subject.left_edge.i - 1
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or not head.i < comma or doc[comma].text != "," or cue_verb(head):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lexicon("reporting_verbs.txt") or lemma in BELIEF_VERBS or not can_speak(subject) or not done(verb):
        return None
    after = [c for c in verb.children if c.i > comma and c.dep_ not in ("nsubj", "aux", "punct")]
    last = verb.sent[-1]
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return comma if not after and verb.i == last.i else None


def _after_parenthetical(doc: Doc, verb: Token) -> set[int]:
    """What follows a parenthetical cue and is not what it reports: a clause that is a
    report of its own ("…no evidence of criminal activity, the bank said, the Secret
    Service … is said to be looking into the loss"), or a clause with its own subject
    joined after the cue ("… a formality, analysts said, and the company expects…")."""
    head = verb.head
    if verb.i < head.i and cue_verb(head) and _reports_afresh(head, verb):
        return {t.i for t in head.subtree if t.i > verb.right_edge.i}
    if verb.i < head.i:
        return set()  # "The plan, he said, is doomed and the money will be lost": all of it his
    joined = [c for c in head.children if c.dep_ == "conj" and c.left_edge.i > verb.right_edge.i and any(s.dep_ in SUBJECTS for s in c.children)]
    goes_on = joined_after_cue(head, after=verb.right_edge.i)
    cut = {t.i for c in joined if c not in goes_on for t in doc[conjunction_before(c) : c.right_edge.i + 1]}
    return cut | {i for c in goes_on for i in range(conjunction_before(c), and_before(c))}  # the comma before "and"


def _reports_afresh(head: Token, parenthetical: Token) -> bool:
    """Whether the report ``head`` starts after the parenthetical cue: its subject comes
    after it ("…, the bank said, the Secret Service … is said to be…"), and no clause
    before the cue is its ("One in three women, the survey said, thought…")."""
    after = any(c.dep_ in SUBJECTS and c.i > parenthetical.i for c in head.children)
    return after and not any(c.dep_ == "ccomp" and c.i < parenthetical.i for c in head.children)


def _clause_without(doc: Doc, head: Token, removed: Token, also: set[int] = frozenset()) -> list[Span | None]:
    """A clause minus a parenthetical subtree (and the tokens ``also``): the pieces before and after it."""
    hole = {t.i for t in removed.subtree} | also
    tokens = [t for t in head.subtree if t.i not in hole]
    left = [t for t in tokens if t.i < removed.left_edge.i]
    right = [t for t in tokens if t.i > removed.right_edge.i]
    return [span_of(doc, left), span_of(doc, right)]


def _sentence_without(doc: Doc, phrase: Token) -> list[Span | None]:
    """The sentence of ``phrase`` minus the phrase: the pieces before and after it."""
    sentence = phrase.sent
    hole = {t.i for t in phrase.subtree}
    left = [t for t in sentence if t.i < phrase.left_edge.i and t.i not in hole]
    right = [t for t in sentence if t.i > phrase.right_edge.i]
    return [span_of(doc, left), span_of(doc, right)]
