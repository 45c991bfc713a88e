"""The quote stage's composer (``saidwhat.quotes``): helpers below the end-to-end cases of test_pipeline.py."""

from types import SimpleNamespace

import pytest

from saidwhat.model import Span
from saidwhat.quotes import _content_holders


def statement(cue_at, *pieces):
    return SimpleNamespace(cue=Span(start=cue_at, end=cue_at + 4, text="said"), content=tuple(Span(start=a, end=b, text="") for a, b in pieces))


def test_content_holders_are_the_statements_whose_content_holds_the_cue():
    wide = statement(0, (5, 500))  # a long early piece: later lookups must still walk back to it
    a = statement(20, (30, 60), (70, 90))
    b = statement(75, (80, 85))  # its cue inside a's second piece and inside wide's
    c = statement(600, (610, 620))  # its cue in no one's content
    d = statement(60, (100, 110))  # a piece ends where d's cue starts: not around it
    holders = _content_holders([wide, a, b, c, d])
    assert holders(b) == [wide, a]
    assert holders(a) == [wide]
    assert holders(c) == []
    assert holders(d) == [wide]
    assert holders(wide) == []


# Defects from the blind recall audit of BBC news (docs/evaluation.md, "Statements on real news").


def test_a_subject_the_parser_ran_into_the_reported_clause_starts_the_next_statement(statements_of):
    text = (
        "US Customs claimed Mr Griffiths was one of DOD's leaders but his lawyer, Antony Townsden, "
        "told the BBC News website it was a laughable suggestion."
    )
    assert [(s.text, s.speaker.name, s.cue.text) for s in statements_of(text)] == [
        ("Mr Griffiths was one of DOD's leaders", "US Customs", "claimed"),
        ("it was a laughable suggestion", "Antony Townsden", "told"),
    ]


def test_a_clause_joined_after_a_parenthetical_cue_is_the_reporters(statements_of):
    text = "Final approval in Canada should now be little more than a formality, analysts said, and the company expects full approval early in 2005."
    [s] = statements_of(text)
    assert [p.text for p in s.content] == ["Final approval in Canada should now be little more than a formality"]
    # Before the verb it reports, the parenthetical covers all of the clause.
    [s] = statements_of("The plan, he said, is doomed and the money will be lost.")
    assert [p.text for p in s.content] == ["The plan", "is doomed and the money will be lost"]


def test_a_parenthetical_cue_before_another_report_takes_only_what_comes_before_it(statements_of):
    text = (
        "But although there was no evidence of criminal activity, the bank said, the Secret Service - a federal "
        "agency whose brief includes investigations of serious financial crime - is said to be looking into the loss."
    )
    [s] = [s for s in statements_of(text) if s.cue.text == "said" and s.speaker.name == "bank"]
    assert [p.text for p in s.content] == ["But although there was no evidence of criminal activity"]
    # The report's subject before the cue: it is what the survey said, all of it.
    [s] = statements_of("One in three women, the survey said, thought they would lose touch with people altogether.")
    assert [p.text for p in s.content] == ["One in three women", "thought they would lose touch with people altogether"]


def test_a_clause_joined_to_reported_speech_may_be_the_reporters_or_another_report(statements_of):
    text = (
        "However, Aguas Argentinas told the Argentine newspaper Clarin it would not accept any change to its legal "
        "structure and, in practice, this rules out State participation on its board."
    )
    [s] = statements_of(text)
    assert s.text == "it would not accept any change to its legal structure"
    # Both in the present, or a second "that" clause, or quoted words: the speaker's, as written.
    [s] = statements_of("He said the plan is dead and the money has gone.")
    assert s.text == "the plan is dead and the money has gone"
    [s] = statements_of('Rod Stewart said he was "astounded" he had never won a Grammy - but "they tend not to give it to the British".')
    assert s.text.endswith("but they tend not to give it to the British")
    # A clause joined with a cue and a subject of its own is another statement.
    statements = statements_of("China's economy grew by 9.5% in 2004 and experts say the overall growth picture remains strong, the figures showed.")
    assert [(s.text, s.cue.text) for s in statements] == [
        ("China's economy grew by 9.5% in 2004", "showed"), ("the overall growth picture remains strong", "say"),
    ]


def test_went_on_after_what_was_said_is_a_cue(statements_of):
    text = (
        "New Labour had failed on school discipline because it had not implemented serious reforms, "
        "and which would give parents choice, Mr Letwin went on."
    )
    [s] = statements_of(text)
    assert (s.cue.text, s.speaker.name, s.text) == (
        "went on", "Letwin", "New Labour had failed on school discipline because it had not implemented serious reforms, and which would give parents choice"
    )
    assert statements_of("The lights went on. He went on holiday. She went on to win the race.") == []


def test_went_on_set_off_inside_what_was_said_is_a_cue(statements_of):
    # A known gap of the first recall audit: "…, he went on, …" splitting a quotation gave its
    # first piece to the "said" before it and lost the second.
    text = 'Smith spoke first. "We will not give up," he said. "The fight goes on," he went on, "and we will win."'
    statements = statements_of(text)
    assert [(s.cue.text, s.speaker.name, s.text) for s in statements] == [
        ("said", "Smith", "We will not give up"), ("went on", "Smith", "The fight goes on and we will win."),
    ]
    assert statements_of("The lights went on, and the show began. The match went on, and it got worse.") == []


def test_a_sentence_case_headline_ending_in_says_and_a_name(statements_of):
    text = "More reforms ahead says Milburn\n\nLabour will continue to pursue controversial reforms if it wins a third term, Alan Milburn has said.\n"
    headline = statements_of(text)[0]
    assert (headline.text, headline.cue.text, headline.speaker.name) == ("More reforms ahead", "says", "Alan Milburn")
    # What a champion claims is won, not said.
    assert statements_of("Dogged Federer claims Dubai crown\n\nRoger Federer beat Ivan Ljubicic in the final.\n") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Rates rise warns Bank of England\n\nInterest rates are set to rise, the Bank of England has warned.\n", "warns",
         ("Bank of England", "organisation")),
        ("Jobs at risk warns Confederation of British Industry\n\nThousands of jobs are at risk, the CBI said.\n", "warns",
         ("Confederation of British Industry", "organisation")),
        # A title before "of" is the speaker's description, kept whole.
        ("Debt relief needed says head of IMF\n\nPoor countries need debt relief.\n", "says",
         ("head of IMF", "anonymous")),
    ],
    ids=["bank-of", "three-words-of", "head-of"],
)
def test_a_headline_ending_in_says_and_a_name_with_of(statements_of, text, cue, speaker):
    headline = statements_of(text)[0]
    assert (headline.cue.text, headline.speaker.name, headline.speaker.type) == (cue, *speaker)
    assert headline.text == text[: headline.cue.start].strip()


