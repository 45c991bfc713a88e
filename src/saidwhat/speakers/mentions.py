"""One speaker mention to one speaker: a name, a pronoun, a description or an unnamed source.

``resolve_one`` reads the mention's head: a relative pronoun is its noun ("Hill, who…,
said"), a pronoun its antecedent (``pronouns``), a transcript's capitals a person
("KATE BOLDUAN:"), a title with a name in apposition that name; a party or a body's name
speaks as the body; a name, or a surname the article knows, is the person it names, by the
fullest name the article gives (``cast``); a common noun ("a spokesman", "the ministry",
"the chancellor") is a person the article described so, a body, or an anonymous source.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..model import Span, Speaker
from ..nlp import entity_of, text_between, text_of
from ..quotes import RELATIVE_PRONOUNS, Found, core_mention, mention_span, transcript_name
from ..resources import lexicon
from .bodies import called_a_company, marked_a_person
from .cast import Cast, Person, by_given_name, one_of
from .common_nouns import anonymous, common_noun
from .documents import LAWSUITS, document_before, issuer, pronoun_owner
from .descriptions import a_person_s_body
from .misparsed import name_before_its_title, participle_s_subject, person_right_before, who_after_a_noun
from .entities import titled_name
from .names import FEMALE_TITLES, MALE_TITLES, ORG_LABELS, ORG_NOUNS, ROYAL_TITLES, a_full_name, a_group_word, appositive_name, head_person, honorific, is_party, mention_name, name_gender, name_words, namesake, org_name, party_name, people_plural, titled_conjunct
from .pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, antecedent, meant, taught
from .roles import definite, role_of
from .same_person import subject_described
from .surnames import given_name_before, written_as_name


def resolve_one(doc: Doc, f: Found, cast: Cast) -> Speaker:
    if f.source_token is None or f.mention is None:
        return Speaker(name=None, type="unknown")
    head = doc[f.source_token]
    if (head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl") or who_after_a_noun(head):
        # "Hill, who has worked there for 20 years, said": the mention is "who", the speaker Hill.
        noun = head.head.head if head.head.dep_ == "relcl" else who_after_a_noun(head)
        noun = person_right_before(head, noun) or noun
        before = list(cast.mentions)
        resolved = resolve_one(doc, replace(f, source_token=noun.i, mention=mention_span(doc, noun)), cast)
        if head.lower_ == "which" and resolved.type == "anonymous":
            # "…was described as a "revelatory debut" which showed…": a thing the parser took for a
            # source, no unnamed source a later "It also said" may mean (that is Q Magazine).
            cast.mentions = before
        return replace(resolved, mention=f.mention)
    if (name := name_before_its_title(head)) is not None:
        # '"…," Dr Mike Watts head of exploration said': the name speaks, the title is what he is.
        resolved = resolve_one(doc, replace(f, source_token=name.i, mention=mention_span(doc, name)), cast)
        title = [t for t in head.subtree if not t.is_punct]
        return replace(resolved, role=resolved.role or text_between(title[0], title[-1])) if resolved.type == "person" else resolved
    if (subject := participle_s_subject(doc, f, head)) is not None:
        # "…will argue against positive discrimination saying it is…": the arguer says it.
        # The mention is the phrase that names the arguer, not the object.
        return resolve_one(doc, replace(f, source_token=subject.i, mention=mention_span(doc, subject)), cast)
    if (found := issuer(head) or document_before(head)) is not None and (span := mention_span(doc, found)) is not None:
        # "a statement from Mr Spitzer's office", "figures released by the CEA": the document
        # stands for whoever issued it, named in its own noun phrase.
        plaintiff = head.lemma_.lower() in LAWSUITS
        if (resolved := _issued_by(doc, replace(f, source_token=found.i, mention=span), cast, plaintiff=plaintiff)) is not None:
            if resolved.type == "person":
                _still_a_thing(head, f.mention, cast)
            return replace(resolved, mention=f.mention)
    if (owner := pronoun_owner(head, cast)) is not None:
        # "Mr Kok was commissioned… Lisbon risks becoming a "synonym…", his report said": the
        # report speaks for the one man the "his" can mean, as "Mr Kok's report" does.
        _still_a_thing(head, f.mention, cast)
        return Speaker(name=owner.name, type="person", mention=f.mention)
    if head.ent_type_ in ("DATE", "TIME") and head.pos_ == "PROPN" and len(entity_of(head)) > 1:
        # "…hide?' The general election is widely expected next May": a date the quotes stage took
        # for a source is no one. "The 67-year-old" (a DATE too) is someone, and so may a "May"
        # or a "Friday" be alone ("…," said Friday, England's coach).
        return Speaker(name=None, type="unknown")
    tokens = core_mention(head)
    role = role_of(doc, head, tokens)
    if head.lower_ in PERSON_PRONOUNS and (described := subject_described(head, meant(head, f.mention.start, cast, f.content), cast)) is not None:
        # "The prime minister is trying to… with Gordon Brown… He is saying": the prime minister.
        taught(described, PERSON_PRONOUNS[head.lower_])  # as ``antecedent`` teaches the person's sex
        return Speaker(name=described.name, type="person", role=described.role, mention=f.mention)
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in GROUP_PRONOUNS:
        return antecedent(head, f.mention, cast, f.content)
    label = doc.char_span(f.mention.start, f.mention.end, alignment_mode="contract") if f.cue and f.cue.text == ":" else None
    if label is not None and transcript_name(list(label)):
        # "KATE BOLDUAN: Why not debate?": a transcript's speaker, written in capitals.
        name = " ".join(w.title() for w in name_words(list(label)))
        known = cast.person(name.split()[-1])
        return Speaker(name=known.name if known and not known.name.isupper() else name, type="person", mention=f.mention)
    named = appositive_name(head, f.mention)
    if named is not None:
        # "The head teacher, Simon Clarke, said": the name is in the appositive.
        noun = [t for t in tokens if t.pos_ != "DET"]
        role = text_between(noun[0], noun[-1]) if noun else role
        return _named_person(doc, named, f.mention, role, cast)
    # "Nortel president and chief executive Bill Owens said": his two titles, the name last; but
    # "German football club and former European champion Borussia Dortmund" is a body's.
    named = titled_conjunct(head, f.mention) if head.lemma_.lower() not in ORG_NOUNS else None
    if named is not None:
        return _named_person(doc, named, f.mention, text_between(tokens[0], doc[named[0].i - 1]), cast)
    if _spokesperson_of(head, tokens):
        return anonymous(text_between(tokens[0], tokens[-1]), f.mention, cast, one=one_of(tokens[-1]))
    if _some_of_a_party(head):
        return common_noun(head, f.mention, cast)  # "Senior Tories said": some of its members, unnamed
    if (party := _party(head)) is not None:
        # "Labour", "The Lib Dems said": a party the recognizer took for a person speaks as a body.
        return Speaker(name=party, type="organisation", role=role, mention=f.mention)
    # "Mr Blair's spokesman": a name inside a possessive qualifies the speaker, it is not them.
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    owner |= _prepositional_owner(head)
    tokens = [t for t in tokens if t.i not in owner] or tokens
    if any(c.ent_type_ == "PERSON" and a_group_word(c) for c in head.children) or people_plural(head):
        return common_noun(head, f.mention, cast)  # "Law lords were…", "Blair aides said", "MPs said": a group, unnamed
    if _an_office_of_a_place(head, tokens):
        return common_noun(head, f.mention, cast)  # "The Mid-Bedfordshire MP", "the Chester chairman"
    if a_person_s_body(head):
        # "the Bush administration argues": a body called after its leader, not the leader.
        return Speaker(name=org_name(text_between(tokens[0], tokens[-1])), type="organisation", mention=f.mention)
    # "Deutsche Bank's Simon Champion", all labelled ORG: a full name after the owner is a person.
    # "The Lib Dem leader": a party's name labelled PERSON names no one.
    named = any(t.ent_type_ == "PERSON" and _party(t) is None for t in tokens)
    if named or _looks_personal(tokens, cast) or (owner and a_full_name(tokens)) or _a_titled_name(head):
        return _named_person(doc, tokens, f.mention, role, cast)
    if _a_people_s_firm(tokens, cast):
        # "Swiss Re said", neither word labelled a name: a company called after a country.
        return Speaker(name=org_name(text_between(tokens[0], tokens[-1])), type="organisation", role=role, mention=f.mention)
    # "the American said": a description, not the Americans as a group ("the Tories").
    demonym = head.ent_type_ == "NORP" and head.tag_ == "NNP" and any(c.dep_ == "det" for c in head.children)
    if head.ent_type_ in ORG_LABELS and head.lemma_.lower() not in lexicon("anonymous_sources.txt") and not demonym:
        ent = _named_bodies(head, f.mention)
        return Speaker(name=cast.body_name(org_name(ent.text)), type="organisation", role=role, mention=f.mention)
    if head.pos_ == "PROPN" and head.text[:1].isupper() and not demonym and not _a_capitalised_title(head, tokens):
        if _a_named_body(head, tokens, cast) or called_a_company(head):
            # "The Scottish Executive said": "the" and capitals without a person's name are a body's
            # name; so is "Rockstar Games, the makers of Manhunt,", which the recognizer labels a product.
            name = org_name(text_between(tokens[0], tokens[-1]))
            return Speaker(name=name, type="organisation", role=role, mention=f.mention)
        return _named_person(doc, _without_affiliation(head, tokens), f.mention, role, cast)
    return common_noun(head, f.mention, cast)  # also a lower-case word tagged PROPN ("the defence ministry")


def _still_a_thing(head: Token, mention: Span, cast: Cast) -> None:
    """Records a document that speaks for a person as an unnamed source too: a person is never an
    "it", so a later "It said" is the document still ("…, his report said. "…," it said")."""
    core = core_mention(head)
    anonymous(text_between(core[0], core[-1]), mention, cast)


def _without_affiliation(head: Token, tokens: list[Token]) -> list[Token]:
    """A name the recognizer missed, without where the person works: "Isabelle Kronawitter" of
    "said Isabelle Kronawitter at Hypovereinsbank" (the name was "Isabelle Kronawitter Hypovereinsbank"),
    "Eric Schnaible of the PCO". A bare "of" may be in the name: "Lloyds of London"."""
    place = {t.i for c in head.children if c.dep_ == "prep" and c.i > head.i and _an_affiliation(c) for t in c.subtree}
    return [t for t in tokens if t.i not in place] or tokens


def _an_affiliation(prep: Token) -> bool:
    """"at Hypovereinsbank", "from Oxfam", "of the PCO"; not "of London"."""
    if prep.lower_ in ("at", "from", "with"):
        return True
    return prep.lower_ == "of" and any(c.dep_ == "det" for o in prep.children if o.dep_ == "pobj" for c in o.children)


def _prepositional_owner(head: Token) -> set[int]:
    """The token indexes of the name after a preposition on an unnamed source, the person it
    speaks for or works for: "Mr Blair" of "A spokesman for Mr Blair", "an aide to Gordon
    Brown". It qualifies the speaker as "Mr Blair's" does; the speaker is the spokesman, not
    Tony Blair. Only a person's name alone: a body's spokesman speaks as the body ("A
    spokeswoman for Chelsea"), and "Shadow spokesman for sport Hugh Robertson", "A spokesman
    for US Customs, Dean Boyd" name the spokesman."""
    if head.ent_type_ == "PERSON" or head.lemma_.lower() not in lexicon("anonymous_sources.txt"):
        return set()
    for prep in head.children:
        words = [t for t in prep.subtree if t is not prep]
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "of") and words and _a_name_alone(words):
            return {prep.i, *(t.i for t in words)}
    return set()


