"""Mixed and indirect speech: what a cue governs (the clause it reports, what a speech act
says, the clause around a parenthetical cue), in pieces, with the quotations in it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import text_of
from ..resources import lexicon
from .bounds import before_another_speaker, clause_span
from .cues import made_clear, speaks, speech_object
from .direct import WEEKDAYS
from .joined import joined_after_cue, joined_piece, with_purpose_of_proposal, with_quoted_conjunct
from .mixed import close_quote, cut_after_quote, open_quote
from .naming import NAMING, called
from .parenthetical import clause_without, inverted_aside, parenthetical
from .records import Cue, Found, QuoteIndex
from .reported import (
    as_reported, clause_of, clause_read_as_object, quoted_after_and, that_after, trailing_conjunct, with_adverbial_before_cue, with_clause_before,
    with_gerund_subject, with_list_read_as_subject, with_next_clause,
)
from .reporting import done, modifier
from .spans import inside, span_of, trim_punct
from .speech_acts import OBJECT_SPEECH_VERBS, object_complement, passive_praise, ruled_out, said_object, speech_act, with_particle
from .mentions import mention_span
from .subjects import SUBJECTS, according_source, clause_after_inverted_cue, name_closing_the_clause, subject_of

# Prepositions that say what a speech noun is about: "the case for", "his thoughts on".
TOPICS = {"for", "against", "on", "about", "of"}


def complement(doc: Doc, cue: Cue, index: QuoteIndex) -> Found | None:
    """Mixed or indirect speech: the clause a cue governs, if it governs one."""
    verb = doc[cue.token]
    aside = subject = None
    if verb.lower_ == "according":
        if _cited_by_speaker(verb):
            return None  # the one who cites the source says it: their statement holds the phrase
        # The whole sentence but the phrase: the parser often hangs "according to" on
        # one conjunct ("…, while Sanders was outpacing her, according to exit polls").
        source = according_source(doc, cue)
        subject = _subject_read_as_appositive(verb, source)
        kept = set(subject.subtree) if subject is not None else set()
        pieces = _sentence_without(doc, verb, kept=kept, aside=_relative_on_the_source(verb) or _name_after_the_source(verb))
        if _opens_a_conjunct(verb):
            pieces = [_shared_subject(verb), *pieces[1:]]
    elif verb.lower_ == "in":
        pieces = clause_without(doc, verb.head, verb)
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
    elif (aside := inverted_aside(doc, verb)) is not None:
        pieces = list(aside.pieces)
        source = aside.speaker
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
        elif clause is None and (misread := clause_read_as_object(verb)) is not None:
            pieces = [span_of(doc, list(misread.subtree))]
        elif clause is None and (before := trailing_conjunct(verb)) is not None:
            pieces = [before]
        elif clause is None and (sentence := quoted_after_and(doc, verb, index)) is not None:
            pieces = [sentence]
        elif clause is None and (rest := that_after(doc, verb)) is not None:
            pieces = [rest]
        elif clause is None and as_reported(verb):
            # "But, as Clyburn noted, those voters…": a lone conjunction before it is no piece.
            pieces = [p for p in clause_without(doc, verb.head, verb) if p is not None and len(p.text.split()) > 1]
        elif clause is None:
            return parenthetical(doc, cue, index)
        else:
            pieces = [with_next_clause(doc, clause, clause_span(doc, clause))]
            if clause.i > verb.i:
                pieces = [with_quoted_conjunct(doc, verb, clause, with_gerund_subject(doc, clause, verb, pieces[0]))]
                pieces = [with_purpose_of_proposal(doc, verb, clause, pieces[0])]
            if clause.i < verb.i:
                piece = with_list_read_as_subject(doc, clause, verb, with_adverbial_before_cue(doc, clause, verb, pieces[0]))
                pieces = [with_clause_before(doc, clause, piece, index)]
                pieces += [joined_piece(doc, c) for c in joined_after_cue(verb, after=verb.i)]
            else:
                pieces = _around_cue(doc, verb, cue, pieces[0])
        source = subject_of(verb)
        if source is not None and source == name_closing_the_clause(verb):
            pieces = [trim_punct(text_of(doc), p.start, min(p.end, source.left_edge.idx)) if p is not None else None for p in pieces]
    pieces = [p for p in (before_another_speaker(doc, verb, p) for p in pieces) if p is not None]
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
        mention=aside.mention if aside is not None else _mention(doc, verb, source, subject),
        confidence=(0.8 if quoted else 0.7) if source is not None else 0.4,
    )


def _cited_by_speaker(according: Token) -> bool:
    """Whether an "according to" phrase is cited by someone who speaks in the same sentence,
    who is then the one a reader names: it opens the clause that a cue before it reports
    ("Win Htein said that according to its analysis, the NLD has won…", "Politico reported,
    according to sources in the meetings, Clinton tried…"), or an aside follows it
    ("According to police, said Mr Brown, the gunman fled", "According to police, he said,
    …"). Not "According to the FT, Chernin said…" nor "…, he said, according to CNN": the
    reporter's source for the report."""
    doc, clause = according.doc, according.head
    cue = clause.head
    opens = all(t.dep_ == "mark" or t.is_punct for t in doc[clause.left_edge.i : according.i])
    # "The minister said, according to aides, that she would resign": before the "that", the
    # phrase is the reporter's source for the saying, not inside what was said.
    that_after = any(c.dep_ == "mark" and c.i > according.i for c in clause.children)
    if clause.dep_ in ("ccomp", "advcl") and cue.i < according.i and opens and not that_after and speaks(cue):
        return True
    after = next((t for t in doc[according.right_edge.i + 1 : according.sent.end] if not t.is_punct), None)
    if after is None or according.left_edge.i != according.sent.start:
        return False
    if after.dep_ in ("ROOT", "parataxis"):  # ", said Mr Brown,": the name after the cue
        return inverted_aside(doc, after) is not None or (speaks(after) and subject_of(after).i > after.i)
    # ", he said,": the subject first
    return after.dep_ == "nsubj" and after.head.dep_ == "parataxis" and speaks(after.head)


def _around_cue(doc: Doc, verb: Token, cue: Cue, piece: Span | None) -> list[Span | None]:
    """"The rules, which officials said will go into effect in May,": the relative pronoun
    belongs to the reported clause but stands before its speaker and cue; what was said is
    the two pieces around them ("which", "will go into effect in May"), never the cue itself."""
    if piece is None or not piece.start < cue.span.start < cue.span.end < piece.end:
        return [piece]
    subject = subject_of(verb)
    # "Who do you think will win": an auxiliary before the subject is the cue's too.
    starts = [c.idx for c in verb.lefts if c.dep_ in ("aux", "neg")] + ([subject.left_edge.idx] if subject is not None else [])
    start = min([i for i in starts if piece.start < i < verb.idx] + [cue.span.start])
    text = text_of(doc)
    return [trim_punct(text, piece.start, start), trim_punct(text, cue.span.end, piece.end)]


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


def _sentence_without(doc: Doc, phrase: Token, kept: set[Token] = frozenset(), aside: list[Token] = ()) -> list[Span | None]:
    """The sentence of ``phrase`` minus the phrase (but the tokens ``kept`` at its end) and
    the ``aside`` right after it: the pieces before and after them."""
    hole = sorted([t.i for t in phrase.subtree if t not in kept] + [t.i for t in aside])
    left = [t for t in phrase.sent if t.i < hole[0]]
    right = [t for t in phrase.sent if t.i > hole[-1]]
    return [span_of(doc, left), span_of(doc, right)]


def _relative_on_the_source(according: Token) -> list[Token]:
    """"According to Standard & Poor's, which has recently upgraded Mexico's debt rating, the
    rise in remittances helps …": a relative clause set off by commas right after the source
    says who the source is, though the parser may hang it on the reported clause; its tokens,
    to its closing comma. Empty when there is none, or the parser kept it in the phrase."""
    doc = according.doc
    comma = according.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in ("which", "who", "whose"):
        return []
    clause = doc[comma + 1].head if doc[comma + 1].dep_ != "poss" else doc[comma + 1].head.head
    if clause.pos_ not in ("VERB", "AUX") or clause.i < comma:
        return []
    end = max([clause.i] + [c.right_edge.i for c in clause.rights if not c.is_punct])
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return []
    return list(doc[comma : end + 2])


def _name_after_the_source(according: Token) -> list[Token]:
    """"According to technology analysts, TDG Research, there will be 20 million subscribers":
    a proper name set off by commas right after the source names it, though the parser may
    hang it on the reported clause; its tokens, with the commas. Not the clause's own subject
    ("According to police, John Smith, 45, was arrested"): the clause must have its subject
    after the name, and no name goes on after its comma. Nor a day or a date, which a tagger
    reads as a name ("According to the Pentagon, Tuesday, the strike killed 12 militants":
    when it happened, said by the Pentagon)."""
    doc = according.doc
    comma = according.right_edge.i + 1
    end = comma + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or (doc[end].text == "&" and end > comma + 1)):
        end += 1
    if comma >= len(doc) or doc[comma].text != "," or end == comma + 1 or end + 1 >= len(doc) or doc[end].text != ",":
        return []
    if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAYS for t in doc[comma + 1 : end]):
        return []
    if doc[end + 1].pos_ == "PROPN":
        return []  # a title with commas in it: 'According to the report, Intifada, Closures and …'
    if not any(c.dep_ in (*SUBJECTS, "expl") and c.i > end for c in according.head.children):
        return []
    return list(doc[comma : end + 1])


