"""The spaCy helpers of nlp.py: paragraph breaks before the parser, and a Doc's text joined once."""

from __future__ import annotations

from saidwhat.nlp import text_of


def test_a_line_break_starts_a_sentence(nlp):
    doc = nlp("Clinics face closure\nThree clinics will close, officials said.")
    assert [s.text.strip() for s in doc.sents] == ["Clinics face closure", "Three clinics will close, officials said."]


def test_text_of_is_the_docs_text_joined_once(nlp):
    doc = nlp("Clinics face closure\nThree clinics will close, officials said.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert text_of(doc) == doc.text  # the tokens change, never the text
    other = nlp("Three clinics will close.")
    other.user_data.update(doc.user_data)  # a text kept for another Doc is not taken for this one's
    assert text_of(other) == "Three clinics will close."


def test_a_sentence_cap_keeps_a_closing_quotation_mark_with_its_sentence(nlp):
    from saidwhat.nlp import MAX_SENTENCE_TOKENS, paragraph_breaks

    # One paragraph longer than the cap, of quotations that close after their full stop.
    doc = nlp.make_doc(" ".join('"We will win the match on Saturday." He said it again and again, to anyone there.' for _ in range(20)))
    starts = [t for t in paragraph_breaks(doc) if t.i and t.is_sent_start]
    assert starts and len(doc) > MAX_SENTENCE_TOKENS
    assert all(t.text in ('"', "He") and doc[t.i - 1].text in (".", '"') for t in starts)
    assert not any(t.text == '"' and not doc[t.i - 1].whitespace_ for t in starts)  # never the closing mark


def test_no_sentence_starts_right_after_a_word(nlp):
    # The parser broke this one before "The Aviator" (second blind recall audit, G0).
    text = "According to pundits, the film has overtaken previous favourite The Aviator, with Eastwood also tipped to take the best director award."
    assert [s.text for s in nlp(text).sents] == [text]
    doc = nlp("MPs issued with Blackberry threat\n\nMPs will be thrown out of the Commons if they use Blackberries in the chamber Speaker Michael Martin has ruled.")
    assert [s.text.strip() for s in doc.sents][-1].startswith("MPs will be thrown out")
    # After a full stop a sentence may still start.
    assert [s.text for s in nlp("Prices rose. Sales fell.").sents] == ["Prices rose.", "Sales fell."]


def test_a_name_with_a_typographic_apostrophe_is_tagged_as_with_a_straight_one(nlp):
    # "O’Neill" was tagged ADV, so the speaker of "said Ann O’Neill on Monday" was mentioned as "Ann".
    curly, straight = nlp("“We will win,” said Ann O’Neill on Monday."), nlp("“We will win,” said Ann O'Neill on Monday.")
    assert [(t.pos_, t.dep_, t.head.i) for t in curly] == [(t.pos_, t.dep_, t.head.i) for t in straight]
    assert [(e.text, e.label_) for e in curly.ents] == [("Ann O’Neill", "PERSON"), ("Monday", "DATE")]
    assert curly[8].text == "O’Neill" and curly.text == "“We will win,” said Ann O’Neill on Monday."  # the text as written


def test_a_speaker_with_a_typographic_apostrophe_is_mentioned_whole():
    from saidwhat import Article, extract

    text = "“We will win,” said Ann O’Neill on Monday.\n\n“We will win,” Ann O’Neill said."
    statements = extract(Article(id="a", text=text)).statements
    assert [(s.speaker.name, s.speaker.mention.text) for s in statements] == [("Ann O’Neill", "Ann O’Neill")] * 2
