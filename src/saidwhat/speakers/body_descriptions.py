"""Which body a mention of one means, for ``mentions`` and ``groups``: ``body_meant`` for "the
company said" (the last one named with the noun in its name, else the last one named),
``fuller_body`` for a fragment the article gives in full ("the Bank" after "the Bank of
England"), ``body_in_apposition`` for a body described and named ("the lobby group
Guantanamo Human Rights Commission"), ``tied_body`` for "the regulator" or "the union" where the
article calls one body so ("Germany's financial watchdog BaFin", "Amicus, the manufacturing union"), ``body_named_next`` for a lede's "the
elections watchdog has said" where the body is named speaking next ("the Electoral Commission says"),
``body_speaking_before`` for "the watchdog notes" right after "The CBO says" (or "The panel suggested" after "the Law Commission said"),
``owners_party`` for "his party" where the article names one party as his ("Tory leader Michael Howard"),
``party_before`` for "the party" where the article has named one party before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..model import Span, Speaker
from ..nlp import entity_of, text_of
from ..quotes.saying import a_finding_s_source
from ..resources import lexicon
from .acronyms import spelling_of
from .bodies import describing_nouns
from .cast import Cast, Mention, Person
from .names import ORG_NOUNS, is_party, name_gender, name_words, named_head, org_name, party_name
from .pronouns import antecedent
from .roles import definite, owned_by_a_body


# Bodies that publish or broadcast: "the newspaper" is one whose name says so (media_names.txt).
MEDIA_NOUNS = {"broadcaster", "channel", "magazine", "newspaper", "paper", "station"}  # not "the club website": its own

# Bodies of the state: "the government said" after "the Police Federation said" is the
# government, not the organisation last named.
STATE_BODIES = {"administration", "army", "government", "police"}


def body_in_apposition(head: Token, mention: Span) -> Speaker | None:
    """"Both Amnesty and the lobby group Guantanamo Human Rights Commission": a member described
    as a body and named in apposition is the body named, not the last one the article named
    before (which "the group" alone would be: here Amnesty, the other member). So is another
    noun of what a body does with a name the recognizer labels ORG in apposition: "Net traffic
    monitor, OneStat.com, has reported" (not a person's noun, a source's or a document's)."""
    if head.pos_ != "NOUN":
        return None
    a_body = head.lemma_.lower() in ORG_NOUNS
    if not a_body and not _a_body_s_work(head):
        return None
    named = next((c for c in head.children if c.dep_ == "appos" and mention.start <= c.idx < mention.end and (c.ent_type_ == "ORG" or (a_body and _a_company_named(head, c)))), None)
    return None if named is None else Speaker(name=org_name(entity_of(named).text), type="organisation", mention=mention)


def _a_body_s_work(head: Token) -> bool:
    """Whether the noun may say what a body named beside it does: narrowed by a noun in front
    ("Net traffic monitor", "research tracker"), no one's ("His mother, Giselle,"), and no
    person's noun, unnamed source's ("a spokesman") nor a document's ("the report, Fit for Purpose")."""
    lemma = head.lemma_.lower()
    if lemma in lexicon("person_nouns.txt") | lexicon("anonymous_sources.txt") or a_finding_s_source(head):
        return False
    narrowed = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)
    return narrowed and not any(c.dep_ == "poss" for c in head.children)


def _a_company_named(head: Token, named: Token) -> bool:
    """"India's biggest carmaker Maruti", "Maruti" labelled a place: a one-word proper noun right
    after a company's noun (company_nouns.txt), with no comma between, names that company whatever
    the recognizer's label; not a person's name ("the firm's boss John Smith" has no company noun
    before the name) nor a place after a comma ("the carmaker, India,")."""
    return (named.i == head.i + 1 and named.pos_ == "PROPN" and named.ent_type_ in ("GPE", "NORP", "")
            and entity_of(named).end == named.i + 1 and head.lemma_.lower() in lexicon("company_nouns.txt"))