def test_a_name_before_a_headline_s_cue_is_its_subject_not_a_claim(statements_of):
    # "Tony Blair warns Bank of England": Blair warns the Bank; nothing is said by the Bank.
    text = "Tony Blair warns Bank of England\n\nTony Blair has warned the Bank of England not to raise rates.\n"
    assert [(s.cue.text, s.speaker.name) for s in statements_of(text)] == [("has warned", "Tony Blair")]


def test_a_speaker_s_words_end_before_a_paragraph_break(statements_of):
    # The parser hangs the next paragraph's break on "minister"; the speaker is "minister".
    text = "CSA 'could close', says minister\n\nThe agency may be scrapped.\n"
    assert [(s.cue.text, s.speaker.name) for s in statements_of(text)] == [("says", "minister")]


def test_scene_setting_naming_and_acting_by_a_code_are_not_statements(statements_of):
    text = (
        'Announcing the plans, Mr Redwood said: "Mr Blair has forgotten the interests of taxpayers." '
        "They called themselves Drink Or Die. Warez groups operate according to a strict code of honour."
    )
    assert [(s.cue.text, s.text) for s in statements_of(text)] == [("said", "Mr Blair has forgotten the interests of taxpayers.")]
    # A participle whose object says something is a statement; so is a quoted label of oneself.
    statements = statements_of("Announcing a ban on imports of beef, the minister said the move was overdue.")
    assert [s.text for s in statements] == ["a ban on imports of beef", "the move was overdue"]
    [s] = statements_of('Trump called himself a "very stable genius" on Saturday.')
    assert s.cue.text == "called"


def test_a_name_given_and_a_belief_held_by_no_one_are_not_statements(statements_of):
    # Naming in a relative clause or after "what": the name, not a view (bbc-2005 tech/poles-play-with-gameboy-blip-pop).
    assert statements_of("The BBC ran a trial of what it calls the Interactive Media Player last year.") == []
    assert statements_of('The band makes music tunes they have dubbed "blip-pop."') == []
    # The writer's hedge has no one behind it; a belief with its holder, or inside a report, stays.
    assert statements_of("It is thought that about 80,000 people in the UK download TV programmes.") == []
    [s] = statements_of("It is believed the talks will resume on Monday, officials said.")
    assert (s.speaker.name, s.cue.text) == ("officials", "said")
    # "call" with a common noun judges: "what critics call a monopoly" is the critics' view.
    [s] = statements_of("The firm holds what critics call a monopoly on the market.")
    assert (s.speaker.name, s.cue.text) == ("critics", "call")


# Defects from the second blind recall audit (docs/evaluation.md, "A second blind recall audit").


def test_a_source_before_a_title_keeps_the_whole_sentence(statements_of):
    text = "According to pundits, the film has overtaken previous favourite The Aviator, with Eastwood also tipped to take the best director award."
    [s] = statements_of(text)
    assert (s.speaker.name, s.text) == ("pundits", text[len("According to pundits, ") : -1])


def test_a_relative_clause_before_the_cue_is_the_speakers(statements_of):
    text = "China has seen two decades of blistering economic growth, which has led to wealth creation on a huge scale, says the BBC's Louisa Lim in Beijing."
    [s] = statements_of(text)
    assert (s.speaker.name, s.text) == ("Louisa Lim", text[: text.index(", says")])
    # After the cue, an aside on the last noun is the reporter's.
    [s] = statements_of("Doctors said the patient had malaria, which is spread by mosquitoes.")
    assert s.text == "the patient had malaria"


def test_a_clause_joined_after_a_cue_set_in_goes_on_with_the_report(statements_of):
    start = "A typical episode of 24 was downloaded by about 100,000 people globally"
    for cue in ("said the report", "the report said"):
        [s] = statements_of(f"{start}, {cue}, and an estimated 20,000 of those were from within the UK.")
        assert [p.text for p in s.content] == [start, "and an estimated 20,000 of those were from within the UK"]
        assert s.text == f"{start} and an estimated 20,000 of those were from within the UK"
    # Not when the joined clause has a speaker of its own: test_a_clause_joined_after_a_parenthetical_cue_is_the_reporters.


def test_a_ruling_is_a_statement(statements_of):
    [s] = statements_of("The High Court ruled on Tuesday that Baha Mousa's death in British custody in Iraq fell within the European Convention on Human Rights.")
    assert (s.speaker.name, s.cue.text, s.text) == ("High Court", "ruled", "Baha Mousa's death in British custody in Iraq fell within the European Convention on Human Rights")
    # Ruling a country says nothing; nor does a title-case headline's plural noun "Rules".
    assert statements_of("Napoleon ruled France for more than a decade.") == []
    assert statements_of("NeverTrump Delegates Disrupt RNC After Rules Report Is Presented\n\nThe delegates walked out.") == []


def test_a_clause_reported_before_a_cue_with_no_comma_keeps_its_condition(statements_of):
    text = "MPs issued with Blackberry threat\n\nMPs will be thrown out of the Commons if they use Blackberries in the chamber Speaker Michael Martin has ruled."
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text, s.text) == ("Michael Martin", "has ruled", "MPs will be thrown out of the Commons if they use Blackberries in the chamber")


def test_a_quotation_after_a_copula_clause_and_a_colon_is_its_subjects(statements_of):
    text = 'Johansson was more restrained in his assessment: "I have to improve my serve if I\'m going to go all the way in Melbourne."'
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.cue.text) == ("direct", "Johansson", "was more restrained in his assessment")
    assert s.text == "I have to improve my serve if I'm going to go all the way in Melbourne."
    # A subject that cannot speak introduces no one's words.
    assert statements_of('The message was clear: "Keep off the grass."') == []


def test_how_the_accused_did_it_is_part_of_the_charge(statements_of):
    text = 'Mr Clarke, writing in The Times, accused some critics of "liberal woolly thinking and spreading false fears" by claiming ID cards would erode civil liberties.'
    [s] = statements_of(text)  # the critics' claim is inside Clarke's charge, not a claim of his
    assert (s.speaker.name, s.cue.text) == ("Clarke", "accused")
    assert s.text == "some critics of liberal woolly thinking and spreading false fears by claiming ID cards would erode civil liberties"
    # A charge with no action in it has no means: "by letter" says how he accused.
    [s] = statements_of("Smith accused the minister of incompetence by letter.")
    assert s.text == "the minister of incompetence"


