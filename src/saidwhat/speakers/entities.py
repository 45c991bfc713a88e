"""The recognizer's entities, mended before the cast is made of them (``cast.cast_of``).

The small English model slips around names: it takes outlets for people or misses them
("Der Spiegel", "Q Magazine": ``outlets_labelled``), misses names ("Boss Graeme Souness felt…", "regulator AMF") or a given name in front
("Anders Holm" tagged "Holm", "Brian 'Head' Welch"), labels a speaking person ORG ("Julia
Eccleshare, chair of the judging panel, said"), splits a body at its "and" ("Marks and
Spencer") or labels only its part after it ("the Finance and Economy Ministry", "The
Qualifications and Curriculum Authority (QCA)"), or takes a body's name in apposition for a
person's ("the media watchdog, Reporters Without Borders": ``bodies_labelled``), misses a company's
name after its noun ("consultancy 4Cast"), takes a title into a body ("Labour MP Jean Corston")
or a sentence's first word into a name ("Broadcaster Chris Evans", "Bookmaker Ladbrokes":
``titles_unglued``), or a county after a town for a person ("Chatham, Kent"); a nationality
that modifies a noun ("Tory MPs") is no one a "they" can mean, nor is a plural of people it
labels a body ("MPs"); and it leaves out a surname after a given name ("Scott" of "Scott
Richter"). An acronym in brackets after a body's name is that body ("The World Health
Organisation (WHO)" then "the WHO": ``acronyms``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan
from spacy.util import filter_spans

from ..nlp import text_of
from ..resources import lexicon
from .acronyms import spelt_start
from .names import a_full_name, name_gender, people_plural


def unlabelled_names(doc: Doc) -> list[DocSpan]:
    """"Boss Graeme Souness felt…": a known given name and a capitalised word or two after it
    that the recognizer left unlabelled, as a PERSON entity; a later "Souness" it labels ORG is
    then him, and "he" can find him. Not inside a longer run of capitals ("St James Park")."""
    titles = lexicon("person_nouns.txt") | lexicon("honorifics.txt")
    found, i = [], 0
    while i < len(doc):
        if not _capital(doc[i]) or name_gender(doc[i].text) is None or (i > 0 and _capital(doc[i - 1]) and doc[i - 1].lower_ not in titles):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and _capital(doc[end]):
            end += 1
        if end - i >= 2 and not (end < len(doc) and _capital(doc[end])):
            found.append(DocSpan(doc, i, end, label="PERSON"))
        i = end
    return found + _unlabelled_acronyms(doc)


def _unlabelled_acronyms(doc: Doc) -> list[DocSpan]:
    """"French stock market regulator AMF has filed complaints…": an acronym the recognizer left
    unlabelled, after a noun of a body that modifies it, as an ORG entity; the "It believes…" after
    it is then that body, not the company it filed against."""
    nouns = lexicon("organisation_nouns.txt")
    return [
        DocSpan(doc, t.i, t.i + 1, label="ORG") for t in doc[1:]
        if not t.ent_type_ and t.pos_ == "PROPN" and t.is_upper and t.is_alpha and len(t) >= 2
        and doc[t.i - 1].lower_ in nouns and doc[t.i - 1].head == t and doc[t.i - 1].dep_ == "compound"
    ]


def bodies_labelled(doc: Doc) -> None:
    """Label ORG the bodies' names the recognizer missed or cut, so that a mention of one is the
    body: a company's name after a noun only a company is ("consultancy 4Cast") or with one in
    apposition ("Metrovias, the private firm which runs…"), a name in apposition to a body's
    noun ("the media watchdog, Reporters Without Borders"), a name cut at
    its "and" ("the Finance and Economy Ministry", of which it labels "Economy Ministry"), a name
    its acronym follows ("The Qualifications and Curriculum Authority (QCA)", of which it labels
    only "QCA"). Overlapping labels give way to the mended name."""
    found = _unlabelled_companies(doc) + _firms_in_apposition(doc) + _names_in_apposition(doc)
    spans = filter_spans(found + _cut_at_and(doc) + _spelled_out(doc))
    if spans:
        inside = {t.i for span in spans for t in span}
        doc.ents = [e for e in doc.ents if not any(t.i in inside for t in e)] + spans


def _unlabelled_companies(doc: Doc) -> list[DocSpan]:
    """"…," consultancy 4Cast said in a report.": a one-word name the recognizer left unlabelled
    (or took for a number, "7Sigma"), after a noun that only a company is (company_nouns.txt)
    modifying it: the speaker is 4Cast, a company, not the nameless "consultancy 4Cast". Only a
    word with a capital that opens no sentence and no longer name."""
    nouns = lexicon("company_nouns.txt")
    return [
        DocSpan(doc, t.i, t.i + 1, label="ORG") for t in doc[1:-1]
        if t.ent_type_ in ("", "CARDINAL") and any(c.isupper() for c in t.text) and any(c.isalpha() for c in t.text)
        and not t.is_sent_start and not doc[t.i + 1].is_title and not doc[t.i + 1].ent_type_
        and _modified_by(t, nouns)
    ]


def _firms_in_apposition(doc: Doc) -> list[DocSpan]:
    """"Metrovias, the private firm which runs the five tube lines, has offered… The firm promised…
    It said…": a one-word name the recognizer left unlabelled, with a company's noun in apposition
    (company_nouns.txt), is a company's; unlabelled, "The firm" and "It" had taken the bare noun
    "firm" for the speaker. Not "Smith, the firm's chairman": the apposition's noun is his."""
    nouns = lexicon("company_nouns.txt")
    return [
        DocSpan(doc, t.i, t.i + 1, label="ORG") for t in doc[:-1]
        if not t.ent_type_ and t.pos_ == "PROPN" and t.is_title and doc[t.i + 1].text == ","
        and not any(c.dep_ == "compound" for c in t.children)
        and any(c.dep_ == "appos" and c.lemma_.lower() in nouns and c.i > t.i for c in t.children)
    ]