def _a_name_alone(words: list[Token]) -> bool:
    """"Mr Blair", "Gordon Brown": a person's name, or a name after an honorific (the recognizer
    may label "Mr Blair" ORG), and nothing else: not "Chelsea", "distributor Toho"."""
    person = honorific(words[0].text) or any(t.ent_type_ == "PERSON" for t in words)
    return person and all(t.tag_ in ("NNP", "NNPS", "POS") for t in words)


def _a_capitalised_title(head: Token, tokens: list[Token]) -> bool:
    """"The Planning Minister said": a title written with capitals, a description as "the
    planning minister" is (``common_nouns.common_noun``), not a person called "Planning". After "a" or
    "an" too: "A Plaid Cymru MP believes…" is someone described, never a person called
    "Plaid Cymru MP"."""
    article = definite(head) or _indefinite(head)
    return article and head.lower_ in lexicon("person_nouns.txt") and not any(t.ent_type_ == "PERSON" for t in tokens)


def _indefinite(head: Token) -> bool:
    """"A Plaid Cymru MP", "an SNP MP": "a" or "an" on the noun or on a noun before it."""
    determiners = [c for t in (head, *(c for c in head.children if c.dep_ == "compound")) for c in t.children if c.dep_ == "det"]
    return any(d.lower_ in ("a", "an") for d in determiners)