def test_a_ruling_still_to_come_is_no_statement(statements_of):
    text = "Whichever way the court rules the other side will appeal, so we expect it to fall in electioneering time."
    assert [s.cue.text for s in statements_of(text)] == ["expect"]


def test_a_cue_the_parser_made_the_complement_of_what_it_reports(statements_of):
    text = (
        "Nat Insurance to rise, say Tories\n\n"
        "National Insurance will be raised if Labour wins the next election, Tory leader Michael Howard has claimed.\n\n"
        "Tony Blair has said he does not want higher tax rates for top earners."
    )
    [s] = [s for s in statements_of(text) if s.cue.text == "has claimed"]
    assert (s.speaker.name, s.text) == ("Michael Howard", "National Insurance will be raised if Labour wins the next election")


def test_a_trailing_name_opening_with_the_hangs_on_its_first_noun(nlp):
    from saidwhat.quotes.headlines import _name_head

    doc = nlp("Rates must rise says The Bank of England")
    assert _name_head(list(doc[4:])).text == "Bank"  # not "England": "The" is no joiner
    assert _name_head(list(nlp("says head of IMF")[1:])).text == "head"


# Defects from the quotes audit of 2026-12-05 (docs/evaluation.md, "Quote bounds").


def test_a_content_piece_takes_the_whole_of_a_hyphenated_word(statements_of):
    # spaCy splits "co-operate" into co / - / operate, three verbs hung on "pledged" (bbc-2005
    # sport/premier-league-planning-cole-date): the piece took "to co"; the rest of the word
    # brings what hangs on it.
    [s] = statements_of("Both clubs have pledged to co-operate with the inquiry which will be conducted on a single day.")
    assert (s.speaker.name, s.text) == ("Both clubs", "to co-operate with the inquiry which will be conducted on a single day")
    # A word the parser keeps whole is left as it is.
    [s] = statements_of("Officials said the firm would re-open the plant in May.")
    assert s.text == "the firm would re-open the plant in May"


def test_whole_words_mends_only_a_cut_inside_a_word(nlp):
    from saidwhat.model import Span
    from saidwhat.quotes.spans import whole_words

    doc = nlp("They pledged to co-operate with the inquiry. It was a non-starter, he said.")
    text = doc.text
    cut = Span.of(text, text.index("to co"), text.index("-operate"))
    assert whole_words(doc, cut, cue_token=1).text == "to co-operate with the inquiry"
    after = Span.of(text, text.index("operate"), text.index(" with"))  # a piece starting after the hyphen
    assert whole_words(doc, after, cue_token=1).text == "to co-operate"  # "co" brings its "to"
    whole = Span.of(text, text.index("It was"), text.index(", he"))  # ends before a comma: no cut
    assert whole_words(doc, whole, cue_token=None) is whole


def test_a_quotation_before_a_belief_held_by_no_one_stays_the_previous_speakers(statements_of):
    # bbc-2005 politics/labour-battle-plan-hides-blair: "is widely expected" took Fox's quotation,
    # with "next May" as its speaker.
    text = (
        "But Tory co-chairman Liam Fox said Labour's plans showed Mr Blair was \"terrified of facing proper scrutiny\".\n\n"
        "\"At a time when the British people are looking for more accountability and openness, this government turns its "
        "back on them - it does rather beg the question, 'What have they got to hide?'\" The general election is widely "
        "expected next May and all the parties are stepping up their campaign preparations."
    )
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text) == ("Liam Fox", "said")
    assert s.content[-1].text.startswith("At a time when the British people")
    # A belief with its holder is one.
    [s] = statements_of("It is thought by analysts that the firm will be sold.")
    assert (s.speaker.name, s.cue.text, s.text) == ("analysts", "is thought", "the firm will be sold")
    # So is an active belief the parser gives a passive subject (bbc-2005 politics/teens-know-little-of-politics).
    [s] = statements_of("And 4% of those questioned thought the Conservatives were in power.")
    assert (s.cue.text, s.text) == ("thought", "the Conservatives were in power")
    # "is worried" is an adjective: the agency worries (bbc-2005 politics/howard-unveils-tory-asylum-plans).
    [s] = statements_of("But the UN refugees agency is worried the policy sends the wrong message to poorer countries.")
    assert (s.cue.text, s.text) == ("is worried", "the policy sends the wrong message to poorer countries")


def test_a_date_after_a_cue_is_no_name(nlp):
    # When the parser loses a cue's subject, the name words after the cue are its speaker; a date is none.
    from saidwhat.quotes.direct import _name_after

    doc = nlp("The general election is widely expected next May and all the parties are busy.")
    assert _name_after(doc, doc[5]) == (None, None)
    doc = nlp('"We will win," said Senator Smith on Monday.')
    head, mention = _name_after(doc, doc[6])
    assert (head.text, mention.text) == ("Smith", "Senator Smith")
    # A lone day's name is a time ("said Monday", the subject lost)...
    doc = nlp('"We will win," said Monday.')
    assert _name_after(doc, doc[-3]) == (None, None)
    # ...unless the article writes it after a given name: '"…," said Friday.' is the coach Mike
    # Friday (bbc-2005 sport/england-claim-dubai-sevens-glory).
    doc = nlp('Mike Friday\'s England side won. "We have wanted to win in Dubai for a long time," said Friday.')
    assert _name_after(doc, doc[-3])[0].text == "Friday"
    doc = nlp('"We have wanted to win in Dubai for a long time," said Friday.')
    assert _name_after(doc, doc[-3]) == (None, None)
    # A day's name after a word that is no given name is still a time ("Easter Monday", "Black Friday").
    doc = nlp('Easter Monday was busy. "We will win," said Monday.')
    assert _name_after(doc, doc[-3]) == (None, None)


def test_a_name_and_an_appositive_before_a_cue_whose_subject_the_parser_lost(statements_of):
    # PolNeAR train politico_2015-12-01_could-an-accident-by-janet-yelle: the parser made "Sperling"
    # part of the quotation's clause; the content took the name and the appositive, with no speaker.
    text = (
        "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside Clinton adviser, "
        "said at a recent POLITICO event on the economy in Iowa."
    )
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.text) == ("direct", "Gene Sperling", "It is not the position that everything is hunky-dory")
    # A participle inside the appositive (nyt_2016-08-22_foundation-and-donors-complicate).
    text = (
        "''I had breakfast with Pinchuk. He will see you at the Brookings lunch,'' Melanne Verveer, a Ukrainian-American "
        "then working for the State Department, wrote in a June 2012 email to Mrs. Clinton."
    )
    [s] = statements_of(text)
    assert (s.speaker.name, s.text) == ("Melanne Verveer", "I had breakfast with Pinchuk. He will see you at the Brookings lunch")


