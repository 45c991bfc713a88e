"""Mixed and indirect speech: the clause a cue governs, and where it ends."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import end_of, entity_of, text_of
from ..resources import lexicon
from .cues import (
    BELIEF_VERBS, DISCUSSING, TALKING, a_person, infinitive, made_clear, particle_after, refused_to_rule_out, ruling_out,
    speech_object,
)
from .joined import and_before, conjunction_before, joined_after_cue, joined_not_reported, joined_piece
from .mixed import close_quote, cut_after_quote, open_quote
from .records import Cue, Found, QuoteIndex
from .reporting import SHOWING, can_speak, done, modifier, shown_by_evidence
from .spans import inside, span_of, trim_punct
from .subjects import (
    RELATIVE_PRONOUNS, SUBJECTS, according_source, cue_verb, inverted_subject, mention_span, reported_conjunct, subject_of,
    subject_taken_by_next_verb, telephoned,
)

# Words that open a report of its own after a comma: "…, while 22 percent said…".
CONTRASTS = ("while", "whereas")
# "Find" reports only with "that" ("fans may find themselves the target"), or
# when a poll or a study finds (shown_by_evidence).
FINDING_VERBS = {"find"}
# Speech acts whose direct object is what was said ("announced a ban", "denied the claims").
OBJECT_SPEECH_VERBS = {
    "acknowledge", "admit", "announce", "cite", "claim", "confirm", "deny", "disclose", "mention",
    "note", "predict", "promise", "propose", "recommend", "repeat", "report", "reveal",
    "reiterate", "stress", "emphasize", "emphasise", "echo", "express", "voice", "explain",
    "tweet", "declare", "concede", "recall", "highlight", "outline", "rebut", "detail", "reference",
    "invoke", "retweet", "list",
}
# Speech acts that a cause or an event performs too ("changes explain the jump", "the
# dispute highlights…", "the ban threatens to reignite tensions"): said only by someone.
BY_SOMEONE = {"explain", "highlight", "outline", "detail", "list", "threaten"}
# What is blasted, lambasted or slammed in a match is kicked, not criticised ("blasted the ball").
STRIKES = {"ball", "shot", "kick", "effort", "penalty", "volley", "header", "goal", "strike", "drive", "serve", "door"}
# What a side concedes on the field: "conceded a try", "conceded two runs".
GAME_POINTS = {"try", "run", "set", "game", "match", "corner", "foul", "free-kick", "freekick", "boundary", "six", "four", "frame", "break"}
# What is claimed by winning it, not by saying so.
PRIZES = {
    "award", "cup", "crown", "delegate", "gold", "honour", "honor", "lead", "medal", "nomination",
    "place", "point", "prize", "scalp", "seat", "share", "spot", "territory", "title", "trophy",
    "victory", "vote", "win", "wicket",
}
# Speech acts whose object and complement say it: "accused X of Y", "urged X to Y".
ACCUSING = {"accuse": "of"}
APPEALING = {"urge", "implore", "beg", "exhort", "tell", "warn"}
# Praise and blame (resources/evaluating_verbs.txt): the object and the reason given for
# it ("praised Cruz for showing courage", "blamed the law on Democrats").
REASONS = ("for", "on", "over", "as")
# Characterising: the object and what it is described as ("described himself as her
# “Obama whisperer”"); "described the scene" narrates.
DESCRIBING = {"describe", "characterize", "characterise", "portray"}
# Promises and threats: the infinitive says it ("vowed to bomb the hell out of ISIS",
# "threatened to sue").
PROMISING = {"vow", "pledge", "promise", "swear", "threaten"}
# The prepositions that belong to a cue: "called for", "called on", "asked for", "pointed to".
PARTICLES = {
    "call": ("for", "on"), "ask": ("for",), "point": ("to",),
    "warn": ("of", "about", "against"), "boast": ("of", "about"), "brag": ("about", "of"),
    "comment": ("on",), "complain": ("about", "of"), "joke": ("about",), "rail": ("against", "at"), "argue": ("for", "against"),
    "apologize": ("for",), "apologise": ("for",), "vouch": ("for",),
    **TALKING,
}
# Saying something about a topic: "warned of a “ferocious” battle", "bragged about his
# success", "commented on Weiner's future": the object of the particle is what was said.
TOPICAL = {"warn", "boast", "brag", "comment", "complain", "rail", "argue", "joke", "apologize", "apologise", "vouch", *TALKING}
# Naming with a label: "called Trump “unhinged”", "is labeling Obama's actions “an abuse of power”".
NAMING = {"call", "label", "dub", "brand"}
# Prepositions that say what a speech noun is about: "the case for", "his thoughts on".
TOPICS = {"for", "against", "on", "about", "of"}
# Verbs whose object is the one told: a name that opens it is the hearer, not the clause's subject.
HEARER_VERBS = {"tell", "inform", "assure", "remind", "notify", "advise"}


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
    elif (ruled := _ruled_out(doc, verb)) is not None:
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
        if clause is None and (act := _speech_act(doc, verb)) is not None:
            pieces = [act]
        elif clause is None and (passive := _passive_praise(doc, verb)):
            pieces = passive
        elif clause is None and (answer := _answer(doc, verb)) is not None:
            pieces = [answer]
        elif clause is None and verb.lemma_.lower() in NAMING:
            pieces = [_called(doc, verb, index)]
        elif clause is None and verb.lemma_.lower() in OBJECT_SPEECH_VERBS and _said_object(verb) is not None:
            obj = _said_object(verb)
            pieces = [span_of(doc, [t for part in (obj, *_object_complement(verb, obj)) for t in part.subtree])]
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
        cue=_with_particle(doc, verb, cue.span),
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


def _ruled_out(doc: Doc, verb: Token) -> Span | None:
    """What a speaker ruled out or would not rule out ("ruled out a second run": "a
    second run"), or refused to ("refused to rule out sending troops": "to rule out
    sending troops", as PolNeAR marks it). Only with a speaker."""
    if subject_of(verb) is None or modifier(verb):
        return None
    if (infinitive_clause := refused_to_rule_out(verb)) is not None:
        return span_of(doc, list(infinitive_clause.subtree))
    if not ruling_out(verb):
        return None
    after = [t for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for t in c.subtree]
    if not after or all(t.pos_ == "PRON" for t in after):
        return None  # "did not rule them out": what "them" is, is said elsewhere
    return span_of(doc, after)


def _speech_act(doc: Doc, verb: Token) -> Span | None:
    """What an accusation, an appeal, a demand, praise, blame or a promise says, with
    no clause to report.

    "accused Clinton of dragging her feet", "urged voters to stay home", "called
    for a ban on imports", "called on Congress to act", "praised Cruz for his
    courage": the object and its complement; "vowed to fight on": the infinitive.
    Only with a speaker, and not in a passive ("was accused of").
    """
    if modifier(verb) or subject_of(verb) is None:
        return None
    lemma = verb.lemma_.lower()
    rights = list(verb.rights)
    obj = next((c for c in rights if c.dep_ == "dobj"), None)
    parts: list[Token] = []
    if lemma in ACCUSING and obj is not None:
        # "accusing Sanders's followers of sexism": the parser may hang the charge on the object.
        charge = [c for c in (*obj.subtree, *rights) if c.dep_ == "prep" and c.lower_ == ACCUSING[lemma]]
        parts = [obj, *charge, *_means_of_charge(verb, charge)]
    elif lemma == "ask":
        return _asked(doc, verb, obj) if done(verb) else None
    elif lemma in APPEALING and obj is not None:
        parts = [obj, *(c for c in rights if c.dep_ == "xcomp")]
    elif lemma in lexicon("evaluating_verbs.txt") and obj is not None and done(verb):
        reasons = [c for c in rights if c.dep_ == "prep" and c.lower_ in REASONS and not _dates(c)]
        if (obj.pos_ == "PRON" and not reasons) or obj.lemma_.lower() in STRIKES:
            return None  # "Critics rejected him" says nothing; "criticized him for not doing more" does
        parts = [obj, *_object_complement(verb, obj), *reasons]
        return span_of(doc, [t for part in parts for t in part.subtree])
    elif lemma in DESCRIBING and obj is not None and obj.i > verb.i and done(verb):
        label = _as_phrase(verb, obj)
        return span_of(doc, [*obj.subtree, *label.subtree]) if label is not None else None
    elif lemma in PROMISING and obj is None and done(verb) and (lemma not in BY_SOMEONE or can_speak(subject_of(verb))):
        promise = next((c for c in rights if c.dep_ == "xcomp" and infinitive(c)), None)
        return span_of(doc, list(promise.subtree)) if promise is not None else None
    elif lemma in SHOWING and obj is not None and shown_by_evidence(verb) and done(verb):
        return span_of(doc, [t for c in rights if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj") for t in c.subtree])
    elif lemma == "point" and _particle(verb) is not None:
        return _particle_object(doc, verb)  # "pointed to Cruz's organisation"
    elif topical(verb) and obj is None and done(verb):
        return _particle_object(doc, verb)
    elif lemma in DISCUSSING and obj is not None and done(verb):
        return span_of(doc, list(obj.subtree))  # "discussed the wall": the topic
    elif lemma == "call" and _particle(verb) is not None:
        # "called for Trump to drop out": the parser may read "for" as a mark of the clause.
        after = [c for c in rights if c.dep_ in ("prep", "mark", "xcomp", "advcl") and c.i > verb.i and not _another_cue(doc, c)]
        tokens = [t for c in after for t in c.subtree if t.i > verb.i + 1]
        return span_of(doc, tokens) if len(tokens) > 1 else None
    if len(parts) < 2:
        return None
    return span_of(doc, [t for part in parts for t in part.subtree])


def _means_of_charge(verb: Token, charge: list[Token]) -> list[Token]:
    """"accused some critics of “spreading false fears” by claiming ID cards would erode civil
    liberties": a "by" and a gerund right after a charge of doing something says how the
    accused did it, though the parser hangs it on "accused"; it is part of the charge."""
    if not charge or not any(c.dep_ == "pcomp" for c in charge[-1].children):
        return []
    after = charge[-1].right_edge.i + 1
    return [
        c for c in verb.rights
        if c.dep_ == "prep" and c.lower_ == "by" and c.i == after and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
    ]


def _asked(doc: Doc, verb: Token, obj: Token | None) -> Span | None:
    """"asked the students if they were serious", "asked Trump about his remarks": the
    question; "asked voters to stay home", "asked the court for quick action", "asked for
    an inquiry": the request."""
    rights = list(verb.rights)
    question = next((c for c in rights if c.dep_ in ("advcl", "ccomp") and _question(c)), None)
    if question is not None:
        return span_of(doc, list(question.subtree))
    if obj is None and _particle(verb) is not None:
        return _particle_object(doc, verb)  # "asked for an inquiry", not "asked for what"
    request = [c for c in rights if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "about"))]
    if obj is None or not request:
        return None  # "asked to speak", "asked about the plan": no request made of anyone
    return span_of(doc, [t for part in (obj, *request) for t in part.subtree])


def _question(clause: Token) -> bool:
    """A clause that asks: "if they were serious", "whether he would run", "how he would
    handle the deportations" (a wh-word opening it)."""
    if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in clause.children):
        return True
    return clause.dep_ == "ccomp" and clause.left_edge.tag_ in ("WDT", "WP", "WRB") and clause.left_edge.lower_ != "that"


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


