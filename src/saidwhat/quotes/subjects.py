"""Who a cue attributes a statement to: its subject, the mention span, the naming words."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ..resources import lexicon
from .records import Cue
from .saying import answering, made_to_say, names_a_source, quoted_as_saying, scheduled_copula

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# "issued a statement saying…", "attacked the law saying…": the one who issues it, or takes
# that stand, says it.
SPEAKING_THROUGH = {
    "issue", "release", "publish", "post", "send", "file", "lodge", "submit", "sign", "write", "put",
    "make", "give", "deliver", "present", "circulate", "tweet",
    "attack", "oppose", "criticise", "criticize", "condemn", "welcome", "reject", "dismiss", "defend",
    "back", "support", "praise", "hail", "slam",
}
# Prepositions before a participle cue that leave its speaker the verb's subject.
WALKED_PREPOSITIONS = {"as", "by", "before", "after", "upon", "since", "despite", "besides"}
# Cues whose object is always whom they speak to, never an inverted subject. Not "assure":
# '“Everything is under control,” assured the prime minister' is written (review).
ADDRESSEE_OBJECT = {"tell", "inform", "brief"}
# What may stand between a subject and its verb, hung on the verb: "has", "did not", "since".
BEFORE_VERB = ("aux", "advmod", "neg")


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, looking through participles and relative clauses.

    "issued a warning, saying: …" takes the subject of "issued"; "“…,” said the
    minister" finds the inverted subject. A participle the parser hung on a
    reported clause ("Blair does not believe X, arguing Y") belongs to the
    verb that reports the clause, not to the clause's own subject.
    """
    if (quoted := quoted_as_saying(verb)) is not None:
        return quoted
    if (made := made_to_say(verb)) is not None:
        return made
    if (answerer := answering(verb)) is not None:
        return answerer
    if (copula := scheduled_copula(verb)) is not None:
        verb = copula  # "he was due to say": the subject of "was"
    verb, owner = _participle_owner(verb)
    if owner is not None:
        return owner
    if (closing := name_closing_the_clause(verb)) is not None:
        return closing
    conjoined = False  # reached from a verb conjoined to this one: "was forced to … and said"
    for _ in range(4):
        done, subject = _own_subject(verb, conjoined)
        if done:
            return subject
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl") or verb.head is verb:
            return None
        conjoined = verb.dep_ == "conj"
        verb = _climb(verb)
        if verb is None:
            return None
    return None


def _participle_owner(verb: Token) -> tuple[Token, Token | None]:
    """The verb a participle reports for, or the noun that says it outright."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp":
        verb = verb.head.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        if names_a_source(verb.head):
            return verb, verb.head  # "with some analysts saying this could…": the noun is who says it
        if verb.head.dep_ == "dobj" and _speaks_through(verb.head.head):
            verb = verb.head.head  # "the firm issued a statement saying…": who issued it
        elif verb.head.pos_ in ("NOUN", "PROPN") and verb.i > verb.head.i:
            return verb, verb.head  # "graphics showing that…", "staff members suggesting…"
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.right_edge.i < verb.i:
        return verb, verb.head  # "a man yelled “Stay there!”": a finite verb is no modifier; the parser slipped
    if reported_conjunct(verb):
        verb = verb.head.head  # "Trump said he respects Clinton and called her…": Trump called her
    return verb, None


def reported_conjunct(verb: Token) -> bool:
    """A cue verb with no subject of its own conjoined to a reported clause: "said he
    respects Clinton and called her “intelligent”". The parser joins it to the reported
    verb; it is the reporter's second statement. So is a refusal to speak: "Pernod said it
    was seeking acquisitions but refused to comment on specifics"."""
    reporter = verb.head.head
    return (
        verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.i > verb.head.i
        and (cue_verb(verb) or refused_to_speak(verb)) and cue_verb(reporter)
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and not telephoned(verb)
    )


# Capitalised prepositions inside a title: "Under Secretary", "Minister Without Portfolio"
# (not "In", "On": "said Brown In London" in a title-case headline is a place).
TITLE_PREPOSITIONS = {"Under", "Without"}