def test_a_clause_after_a_name_is_no_appositive(nlp):
    from saidwhat.quotes.mentions import name_with_appositive

    doc = nlp("Gene Sperling, a top outside Clinton adviser, said it.")
    head, mention = name_with_appositive(doc, 0, doc[9].idx)
    assert (head.text, mention.text) == ("Sperling", "Gene Sperling, a top outside Clinton adviser")
    doc = nlp("Gene Sperling, who advised Clinton, said it.")
    assert name_with_appositive(doc, 0, doc[7].idx) is None


def test_a_source_with_an_affiliation_before_told_is_the_speaker_not_whom_they_told(statements_of):
    # bbc-2005 tech/doors-open-at-biggest-gadget-fair (fourth recall audit, G1): the closing comma
    # left out, the parser hung "Jeff Joseph" on the quotation and gave "told" no subject; the
    # quotation was read as a clause with the name in it, its speaker the BBC News website.
    text = (
        "The show also includes several speeches from key technology companies such as Intel, Microsoft, and "
        "Hewlett Packard among others. \"The story this year remains all about digital and how that is completely "
        "transforming and revolutionising products and the way people interact with them,\" Jeff Joseph, from the "
        "Consumer Electronics Association (CEA) told the BBC News website."
    )
    s = statements_of(text)[-1]
    assert (s.kind, s.speaker.name, s.cue.text) == ("direct", "Jeff Joseph", "told")
    assert s.text.endswith("the way people interact with them")


def test_an_inverted_assured_keeps_its_speaker(statements_of):
    # Not whom they told: "assured" may stand before its subject (review of the told-whom rule).
    [s] = statements_of("Tony Blair spoke in London. “Everything is under control,” assured the prime minister.")
    assert (s.kind, s.speaker.name) == ("direct", "Tony Blair")


def test_a_name_then_the_body_it_speaks_for_is_the_speaker(statements_of):
    # bbc-2005 politics/labour-chooses-manchester (fourth recall audit, G42): the "of" left out,
    # the parser made both subjects of "said" and the nearer, the association, spoke.
    text = "Colin Asplin, Blackpool Hotel Association said: \"We have tried very hard to make sure they come back to Blackpool.\""
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name) == ("direct", "Colin Asplin")


def test_a_refusal_to_speak_joined_to_a_reported_clause_is_not_part_of_it(statements_of):
    # bbc-2005 business/pernod-takeover-talk-lifts-domecq (fourth recall audit, G75): the parser
    # joins "refused" to "seeking"; the refusal is the reporter's, the company did not say it.
    [s] = statements_of("Pernod said it was seeking acquisitions but refused to comment on specifics.")
    assert s.text == "it was seeking acquisitions"
    # A refusal to do something else is still what was said.
    [s] = statements_of("The firm said it had been approached but refused to make an offer.")
    assert s.text == "it had been approached but refused to make an offer"


def test_what_was_said_keeps_a_bracket_it_opens(statements_of):
    # bbc-2005 business/us-budget-deficit-to-reach-368bn (fourth recall audit, G50): the parser
    # hangs "this year" on the cue, and the clause's edge punctuation took the ")" with it. (The
    # date is still lost with the parse: left, see docs/evaluation.md, the fourth recall audit.)
    [s] = statements_of("The deficit is set to hit $368bn (£197bn) this year, officials said on Tuesday.")
    assert s.text == "The deficit is set to hit $368bn (£197bn)"


def test_a_participle_on_a_passive_with_no_agent_has_no_guessed_speaker(statements_of):
    # bbc-2005 business/us-ahold-suppliers-face-charges: who brought the charges is named only in the
    # sentence before ("US prosecutors have charged…"); linking the two is coreference, not a parse,
    # so the quotes stage names no one rather than "the charges" or a guess.
    text = (
        "US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold inflate earnings.\n\n"
        "The charges have been brought against individuals as well as companies, alleging they created false accounts."
    )
    [s] = statements_of(text)
    assert (s.cue.text, s.text, s.speaker.name) == ("alleging", "they created false accounts", None)


def test_the_one_told_runs_to_its_noun_after_a_possessive_name(statements_of):
    # bbc-2005 business/g7-backs-africa-debt-relief-plan: the content took "'s Talking Point
    # programme what was needed…", then, whole-worded, the hearer; the parser hangs the subject on "programme".
    text = "South Africa Finance Minister Trevor Manuel told the BBC's Talking Point programme what was needed was one approach, with all wealthy nations on board."
    [s] = statements_of(text)
    assert (s.speaker.name, s.text) == ("Trevor Manuel", "what was needed was one approach, with all wealthy nations on board")
    [s] = statements_of("The minister told BBC News schools had been crying out for help.")
    assert s.text == "schools had been crying out for help"
    # The parser may take the one told for the reported clause ("programme" a ccomp, "Today" a
    # DATE) and hang the clause on it: the clause is the noun's own complement.
    [s] = statements_of("Ms Smith told the BBC's Today programme the talks would go on.")
    assert (s.speaker.name, s.text) == ("Smith", "the talks would go on")
    # Or hang the programme's name on the clause (bbc-2005 tech/digital-guru-floats-sub-100-pc).
    [s] = statements_of("He told the BBC World Service programme Go Digital he hoped it would become an education tool.")
    assert s.text == "he hoped it would become an education tool"


# Quote-stage defects from the third blind recall audit (docs/evaluation.md, seed 131).


def test_a_speech_due_to_be_given_is_quoted_as_said(statements_of):
    text = (
        'Mr Howard said Britain should take its fair share of the world\'s "genuine refugees".\n\n'
        '"The anniversary of the liberation of Auschwitz has reminded all of us that we have a moral '
        'responsibility to those fleeing persecution," he was due to say.'
    )
    assert [(s.kind, s.cue.text, s.speaker.name) for s in statements_of(text)] == [
        ("mixed", "said", "Howard"),  # no longer running on into the quotation after it
        ("direct", "was due to say", "Howard"),
    ]
    # A thing due to happen says nothing; nor does a speech only expected.
    assert statements_of("The talks were due to start on Monday.") == []
    assert statements_of("Mr Kilroy-Silk is due to announce which constituency he will run in at the next election.") == []
    assert statements_of('"We will not give in to these threats," he was expected to say.') == []
    # Still to come, or never said (second review): no statement.
    assert statements_of("Tony Blair is due to say on Monday that taxes will rise.") == []
    assert statements_of("The president was not due to tell reporters that he would resign.") == []


