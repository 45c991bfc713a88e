"""Cues: reporting verbs outside quotations (which quotations their punctuation attaches to them: ``attach``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Span
from ..nlp import end_of, span_between, text_of
from ..resources import lexicon
from .records import Cue, QuoteIndex
from .saying import a_finding_s_source, another_made_to_say, answering, asked_about, made_to_say, quoting_verb, scheduled_copula
from .subjects import RELATIVE_PRONOUNS, SUBJECTS, cue_verb, cue_verbs, inverted_subject, nearest_subject, subject_of

# The rest of a cue sentence with nothing reported in it: "Trump said.", "she said on Monday."
BARE_CUE = re.compile(r"(?:\s+[\w’'-]+){0,5}[.!?](?:\s|$)")


# Verbs that say something only about a topic, with the particle after them (an adverb may
# come between): "talked about the stock market", "spoke of his brother" ("spoke to
# reporters" says nothing).
TALKING = {"talk": ("about", "of"), "speak": ("about", "of", "against"), "refer": ("to",)}
# A verb whose object is the topic talked about: "Trump discussed the wall with Hannity".
DISCUSSING = {"discuss"}
TOPIC_ONLY = {*TALKING, *DISCUSSING}  # cues that name a topic and never take a quotation
# Verbs that report only with their particle: "shot back that…", "hit back at".
PHRASAL = {"shoot": "back", "fire": "back", "hit": "back"}
# "issued a statement saying…": PolNeAR's cue runs from the issuing verb.
DOCUMENTS = {"statement", "email", "letter", "memo", "tweet", "release", "post", "note", "message", "video", "ad", "advertisement", "report"}
# What is voiced by saying it ("voiced concern"), not by acting a part ("will voice Charlotte").
ATTITUDES = {
    "alarm", "anger", "approval", "concern", "confidence", "criticism", "disapproval", "disappointment",
    "dismay", "displeasure", "doubt", "fear", "frustration", "hope", "objection", "opinion", "opposition",
    "optimism", "outrage", "protest", "regret", "reservation", "scepticism", "skepticism", "support",
    "sympathy", "unease", "view", "worry",
}
# Light verbs that report with a noun of speech as their object: "offered a defense of the
# bill", "made the case", "gave an answer", "shared her anxiety". Not "raised questions" (events
# raise them as often as people), "made comments" or "gave a speech" (PolNeAR rarely counts them).
SPEECH_NOUNS = {
    "answer", "apology", "argument", "assessment", "assurance", "condolence", "congratulation",
    "critique", "defense", "defence", "evaluation", "explanation", "prayer", "prediction", "promise",
    "pledge", "rebuttal", "reply", "response", "thanks", "tribute", "warning", "plea", "appeal",
    "account", "view", "opinion", "thought", "reason", "rationale", "excuse",
}
LIGHT_VERBS = {
    "offer": SPEECH_NOUNS,
    "make": {"case", "pitch", "appeal", "plea", "point", "promise", "pledge", "prediction", "argument"},
    "give": {"answer", "account", "explanation", "reason", "response", "reply", "assurance", "rationale"},
    "share": {"view", "thought", "story", "anxiety", "assessment"},
}
# Beliefs: not statements of their own inside what someone said, nor headline claims.
BELIEF_VERBS = {"believe", "expect", "fear", "feel", "hope", "think", "worry", "wonder"}
# Beliefs whose past participle is an adjective of the one who holds them, not a passive: "the
# UN refugees agency is worried the policy…" (the parser tags "is" auxpass; the agency worries),
# where "is feared", "is thought" have no holder in view. Here beside BELIEF_VERBS, not in
# resources/: like it, a closed class that one rule (``_thought_by_no_one``) reads, no lexicon to widen.
HOLDER_ADJECTIVES = {"worry"}
# Labelling verbs that name more often than they judge: "a service dubbed “Otoku”".
LABELLING = {"dub", "brand", "label"}
REFUSING = {"refuse", "decline"}
# Texts that "read" something: "the editorial read", "the statement read".
# Not signs, banners or shirts: a slogan carried is not someone's statement.
WRITINGS = DOCUMENTS | {"editorial", "headline", "text", "caption", "column", "petition", "resolution", "op-ed", "website"}
# Verbs before a gerund that say it is not (or not yet, or only hypothetically) done.
NOT_DOING = {"avoid", "stop", "quit", "cease", "resist", "risk", "mean", "consider", "imagine", "involve", "require", "mind"}
# Nouns whose "… is to" sets out a purpose: "The panel's aim was to assess…".
REMITS = {"aim", "task", "remit", "job", "goal", "purpose", "mission", "objective", "brief"}
STATEMENTS = {"statement", "release"}  # "said in a statement", "said in a news release"
PLATFORMS = {"twitter", "facebook", "instagram"}  # "wrote on Twitter"
ISSUING = {"issue", "release", "put", "send", "post", "publish", "tweet", "write", "circulate", "distribute", "email"}


# What one acts "according to" without it saying anything ("operate according to a strict
# code of honour"; a plan, a law or a schedule
# does say what it sets out: "According to state law, no one may…").
RULES = {"wish", "tradition", "custom", "taste", "preference", "code"}
# The holders of a title, as in "defending champion" (see _a_title).
TITLE_HOLDERS = {"champion", "champ", "titleholder", "holder"}


def speaks(verb: Token) -> bool:
    """A reporting verb, not a belief, with a speaker: "the minister added", not "he thinks"."""
    lemma = verb.lemma_.lower()
    return cue_verb(verb) and lemma in lexicon("reporting_verbs.txt") and lemma not in BELIEF_VERBS and subject_of(verb) is not None


def infinitive(verb: Token) -> bool:
    """"to say", "to criticize": the verb has its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _according_to_a_rule(to: Token) -> bool:
    """"according to his wishes", "rewarded according to how much business they bring":
    in keeping with something, not a source saying it."""
    obj = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and (obj.dep_ == "pcomp" or obj.tag_ in ("WRB", "WP") or obj.lemma_.lower() in RULES)