# Nouns for a body that oversees others: the one body the article calls so, else the last
# named, but never one the article calls another kind of body ("banking giant Citigroup").
OVERSEERS = {"regulator", "watchdog"}
# Words in the name of a body that oversees others: the Congressional Budget Office, the
# Financial Services Authority, the Electoral Commission, the Food Standards Agency.
OVERSEEING_NAMES = OVERSEERS | {"agency", "authority", "commission", "inspectorate", "office", "ombudsman"}
# Words before "Office" or "Agency" in the names of departments and services that oversee no one:
# the Home Office, the Post Office, a news or intelligence agency.
NOT_OVERSEEING = {"home", "foreign", "commonwealth", "cabinet", "post", "met", "war", "box", "scotland", "wales", "ireland",
                  "news", "intelligence", "space", "refugee", "refugees"}


def tied_body(doc: Doc, noun: str, cast: Cast) -> str | None:
    """The one body the article ties "the <noun>" to, wherever in it: the name with the noun
    in compound or apposition ("Germany's financial watchdog BaFin" for "the German regulator",
    "the elections watchdog, the Electoral Commission"), or named next after a description
    with the noun speaks first (``body_named_next``: "…, the elections watchdog has said. … the
    Electoral Commission says…"); None where none or several are. Worked out once per article
    and noun: each of 400 "the union said" asking again scans every token and every mention."""
    if noun not in cast.tied:
        cast.tied[noun] = _tie(doc, noun, cast)
    return cast.tied[noun]


def _tie(doc: Doc, noun: str, cast: Cast) -> str | None:
    """``tied_body``, worked out."""
    nouns = OVERSEERS if noun in OVERSEERS else {noun}
    tied = {
        org_name(ent.text) for ent in doc.ents
        if ent.label_ == "ORG" and any(n.lemma_.lower() in nouns for n in describing_nouns(ent))
    }
    tied |= {body_named_next(t, cast) for t in doc if t.lemma_.lower() in nouns} - {None}
    return next(iter(tied)) if len(tied) == 1 else None


# Institutions an article seldom names two of: "the union", "the commission". Not a company's
# noun ("the firm", "the group": an article on a deal names several, and "the firm" is the one
# last named as a subject, ``body_meant``), nor its "board" (Sina's "The board of directors
# said"), nor a body of the state ("the Labour government").
INSTITUTIONS = {
    "agency", "association", "authority", "charity", "commission", "committee", "council",
    "federation", "organisation", "organization", "union",
}


# Words in the name of a party's or a state's body, which no union, charity or committee is.
GOVERNING = {"department", "government", "ministry", "party"}
# Nouns every body is: no kind to tell.
GENERIC = {"organisation", "organization", "body", "group"}


def unnamed_kind(head: Token, cast: Cast) -> bool:
    """Whether "the <noun>" is one institution of a kind no body's name says it is: "the union"
    where no "Rugby Football Union" is named (that one ``body_meant`` finds); not "the unions"."""
    noun = head.lemma_.lower()
    if noun not in INSTITUTIONS or head.tag_ != "NN":
        return False
    return not any(noun in org.lower().split() for org in cast.orgs)