def test_quoted_as_saying_is_the_words_of_the_one_quoted(statements_of):
    text = (
        '"Yuganskneftegas has been sold in the best traditions of the 90s," '
        "the Interfax news agency quoted Mr Khodorkovsky as saying via his lawyers."
    )
    [s] = statements_of(text)
    assert (s.kind, s.cue.text, s.speaker.name) == ("direct", "quoted Mr Khodorkovsky as saying", "Khodorkovsky")
    # A document quoted is the words of whoever quotes it.
    [s] = statements_of('Minister Des Browne quoted its five-year plan, as saying: "We are implementing our existing powers by targeted health screening."')
    assert (s.cue.text, s.speaker.name) == ("saying", "Des Browne")
    [s] = statements_of('The bishop quoted the Bible as saying: "Love thy neighbour."')
    assert (s.cue.text, s.speaker.name) == ("saying", "The bishop")
    # "them" is the group named before, as "they" would be (second review: a speaker named "them").
    [s] = statements_of('Officials at the ministry met reporters. The agency quoted them as saying: "The plan is dead."')
    assert s.speaker.name == "Officials at the ministry"
    # "was quoted as saying" keeps its passive subject and its cue as before.
    [s] = statements_of("Anelka was quoted as saying he wanted to leave Manchester City.")
    assert (s.cue.text, s.speaker.name, s.text) == ("saying", "Anelka", "he wanted to leave Manchester City")


def test_a_cue_with_a_that_clause_takes_no_quotation_before_it(statements_of):
    text = (
        '"How could you have thought anything other than a calculated campaign of sly anti-Semitism?" '
        "Mr Milburn replied that they were not anti-Semitic."
    )
    [s] = statements_of(text)  # the question is not his: the reply is the "that" clause
    assert (s.kind, s.cue.text, s.speaker.name, s.text) == ("indirect", "replied", "Milburn", "they were not anti-Semitic")
    # A bare cue still takes the question before it.
    [s] = statements_of('"How could you have thought anything other than that?" Mr Milburn replied.')
    assert (s.kind, s.speaker.name) == ("direct", "Milburn")
    # A quotation set off by its comma is still the cue's, "that" clause or not (second review).
    said = statements_of('"We are ready," Mr Brown told reporters that the army was prepared.')
    assert [(s.kind, s.speaker.name, s.text) for s in said][:1] == [("direct", "Brown", "We are ready")]


def test_a_quotation_after_his_message_was_is_his(statements_of):
    text = 'Digby Jones spoke on Monday. His message to the chancellor was: "Please don\'t give it away in any form of electioneering."'
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.text) == ("direct", "Digby Jones", "Please don't give it away in any form of electioneering.")
    # A noun that is not words, or words with no owner, introduce no one's quotation.
    assert statements_of('Jones drove home. His car was: "a wreck that would not start in the morning at all".') == []
    assert statements_of('The message was: "Please do not give it away in any form of electioneering."') == []


def test_a_clause_with_a_dash_set_aside_before_a_trailing_cue_is_reported(statements_of):
    text = (
        "Billy Macaefa spoke on Monday. The owners - two from Taiwan, two from China, one from Mauritius and one "
        "from Malaysia - left over the December holiday period without informing or paying their employees, he said."
    )
    [s] = statements_of(text)
    assert (s.kind, s.cue.text, s.speaker.name) == ("indirect", "said", "Billy Macaefa")
    assert s.text == (
        "The owners - two from Taiwan, two from China, one from Mauritius and one from Malaysia - "
        "left over the December holiday period without informing or paying their employees"
    )
    # No verb before the cue, nothing reported.
    text = "The owners - two from Taiwan, two from China, one from Mauritius and one from Malaysia - all gone, he said."
    assert statements_of(text) == []


def test_a_second_cue_with_the_one_told_before_that_reports_its_clause(statements_of):
    # bbc-2005 politics/milburn-defends-poster-campaign: the parser hangs the that-clause on "MPs".
    text = "Mr Lewis suggested the posters were part of a wider trend and reminded MPs that the posters were offensive."
    assert [(s.cue.text, s.speaker.name, s.text) for s in statements_of(text)] == [
        ("suggested", "Lewis", "the posters were part of a wider trend"),
        ("reminded", "Lewis", "the posters were offensive"),
    ]
    # Not a verb whose object is no hearer: "the claim that…" is what was rejected.
    [s] = statements_of("Mr Lewis rejected the claim that the posters were offensive.")
    assert s.text == "the claim that the posters were offensive"


def test_one_made_to_speak_is_the_speaker(statements_of):
    # bbc-2005 politics/howard-attacks-cost-of-asylum: "to say" after "prompted some charities".
    [s] = statements_of("That prompted some charities to say the plans would put refugees' lives at risk.")
    assert (s.kind, s.cue.text, s.speaker.name, s.text) == (
        "indirect", "to say", "some charities", "the plans would put refugees' lives at risk"
    )
    [s] = statements_of("The ruling forced Mr Smith to admit that he had lied.")
    assert (s.speaker.name, s.text) == ("Smith", "he had lied")
    # Not made to speak yet, or not at all: nothing said.
    assert statements_of("The scandal could prompt the minister to say sorry.") == []
    assert statements_of("The scandal did not lead the minister to say anything.") == []
    assert statements_of("Nothing in the report prompted Mr Smith to say the firm had erred.") == []
    assert statements_of("No one forced him to say he was sorry.") == []


def test_what_was_said_never_holds_its_own_speaker_and_cue(statements_of):
    # PolNeAR marks "which … will go into effect" as two pieces around "officials said"
    # (bbc-2005 business/boeing-secures-giant-japan-order: "which Boeing says is super-economical").
    [s] = statements_of("The rules, which officials said will go into effect in the next few months, are strict.")
    assert (s.speaker.name, s.cue.text, [p.text for p in s.content]) == (
        "officials", "said", ["which", "will go into effect in the next few months"]
    )
    # An auxiliary before the subject goes with the cue.
    said = statements_of("What I don't think they're spending enough time doing is pushing back.")
    assert [p.text for p in said[0].content] == ["What", "they're spending enough time doing"]
    # A clause after its cue is one piece, as before.
    [s] = statements_of("She said the firm would close.")
    assert [p.text for p in s.content] == ["the firm would close"]


