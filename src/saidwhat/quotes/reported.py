"""Which clause a cue reports: its complement, one before it, or what the parser misread
("said families … file lawsuits" read as an object, a clause joined to the cue)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import end_of, text_of
from ..resources import lexicon
from .bounds import HEARER_VERBS, clause_span
from .cues import BELIEF_VERBS
from .records import QuoteIndex
from .reporting import shown_by_evidence
from .spans import run_on, span_of
from .subjects import SUBJECTS, clause_after_inverted_cue, cue_verb, inverted_subject, refused_to_speak, subject_of

# "Find" reports only with "that" ("fans may find themselves the target"), or
# when a poll or a study finds (shown_by_evidence).
FINDING_VERBS = {"find"}


def as_reported(verb: Token) -> bool:
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
    # "…, say those who feel the project should be shunned": the clause after names the speaker.
    inverted = clause_after_inverted_cue(verb)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and "\n" not in _between(doc, c, verb) and c != inverted]
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
        return _past_hearer(verb, after[0])
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
    if inverted_subject(verb) is not None and not (verb.dep_ == "parataxis" and verb.head.i > verb.i):
        # The subject before "…, said Wilders" is the reported clause, read as a noun phrase;
        # not before an aside that the clause goes on after ("The idea, says BT, is to…").
        read_as_noun = next(c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i)
        if index.at(read_as_noun.left_edge.idx) is None:
            return read_as_noun
    return _that_clause_in_adjunct(verb) or _clause_lost_to_an_aside(verb) or _clause_after_a_source(verb)


def _past_hearer(verb: Token, clause: Token) -> Token:
    """"She told the BBC's Today programme the talks would go on": the parser may take the
    one told, a noun, for the reported clause and hang the clause on it; the clause is then
    the noun's own complement, and the noun with all before it is the one told."""
    if verb.lemma_.lower() not in HEARER_VERBS or clause.pos_ not in ("NOUN", "PROPN"):
        return clause
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.left_edge.i == clause.i + 1), None)
    return inner if inner is not None else clause


def with_next_clause(doc: Doc, clause: Token, piece: Span | None) -> Span | None:
    """"told me he’s had a quiet life": the parser may split one reported clause into two
    complements of the cue ("’s" and "had"); a second one right after the first goes on.
    Not a refusal: "said the firm was profitable but declined to say how much it earned"
    (the parser hangs "declined" on the cue) is the reporter's, as when it joins it to the clause."""
    following = [c for c in clause.head.children if c.dep_ == "ccomp" and c.left_edge.i == clause.right_edge.i + 1]
    if not following or piece is None or cue_verb(following[0]) or refused_to_speak(following[0]):
        return piece  # "…, the source recalled", "and one in four said…": another statement
    more = clause_span(doc, following[0])
    return run_on(doc, piece, more)


def with_clause_before(doc: Doc, clause: Token, piece: Span | None, index: QuoteIndex) -> Span | None:
    """"Courts should be used as a last resort, but where they are, their orders should be
    enforced more rigorously, MPs said": the parser may make both halves of a reported clause
    joined by "but" or "and" complements of the cue after them; the one ending in its
    conjunction right before the chosen clause goes with it. Not one with a cue of its own
    ("He denied it, and the minister agreed, aides said"), nor one in a quotation."""
    previous = next((c for c in clause.head.children if c.dep_ == "ccomp" and c.right_edge.i + 1 == clause.left_edge.i), None)
    if piece is None or previous is None or previous.sent != clause.sent or cue_verb(previous) or index.at(previous.left_edge.idx) is not None:
        return piece
    last = previous.right_edge
    if last.dep_ != "cc" or last.head != previous or "\n" in _between(doc, previous, clause):
        return piece  # "…, and", "…, but": the conjunction the parser left on the first half ends it
    first = clause_span(doc, previous)
    return Span.of(text_of(doc), first.start, piece.end) if first is not None else piece