# Modals that, negated on a cue, refuse rather than report: "would not say", "could not confirm".
REFUSING_MODALS = {"would", "will", "wo", "could", "can", "ca"}
# The verbs of telling such a refusal withholds; "would not admit that they had erred", "could not
# agree on a price" and "would not deny that…" take a stance, and are reported (review).
WITHHELD = {"say", "comment", "confirm", "disclose", "reveal", "elaborate", "specify", "discuss", "tell", "speculate", "divulge"}


def refused_to_speak(verb: Token) -> bool:
    """"refused to comment", "declined to say": a refusal whose infinitive is a cue; or a cue
    negated with a modal: "would not say how much", "could not confirm if…". Not "did not say
    he would resign": a report of what was not said."""
    if verb.lemma_.lower() in ("refuse", "decline"):
        return any(c.dep_ == "xcomp" and cue_verb(c) for c in verb.children)
    modal = any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in verb.children)
    return verb.lemma_.lower() in WITHHELD and cue_verb(verb) and modal and any(c.dep_ == "neg" for c in verb.children)


def telephoned(verb: Token) -> bool:
    """"never called a donor": "call" with no object and at most one noun phrase after it is
    a telephone call; the parser reads the person called as a label. Not "called her
    “intelligent”", "called for a ban", "called to reject Trump"."""
    if verb.lemma_.lower() != "call":
        return False
    if any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") or (c.dep_ == "prep" and c.i > verb.i) for c in verb.children):
        return False
    return all(c.pos_ in ("NOUN", "PROPN") for c in verb.children if c.dep_ == "oprd")


def cue_verb(token: Token) -> bool:
    """A verb whose lemma can cue a statement."""
    return token.pos_ == "VERB" and token.lemma_.lower() in cue_verbs()


@cache
def cue_verbs() -> frozenset[str]:
    """Lemmas that can cue a statement: the reporting verbs and the verbs of praise and blame."""
    return lexicon("reporting_verbs.txt") | lexicon("evaluating_verbs.txt")


def _own_subject(verb: Token, conjoined: bool) -> tuple[bool, Token | None]:
    """(True, the subject) when ``verb`` settles who speaks, also (True, None) when it
    settles that no one is named; (False, None) to look at the verb it hangs on."""
    subject = inverted_subject(verb) or nearest_subject(verb)
    subject = name_after_title(subject) or subject
    if subject is not None and subject.dep_ == "nsubjpass" and conjoined and verb.dep_ not in ("ccomp", "xcomp", "relcl", "acl", "pcomp"):
        # "Trump was forced into damage control and said…": he said it. Not a passive the
        # parser took into a reported clause ("said sentences would not be abolished and argued…").
        return True, subject
    if subject is not None and subject.dep_ == "nsubjpass" and verb.lemma_.lower() != "quote":
        # "He was called “a pirate”": the passive subject is talked about, not talking.
        # "Anelka was quoted as saying…" is the exception: he is the one quoted.
        subject = None
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if agent is None and any(c.dep_ == "nsubjpass" for c in verb.children):
            return True, None  # a passive with no "by …": the source is not named
    if subject is None:
        subject = _inverted_object(verb) or _subject_in_fronted_phrase(verb) or _share_before(verb) or _conjunct_before(verb) or _subject_before_relative(verb) or _name_read_as_compound(verb)
    # "who" in "Macron, who said": speakers resolve it through the clause's noun.
    return subject is not None, subject


def name_after_title(subject: Token | None) -> Token | None:
    """'“…,” said Treasury Under Secretary John Taylor.': a title with a capitalised preposition
    in it ("Under Secretary", "Minister Without Portfolio") can make the parser read the
    inverted subject as the body alone and the rest as a phrase of the verb. A capitalised
    preposition right after it, then capitalised names to a comma or the sentence's end,
    make one title and name; the last name word heads it."""
    if subject is None or subject.i < subject.head.i or subject.pos_ != "PROPN":
        return None
    doc = subject.doc
    prep = doc[subject.right_edge.i + 1] if subject.right_edge.i + 1 < len(doc) else None
    if prep is None or prep.text not in TITLE_PREPOSITIONS or prep.head not in (subject, subject.head):
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if name is None or name.left_edge.i != prep.i + 1 or not all(t.is_title for t in name.subtree):
        return None
    after = doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
    return name if after is None or after.text in (",", ".", "!", "?") or after.is_space else None


