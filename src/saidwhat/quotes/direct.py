"""Direct speech: quotations attached to a cue, headline colons ("McCain: …") and a name after a dash ("- Philip Bump: “…”")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..marks import Quotation, paragraphs
from ..model import Span
from ..nlp import span_between, text_of
from ..resources import lexicon, table
from .bounds import clause_span
from .cues import a_person, with_auxiliaries
from .headlines import title_case
from .mentions import mention_span, name_with_appositive, transcript_name
from .mixed import cut_after_quote
from .records import Cue, Found, QuoteIndex
from .reported import clause_of
from .reporting import can_speak
from .spans import inside, trim_punct
from .subjects import according_source, cue_verb, subject_of

# Headline labels that introduce no one: "Update: …", "Watch: …", "Editor's note: …".
LABELS = {
    "update", "updated", "note", "editor", "related", "watch", "video", "photos", "photo", "read", "more",
    "listen", "warning", "breaking", "exclusive", "analysis", "opinion", "correction", "clarification",
    "advertisement", "live", "review", "interview", "explainer", "factbox", "timeline", "q", "a",
}
# Entities that are no name when a word in them is not a proper noun: "next May", "last week".
NOT_NAMES = ("DATE", "TIME", "CARDINAL")
# Nouns of what someone says, whose owner speaks the quotation after "was:" (_owner_of_words).
WORDS_OF = {"message", "advice", "answer", "reply", "response", "verdict", "warning", "plea", "appeal", "words", "reaction"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def direct(doc: Doc, cue: Cue, quotations: list[Quotation], index: QuoteIndex) -> Found:
    """A statement made of the quotations attached to ``cue``.

    With no punctuation between cue and quotation and a lower-case start, the
    quotation is a fragment inside the reporter's sentence: mixed speech
    ("he said “nothing should be excluded” to support Ukraine").
    """
    text = text_of(doc)
    first = quotations[0]
    between = text[cue.span.end : first.start]
    fragment = first.start > cue.span.end and not between.strip() and first.pieces[0].text[:1].islower()
    clause = clause_of(doc, doc[cue.token], index) if fragment else None
    around = clause_span(doc, clause) if clause is not None else None
    if around is not None and around.start <= first.start < around.end:
        # "says “the wind is at our backs” despite his loss": the quoted words and the rest of the clause.
        content = (cut_after_quote(doc, around, quotations[-1]),)
    elif fragment:
        content = tuple(Span.of(text, q.start, q.end) for q in quotations)
    else:
        content = tuple(_drop_split_comma(p) for q in quotations for p in q.pieces)
    source = according_source(doc, cue) or _outside_quotations(doc[cue.token], index)
    interrupted = _interrupted(doc, cue, first) if not fragment else None
    if interrupted is not None:
        lead, source = interrupted
        content = (lead, *content)
    mention = mention_span(doc, source)
    if source is None and first.end <= cue.span.start:
        # The parser lost the subject of a cue after the quotation: a name before or after the cue.
        source, mention = _name_between(doc, quotations[-1].end, cue)
        if source is None:
            source, mention = _name_after(doc, doc[cue.token])
    return Found(
        kind="mixed" if fragment or interrupted is not None else "direct",
        content=content,
        cue=cue.span,
        cue_token=cue.token,
        source_token=source.i if source is not None else None,
        mention=mention,
        confidence=0.9 if source is not None else 0.6,
    )


def _interrupted(doc: Doc, cue: Cue, first: Quotation) -> tuple[Span, Token] | None:
    """"Clinton, a top aide said, “is very confident in the contrast”": a sentence broken
    by its cue, the quotation going on lower-case. The words before the last comma ahead
    of the cue open what was said; the phrase between that comma and the cue says it."""
    verb = doc[cue.token]
    if not first.pieces[0].text[:1].islower() or text_of(doc)[cue.span.end : first.start].strip() != ",":
        return None
    sentence = verb.sent
    comma = text_of(doc).rfind(",", sentence.start_char, cue.span.start)
    lead = trim_punct(text_of(doc), sentence.start_char, comma) if comma > sentence.start_char else None
    speaker = doc.char_span(comma + 1, cue.span.start, alignment_mode="contract") if lead is not None else None
    if speaker is None or not 0 < len(speaker) <= 8 or any(ch in lead.text for ch in "“”\""):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in speaker):
        return None  # "a woman asked for a photo and Clinton said, “…”": not a name between commas
    words = doc.char_span(lead.start, lead.end, alignment_mode="expand") or ()
    if any(cue_verb(t) for t in words):
        return None  # "He said it was fine, Smith said, “and…”": the words before are a report of their own
    return _own_subject_in_phrase(doc, verb, lead, speaker)


def _own_subject_in_phrase(doc: Doc, verb: Token, lead: Span, phrase: SpacySpan) -> tuple[Span, Token]:
    """The lead and who speaks in the phrase before an interrupting cue: its head ("Clinton, a top
    aide said, “…”"), or the cue's own subject inside it after other words: "She retired in 1963,
    an “instant decision” she said, “largely because of a leg injury”" (the parser made "said" a
    relative clause of "decision"): she speaks, and the words before her go with the lead."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and phrase.start < c.left_edge.i and c.right_edge.i < phrase.end), None)
    if subject is None or subject.i == phrase.root.i:
        return lead, phrase.root
    return trim_punct(text_of(doc), lead.start, subject.left_edge.idx), subject


