"""Quote-finding mends from the fifth, seventh, eighth, ninth and tenth blind recall audits (seeds 167, 191, 227, 269 and 281) and
audit o (docs/evaluation.md), each with a negative where the rule could over-fire."""


def test_a_subject_that_denies_anyone_did_it_negates_the_speech_act(statements_of):
    # bbc-2005 business/mg-rover-china-tie-up-delayed: "did not comment" was already left out.
    assert statements_of("Neither Rover nor Shanghai Automotive commented on the reports.") == []
    assert statements_of("No one commented on the reports.") == []
    [s] = statements_of("Rover commented on the reports.")
    assert (s.speaker.mention.text, s.text) == ("Rover", "the reports")


def test_a_title_defended_is_held_by_playing_not_argued_for(statements_of):
    # bbc-2005 sport/radcliffe-will-compete-in-london.
    assert statements_of("The 31-year-old won the race in 2002, defended her title 12 months later.") == []
    [s] = statements_of("The minister defended her record on schools.")
    assert (s.speaker.mention.text, s.text) == ("The minister", "her record on schools")
    # A vote or a decision is argued for: still a defence.
    [s] = statements_of("He defended the vote to strike.")
    assert s.text == "the vote to strike"


def test_a_cue_giving_a_reason_with_no_subject_is_no_second_statement(statements_of):
    # The text dropped the "it" of "because it showed".
    text = "The industry said it was satisfied with the ruling, because showed that music piracy would not be accepted."
    assert [s.cue.text for s in statements_of(text)] == ["said"]
    text = "The industry said it was satisfied with the ruling, because it showed that music piracy would not be accepted."
    assert [s.cue.text for s in statements_of(text)] == ["said", "showed"]


def test_the_first_half_of_a_clause_joined_by_but_before_a_trailing_cue_is_reported_too(statements_of):
    # bbc-2005 G11: the parser makes both halves complements of "said".
    text = "Courts should be used as a last resort, but where they are, their orders should be enforced more rigorously, MPs said."
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.text) == (
        "MPs", "Courts should be used as a last resort, but where they are, their orders should be enforced more rigorously",
    )
    # A sentence before it is not joined to what was said.
    [s] = statements_of("Courts should be used as a last resort. Their orders should be enforced more rigorously, MPs said.")
    assert s.text == "Their orders should be enforced more rigorously"


def test_a_relative_clause_telling_what_happened_next_is_no_aside(statements_of):
    # bbc-2005 G5 (entertainment/rock-star-sued-by-ex-girlfriend).
    text = (
        "Mantooth added that the pair became lovers in 1990, after which she abandoned her career as a "
        "documentary film-maker to move in with the guitarist at his Malibu home."
    )
    [s] = statements_of(text)
    assert s.text.endswith("in 1990, after which she abandoned her career as a documentary film-maker to move in with the guitarist at his Malibu home")
    # An aside on what the noun is stays the reporter's.
    [s] = statements_of("He said the rebels took the town in May, which had been held by the army.")
    assert s.text == "the rebels took the town in May"


def test_a_subject_read_as_the_appositive_of_an_according_to_source_is_what_was_said(statements_of):
    # bbc-2005 G32 (business/mg-rover-china-tie-up-delayed).
    [s] = statements_of("According to the Observer, 3,000 jobs - out of a total workforce of 6,500 - could be lost if the deal goes ahead.")
    assert (s.speaker.mention.text, s.text) == (
        "the Observer", "3,000 jobs - out of a total workforce of 6,500 - could be lost if the deal goes ahead",
    )
    # A real appositive: the clause has its own subject.
    [s] = statements_of("According to Mr Smith, the firm's chief, the plant will close.")
    assert (s.speaker.mention.text, s.text) == ("Mr Smith, the firm's chief", "the plant will close")


def test_a_title_with_a_capitalised_preposition_is_one_name_after_an_inverted_cue(statements_of):
    # bbc-2005 G70 (business/gold-falls-on-imf-sale-concerns).
    [s] = statements_of('"The US is not convinced that\'s the necessary way to do it," said Treasury Under Secretary John Taylor.')
    assert (s.speaker.name, s.speaker.mention.text) == ("John Taylor", "Treasury Under Secretary John Taylor")
    # A place after a name is no title: the name speaks alone.
    [s] = statements_of('"It is fine," said John Brown on Monday.')
    assert (s.speaker.name, s.speaker.mention.text) == ("John Brown", "John Brown")