# Lower-case words inside a body's name: "Reporters Without Borders", "Friends of the Earth".
NAME_FUNCTION_WORDS = {"of", "for", "without", "and", "the", "on", "in", "against", "&"}


def _names_in_apposition(doc: Doc) -> list[DocSpan]:
    """"…by the media watchdog, Reporters Without Borders.": capitalised words (function words
    inside) in apposition right after a body's noun (organisation_nouns.txt) are the body's name,
    whatever the recognizer labels them (here "Reporters" a plural noun, "Without Borders" a
    person); "the watchdog" is then that body. Not a person's name ("the firm, John Lewis"
    opens with a given name: either may be meant) nor a name the recognizer labels ORG already."""
    nouns = lexicon("organisation_nouns.txt") - lexicon("person_nouns.txt")  # not "the analyst, Tetsufumi Yamakawa"
    titles = lexicon("person_nouns.txt") | lexicon("honorifics.txt")
    spans = []
    for noun in doc[:-2]:
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in nouns or doc[noun.i + 1].text != ",":
            continue
        end = _name_run_end(doc, noun.i + 2)
        name = doc[noun.i + 2 : end]
        if not name or all(t.ent_type_ == "ORG" for t in name) or all(t.ent_type_ == "PERSON" for t in name):
            continue
        if any(name_gender(t.text) is not None or t.lower_.rstrip(".") in titles for t in name):
            continue  # a person's name or title in the run: "the regulator, Ofcom Chief Executive Stephen Carter"
        if any(t.dep_ == "appos" and t.head == noun for t in name):
            spans.append(DocSpan(doc, name.start, name.end, label="ORG"))
    return spans


def _name_run_end(doc: Doc, start: int) -> int:
    """Where a run of capitalised words from ``start`` ends, function words allowed between two."""
    end = start
    while end < len(doc) and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper):
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in NAME_FUNCTION_WORDS and doc[end + 1].is_title:
            end += 1
    return end


def _modified_by(token: Token, nouns: frozenset[str]) -> bool:
    """Whether the word before ``token`` is one of ``nouns``, lower-case, modifying it; not where
    ``token`` is a person's title ("the bank CEO said")."""
    before = token.doc[token.i - 1]
    if token.lower_ in ROLE_ACRONYMS or token.lower_ in lexicon("person_nouns.txt"):
        return False
    return before.lower_ in nouns and before.is_lower and before.head == token and before.dep_ == "compound"


# Titles written in capitals that person_nouns.txt may not hold: "the bank CEO said".
ROLE_ACRONYMS = {"ceo", "cfo", "coo", "cto", "md", "vp", "svp", "evp"}