def test_a_second_speaker_made_to_speak_says_the_second_infinitives_words(statements_of):
    # Known item of the fourth recall audit: "It prompted one MP to ask … and another to say …".
    text = "The decision prompted one MP to ask whether the minister had lied and another to say the plan was a disgrace."
    assert [(s.cue.text, s.speaker.mention.text, s.text) for s in statements_of(text)] == [
        ("to ask", "one MP", "whether the minister had lied"),
        ("to say", "another", "the plan was a disgrace"),
    ]
    # The parser may join "another" to the first label, or to the verb of causing.
    text = "The row led one MP to call the plan a disgrace and another to say it would cost jobs."
    assert [(s.speaker.mention.text, s.text) for s in statements_of(text)] == [
        ("one MP", "the plan a disgrace"), ("another", "it would cost jobs"),
    ]
    text = "The ruling prompted one lawyer to ask whether the law was fair, and another to describe it as a mess."
    assert [(s.speaker.mention.text, s.text) for s in statements_of(text)] == [
        ("one lawyer", "whether the law was fair"), ("another", "it as a mess"),
    ]
    # Not with no one made to speak first: a wish is no statement.
    assert statements_of("He wants one MP to ask the question and another to say the answer.") == []


def test_a_refusal_to_speak_is_never_part_of_what_was_said(statements_of):
    # The parser hangs "declined" on the cue as a second reported clause (review of the third audit).
    [s] = statements_of("The company said the firm was profitable but declined to say how much it earned.")
    assert (s.speaker.name, s.text) == ("company", "the firm was profitable")
    # bbc-2005 business/oil-companies-get-russian-setback: another's refusal after "while".
    [s] = statements_of("Miner Highland Gold said it regretted any limit on privatisation while BP, a big investor, declined to comment.")
    assert s.text == "it regretted any limit on privatisation"
    # A refusal with its own subject joined by "but" ("would not confirm if…", as PolNeAR marks it) is its own.
    text = (
        "IBM said Cell would support multiple operating systems simultaneously but designers would not confirm "
        "if Microsoft's Windows was among those tested."
    )
    assert [(s.cue.text, s.speaker.mention.text, s.text) for s in statements_of(text)] == [
        ("said", "IBM", "Cell would support multiple operating systems simultaneously"),
        ("would not confirm", "designers", "if Microsoft's Windows was among those tested"),
    ]
    # Not a report of what was not said, nor a refusal inside a quotation-free clause the speaker reports.
    [s] = statements_of("The company said the firm was profitable and its rivals did not say otherwise.")
    assert s.text == "the firm was profitable and its rivals did not say otherwise"
    # A negated verb of stance is no refusal to speak (review): the report goes on through it.
    [s] = statements_of("She said the report was wrong and ministers would not admit that they had erred.")
    assert s.text == "the report was wrong and ministers would not admit that they had erred"
    [s] = statements_of("The union said talks had collapsed and the two sides could not agree on a price.")
    assert s.text == "talks had collapsed and the two sides could not agree on a price"


def test_what_happened_after_the_words_is_the_reporters(statements_of):
    # Fourth recall audit, G41 (bbc-2005 politics/labour-chooses-manchester).
    [s] = statements_of("In 1998 the party said it would not return to Blackpool but did so in 2002.")
    assert s.text == "it would not return to Blackpool"
    [s] = statements_of("He said he would never go to the awards again but went the following year.")
    assert s.text == "he would never go to the awards again"
    # Both verbs looking ahead, or both in the past, are one report.
    [s] = statements_of("He said the firm would cut jobs and close plants.")
    assert s.text == "the firm would cut jobs and close plants"
    [s] = statements_of("He said the firm cut jobs and closed plants.")
    assert s.text == "the firm cut jobs and closed plants"
    # PolNeAR train: a past that may backshift her present ("I can't support Trump but I understand why people do").
    [s] = statements_of("She said she could not support Trump but understood why people did.")
    assert s.text == "she could not support Trump but understood why people did"
    # bbc-2005 politics/blair-moves-to-woo-jewish-voters: a modal on the past, and a bare verb read as past.
    [s] = statements_of("He said his comments may have been offensive but were not racist.")
    assert s.text == "his comments may have been offensive but were not racist"
    [s] = statements_of("He said a Tory government would sort out immigration, put patients before statistics and bring discipline to schools.")
    assert s.text == "a Tory government would sort out immigration, put patients before statistics and bring discipline to schools"


def test_an_inverted_aside_names_its_speaker_and_leaves_the_name_out_of_what_was_said(statements_of):
    # The parser makes "said" the root and the name the subject of the clause after it.
    [s] = statements_of("The hardest part, said Maria Lopez, director of the charity Safehands, is finding volunteers in rural areas.")
    assert (s.speaker.name, s.speaker.mention.text) == ("Maria Lopez", "Maria Lopez, director of the charity Safehands")
    assert [p.text for p in s.content] == ["The hardest part", "is finding volunteers in rural areas"]
    [s] = statements_of("Usually, said Mr Baxter, the files were lost because nobody kept a backup.")
    assert (s.speaker.name, s.speaker.mention.text) == ("Baxter", "Mr Baxter")
    assert [p.text for p in s.content] == ["Usually", "the files were lost because nobody kept a backup"]
    # All the rest of the sentence, also what the parser hangs on the cue.
    [s] = statements_of("Instead, said Mr Baxter, the rules were meant to control the people that banks have most hold over - savers.")
    assert [p.text for p in s.content] == ["Instead", "the rules were meant to control the people that banks have most hold over - savers"]
    # Words before that are another report stay that report's.
    statements = statements_of("The survey shows that more people shop online because, said Mr Baxter, delivery is cheaper.")
    assert [(s.speaker.mention.text, s.text) for s in statements] == [("The survey", "more people shop online"), ("Mr Baxter", "delivery is cheaper")]
    # What the name is given there, closed by its comma, is the mention's, not what was said (review).
    for text, mention in [
        ("The strike, said Unison, the public sector union, will go ahead.", "Unison, the public sector union"),
        ("The firm, said Mr Baxter, 45, is doomed.", "Mr Baxter, 45"),
        ("The plan, said Mr Baxter, who heads the union, is doomed.", "Mr Baxter, who heads the union"),
    ]:
        [s] = statements_of(text)
        assert (s.speaker.mention.text, s.content[-1].text) == (mention, text.split(", ")[-1].rstrip("."))
    # No name after the cue: a participle on the subject, no aside.
    statements = statements_of("The firm, said to be worth $1bn, is planning a move to London.")
    assert not any(p.text == "The firm" for s in statements for p in s.content)