def _an_office_of_a_place(head: Token, tokens: list[Token]) -> bool:
    """"The Mid-Bedfordshire MP had denied a claim…", "the Chester chairman said": an office after
    the name of the seat, club or town it is held in is a description of a person, as "the Tory MP"
    is, where the recognizer labels that name (a person's elsewhere, "Chester" took the person
    "Chester") or takes it with the office into a body's name ("The Mid-Bedfordshire MP", ORG).
    An office written lower-case, or "MP": "the Daily Star" and "the Morning Star" are papers."""
    if not definite(head) or head.lower_ not in lexicon("person_nouns.txt") or not (head.is_lower or head.text == "MP"):
        return False
    before = [t for t in tokens if t.i < head.i and t.dep_ != "det"]
    if not before or not all(t.pos_ == "PROPN" or t.text == "-" for t in before):
        return False
    return head.ent_type_ == "ORG" or any(t.ent_type_ in ("PERSON", "ORG") for t in before)


def _party(token: Token) -> str | None:
    """The party whose name ``token`` is in ("Labour", "the Lib Dems", "Lib Dem"), if any."""
    if not token.ent_type_:
        return None
    name = org_name(entity_of(token).text)
    return name if is_party(name) else None


def _issued_by(doc: Doc, f: Found, cast: Cast, *, plaintiff: bool = False) -> Speaker | None:
    """The issuer ``f`` names, resolved as any speaker; None where it resolves to no one, to a
    name the recognizer cut ("Office of the" of "the Office of the Deputy Prime Minister") or to
    several bodies as one ("the UN Economic Commission for Europe and the International
    Federation of Robotics"). A name with no title nor given name is a body that issues
    documents, whatever the recognizer labels it: "Apacs", "Demos", "Lycos Europe"; but not a
    surname the article gives a person elsewhere (``_a_person_s_surname``)."""
    if " and the " in f.mention.text:
        return None
    resolved = resolve_one(doc, f, cast)
    if resolved.name is None or resolved.name.split()[-1] in ("of", "the", "and", "for"):
        return None
    titled = any(honorific(w) for w in f.mention.text.split())
    if plaintiff and resolved.type == "person" and " " in resolved.name:
        return resolved  # "a lawsuit has been filed by Bradley Podliska": people sue as often as bodies
    if plaintiff and resolved.type == "organisation" and _two_names(resolved.name):
        return None  # "filed by Bradley Podliska", labelled ORG: maybe a person; the suit as written
    if resolved.type == "person" and not titled and name_gender(resolved.name.split()[0]) is None:
        if not _a_person_s_surname(doc, resolved.name, f.mention.text, cast):
            return replace(resolved, type="organisation", role=None)
    return resolved


