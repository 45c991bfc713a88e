"""Speech acts with no clause to report: what an object, a particle or an infinitive says
("accused X of Y", "urged X to Y", "warned of", "announced a ban", "vowed to fight on")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import end_of, text_of
from ..resources import lexicon
from .bounds import another_cue
from .cues import DISCUSSING, TALKING, a_person, infinitive, particle_after, refused_to_rule_out, ruling_out, went_on
from .reporting import SHOWING, can_speak, done, modifier, no_one_did, shown_by_evidence
from .spans import span_of
from .subjects import SUBJECTS, cue_verb, subject_of

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
# What a side wins on the field, claimed by winning it: "claim the first set", "claimed the
# race", "claimed silver". Not all a side concedes (GAME_POINTS): "claimed a match between the
# DNA and samples", "claimed a foul" are asserted.
WON = {"set", "frame", "break", "race", "championship", "silver", "bronze", "double", "treble"}
# Of those, the ones that are asserted with what they are of or in: "claimed a break in the
# case", "a break with the past", "a set of figures" (a won set or break stands alone).
WON_ALONE = {"set", "break"}
# What is defended by playing for it again, not by arguing: "defended her title", "defended his
# seat". Not "defended the vote" or "defended the award": those are argued for.
HELD_PRIZES = {"title", "crown", "cup", "trophy", "championship", "belt", "medal", "seat", "lead"}
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


def ruled_out(doc: Doc, verb: Token) -> Span | None:
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


def speech_act(doc: Doc, verb: Token) -> Span | None:
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
        if lemma == "defend" and obj.lemma_.lower() in HELD_PRIZES:
            return None  # "defended her title 12 months later": held it by winning again, no defence spoken
        parts = [obj, *object_complement(verb, obj), *reasons]
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
        after = [c for c in rights if c.dep_ in ("prep", "mark", "xcomp", "advcl") and c.i > verb.i and not another_cue(doc, c)]
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


def with_particle(doc: Doc, verb: Token, cue: Span) -> Span:
    """"called for", "have called on": the preposition is part of the cue."""
    after = _particle(verb)
    return cue if after is None else Span.of(text_of(doc), cue.start, end_of(after))


def passive_praise(doc: Doc, verb: Token) -> list[Span]:
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


def on_a_speech_acts_object(verb: Token) -> Token | None:
    """The noun a relative clause with ``verb`` is on, when that noun is the object of praise,
    blame or a speech act with a noun object ("has criticised a union leader who said …",
    "condemned the document, which the Foreign Office says has cost £2,500"); None otherwise.
    Not "said" ("He said the man who said he saw it was lying" may be read as an object)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "dobj":
        return None
    return noun if noun.head.lemma_.lower() in lexicon("evaluating_verbs.txt") | OBJECT_SPEECH_VERBS else None


def _passive_subject(verb: Token) -> Token | None:
    """"Trump has been criticized by his rivals": with its agent named, a passive's subject
    is what the agent spoke of."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def said_object(verb: Token) -> Token | None:
    """"Police announced the suspect’s name": the object of a speech act is what was said,
    when there is a speaker and the object is more than a pronoun; "was first reported by
    the Times": the subject of a passive with its agent."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None) or _passive_subject(verb) or _gerund_object(verb)
    if obj is None or obj.pos_ == "PRON" or subject_of(verb) is None or modifier(verb):
        return None
    if verb.lemma_.lower() in BY_SOMEONE and not can_speak(subject_of(verb)):
        return None  # "Changes partly explain the jump", "the dispute highlights…": a cause, not a speaker
    if verb.lemma_.lower() == "concede" and obj.lemma_.lower() in STRIKES | PRIZES | GAME_POINTS:
        return None  # "Ireland conceded a penalty": a goal or a point given away, not an admission
    if verb.lemma_.lower() == "recall" and not a_person(subject_of(verb)):
        return None  # "Toyota recalled a million cars": a product recall, not a memory told
    if not_yet(verb):
        return None  # "Laporte will announce his line-up next Tuesday", "has until next week to announce its verdict"
    if _taken_or_withheld(verb, obj) or _sets_the_scene(verb, obj):
        return None
    return obj


# Speech acts that take a gerund as their object: "denied having any role", "admitted taking
# bribes", "has recommended paying a dividend", "reported holding investments". Not "announced",
# "tweeted", "stressed" or "explained": a participle after them says how or where the act was done
# ("The prime minister announced speaking from Downing Street").
GERUND_TAKING = {"deny", "admit", "acknowledge", "concede", "confirm", "recommend", "propose", "mention", "recall", "report"}
# Participles of manner, never what was said: "Reuters reported citing three officials", "The
# Guardian reported quoting a senior source", "Trump tweeted using his personal account".
MANNER = {"cite", "quote", "use", "speak", "say", "add", "call", "note", "write"}
# Adverbs that all but negate: "He hardly mentioned raising taxes".
BARELY = {"hardly", "scarcely", "barely", "never"}