def body_named_next(head: Token, cast: Cast) -> str | None:
    """The body the article names next as a speaker, where an overseer's description (OVERSEERS)
    speaks before any body is named: "A cap on donations… should not be introduced yet, the
    elections watchdog has said. Fears… In a new report, the Electoral Commission says…" (how a
    lede introduces a watchdog). Only for "the regulator" or "the watchdog": "the firm has said…
    Tesco said" or "the union has said… The Confederation of British Industry said" is the other
    side speaking next. Only where no organisation is named before the description but as a
    modifier ("EU member states are failing…, the UK's public spending watchdog has said"; not
    "Shares in Cairn Energy jumped after the watchdog said") or, in the headline, as the body
    named next; and the first one named after it, in the next two sentences, is a body's name and
    the subject of a reporting verb: "the watchdog has said. The report was sent to the Scottish
    Parliament" is no tie."""
    if not (definite(head) or owned_by_a_body(head)) or head.lemma_.lower() not in OVERSEERS or not _reported_by(head):
        return None
    doc, at = head.doc, cast.sentence_of(head.idx)
    own = range(head.left_edge.idx, head.right_edge.idx + 1)  # "the UK elections watchdog": its own words
    orgs = [m for m in cast.mentions if m.kind == "organisation" and m.offset not in own]
    after = [m for m in orgs if m.offset > head.idx and cast.sentence_of(m.offset) <= at + 2]
    if not after or cast.sentence_of(after[0].offset) == at or after[0].salience < 3:
        return None
    # A body named before is likelier the one meant than the next: "Ofcom to fine broadcaster /
    # …, the regulator has said. The Office of Fair Trading said…"; the headline's unless it is the next.
    headline = _headline_end(doc)
    if any(m.offset < head.idx and (m.offset >= headline or m.name != after[0].name) and not _a_modifier(doc, m.offset) for m in orgs):
        return None
    named = _name_head(doc, after[0].offset)
    return after[0].name if _reported_by(named) and _a_name_alone(named) else None


# Nouns for a body of appointed members, which no body's name need carry: "the Law Commission
# said… The panel suggested…".
PANELS = {"panel"}


def body_speaking_before(head: Token, cast: Cast) -> str | None:
    """The body that speaks in the sentence before an overseer's description (OVERSEERS) that
    speaks: "The CBO says it envisages a decline… But the non-partisan fiscal watchdog notes…" is
    the CBO going on, as a "he" would be the person. Only where it is the last body named before
    the description, from the sentence before on, the article calls it no other kind of body
    ("US banking giant Citigroup said… The regulator said" is none: ``described_otherwise``),
    and an overseer is what it is (``an_overseer``): "Ofcom said it would investigate. The BBC
    said it would co-operate… The watchdog added…" is not the BBC. So too for an institution's
    noun or a panel ("the Law Commission said… The panel suggested…"), where the body's name
    says it is an institution (``an_institution``): not a company's nor a party's."""
    noun = head.lemma_.lower()
    if not definite(head) or noun not in OVERSEERS | INSTITUTIONS | PANELS or not _reported_by(head):
        return None
    if noun not in OVERSEERS and head.tag_ != "NN":  # "the unions said": several
        return None
    doc, at = head.doc, cast.sentence_of(head.idx)
    own = range(head.left_edge.idx, head.right_edge.idx + 1)
    named = [m for m in cast.mentions if m.kind == "organisation" and m.offset < head.idx and m.offset not in own and cast.sentence_of(m.offset) >= at - 1]
    if not named or len({m.name for m in named}) > 1 or cast.sentence_of(named[-1].offset) != at - 1:
        return None
    body = named[-1].name
    spoke = any(_reported_by(_name_head(doc, m.offset)) for m in named)
    if not spoke or described_otherwise(doc, body, noun if noun not in PANELS else "committee"):
        return None
    if noun in INSTITUTIONS - PANELS and noun not in f"{body} {spelling_of(doc, body)}".lower().split():
        return None  # "The commission said" after the Football Association spoke is another body; "the panel" may be any
    return body if (an_overseer(doc, body) if noun in OVERSEERS else an_institution(doc, body)) else None


def an_institution(doc: Doc, body: str) -> bool:
    """Whether ``body``'s name, or the name it abbreviates, says it is an institution
    (INSTITUTIONS: "the Law Commission", "the Press Complaints Commission (PCC)"), not a party
    nor a body of the state ("the Department for Education", GOVERNING)."""
    words = set(f"{body} {spelling_of(doc, body)}".lower().split())
    return bool(words & (INSTITUTIONS - GENERIC)) and not words & GOVERNING and not is_party(body)