def test_a_cue_after_a_relative_clause_on_the_opening_noun_phrase_has_it_for_subject(statements_of):
    # bbc-2005 G69: the parser took "should it so choose" for the main clause.
    text = "The US, which can veto any plan to sell IMF gold should it so choose, said it is looking at other ways of solving the problem."
    [s] = statements_of(text)
    assert (s.speaker.name, s.text) == ("US", "it is looking at other ways of solving the problem")
    [s] = statements_of("The man, who was arrested yesterday, said he was innocent.")
    assert (s.speaker.mention.text, s.text) == ("The man, who was arrested yesterday", "he was innocent")


def test_a_lone_connective_before_an_aside_opens_the_clause_the_speaker_reports(statements_of):
    # PolNeAR train nyt_2016-02-01_with-wall-st-center-stage-novel-: "Instead" alone was hers.
    [s] = statements_of("Instead, she said, her boss told her he had booked a room.")
    assert (s.speaker.mention.text, s.text) == ("she", "Instead her boss told her he had booked a room")
    # A clause before the aside is what it reports; the report after it is another's.
    text = "There was no evidence of criminal activity, the bank said, but the police are said to be looking into the loss."
    [s, *_] = statements_of(text)
    assert (s.speaker.mention.text, s.text) == ("the bank", "There was no evidence of criminal activity")


def test_the_cue_s_own_subject_inside_the_phrase_before_an_interrupting_cue_speaks(statements_of):
    # bbc-2005 entertainment/obituary-dame-alicia-markova (audit o, n=78): not "decision".
    [s] = statements_of('She retired in 1963, an "instant decision" she said, "largely because of a leg injury".')
    assert s.speaker.mention.text == "she"
    assert [p.text for p in s.content][0] == 'She retired in 1963, an "instant decision"'
    [s] = statements_of('Clinton, a top aide said, "is very confident in the contrast".')
    assert s.speaker.mention.text == "a top aide"


def test_a_subject_with_a_relative_clause_after_an_inverted_cue_is_the_speaker(statements_of):
    # bbc-2005 business/turkey-turns-on-the-economic-charm (audit o, n=2).
    text = (
        "Such high initial expenses would be coupled with risks that the benefits would never be delivered, "
        "say those who feel the Turkish project should be shunned."
    )
    [s] = statements_of(text)
    assert s.speaker.mention.text == "those who feel the Turkish project should be shunned"
    assert s.text == "Such high initial expenses would be coupled with risks that the benefits would never be delivered"
    # "say" as an interjection: no clause before it, nothing inverted.
    [s] = statements_of("He said, say, in 2010, the plan failed.")
    assert s.speaker.mention.text == "He"


def test_a_trailing_cue_the_tagger_read_as_a_noun_reports_the_clause_before_it(statements_of):
    # bbc-2005 G36 (business/algeria-hit-by-further-gas-riots): "reports" tagged a plural noun.
    text = "Algeria suffered a weekend of violent protests against government plans to raise gas prices, local press reports."
    [s] = statements_of(text)
    assert (s.cue.text, s.speaker.mention.text) == ("reports", "local press")
    assert s.text == "Algeria suffered a weekend of violent protests against government plans to raise gas prices"
    # "FT reports" read as a compound: the name is the verb's subject.
    [s] = statements_of("Algeria suffered a weekend of violent protests, the FT reports.")
    assert (s.speaker.name, s.text) == ("FT", "Algeria suffered a weekend of violent protests")
    # Not a name before a participle (bbc-2005 tech/digital-guru-floats-sub-100-pc).
    text = "In 1995 Mr Negroponte published the bestselling Being Digital, now widely seen as predicting the digital age."
    assert [s.cue.text for s in statements_of(text)] == []
    # A source after a preposition or a noun after a verb reports nothing.
    [s] = statements_of("It limited most foreign companies to one joint venture, according to reports.")
    assert s.cue.text == "according to"
    assert statements_of("The site does not include critical reports.") == []