def _outside_quotations(verb: Token, index: QuoteIndex) -> Token | None:
    """The cue's subject, never a word inside a quotation: in '“Safety,” said Grimm' or
    'telling the crowd, “Some people get carried away”' the parser may take one for the
    subject. A participle then has the subject of the verb it hangs on."""
    source = subject_of(verb)
    if source is None or index.at(source.idx) is None:
        return source
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG" and verb.head is not verb:
        source = subject_of(verb.head)
        return source if source is not None and index.at(source.idx) is None else None
    return None


def _name_between(doc: Doc, end: int, cue: Cue) -> tuple[Token | None, Span | None]:
    """'“…,” screenwriter Cole Haddon wrote': when the tagger took a title for a verb and the
    parser lost the subject, the words between the quotation and the cue, ending in a name."""
    named = name_with_appositive(doc, end, cue.span.start)
    if named is not None:
        return named
    between = doc.char_span(end, cue.span.start, alignment_mode="contract")
    words = [t for t in between or () if not t.is_punct and not t.is_space]
    if not 1 <= len(words) <= 6 or words[-1].pos_ != "PROPN" or any(t.pos_ in ("AUX", "PRON", "ADP") for t in words):
        return None, None
    if _a_date(words):
        return None, None
    return words[-1], span_between(words[0], words[-1])


def _name_after(doc: Doc, verb: Token) -> tuple[Token | None, Span | None]:
    """"“…,” said David Brock, a Clinton confidant…" when the parser lost the subject (it
    made "Brock" the subject of a verb further on): the run of name words right after the
    cue, ended by a comma or anything that is not a name word."""
    run = []
    for token in doc[verb.i + 1 : verb.i + 9]:
        if token.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or (token.text == "." and run and run[-1].pos_ == "PROPN"):
            run.append(token)
        else:
            break
    names = [t for t in run if t.pos_ in ("PROPN", "NOUN")]
    if not names or not any(t.pos_ == "PROPN" or t.ent_type_ for t in names) or _a_date(run) or _a_weekday(doc, names):
        return None, None
    head = names[-1]
    end = _appositive_end(doc, head)
    return head, span_between(run[0], end)


def _a_date(words: list[Token]) -> bool:
    """"is widely expected next May": name words guessed after a cue that hold a date, time or
    number phrase. Only with a word that is no proper noun ("next", "last", "5"): a lone
    "Friday" may be a name (``_a_weekday`` tells), and a subject the
    parser found stays what it is ("The 64-year-old", "Two of the men": DATE and CARDINAL)."""
    return any(t.ent_type_ in NOT_NAMES and t.pos_ != "PROPN" for t in words)


def _a_weekday(doc: Doc, names: list[Token]) -> bool:
    """"“…,” said Monday" with the subject lost: a lone day's name after a cue dates the saying.
    It is a surname ('"…," said Friday.', the coach Mike Friday) only where the article
    writes it after a given name too ("Easter Monday", "Black Friday" are no given names); a
    time is the far more common reading."""
    if len(names) != 1 or names[0].lower_ not in WEEKDAYS:
        return False
    given = table("first_names.txt")
    return not any(t.lower_ == names[0].lower_ and t.i > 0 and doc[t.i - 1].lower_ in given for t in doc)