def _dates(phrase: Token) -> bool:
    """"on Tuesday", "over the weekend": a phrase that dates the saying, not a reason
    ("for their quarterly results" is one)."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in phrase.children)


def topical(verb: Token) -> bool:
    """"warned of", "bragged about": a topical speech act with its particle."""
    return verb.lemma_.lower() in TOPICAL and _particle(verb) is not None


def _particle(verb: Token) -> Token | None:
    """The "for" of "called for", the "on" of "called on", the "for" of "asked for"."""
    return particle_after(verb, PARTICLES.get(verb.lemma_.lower(), ()))


def _particle_object(doc: Doc, verb: Token) -> Span | None:
    """The object of a cue's particle ("for an inquiry", "to China", "about moving to New
    Zealand"), unless a pronoun."""
    wanted = [c for c in _particle(verb).children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "PRON"]
    if not wanted:
        return None
    # "pointed to the case as the epitome of…": the "as" phrase goes with it.
    label = _as_phrase(verb, wanted[0])
    return span_of(doc, [t for part in (wanted[0], label) if part is not None for t in part.subtree])


def _as_phrase(verb: Token, obj: Token) -> Token | None:
    """The "as" phrase after an object ("described the plan as a disaster", "pointed to the
    case as the epitome"), which the parser hangs on the verb or on the object; or a
    phrase opening with that "as" ("describing the team as highly accomplished")."""
    after = [c for c in (*verb.rights, *obj.rights) if c.i > obj.i]
    return next((c for c in after if (c.dep_ == "prep" and c.lower_ == "as") or _opens_with_as(c)), None)