def test_a_list_read_as_a_second_subject_before_an_inverted_cue_is_what_was_said(statements_of):
    # bbc-2005 G30 of the seventh recall audit (tech/broadband-takes-on-tv-viewing).
    text = (
        "The threat to TV was greatest in countries where broadband was on the up, in particular the UK, "
        "France and Spain, said the report."
    )
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.text) == (
        "the report", "The threat to TV was greatest in countries where broadband was on the up, in particular the UK, France and Spain",
    )
    # A date between the clause and the cue dates the saying.
    [s] = statements_of("Prices rose sharply in March, said the report.")
    assert s.text == "Prices rose sharply in March"


def test_a_clause_joined_to_a_reported_one_is_no_part_of_it_when_it_is_about_the_speaker(statements_of):
    # Review of the seventh recall audit's mends: a passive about the speaker is not what he said.
    found = statements_of("The chancellor said the economy was strong and was asked by MPs whether he would cut taxes.")
    assert found[0].text == "the economy was strong"
    # A participle set off after what was said is the reporter's, and the pledge in it the minister's: not Labour's.
    found = statements_of("Labour said the minister had broken his word, having pledged last year that no hospitals would close.")
    assert [s.text for s in found if s.speaker.name == "Labour Party"] == ["the minister had broken his word, having pledged last year that no hospitals would close"]


def test_a_gerund_right_after_a_speech_act_is_what_was_denied_or_admitted(statements_of):
    # bbc-2005 G58 of the eighth recall audit (business/soros-group-warns-of-kazakh-close).
    found = statements_of("The Open Society Institute denies having any role, but offices have had to close.")
    assert [(s.speaker.mention.text, s.cue.text, s.text) for s in found] == [("The Open Society Institute", "denies", "having any role")]
    [s] = statements_of("The minister admitted taking money from the firm.")
    assert (s.cue.text, s.text) == ("admitted", "taking money from the firm")
    # A firm recalling its cars tells no memory; a negated one says nothing; a gerund after a comma
    # is a statement of its own.
    assert statements_of("Toyota recalled making the cars.") == []
    assert statements_of("Donald Trump did not at any time mention requesting a donation from Fox.") == []
    found = statements_of("The minister announced the deal, saying it would create jobs.")
    assert [(s.cue.text, s.text) for s in found] == [("announced", "the deal"), ("saying", "it would create jobs")]


def test_a_relative_clause_on_a_fronted_according_to_source_is_not_what_was_said(statements_of):
    # bbc-2005 G90 of the eighth recall audit (business/mexican-in-us-send-16bn-home): the parser hangs
    # the relative clause on the reported one.
    text = (
        "According to Standard & Poor's, which has recently upgraded Mexico's sovereign debt rating, the rise in "
        "remittances helps protect the Mexican economy."
    )
    [s] = statements_of(text)
    assert s.text == "the rise in remittances helps protect the Mexican economy"
    # One after what was said is the reporter's or the source's: left as it was.
    [s] = statements_of("According to police, the man fled on foot, which surprised nobody.")
    assert s.text == "the man fled on foot, which surprised nobody"


def test_a_report_in_a_relative_clause_on_what_a_speech_act_is_about_is_the_reporters_telling(statements_of):
    # bbc-2005 G21 of the eighth recall audit (politics/brown-hits-back-in-blair-rift-row).
    text = "Gordon Brown has criticised a union leader who said the row was harming the government."
    found = statements_of(text)
    assert [(s.speaker.name, s.cue.text, s.text) for s in found] == [
        ("Gordon Brown", "has criticised", "a union leader who said the row was harming the government"),
        ("a union leader", "said", "the row was harming the government"),
    ]
    # Inside a reported clause it stays the outer speaker's words.
    [s] = statements_of("The minister said the man who said he saw it was lying.")
    assert (s.speaker.mention.text, s.text) == ("The minister", "the man who said he saw it was lying")


def test_a_participle_after_a_passive_of_asking_is_the_answer_of_the_one_asked(statements_of):
    # The case earlier audits left: "He was asked whether …, saying only …".
    found = statements_of("Tony Blair was asked whether he would quit, saying only that he was focused on the election.")
    assert [(s.speaker.name, s.cue.text, s.text) for s in found if s.cue.text == "saying"] == [
        ("Tony Blair", "saying", "he was focused on the election"),
    ]
    found = statements_of('John Smith was asked whether he would stand again, saying only: "We will see what happens next year."')
    assert [(s.speaker.name, s.cue.text, s.text) for s in found if s.kind == "direct"] == [
        ("John Smith", "saying", "We will see what happens next year."),
    ]
    # With the askers named, the participle may be theirs: no answer is given to the one asked.
    found = statements_of("John Smith was asked by MPs whether he would stand again, saying only that he was happy.")
    assert [s.cue.text for s in found] == ["was asked"]