def test_a_noun_phrase_between_and_and_a_conjoined_cue_is_its_subject_not_the_passive_before(statements_of):
    # The parser joins "the former" / "Renault" to the object and "admitted" to "raised".
    [s] = statements_of("Doubts were also raised about Nissan's ability to absorb BMW and the former has now admitted defeat.")
    assert (s.speaker.mention.text, s.cue.text) == ("the former", "has now admitted")
    [s] = statements_of("Doubts were raised about Nissan's plan to buy BMW and Renault has now denied the claims.")
    assert (s.speaker.name, s.text) == ("Renault", "the claims")
    # Nothing between "and" and the verb: the passive subject is still the one who speaks.
    [s] = statements_of("Smith was forced into a retreat and has now admitted defeat.")
    assert s.speaker.name == "Smith"


def test_a_cue_in_the_infinitive_that_completes_an_aim_reports_nothing(statements_of):
    assert statements_of("The committee's task is to review the rules and report what the minister should do.") == []
    # The parser hangs "suggest" on the clause of "assess": still the panel's remit, not said.
    text = "The panel's aim was to define what counts as fraud, assess how much might be going on and suggest what the government might do."
    assert [s.cue.text for s in statements_of(text)] == []
    # A cue with a subject of its own after the aim is a statement.
    [s] = statements_of("The aim was to review the rules, and the minister said the panel had failed.")
    assert (s.speaker.mention.text, s.text) == ("the minister", "the panel had failed")


def test_a_subject_the_parser_ran_into_a_reported_clause_is_found_past_auxiliaries(statements_of):
    # With an auxiliary the parser makes the second verb another complement of the first cue.
    statements = statements_of("Analysts said Nissan could not absorb BMW and the former has now admitted defeat.")
    assert [(s.cue.text, s.speaker.mention.text, s.text) for s in statements] == [
        ("said", "Analysts", "Nissan could not absorb BMW"),
        ("has now admitted", "the former", "defeat"),
    ]
    text = (
        "US Customs claimed Mr Griffiths was one of DOD's leaders but his lawyer, Antony Townsden, "
        "has told the BBC News website it was a laughable suggestion."
    )
    assert [(s.text, s.speaker.name, s.cue.text) for s in statements_of(text)] == [
        ("Mr Griffiths was one of DOD's leaders", "US Customs", "claimed"),
        ("it was a laughable suggestion", "Antony Townsden", "has told"),
    ]
    # A verb joined with no noun before it keeps the clause whole.
    [s] = statements_of("He said the plan was sound and would work.")
    assert s.text == "the plan was sound and would work"



def test_what_an_aside_reports_ends_where_a_second_report_begins(statements_of):
    # A parenthetical cue: the rest of the clause is the speaker's, up to the second report's "and".
    statements = statements_of("The strike, said Mr Brown, will go ahead, and the minister added that talks had failed.")
    assert [(s.cue.text, s.speaker.mention.text, [p.text for p in s.content]) for s in statements] == [
        ("said", "Mr Brown", ["The strike", "will go ahead"]),
        ("added", "the minister", ["that talks had failed"]),
    ]
    # An inverted aside the parser made the root: up to the "although" of the second report.
    statements = statements_of("Usually, said Mr Baxter, the files were lost, although his deputy admitted that nobody kept a backup.")
    assert [(s.cue.text, s.speaker.mention.text, [p.text for p in s.content]) for s in statements] == [
        ("said", "Mr Baxter", ["Usually", "the files were lost"]),
        ("admitted", "his deputy", ["that nobody kept a backup"]),
    ]
    # The second report's verb joined to another that gives it its subject ("she laughed and admitted").
    text = (
        "Over the years, she said, the phone has helped her stay in touch with her family - although at the "
        "mention of the phone she laughed and admitted “calls have been wonderful, although they can be a curse too.”"
    )
    first, second = statements_of(text)
    assert [p.text for p in first.content] == ["Over the years", "the phone has helped her stay in touch with her family"]
    assert (second.cue.text, second.kind) == ("admitted", "mixed")
    # A belief after the aside is no second report: it stays inside what was said.
    [s] = statements_of("The strike, said Mr Brown, will go ahead, and the union hopes that talks will resume.")
    assert s.content[-1].text == "will go ahead, and the union hopes that talks will resume"
    # A condition or a reason is no second report: "unless", "because" clauses are the speaker's words.
    [s] = statements_of("The strike, said Mr Brown, will go ahead unless the minister announces that talks will resume.")
    assert s.content[-1].text == "will go ahead unless the minister announces that talks will resume"


def test_a_source_cited_by_a_speaker_leaves_the_statement_the_speaker_s(statements_of):
    # "according to" opening the clause a speaker reports: the speaker cites it.
    [s] = statements_of("He said that, according to police, the gunman fled on foot.")
    assert (s.cue.text, s.speaker.mention.text, s.text) == ("said", "He", "that, according to police, the gunman fled on foot")
    # The parser may read the clause after the cited source as an adverbial clause of the cue.
    [s] = statements_of("The agency reported, according to sources close to the talks, the minister tried to calm the markets.")
    assert (s.cue.text, s.speaker.mention.text, s.text) == (
        "reported", "The agency", "according to sources close to the talks, the minister tried to calm the markets",
    )
    # The source, then an inverted aside: the one who says it is named in the aside.
    [s] = statements_of("According to police, said Mr Brown, the gunman fled on foot.")
    assert (s.speaker.mention.text, [p.text for p in s.content]) == ("Mr Brown", ["According to police", "the gunman fled on foot"])
    # The reporter's source for a report stays a statement of its own; before the "that" of the
    # reported clause too.
    statements = statements_of("The minister said, according to aides, that she would resign.")
    assert [s.speaker.mention.text for s in statements] == ["aides", "The minister"]
    statements = statements_of("According to the Financial Times, Peter Chernin said that the firm is looking at buyers.")
    assert [s.speaker.mention.text for s in statements] == ["the Financial Times", "Peter Chernin"]
    statements = statements_of("He told aides that she should step aside, according to several sources.")
    assert [s.speaker.mention.text for s in statements] == ["several sources", "He"]


def test_an_aside_the_parser_gave_two_subjects_keeps_the_words_before_it(statements_of):
    # bbc-2005 tech/technology-gets-the-creative-bug, file-swappers-ready-new-network: the cue
    # hung on the clause's verb, with the clause's start for a second subject.
    for text, before, after in [
        ("The real problem, said Mr Jones, was the weather.", "The real problem", "was the weather"),
        ("This, said Mr Jones, should make the system safer.", "This", "should make the system safer"),
    ]:
        [s] = statements_of(text)
        assert (s.speaker.mention.text, [p.text for p in s.content]) == ("Mr Jones", [before, after])
    # At the sentence's end the subject before the cue is the clause reported, read as a noun phrase.
    [s] = statements_of("The rejection signals the end of the treaty, said Geert Wilders.")
    assert s.text == "The rejection signals the end of the treaty"