def _appositive_end(doc: Doc, head: Token) -> Token:
    """The last word of ", a Clinton confidant who heads …" after a name, as annotators mark
    a source; the name itself when no appositive follows."""
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != "," or doc[head.i + 2].pos_ not in ("DET", "NOUN", "ADJ", "PROPN"):
        return head
    for token in doc[head.i + 2 : head.i + 30]:
        if (token.is_punct and token.text in (",", ".", ";", ":", "!", "?")) or token.is_sent_start:
            return doc[token.i - 1] if token.i - 1 > head.i + 1 else head
    return head


def _drop_split_comma(piece: Span) -> Span:
    """"We will win," she said -> "We will win": the comma belongs to the attribution."""
    if piece.text.endswith(",") and len(piece.text) > 1:
        return Span(start=piece.start, end=piece.end - 1, text=piece.text[:-1])
    return piece


def _title_name(head) -> bool:
    """"Gingrich: Trump must decide…", "Sanders: Brexit's message could…", "Poll: Trump and
    Clinton hold narrow leads": in a headline the recognizer misses names (and tags a first
    word a noun); a head of one to three capitalised nouns is a source. Not a label
    ("Update:", "Watch:", "Editor's note:")."""
    words = [t for t in head if not t.is_space]
    return (
        1 <= len(words) <= 3
        and all(t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and not t.is_upper for t in words)
        and not any(t.lower_ in LABELS for t in words)
    )


MIN_TITLE_CLAIM = 5  # words after a headline colon, in title case, that make a claim, not a label

# A speaker's label in a transcript: one or two words in capitals and a colon ("BOLDUAN:").
TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?:")


def headline_claims(doc: Doc, index: QuoteIndex, cues: list[Cue]) -> list[Found]:
    """"John McCain: Republican populist anger appeals to ‘bad angels’".

    A line that opens with a short name (a person or organisation, no verb)
    and a colon reports what the named source said: the headline convention, and a
    transcript's ("BOLDUAN: …" where two or more lines open with such a label).
    """
    found = []
    lines = paragraphs(text_of(doc))
    transcript = sum(1 for start, end in lines if TRANSCRIPT_LABEL.match(text_of(doc), start, end)) >= 2
    for start, end in lines:
        colon = text_of(doc).find(":", start, min(end, start + 60))
        head = doc.char_span(start, colon, alignment_mode="contract") if colon > start else None
        if head is None or not 0 < len(head) <= 6 or any(start <= c.span.start < colon for c in cues):
            continue
        named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in head) or transcript_name(list(head)) or _title_name(head)
        # "BENENSON: Senator Sanders doesn't get to decide…": in a transcript, a surname in capitals.
        named = named or (transcript and TRANSCRIPT_LABEL.match(text_of(doc), start, colon + 1) is not None and head.text.lower() not in LABELS)
        if head.text.isupper() and all(t.ent_type_ == "GPE" for t in head):
            named = False  # "WASHINGTON: …" is a dateline, not a source
        if not named or any(t.pos_ in ("VERB", "AUX", "NUM") for t in head) or index.at(start) is not None:
            continue
        content = trim_punct(text_of(doc), colon + 1, end)
        if content is None or len(content.text.split()) < 3:
            continue
        quoted = [q for q in index.quotations if inside(q, [content])]
        whole = len(quoted) == 1 and quoted[0].start <= content.start and quoted[0].end >= content.end - 1
        words = doc.char_span(content.start, content.end, alignment_mode="expand")
        # In a title-case headline the tagger sees no verbs: a claim of five words or more
        # ("Poll: Bernie Sanders Burns Hillary Clinton With First-Ever Lead") is taken as one.
        titled = words is not None and title_case(words) and len(words) >= MIN_TITLE_CLAIM
        if not whole and not quoted and not titled and not any(t.pos_ in ("VERB", "AUX") for t in words or ()):
            # "Arthur Hailey: King of the bestsellers" labels, it reports nothing; a quotation
            # in it is someone's words ("De Blasio: Trust Bratton, not ‘blowhard’ Trump").
            continue
        found.append(Found(
            kind="direct" if whole else "mixed" if quoted else "indirect",
            content=quoted[0].pieces if whole else (content,),
            cue=Span.of(text_of(doc), colon, colon + 1),
            source_token=head.root.i,
            mention=Span.of(text_of(doc), head.start_char, head.end_char),
            confidence=0.5,
        ))
    return found