def test_only_before_the_reported_that_says_how_little_was_said_not_what(statements_of):
    # bbc-2005 tech/us-blogger-fired-by-her-airline, met with the "saying only" case.
    [s] = statements_of("Trey Gowdy did not release further details, saying only that the interviews took place.")
    assert (s.cue.text, s.text) == ("saying", "the interviews took place")
    # Inside the clause, "only" is what was said.
    [s] = statements_of("He said only Smith could win.")
    assert s.text == "only Smith could win"


def test_a_participle_after_a_reported_passive_of_asking_is_the_reporters(statements_of):
    # Review of the eighth recall audit's mends: "was asked" inside what the spokesman said is his
    # report, and the participle the parser hangs on it his too (``subjects._participle_owner``).
    text = "The spokesman said Mr Blair was asked whether he would quit, adding that the question was hypothetical."
    found = statements_of(text)
    assert [(s.speaker.mention.text, s.text) for s in found if s.cue.text == "adding"] == [("The spokesman", "the question was hypothetical")]
    text = "The chairman said Mr Brown was asked about the bonuses, insisting that the board had acted properly."
    found = statements_of(text)
    assert [s.speaker.mention.text for s in found if s.cue.text == "insisting"] == ["The chairman"]
    # Not reported: the one asked answers.
    found = statements_of("Mr Brown was asked if he would stand, saying he had not decided.")
    assert [(s.speaker.name, s.text) for s in found if s.cue.text == "saying"] == [("Brown", "he had not decided")]


def test_a_participle_of_manner_after_a_speech_act_is_not_what_was_said(statements_of):
    # Review: only verbs that take a gerund object read one; "citing", "using", "speaking" say how.
    assert statements_of("The prime minister announced speaking from Downing Street.") == []
    assert statements_of("Trump tweeted using his personal account on Sunday.") == []
    assert statements_of("The Guardian reported quoting a senior source.") == []
    [s] = statements_of("Reuters reported citing three officials familiar with the matter.")
    assert (s.cue.text, s.text) == ("citing", "three officials familiar with the matter")
    # A verb that takes a gerund still does, a perfect one too.
    [s] = statements_of("The company reported losing money for a third year.")
    assert (s.cue.text, s.text) == ("reported", "losing money for a third year")
    [s] = statements_of("He admitted having taken bribes.")
    assert (s.cue.text, s.text) == ("admitted", "having taken bribes")


def test_a_speech_act_negated_through_its_subject_an_adverb_a_modal_or_a_refusal_says_nothing(statements_of):
    # Review: one test for the gerund (``speech_acts.withheld``); a noun object shares the modal and
    # the infinitive (``not_yet``), while a negated one stays reported as PolNeAR marks it.
    for text in (
        "Nobody mentioned requesting a donation.", "None of the ministers mentioned cutting the budget.",
        "Neither candidate mentioned raising taxes.", "He hardly mentioned raising taxes.",
        "Smith could deny stealing the car.", "He refused to confirm or deny having a role in the affair.",
        "Smith could deny the charge.", "He refused to confirm or deny the report.",
    ):
        assert statements_of(text) == [], text
    [s] = statements_of("Smith denied stealing the car.")
    assert (s.speaker.mention.text, s.text) == ("Smith", "stealing the car")
    [s] = statements_of("Smith denied the charge.")
    assert s.text == "the charge"
    [s] = statements_of("Trump did not mention the donation.")
    assert s.text == "the donation"


def test_a_speakers_own_relative_clause_on_the_object_stays_in_the_statement(statements_of):
    # Review: the reporter of the relative clause is the outer speaker (the same word, or a pronoun
    # agreeing with the outer subject): one statement, not two.
    for text in (
        "He denied the allegations, which he said were politically motivated.",
        "The minister announced a scheme which she said would create 1,000 jobs.",
        "Critics slammed the decision, which they say will cost thousands of jobs.",
    ):
        assert len(statements_of(text)) == 1, text
    # Another reporter still tells who the object is, with "claimed" as with "said".
    found = statements_of("Mr Johnson defended the policy, which critics say has failed.")
    assert [s.speaker.mention.text for s in found] == ["Mr Johnson", "critics"]
    text = "Gordon Brown has criticised a union leader who claimed that conflict in the party was harming the government."
    found = statements_of(text)
    assert [(s.speaker.name, s.cue.text, s.text) for s in found][1:] == [
        ("a union leader", "claimed", "conflict in the party was harming the government"),
    ]