def _two_names(name: str) -> bool:
    """"Bradley Podliska": two capitalised words, neither a body's noun ("Apple Computer" has one)."""
    words = name.split()
    nouns = ORG_NOUNS | lexicon("company_nouns.txt")
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.lower() not in nouns for w in words)


def _a_person_s_surname(doc: Doc, name: str, written: str, cast: Cast) -> bool:
    """Whether the issuer written ``written`` ("Patel" of "a report by Patel") is the surname of
    a person the article names elsewhere as a person's: in full, a given name before the surname,
    after a title or an honorific, or with an age or a "he" (``_titled``, ``bodies.marked_a_person``:
    "Economist Kersi Patel … A report by Patel said", Kersi Patel, whose given name no list
    knows), or the surname after an honorific ("Prof Wieczorek … A report by Wieczorek"). Not
    "Pollsters Ipsos Mori … a survey by Mori", nor "Lycos Europe" for "Lycos" (no surname of it)."""
    words, surname = name.split(), written.split()[-1].removesuffix("’s").removesuffix("'s")
    if words[-1] != surname:
        return False
    if len(words) > 1 and (_titled(doc, words, cast) or marked_a_person(doc, name, cast)):
        return True
    return _titled(doc, [surname], cast, honorific_only=True)  # "UK think-tank Demos" is a body's name


def _titled(doc: Doc, words: list[str], cast: Cast, *, honorific_only: bool = False) -> bool:
    """Whether the article writes the name of ``words`` after an honorific ("Prof Wieczorek") or
    a singular title that hangs on it ("Economist Kersi Patel"); not a body's noun ("polling
    firm Ipsos Mori", "think-tank") nor a plural ("Pollsters Ipsos Mori")."""
    bodies = ORG_NOUNS | lexicon("company_nouns.txt")
    for i in cast.words.at.get(words[0], ()):
        if i == 0 or [t.text for t in doc[i : i + len(words)]] != words:
            continue  # at the text's start no word comes before (doc[-1] is its last)
        before = doc[i - 1]
        noun = {before.lemma_.lower(), doc[before.left_edge.i : i].text.lower()}  # "think-tank", whole
        title = before.tag_ == "NN" and not noun & bodies and i <= before.head.i < i + len(words)
        if honorific(before.text) or (title and not honorific_only):
            return True
    return False