# A quotation after a dash and a name with a colon, mid-line, in newsletter style:
# "… for Republican contests - Philip Bump: “Two weeks ago…”", "- More from Jones: “…”".
DASH_NAME = re.compile(r"\s[-–—]+\s*(?:More from\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}):\s*$")


def dash_quotes(doc: Doc, index: QuoteIndex, claimed: set[int]) -> list[Found]:
    """Quotations introduced by a dash, a name and a colon, with no reporting verb."""
    found = []
    for q in (q for q in index.quotations if q.start not in claimed):
        line_start = text_of(doc).rfind("\n", 0, q.start) + 1
        match = DASH_NAME.search(text_of(doc), line_start, q.start)
        name = doc.char_span(*match.span("name"), alignment_mode="contract") if match else None
        if name is None or not any(t.pos_ == "PROPN" or t.ent_type_ for t in name):
            continue
        found.append(Found(
            kind="direct",
            content=tuple(q.pieces),
            cue=Span.of(text_of(doc), match.end("name"), match.end("name") + 1),
            source_token=name.root.i,
            mention=Span.of(text_of(doc), name.start_char, name.end_char),
            confidence=0.5,
        ))
    return found


QUOTING = {"quote", "cite", "read"}  # someone else's words, or a text's (the sign "read": cues.WRITINGS)


def colon_quotes(doc: Doc, index: QuoteIndex, claimed: set[int]) -> list[Found]:
    """Quotations after a colon that ends someone's clause with no reporting verb: 'Trump
    boomed: “Let's defeat her in November.”', 'Kasich resisted: “Ohio governors do not…”',
    'She addressed the supporters again: “…”'. The clause's verb, with its words up to the
    colon, is the cue (as PolNeAR marks it); its subject, a person or a body, the source."""
    found = []
    for q in (q for q in index.quotations if q.start not in claimed):
        end = q.start
        while end > 0 and text_of(doc)[end - 1].isspace():
            end -= 1
        colon = doc.char_span(end - 1, end) if end > 0 and text_of(doc)[end - 1] == ":" else None
        if colon is None or index.at(colon.start_char) is not None:
            continue
        verb = _clause_before(doc, colon.start, index)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        owner = _owner_of_words(verb, subject)
        subject = owner or subject
        if subject is None or not (owner or _speaker(subject)) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.lemma_.lower() in QUOTING or not verb.left_edge.i < colon.start <= verb.right_edge.i + 1:
            continue  # "Frank quotes Alfred Kahn:" (Kahn's words); a colon outside the verb's clause
        first = with_auxiliaries(verb)
        found.append(Found(
            kind="direct",
            content=tuple(q.pieces),
            cue=span_between(first, doc[colon.start - 1]),
            cue_token=verb.i,
            source_token=subject.i,
            mention=mention_span(doc, subject),
            confidence=0.6,
        ))
    return found


def _owner_of_words(verb: Token, subject: Token | None) -> Token | None:
    """The "His" of 'His message to the chancellor was: “Please don't give it away…”': a
    noun of speech before "was" and a colon says whose words follow. Not 'The message
    was: “…”' (no one named) nor 'His car was: …' (no words)."""
    if subject is None or verb.lemma_.lower() != "be" or subject.lemma_.lower() not in WORDS_OF:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner if owner is not None and (owner.lower_ in ("his", "her", "their") or _speaker(owner)) else None


def _clause_before(doc: Doc, end: int, index: QuoteIndex) -> Token | None:
    """The last verb with a subject of its own in the words before token ``end``, back to
    the start of the sentence or of an earlier quotation (the parser often hangs the colon,
    and the clause before it, on the quotation's verb)."""
    for token in reversed(doc[max(0, end - 40) : end]):
        if token.text in (".", "!", "?", ";") or "\n" in token.text or index.at(token.idx) is not None:
            return None
        if _clause_head(token) and any(c.dep_ == "nsubj" for c in token.children):
            return token
    return None


def _clause_head(token: Token) -> bool:
    """A verb, or a copula heading its clause: 'Johansson was more restrained in his
    assessment: “I have to improve my serve…”' (not the "was" of "was told")."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass"))


def _speaker(token: Token) -> bool:
    """Someone who can speak, "the spokesman" too, but not "it" or "this"."""
    personal = token.pos_ != "PRON" or a_person(token)
    return (can_speak(token) and personal) or token.lemma_.lower() in lexicon("person_nouns.txt")