def find_cues(doc: Doc, index: QuoteIndex) -> list[Cue]:
    """Reporting verbs, "according to" and "in a poll" outside quotations, in text order."""
    cues = []
    for token in doc:
        if index.at(token.idx) is not None:
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            if not _according_to_a_rule(to):
                cues.append(Cue(token=token.i, span=span_between(token, to)))
        elif _in_a_poll(token):
            cues.append(Cue(token=token.i, span=span_between(token, token)))
        elif token.pos_ == "VERB" and _reports(token) and not _in_compound(doc, token) and not _a_title(doc, token) and not _unsaid(token) and not _put_to(token) and not _supposed(token) and not _a_reason_given(token) and not _going_on_unsaid(token):
            subject = nearest_subject(token)
            # The parser may hang the quotation's closing mark on the subject: start at its first word.
            first = next((t for t in subject.subtree if not t.is_punct), subject) if subject is not None else None
            start = first.idx if first is not None else None
            cues.append(Cue(
                token=token.i, span=_cue_span(doc, token), subject_start=start, bare=_bare(token),
                # Not a relative clause on a word inside a quotation: '“…the 'Title Sponsor,' ” Eric
                # Trump wrote' is the parser hanging the cue on the quoted words.
                relative=token.dep_ == "relcl" and index.at(token.head.idx) is None, topic_only=token.lemma_.lower() in TOPIC_ONLY,
            ))
    return cues