def an_overseer(doc: Doc, body: str) -> bool:
    """Whether the article shows ``body`` to be one that oversees others: its name, or the name
    it abbreviates, says so ("Congressional Budget Office (CBO)", OVERSEEING_NAMES), or the
    article calls it a regulator or a watchdog ("media regulator Ofcom", "Ofcom, the watchdog,")."""
    words = f"{body} {spelling_of(doc, body)}".lower().split()
    if any(w in OVERSEEING_NAMES and not (w in ("office", "agency") and i and words[i - 1] in NOT_OVERSEEING) for i, w in enumerate(words)):
        return True  # the word before "Office" tells: the Wales Audit Office oversees, the Home Office not
    return any(
        ent.label_ == "ORG" and org_name(ent.text) == body and any(n.lemma_.lower() in OVERSEERS for n in describing_nouns(ent))
        for ent in doc.ents
    )


def _a_name_alone(head: Token) -> bool:
    """Whether the subject headed by ``head`` is a body's name and nothing else: "the National
    Audit Office", not "A Department for Education spokeswoman" (the parse may head it by the
    name), nor "The MPs" (a plural common noun the recognizer labels ORG)."""
    name = entity_of(head)
    return head.tag_ not in ("NNS", "NNPS") and all(t.i in range(name.start, name.end) or t.dep_ == "det" for t in head.subtree)


def _headline_end(doc: Doc) -> int:
    """Where the headline ends: the first line, where a line break ends it and it has no full
    stop ("'Debate needed' on donations cap"); 0 where the text opens with a sentence."""
    line, _, rest = text_of(doc).partition("\n")
    return len(line) if rest and line.strip() and line.strip().rstrip("'\"’”")[-1:] not in (".", "!", "?") else 0