def _opens_with_as(phrase: Token) -> bool:
    """"as highly accomplished", "as beset by illegal immigrants", not the clause of "as the
    crowd cheered" (a time, with a subject of its own)."""
    first = phrase.left_edge
    return first.lower_ == "as" and not any(c.dep_ in (*SUBJECTS, "expl") for c in phrase.children)


def _with_particle(doc: Doc, verb: Token, cue: Span) -> Span:
    """"called for", "have called on": the preposition is part of the cue."""
    after = _particle(verb)
    return cue if after is None else Span.of(text_of(doc), cue.start, end_of(after))


def _passive_praise(doc: Doc, verb: Token) -> list[Span]:
    """"Trump has been criticized by his rivals for failing to…": praise or blame in the
    passive, its agent named: the subject, and the reason given (two pieces)."""
    subject = _passive_subject(verb)
    lemma = verb.lemma_.lower()
    # "were questioned by police": questioning someone is interrogating them.
    if subject is None or lemma not in lexicon("evaluating_verbs.txt") or lemma == "question" or not done(verb):
        return []
    reasons = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in REASONS and not _dates(c)]
    if subject.pos_ == "PRON" and not reasons:
        return []  # "He was criticised by Johnson": what for is not said
    return [p for p in (span_of(doc, list(subject.subtree)), *(span_of(doc, list(r.subtree)) for r in reasons)) if p is not None]