def _cut_at_and(doc: Doc) -> list[DocSpan]:
    """"the Finance and Economy Ministry said", of which the recognizer labels "Economy Ministry"
    ORG: the unlabelled capitalised words before its "and" that the parser hangs on the name are
    the name's too; "the ministry" is then the Finance and Economy Ministry. Not a body joined
    by "and" to another ("Analysts and Ofcom said": "Analysts" hangs on the verb)."""
    spans = []
    for ent in doc.ents:
        start = ent.start - 2
        if ent.label_ != "ORG" or start < 0 or doc[ent.start - 1].lower_ not in ("and", "&"):
            continue
        while start >= 0 and _capital(doc[start]) and _hangs_on(doc[start], ent):
            start -= 1
        if start + 1 < ent.start - 1:
            spans.append(DocSpan(doc, start + 1, ent.end, label="ORG"))
    return spans


def _spelled_out(doc: Doc) -> list[DocSpan]:
    """"The Qualifications and Curriculum Authority (QCA) has told…", of which the recognizer
    labels only "QCA" (and the rest a work of art, or nothing): the words right before an
    acronym in brackets that spell it (``acronyms.spelt_start``) are the body's name."""
    spans = []
    for ent in doc.ents:
        short = ent.text
        if ent.label_ != "ORG" or len(ent) != 1 or not 0 < ent.start - 1 < ent.end < len(doc) or len(short) < 2:
            continue
        if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")" or not short[0].isupper():
            continue
        start = spelt_start(doc, ent.start - 1, short)
        if start is not None and any(t.ent_type_ != "ORG" for t in doc[start : ent.start - 1]):
            spans.append(DocSpan(doc, start, ent.start - 1, label="ORG"))  # one labelled ORG stays as it is
    return spans


def _hangs_on(token: Token, ent: DocSpan) -> bool:
    """Whether ``token`` modifies a word of ``ent``, directly or through the word after it."""
    head = token.head
    while token.i < head.i < ent.start and head.head.i != head.i:
        head = head.head
    return ent.start <= head.i < ent.end


def _capital(token: Token) -> bool:
    """An unlabelled proper noun written with a capital: a name's word the recognizer missed."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.is_title


def with_given_name(doc: Doc, ent) -> list[Token]:
    """The entity's tokens, with a given name the recognizer left out in front:
    "Anders Holm" tagged as just "Holm"; or the surname it left out after a given name
    (``_with_surname``)."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        before is not None and not before.ent_type_ and before.pos_ == "PROPN" and before.is_title
        and before.dep_ == "compound" and ent.start <= before.head.i < ent.end and name_gender(before.text) is not None
    ):
        return [before, *ent]
    return _nicknamed(doc, ent) or _with_surname(doc, ent) or list(ent)


def _with_surname(doc: Doc, ent) -> list[Token] | None:
    """"Scott Richter, the man behind OptInRealBig.com, said" tagged as just "Scott": a lone given
    name the parser hangs on the unlabelled proper noun after it takes it as the surname; else
    "Scott" and a "Steven Richter" later are two people, and "Mr Richter" is Steven. Not where
    more capitals follow ("Scott Richter Foundation")."""
    end = ent.end
    if len(ent) != 1 or end >= len(doc) or name_gender(ent[0].text) is None or ent[0].head.i != end:
        return None
    if not _capital(doc[end]) or (end + 1 < len(doc) and _capital(doc[end + 1])):
        return None
    return [ent[0], doc[end]]


def _nicknamed(doc: Doc, ent) -> list[Token] | None:
    """"Brian 'Head' Welch": the given name before a quoted nickname (the recognizer labels
    "Brian" and "Welch" apart); the canonical name leaves the nickname out."""
    close = ent.start - 1
    if close < 3 or not doc[close].is_quote or len(ent) != 1:
        return None
    opening = next((j for j in range(close - 1, max(close - 4, 0), -1) if doc[j].is_quote), None)
    given = doc[opening - 1] if opening else None
    if given is None or not given.is_title or name_gender(given.text) is None:
        return None
    return [given, *ent]


def speaking_name(ent) -> bool:
    """"Julia Eccleshare, chair of the judging panel, said", labelled ORG: a person's name
    with a role given or a reporting verb. Not the film "Vera Drake" in "the success of Vera Drake"."""
    root = ent.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon("reporting_verbs.txt")
    described = root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)
    return a_full_name(list(ent)) and (speaks or described)