def _opens_a_conjunct(according: Token) -> bool:
    """"Souness is bidding to bolster his defence and, according to reports, contract
    negotiations are at an advanced stage": set off right after the "and" (or "but") of a
    clause with a subject of its own, or between commas after it, the phrase reports that
    clause, not the one before."""
    doc, clause = according.doc, according.head
    k = according.left_edge.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    joined = k >= 0 and doc[k].lower_ in ("and", "but") and doc[k].head.i != according.i
    if joined and _set_off(according):
        # "He had promised not to let the company get “fat”, and, according to Reuters, once told
        # analysts that …": between "and," and a comma, it reports only the conjunct after it,
        # whatever the parser hangs it on; with the subject it shares, when the parse gives it.
        # Not inside a relative clause ("The president, who was elected in 2020 and, according
        # to polls, remains popular, will speak tonight"): the sentence's subject is not the
        # conjunct's own, and the phrase reports the relative clause's conjunct in the sentence.
        verb = _verb_after(according)
        if verb is None or _in_relative_clause(doc[k]):
            return False
        return any(c.dep_ in SUBJECTS and c.i > according.i for c in verb.children) or _shared_subject(according) is not None
    return joined and clause.dep_ == "conj" and any(c.dep_ in SUBJECTS and c.i > according.i for c in clause.children)