def _passive_subject(verb: Token) -> Token | None:
    """"Trump has been criticized by his rivals": with its agent named, a passive's subject
    is what the agent spoke of."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _said_object(verb: Token) -> Token | None:
    """"Police announced the suspect’s name": the object of a speech act is what was said,
    when there is a speaker and the object is more than a pronoun; "was first reported by
    the Times": the subject of a passive with its agent."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None) or _passive_subject(verb)
    if obj is None or obj.pos_ == "PRON" or subject_of(verb) is None or modifier(verb):
        return None
    if verb.lemma_.lower() in BY_SOMEONE and not can_speak(subject_of(verb)):
        return None  # "Changes partly explain the jump", "the dispute highlights…": a cause, not a speaker
    if verb.lemma_.lower() == "concede" and obj.lemma_.lower() in STRIKES | PRIZES | GAME_POINTS:
        return None  # "Ireland conceded a penalty": a goal or a point given away, not an admission
    if verb.lemma_.lower() == "recall" and not a_person(subject_of(verb)):
        return None  # "Toyota recalled a million cars": a product recall, not a memory told
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll", "shall") for c in verb.children):
        return None  # "Laporte will announce his line-up next Tuesday": not said yet
    if _taken_or_withheld(verb, obj) or _sets_the_scene(verb, obj):
        return None
    return obj


def _sets_the_scene(verb: Token, obj: Token) -> bool:
    """"Announcing the plans, Mr Redwood said: “…”": a participle before a cue, its object a
    bare noun that points back ("the plans", "his proposals"), introduces what the cue
    reports and says nothing itself. "Announcing a ban on imports, he said…" says what."""
    fronted = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i and cue_verb(verb.head)
    return fronted and all(c.dep_ in ("det", "poss") for c in obj.children)


def _taken_or_withheld(verb: Token, obj: Token) -> bool:
    """"Argentina claimed top spot", "claimed victory": claiming a prize is winning it;
    "denied Luscombe the opportunity": denying someone something is withholding it."""
    lemma = verb.lemma_.lower()
    if lemma == "claim":
        return obj.lemma_.lower() in PRIZES
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return lemma == "deny" and (len(objects) > 1 or any(c.dep_ == "dative" for c in objects))


def _object_complement(verb: Token, obj: Token) -> list[Token]:
    """"defended his call to raise the wage", "mocked Trump's bluster about a deal", "cited
    his role as grand marshal": the parser hangs what completes the object on the verb;
    right after the object, it is the object's (a date is not: it dates the saying)."""
    right = obj.right_edge.i + 1
    return [
        c for c in verb.rights
        if c.left_edge.i == right
        and ((c.dep_ in ("advcl", "xcomp") and infinitive(c)) or (c.dep_ == "prep" and not _dates(c)) or c.dep_ == "ccomp")
    ]


def _called(doc: Doc, verb: Token, index: QuoteIndex) -> Span | None:
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
        if _another_cue(doc, child):
            framing.update(t.i for t in child.subtree)
        if reported_conjunct(child) or joined_not_reported(head, child):
            framing.update(t.i for t in doc[conjunction_before(child) : child.right_edge.i + 1])
    for noun in head.subtree:
        if subject_taken_by_next_verb(noun):
            framing.update(t.i for t in doc[conjunction_before(noun) : noun.right_edge.i + 1])
    framing.update(_trailing_aside(doc, head))
    tokens = [t for t in head.subtree if t.i not in framing]
    # "said Clinton is honest, and three-quarters said…": a conjunction the parser left on
    # the clause, joining it to the next statement, is not part of it.
    while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or (tokens[-1].is_punct and tokens[-2].dep_ == "cc")):
        tokens.pop()
    return span_of(doc, _stolen_subject(head, subject) + tokens)


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
        if t.dep_ == "relcl" and t.i > head.i and set_off and t.right_edge.i >= end and not _has_cue(t):
            return {u.i for u in doc[t.left_edge.i - 1 : head.right_edge.i + 1]}
    return set()


def _has_cue(clause: Token) -> bool:
    return any(cue_verb(t) for t in clause.subtree)


def _another_cue(doc: Doc, child: Token) -> bool:
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
        return []
    stolen = list(obj.subtree)
    first = next((t for t in stolen if t.pos_ != "DET"), None)
    if head.head.lemma_.lower() in HEARER_VERBS and first is not None and first.ent_type_ and entity_of(first).end <= stolen[-1].i:
        stolen = [t for t in stolen if t.i >= entity_of(first).end]  # the name of the one told, then the subject
    return stolen


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