def _share_before(verb: Token) -> Token | None:
    """"About 4 in 10 say…", "Less than a third agreed…": the parser may read a share of
    people right before the verb as a number or an adverbial on it; it is the subject."""
    doc = verb.doc
    for child in verb.lefts:
        if child.dep_ in ("nummod", "npadvmod") and child.pos_ in ("NUM", "NOUN") and child.right_edge.i == verb.i - 1:
            start = child.left_edge.i
            opens = start == verb.sent.start or doc[start - 1].is_punct or doc[start - 1].dep_ in ("cc", "advmod")
            return child if opens and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) else None
    return None


def _conjunct_before(verb: Token) -> Token | None:
    """"claimed he was one of the leaders but his lawyer, Antony Townsden, told the BBC…": the
    parser joins "his lawyer" to "leaders" and "told" to "claimed"; a noun conjunct right
    before a finite verb with no subject of its own is that verb's subject. So in "Concerns
    were raised about Sumitomo's bid for UFJ and the former has now admitted defeat": the
    former admitted it, not the concerns (its auxiliaries and adverbs stand between). With an
    auxiliary the parser often makes the verb a second complement of the cue instead ("Analysts
    said Nissan could not absorb BMW and the former has now admitted defeat"): the same."""
    if not (verb.dep_ == "conj" or _second_complement(verb)) or not _finite(verb) or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].head == verb and doc[i].dep_ in BEFORE_VERB:
        i -= 1
    while i > 0 and doc[i].text == ",":
        i -= 1
    # The comma after an apposition may hang on the noun: its right edge is then that comma.
    noun = next((t for t in (doc[i], *doc[i].ancestors) if t.dep_ == "conj" and i <= t.right_edge.i < verb.i), None)
    if noun is None or not _nominal(noun) or verb.head.i >= noun.i:
        return None
    return noun if any(c.dep_ == "cc" and c.i < noun.i for c in noun.head.children) else None


def _subject_before_relative(verb: Token) -> Token | None:
    """"The US, which can veto any plan to sell IMF gold should it so choose, said it is
    looking at…": a clause inside a relative clause can make the parser take it for the main
    one and hang the cue on it with no subject. The cue right after the comma that closes a
    relative clause (", which …," / ", who …,") on the noun phrase opening the sentence has
    that noun phrase for its subject, when no other cue stands between."""
    doc, sent = verb.doc, verb.sent
    if verb.i < 4 or doc[verb.i - 1].text != "," or verb.dep_ in ("ccomp", "xcomp", "relcl", "acl", "amod", "pcomp"):
        return None
    noun = next((t for t in doc[sent.start : verb.i] if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == sent.start), None)
    if noun is None or noun.i + 2 >= verb.i or doc[noun.i + 1].text != ",":
        return None
    relative = next((c for c in noun.children if c.dep_ == "relcl" and c.left_edge.i == noun.i + 2 and c.left_edge.lower_ in ("which", "who")), None)
    if relative is None or any(cue_verb(t) for t in doc[noun.i + 2 : verb.i - 1]):
        return None
    return noun


def name_closing_the_clause(verb: Token) -> Token | None:
    """"Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's elections
    chief Lord Rennard said.": the parser may read the speaker as one more conjunct (or an
    appositive) of the reported clause's last noun. A name right before a tensed cue with no
    subject, set off by a comma, inside a clause the cue reports before it, is the cue's subject."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.i < 3 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ not in ("conj", "appos") or name.head.i >= name.i:
        return None
    first = name.left_edge
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    inside = clause is not None and clause.left_edge.i < first.i and name in clause.subtree
    return name if inside and verb.doc[first.i - 1].text == "," and not any(t.pos_ == "VERB" for t in name.subtree) else None


def _name_read_as_compound(verb: Token) -> Token | None:
    """"Algeria suffered a weekend of violent protests, the FT reports.": the tagger may read
    "FT reports" as a noun compound, and the parser then makes the name a compound of the
    verb with no subject. A name right before a tensed cue with no subject is its subject (so
    in a headline: "McConnell details Scots wave toll"); not before a participle ("the
    bestselling Being Digital, now widely seen as predicting the digital age")."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    name = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == verb.i - 1), None)
    return name if name is not None and not any(c.dep_ in SUBJECTS for c in verb.children) else None