def titled_name(ent: DocSpan) -> bool:
    """"Welsh legend Mervyn Davies", "Liverpool forward Milan Baros", labelled ORG: two or three
    proper nouns after a person's title written lower-case that modifies them ("legend",
    "forward", "coach") are a person's name, so a later "Baros" alone is him. Not "striker
    Baros" alone (one word may be a club's) nor "boss Rafa Benitez's plans" (already PERSON); not
    a prize's category ("the best supporting actress Academy Award") nor in a sentence with no verb,
    where the title is one misread ("Celtic host Dundee United on Saturday")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or not before.is_lower or before.lemma_ not in lexicon("person_nouns.txt"):
        return False
    if any(t.tag_ in ("JJS", "RBS") for t in before.subtree) or not any(t.pos_ in ("VERB", "AUX") for t in ent.sent):
        return False
    # The tagger may read the title as an adverb hung on the word before: "forward" of
    # "Liverpool forward Milan Baros".
    titled = before.head.i in range(ent.start, ent.end) or (before.pos_ == "ADV" and before.head.i < before.i)
    return titled and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent)


def joint_names(ents: list[DocSpan]) -> list[DocSpan]:
    """The entities, with a body's name the recognizer split at its "and" joined again ("Marks
    and Spencer", two ORG): one body, which "the retailer" means, not "Marks" (joint_names.txt)."""
    joined: list[DocSpan] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "ORG" and ent.start == last.end + 1:
            whole = ent.doc[last.start : ent.end]
            if whole.text.lower().removeprefix("the ").replace(" & ", " and ") in lexicon("joint_names.txt"):
                joined[-1] = DocSpan(ent.doc, whole.start, whole.end, label="ORG")
                continue
        joined.append(ent)
    return joined


def without_title(ent, common: set[str]):
    """The body an ORG entity names, without the person's title the recognizer took into it:
    "Labour" of "Labour MP Jean Corston"; none in "Party leader Charles Kennedy", a common
    noun (the article writes "the party") capitalised to open the sentence. A later "the
    party" or "the committee" is not "Labour MP" or "Party"."""
    nouns = lexicon("person_nouns.txt")
    first = ent[0]
    if len(ent) == 1 and first.is_sent_start and first.lower_ in common and first.dep_ == "compound" and first.head.lower_ in nouns:
        return None
    end = ent.end
    while end > ent.start and ent.doc[end - 1].lower_ in nouns:
        end -= 1
    return ent if end == ent.end else (DocSpan(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None)


def a_nationality(ent: DocSpan) -> bool:
    """"The two Japanese companies", "Tory MPs": a group's name (NORP) that modifies a noun
    says what the noun's people or bodies are; it is no one a later "they" can mean ("They
    said" there is the companies, never "Japanese"). "The Conservatives said" heads its phrase."""
    root = ent.root
    return ent.label_ == "NORP" and root.dep_ in ("amod", "compound", "nmod") and not ent.start <= root.head.i < ent.end


def place_of_place(ent) -> bool:
    """"in Chatham, Kent": a county or state set after a town is a place, whatever the label.
    Not "England forward Michael Owen", no comma between: a player the parser hung on his country."""
    root = ent.root
    comma = ent.start > 0 and ent.doc[ent.start - 1].text == ","
    return root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC") and len(ent) <= 2 and comma


def titles_unglued(doc: Doc) -> None:
    """"Broadcaster Chris Evans has begun…", "Sprinter Walker quits athletics": the recognizer
    takes a capitalised word for what someone does into the name where it opens a sentence or
    the headline; the name starts after it, so the word is a title ("Lawyer Louise Christian"
    is mended by her given name, ``names``; "Chris" is in no list), or a company's noun, the
    rest then a company ("Bookmaker Ladbrokes said", company_nouns.txt). Only a word of a title
    (person_nouns.txt, glued_titles.txt) or a company, never any noun ending like a doer's:
    "Homer", "Hunter", "Summer" and "Archer" are given names and common nouns both. No given name our list knows, and written
    nowhere else with a capital inside a sentence: "Taylor Dent"
    opening a sentence keeps "Taylor" where the article writes it again. A surname alone is
    left only where the article gives it another full name ("Dougie Walker")."""
    mended = [_unglued(ent) if ent.label_ == "PERSON" else ent for ent in doc.ents]
    if any(new is not old for new, old in zip(mended, doc.ents)):
        doc.ents = mended


def _unglued(ent: DocSpan) -> DocSpan:
    """``ent`` without a title glued on its front (``titles_unglued``)."""
    first, doc = ent[0], ent.doc
    opens = first.i == 0 or first.is_sent_start
    rest = ent[1:]
    if not opens or not rest or not all(t.pos_ == "PROPN" and t.is_title for t in rest) or not first.is_title:
        return ent
    word = first.lower_
    if name_gender(first.text) is not None or word in lexicon("honorifics.txt"):
        return ent
    company = word in lexicon("company_nouns.txt")
    if not company and word not in lexicon("person_nouns.txt") and word not in lexicon("glued_titles.txt"):
        return ent
    if any(t.text == first.text and not (t.i == 0 or t.is_sent_start) for t in doc if t.i != first.i):
        return ent  # written as a name inside a sentence too
    if company and not _a_person_s(rest):
        return DocSpan(doc, rest.start, rest.end, label="ORG")  # "Bookmaker Ladbrokes said": a company
    if company:
        return DocSpan(doc, rest.start, rest.end, label="PERSON")  # "Bookmaker Fred Done… Mr Done said"
    if len(rest) == 1 and not _named_otherwise(ent):
        return ent  # "Tyler Walker" alone: a surname left would take "Tyler" for his role
    return DocSpan(doc, rest.start, rest.end, label="PERSON")


def _a_person_s(name: DocSpan) -> bool:
    """Whether ``name`` is a person's, though a company's noun is glued on it: it opens with a given
    name, or the article writes its last word after an honorific ("Bookmaker Fred Done… Mr Done")."""
    if len(name) > 1 and name_gender(name[0].text) is not None:
        return True
    honorifics = lexicon("honorifics.txt")
    return any(t.text == name[-1].text and t.i > 0 and t.doc[t.i - 1].lower_.rstrip(".") in honorifics for t in name.doc)


def _named_otherwise(ent: DocSpan) -> bool:
    """Whether the article gives the surname of ``ent`` another full name: "Dougie Walker" for the
    headline's "Sprinter Walker"."""
    return any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == ent[-1].text and e[0].text != ent[0].text
        for e in ent.doc.ents
    )