def _some_of_a_party(head: Token) -> bool:
    """"Senior Tories", "Many Conservatives", "rebel Republicans": a party's plural qualified by a
    word of rank or number is some of its members, a group of people (as "Tory MPs"), neither a
    person nor the party ("The Tories", "Tories" alone). Not "the Scottish Tories" (a place's
    name: the party there) nor "the Young Conservatives" (a body's name)."""
    if head.tag_ not in ("NNS", "NNPS") or party_name(head.text) is None:
        return False
    qualifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nummod", "det", "quantmod")]
    return any(
        c.lower_ not in ("the", "young") and c.ent_type_ in ("", "CARDINAL") and (c.pos_ in ("ADJ", "DET", "NUM") or c.is_sent_start)
        for c in qualifiers
    )


def _spokesperson_of(head: Token, tokens: list[Token]) -> bool:
    """"A Department for Constitutional Affairs spokeswoman": the parser may head the mention
    by the body's name and hang her on its "for"; she speaks, unnamed, not the department."""
    last = tokens[-1]
    return (
        last is not head and tokens[0].lower_ in ("a", "an") and not last.ent_type_
        and last.lemma_.lower() in lexicon("anonymous_sources.txt")
    )


def _a_named_body(head: Token, tokens: list[Token], cast: Cast) -> bool:
    """"The Scottish Executive", "the IAAF": a definite proper name that is not a person's
    ("the Pope" is a title). One word alone is a body's name only as an acronym or where the
    recognizer labels it ORG elsewhere: "The Scot", "The DJ" describe a person."""
    if not definite(head) or any(t.ent_type_ == "PERSON" for t in tokens):
        return False
    if head.lower_ in lexicon("honorifics.txt") or head.lower_ in lexicon("person_nouns.txt"):
        return False
    several = sum(t.pos_ == "PROPN" for t in tokens) >= 2
    return several or (head.text.isupper() and len(head.text) >= 3) or cast.org_votes[head.lower_] > 0


def _looks_personal(tokens: list[Token], cast: Cast) -> bool:
    """"Mr Holt" or a known surname alone ("Clarke"), whatever the NER label says."""
    honorifics = lexicon("honorifics.txt")
    propn = [t for t in tokens if t.pos_ == "PROPN"]
    title = tokens[0].lower_.rstrip(".")
    if title in honorifics and len(propn) > (tokens[0].pos_ == "PROPN") and (tokens[0].ent_type_ != "ORG" or title in FEMALE_TITLES | MALE_TITLES):
        return True  # "Mr Pande" even labelled ORG, but not "General Motors"
    # The tagger may read a known surname as a noun ("Moyes continued:").
    named = [t for t in tokens if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)]
    if not named:
        return False
    word = named[-1].text.removesuffix("’s").removesuffix("'s")
    # Or a surname the article writes with a given name: "said Dent" after "Taylor Dent" (labelled ORG).
    if cast.person(word) is not None or _a_hyphenated_surname(named[-1], cast):
        return True
    # "Rowling said…" tagged a noun, where the article writes "Rowling revealed…" as a name: a surname.
    return len(tokens) == 1 and (given_name_before(named[0].doc, word, cast) is not None or written_as_name(named[0], cast))


def _a_hyphenated_surname(last: Token, cast: Cast) -> bool:
    """Whether the word ``last`` ends, joined across hyphens written with no space, is the
    surname of someone the article names with a given name: "Simpson-Daniel added:" (split
    "Simpson", "-", "Daniel") after "James Simpson-Daniel's fitness", though "Daniel" alone is
    no one's. Not "G-III reports" where "G-III" alone is all the recognizer took for a person."""
    doc, start = last.doc, last.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    word = doc[start : last.i + 1].text.removesuffix("’s").removesuffix("'s")
    known = cast.person(word) if start < last.i else None
    return known is not None and " " in known.name and known.name.endswith(" " + word)