# Defects from the sixth blind recall audit (seed 181, benchmarks/audits/2026-12-06-recall6-*).


def test_a_quoted_paragraph_after_a_report_named_at_its_end_goes_on_with_it(statements_of):
    # bbc-2005 politics/uk-heading-wrong-way-howard: the speaker is named after what was said,
    # at the paragraph's end, as after a quotation ('“…,” Cruz said.').
    text = (
        "The catastrophe was overshadowing the hopes for the future, Mr Howard said.\n\n"
        '"We watched the scenes of destruction with a sense of disbelief."'
    )
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, [p.text for p in s.content]) == (
        "mixed", "Howard",
        ["The catastrophe was overshadowing the hopes for the future", "We watched the scenes of destruction with a sense of disbelief."],
    )
    # Negative (PolNeAR train): a quotation that goes on with a comma to a cue of its own.
    text = "Rubio’s comments came on Sunday, The Hill reported.\n\n“He’s like 6’2”,” Rubio said Sunday in Virginia."
    assert statements_of(text)[0].text == "Rubio’s comments came on Sunday"
    # Negative: a report with no one named ends where it ends; the quotation is no one's.
    text = "Prices fell again, figures showed.\n\n" + '"We watched the scenes of destruction with a sense of disbelief."'
    assert [p.text for s in statements_of(text) for p in s.content] == ["Prices fell again"]
    # Negatives (a review the same session): a quotation whose own speaker is named after it,
    # in the next sentence or past a dash, is not the report's speaker going on.
    for after in (
        '"Enough is enough, we cannot let this go on any longer."\n\nThat was the response of London mayor Boris Johnson.',
        '"We are not going anywhere, we are here to stay." - the defiant message from Asda boss Andy Clarke.',
    ):
        text = "The strike would go ahead on Monday, union leader Bob Crow said.\n\n" + after
        assert [p.text for s in statements_of(text) if s.speaker.name == "Bob Crow" for p in s.content] == [
            "The strike would go ahead on Monday"
        ]


def test_a_quotation_reopened_right_after_a_closed_one_goes_on_with_it(statements_of):
    # bbc-2005 uk-heading-wrong-way-howard: '… not 1 January." "Let us never forget …': each
    # paragraph of a long quotation closed, the paragraph break lost.
    text = (
        'But Labour spokesman Mr Kemp said: "It would be more appropriate for this message to come out on 1 April." '
        '"Let us never forget the introduction of the poll tax."'
    )
    [s] = statements_of(text)
    assert [p.text for p in s.content] == [
        "It would be more appropriate for this message to come out on 1 April.", "Let us never forget the introduction of the poll tax.",
    ]
    # Negative: a quotation that did not end its sentence is not followed by its next paragraph.
    text = 'He called it "a quiet start to the year" "as sales usually pick up in the spring" in his message.'
    assert all(len(s.content) == 1 for s in statements_of(text))
    # Negative (the same review): the reopened quotation's sentence goes on to name its own speaker.
    text = (
        'Mr Howard said: "We will leave on 1 January." '
        '"It is a betrayal of every voter in this country" was how the Labour leader described the decision.'
    )
    assert [p.text for s in statements_of(text) if s.speaker.name == "Howard" for p in s.content] == ["We will leave on 1 January."]


def test_according_to_after_and_reports_only_the_clause_it_opens(statements_of):
    # bbc-2005 sport/newcastle-line-up-babayaro: the clause before the "and" is the reporter's.
    text = "Souness is bidding to bolster his defence and, according to reports, contract negotiations are at an advanced stage."
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.text) == ("reports", "contract negotiations are at an advanced stage")
    # Negative: after both conjuncts the phrase reports the whole sentence, as before.
    [s] = statements_of("The firm made a loss and its shares fell, according to reports.")
    assert s.text == "The firm made a loss and its shares fell"


def test_continue_with_no_subject_is_no_cue(statements_of):
    # bbc-2005 politics/tories-reject-rethink-on-axed-mp: the dissent goes on, no one speaks.
    assert statements_of("But the local Tory chairman made similar comments on Friday and dissent continues.") == []
    # Negative: a speaker going on, before or after the verb, is still a cue.
    for text in ('"We will not stop," continued Mr Smith.', 'Mr Smith spoke first. "We will not stop," he continued.'):
        assert [(s.kind, s.cue.text, s.speaker.name) for s in statements_of(text)] == [("direct", "continued", "Smith")]
    # Negative (PolNeAR train): a "continue" that does not end its sentence introduces the quotation.
    statements = statements_of("Continued Stone: “So I think it’s a very real problem.”")
    assert [s.text for s in statements] == ["So I think it’s a very real problem."]
    # Negative (bbc-2005 howard-unveils-election-platform): joined to a verb with a subject.
    text = 'Mr Howard argues government is too big and cannot continue "down the path of ever rising taxes".'
    assert [s.cue.text for s in statements_of(text)] == ["argues", "cannot continue"]


def test_a_gerund_the_parser_hung_on_the_cue_is_the_subject_of_what_was_said(statements_of):
    # bbc-2005 entertainment/stars-shine-on-bafta-red-carpet: "being honoured" made the cue's
    # xcomp and "meant" a complement with no subject.
    text = "Martin Scorsese, whose movie The Aviator went on to win best film, said being honoured in the UK meant a lot to him."
    [s] = statements_of(text)
    assert (s.speaker.name, s.text) == ("Martin Scorsese", "being honoured in the UK meant a lot to him")
    # Negative: a clause with a subject of its own keeps its start.
    [s] = statements_of("Mr Smith said the plan would work.")
    assert s.text == "the plan would work"


def test_a_name_the_parser_read_into_the_reported_clause_is_the_cues_subject(statements_of):
    # bbc-2005 politics/top-tories-on-lib-dem-hit-list: "Lord Rennard" parsed as one more
    # conjunct of the list the clause ends with, the cue left with no subject.
    text = "Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's elections chief Lord Rennard said."
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text, s.text) == (
        "Lord Rennard", "Lib Dem's elections chief Lord Rennard", "Others targeted include Oliver Letwin, David Davis and Theresa May",
    )
    # Negative: a name joined by "and", no comma before it, stays in the list; no one speaks.
    [s] = statements_of("Others targeted include Oliver Letwin, David Davis and Theresa May said.")
    assert (s.speaker.name, s.text) == (None, "Others targeted include Oliver Letwin, David Davis and Theresa May")
