"""Which clauses of a statement's sentence date something else than the saying (``other_clauses``),
cues that say their words were said at another time than the occasion told (``another_time``), and, for a
scene told before a statement, whether its verb's subject is the speaker (``the_speaker_does``) and whether
it tells a journey, whose day is not the saying's (``a_journey``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import end_of
from ..resources import lexicon
from .told import SPOKEN

FUTURE = {"will", "shall", "'ll", "’ll"}
# Verbs of a relative clause that date the saying: "Trump, who spoke on Fox News on Sunday, said".
SPEAKING = {"speak", "talk", "appear", "testify", "interview", "address"}


def other_clauses(cue: Token) -> tuple[tuple[int, int], ...]:
    """Clauses of the cue's sentence whose dates are not when the words were said.

    A future ("Carson, who will address the RNC on Tuesday, said"; "was to travel on
    Wednesday"), another report ("…, even as Trump claimed on Tuesday"), and a relative
    clause about something else ("Mr. Schmidt, who bought the property 10 years ago,
    said"). A clause that holds the cue ("he will say on Monday") is the saying's own, but
    for a cue at another time in a relative clause the rest of the sentence is elsewhere.
    """
    spans = []
    for verb in cue.sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i == cue.i or verb.is_ancestor(cue):
            continue
        if (
            future(verb) or _another_report(verb) or (verb.dep_ == "relcl" and not _speaking(verb))
            or _sequel(verb, cue) or _relative_conjunct(verb, cue)
        ):
            spans.append((verb.left_edge.idx, end_of(verb.right_edge)))
    if _earlier(cue) and (clause := _relative_clause_of(cue)) is not None:
        # "A woman who has accused Bill Clinton of rape said Sunday night…", "The Romanian hacker
        # who first revealed that Clinton used a private email address was sentenced Thursday": the
        # main clause's date is another event's, not the accusing's or revealing's, made at some other
        # time. Only such a cue: a relative clause also tells the occasion's own saying ("a rally on
        # Wednesday night when Mr. Sanders assailed…", "an interview published Monday, in which he said").
        sent = cue.sent
        spans += [(sent.start_char, clause.left_edge.idx), (end_of(clause.right_edge), sent.end_char)]
    if present(cue):
        spans += _around_the_present(cue) + _hedge(cue)
    return tuple(spans + _naming(cue) + _foretold(cue))


def present(cue: Token) -> bool:
    """A cue in the simple present ("Mantooth says", "what they say"): a view the speaker holds now,
    told at no occasion."""
    return cue.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in cue.children)


def _around_the_present(cue: Token) -> list[tuple[int, int]]:
    """A clause of the time or condition of another event (``WHEN``), with a subject of its own, on a
    cue in the present: its date is that event's, never when a view held now was said ("When they split
    in December, Mantooth says Mars denied any such agreement": the split's December). Only such a clause: AP's live
    blogs tell the day's sayings in the present, and their other clauses date them ("Reid caucused
    in Nevada on Saturday and says he voted uncommitted", "A court document filed Thursday says",
    "Majorities of Democrats in five states going to the polls Tuesday say")."""
    return [
        (verb.left_edge.idx, end_of(verb.right_edge)) for verb in cue.children
        if verb.dep_ == "advcl" and any(c.lower_ in WHEN and (c.dep_ == "mark" or c.tag_ == "WRB") for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not _speaking(verb)
    ]


# Words that open a clause of the time or the condition of another event ("If Cruz wins Wisconsin's
# contest Tuesday, media outlets estimate Trump needs…"); not "as", mostly the saying's own ("Clinton
# regularly pledges to “make sure our economy works for everyone,” as she put it on Wednesday").
WHEN = {"when", "after", "before", "since", "until", "till", "while", "once", "whenever", "if", "unless"}


def _hedge(cue: Token) -> list[tuple[int, int]]:
    """The rest of the sentence around "what they say are" in the present: a hedge on a noun phrase,
    said at no occasion, so no other words of its sentence date it ("The Lib Dems have already published
    what they say are the full costings for all their plans and Wednesday's speech did not announce new
    policies": not that Wednesday). Only the hedge's own words ("what" … the cue) are left."""
    what = [t for c in cue.children if c.dep_ == "ccomp" for t in c.children if t.dep_ == "nsubj" and t.lower_ == "what"]
    if not what or what[0].i > cue.i:
        return []
    return [(cue.sent.start_char, what[0].idx), (end_of(cue), cue.sent.end_char)]


# Verbs that give a thing its name in a free relative: "what Mr. Hedge called ''the prior economy model''".
NAMING = {"call", "describe", "dub", "term", "label", "brand"}


def _naming(cue: Token) -> list[tuple[int, int]]:
    """The rest of the sentence around a free relative that names a thing under a preposition ("under
    what Mr. Hedge called"): the sentence's dates are its own event's, not when the name was given ("In
    2009, under what Mr. Hedge called ''the prior economy model,'' the club charged a $100,000 fee":
    the fee's 2009). Not the object of the sentence's verb: "Trump on Tuesday attacked what he called a
    rigged system" named it as he attacked it, on Tuesday. A date inside the relative is still its own."""
    what = [c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < cue.i]
    if not what or cue.lemma_.lower() not in NAMING or cue.dep_ != "pcomp":
        return []
    return [(cue.sent.start_char, what[0].idx), (end_of(cue.right_edge), cue.sent.end_char)]


def _foretold(cue: Token) -> list[tuple[int, int]]:
    """The rest of the sentence around "as she said she would": the saying foretold the main clause's
    event, so came before it, and the main clause's date is the event's ("She did it in December, just
    as she said she would": the rate rise's December, not the saying's). Only a clause of "as" whose
    content is a bare auxiliary standing for that event ("she would", "it had"), no view of its own."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return []
    what = [c for c in cue.children if c.dep_ == "ccomp" and (c.tag_ == "MD" or c.lemma_ in ("do", "have"))]
    if not what or any(c.pos_ in ("VERB", "AUX") or c.dep_ in ("dobj", "attr", "acomp") for c in what[0].children):
        return []
    return [(cue.sent.start_char, cue.left_edge.idx), (end_of(what[0].right_edge), cue.sent.end_char)]


def _sequel(verb: Token, cue: Token) -> bool:
    """A clause joined after the saying that tells another event: one with a subject of its own
    joined to the cue ("Smith said the plan was dead, but on Monday the board revived it"), or one
    joined to a verb of what was said, which the content may have been cut from as the reporter's
    sequel ("Smith said he would not resign but did so on Monday", ``quotes.bounds._reporters_sequel``).
    Either way its date is that event's, not the saying's; inside the content it was excluded already."""
    if verb.dep_ != "conj" or verb.i < cue.i or not _but_before(verb):
        return False
    if verb.head == cue:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    clause = verb.head  # a clause of what was said, reached by clauses only: not "the interview taped and released on Wednesday"
    while clause != cue and clause.dep_ in ("ccomp", "xcomp", "advcl", "conj") and clause.head != clause:
        clause = clause.head
    return clause == cue


def _relative_conjunct(verb: Token, cue: Token) -> bool:
    """A verb the parser joined to the cue that goes on the relative clause of a subject after the cue:
    "''…,'' said Ian H. Solomon, who was executive director on the bank's board from 2010 to 2013, and as
    such nominated Mr. Kim four years ago" tells of Solomon's past, not when he spoke. Only with no subject
    of its own and no verb of speaking ("said Smith, who chairs the panel, and added that…" goes on saying),
    and after a relative clause in the past: past one in the present the verb goes on the saying ("said Rep.
    Adam Schiff, who leads Democrats on the panel, and released a letter on Tuesday")."""
    if verb.dep_ != "conj" or verb.head != cue or _speaking(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(
        s.dep_ == "nsubj" and cue.i < s.i < verb.i
        and any(c.dep_ == "relcl" and c.right_edge.i < verb.i and _past(c) for c in s.children)
        for s in cue.children
    )


def _past(verb: Token) -> bool:
    """A verb in the simple past, or with an auxiliary in the past ("who was director", "who had nominated")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _but_before(verb: Token) -> bool:
    """Whether a conjunct is joined by "but" or "yet": "and" and "or" mostly join a second thing said,
    which the parser hangs on the cue ("She said she had no numbers, and people were still using it on
    Saturday"; "says, win or lose in Tuesday's primary, he's staying")."""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < verb.i for c in verb.head.children)


def _earlier(cue: Token) -> bool:
    """A cue at another time than the occasion (``another_time``), or the first of several ("first revealed")."""
    return another_time(cue) or any(c.dep_ == "advmod" and c.lower_ == "first" for c in cue.children)


def _relative_clause_of(cue: Token) -> Token | None:
    """The relative clause the cue speaks in ("a woman who has accused…"), if it does, or a clause of
    time inside one ("the same wording Paul Ryan used in May when he was first asked"; the parser may
    take such a clause for a participle's, ``acl``)."""
    verb = cue
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb:  # "who said… and added…", "who went on to say…"
        verb = verb.head
    if verb.dep_ == "advcl" and verb.head.dep_ in ("relcl", "acl") and _a_clause_of_time(verb):
        return verb.head  # "used in May when he was first asked"
    return verb if verb.dep_ == "relcl" else None  # not "Ryan, … first saying he was undecided, endorsed Trump"


def _a_clause_of_time(verb: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "after", "as") for c in verb.children)


# Adverbs of a cue that put the saying at some other time than the occasion just told:
# "More recently, Trump pledged…" after "Trump said of Apple in February".
OTHER_TIME = {"recently", "previously", "earlier", "once", "often", "repeatedly", "long", "always",
              "frequently", "routinely", "since", "before", "lately"}


def another_time(cue: Token) -> bool:
    """Whether the cue says its words were said at another, undated time than the occasion before.

    The perfect takes no point in time ("Trump has said that as president he would…", "She has
    since stressed…", "Putin had said…": not on the day the paragraph before gives), nor does a
    habit or an undated past ("the president often says", "More recently, Trump pledged").
    Such a statement keeps a date of its own sentence but inherits none. A cue that goes on
    from such a verb is at its time too ("Cruz had praised Trump, stating…").
    """
    perfect = cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children)
    if perfect or any(c.dep_ == "advmod" and c.lower_ in OTHER_TIME for c in cue.children):
        return True
    # Not from inside what another verb says: in "He said his attacks have given him momentum and
    # said that…" the parser may hang the second "said" on "have given".
    going_on = cue.dep_ in ("conj", "advcl", "xcomp") and cue.head != cue and cue.head.dep_ != "ccomp"
    return going_on and another_time(cue.head)


def future(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"  # "was to travel"


def _another_report(verb: Token) -> bool:
    return verb.lemma_.lower() in lexicon("reporting_verbs.txt") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _speaking(verb: Token) -> bool:
    return verb.lemma_.lower() in SPEAKING or verb.lemma_.lower() in lexicon("reporting_verbs.txt")


FRAMING = {"as", "when", "while"}
# The pronoun a title before the name agrees with; a name with none may be either.
AGREEING = {"mr": {"he"}, "mrs": {"she"}, "ms": {"she"}}


def the_speaker_does(verb: Token, last: str) -> bool:
    """Whether the speaker, by name, is the verb's subject, or "he" or "she", agreeing with the name's title, is
    and a clause of time before it names the speaker as its own subject ("But as Mr. Sanders campaigned on Friday
    in Washington, Iowa, he stuck firmly to his outsider message."): the pronoun can only be the name it follows.
    Not "they" ("While Mr. Trump was at Mar-a-Lago, they marched through downtown Chicago on Friday night"), nor a
    pronoun of the other sex ("As Mr. Sanders spoke…, she stayed silent")."""
    if any(c.dep_ == "nsubj" and c.lower_ == last for c in verb.children):
        return True
    pronoun = next((c.lower_ for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")), None)
    if pronoun is None:
        return False
    return any(
        c.dep_ == "advcl" and c.i < verb.i and any(m.dep_ == "mark" and m.lower_ in FRAMING for m in c.children)
        and any(g.dep_ == "nsubj" and g.lower_ == last and pronoun in _agreeing(g) for g in c.children)
        for c in verb.children
    )


def _agreeing(name: Token) -> set[str]:
    """The pronouns a name agrees with, by the title before it ("Mr. Sanders": he; "Mrs. Clinton": she)."""
    title = name.doc[name.i - 1].lower_.rstrip(".") if name.i > 0 else ""
    return AGREEING.get(title, {"he", "she"})


TRAVEL = {"bus", "fly", "drive", "travel", "come", "ride", "journey", "trek", "head", "return", "arrive"}
NOT_A_JOURNEY = {"home", "away", "behind", "back"}  # "drove home her message", "came away from", "came from behind"
PLACES = {"GPE", "LOC", "FAC"}
AN_OCCASION = re.compile(rf"\b(?:{SPOKEN})s?\b", re.I)


def a_journey(verb: Token) -> bool:
    """A journey from a place ("Joel Bradshaw, 39, bused down from New York on Friday, carrying his
    \"Bernie flag\", eager to lend his voice to the downtown demonstration."): its date is the setting out,
    and what the traveller said came at the end of it, on a day not told. Only "from" a place the parse names
    (GPE, LOC, FAC), not "came away from his meeting", "came from behind", "drove home her message from the
    stage", nor where the sentence goes on to an occasion of the day ("Mr. Trump returned from Florida on Friday
    and held a news conference": Friday)."""
    if verb.lemma_.lower() not in TRAVEL or any(c.lower_ in NOT_A_JOURNEY for c in verb.children):
        return False
    if any(c.dep_ == "conj" and AN_OCCASION.search(" ".join(t.text for t in c.subtree)) for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and verb in (c.head, c.head.head)  # "bused down from"
        and any(o.dep_ == "pobj" and o.ent_type_ in PLACES for o in c.children)
        for c in verb.subtree
    )