def test_a_quotation_opening_lower_case_after_and_goes_on_with_the_sentence(statements_of):
    # Ninth audit, bbc-2005 business/deutsche-attacks-yukos-case (G12): nothing was reported.
    text = ('Yukos is confident of its right to US bankruptcy protection, and "we are prepared to be back in court '
            'defending that position again," he said.')
    [s] = statements_of(text)
    assert (s.kind, s.speaker.mention.text, s.text) == (
        "mixed", "he",
        # The statement's text leaves the quotation marks out.
        "Yukos is confident of its right to US bankruptcy protection, and we are prepared to be back in court "
        "defending that position again,",
    )
    # A quotation opening a sentence of its own is the cue's alone.
    found = statements_of('The team lost. "And we will fight on," he said.')
    assert [(s.kind, s.text) for s in found] == [("direct", "And we will fight on")]


def test_a_be_clause_in_the_speakers_words_joined_to_the_cue_is_said_too(statements_of):
    # Ninth audit, bbc-2005 entertainment/no-jail-for-singer-courtney-love (G50): cut at "and".
    text = 'Her lawyer Howard Weitzman said Ms Love had "turned her life around" and she was "clean and sober".'
    [s] = statements_of(text)
    assert s.text == "Ms Love had turned her life around and she was clean and sober"
    # With no quotation, or another verb, the joined clause is the reporter's.
    [s] = statements_of('The judge said the plan was "dead" and he walked out.')
    assert s.text == "the plan was dead"
    [s] = statements_of('The judge said the plan was "dead" and the crowd sang "We are the champions".')
    assert s.text == "the plan was dead"


def test_according_to_between_commas_after_and_reports_the_conjunct_after_it(statements_of):
    # Ninth audit, bbc-2005 business/mcdonald-s-boss-bell-dies-aged-44 (G21, G22): both halves went to Reuters.
    text = ('He had promised not to let the company get "fat, dumb and happy," and, according to Reuters, once told '
            'analysts that he would shove a fire hose down the throat of competitors.')
    found = statements_of(text)
    assert [(s.speaker.mention.text, s.cue.text, [p.text for p in s.content]) for s in found] == [
        ("Reuters", "according to", ["He", "once told analysts that he would shove a fire hose down the throat of competitors"]),
        ("He", "had promised", ['not to let the company get "fat, dumb and happy,"']),
    ]
    # bbc-2005 business/cuba-winds-back-economic-clock: the first conjunct is the reporter's.
    text = ("Cuba's tourist industry has been one of its few economic success stories over the last ten years and, "
            "according to the UN Economic Commission for Latin America, is now worth $3bn to the country.")
    [s] = statements_of(text)
    assert [p.text for p in s.content] == ["Cuba's tourist industry", "is now worth $3bn to the country"]
    # Not after "and": the phrase frames the whole sentence.
    [s] = statements_of("Sales rose in March, according to the FT, and profits fell.")
    assert [p.text for p in s.content] == ["Sales rose in March", "and profits fell"]


def test_a_set_or_a_race_claimed_is_won_not_said(statements_of):
    # Ninth audit, bbc-2005 sport/federer-forced-to-dig-deep: a false find.
    text = "Federer made a number of unforced errors early on, allowing Ferrero to take advantage and claim the first set."
    assert statements_of(text) == []
    assert statements_of("He claimed the European Championship race.") == []
    [s] = statements_of("The union claimed the pay deal was unfair.")
    assert s.text == "the pay deal was unfair"


# After a review the same session (twenty-third): each mend above narrowed where a probe found it over-firing.


def test_a_quoted_conjunct_with_a_source_of_its_own_is_not_the_speakers(statements_of):
    [s] = [s for s in statements_of(
        'Mr Trump said the economy was strong, but inflation was "stubbornly high", according to the Fed.'
    ) if s.cue.text == "said"]
    assert s.text == "the economy was strong"
    found = statements_of('The minister said talks were continuing, but the response from unions was "hostile", the BBC understands.')
    assert [s.text for s in found if s.cue.text == "said"] == ["talks were continuing"]
    # With none, the speaker's quoted words go on (bbc-2005 politics/hewitt-decries-career-sexism).
    [s] = statements_of('Mr Johnson said the cost was being evaluated, but it was an "increasingly high priority".')
    assert s.text == "the cost was being evaluated, but it was an increasingly high priority"