def with_gerund_subject(doc: Doc, clause: Token, verb: Token, piece: Span | None) -> Span | None:
    """"said being honoured in the UK meant a lot to him": the parser may hang the gerund on
    the cue and the clause after it on the cue too, with no subject; right between them, the
    gerund phrase is that clause's subject, part of what was said."""
    gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1 and c.right_edge.i + 1 == clause.left_edge.i), None)
    if piece is None or gerund is None or any(c.dep_ in SUBJECTS for c in clause.children):
        return piece
    if not (gerund.tag_ == "VBG" or any(c.lower_ == "being" and c.dep_ in ("aux", "auxpass") for c in gerund.children)):
        return piece
    return Span.of(text_of(doc), gerund.left_edge.idx, piece.end)


def with_adverbial_before_cue(doc: Doc, clause: Token, verb: Token, piece: Span | None) -> Span | None:
    """"MPs will be thrown out of the Commons if they use Blackberries in the chamber Speaker
    Michael Martin has ruled": the parser hangs the "if" clause on the cue after it; right
    after the reported clause and before the cue's subject, it is part of what was said."""
    subject = subject_of(verb)
    following = [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == clause.right_edge.i + 1]
    if piece is None or subject is None or not following or following[0].right_edge.i >= min(subject.left_edge.i, verb.i):
        return piece
    more = span_of(doc, list(following[0].subtree))
    return run_on(doc, piece, more)


def with_list_read_as_subject(doc: Doc, clause: Token, verb: Token, piece: Span | None) -> Span | None:
    """"The threat to TV was greatest in countries where broadband was on the up, in
    particular the UK, France and Spain, said the report": the parser may read a list set
    off after the reported clause as a second subject of the cue, whose subject follows it;
    with the cue's own subject after it, what stands between is part of what was said."""
    subject = inverted_subject(verb)
    if piece is None or subject is None or subject.i < verb.i:
        return piece
    gap = doc[clause.right_edge.i + 1 : verb.i]
    early = [c for c in verb.children if c.dep_ == "nsubj" and gap.start <= c.i < gap.end]
    if not early or any(t.ent_type_ in ("DATE", "TIME") for t in gap):
        return piece
    first = min(c.left_edge.i for c in verb.children if gap.start <= c.i < gap.end and not c.is_punct)
    heads = {c.i for c in verb.children}
    owned = all(t.is_punct or any(a.i in heads for a in (t, *t.ancestors)) for t in gap)
    if not owned or any(t.i < first and not t.is_punct for t in gap):
        return piece
    more = span_of(doc, [t for t in doc[first : early[-1].right_edge.i + 1]])
    return run_on(doc, piece, more)


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


def clause_read_as_object(verb: Token) -> Token | None:
    """"the candidate said families of people killed by police file lawsuits": the parser
    read the reported clause as the object of "say" (a noun phrase with a verb in it). Not
    "said a prayer", "said nothing": no verb in them."""
    if verb.lemma_.lower() != "say" or subject_of(verb) is None:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON" or obj.lower_ in ("nothing", "something", "anything", "little", "much"):
        return None
    return obj if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in obj.subtree) else None


def that_after(doc: Doc, verb: Token) -> Span | None:
    """"agreed that the Treasury Department has limited power to stop…": the parser lost the
    clause (it made "power" the cue's object), but "that" right after a cue of saying, or
    after its hearer, opens what was said: to the end of the sentence."""
    if verb.lemma_.lower() not in lexicon("reporting_verbs.txt") or subject_of(verb) is None:
        return None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.dep_ in ("dative", "dobj") and after.pos_ in ("PRON", "PROPN") and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # "assured him that…"
    elif (hearer := _hearer_object(verb)) is not None and _hearer_end(hearer) + 1 < len(doc):
        after = doc[_hearer_end(hearer) + 1]  # "told reporters that…", "reminded MPs that…"
    if after is None or after.lower_ != "that" or after.dep_ != "mark" or after.sent != verb.sent:
        return None
    return span_of(doc, list(doc[after.i : verb.sent.end]))


def _hearer_object(verb: Token) -> Token | None:
    """"… and reminded MPs that Labour's chairman had described…": after a verb whose object
    is the one told, the parser may hang the that-clause on that noun as its complement;
    the noun phrase is the hearer and the clause what was said."""
    if verb.lemma_.lower() not in HEARER_VERBS | {"warn"}:
        return None
    return next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.left_edge.i == verb.i + 1), None)


