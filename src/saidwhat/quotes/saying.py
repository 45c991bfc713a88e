"""Who speaks when the cue's verb is another's: "quoted a spokesman as saying", "prompted some
charities to say", "another to ask", "is due to speak"; and which nouns can say something at all
(``names_a_source``). Read by ``subjects.subject_of`` and the cue finder."""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import lexicon


# Verbs that make someone speak: "prompted some charities to say", "led the mayor to declare".
CAUSING = {"prompt", "lead", "force", "spur", "move", "cause", "provoke", "compel", "inspire"}


def quoting_verb(verb: Token) -> Token | None:
    """The "quoted" of "the agency quoted Mr Khodorkovsky as saying": the verb an "as
    saying" hangs on when it quotes someone named as its object; None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.lemma_.lower() != "quote":
        return None
    return prep.head if _quoted(prep.head, verb) is not None else None


# Verbs of questioning someone, whose passive subject is the one who answers.
ASKING = {"ask", "question", "press", "quiz"}


def answering(verb: Token) -> Token | None:
    """The one who answers: "Tony Blair was asked whether he would quit, saying only that he
    was focused on the election" is Blair's answer, though the parser may hang "saying" on
    the question ("whether he would quit"), which makes it look asked about. A participle
    set off by a comma after a passive of asking with no one named asking ("was asked",
    "was pressed on"); its subject answers. "Blair was asked by MPs …, saying …" is left as
    it was: the participle may be the askers'."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    asking = verb.head
    if asking.dep_ in ("ccomp", "advcl") and asked_about(asking):
        asking = asking.head  # the question the parser hung it on
    if asking.lemma_.lower() not in ASKING or asking.i > verb.i or any(c.dep_ == "agent" for c in asking.children):
        return None
    if _reported(asking):
        return None  # "The spokesman said Mr Blair was asked whether …, adding that …": the spokesman adds it
    return next((c for c in asking.children if c.dep_ == "nsubjpass"), None)


def asked_about(verb: Token) -> bool:
    """A clause opened by "whether" or "if": asked about or supposed, not said."""
    return any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in verb.children)


def _reported(verb: Token) -> bool:
    """"The spokesman said Mr Blair was asked whether he would quit, adding that the question was
    hypothetical": a passive of asking that is itself a reported clause (a complement, or under
    any reporting verb) is what the reporter said; a participle the parser hung on it belongs to
    the verb that reports the clause, as ``subjects._participle_owner`` gives it."""
    return verb.dep_ == "ccomp" or any(a.lemma_.lower() in lexicon("reporting_verbs.txt") for a in verb.ancestors)


def quoted_as_saying(verb: Token) -> Token | None:
    """The object of "quoted … as saying": '“…,” the Interfax news agency quoted Mr
    Khodorkovsky as saying' is Khodorkovsky's; the agency only passes it on."""
    quoting = quoting_verb(verb)
    return _quoted(quoting, verb) if quoting is not None else None


def made_to_say(verb: Token) -> Token | None:
    """The one made to speak: "That prompted some charities to say the plans would put
    lives at risk" is the charities' statement. A verb of causing, done (not "could prompt",
    "did not lead"), with an object and the speech verb as its infinitive complement. A
    second speaker joined to the first ("prompted one MP to ask … and another to say …")
    says the second infinitive's words."""
    if (other := another_made_to_say(verb)) is not None:
        return other
    cause = verb.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ not in ("xcomp", "advcl") or not to or cause.lemma_.lower() not in CAUSING or cause.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if any((c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")) or c.dep_ == "neg" for c in cause.children):
        return None
    if _no_one(next((c for c in cause.children if c.dep_ in ("nsubj", "nsubjpass")), None)):
        return None  # "Nothing prompted him to say…", "No one forced him to say…": never said
    return next((c for c in cause.children if c.dep_ == "dobj" and c.i < verb.i), None)


NO_ONE = {"nothing", "nobody", "none", "neither"}


# The second of two speakers made to speak: "prompted one MP to ask … and another to say …".
OTHERS = {"another", "others", "other"}


def another_made_to_say(verb: Token) -> Token | None:
    """The "another" of "It prompted one MP to ask whether … and another to say the plan was
    a disgrace": a second object of the verb of causing, joined to the first with its own
    infinitive, speaks the second infinitive's words. The parser hangs "another" and "to say"
    on whatever ends the first report; the verb of causing is among the infinitive's
    ancestors, with a first speaker made to speak before "another"."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "to" or doc[verb.i - 1].head != verb:
        return None
    other = doc[verb.i - 2]
    if other.lower_ not in OTHERS or other.dep_ != "conj":
        return None
    causes = [a for a in verb.ancestors if a.lemma_.lower() in CAUSING]
    first = [c for a in causes for c in a.children if c.dep_ == "xcomp" and c.i < other.i and made_to_say(c) is not None]
    return other if first else None


def _no_one(subject: Token | None) -> bool:
    """A subject that denies the deed: "nothing", "nobody", "no one", "no report"."""
    if subject is None:
        return False
    return subject.lower_ in NO_ONE or any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def scheduled_copula(verb: Token) -> Token | None:
    """The "was" of "“…,” he was due to say": a speech handed out before it is given,
    which the text quotes as said. None otherwise; not "was expected to say", a guess at
    what will be said, nor "is due to announce which constituency…", an event to come. Only
    "was due to": "is due to say on Monday" is still to come, "was not due to" never said."""
    due = verb.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "xcomp" or not to or due.lower_ != "due" or due.dep_ != "acomp" or verb.lemma_.lower() not in ("say", "tell"):
        return None
    copula = due.head
    if copula.tag_ != "VBD" or any(c.dep_ == "neg" for t in (due, copula) for c in t.children):
        return None
    return copula


def _quoted(quoting: Token, saying: Token) -> Token | None:
    """The one quoted: a person, a body or a pronoun for one. Not a document: "Des Browne
    quoted its five-year plan as saying: …" is the minister's, as "the Bible" is the bishop's."""
    obj = next((c for c in quoting.children if c.dep_ == "dobj" and c.i < saying.i), None)
    if obj is None:
        return None
    person = obj.lower_ in ("him", "her", "them") or obj.lemma_.lower() in lexicon("person_nouns.txt")
    if obj.ent_type_ in ("WORK_OF_ART", "LAW"):
        return None  # "quoted the Bible as saying": a text, the words of whoever quotes it
    return obj if person or (names_a_source(obj) and not a_finding_s_source(obj)) else None


def names_a_source(noun: Token) -> bool:
    """A noun that can say something: a name, or a person noun ("analysts", "officials");
    a finding's source with a finding ("with polls showing Cruz leading")."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in lexicon("anonymous_sources.txt") or a_finding_s_source(noun))


def a_finding_s_source(noun: Token) -> bool:
    """"a poll", "figures", "FEC records", "the survey": a source whose findings it shows, not a
    speaker of words (resources/evidence_nouns.txt)."""
    return noun.lemma_.lower() in lexicon("evidence_nouns.txt")