def test_according_to_after_and_inside_a_relative_clause_keeps_the_sentence(statements_of):
    text = "The president, who was elected in 2020 and, according to polls, remains popular, will speak tonight."
    [s] = statements_of(text)
    assert s.text == "The president, who was elected in 2020 and remains popular, will speak tonight"
    text = "The minister, who resigned in May and, according to friends, plans to write a book, was absent."
    [s] = statements_of(text)
    assert s.text == "The minister, who resigned in May and plans to write a book, was absent"


def test_according_to_before_an_auxiliary_reports_the_conjunct_with_its_shared_subject(statements_of):
    found = statements_of("The senator voted against the bill and, according to aides, is considering a run for president.")
    assert [[p.text for p in s.content] for s in found if s.cue.text == "according to"] == [
        ["The senator", "is considering a run for president"],
    ]


def test_claim_wins_only_what_is_won_on_the_field(statements_of):
    [s] = statements_of("Prosecutors claimed a match between the defendant's DNA and samples found at the scene.")
    assert s.text == "a match between the defendant's DNA and samples found at the scene"
    [s] = statements_of("The FBI claimed a break in the case after the arrests.")
    assert s.text.startswith("a break in the case")
    [s] = statements_of("He claimed a run of success for the government.")
    assert s.text == "a run of success for the government"
    # A set or a break standing alone is won (bbc-2005 sport/nadal-puts-spain-2-0-up).
    assert statements_of("Roddick claimed the first set.") == []
    assert statements_of("Roddick claimed the vital first break.") == []


def test_a_quotation_after_and_goes_on_only_with_a_stance(statements_of):
    # The reporter's first clause is not the speaker's (the old answer: the rules find nothing).
    assert statements_of('Protesters gathered outside the Capitol, and "we will not be silenced," one of them told the BBC.') == []
    assert statements_of('The vote was delayed until Friday, and "nobody really knows why," one Democratic aide said.') == []


def test_a_parenthetical_cue_around_quoted_words_is_mixed(statements_of):
    # Tenth audit, bbc-2005 tech/tv-s-future-down-the-phone-line (G45): reported indirect.
    [s] = statements_of('Last year, he said, was all about deal making; shaping the "IPTV ecosystem".')
    assert (s.kind, s.cue.text) == ("mixed", "said")
    # With no quotation it stays indirect.
    [s] = statements_of("Last year, he said, was all about deal making.")
    assert (s.kind, s.cue.text) == ("indirect", "said")


def test_learning_after_a_preposition_is_coming_to_know_not_a_report(statements_of):
    # Tenth audit, bbc-2005 politics/mp-s-shock-at-long-lost-daughter: a false find with no speaker.
    text = 'The MP has told of his joy on learning he fathered a daughter when he was "out of control".'
    assert [s.cue.text for s in statements_of(text)] == []
    assert statements_of("She resigned after learning she had been dropped from the team.") == []
    # A news organisation that has learned something reports its source.
    [s] = statements_of("The BBC has learned that the plan was dropped.")
    assert (s.speaker.mention.text, s.text) == ("The BBC", "the plan was dropped")


def test_a_subject_before_a_stray_comma_is_the_reported_clauses(statements_of):
    # Tenth audit, bbc-2005 business/barclays-profits-hit-record-level (G6): the subject was cut off.
    text = ("It added its bid to acquire a controlling stake in South Africa's leading retail bank Absa, "
            "was being considered by regulatory authorities.")
    [s] = statements_of(text)
    assert s.text == ("its bid to acquire a controlling stake in South Africa's leading retail bank Absa, "
                      "was being considered by regulatory authorities")
    # Not the one told: "the BBC" is no subject of what was said.
    [s] = statements_of("He told the BBC, there was no doubt about it.")
    assert s.text == "there was no doubt about it"