def _a_people_s_firm(tokens: list[Token], cast: Cast) -> bool:
    """"Swiss Re": a people's word (labelled NORP) and capitalised words the recognizer labels
    nothing, the last never written alone in the article ("Munich Re", "Hanover Re" beside it), are
    a company's name; no person's name opens with a nationality ("Brazilian Ronaldo" then "Ronaldo
    said" is a man, as is one the article names a person elsewhere)."""
    words = [t for t in tokens if t.pos_ != "DET"]
    if len(words) < 2 or words[0].ent_type_ != "NORP" or not words[0].is_title:
        return False
    rest, titles = words[1:], lexicon("person_nouns.txt") | lexicon("honorifics.txt")
    if any(t.ent_type_ or not t.is_title or name_gender(t.text) is not None or t.lower_ in titles for t in rest):
        return False
    last = rest[-1]
    alone = any(not last.doc[i - 1].is_title for i in cast.words.at.get(last.text, ()) if i > 0)
    return not alone and cast.person(last.text) is None


def _a_titled_name(head: Token) -> bool:
    """"Welsh legend Mervyn Davies", labelled ORG: a person's name after a title (``titled_name``)."""
    return head.ent_type_ == "ORG" and head.pos_ == "PROPN" and titled_name(entity_of(head))


def _named_person(doc: Doc, tokens: list[Token], mention: Span, role: str | None, cast: Cast) -> Speaker:
    """A named person: the canonical name is the fullest name with the same surname."""
    name_tokens = (
        head_person(tokens) or [t for t in mention_name(tokens) if t.pos_ == "PROPN"]
        or [t for t in tokens if t.pos_ == "NOUN" and t.is_title]  # the tagger's noun "Moyes"
    )
    words = name_words(name_tokens) or name_words([t for t in tokens if t.pos_ != "DET"])  # "Mr King": a surname, not a title
    if not words:
        return Speaker(name=" ".join(t.text for t in tokens), type="person", role=role, mention=mention)
    # The full name first: a namesake is kept under it ("Malgorzata Kujda" beside "Jarek Kujda").
    known = cast.person(" ".join(words)) or (by_given_name(words[0], cast) if len(words) == 1 else None)
    if known is not None and namesake(words, known.name.split()):
        known = None  # "Mike Bryan" is not the article's Bob Bryan
    if (known is None or known.name == " ".join(words)) and len(words) == 2 and words[0].lower() in ROYAL_TITLES:
        # "Prince Saud" after "Foreign Minister Prince Saud Al-Faisal": the royal named in full
        # with that title; never another of that given name ("Prince Charles", not Charles Kennedy).
        royal = by_given_name(words[1], cast)
        known = royal if royal is not None and f"{words[0]} {royal.name}" in text_of(doc) else known
    if known is None and len(words) == 1 and (given := given_name_before(doc, words[0], cast)) is not None:
        # "Dent said" after "a win over Taylor Dent", which the recognizer took for a body. Not
        # added to the cast: a role rule would take them for the last person named ("Mr Cable
        # said… The chancellor insisted…").
        known = Person(name=f"{given} {words[0]}")
    titled = honorific(tokens[0].text)
    alone = known is None or (known.gender is None and known.name == " ".join(words))  # never given a first name
    if cast.mostly_org(" ".join(words)) and not titled and alone:
        # "Novartis said": the recognizer's PERSON here, but more often its ORG, and never a he or she.
        return Speaker(name=cast.body_name(" ".join(words)), type="organisation", role=role, mention=mention)
    if known is not None and role and not known.role:
        known.role = role
    name = known.name if known is not None else " ".join(words)
    return Speaker(name=name, type="person", role=role or (known.role if known else None), mention=mention)


def _named_bodies(head: Token, mention: Span) -> DocSpan:
    """The organisation ``head`` names, with what the recognizer split off it inside the
    mention ("the Finance and Economy Ministry", "the Organisation for Economic Co-operation
    and Development") and the names joined to it by "and" in a mention ``groups`` does not split
    into speakers ("Marks and Spencer"); one it splits ("TCI and Atticus have opposed") comes here
    member by member, each mention its own words."""
    ent = entity_of(head)
    doc, start, end = head.doc, ent.start, ent.end

    def body(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].ent_type_ in ORG_LABELS and mention.start <= doc[i].idx < mention.end

    def joined(i: int) -> bool:  # a body after "and", not a modifier: "Nokia and Canada-based … Sierra Wireless"
        if not body(i):
            return False
        after = entity_of(doc[i]).end
        return not (after < len(doc) and doc[after].text == "-")

    while True:
        if body(end):
            end += 1
        elif end < len(doc) and doc[end].lower_ in ("and", "&") and joined(end + 1):
            end += 2
        elif body(start - 1):
            start -= 1
        elif start > 1 and doc[start - 1].lower_ in ("and", "&") and body(start - 2):
            start -= 2
        else:
            return doc[start:end]