def _in_a_poll(token: Token) -> bool:
    """"In an NBC poll released Monday, 50 percent chose Clinton": the poll reports the
    clause, as "according to" would. Not "In a statement, the ministry said…", "In
    court documents, prosecutors blamed…" or "In his report, he…": there someone speaks
    through the document."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return False  # checked on every token: the cheap test first
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    head = token.head
    return (
        pobj is not None and a_finding_s_source(pobj)
        and head.pos_ in ("VERB", "AUX") and token.i < head.i
        and head.lemma_.lower() not in cue_verbs()
        and not any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in head.children)
    )


def made_clear(verb: Token) -> Token | None:
    """The "clear" of "made clear that…", "has made it clear that…": a statement of position."""
    doc = verb.doc
    if verb.lemma_.lower() != "make":
        return None
    after = [t.lower_ for t in doc[verb.i + 1 : verb.i + 3]]
    if after[:1] == ["clear"]:
        return doc[verb.i + 1]
    return doc[verb.i + 2] if after == ["it", "clear"] else None


def ruling_out(verb: Token) -> bool:
    """"ruled out a run", "would not rule out troops": a stated position on a possibility."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def refused_to_rule_out(verb: Token) -> Token | None:
    """The "to rule out…" of "refused to rule out sending troops": refusing to rule
    something out says it is possible. Not "declined to say": that says nothing."""
    if verb.lemma_.lower() not in REFUSING:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and ruling_out(c)), None)


def _reports(verb: Token) -> bool:
    """A reporting verb, or a phrasal one with its particle right after it ("shot back")."""
    lemma = verb.lemma_.lower()
    if refused_to_rule_out(verb) is not None or (ruling_out(verb) and refused_to_rule_out(verb.head) is None):
        return True
    if made_clear(verb) is not None:
        return True
    if lemma == "voice":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ATTITUDES for c in verb.children)
    if lemma in LIGHT_VERBS:
        return speech_object(verb) is not None
    if lemma in LABELLING and (verb.dep_ in ("acl", "amod") or verb.head.dep_ in ("acl", "amod") or _set_off(verb)):
        return False  # a participle on a noun names it: "Helen Steel and Dave Morris, dubbed the McLibel Two"
    if lemma in (*LABELLING, "call") and _gives_a_name(verb):
        return False
    if lemma in BELIEF_VERBS and _thought_by_no_one(verb):
        return False
    if lemma == "learn" and _learning_after_a_preposition(verb):
        return False
    if lemma == "read":
        # "“…,” the editorial read", "the statement read: “…”": a text says what it reads; a
        # person reading ("the judge read his decision") says nothing of their own.
        subject = nearest_subject(verb) or inverted_subject(verb)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head  # "a statement that read": the noun the clause is on
        return subject is not None and (subject.lemma_.lower() in WRITINGS or subject.lower_ == "it")
    if lemma == "refer" and verb.tag_ != "VBG" and not a_person(nearest_subject(verb)):
        return False  # "Email Systems refers to a small firm" names; "…,” he said, referring to X" talks of X
    if lemma in TALKING:
        return particle_after(verb, TALKING[lemma]) is not None
    if lemma in DISCUSSING:
        return any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children)
    if lemma in PHRASAL:
        return verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == PHRASAL[lemma] and verb.nbor().head == verb
    if lemma == "go":
        return _went_on_saying(verb)
    if lemma == "rule" and verb.tag_ in ("VBZ", "VBP", "VB"):
        return False  # "Whichever way the court rules, …": a ruling to come; "has ruled", "ruling that" were given
    return lemma in cue_verbs()


def _gives_a_name(verb: Token) -> bool:
    """"what it calls the Interactive Media Player", "tunes they have dubbed “blip-pop”": a
    relative clause or a "what" whose object is the thing named gives it a name, not a view.
    "what critics call a monopoly" judges: "call" names only with a proper noun."""
    named = next((c for c in verb.children if c.dep_ == "oprd"), None)
    gap = verb.dep_ == "relcl" or any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)
    return named is not None and gap and (verb.lemma_.lower() in LABELLING or named.tag_ in ("NNP", "NNPS"))