def _a_modifier(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` only modifies a noun: "EU" of "EU member states"."""
    token = _name_head(doc, offset)
    return token is not None and token.dep_ == "compound"


def _name_head(doc: Doc, offset: int) -> Token | None:
    """The token the name at ``offset`` hangs on the sentence by: "Commission" of "the Electoral
    Commission says" (the mention may open at its "the")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[0].head if span[0].dep_ == "det" else span[0]
    return entity_of(token).root if token.ent_type_ else named_head(doc, token.idx)


def _reported_by(token: Token | None) -> bool:
    """Whether ``token`` is the subject of a reporting verb ("the watchdog has said")."""
    return token is not None and token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in lexicon("reporting_verbs.txt")


def owners_party(head: Token, cast: Cast) -> str | None:
    """"his party", "Mr Howard's party": the party of the politician who owns it, where the
    article names one party as theirs: in a title by their name ("Tory leader Michael Howard",
    "Charles Kennedy, the Lib Dem leader,") or as theirs ("Charles Kennedy has told voters his
    Liberal Democrats…"). Where it names none, or two, "his party" stays as written."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lemma_.lower() != "party" or owner is None or (person := _person_meant(owner, cast)) is None:
        return None
    return _one({org_name(entity_of(t).text) for t in head.doc if _a_party(t) and _whose_party(t, cast) is person})


def party_before(head: Token, mention: Span, cast: Cast) -> str | None:
    """"the party said" where the article has named one party before, however (a party's name, or
    its word in a title: "Tory leader Michael Howard… Mr Kruger was quoted in the Guardian
    newspaper… In a statement, the party said"): that party, not the body named last (the
    newspaper). Where it named none, or two, left to ``body_meant``; so too where a party the
    lexicon does not know may be meant, a phrase headed by "party" after the last one known ("…
    a new anti-EU party, Veritas… The party said"). Not in what someone said, nor "the parties"
    (several)."""
    if head.lower_ != "party" or not definite(head) or any(c.dep_ in ("poss", "compound", "amod") for c in head.children):
        return None
    before = [t for t in head.doc[: head.i] if t.idx < mention.start and _a_party(t) and not cast.in_what_was_said(t.idx)]
    if not before or _another_party_after(entity_of(before[-1]).end, head):
        return None
    return _one({party_name(entity_of(t).text) for t in before})


def _another_party_after(start: int, head: Token) -> bool:
    """Whether a party the lexicon does not know is written between the last known one (ending at
    token ``start``) and "the party" at ``head``: any phrase headed by "party" ("a new anti-EU
    party, Veritas", "a new party was launched by Robert Kilroy-Silk", "the UK Independence
    Party"), which "the party" may well mean."""
    return any(t.lemma_.lower() in ("party", "parties") for t in head.doc[start : head.i])


def _person_meant(token: Token, cast: Cast) -> Person | None:
    """The person "his" or "her" means (``pronouns.antecedent``), or a person's name names."""
    if token.lower_ in ("his", "her"):
        meant = antecedent(token, Span(start=token.idx, end=token.idx + len(token), text=token.text), cast)
        return cast.person(meant.name) if meant.type == "person" and meant.name else None
    words = name_words(list(entity_of(token))) if token.ent_type_ == "PERSON" else []
    return cast.person(" ".join(words)) if words else None


def _a_party(token: Token) -> bool:
    """Whether ``token`` opens a party's name: "Tory", "Lib Dem", "Liberal Democrats"."""
    return token.ent_iob_ == "B" and is_party(org_name(entity_of(token).text))


def _whose_party(token: Token, cast: Cast) -> Person | None:
    """The person the party named at ``token`` is said to be theirs: its owner ("his Liberal
    Democrats", "Kennedy's Lib Dems"), or the person its title describes ("Tory leader Michael
    Howard", "Charles Kennedy, the Lib Dem leader,")."""
    root = entity_of(token).root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _person_meant(owner, cast)
    title = root.head
    if title.lemma_.lower() in lexicon("person_nouns.txt") and title.dep_ in ("compound", "appos") and title.head.ent_type_ == "PERSON":
        return _person_meant(title.head, cast)
    return None


def described_otherwise(doc: Doc, body: str, noun: str) -> bool:
    """Whether the article calls ``body`` a kind of body other than "the <noun>" is: "US banking
    giant Citigroup" is not "the regulator", however last named. For an institution (INSTITUTIONS)
    also a party or a name with another kind's noun in it: "Labour" or the "Department for
    Education" is not "the committee"."""
    kinds = OVERSEERS if noun in OVERSEERS else {noun, *GENERIC}
    nouns = lexicon("organisation_nouns.txt") - kinds
    if noun in INSTITUTIONS and noun not in GENERIC and (is_party(body) or set(body.lower().split()) & GOVERNING):
        return True  # but a "Federation" may be "the aid agency"
    return any(
        ent.label_ == "ORG" and org_name(ent.text) == body and any(n.lemma_.lower() in nouns for n in describing_nouns(ent))
        for ent in doc.ents
    )


def body_meant(noun: str, mention: Span, cast: Cast) -> str | None:
    """The organisation "the <noun>" means: the last named with the noun in its name ("the
    commission": the Electoral Commission), else the last named ("the firm said"), but never
    for a body of the state (STATE_BODIES); for a newspaper or broadcaster (MEDIA_NOUNS), the
    last named with the noun or a publication's word in its name ("Times", "Radio"), else none. Within each, the last one named as a subject
    first: "Novartis said… overtake Israel's Teva… , the company estimated" is Novartis."""
    if noun not in ORG_NOUNS:
        return None
    named = [m for m in reversed(cast.mentions) if m.offset < mention.start and m.kind == "organisation" and m.name in cast.orgs]
    # "the newspaper reported" after "the IMF is to cut…, the Financial Times Deutschland reported"
    media = lexicon("media_names.txt") | {noun} if noun in MEDIA_NOUNS else {noun}
    carrying = [m for m in named if media & set(m.name.lower().split())]
    for group in (carrying, [] if noun in STATE_BODIES | MEDIA_NOUNS else named):
        if group:
            return _likeliest(group)
    return None


def _likeliest(named: list[Mention]) -> str:
    """Of bodies' mentions listed latest first, the latest named as a subject, else the latest:
    "Novartis said… overtake Israel's Teva…, the company estimated" is Novartis."""
    return next((m for m in named if m.salience >= 2), named[0]).name


def fuller_body(doc: Doc, speaker: Speaker, cast: Cast) -> Speaker:
    """A fragment of a body's name the article gives in full: "the Bank said" after "the Bank
    of England" (a capitalised noun of a body: the last body named with it, as for "the bank"),
    "Texas, which makes chips" after "Texas Instruments" (labelled a place), "Boerse" or
    "Menatep" (labelled a person) after "Deutsche Boerse" or "Group Menatep". A company's own
    short name, which the recognizer labels ORG ("Cadbury" for Cadbury Schweppes, but also
    "Google" beside Google News), stays as written."""
    name, mention = speaker.name or "", speaker.mention
    if mention is None or " " in name or not name[:1].isupper() or name.isupper() or is_party(name):
        return speaker
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    word = next((t for t in span if t.text == name), None) if span is not None else None
    if word is None:
        return speaker
    if speaker.type == "organisation" and word.ent_type_ == "ORG" and definite(word) and word.lower_ in ORG_NOUNS:
        carrying = {org for org in cast.orgs if _a_clean_name(org) and name in org.split()}
        named = [m for m in reversed(cast.mentions) if m.offset < mention.start and m.name in carrying]
        body = _likeliest(named) if named else None
    elif speaker.type == "organisation" and word.ent_type_ == "GPE":
        body = _one(_bodies_named(name, cast, first=True))  # "Texas" for Texas Instruments; "Israel" is not the Bank of Israel
    elif speaker.type == "person" and not _personal(name, cast) and (word.i == span.start or _in_full(span, name, cast)):
        # "Finlay Calder", labelled ORG once, is the person "Calder": only a name the recognizer
        # calls a body twice ("Deutsche Boerse") takes a surname-like last word.
        body = _one(_bodies_named(name, cast, first=True, last=True, votes=2))
    else:
        body = None
    return replace(speaker, name=body, type="organisation") if body else speaker


def _bodies_named(word: str, cast: Cast, first: bool = False, last: bool = False, votes: int = 0) -> set[str]:
    """The article's bodies whose names open (``first``) or end (``last``) with ``word``; for
    ``last``, only those the recognizer labels ORG at least ``votes`` times more than PERSON."""
    return {
        org for org in cast.orgs
        if _a_clean_name(org) and ((first and org.split()[0] == word) or (last and org.split()[-1] == word and cast.org_votes[org.lower()] >= votes))
    }


def _one(names: set[str]) -> str | None:
    return next(iter(names)) if len(names) == 1 else None


def _in_full(span: DocSpan, word: str, cast: Cast) -> bool:
    """"Deutsche Boerse - whose market capitalisation is … - said", "Boerse" labelled PERSON: the
    mention holds the body's whole name."""
    return any(org in span.text and org.split()[-1] == word for org in cast.orgs)


def _personal(name: str, cast: Cast) -> bool:
    """Whether the article writes ``name`` as a person's: a given name, or the surname of
    someone named in full or with a title ("Lord Falconer")."""
    person = cast.person(name)
    return name_gender(name) is not None or (person is not None and (person.gender is not None or " " in person.name))


def _a_clean_name(org: str) -> bool:
    """A body's name of several capitalised words ("Marsh & McLennan", "Bank of England"): not a
    person's ("Herve Gaymard", "Mr Pande", labelled ORG), nor a run of words the recognizer took in with it
    ("Rapper 50 Cent", "Arsenal's Edu", "Foster's Lager, Foster")."""
    words = org.split()
    first = words[0].lower().rstrip(".") if words else ""
    if len(words) < 2 or name_gender(words[0]) is not None or first in lexicon("person_nouns.txt") | lexicon("honorifics.txt"):
        return False
    return all(w[:1].isupper() or w in ("of", "and", "&", "for", "the") for w in words) and not any(c in org for c in "'’,()")