# Articles that open a newspaper's name: "The Sun", "Der Spiegel", "Le Monde", "El Pais", "De Telegraaf".
ARTICLES = {"the", "der", "die", "das", "le", "la", "les", "el", "il", "de", "het"}


def outlets_labelled(doc: Doc) -> None:
    """Label ORG the newspapers and broadcasters the recognizer took for people or left out:
    "Der Spiegel" (PERSON), "Die Welt" and "the Observer" (no label), which would otherwise
    speak as a person "Welt" or "Observer" (``an_outlet``). Other labels are kept: "The Sun"
    labelled ORG stays as it is."""
    spans, i = [], 0
    while i < len(doc):
        end = i
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
            end += 1  # "the Observer", "the FT"
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
        run = doc[start:end]
        if end > i and an_outlet(run) and _missed(run):
            spans.append(DocSpan(doc, start, end, label="ORG"))
        i = max(end, i + 1)
    if spans:
        inside = {t.i for span in spans for t in span}
        kept = [e for e in doc.ents if not any(t.i in inside for t in e)]
        # "Wendy Ide of The Times", one PERSON: she stays, up to the outlet.
        cut = [_up_to(e, inside) for e in doc.ents if any(t.i in inside for t in e) and e[0].i not in inside]
        doc.ents = kept + [e for e in cut if e is not None] + spans


def _missed(run: DocSpan) -> bool:
    """Whether the recognizer missed this outlet: its words unlabelled or a person's, or a place
    before its last word, unlabelled ("the Hollywood Reporter", Hollywood labelled GPE), or only
    its last words labelled ORG ("Q Magazine", of which the recognizer took "Magazine")."""
    if all(t.ent_type_ in ("", "PERSON") for t in run):
        return True
    return (not run[-1].ent_type_ and all(t.ent_type_ in ("", "GPE", "NORP") for t in run)) or _labelled_in_part(run)