def _thought_by_no_one(verb: Token) -> bool:
    """"It is thought that about 80,000 people…", "The general election is widely expected
    next May": a belief in the passive with no "by …" names no one who holds it, let alone
    says it. It is the writer's hedge or forecast, and no cue for a quotation before it,
    which stays the previous speaker's (bbc-2005 politics/labour-battle-plan-hides-blair).
    "It is thought by analysts", "is feared by aid agencies" have their holder."""
    # Not "4% of those questioned thought…", where the parser calls the subject of an active verb
    # passive, nor "the UN refugees agency is worried the policy…" (HOLDER_ADJECTIVES): its subject worries.
    passive = any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() not in HOLDER_ADJECTIVES
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _learning_after_a_preposition(verb: Token) -> bool:
    """"has told of his shock on learning he fathered a daughter", "resigned after learning
    of the report": a "learning" governed by a preposition tells how someone came to know,
    not what anyone said. "The BBC has learned that …" still reports a source."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp"


def _went_on_saying(verb: Token) -> bool:
    """"…, and which would give parents choice, he went on.", "He went on: “…”": "went
    on" with nothing after it but the end of the sentence or a colon continues a speech,
    with what was said before it or after the colon. Not "the lights went on", "went on
    holiday", "went on to win"."""
    doc = verb.doc
    particle = verb.i + 1 < len(doc) and verb.nbor().lower_ == "on" and verb.nbor().head == verb
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    ends = after is None or after.text in (".", ":", "!") or after.is_quote or _sets_off(verb, after)
    reported = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (after is not None and after.text == ":")
    return particle and ends and reported and any(c.dep_ == "nsubj" for c in verb.children)


def _sets_off(verb: Token, after: Token) -> bool:
    """A comma after "went on" that sets it off inside what was said: '“The fight goes on,” he
    went on, “and we will win”', or 'The plans were a disgrace, he went on, and would cost jobs'
    (the subject right after a comma too)."""
    if after.text != ",":
        return False
    doc = verb.doc
    next_quote = after.i + 1 < len(doc) and doc[after.i + 1].is_quote
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    aside = subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ","
    return next_quote or aside


def a_person(token: Token | None) -> bool:
    """A person: a personal pronoun or a name the recognizer calls a person."""
    return token is not None and (token.lower_ in ("i", "we", "he", "she", "they", "you") or token.ent_type_ == "PERSON")


def speech_object(verb: Token) -> Token | None:
    """The object of a light verb that makes it a speech act: "offered a defense of the
    bill", "made the case for", "gave a one-word answer"."""
    nouns = LIGHT_VERBS.get(verb.lemma_.lower(), set())
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in nouns:
        return None
    if any(c.lower_ == "no" for c in obj.children):
        return None  # "gave no reasons": nothing given
    if obj.lower_ == "point" and any(c.lower_ == "of" for c in obj.children):
        return None  # "made a point of wearing anti-racism shirts": an idiom for doing
    return obj


def particle_after(verb: Token, allowed: tuple[str, ...]) -> Token | None:
    """The preposition of a phrasal cue right after it, or after an adverb or two or "out":
    "talked about", "complained bitterly about", "spoke openly of", "spoke out against"."""
    for token in verb.doc[verb.i + 1 : verb.i + 4]:
        if token.lower_ in allowed:
            return token
        if token.lower_ == "out" and token.head == verb:
            continue  # "spoke out against the law"
        # A manner adverb, not a direction: "pipelines pointed north to the Soviet Union".
        if token.pos_ != "ADV" or not (token.lower_.endswith("ly") or token.lower_ in ("more", "again", "also", "even")):
            return None
    return None


def _set_off(verb: Token) -> bool:
    """"Morris, dubbed the McLibel Two,": a verb right after its subject and a comma is a
    participle the parser read as the main verb."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    # Not "The minister, speaking in Paris, branded…": there the commas close an aside.
    return subject.right_edge.i >= verb.i - 2 and not any(t.pos_ == "VERB" for t in subject.subtree)


def _bare(verb: Token) -> bool:
    """"“…” Trump said.": the verb reports nothing after it, and its sentence ends soon."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "conj", "parataxis") and c.i > verb.i for c in verb.children):
        return False
    return BARE_CUE.match(text_of(verb.doc), end_of(verb)) is not None