def _hearer_end(hearer: Token) -> int:
    """The hearer's last word, without a that-clause the parser hung on it."""
    clause = {t.i for c in hearer.children if c.dep_ in ("acl", "ccomp") for t in c.subtree}
    return max(t.i for t in hearer.subtree if t.i not in clause)


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


def _clause_after_a_source(verb: Token) -> Token | None:
    """"Politico reported, according to sources in the meetings, Clinton tried to calm…": after
    a comma, a source the speaker cites can make the parser read the clause that follows as
    an adverbial clause of the cue; with a subject of its own, it is the clause reported."""
    doc = verb.doc
    for clause in verb.rights:
        first = clause.left_edge
        if clause.dep_ != "advcl" or first.lower_ != "according" or first.head != clause or doc[first.i - 1].text != ",":
            continue
        if any(c.dep_ in SUBJECTS for c in clause.children):
            return clause
    return None


def _between(doc: Doc, a: Token, b: Token) -> str:
    """The text between two tokens' subtrees' facing edges."""
    if a.i < b.i:
        return text_of(doc)[a.right_edge.idx : b.idx]
    return text_of(doc)[b.idx : a.left_edge.idx]


def trailing_conjunct(verb: Token) -> Span | None:
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


def _clause_lost_to_an_aside(verb: Token) -> Token | None:
    """'The owners - two from Taiwan, two from China - left over the holiday without paying
    their employees, he said.': a dash-set aside can make the parser hang the clause before
    a trailing "he said" on the cue with no label ("dep"). A phrase with a verb in it, from
    the sentence start to a comma right before the cue's own subject, is the clause reported."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    lost = next((c for c in verb.lefts if c.dep_ == "dep" and c.left_edge.i == verb.sent.start), None)
    if subject is None or lost is None or subject.right_edge.i != verb.i - 1 or subject.left_edge.i < 2:
        return None
    comma = doc[subject.left_edge.i - 1]
    if comma.text != "," or lost.right_edge.i >= comma.i or not any(t.pos_ == "VERB" for t in lost.subtree):
        return None
    return lost


def quoted_after_and(doc: Doc, verb: Token, index: QuoteIndex) -> Span | None:
    """'Yukos is confident of its right to protection, and “we are prepared to be back in
    court,” he said.': a quotation opening lower-case right after the "and" of a sentence
    goes on with it, and the cue after it reports the whole sentence (the parser joins the
    cue to the first clause). Only a first clause that is a stance, which the speaker's side
    holds and goes on to say: the reporter's own clause ("Protesters gathered outside the
    Capitol, and “we will not be silenced,” one of them told the BBC") is not theirs. Not a
    first clause with a cue of its own ("He said no, and “we will fight,” she added"), nor a
    quotation opening a sentence of its own."""
    head = verb.head
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if verb.dep_ != "conj" or head.i > verb.i or head.pos_ not in ("VERB", "AUX") or subject is None or cue_verb(head):
        return None
    if not _stance(head):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    q = index.at(clause.left_edge.idx) if clause is not None else None
    if q is None or not q.pieces[0].text[:1].islower() or clause.left_edge.i < 1:
        return None
    k = clause.left_edge.i - 1
    while k > 0 and doc[k].is_quote:
        k -= 1  # the parser may hang the opening mark on the cue
    joining = doc[k]
    if joining.lower_ not in ("and", "but") or joining.head != head or text_of(doc)[q.end : subject.left_edge.idx].strip(" ,\"”’'"):
        return None
    return Span.of(text_of(doc), head.left_edge.idx, q.end)


# "Yukos is confident of its right …": a stance its holder's side goes on to state; a closed
# class, read by quoted_after_and and by speakers/pronouns (the subject of a stance speaks).
STANCES = {"adamant", "certain", "confident", "convinced", "determined", "hopeful", "insistent", "optimistic", "sure"}


def _stance(verb: Token) -> bool:
    """"is confident of its right", "believes the case is strong": a clause holding a view."""
    if verb.lemma_.lower() in BELIEF_VERBS:
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in STANCES for c in verb.children)