def _second_complement(verb: Token) -> bool:
    """A complement of a verb that already has one before it: the parser's reading of a verb
    joined to the first clause ("said X could not absorb BMW and the former has now admitted…")."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children)


def _finite(verb: Token) -> bool:
    """"told", "has admitted", "will say": a tensed verb, or one with a tensed auxiliary."""
    tensed = ("VBD", "VBZ", "VBP")
    return verb.tag_ in tensed or any(c.dep_ == "aux" and (c.tag_ in tensed or c.tag_ == "MD") for c in verb.children)


def _nominal(token: Token) -> bool:
    """A noun, or "the former" / "the latter", which the parser may tag an adjective."""
    return token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("former", "latter")


def subject_taken_by_next_verb(noun: Token) -> bool:
    """Whether ``noun`` is the subject the parser ran into a reported clause ("… one of
    DOD's leaders but his lawyer, Antony Townsden, told…"): it and its conjunction are
    not part of what was said."""
    if noun.dep_ != "conj":
        return False
    doc, after = noun.doc, noun.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc):
        return False
    # "… but the former has since admitted defeat": past the auxiliaries, adverbs and
    # negation, as _conjunct_before steps back over them, to the verb they hang on.
    verb = doc[after]
    while verb.dep_ in BEFORE_VERB and verb.head.i > verb.i:
        verb = verb.head
    return _conjunct_before(verb) == noun


def _climb(verb: Token) -> Token | None:
    """The verb a participle or conjunct hangs on, through a framing preposition ("quoted
    as saying", "began by saying", "before adding"); None when that verb cannot be the
    speaker's."""
    verb = verb.head
    if verb.dep_ == "prep" and _framing_preposition(verb):
        verb = _past_preposition(verb)
        if any(c.dep_ in SUBJECTS and c.lower_ in ("i", "we", "you") for c in verb.children):
            return None  # 'declared: “I get alarmed” before adding…': hung on a quotation's verb
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return None  # "could only deal with it by continuing to say…": nobody said it yet
    return verb


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two before it, the nearer: in '"… The fact that he tried,"
    Huckabee said' the parser reads the quotation's noun phrase as a second subject."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1 and _affiliation(before[-2], before[-1]):
        return before[-2]
    return before[-1] if len(before) > 1 else next(iter(subjects), None)


def _affiliation(name: Token, body: Token) -> bool:
    """"Colin Asplin, Blackpool Hotel Association said:": a person's name, a comma and the
    body they speak for, right before the verb; the parser made both subjects. The name
    speaks, the body is its appositive (the "of" left out). Not a quotation's noun phrase
    before its cue (nearest_subject): a mark stands between."""
    doc = name.doc
    comma = name.right_edge.i + 1
    return (
        name.ent_type_ == "PERSON" and body.ent_type_ == "ORG" and comma < len(doc) and doc[comma].text == ","
        and body.left_edge.i == comma + 1
    )


def _framing_preposition(prep: Token) -> bool:
    """"as", "by", "before", "after", "in addition to", "aside from" before a participle
    cue: whoever does the verb they hang on says it. Not "without saying", "instead of
    saying", "accused of saying"."""
    if prep.lower_ in WALKED_PREPOSITIONS:
        return True
    return (prep.lower_, prep.head.lower_) in (("to", "addition"), ("from", "aside"), ("from", "apart"))


def _past_preposition(prep: Token) -> Token:
    """The verb a framing preposition hangs on: "in addition to" and "aside from" are two steps."""
    head = prep.head
    if head.lower_ == "addition" and head.head.dep_ == "prep":
        head = head.head.head
    elif head.lower_ in ("aside", "apart"):
        head = head.head
    return head


def _speaks_through(verb: Token) -> bool:
    """"issued a statement saying", "attacked the law saying", "TCI opposed the bid saying":
    the verb's subject says it; "the settlement follows a complaint alleging" does not."""
    lemma = verb.lemma_.lower()
    if lemma in SPEAKING_THROUGH or lemma in lexicon("reporting_verbs.txt"):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and names_a_source(subject)


def inverted_subject(verb: Token) -> Token | None:
    """"The rejection signals “the end”, said Geert Wilders": the parser gives the verb two
    subjects, the reported clause read as a noun phrase and the speaker after it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    after = [c for c in subjects if c.i > verb.i]
    if len(subjects) < 2 or not after or not any(c.i < verb.i for c in subjects):
        return None
    return after[0] if verb.i > 0 and verb.doc[verb.i - 1].text == "," else None


def _inverted_object(verb: Token) -> Token | None:
    """"Workers could strike, warn union leaders.": after the reported clause the parser
    takes the inverted subject for an object. Not the object of "told": no one writes "…, told
    the minister reporters"; it is whom they told ('“…,” Jeff Joseph, from the CEA told the
    BBC News website', where the parser hung the name on the quotation)."""
    clause_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not clause_before or verb.lemma_.lower() in ADDRESSEE_OBJECT:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None:
        return obj
    clause = clause_after_inverted_cue(verb)
    return _subject_of_next_clause(verb) or (next(c for c in clause.children if c.dep_ in SUBJECTS) if clause is not None else None)


def clause_after_inverted_cue(verb: Token) -> Token | None:
    """"Such expenses would be coupled with risks…, say those who feel the Turkish project should
    be shunned.": after the clause reported and a comma, the parser may read the inverted
    subject with a relative clause on it ("those who feel…") as a second complement of the cue.
    A clause after the cue whose subject opens right after it, the subject with a relative
    clause of its own, names who speaks: the clause. Not "He said, say, in 2010, …": no clause
    before the cue."""
    doc = verb.doc
    before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not before or verb.i < 1 or doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None) if clause is not None else None
    if subject is None or subject.left_edge.i != verb.i + 1 or not any(c.dep_ == "relcl" for c in subject.children):
        return None
    return clause


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """"In an interview with Joe Scarborough, the candidate stated…", "Alarmed by the
    unrest in Nevada, Senator Harry Reid said…": the parser may read the subject as an
    appositive or a conjunct of the phrase in front; set off by a comma and running up to
    the verb, it is the subject."""
    doc = verb.doc
    if verb.i == 0:
        return None
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    for phrase in verb.lefts:
        if phrase.dep_ not in ("prep", "advcl", "npadvmod"):
            continue
        candidates = [
            t for t in phrase.subtree
            if t.dep_ in ("appos", "conj") and t.pos_ in ("PROPN", "NOUN") and t.right_edge.i + 1 >= end
            and t.left_edge.i > phrase.left_edge.i and doc[t.left_edge.i - 1].text == ","
        ]
        # "In his book, Lawless World, Philippe Sands suggests": the person, not the title.
        people = [t for t in candidates if t.ent_type_ == "PERSON"]
        if candidates:
            return candidates[0] if candidates[0].ent_type_ == "PERSON" or not people else people[0]
    return None


def _subject_of_next_clause(verb: Token) -> Token | None:
    """"“…,” said Ben Carson, asked about his claims.": the parser made the name the
    subject of the participle that follows it; it is the cue's inverted subject."""
    doc = verb.doc
    for clause in verb.rights:
        # A participle (the tagger may call it a past tense) with no auxiliary, after a comma:
        # "said Maria Okafor, asked about…"; "said the price fell" is a report.
        participle = clause.tag_ in ("VBN", "VBG", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        if clause.dep_ in ("ccomp", "advcl", "conj", "xcomp") and participle:
            subject = next((c for c in clause.lefts if c.dep_ in SUBJECTS), None)
            after = subject.right_edge.i + 1 if subject is not None else len(doc)
            comma = subject is not None and (subject.right_edge.text == "," or (after < len(doc) and doc[after].text == ","))
            if subject is not None and subject.left_edge.i == verb.i + 1 and comma:
                return subject
    return None


def according_source(doc: Doc, cue: Cue) -> Token | None:
    """"According to the newspaper, “…”": the source is the object of "to"; "In a new
    poll, …": the object of "in"."""
    verb = doc[cue.token]
    if verb.lower_ == "in":
        return next((c for c in verb.children if c.dep_ == "pobj"), None)
    if verb.lower_ != "according":
        return None
    to = next((c for c in verb.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