def test_a_name_set_off_after_the_source_of_according_to_is_not_what_was_said(statements_of):
    # Tenth audit, bbc-2005 tech/tv-s-future-down-the-phone-line (G49): the name opened the content.
    text = "According to technology analysts, TDG Research, there will be 20 million subscribers in under six years."
    [s] = statements_of(text)
    assert s.text == "there will be 20 million subscribers in under six years"
    # A name that is the clause's own subject stays in it.
    [s] = statements_of("According to police, John Smith, 45, was arrested on Friday.")
    assert s.text == "John Smith, 45, was arrested on Friday"
    # Nor the first word of a title with commas in it (bbc-2005 business/palestinian-economy-in-decline).
    [s] = statements_of("According to the report, Intifada, Closures and Economic Crisis, there is a close link.")
    assert s.text.startswith("Intifada, Closures")


def test_a_so_clause_after_a_proposal_is_its_purpose_and_said_too(statements_of):
    # Tenth audit, bbc-2005 politics/campaign-cold-calls-questioned (G40): cut at "so".
    text = "Mr Taylor argues there should be new guidelines so all parties can act in the same way."
    [s] = statements_of(text)
    assert s.text == "there should be new guidelines so all parties can act in the same way"
    # After a plain report the "so" is the reporter's.
    [s] = statements_of("He said she was ill so she could not come.")
    assert s.text == "she was ill"


def test_a_so_clause_after_a_proposal_is_said_only_when_it_gives_a_purpose(statements_of):
    # A review of the tenth audit's mends: the reporter's result "so" is not the proposal's purpose.
    [s] = statements_of("He argued there should be new rules so the party voted for them.")
    assert s.text == "there should be new rules"
    # "so that" is a purpose without a modal.
    [s] = statements_of("He argued there should be more police so that crime falls.")
    assert s.text == "there should be more police so that crime falls"
    # A "so" clause with a source of its own is not the speaker's.
    texts = [s.text for s in statements_of("He argued there should be new rules so all parties could act fairly, according to aides.")]
    assert "there should be new rules" in texts and not any(t.endswith("according to aides") for t in texts)
    # Nor one with a cue of its own: the voters' saying stays a find of its own.
    statements = statements_of("He argues there should be new rules so voters can say what they think.")
    assert [(s.cue.text, s.text) for s in statements] == [("argues", "there should be new rules"), ("can say", "what they think")]
    # A cue inside a condition on the purpose is part of it (G40 as the article has it).
    text = ("Mr Taylor argues there should be new guidelines so all parties can act in the same way if the "
            "watchdog believes the rules allow parties to ring TPS numbers.")
    [s] = statements_of(text)
    assert s.text.endswith("act in the same way if the watchdog believes the rules allow parties to ring TPS numbers")
    # At a paragraph's end too: the line break after it is no source.
    [s, _] = statements_of(text + "\nThe watchdog said it would reply.")
    assert s.text.endswith("if the watchdog believes the rules allow parties to ring TPS numbers")


def test_a_date_set_off_after_the_source_of_according_to_stays_in_what_was_said(statements_of):
    # A review of the tenth audit's mends: a weekday is a PROPN but names no source.
    [s] = statements_of("According to the Pentagon, Tuesday, the strike killed 12 militants.", published="2024-03-01")
    assert s.text == "Tuesday, the strike killed 12 militants"
    [s] = statements_of("According to a spokesman, Friday, there was no decision.")
    assert s.text == "Friday, there was no decision"


def test_a_short_object_before_a_stray_comma_is_no_subject_of_the_verb_after_it(statements_of):
    # A review of the tenth audit's mends: the one who admitted was fined; "the offence" was not.
    assert not any(s.text.startswith("the offence") for s in statements_of("He admitted the offence, was fined 500 pounds."))
    text = "The firm confirmed the closure, will cut 300 jobs and has blamed rising costs."
    assert not any(s.text.startswith("the closure") for s in statements_of(text))
    # A subject with a clause of its own is restored (bbc-2005 business/umbro-profits-lifted-by-euro-2004).
    text = ("Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the right to make replica "
            "shirts, would end in 2006.")
    [s] = statements_of(text)
    assert s.text == ("its sponsorship agreement with Chelsea, which gave Umbro the right to make replica shirts, "
                      "would end in 2006")
    # "say" takes no person as its object (PolNeAR train, breitbart_2016-02-08).
    [s] = statements_of("Jeb Bush and Chris Christie say Florida Sen. Marco Rubio, hasn't been tested.")
    assert s.text == "Florida Sen. Marco Rubio, hasn't been tested"