def _labelled_in_part(run: DocSpan) -> bool:
    """Whether the recognizer labelled ORG only the run's last words, one entity ending with it."""
    words = run[1:] if run[0].lower_ == "the" else run  # "the BBC World Service", all labelled, is no miss
    tail = [t for t in words if t.ent_type_]
    if words[0].ent_type_ or not tail or any(t.ent_type_ != "ORG" for t in tail) or tail[0].ent_iob_ != "B":
        return False
    doc = run.doc
    return run[-1].ent_iob_ != "O" and (run.end == len(doc) or doc[run.end].ent_iob_ != "I")


def _up_to(ent: DocSpan, taken: set[int]) -> DocSpan | None:
    """The part of ``ent`` before the first token in ``taken``, without a dangling "of" or comma."""
    end = next(t.i for t in ent if t.i in taken)
    while end > ent.start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")):
        end -= 1
    return DocSpan(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


# The last word of an outlet's name that says what it is: "Q Magazine", "Gulf News Newspaper".
OUTLET_NOUNS = {"magazine", "newspaper"}


def an_outlet(run: DocSpan) -> bool:
    """"Der Spiegel", "The Observer", "Daily Mail", "Herald Sun": only the words of outlets' names
    (media_names.txt) and articles, with one outlet's word at least and an article or two of them,
    or capitals ending with "Magazine" or "Newspaper" (``OUTLET_NOUNS``: "Q Magazine"), or "the" and capitals ending with such a
    word ("the Hollywood Reporter"). Not a person's name with such a word: "Ben Post", "Sun Yang"."""
    words = [t.lower_ for t in run]
    if len(words) >= 2 and words[-1] in OUTLET_NOUNS and run[-1].is_title:
        return True  # "Q Magazine said:": a name that says it is a magazine
    if len(words) >= 3 and words[0] == "the" and words[-1] in lexicon("media_names.txt") and all(t.is_title for t in run[1:]):
        return True  # "according to the Hollywood Reporter", unlabelled
    media = sum(w in lexicon("media_names.txt") for w in words)
    others = [w for w in words if w not in lexicon("media_names.txt")]
    return media >= 1 and all(w in ARTICLES for w in others) and (media >= 2 or words[0] in ARTICLES)


def a_place_elsewhere(ent: DocSpan) -> bool:
    """A lone word the recognizer labels a person here and a country or city elsewhere in the
    article ("Lesotho's currency… in Lesotho"): a place, unless the article gives it as someone's
    surname after a given name ("Eddie Jordan… Jordan said", "Greg Rusedski"). Not a given name
    itself, nor a label in the headline only."""
    if len(ent) != 1 or name_gender(ent.text) is not None:
        return False  # "Sir Elton" is a man, whatever the headline "Elton plays Paris" says
    text, doc = ent.text, ent.doc
    named = doc.ents
    headline = text_of(doc).find("\n")  # a headline's labels slip: "Wipro beats forecasts" is no place
    labels = {e.label_ for e in named if e.text == text and e.start_char > headline}
    if "GPE" not in labels or "ORG" in labels:  # "Wipro" labelled ORG too is a firm (``bodies``)
        return False
    surname = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == text for e in named) or any(
        t.text == text and t.i > 0 and name_gender(doc[t.i - 1].text) is not None for t in doc  # "Greg Rusedski 4-6"
    )
    return not surname


def a_firm_like_a_people_s(ent: DocSpan, at: dict[str, list[int]]) -> bool:
    """"Munich Re" (labelled a person) beside "Swiss Re": a name ending in the word that, in the
    same article, follows a people's word the recognizer labels nothing more is a company of that
    family ("Hanover Re" too); a person's name opens with a given name ("Maria Re"). ``at``: where
    each word stands in the article (the cast's ``Words.at``)."""
    if ent.label_ != "PERSON" or len(ent) != 2 or name_gender(ent[0].text) is not None:
        return False
    doc = ent.doc
    return any(
        not doc[i].ent_type_ and i > 0 and doc[i - 1].ent_type_ == "NORP" and doc[i - 1].is_title
        for i in at.get(ent[-1].text, ()) if i != ent.end - 1
    )


def people_unlabelled(doc: Doc) -> None:
    """Drop the recognizer's label from a name headed by a plural of people ("MPs", "Labour MPs",
    often ORG): a group of people, no body a later "they" or "the committee" can mean (the
    committee of "…, the environment select committee said. The MPs said…" is the committee)."""
    kept = [ent for ent in doc.ents if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL") or not people_plural(ent.root)]
    if len(kept) != len(doc.ents):
        doc.ents = kept