def _gerund_object(verb: Token) -> Token | None:
    """"It denies having any role", "admitted taking bribes": a gerund right after a verb that
    takes one (``GERUND_TAKING``), which the parser hangs on it as a complement, is its object,
    what was denied or admitted. Not an infinitive ("promised to play his part" is a promise's),
    a participle set off by a comma ("announced the deal, saying …") or one of manner ("reported
    citing three officials"), nor an act withheld (``withheld``)."""
    if verb.lemma_.lower() not in GERUND_TAKING or withheld(verb):
        return None
    gerunds = (c for c in verb.rights if c.dep_ == "xcomp" and _gerund(c) and c.left_edge.i == verb.i + 1)
    # "claim to be following Islam": a progressive infinitive, not a gerund.
    return next((c for c in gerunds if c.lemma_.lower() not in MANNER and not infinitive(c)), None)


def _gerund(verb: Token) -> bool:
    """"taking", or a perfect gerund: "He admitted having taken bribes"."""
    return verb.tag_ == "VBG" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children))


def withheld(verb: Token) -> bool:
    """A gerund's speech act negated, only possible, or refused, which says nothing: "Trump did not at any
    time mention requesting a donation", "Nobody mentioned …", "None of the ministers mentioned
    …", "Neither candidate mentioned …" (a subject that denies anyone did it), "He hardly
    mentioned raising taxes", "Smith could deny stealing the car" (a modal), "He refused to
    confirm or deny having a role in the affair" (an infinitive, or one joined to it)."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in BARELY) for c in verb.children) or no_one_did(verb):
        return True
    return not_yet(verb)


def not_yet(verb: Token) -> bool:
    """A speech act only possible or still to come, which says nothing yet: a modal ("Smith could
    deny the charge", "will announce"), an infinitive ("has until next week to announce its
    verdict") or a bare verb joined to a speech verb in one ("refused to confirm or deny …"). A
    negated one with a noun object ("did not mention Trump by name") is left reported: PolNeAR
    marks such attributions, and the gerund alone is narrowed (``withheld``)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    # "to confirm or deny": a bare verb joined to a speech verb shares its "to"; not "pointed to the
    # dollar's inability to extend that rally and highlighted the fact that …", which was said.
    joined = verb.dep_ == "conj" and verb.tag_ == "VB" and cue_verb(verb.head)
    first = verb.head if joined else verb
    return infinitive(first) and not went_on(first)


def _sets_the_scene(verb: Token, obj: Token) -> bool:
    """"Announcing the plans, Mr Redwood said: “…”": a participle before a cue, its object a
    bare noun that points back ("the plans", "his proposals"), introduces what the cue
    reports and says nothing itself. "Announcing a ban on imports, he said…" says what."""
    fronted = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i and cue_verb(verb.head)
    return fronted and all(c.dep_ in ("det", "poss") for c in obj.children)


def _taken_or_withheld(verb: Token, obj: Token) -> bool:
    """"Argentina claimed top spot", "claimed victory", "claim the first set": claiming a prize is winning it;
    "denied Luscombe the opportunity": denying someone something is withholding it."""
    lemma = verb.lemma_.lower()
    if lemma == "claim":
        # "allowing Ferrero to … claim the first set", "claimed the European Championship race":
        # what a side wins on the field is claimed by winning it too.
        won = obj.lemma_.lower()
        return won in PRIZES or (won in WON and not (won in WON_ALONE and _completed(verb, obj)))
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return lemma == "deny" and (len(objects) > 1 or any(c.dep_ == "dative" for c in objects))


def _completed(verb: Token, obj: Token) -> bool:
    """"claimed a break in the case": a preposition on the object, or right after it (the
    parser may hang it on the verb)."""
    after = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    return any(c.dep_ == "prep" for c in obj.children) or (after is not None and after.dep_ == "prep" and after.head == verb)


def object_complement(verb: Token, obj: Token) -> list[Token]:
    """"defended his call to raise the wage", "mocked Trump's bluster about a deal", "cited
    his role as grand marshal": the parser hangs what completes the object on the verb;
    right after the object, it is the object's (a date is not: it dates the saying)."""
    right = obj.right_edge.i + 1
    return [
        c for c in verb.rights
        if c.left_edge.i == right
        and ((c.dep_ in ("advcl", "xcomp") and infinitive(c)) or (c.dep_ == "prep" and not _dates(c)) or c.dep_ == "ccomp")
    ]