def _unsaid(token: Token) -> bool:
    """"declined to say whether…", "hoped to announce proposals", "wants to tell": an
    infinitive under another verb is something not (yet) said. "went on to say" is said.
    So is one under a noun: "faces pressure to show she can hold off Sanders"."""
    if token.dep_ == "acl" and infinitive(token):
        return True
    if _a_remit(token):
        return True
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in NOT_DOING:
        return True  # "has avoided directly criticizing Comey", "stopped confirming his picks"
    if token.dep_ != "xcomp" or not infinitive(token):
        return False
    return not went_on(token) and token.head.lemma_.lower() != "add" and scheduled_copula(token) is None and made_to_say(token) is None


def _a_remit(verb: Token) -> bool:
    """"The committee's task is to review the rules and report what the minister should do": a
    bare verb in the infinitive that completes "aim", "task", "remit", "job" … "is/was to" sets
    out a purpose; nothing is said yet. The parser may hang it on a clause inside that
    infinitive ("was to … assess how much might be going on and suggest what…")."""
    if verb.tag_ != "VB" or any(c.dep_ in SUBJECTS or (c.dep_ == "aux" and c.lower_ != "to") for c in verb.children):
        return False
    return any(
        t.lemma_ == "be" and any(c.dep_ == "xcomp" and infinitive(c) for c in t.children)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in REMITS for c in t.children)
        for t in verb.ancestors
    )


def _put_to(verb: Token) -> bool:
    """"When asked whether…, Butler said", "Asked about the merger, he said": a participle
    with no subject or auxiliary is passive; the question was put to the speaker, by
    someone unnamed. "As reported by Politico" names who said it."""
    # "Asked what…," opening a sentence may be tagged a past tense.
    opening = verb.i == verb.sent.start or verb.doc[verb.i - 1].lower_ in ("when", "if", "after", "once")
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl" and opening)
    return (
        participle and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in (*SUBJECTS, "aux", "auxpass", "agent") for c in verb.children)
    )


def _supposed(verb: Token) -> bool:
    """"asked whether he thought the country was well governed", "if she said so": a cue
    under "whether" or "if" is asked about or supposed, not reported as said. Not a second
    speaker's ("prompted one MP to ask whether … and another to say…": the parser hangs it
    on the first one's question)."""
    if another_made_to_say(verb) is not None or answering(verb) is not None:
        return False  # "was asked whether he would quit, saying only …": the answer
    return any(asked_about(t) for t in (verb, *verb.ancestors))


def _going_on_unsaid(verb: Token) -> bool:
    """"But the local chairman made similar comments on Friday and dissent continues": with no
    subject the parser can find, "continue" is a thing going on, not a speaker going on
    ('“…,” he continued', '“…,” continued Mr Smith', 'Continued Stone: “…”'). Not a verb joined to another, whose
    subject it shares ('argues government is too big and cannot continue "down the path of
    ever rising taxes"' stays as it was)."""
    if verb.lemma_.lower() != "continue" or verb.dep_ == "conj" or nearest_subject(verb) is not None:
        return False
    # Ending its sentence: 'Continued Stone: “So I think …”' introduces what he said.
    return all(t.is_punct or t.is_space for t in verb.doc[verb.i + 1 : verb.sent.end])


def _a_reason_given(verb: Token) -> bool:
    """"The industry said it was satisfied with the ruling, because showed that piracy would
    not be accepted" (the text drops "it"): a cue verb under another cue, marked "because"
    or "since", with no subject of its own, gives the reason inside what was said; it is not a
    second statement. "…, because it showed…" has its subject and stays a cue; so does an aside
    after the mark ("because, said Mr Baxter, delivery is cheaper"); "As reported by Western
    Journalism, investigators found…" names its source."""
    if verb.dep_ != "advcl" or not _reports(verb.head):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("because", "since") and c.i == verb.i - 1 for c in verb.children)
    return marked and not any(c.dep_ in (*SUBJECTS, "expl", "agent") for c in verb.children)