def _shared_subject(according: Token) -> Span | None:
    """"Cuba's tourist industry has been one of its few success stories and, according to the
    UN, is now worth $3bn": the subject the conjunct after the phrase shares with the clause
    before it, which is what the conjunct is said of; None when it has its own."""
    verb = _verb_after(according)
    if verb is None or verb.dep_ not in ("conj", "advcl") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < according.i), None)
    return span_of(according.doc, list(subject.subtree)) if subject is not None else None


def _verb_after(according: Token) -> Token | None:
    """The verb of the words right after an "according to" phrase, if the parser gives one."""
    doc = according.doc
    verb = next((t for t in doc[according.right_edge.i + 1 : according.sent.end] if not t.is_punct), None)
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and verb.head.i > according.i:
        verb = verb.head
    if verb is not None and verb.dep_ in ("aux", "auxpass") and verb.head.i > according.i:
        verb = verb.head  # "and, according to aides, will fight the charges": the verb "will" helps
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _in_relative_clause(token: Token) -> bool:
    """Whether a token belongs to a relative clause ("who was elected in 2020 and, …")."""
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))


def _set_off(according: Token) -> bool:
    """Whether an "according to" phrase stands between commas, with more of the sentence after it."""
    doc, after = according.doc, according.right_edge.i + 1
    return after + 1 < len(doc) and doc[according.left_edge.i - 1].text == "," and doc[after].text == "," and not doc[after + 1].is_punct


def _subject_read_as_appositive(according: Token, source: Token | None) -> Token | None:
    """"According to the Observer, 3,000 jobs - out of a total workforce of 6,500 - could be
    lost": the parser may read the clause's subject as an appositive of the source, right
    after its comma; when the verb the phrase hangs on has no subject of its own, it is that
    verb's subject, part of what was said, not of the source's name. "According to Mr Smith,
    the firm's chief, the plant will close" keeps its appositive: "plant" is the subject."""
    verb = according.head
    if source is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in (*SUBJECTS, "expl") for c in verb.children):
        return None
    appos = next((c for c in source.children if c.dep_ == "appos" and c.i > source.i and c.i < verb.i), None)
    if appos is None or appos.left_edge.i < 1 or according.doc[appos.left_edge.i - 1].text != ",":
        return None
    return appos


def _mention(doc: Doc, verb: Token, source: Token | None, subject: Token | None) -> Span | None:
    """The source's mention; after "according to", without ``subject``, the clause's subject the
    parser read as its appositive (``_subject_read_as_appositive``)."""
    if (clause := clause_after_inverted_cue(verb)) is not None and source is not None and source.head == clause:
        # "…, say those who feel the Turkish project should be shunned": all of it names them.
        return span_of(doc, [t for t in clause.subtree if not t.is_punct or t.i < clause.right_edge.i])
    if subject is None:
        return mention_span(doc, source)
    return span_of(doc, [t for t in source.subtree if t.i < subject.left_edge.i - 1])