def went_on(verb: Token) -> bool:
    """"went on to say", "continued to insist": the infinitive was said."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "continue", "proceed") and infinitive(verb)


def _in_compound(doc: Doc, token: Token) -> bool:
    """"so-called", "self-described": a verb inside a hyphenated adjective reports nothing.
    A dash with spaces around it closes an aside ("Reynolds - his co-host - told…")."""
    return token.i > 0 and doc[token.i - 1].text in ("-", "–") and not doc[token.i - 1].whitespace_


def _a_title(doc: Doc, token: Token) -> bool:
    """"Defending champion Andy Roddick", "the defending Olympic champion": a title the
    parser may read as a verb with its object, not a defence of anything said."""
    if token.lower_ != "defending":
        return False
    for word in doc[token.i + 1 : token.i + 4]:
        if word.lemma_.lower() in TITLE_HOLDERS:
            return True
        if word.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return False
    return False


def _cue_span(doc: Doc, verb: Token) -> Span:
    """The verb with the auxiliaries, negation and adverbs just before it and an
    adjacent particle: "has already stated", "did not say", "pointed out", "went on
    to say". Not "when" ("when asked"): it frames the saying."""
    first = with_auxiliaries(verb)
    if went_on(verb) and verb.head.i < first.i:
        first = verb.head
    if (issued := _issued_document(verb)) is not None:
        first = issued  # "issued a statement saying", as PolNeAR marks it: the saying is the issuing
    if (copula := scheduled_copula(verb)) is not None:
        first = with_auxiliaries(copula)  # "was due to say"
    if (quoting := quoting_verb(verb)) is not None:
        first = with_auxiliaries(quoting)  # "quoted Mr Khodorkovsky as saying": one cue, the quoting is its start
    end = end_of(verb)
    if (clear := made_clear(verb)) is not None:
        end = end_of(clear)  # "has made it clear", as PolNeAR marks it
    for child in verb.children:
        if (child.dep_ == "prt" or verb.lemma_.lower() in PHRASAL) and child.i == verb.i + 1:
            end = end_of(child)
        elif (document := _channel(verb, child)) is not None:
            end = end_of(document)
    return Span.of(text_of(doc), first.idx, end)


def _channel(verb: Token, child: Token) -> Token | None:
    """The channel right after the verb: the "statement" of "said in a statement", which
    PolNeAR marks as part of the cue twice as often as not (48 to 23 on train; "in an
    interview" is marked less often than not, 19 to 27, and is left out); so the "Twitter"
    of "posted on Twitter" (11 to 6)."""
    if child.dep_ != "prep" or child.i != verb.i + 1 or child.lower_ not in ("in", "on"):
        return None
    noun = next((c for c in child.children if c.dep_ == "pobj"), None)
    if noun is None or noun.i > child.i + 4:
        return None
    wanted = STATEMENTS if child.lower_ == "in" else PLATFORMS
    return noun if noun.lemma_.lower() in wanted else None


def _issued_document(verb: Token) -> Token | None:
    """The "issued" of "issued a statement Tuesday saying", with its auxiliaries."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "dobj" or noun.lemma_.lower() not in DOCUMENTS:
        return None
    issuing = noun.head
    return with_auxiliaries(issuing) if issuing.lemma_.lower() in ISSUING else None


def with_auxiliaries(verb: Token) -> Token:
    """The first of the auxiliaries, negation and adverbs right before ``verb`` ("has already
    stated", "has once again refused": an adverb on the adverb too), or the verb. Not "when"
    ("when asked"): it frames the saying."""
    doc, first = verb.doc, verb
    while first.i > 0 and doc[first.i - 1].head in (verb, first) and doc[first.i - 1].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[first.i - 1].tag_ != "WRB":
        first = doc[first.i - 1]
    return first
