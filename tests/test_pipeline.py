"""Gold cases: one construction each, with the exact statements expected.

Each expected statement is (kind, text, speaker name, speaker type, mention, cue).
"""

import pytest

from saidwhat.model import Article
from saidwhat.pipeline import analyse

CASES = {
    "colon intro": (
        "Health Minister Sarah Quinn spoke to MPs. She told them: “Every community deserves a doctor.”",
        [("direct", "Every community deserves a doctor.", "Sarah Quinn", "person", "She", "told")],
    ),
    "quote then cue, inverted subject": (
        '"We have run out of options," said Hugh Hill, a doctor at the clinic.',
        [("direct", "We have run out of options", "Hugh Hill", "person", "Hugh Hill, a doctor at the clinic", "said")],
    ),
    "quote ending in a nested quotation": (
        "“She said on the campaign trail, ‘I refuse to use that phrase,’” he noted. Tom Hale is her rival.",
        [("direct", "She said on the campaign trail, ‘I refuse to use that phrase,’", None, "unknown", "he", "noted")],
    ),
    "split quote": (
        "“We will not give up,” Jane Doe said, “because the people are with us.”",
        [("direct", "We will not give up because the people are with us.", "Jane Doe", "person", "Jane Doe", "said")],
    ),
    "mixed quote": (
        "Emmanuel Macron spoke on TV. He maintained that “all these options are possible” when asked about troops.",
        [("mixed", "all these options are possible", "Emmanuel Macron", "person", "He", "maintained")],
    ),
    "mixed quote going on after 'as' a preposition": (
        "Ted Cruz spoke on Monday. He said the senator could not “make deals” as president because lawmakers dislike him.",
        [("mixed", "the senator could not make deals as president because lawmakers dislike him", "Ted Cruz", "person", "He", "said")],
    ),
    "indirect speech": (
        "Jens Stoltenberg stressed that the alliance would not send soldiers.",
        [("indirect", "the alliance would not send soldiers", "Jens Stoltenberg", "person", "Jens Stoltenberg", "stressed")],
    ),
    "according to": (
        "According to the World Bank, growth will slow to 2% next year.",
        [("indirect", "growth will slow to 2% next year", "World Bank", "organisation", "the World Bank", "According to")],
    ),
    "participle cue takes the main subject": (
        "Sergei Naryshkin issued a warning, saying: “These statements are extremely dangerous.”",
        [("direct", "These statements are extremely dangerous.", "Sergei Naryshkin", "person", "Sergei Naryshkin", "saying")],
    ),
    "short name resolves to full name": (
        "Emmanuel Macron visited Berlin on Friday. Mr Macron said the talks were useful.",
        [("indirect", "the talks were useful", "Emmanuel Macron", "person", "Mr Macron", "said")],
    ),
    "organisation": (
        "The Kremlin has already stated that the move would lead to a direct clash.",
        [("indirect", "the move would lead to a direct clash", "Kremlin", "organisation", "The Kremlin", "has already stated")],
    ),
    "anonymous source": (
        "A spokesman said the company would appeal against the ruling.",
        [("indirect", "the company would appeal against the ruling", "A spokesman", "anonymous", "A spokesman", "said")],
    ),
    "calling something a label is saying it": (
        "Jeb Bush called Trump “unhinged” on Monday.",
        [("mixed", "Trump unhinged", "Jeb Bush", "person", "Jeb Bush", "called")],
    ),
    "headline colon": (
        "John McCain: Populist anger appeals to bad angels\nThe senator spoke in Phoenix.",
        [("indirect", "Populist anger appeals to bad angels", "John McCain", "person", "John McCain", ":")],
    ),
    "clause before the cue": (
        "Three rural clinics will close by summer, health officials said.",
        [("indirect", "Three rural clinics will close by summer", "health officials", "anonymous", "health officials", "said")],
    ),
}


def summary(s):
    return (s.kind, s.text, s.speaker.name, s.speaker.type, s.speaker.mention.text if s.speaker.mention else None, s.cue.text if s.cue else None)


@pytest.mark.parametrize("name", CASES)
def test_gold_case(name, statements_of):
    text, expected = CASES[name]
    assert [summary(s) for s in statements_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ministers unveiled the so-called “reform” of the tax code.",
        "The cinema screened “Gone with the Wind” on Sunday night.",
        "Boris “the Blade” Johnson arrived at the summit.",
        "He said a prayer before the match.",
        "Storm warning issued for the coast",
        # Claiming a prize is winning it; denying someone something is withholding it.
        "Argentina claimed top spot in Group A with three wins.",
        "A hamstring injury denied Luscombe the opportunity to play.",
        # In keeping with something, not a source saying it; a phrasal verb, not a naming.
        "According to his wishes, there will be no funeral service.",
        "Brokers were rewarded according to how much business they brought.",
        "Argonaut called in administrators David Rubin & Partners on Friday.",
    ],
)
def test_not_statements(text, statements_of):
    assert statements_of(text) == []


def test_pronoun_chain_alternating_people(statements_of):
    text = (
        "Mr John Smith met Ms Ann Lee in Paris. Mr Smith said the talks had gone well. "
        "Ms Lee said she disagreed. He added that a deal was close."
    )
    assert [s.speaker.name for s in statements_of(text)] == ["John Smith", "Ann Lee", "John Smith"]


def test_role_from_title_and_appositive(statements_of):
    text = "Kremlin spokesman Dmitry Peskov said the talks were over. Hugh Hill, a doctor, said clinics would close."
    assert [(s.speaker.name, s.speaker.role) for s in statements_of(text)] == [
        ("Dmitry Peskov", "Kremlin spokesman"),
        ("Hugh Hill", "doctor"),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A date the parser hangs on the name, an honorific and "himself" are no role.
        ("On Wednesday Mr Blair said he would stay.", None),
        ("Tony Blair himself has said he will serve a full term.", None),
        ("Chief executive Sir Anthony O'Reilly said sales rose.", "Chief executive"),
        # An age or a possessive owner says nothing of what they do.
        ("Imelda Staunton, 49, said she was thrilled.", None),
        ("Arsenal's Thierry Henry said the team was tired.", None),
    ],
    ids=["date", "himself", "honorific", "age", "owner"],
)
def test_no_role_from_words_that_are_not_one(statements_of, text, role):
    assert statements_of(text)[-1].speaker.role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # Given where the person is named, not where they speak.
        ("Chelsea boss Jose Mourinho will not face action over his comments. Mourinho said he was happy.", "Chelsea boss"),
        # When the article said it is not part of the role.
        ("Earlier Foreign Secretary Jack Straw said the talks would go on.", "Foreign Secretary"),
        ("On Wednesday Prime Minister Yulia Tymoshenko said prices would fall.", "Prime Minister"),
        # A title alone is a role; a form of address is not.
        ("President Putin said the deal was done.", "President"),
        ("Lord Goldsmith said the war was legal.", None),
        # The role ends where a clause about the person begins.
        ("John Smith, a UK investment banker who has held talks with Borussia Dortmund, said the club was sound.", "UK investment banker"),
        # Initials are a role unless in brackets after a body's name; another name is never one.
        ("Diane Abbott, MP, said the bill was wrong.", "MP"),
        ("Palestinian leader Mahmoud Abbas Abu Mazen met Israeli officials. Mr Abbas said the talks went well.", None),
    ],
    ids=["named-before", "earlier", "on-wednesday", "president", "lord", "relative-clause", "initials", "two-names"],
)
def test_role_as_the_article_gives_it(statements_of, text, role):
    assert statements_of(text)[-1].speaker.role == role


def test_a_name_in_a_books_title_is_not_the_source(statements_of):
    [s] = statements_of("According to a new book, Brown's Britain, Mr Blair went back on a pledge to stand down.")
    assert (s.speaker.name, s.speaker.type) == ("a new book", "anonymous")


def test_multi_paragraph_quote_is_one_statement(statements_of):
    text = "Kremlin spokesman Dmitry Peskov said: “The first part.\n“The second part is here.”\nHe left."
    [s] = statements_of(text)
    assert [p.text for p in s.content] == ["The first part.", "The second part is here."]
    assert s.text == "The first part. The second part is here."


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # The attribution ends a sentence: the first piece was one, its full stop made a comma.
        ('"We have run out of options," said Hugh Hill. "The money simply is not there."',
         "We have run out of options. The money simply is not there."),
        # It splits one sentence: the pieces join as one.
        ('"The plan," he said, "is dead."', "The plan is dead."),
        # "Mr." and "Sen." end no sentence: the pieces are joined as they are.
        ('"It is over," said Mr. Jones, "Everyone knows."', "It is over Everyone knows."),
        ('"The bill," said Sen. Marco Rubio, "Is dead."', "The bill Is dead."),
    ],
    ids=["two-sentences", "one-sentence", "abbreviation", "senator"],
)
def test_split_quotation_reads_as_written(statements_of, text, joined):
    [s] = statements_of(text)
    assert s.text == joined


def test_quoted_paragraph_after_statement_continues_speaker(statements_of):
    text = "Jane Doe said: “We will win.”\n“There is no doubt about it at all.”\nThe vote is in May."
    [s] = statements_of(text)
    assert ([p.text for p in s.content], s.speaker.name) == (["We will win.", "There is no doubt about it at all."], "Jane Doe")


def test_unbalanced_marks_do_not_crash_the_article(statements_of):
    text = 'Jane Porter said: "We knew some people would be unhappy.\nShe said the board would meet in May.\n“It was great,” said Tom Reyes.'
    statements = statements_of(text)
    assert [(s.kind, s.speaker.name) for s in statements] == [
        ("direct", "Jane Porter"), ("indirect", "Jane Porter"), ("direct", "Tom Reyes")
    ]


def test_debris_line_never_yields_a_statement(statements_of):
    text = "Jane Doe said the plan would work.\nClick here if you can't see the poll above.\nShare this article"
    statements = statements_of(text)
    assert len(statements) == 1
    assert "poll" not in statements[0].text


def test_spans_point_into_the_text(statements_of, macron):
    text, statements = macron
    for s in statements:
        spans = [*s.content, s.cue, s.speaker.mention, s.when.expression]
        for span in filter(None, spans):
            assert text[span.start : span.end] == span.text


def test_relative_pronoun_mention_resolves_to_its_noun(statements_of):
    text = "The board met Jane Doe, who said the clinic would close in June."
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text, s.cue.text) == ("Jane Doe", "who", "said")


def test_according_to_before_a_quotation(statements_of):
    text = "The Washington Post studied the data. According to the newspaper, “the gun laws are porous and dangerous.”"
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.speaker.type, s.speaker.mention.text) == ("direct", "Washington Post", "organisation", "the newspaper")


def test_possessive_name_does_not_make_the_spokesman_the_person(statements_of):
    [s] = statements_of("Mr Blair's spokesman said: “The church has a well-known position.”")
    assert (s.speaker.name, s.speaker.type) == ("Mr Blair's spokesman", "anonymous")
    # Nor whom the source speaks for (speaker audit h: "A spokesman for Mr Blair said" was Tony Blair).
    text = "Tony Blair spoke in London.\n\nA spokesman for Mr Blair said the prime minister would not resign. He added that talks went well."
    assert [(s.speaker.name, s.speaker.type) for s in statements_of(text)] == [("A spokesman for Mr Blair", "anonymous")] * 2
    [s] = statements_of("A friend of the singer said she was fine.")
    assert (s.speaker.name, s.speaker.type) == ("A friend of the singer", "anonymous")


def test_pronoun_prefers_the_subject_over_a_possessive(statements_of):
    text = "Ms Ann Lee spoke on Monday. Sarah Quinn backed Ms Lee's plan. She said it would work."
    [s] = statements_of(text)
    assert s.speaker.name == "Sarah Quinn"


def test_fragment_quote_is_not_split_onto_the_next_cue(statements_of):
    text = "In a statement, Jane Doe said abortion was a “very key issue”, saying: “The policy is one we commend.”"
    assert [(s.kind, s.text) for s in statements_of(text)] == [
        ("mixed", "abortion was a very key issue"),
        ("direct", "The policy is one we commend."),
    ]


def test_an_article_too_long_to_parse_is_one_problem_not_the_end_of_the_batch(nlp):
    from saidwhat.errors import InputError
    from saidwhat.model import Article
    from saidwhat.pipeline import extract, extract_many

    huge = Article(id="huge", text="Jane Doe said it. " * 60_000, source="huge.txt")
    small = Article(id="small", text="Jane Doe said the plan would work.", source="small.txt")
    problems = []
    done = [e.article.id for e in extract_many([huge, small], nlp=nlp, problems=problems)]
    assert done == ["small"]
    assert [(p.article, p.stage) for p in problems] == [("huge", "parse")]
    assert "split it into smaller articles" in problems[0].message
    with pytest.raises(InputError, match="huge.txt: 1,080,000 characters"):
        extract(huge, nlp=nlp)


def test_speech_act_with_an_object(statements_of):
    [s] = statements_of("Police announced the suspect's name on Friday.")
    assert (s.kind, s.text, s.speaker.name, s.cue.text) == ("indirect", "the suspect's name", "Police", "announced")


def test_a_speech_act_inside_what_was_said_is_not_a_second_statement(statements_of):
    statements = statements_of("Dr Haddad said the union would announce fresh strike dates within days.")
    assert [s.cue.text for s in statements] == ["said"]


def test_quotation_after_reported_speech_is_the_same_speaker(statements_of):
    text = "John Kerry said that 100,000 refugees would be accepted. “That adds up to 185,000 over two years.”"
    # One statement: reported, then in his own words (PolNeAR joins them in one attribution too).
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.cue.text, [p.text for p in s.content]) == (
        "mixed", "John Kerry", "said", ["that 100,000 refugees would be accepted", "That adds up to 185,000 over two years."]
    )


def test_parser_slips_around_a_reported_clause_are_mended(statements_of):
    text = "Mr Blair does not believe abortion should be an election issue, arguing it is a matter for individual conscience."
    assert [(s.text, s.speaker.name, s.cue.text) for s in statements_of(text)] == [
        ("abortion should be an election issue", "Blair", "does not believe"),
        ("it is a matter for individual conscience", "Blair", "arguing"),
    ]


def test_family_name_first_and_find_without_that(statements_of):
    text = (
        "“The prices are unreasonable,” said Wang Yan, an official from the commission. "
        "Mr Wang said his team would adjust parking prices. Fans may find themselves the target of new fees."
    )
    assert [(s.speaker.name, s.cue.text) for s in statements_of(text)] == [("Wang Yan", "said"), ("Wang Yan", "said")]


def test_he_added_is_the_speaker_just_quoted(statements_of):
    text = (
        "Chairman John Wardle said the club would not sell Shaun Wright-Phillips. "
        "Wright-Phillips scored twice on Saturday. He added: “He is the heart and soul of this club.”"
    )
    assert [s.speaker.name for s in statements_of(text)] == ["John Wardle", "John Wardle"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Nicolas Anelka was quoted in a French newspaper as saying he would like to play for a bigger club.", "Nicolas Anelka"),
        ("He was called “one of the biggest pirates in the country” by the sentencing judge.", "the sentencing judge"),
    ],
)
def test_passive_cues_name_the_agent_not_the_subject(statements_of, text, speaker):
    [s] = statements_of(text)
    assert s.speaker.name == speaker


def test_a_passive_label_with_no_one_saying_it_is_not_a_statement(statements_of):
    assert statements_of("He was called “one of the biggest pirates in the country” at the hearing.") == []


def test_a_headline_label_is_not_a_claim(statements_of):
    assert statements_of("Arthur Hailey: King of the bestsellers\nThe novelist died on Friday.") == []


def test_declined_to_say_is_not_a_statement_and_he_is_the_spokesman(statements_of):
    text = (
        "Tony Blair's official spokesman declined to say whether the prime minister backed the plans. "
        "He said: “There is a process going on, let's wait for it to finish.”"
    )
    assert [(s.speaker.name, s.speaker.type, s.cue.text) for s in statements_of(text)] == [
        ("Tony Blair's official spokesman", "anonymous", "said")
    ]


def test_inverted_subject_after_the_reported_clause(statements_of):
    text = (
        "Millions of public service workers could strike if ministers scrap their final salary pension scheme "
        "and make them work longer, warn union leaders."
    )
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text) == ("union leaders", "warn")


def test_a_demonstrative_is_not_a_speaker(statements_of):
    assert statements_of("This indicates that neither country is interested in raising the temperature.") == []


def test_a_name_of_dash_and_no_break_space_has_no_words(nlp):
    # The small NER model once labelled "―\xa0" (a dash and a no-break space) PERSON; an
    # empty name then crashed pronoun resolution for the whole article.
    from saidwhat.speakers.names import name_words

    doc = nlp("―\xa0Julie Diaz")
    assert name_words([doc[0], doc[1]]) == []


def test_a_mention_headed_by_punctuation_keeps_its_head(nlp):
    # A source span from the learned tagger can be headed by a dash; an empty core
    # crashed speaker resolution for the whole article.
    from saidwhat.quotes import core_mention

    doc = nlp("— said the man.")
    assert [t.text for t in core_mention(doc[0])] == ["—"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said the plan was “dead.”", "the plan was “dead.”"),
        ('He said the bill "would bankrupt every farm in the valley."', 'the bill "would bankrupt every farm in the valley."'),
        ("She said the lanes were ''a slow-motion traffic jam.''", "the lanes were ''a slow-motion traffic jam.''"),
    ],
)
def test_mixed_content_keeps_the_closing_mark_of_its_quotation(statements_of, text, content):
    [s] = statements_of(text)
    assert (s.kind, [p.text for p in s.content]) == ("mixed", [content])


def test_a_lower_case_word_tagged_as_a_proper_noun_is_a_common_noun(statements_of):
    [s] = statements_of("The transport ministry said it was reviewing the contract.")
    assert (s.speaker.name, s.speaker.type) == ("transport ministry", "organisation")


def test_cast_names_leave_out_owners_and_keep_given_names(nlp):
    from spacy.tokens import Span as DocSpan

    from saidwhat.speakers.cast import cast_of

    doc = nlp("Labour’s Ada Brennan met the prime minister, Anders Lind, on Monday.")
    lind = next(t.i for t in doc if t.text == "Lind")
    assert doc[lind - 1].dep_ == "compound"  # the parse the rule relies on
    # What the recognizer gets wrong now and then: the owner taken in, the given name left out.
    doc.set_ents([DocSpan(doc, 0, 4, "PERSON"), DocSpan(doc, lind, lind + 1, "PERSON")], default="outside")
    assert [p.name for p in cast_of(doc).people.values()] == ["Ada Brennan", "Anders Lind"]


def test_an_inverted_subject_the_parser_gave_to_a_participle(statements_of):
    text = '"We will not rule anything out, so stop asking," said retired judge Maria Okafor, asked about the appeal.'
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text) == ("Maria Okafor", "retired judge Maria Okafor")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A participle set off by commas says what the speaker was doing, not who they are.
        ('"Nobody gave the order," said the station chief known as Tom, speaking publicly for the first time.', "the station chief known as Tom"),
        # The closing bracket of a party label belongs to the name.
        ('"They have nothing to worry about," Sen. Ann Cole (D-Ore.) said Tuesday.', "Sen. Ann Cole (D-Ore.)"),
        # A focus word is not part of who the speaker is.
        ("Even a top party strategist said the leader will have to choose.", "a top party strategist"),
    ],
)
def test_mention_edges(statements_of, text, mention):
    [s] = statements_of(text)
    assert s.speaker.mention.text == mention


def test_a_quotation_the_parser_hung_on_a_name_is_not_part_of_the_mention(nlp):
    from spacy.tokens import Doc

    from saidwhat.quotes import mention_span

    # The parse the small model once gave a tweet quoted before "screenwriter Cole Haddon wrote".
    words = ["“", "I", "am", "impressed", ",", "”", "screenwriter", "Cole", "Haddon", "wrote", "."]
    heads = [6, 3, 3, 6, 6, 6, 8, 8, 9, 9, 9]
    deps = ["punct", "nsubjpass", "auxpass", "ccomp", "punct", "punct", "compound", "compound", "nsubj", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
    assert mention_span(doc, doc[8]).text == "screenwriter Cole Haddon"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Opposition leader Marta Kovac accused him of scaremongering.", "accused", "him of scaremongering"),
        ("The mayor urged residents to stay indoors until the storm passed.", "urged", "residents to stay indoors until the storm passed"),
        ("The coach told his players to stay calm.", "told", "his players to stay calm"),
        ("The senator called for a ban on imports of the pesticide.", "called for", "a ban on imports of the pesticide"),
        ("Ms Ortiz called on the council to reopen the library.", "called on", "the council to reopen the library"),
        ("The senator asked voters to stay home.", "asked", "voters to stay home"),
        ("Bill Schuette asked the Supreme Court for quick action.", "asked", "the Supreme Court for quick action"),
        ("The Utah Republican asks for an investigation into the emails.", "asks for", "an investigation into the emails"),
        ("Mr. Rubin asked the students if they were always so serious.", "asked", "if they were always so serious"),
        ("Blackwell pointed to Cruz’s organizational capabilities.", "pointed to", "Cruz’s organizational capabilities"),
        ("Clinton noted the Sept. 11 attacks and her support for first responders.", "noted", "the Sept. 11 attacks and her support for first responders"),
    ],
)
def test_accusations_appeals_and_demands_are_statements(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.kind, s.cue.text, [p.text for p in s.content]) == ("indirect", cue, [content])


@pytest.mark.parametrize(
    "text",
    [
        "She was accused of fraud by prosecutors.",  # passive: who accused is not saying it here
        "He told reporters about the delay.",  # no appeal, no clause
        "A charity called Hope for Homes opened a shelter.",  # naming
        "Tony Blair will ask the Queen to dissolve Parliament.",  # not asked yet
        "Stephanie Villalba got what she asked for.",  # nothing said in it
    ],
)
def test_speech_verbs_without_an_appeal_are_not_statements(statements_of, text):
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "cue", "content"),
    [
        ("Martin O'Malley criticized Sanders and Clinton on Tuesday.", "indirect", "Martin O'Malley", "criticized", "Sanders and Clinton"),
        ("Mike Pence praised Cruz for cutting taxes.", "indirect", "Mike Pence", "praised", "Cruz for cutting taxes"),
        ("Ted Cruz blamed the law on “knuckleheaded politicians.”", "mixed", "Ted Cruz", "blamed", "the law on “knuckleheaded politicians.”"),
        ("Health minister Tom Becker rejected the charge.", "indirect", "Tom Becker", "rejected", "the charge"),
        ("Bernie Sanders has vowed to stay in the race until the convention.", "indirect", "Bernie Sanders", "has vowed", "to stay in the race until the convention"),
        ("Paul Ryan blasted the FBI for its decision.", "indirect", "Paul Ryan", "blasted", "the FBI for its decision"),
        ("Hillary Clinton touted her plan to invest in roads.", "indirect", "Hillary Clinton", "touted", "her plan to invest in roads"),
        ("Joe Biden expressed astonishment at her handling of the emails.", "indirect", "Joe Biden", "expressed", "astonishment at her handling of the emails"),
        ("Clinton reiterated to ABC News that she would do things differently.", "indirect", "Clinton", "reiterated", "that she would do things differently"),
        ("Marine Le Pen voiced support for Donald Trump.", "indirect", "Marine Le Pen", "voiced", "support for Donald Trump"),
    ],
)
def test_praise_blame_and_promises_are_statements(statements_of, text, kind, speaker, cue, content):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.cue.text, [p.text for p in s.content]) == (kind, speaker, cue, [content])


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union did not endorse a candidate.",  # denied
        "Glenn Beck will endorse Ted Cruz at a rally in Iowa.",  # planned
        "It was inappropriate for Justice Ginsburg to criticize Donald Trump.",  # imagined
        "Critics rejected him.",  # a bare pronoun says nothing
        "The ban threatens to reignite tensions with the regulator.",  # no promise
        "Eerie video credited to Reuters showed fighters with heavy weapons.",  # not a finding
    ],
)
def test_praise_and_promises_not_given_are_not_statements(statements_of, text):
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Sanders continued to insist that he could win.", "continued to insist"),
        ("The senator, when asked about the merger, said it was on track.", "said"),
        ("The Kremlin has already stated that troops would lead to a clash.", "has already stated"),
        ("Whitfield shot back that he had never read the report.", "shot back"),
    ],
)
def test_cue_spans(statements_of, text, cue):
    [s] = statements_of(text)
    assert s.cue.text == cue


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("A Wall Street Journal poll showed a slimmer lead for Clinton.", "A Wall Street Journal poll", "showed", "a slimmer lead for Clinton"),
        ("The April survey found Clinton leading Sanders by seven points.", "The April survey", "found", "Clinton leading Sanders by seven points"),
    ],
)
def test_what_polls_and_studies_show_is_a_statement(statements_of, text, speaker, cue, content):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.mention.text, s.cue.text, [p.text for p in s.content]) == ("indirect", speaker, cue, [content])


def test_in_a_poll_reports_its_clause_unless_someone_speaks_through_it(statements_of):
    text = "In a Quinnipiac poll released Monday, 50 percent of respondents chose Clinton."
    assert [(s.speaker.mention.text, s.cue.text, s.text) for s in statements_of(text)] == [
        ("a Quinnipiac poll released Monday", "In", "50 percent of respondents chose Clinton")
    ]
    assert statements_of("In his report, he slightly increased borrowing.") == []


def test_a_question_put_to_the_speaker_is_not_theirs(statements_of):
    text = "When asked whether he thought the country was well governed, Lord Butler said it was not."
    assert [(s.speaker.name, s.cue.text, s.text) for s in statements_of(text)] == [("Lord Butler", "said", "it was not")]
    # Opening the sentence, the tagger reads "Asked" as a past tense.
    text = 'Asked what that might look like, she said: "We will figure that out, if and when."'
    assert [s.cue.text for s in statements_of(text)] == ["said"]


def test_a_quoted_paragraph_after_a_quotation_and_its_cue_goes_on_with_it(statements_of):
    text = (
        "Ted Cruz spoke in Iowa.\n"
        "“I am the son of an immigrant,” he said.\n"
        "“And I would note, try going illegally to another country. See what they do.”"
    )
    [cruz] = statements_of(text)
    assert (cruz.speaker.name, [p.text for p in cruz.content]) == (
        "Ted Cruz",
        ["I am the son of an immigrant", "And I would note, try going illegally to another country. See what they do."],
    )


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("But as Clyburn noted, those voters will give Sanders a second look.", "Clyburn", "noted", "those voters will give Sanders a second look"),
        ("As reported by Politico, investigators found 2,200 emails.", "Politico", "reported", "investigators found 2,200 emails"),
    ],
)
def test_the_clause_an_as_phrase_reports(statements_of, text, speaker, cue, content):
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text, s.text) == (speaker, cue, content)


def test_an_as_phrase_on_a_cue_or_a_time_reports_nothing_more(statements_of):
    text = '"Engines will no longer be made in Arese," said union leader Vincenzo Lilliu, as reported by Reuters.'
    assert [(s.kind, s.speaker.name) for s in statements_of(text)] == [("direct", "Vincenzo Lilliu")]
    assert statements_of("As the debate continues, major problems are expected.") == []


def test_the_speaker_of_a_cue_after_by(statements_of):
    [s] = statements_of("Barack Obama punctuated his list by saying “Too many.”")
    assert (s.speaker.name, s.cue.text, s.text) == ("Barack Obama", "saying", "Too many.")
    text = "Neil Kinnock said the two men could only calm the row by continuing to say they were friends."
    # A way the men "could" calm it is not a statement of theirs.
    assert [s.speaker.name for s in statements_of(text) if s.speaker.name] == ["Neil Kinnock"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Donald Trump has targeted Mexico, calling Mexican border-crossers "rapists" and criminals.', 'Mexican border-crossers "rapists" and criminals'),
        ('Barack Obama called it "shameful" and called on leaders "not to feed that impulse."', 'it "shameful"'),
    ],
)
def test_what_a_speaker_called_something(statements_of, text, content):
    assert [p.text for p in statements_of(text)[0].content] == [content]


def test_a_closing_mark_the_parser_hung_on_the_speaker(statements_of, nlp):
    text = (
        '"I think the winds are changing with regards to pension rights in the courts," J. Maria Okafor, '
        "executive director of the Pension Rights Center, said in a recent interview."
    )
    doc = nlp(text)
    okafor = next(t for t in doc if t.text == "Okafor")
    assert okafor.left_edge.text == '"'  # the parse the rule mends
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name) == ("direct", "J. Maria Okafor")


def test_a_reported_clause_the_parser_read_as_a_second_subject(statements_of):
    [s] = statements_of('The closure of the plant marks "a dark day" for the town, said Ellen Marsh, leader of the county council.')
    assert (s.kind, s.speaker.name, [p.text for p in s.content]) == (
        "mixed", "Ellen Marsh", ['The closure of the plant marks "a dark day" for the town']
    )


def test_a_gerund_subject_the_parser_made_the_complement(statements_of, nlp):
    text = "He said legalizing it could put thousands of people to work in the valley."
    assert nlp(text)[2].dep_ == "xcomp"  # "legalizing": the parse the rule mends
    [s] = statements_of(text)
    assert [p.text for p in s.content] == ["legalizing it could put thousands of people to work in the valley"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“If you are listening, I hope you can find the missing files.” Trump said.", [("direct", "If you are listening, I hope you can find the missing files.")]),
        # The cue reports a clause of its own: the quotation before it stays unattributed.
        ("“We will win.” Trump said the polls were wrong.", [("indirect", "the polls were wrong")]),
    ],
)
def test_a_bare_cue_after_a_full_stop(statements_of, text, expected):
    assert [(s.kind, s.content[0].text) for s in statements_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"There was carnage on the road," Ana Ruiz said. "Bodies everywhere."',
        # "according to" around the quotation reports it; the next quotation still goes on with hers.
        '"There was carnage on the road," Ana Ruiz said, according to CNN. "Bodies everywhere."',
    ],
)
def test_a_short_sentence_quoted_right_after_goes_on_with_the_quotation(statements_of, text):
    ruiz = [s for s in statements_of(text) if s.speaker.name == "Ana Ruiz"]
    assert [[p.text for p in s.content] for s in ruiz] == [["There was carnage on the road", "Bodies everywhere."]]


def test_a_short_quotation_that_is_no_sentence_does_not_go_on(statements_of):
    [s] = statements_of('"There was carnage on the road," Ana Ruiz said. The "witnesses" left.')
    assert [p.text for p in s.content] == ["There was carnage on the road"]


def test_a_cue_the_parser_joined_as_a_second_conjunct(statements_of, nlp):
    text = "Critics should provide evidence for their accusations and not wave around vague words like “maybe” and “perhaps”, he told reporters."
    assert next(t for t in nlp(text) if t.text == "told").dep_ == "conj"  # the parse the rule mends
    [s] = statements_of(text)
    assert [p.text for p in s.content] == [text[: text.index(", he told")]]


@pytest.mark.parametrize("text", ["He left early, she said nothing.", "She ate lunch, and he told reporters."])
def test_a_clause_beside_a_cue_that_reports_nothing_is_not_a_statement(statements_of, text):
    assert statements_of(text) == []


def test_a_name_the_recognizer_missed_ends_before_where_the_person_works(statements_of):
    # Speaker audit h (bbc-2005 business/sluggish-economy-hits-german-jobs): the name was
    # "Isabelle Kronawitter Hypovereinsbank".
    [s] = statements_of('"The labour market remains weak," said Isabelle Kronawitter at Hypovereinsbank.')
    assert (s.speaker.name, s.speaker.type) == ("Isabelle Kronawitter", "person")


def test_transcript_speakers_in_capitals(statements_of):
    text = "Donald Trump was interviewed.\nKATE BOLDUAN: Why not debate him on the issues?\nDONALD TRUMP: Because I am leading by a lot."
    assert [(s.speaker.name, s.speaker.type, s.cue.text) for s in statements_of(text)] == [
        ("Kate Bolduan", "person", ":"), ("Donald Trump", "person", ":")
    ]


def test_a_name_in_the_content_is_not_the_headline_speakers_apposition(statements_of):
    [s] = statements_of("Senators weighed in.\nReid: 'Never, ever, ever underestimate Trump.'")
    assert s.speaker.name == "Reid"


@pytest.mark.parametrize("text", ["UPDATE: The mayor has resigned over the affair.", "BREAKING NEWS: The mayor has resigned."])
def test_a_label_in_capitals_is_no_transcript_speaker(statements_of, text):
    assert statements_of(text) == []


def test_the_subject_of_a_reported_clause_is_not_an_inverted_speaker(statements_of, nlp):
    # From the BBC corpus: the parser reads the first clause as the complement of "said".
    text = (
        "The figures were published as another survey by property website Rightmove said the average "
        "asking price of a home fell by more than £600."
    )
    assert next(t for t in nlp(text) if t.text == "published").dep_ == "ccomp"
    [s] = statements_of(text)
    assert s.content[0].text.startswith("the average asking price")
    assert s.speaker.name != "the average asking price of a home"  # the reported clause's own subject


def test_called_for_keeps_its_auxiliaries(statements_of):
    [s] = statements_of("Policy makers in Europe have called for a weaker euro to help exporters.")
    assert (s.cue.text, [p.text for p in s.content]) == ("have called for", ["a weaker euro to help exporters"])


def test_a_quotation_after_another_speakers_report_goes_on_with_that_speaker(statements_of):
    # From the BBC corpus: the last quotation is the broker's, not Mr Lakhani's.
    text = (
        '"I am least surprised at the market\'s performance," says Mr Lakhani. One leading Karachi broker said '
        'the real reasons may be political. "If you file a $1.3 trillion case against Saudi money after 9/11, '
        'Arab money will not go to the US any more."'
    )
    assert [(s.speaker.name, len(s.content)) for s in statements_of(text)] == [
        ("Lakhani", 1), ("One leading Karachi broker", 2)
    ]


def test_the_name_after_an_inverted_cue_when_the_parser_lost_the_subject(statements_of, nlp):
    from saidwhat.quotes import subject_of

    text = '"What is shaping up is a battle for the ages," said Dana Brock, a party adviser who heads the super PAC Correct the Record.'
    assert subject_of(next(t for t in nlp(text) if t.text == "said")) is None  # the parse the rule mends
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text) == (
        "Dana Brock", "Dana Brock, a party adviser who heads the super PAC Correct the Record"
    )


def test_a_sentence_full_stop_is_not_part_of_a_name(statements_of):
    # From the BBC corpus: the tokenizer reads "Ore." as the abbreviation for Oregon.
    text = '"February was another good month in the manufacturing sector," said ISM survey chairman Norbert Ore.\n\nOrders rose.'
    [s] = statements_of(text)
    assert s.speaker.name == "Norbert Ore"


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "cue"),
    [
        ("Home sales fell 12% in November, with some analysts saying this could mean trouble ahead.", "some analysts", "some analysts", "saying"),
        ("The firm issued a statement saying it would appeal.", "firm", "The firm", "issued a statement saying"),
        ("Airlines have attacked the legislation saying they could be forced to raise prices.", "Airlines", "Airlines", "saying"),
    ],
)
def test_a_participle_cue_on_a_noun(statements_of, text, speaker, mention, cue):
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text, s.cue.text) == (speaker, mention, cue)


def test_a_participle_cue_on_a_document_is_not_said_by_the_sentence_subject(statements_of):
    # From the BBC corpus: the complaint alleges it, not the settlement that follows it.
    text = (
        "The settlement follows a legal complaint filed against the bank by Spanish Judge Baltasar Garzon "
        "alleging that it had illegally concealed assets."
    )
    assert [s.speaker.mention.text for s in statements_of(text)] == [
        "a legal complaint filed against the bank by Spanish Judge Baltasar Garzon"
    ]


def test_a_party_the_recognizer_takes_for_a_person_is_no_he(statements_of, nlp):
    text = (
        "Mr Kennedy said his thoughts were with all those caught up in the disaster.\n"
        "The election would be a three-party struggle, as the Liberal Democrats challenge Labour in its heartlands, he said."
    )
    assert ("Labour", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]  # what the rule corrects
    assert [s.speaker.name for s in statements_of(text)] == ["Kennedy", "Kennedy"]


def test_he_is_the_main_verbs_subject_not_a_subject_inside_what_was_said(statements_of):
    # From the BBC corpus: "He" is Neil Kinnock, not Mr Blair inside his reported clause.
    text = (
        "Ex-Labour leader Neil Kinnock said Mr Blair and Mr Brown could only deal with the media frenzy by "
        "refusing to let a row damage Labour. He told BBC Radio Five Live that Mr Brown would never encourage a coup."
    )
    assert statements_of(text)[-1].speaker.name == "Neil Kinnock"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The parser hangs what completes the object on the verb.
        ("Sanders defended his call to raise the minimum wage to $15 an hour.", "his call to raise the minimum wage to $15 an hour"),
        ("She mocked Trump's bluster about negotiating a stronger deal with Cuba.", "Trump's bluster about negotiating a stronger deal with Cuba"),
    ],
)
def test_the_object_of_praise_or_blame_keeps_its_complement(statements_of, text, content):
    [s] = statements_of(text)
    assert s.text == content


def test_an_aside_on_the_last_noun_of_what_was_said_is_the_reporters(statements_of):
    text = "Trump said he would quarantine people over fears of the Zika virus, which is spread by mosquitoes."
    [s] = statements_of(text)
    assert s.text == "he would quarantine people over fears of the Zika virus"


def test_mixed_speech_runs_to_the_end_of_a_quotation_that_goes_on_past_its_sentence(statements_of):
    text = "He added that “not everyone can afford a car these days. That is why public transit is vital.”"
    [s] = statements_of(text)
    assert [p.text for p in s.content] == ["that “not everyone can afford a car these days. That is why public transit is vital.”"]


def test_a_quotation_after_a_cue_sentence_with_a_second_report_goes_on_with_the_first(statements_of):
    text = (
        '"That is the $64,000 question," Clark said, noting he would back any nominee. '
        '"We have developed a pretty deep bench here."'
    )
    first, noting = statements_of(text)
    assert [p.text for p in first.content] == ["That is the $64,000 question", "We have developed a pretty deep bench here."]
    assert (noting.cue.text, noting.speaker.name) == ("noting", "Clark")
    # Another speaker's sentence in between: the quotation is not joined back; it goes on with Smith.
    other = statements_of('"That is it," Clark said. Smith said he disagreed. "We have a deep bench here."')
    assert [(s.speaker.name, len(s.content)) for s in other] == [("Clark", 1), ("Smith", 2)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("By the end of the day, Mr. Trump was forced into damage control and said that his words had been misconstrued.", "Trump", "said"),
        ("Sanders called her son a hero before explaining why she forgave him.", "Sanders", "explaining"),
        ("In addition to stating that the law is wrong, Clinton has vowed to repeal it.", "Clinton", "stating"),
    ],
)
def test_the_speaker_of_a_cue_after_a_passive_or_a_preposition(statements_of, text, speaker, cue):
    [s] = [s for s in statements_of(text) if s.cue.text == cue]
    assert s.speaker.name == speaker


def test_of_two_subjects_before_the_cue_the_nearer_speaks(statements_of):
    # The parser reads the quotation's last noun phrase as a second subject of "said".
    text = '"He is sharp. The fact that he, in his first term in the Senate, really tried to do something," Huckabee said.'
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text) == ("Huckabee", "Huckabee")


def test_issued_a_statement_saying_is_one_cue(statements_of):
    text = "Jessica Mackler issued a statement Tuesday saying his comment had no place in American democracy."
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text, s.text) == (
        "Jessica Mackler", "issued a statement Tuesday saying", "his comment had no place in American democracy"
    )


def test_the_object_of_a_speech_act_keeps_the_phrase_after_it(statements_of):
    [s] = statements_of("Sanders has cited his role as the grand marshal of a parade in New York.")
    assert s.text == "his role as the grand marshal of a parade in New York"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('Alain Levy described the performance as "disappointing".', "Alain Levy", 'the performance as "disappointing"'),
        ("Mr. Biden described himself as her Obama whisperer.", "Biden", "himself as her Obama whisperer"),
    ],
)
def test_describing_something_as_something_is_a_statement(statements_of, text, speaker, content):
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text, [p.text for p in s.content]) == (speaker, "described", [content])
    assert statements_of("He described the scene in detail.") == []


def test_a_finite_relative_clause_can_call_something_a_name(statements_of):
    text = "It came up in December, when Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.”"
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text) == ("Hillary Clinton", "called")


def test_a_dateline_is_not_part_of_the_speaker_mention(statements_of):
    text = "WASHINGTON (AP) — Attorney General Loretta Lynch said Tuesday that the FBI will face no outside influence."
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.speaker.name) == ("Attorney General Loretta Lynch", "Loretta Lynch")


def test_a_quotation_missing_its_comma_before_a_bare_cue_is_direct_speech(statements_of):
    [s] = statements_of("“The Iowa caucus is a battle of niches” Grubbs said. “The RFS is a strong niche in Iowa.”")
    assert (s.kind, s.speaker.name, [p.text for p in s.content]) == (
        "direct", "Grubbs", ["The Iowa caucus is a battle of niches", "The RFS is a strong niche in Iowa."]
    )


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The company said in a statement that it would appeal the ruling.", "said in a statement"),
        ("The company posted on Twitter that it would appeal the ruling.", "posted on Twitter"),
    ],
)
def test_the_cue_of_said_in_a_statement_takes_its_channel(statements_of, text, cue):
    [s] = statements_of(text)
    assert (s.cue.text, [p.text for p in s.content]) == (cue, ["that it would appeal the ruling"])


def test_the_cue_leaves_an_interview_out(statements_of):
    [s] = statements_of("The minister said in an interview that the talks had failed.")
    assert s.cue.text == "said"


def test_a_cue_hung_on_a_word_inside_the_quotation_still_takes_it(statements_of):
    [s] = statements_of("\"My father made the donation. This is why he is the 'Title Sponsor,' \" Eric Trump wrote of the gift.")
    assert (s.kind, s.speaker.name) == ("direct", "Eric Trump")


def test_a_short_quoted_title_before_a_bare_cue_is_not_what_was_said(statements_of):
    assert statements_of("“Hamilton” fans said.") == []


def test_a_clause_opening_with_a_quotation_before_its_cue_is_mixed_speech(statements_of):
    [s] = statements_of('"This will be a challenge" for Clinton, said Kunin.')
    assert (s.kind, s.speaker.name, [p.text for p in s.content]) == ("mixed", "Kunin", ['"This will be a challenge" for Clinton'])


def test_those_with_a_clause_are_people_not_a_fact(statements_of):
    [s] = statements_of("Again, those surveyed said Trump was best able to handle the issue.")
    assert (s.speaker.mention.text, s.text) == ("those surveyed", "Trump was best able to handle the issue")
    assert statements_of("This indicates that neither country will move.") == []


def test_a_relative_clause_that_reports_is_not_part_of_the_speaker_mention(statements_of):
    text = "Graham, who says the United States should contribute ground forces, said the plan was dead."
    says, said = statements_of(text)
    assert (said.speaker.mention.text, said.text) == ("Graham", "the plan was dead")
    assert (says.cue.text, says.text) == ("says", "the United States should contribute ground forces")


def test_a_quoted_title_in_the_cue_sentence_does_not_stop_the_quotation_going_on(statements_of):
    text = (
        '"Let us go back six months and look at Bernie Sanders announcing his candidacy," Sanders said '
        'in an interview aired Monday on "New Day." "No money in the campaign, no volunteers."'
    )
    [s] = statements_of(text)
    assert [p.text for p in s.content] == [
        "Let us go back six months and look at Bernie Sanders announcing his candidacy",
        "No money in the campaign, no volunteers.",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The parser reads the subject as an appositive or conjunct of the phrase in front.
        ("In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate stated that the comments were mean.", "the candidate"),
        ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders.", "Harry Reid"),
        # The parser takes a word inside the quotation for the subject: no speaker is one.
        ('"Safety," said Grimm, a Donald Trump supporter.', "Grimm"),
        ("Clinton seemed ready to riff on it, telling the crowd, “Some people get a little carried away, have you noticed that?”", "Clinton"),
    ],
    ids=["fronted-phrase", "fronted-participle", "quoted-word", "quoted-subject-of-participle"],
)
def test_a_speaker_the_parser_misplaced(statements_of, text, speaker):
    [s] = statements_of(text)
    assert s.speaker.name == speaker


def test_according_to_reports_its_whole_sentence(statements_of):
    # The parser hangs "according to" on the second conjunct.
    text = "On Tuesday, Clinton drew deep support among women, while Sanders was outpacing her among young men, according to exit polls."
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.text) == (
        "exit polls", "On Tuesday, Clinton drew deep support among women, while Sanders was outpacing her among young men"
    )


def test_a_quotation_after_another_speakers_sentence_is_not_joined_back(statements_of):
    # From the BBC corpus: the second quotation is Matthew Taylor's, not Michael Howard's.
    text = (
        'He told Sky News: "This is the politics of the playground and Britain really does deserve better." '
        'The Liberal Democrat chairman Matthew Taylor said their ambition was "getting in the way of good government". '
        '"Either they need to grow up or they cannot expect the electorate to support them."'
    )
    # Taylor's mixed speech ends in a quotation, so the next one goes on with it.
    told, said = statements_of(text)
    assert len(told.content) == 1
    assert (said.speaker.name, len(said.content)) == ("Matthew Taylor", 2)


def test_pointed_to_something_as_something(statements_of):
    [s] = statements_of("Sanders has repeatedly pointed to the case as the epitome of the rigged system.")
    assert (s.cue.text, s.text) == ("has repeatedly pointed to", "the case as the epitome of the rigged system")


def test_a_question_put_about_something(statements_of):
    [s] = statements_of("Radio host Hugh Hewitt asked Trump about statements he had made the previous night.")
    assert (s.speaker.name, s.cue.text, s.text) == ("Hugh Hewitt", "asked", "Trump about statements he had made the previous night")
    assert statements_of("He asked about the plan.") == []


def test_a_reported_clause_the_parser_read_as_the_object_of_said(statements_of):
    text = "When the moderator pressed him, the candidate said families of people killed by police file lawsuits."
    [s] = [s for s in statements_of(text) if s.cue.text == "said"]
    assert (s.speaker.mention.text, s.text) == ("the candidate", "families of people killed by police file lawsuits")
    assert statements_of("He said a prayer for the victims.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A job or an organisation the recognizer took into the name.
        ("Lawyer Louise Christian said the men had been tortured.", "Louise Christian"),
        ("But general secretary of the public services union Unison Dave Prentis criticised the plans.", "Dave Prentis"),
        # A name the recognizer missed, set after a title.
        ('The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced in December."', "Theresa May"),
        # A name the recognizer took for an organisation, with a role given.
        ("Julia Eccleshare, chair of the adult judging panel, said children's literature had never looked stronger.", "Julia Eccleshare"),
        # A double-barrelled surname is one word of the name.
        ("Euro MP Robert Kilroy-Silk was attacked in Manchester. Mr Kilroy-Silk said the man had run off.", "Robert Kilroy-Silk"),
    ],
    ids=["job-in-name", "union-in-name", "unlabelled-appositive", "name-labelled-org", "double-barrelled"],
)
def test_a_name_the_recognizer_got_wrong(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == (speaker, "person")


def test_a_title_names_the_speaker_not_the_words_of_the_title(statements_of):
    [s] = statements_of('The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced in December."')
    assert s.speaker.role == "Shadow Secretary of State for the Family"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A county after a town is a place, even labelled PERSON: "he" is not Kent.
        ("Tony Blair is trying to end the speculation. The speech was given in Chatham, Kent. He is saying that prosperity means public services.", "Tony Blair"),
        # A title tells a pronoun more than a given name: Ms James is a she.
        ("The painter Shani Rhys James won the prize in 2003. Ms James told BBC Radio Wales that art needs distance. But she said reports of her remarks were inaccurate.", "Rhys James"),
        # The fullest name the article gives, also one given after the pronoun.
        ("Lord Butler has criticised the government. He said ministers ignored the evidence. Labour said Robin Butler's comments were biased.", "Robin Butler"),
        # A headline's short name before the full one.
        ("Kilroy names election seat target\n\nRobert Kilroy-Silk is to stand in Erewash. Kilroy told the BBC he was confident.", "Robert Kilroy-Silk"),
    ],
    ids=["place-labelled-person", "title-gender", "fuller-name-later", "headline-short-name"],
)
def test_a_speaker_named_across_the_article(statements_of, text, speaker):
    s = next(s for s in statements_of(text) if s.cue.text in ("is saying", "said", "told") and s.speaker.mention.text.lower() in ("he", "she", "kilroy"))
    assert s.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # The headline's "Classy Henman" gives way to the text's given name.
        ("Classy Henman makes winning start\n\nTim Henman beat David Nalbandian in Doha. Henman said he was pleased with his serve.", "said", "Tim Henman"),
        # Two given names before one surname are two people.
        ("Mike and Bob Bryan won the doubles. Bob Bryan said the title was close. Mike Bryan said the crowd had helped them.", "said", "Mike Bryan"),
        # A hyphenated given name is still a given name.
        ("Jeanne-Marie Gescher, founder of the CGA consultancy, agreed that the time was ripe. Mrs Gescher concluded that investors wanted growth.", "concluded", "Jeanne-Marie Gescher"),
        # A modifier hyphenated to a word before the surname is not a given name.
        ("Clive Owen won best supporting actor. Celebrating his win, the Oscar-nominated Owen told reporters he was delighted.", "told", "Clive Owen"),
        # A quoted nickname between the given name and the surname stays out of the name.
        ("Korn's guitarist has quit. Brian 'Head' Welch told a radio station that his bandmates respected his decision.", "told", "Brian Welch"),
    ],
    ids=["headline-adjective", "namesake", "hyphenated-given-name", "hyphenated-modifier", "nickname"],
)
def test_a_full_name_from_the_article(statements_of, text, cue, speaker):
    s = [s for s in statements_of(text) if s.cue is not None and s.cue.text == cue][-1]
    assert (s.speaker.name, s.speaker.type) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The last organisation named as a subject, not one named since as an object.
        ("Oracle said it would cut 5,000 jobs. The deal makes it bigger than Peoplesoft was. The company said the cuts "
         "would be made within a year.", "Oracle"),
        ("Novartis said it would save $200m a year. The deal will see Novartis overtake Israel's Teva Pharmaceuticals. "
         "The company estimated that sales would pass $5bn.", "Novartis"),
        # A body named in the mention is that body.
        ("GM refused to pay Fiat. The firms will meet again, the Reuters news agency reported.", "Reuters"),
        ("Fiat plans to list Ferrari. Sales will rise, the China Daily newspaper said.", "China Daily"),
    ],
    ids=["subject-first", "not-the-object", "news-agency", "newspaper"],
)
def test_the_company_is_the_organisation_the_article_is_about(statements_of, text, speaker):
    assert statements_of(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "The" and a proper name that is no person's: a body.
        ("Michael Ferguson escaped on Monday. The Scottish Executive said ministers would be notified.",
         ("Scottish Executive", "organisation")),
        ("Two athletes were cleared. The IAAF said it would appeal.", ("IAAF", "organisation")),
        # One capitalised word that is no acronym describes a person; a title stays a title.
        ("David Moyes signed Gallas. The Scot said he was pleased with the deal.", ("Scot", "person")),
        ("Kofi Annan spoke in Geneva. The Pope said peace was possible.", ("The Pope", "person")),
    ],
    ids=["executive", "acronym", "description", "title"],
)
def test_a_definite_proper_name_without_a_person_is_a_body(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # What the recognizer split off a body's name inside the mention is still its name.
        ("Growth will slow, the Organisation for Economic Co-operation and Development said.",
         "Organisation for Economic Co-operation and Development"),
        ("Prices will rise, the Finance and Economy Ministry said.", "Finance and Economy Ministry"),
    ],
    ids=["split-name", "split-ministry"],
)
def test_a_body_s_whole_name(statements_of, text, speaker):
    assert statements_of(text)[-1].speaker.name == speaker


def test_bodies_joined_by_and_speak_together(statements_of):
    # Each is a speaker of its own (``co_speakers``), no longer one named "TCI and Atticus".
    s = statements_of("TCI and Atticus have opposed the bid, saying it was too expensive.")[-1]
    assert (s.speaker.name, [c.name for c in s.co_speakers]) == ("TCI", ["Atticus"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The parser heads the mention by the department and hangs the spokeswoman on "for":
        # she speaks, unnamed, and a later "she" is her.
        ("A Department for Constitutional Affairs spokeswoman said the judges agreed. "
         "\"Nothing has changed,\" she said.", ("A Department for Constitutional Affairs spokeswoman", "anonymous")),
        # A given name and a surname after a company's possessive are a person, whatever the label.
        ("Deutsche Bank's Simon Champion said the market was calm.", ("Simon Champion", "person")),
        # "the central bank" is a body, not the man called "central bank governor".
        ("Bank of Korea governor Park Seung said rates would stay. The central bank said growth was slowing.",
         ("Bank of Korea", "organisation")),
        # "Party leader" opens the sentence: "Party" names no body, the party is the Lib Dems.
        ("The Lib Dems say their homes would be cheap. Party leader Charles Kennedy said the land was free. "
         "The party says its plan costs nothing.", ("Liberal Democrats", "organisation")),
    ],
    ids=["spokeswoman-under-for", "possessive-then-name", "central-bank", "party-in-a-title"],
)
def test_misread_mentions_of_people_and_bodies(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


def test_a_name_the_recognizer_missed_is_a_person_a_pronoun_can_find(statements_of):
    # "Graeme Souness" is left unlabelled and "Souness" labelled an organisation.
    text = ("Boss Graeme Souness felt Newcastle were safe. But Souness said he did not think the record mattered. "
            "\"I think he would stay,\" he added.")
    assert [s.speaker.name for s in statements_of(text)] == ["Graeme Souness"] * 3


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Parties the recognizer labels PERSON speak as bodies; "Mr Green" is a man.
        ("The Lib Dems say their plan would work.", ("Liberal Democrats", "organisation")),
        ("Labour said the Tories would cut spending.", ("Labour Party", "organisation")),
        ("The Lib Dem leader said taxes were unfair.", ("The Lib Dem leader", "anonymous")),
        ("Mr Green said ticket outlets had been bombarded.", ("Green", "person")),
    ],
    ids=["lib-dems", "labour", "party-leader", "mr-green"],
)
def test_a_party_is_an_organisation_whatever_the_label(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The one told is not what was said, whether "that" or "there" opens the clause...
        ("He told the BBC that there was no doubt that chip and pin would reduce fraud.",
         "there was no doubt that chip and pin would reduce fraud"),
        ("She told Radio 4's Today programme there was no possibility of a deal.", "there was no possibility of a deal"),
        # ...or the parser ran the hearer's name into the clause's subject.
        ("He told the BBC Liverpool were unlikely to win the trophy this year.", "Liverpool were unlikely to win the trophy this year"),
        # An object the parser took from a clause with no subject is still its subject.
        ("He does not believe abortion should be an election issue.", "abortion should be an election issue"),
    ],
    ids=["that", "there", "name-run-in", "stolen-subject"],
)
def test_the_one_told_is_not_in_what_was_said(statements_of, text, said):
    [s] = statements_of(text)
    assert s.text == said


def test_a_pronoun_goes_to_the_one_speaking_on_not_to_a_name_in_the_speech(statements_of):
    # Tony Blair and "Britons" are named only inside what Michael Howard says.
    text = ("Tony Blair has failed, Michael Howard has said. He reflected on the values that \"most Britons hold dear\". "
            "Mr Blair has failed to tackle these problems, he claimed. This is the record Mr Blair will have to defend, he said.")
    assert [s.speaker.name for s in statements_of(text)] == ["Michael Howard"] * 3


def test_defending_champion_is_a_title_not_a_statement(statements_of):
    assert statements_of("Defending champion and top seed Andy Roddick beat the Austrian in straight sets.") == []


def _with_labels(nlp, text: str, labels: list[tuple[str, str]]):
    """``text`` parsed, its entities replaced by ``labels`` (word, label) in order of appearance."""
    doc, start = nlp(text), 0
    spans = []
    for word, label in labels:
        at = text.index(word, start)
        spans.append(doc.char_span(at, at + len(word), label=label))
        start = at + len(word)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("labels", "speaker"),
    [
        # The recognizer's PERSON where it speaks, but ORG at least twice more often: a company.
        ([("Novartis", "ORG"), ("Novartis", "ORG"), ("Novartis", "ORG"), ("Novartis", "PERSON")], ("Novartis", "organisation")),
        # ORG only once more often (a headline's or a club's name for a sportsman): the label stands.
        ([("Novartis", "ORG"), ("Novartis", "ORG"), ("Novartis", "PERSON"), ("Novartis", "PERSON")], ("Novartis", "person")),
    ],
    ids=["mostly-org", "not-enough"],
)
def test_a_name_the_recognizer_mostly_calls_an_organisation_is_one(nlp, labels, speaker):
    # No word of the text says what Novartis is ("Novartis shares" would: ``bodies``), only the labels.
    text = "Novartis has bought Hexal. Shares in Novartis rose 1%. Investors liked Novartis. Novartis said it would cut costs."
    extraction = analyse(_with_labels(nlp, text, labels), Article(id="t", text=text))
    assert [(s.speaker.name, s.speaker.type) for s in extraction.statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The recognizer labels each of these PERSON; the article says what they are.
        ("Swiss drugmaker Novartis said profits rose by 10%.", ("Novartis", "organisation")),
        ("Aid charity Actionaid said the money was late.", ("Actionaid", "organisation")),
        ("Polling company Mori said most people backed the ban.", ("Mori", "organisation")),
        ("Market analyst Datamonitor said sales would rise.", ("Datamonitor", "organisation")),
        ("Wipro, the country's third-biggest software firm, said profits rose.", ("Wipro", "organisation")),
        ("The company, GlaxoSmithKline, believes the dye will stop the trade.", ("GlaxoSmithKline", "organisation")),
        ("Euronext, which owns the Liffe exchange in London, said it may bid.", ("Euronext", "organisation")),
        # People described as people, or never as a body, stay people.
        ("U2 frontman Bono said the band would tour next year.", ("Bono", "person")),
        ("Barca midfielder Deco said the team was ready.", ("Deco", "person")),
        ("Edu, 26, said he was happy at Arsenal.", ("Edu", "person")),
        # A title anywhere in the article outweighs a body's noun: "Mr" is a man.
        ("Internet monitoring firm WebSideStory has charted the rise of Firefox. Mr WebSideStory said it was growing.",
         ("WebSideStory", "person")),
    ],
    ids=["drugmaker", "charity", "company", "analyst", "appositive", "appositive-of", "which", "frontman", "midfielder",
         "age", "titled"],
)
def test_a_one_word_name_the_article_calls_a_body_is_an_organisation(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Labelled PERSON; a company's noun after the name, or a "which", says it is the company.
        ("Laura Ashley shares rose 5% on Monday. Laura Ashley said sales were strong.", ("Laura Ashley", "organisation")),
        ("John Lewis sales up\n\nJohn Lewis said sales rose 10% over Christmas.", ("John Lewis", "organisation")),
        ("Laura Ashley, which floated in 1995, has been hit by poor sales. Laura Ashley said profits fell.",
         ("Laura Ashley", "organisation")),
        ("Fashion retailer Laura Ashley said profits fell by 20%.", ("Laura Ashley", "organisation")),
        # Its short name later is the company under its full name.
        ("The market is robust, according to housebuilder George Wimpey. Wimpey said sales were strong.",
         ("George Wimpey", "organisation")),
        # Newspapers and magazines: an outlet's words only, or the article calls it one.
        ("The German magazine Der Spiegel said the minister had resigned.", ("Der Spiegel", "organisation")),
        ("Die Welt said the talks had failed.", ("Die Welt", "organisation")),
        ("The Observer reported that half the workforce could go.", ("Observer", "organisation")),
        # People stay people: a designer who died, an analyst at a firm, a person with shares of their own.
        ("Laura Ashley, who died in 1985, built a fashion empire. Laura Ashley said she wanted simple clothes.",
         ("Laura Ashley", "person")),
        ('"Growth is slowing," said Olivier Beauvillain, an analyst at Bear Stearns.', ("Olivier Beauvillain", "person")),
        ("Malcolm Glazer's shares rose. Malcolm Glazer said he would bid.", ("Malcolm Glazer", "person")),
        ("Laura Ashley shares rose. Ms Ashley said she was pleased.", ("Laura Ashley", "person")),
        ('"HDTV is a must-have," said Jo Flaherty, a senior broadcaster with the CBS network.', ("Jo Flaherty", "person")),
        ("While Wendy Ide of The Times thinks Staunton has a chance, others disagree.", ("Wendy Ide", "person")),
    ],
    ids=["shares", "sales-headline", "which", "retailer", "short-name", "magazine", "outlet-words", "the-outlet", "who", "analyst",
         "possessive-shares", "titled", "broadcaster", "of-the-outlet"],
)
def test_a_name_of_several_words_the_article_shows_is_a_body(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


def test_the_paper_is_the_last_outlet_named_also_one_the_recognizer_left_unlabelled(statements_of):
    text = (
        "The Observer reported on Sunday that jobs could go. According to the FT, the regulator has been annoyed. "
        "As a result, hopes have disappeared, the paper said."
    )
    speakers = [(s.speaker.name, s.speaker.type) for s in statements_of(text)]
    assert speakers == [("Observer", "organisation"), ("FT", "organisation"), ("FT", "organisation")]


def test_he_is_not_a_company_the_recognizer_took_for_a_person(statements_of):
    text = "Swiss drugmaker Novartis said profits rose by 10%. \"We are pleased with the year,\" he said."
    assert [(s.speaker.name, s.speaker.type) for s in statements_of(text)] == [("Novartis", "organisation"), (None, "unknown")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Bank of England kept rates on hold. In its report the Bank said inflation would stay low.", "Bank of England"),
        ("The chip was developed by Texas Instruments. Texas, which makes chips for phones, said it would be cheap.",
         "Texas Instruments"),
        ("Deutsche Boerse has made a bid for the LSE. Deutsche Boerse runs the Frankfurt exchange. Boerse said it would "
         "raise the offer.", "Deutsche Boerse"),
        # An acronym and a body with two longer namesakes keep their own names; a party takes its one name.
        ("Labour Party officials met. Labour said it would win.", "Labour Party"),
        ("BBC Scotland made the film. The BBC said it would appeal.", "BBC"),
        # "the Bank" is the last bank named; with none named it stays as written.
        ("Rates rose, said an economist at Wells Fargo Bank. The Bank of England kept its rates on hold. The Bank "
         "said inflation would stay low.", "Bank of England"),
        ("Rates rose on Tuesday. The Bank said inflation would stay low.", "Bank"),
    ],
    ids=["head", "first-word", "last-word", "party", "acronym", "last-named", "none-named"],
)
def test_a_short_name_of_a_body_named_in_full_is_that_body(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Planning Minister Julio De Vido has offered help. The Planning Minister said the deal was off.",
         ("Julio De Vido", "person")),
        ("Tony Blair met the Queen. The Prime Minister said the war was over.", ("Tony Blair", "person")),
        # Two people named: the title stays as written, never a person called "Prime".
        ("Tony Blair and Gordon Brown met. The Prime Minister said the war was over.", ("The Prime Minister", "anonymous")),
    ],
    ids=["titled-before", "only-person", "two-people"],
)
def test_a_title_written_with_capitals_is_a_description(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The IMF is to cut its forecast, the Financial Times Deutschland reported. The IMF will also cut its "
         "estimate, the newspaper reported.", ("Financial Times Deutschland", "organisation")),
        ("Radio 1 said the show would go on. The IMF met on Monday. The radio station said the DJs were ready.",
         ("Radio 1", "organisation")),
        # No publication named: the newspaper is not the fund the story is about.
        ("The IMF will cut its forecast. The IMF will also cut its estimate, the newspaper reported.",
         ("newspaper", "organisation")),
    ],
    ids=["newspaper", "station", "none-named"],
)
def test_the_newspaper_is_the_last_publication_named(statements_of, text, speaker):
    s = statements_of(text)[-1]
    assert (s.speaker.name, s.speaker.type) == speaker


def test_a_demonym_with_an_article_is_a_description_not_an_organisation(statements_of):
    [s] = statements_of("Andy Roddick beat Tim Henman in the final. The American said he felt pretty good.")
    assert (s.speaker.name, s.speaker.type) == ("The American", "anonymous")


def test_a_pronoun_after_a_quotation_is_not_someone_named_in_it(statements_of):
    text = (
        "Olivier Beauvillain, an analyst at Jupiter, thinks Yahoo erred. "
        '"Yahoo made a big mistake in outsourcing search to Google and to Allen Weiner\'s friends," he said.'
    )
    s = statements_of(text)[-1]
    assert s.speaker.name == "Olivier Beauvillain"


def test_a_name_never_takes_a_score(nlp):
    # The recognizer labels "Kevin Kim 3-6" a person in tennis results.
    from saidwhat.speakers.names import name_words

    assert name_words(list(nlp.make_doc("Kevin Kim 3-6"))) == ["Kevin", "Kim"]


def test_he_added_is_the_new_subject_when_another_man_came_between(statements_of):
    text = (
        '"He has great experience," said Norwich manager Nigel Worthington. Stuart has played for Everton. '
        'Stuart is confident that the club have a bright future. "I have been very impressed with the facilities," he added.'
    )
    assert [s.speaker.name for s in statements_of(text)] == ["Nigel Worthington", "Stuart"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The one person the article has named.
        ("Gordon Brown has called on rich nations to fund an Aids plan. The chancellor said the money was needed now.", "Gordon Brown"),
        ("Beckham rules out management move\n\nDavid Beckham has no plans to become a manager. The England captain said he wanted football schools.", "David Beckham"),
        # Two people named: the description stays as written.
        ("Tony Blair and Gordon Brown met on Monday. The chancellor said the talks had gone well.", "The chancellor"),
        # Not a person's description.
        ("Gordon Brown spoke on Monday. The report said growth would slow.", "The report"),
    ],
    ids=["one-named", "headline-and-text", "two-named", "not-a-person"],
)
def test_a_description_of_the_one_person_named(statements_of, text, speaker):
    assert statements_of(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Once resolved, a description stays with its person when others are named between.
        ("Gordon Brown has said the era is over. The chancellor said it was time to move on. Mark Mardell said Britishness "
         "had long been a theme. \"We make this offer unilaterally,\" the chancellor said.",
         ["Gordon Brown", "Gordon Brown", "Mark Mardell", "Gordon Brown"]),
        # The name given in the next sentence: '"…", the economy minister said. "…," said economy minister X'.
        ("Confidence fell in December. \"The economy is at a pause\", the economy minister said. \"It will feel a bit "
         "slower,\" said economy minister Heizo Takenaka.", ["Heizo Takenaka", "Heizo Takenaka"]),
        # ...but not two sentences on, and never a body's chairman for the body.
        ("\"The economy is at a pause\", the economy minister said. Exports fell. \"It will feel a bit slower,\" said "
         "economy minister Heizo Takenaka.", ["the economy minister", "Heizo Takenaka"]),
        ("The commission said the rules were clear. Electoral Commission chairman Sam Younger said donors should be named.",
         ["commission", "Sam Younger"]),
        # Another office: the prime minister is not the aid minister, the chancellor not the shadow chancellor.
        ("Hilary Benn, the aid minister, spoke first. Tony Blair met him later. The prime minister said there was no rift.",
         ["The prime minister"]),
        ("Shadow chancellor Oliver Letwin said taxes would rise. The chancellor insisted his plans were affordable.",
         ["Oliver Letwin", "The chancellor"]),
        # The other words of a title vary: "Tottenham manager", then "the former France manager".
        ("Tottenham manager Jacques Santini has resigned. The former France manager said he wished the club well.",
         ["Jacques Santini"]),
    ],
    ids=["kept", "next-sentence", "not-further", "not-the-chairman", "prime-minister", "shadow", "other-words"],
)
def test_a_definite_title_is_the_person_the_article_gives_it(statements_of, text, speakers):
    assert [s.speaker.name for s in statements_of(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says the surcharges fall short.", "Mike Powell", "person"),
        ("General Motors, the world's largest car maker, has confirmed that it will build a new Cadillac.", "General Motors", "organisation"),
    ],
    ids=["person-of-a-firm", "firm-opening-with-a-title"],
)
def test_the_name_a_mention_is_headed_by(statements_of, text, speaker, kind):
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.type) == (speaker, kind)


def test_a_document_is_not_the_person_it_is_about(statements_of):
    text = (
        "US rapper Snoop Dogg, real name Calvin Broadus, plus associates, faces a lawsuit. "
        "The lawsuit, filed in Los Angeles on Friday, says the woman's champagne was spiked."
    )
    assert statements_of(text)[-1].speaker.name == "The lawsuit"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A body of the state is not the organisation last named.
        ("The Police Federation said officers lacked training. But the government said the move would help.", "government"),
        # The organisation with the noun in its name, before one named later.
        ("The Electoral Commission published its report. Labour welcomed it. The commission said caps would cost taxpayers.", "Electoral Commission"),
    ],
    ids=["state-body", "noun-in-name"],
)
def test_the_body_a_definite_noun_means(statements_of, text, speaker):
    assert statements_of(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(
    "text, speakers",
    [
        # From the third BBC audit: a surname that is also a title was dropped with the honorifics.
        (
            "Labour MP Oona King said the plan was wrong. Ms King added that it would fail.",
            ["Oona King", "Oona King"],
        ),
        (
            "Bank of England governor Mervyn King said rates would stay. Mr King said inflation was low.",
            ["Mervyn King", "Mervyn King"],
        ),
        ("Mr King said the bank would hold rates.", ["King"]),
    ],
)
def test_a_surname_that_is_also_a_title_is_a_name(statements_of, text, speakers):
    assert [s.speaker.name for s in statements_of(text)] == speakers


def test_a_title_alone_is_no_name(statements_of):
    [s] = statements_of("The King said the country was united.")
    assert s.speaker.name == "The King"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # The flagship article's first statement; PolNeAR's content starts at "to".
        (
            "Emmanuel Macron has once again refused to rule out the possibility NATO combat troops will be sent to Ukraine.",
            "has once again refused", "to rule out the possibility NATO combat troops will be sent to Ukraine",
        ),
        ("Jane Doe won't rule out a run for governor.", "won't rule out", "a run for governor"),
        ("The minister ruled out a tax rise.", "ruled out", "a tax rise"),
    ],
)
def test_ruling_out_states_a_position(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.kind, s.cue.text, [p.text for p in s.content]) == ("indirect", cue, [content])


def test_refusing_anything_else_is_not_a_statement(statements_of):
    assert statements_of("He declined to say whether he would run. She refused to leave the stage.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket\nThe former speaker spoke on Sunday.", "Gingrich", "Trump Must Decide If He Wants a Two-Pirate Ticket"),
        ("News Guide: Donors flocked to Rubio super PAC, to no avail\nBody text follows here.", "News Guide", "Donors flocked to Rubio super PAC, to no avail"),
    ],
)
def test_a_title_case_headline_name_before_a_colon_is_its_source(statements_of, text, speaker, content):
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.cue.text, s.text) == (speaker, ":", content)


def test_a_second_report_the_parser_joined_to_the_reported_clause(statements_of):
    # From PolNeAR train: "and called her…" is Trump's second statement, not part of the first.
    first, second = statements_of("Trump said he respects Clinton and called her “an extremely intelligent woman.”")
    assert (first.speaker.name, first.text) == ("Trump", "he respects Clinton")
    assert (second.speaker.name, second.cue.text, second.text) == ("Trump", "called", "her an extremely intelligent woman.")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The activist warned of a ferocious battle ahead.", "warned of", "a ferocious battle ahead"),
        ("Paul Manafort bragged about his success.", "bragged about", "his success"),
        ("Mika Brzezinski asked Trump how he would handle the deportations.", "asked", "how he would handle the deportations"),
    ],
)
def test_what_was_said_about_a_topic_and_questions_put(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_an_inverted_speaker_after_a_reported_clause_the_parser_joined(statements_of):
    text = (
        "In nearby Decatur, the steel plant is hanging on, but it is under intense pressure from imports, "
        "said the company's chief executive, John J. Ferriola."
    )
    [s] = statements_of(text)
    assert (s.speaker.name, s.cue.text) == ("John J. Ferriola", "said")
    assert s.text.endswith("under intense pressure from imports")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mike Huckabee is labeling Obama’s actions “a blatant abuse of power.”", "is labeling", "Obama’s actions a blatant abuse of power."),
        ("Critics dubbed the plan a disaster.", "dubbed", "the plan a disaster"),
        ("The minister branded the plan a disgrace.", "branded", "the plan a disgrace"),
        ("The senator railed against the trade deal.", "railed against", "the trade deal"),
        ("Asked if the practices were illegal, 46 percent of voters said yes.", "said", "yes"),
        ("He said no to the Iraq war.", "said", "no to the Iraq war"),
        ("“Imagine Brad Thor on the same stage,” mused Stu Burguiere.", "mused", "Imagine Brad Thor on the same stage"),
    ],
)
def test_labels_answers_and_more_cues(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_naming_a_product_is_not_a_statement(statements_of):
    assert statements_of("The company branded its new phone the Galaxy.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She asked whether he would run.", "whether he would run"),  # a question keeps its "whether"
        ("Jens Stoltenberg stressed that the alliance would not send soldiers.", "the alliance would not send soldiers"),
        ('He said that is a "distortion."', "that is a distortion."),  # "that" is the subject here
    ],
)
def test_the_reader_text_drops_only_a_complementizer_that(statements_of, text, expected):
    assert statements_of(text)[0].text == expected


def test_describing_as_with_the_as_phrase_read_as_a_modifier(statements_of):
    [_, s] = statements_of('He said that is a "distortion," describing the security team as highly accomplished.')
    assert (s.cue.text, s.text) == ("describing", "the security team as highly accomplished")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Trump has been criticized by some of his rivals for failing to spend time in the state.",
            "some of his rivals", "has been criticized", ["Trump", "for failing to spend time in the state"],
        ),
        ("Scully's involvement was first reported by the New York Times.", "the New York Times", "was first reported", ["Scully's involvement"]),
        ("Clinton’s campaign has criticized him for not doing more to help.", "Clinton’s campaign", "has criticized", ["him for not doing more to help"]),
    ],
)
def test_passive_praise_and_reports_with_their_agent(statements_of, text, speaker, cue, content):
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.cue.text, [p.text for p in s.content]) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "He was praised for his courage.",  # no one named who praised him
        "Clinton faces heavy pressure to show she can hold off the surge.",  # a goal, not a report
    ],
)
def test_no_speaker_or_nothing_said_yet(statements_of, text):
    assert statements_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Andy Scott blasted the ball into the net.",  # a kick, not criticism
        "Julia Roberts will voice Charlotte in the film.",  # acting a part
        "Five detainees were questioned by UK police.",  # interrogated
        "He was criticised by Michael Johnson.",  # what for is not said
        "Stephen Toulouse did not rule them out.",  # what "them" is, is said elsewhere
        "Helen Steel and Dave Morris, dubbed the McLibel Two, lost the case.",  # a name given
        "Bernard Laporte will announce his starting line-up next Tuesday.",  # not said yet
    ],
)
def test_verbs_of_saying_used_for_something_else(statements_of, text):
    assert statements_of(text) == []


def test_mr_is_never_a_surname(statements_of):
    [s] = statements_of('Nick Fogg is an analyst. Said Mr Fogg: "It is very much a computer."')
    assert s.speaker.name == "Nick Fogg"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Hillary Clinton, who announced a $275 billion plan on Monday, plans to focus on jobs.", "Hillary Clinton", "a $275 billion plan on Monday"),
        ("David Duke, who enthusiastically endorses Trump, spoke.", "David Duke", "Trump"),
    ],
)
def test_a_speech_act_in_a_who_clause_is_the_persons(statements_of, text, speaker, content):
    [s] = statements_of(text)
    assert (s.speaker.name, s.speaker.mention.text, s.text) == (speaker, "who", content)


def test_a_participle_on_a_noun_is_no_speech_act(statements_of):
    assert statements_of("The plan announced on Monday was praised.") == []


def test_an_abbreviation_between_cue_and_quotation_ends_no_sentence(statements_of):
    [s] = statements_of("Another user, Roland Z, wrote of Ms. Merkel: “Your boss is still bringing them in.”")
    assert (s.kind, s.cue.text, s.text) == ("direct", "wrote", "Your boss is still bringing them in.")


def test_a_spaced_dash_before_the_cue_closes_an_aside(statements_of):
    [s] = statements_of("Deborah Reynolds - his co-host on YouTube - told The Washington Post that he had changed.")
    assert (s.speaker.name, s.cue.text, s.text) == ("Deborah Reynolds", "told", "he had changed")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Bill hurled the kitchen sink at Sanders on Sunday, accusing Sanders's followers of sexism.", "accusing", "Sanders's followers of sexism"),
        ("Ash accused Priebus and his allies of trying to quash the proposal.", "accused", "Priebus and his allies of trying to quash the proposal"),
        ("Schlafly then explained its importance.", "then explained", "its importance"),
        ("Manafort had argued for a new name for the movement.", "had argued for", "a new name for the movement"),
    ],
)
def test_charges_the_parser_hung_on_the_object_and_more_speech_acts(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_a_finding_in_a_relative_clause_or_participle_on_its_source(statements_of):
    text = "Clinton trails, according to a new poll that shows more voters view her unfavorably."
    shown = [s for s in statements_of(text) if s.cue.text == "shows"]
    assert [(s.speaker.name, s.speaker.mention.text, s.text) for s in shown] == [("a new poll", "that", "more voters view her unfavorably")]


def test_a_cause_that_explains_is_no_speaker(statements_of):
    assert statements_of("Changes to the benefit rules partly explain the jump in numbers.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("He made it clear that he felt they should drop out.", "made it clear", "he felt they should drop out"),
        ("Sanders has made clear that he expects the Clinton camp to attack.", "has made clear", "he expects the Clinton camp to attack"),
    ],
)
def test_making_a_position_clear(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_a_quotation_before_a_speaker_with_a_who_clause_is_the_main_verbs(statements_of):
    text = "“I am for the mandate, darn it,” Cruz, who has proposed repealing the mandate, said at the time."
    # The relative clause's gerund is a statement of its own (quotes.speech_acts._gerund_object).
    s, proposal = statements_of(text)
    assert (s.kind, s.speaker.name, s.cue.text) == ("direct", "Cruz", "said")
    assert (proposal.speaker.name, proposal.cue.text, proposal.text) == ("Cruz", "has proposed", "repealing the mandate")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Sanders: Brexit’s message could draw Trump support in US\nBody text follows.", "Sanders", "Brexit’s message could draw Trump support in US"),
        ("Poll: Trump and Clinton hold narrow leads in Pennsylvania\nBody text follows.", "Poll", "Trump and Clinton hold narrow leads in Pennsylvania"),
        # Title case: the tagger sees no verb in the claim either.
        ("Poll: Bernie Sanders Burns Hillary Clinton With First-Ever National Lead\nBody text follows.", "Poll",
         "Bernie Sanders Burns Hillary Clinton With First-Ever National Lead"),
    ],
)
def test_a_headline_noun_the_tagger_missed_before_a_colon(statements_of, text, speaker, content):
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.text) == (speaker, content)


def test_a_headline_label_before_a_colon_is_no_source(statements_of):
    assert statements_of("Update: The senator has resigned\nBody text follows.") == []


def test_a_short_title_case_label_after_a_colon_is_no_claim(statements_of):
    assert statements_of("Arthur Hailey: King Of The Bestsellers\nBody text follows.") == []


def test_a_report_inside_another_report_is_part_of_it(statements_of):
    # Second-hand: the paper's claim about what Goldsmith said, not Goldsmith's statement
    # (PolNeAR train annotates such a nested report once for every four times it does not).
    statements = statements_of("The paper said Goldsmith warned that the war could be illegal.")
    assert [(s.cue.text, s.text) for s in statements] == [("said", "Goldsmith warned that the war could be illegal")]


def test_a_quotation_inside_a_report_stays_its_speakers_own(statements_of):
    statements = statements_of("According to an advance text, he told delegates: “We must all show unity of purpose.”")
    assert [(s.kind, s.cue.text) for s in statements] == [("mixed", "According to"), ("direct", "told")]


def test_a_quotation_passed_on_according_to_an_outlet_is_its_speakers_alone(statements_of):
    statements = statements_of("\"We will win,\" John Smith said on Tuesday, according to Reuters.")
    assert [(s.speaker.name, s.kind, s.text) for s in statements] == [("John Smith", "direct", "We will win")]


def test_a_report_framed_by_according_to_stays_its_own(statements_of):
    statements = statements_of("According to Mandaric, Redknapp vowed he would not join their rivals.")
    assert [s.cue.text for s in statements] == ["According to", "vowed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mix has been important for the contests - Philip Bump: “Two weeks ago, Trump led in the South.”", "Philip Bump"),
        ("What that means for this year - More from Jones: “The state's partisanship is a starting point.”", "Jones"),
    ],
)
def test_a_quotation_after_a_dash_and_a_name_with_a_colon(statements_of, text, speaker):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.mention.text, s.cue.text) == ("direct", speaker, ":")


def test_a_dash_and_a_colon_with_no_name_introduce_no_one(statements_of):
    assert statements_of("It was a hard year - and then: “Nothing worked at all.”") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A quoted title in the subject is not the cue's quotation.
        (
            'Trump, the star of the TV show "The Apprentice," said in an interview that conventions have been too dull.',
            "said",
            "conventions have been too dull",
        ),
        # A quoted name after a determiner or a possessive is not a quotation either.
        (
            "Democrats sued after Ohio eliminated what had been called the “Golden Week,” saying that the cut burdened black voters.",
            "saying",
            "the cut burdened black voters",
        ),
        (
            "Speaking on ABC’s “This Week,” Carson admitted that the course name in his book was inaccurate.",
            "admitted",
            "the course name in his book was inaccurate",
        ),
    ],
)
def test_a_quoted_title_is_not_the_next_cues_quotation(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.kind, s.cue.text, s.text) == ("indirect", cue, content)


def test_a_quotation_that_opens_on_a_determiner_is_still_quoted(statements_of):
    [s] = statements_of("The “animosity is like I’ve never seen before,” he told Chris Cuomo of CNN.")
    assert (s.speaker.mention.text, s.cue.text, s.text) == ("he", "told", "The animosity is like I’ve never seen before,")


def test_a_quotation_in_an_earlier_statement_is_not_the_next_cues(statements_of):
    text = (
        "But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” "
        "one of the former prosecutors for David Petraeus said the two cases were quite different."
    )
    statements = statements_of(text)
    assert [(s.cue.text, s.text) for s in statements] == [
        ("claimed", "General Petraeus got in trouble for far less,"),
        ("said", "the two cases were quite different"),
    ]


def test_a_subject_the_parser_read_as_a_time_phrase(statements_of):
    [s] = statements_of("Hemsley said the days when the nation had one story from newspapers are gone.")
    assert s.text == "the days when the nation had one story from newspapers are gone"


def test_a_reported_clause_the_parser_split_in_two(statements_of):
    [s] = statements_of("Murphy told me he’s had a relatively tragedy-free life and was utterly unprepared for the emotional toll.")
    assert s.text == "he’s had a relatively tragedy-free life and was utterly unprepared for the emotional toll"


def test_an_infinitive_after_a_quoted_fragment_goes_on(statements_of):
    [s] = statements_of('Wolfe said the convention represented the "perfect opportunity" to call attention to persistent issues of racism.')
    assert (s.kind, s.text) == ("mixed", "the convention represented the perfect opportunity to call attention to persistent issues of racism")


def test_a_participle_on_a_noun_speaks_for_the_noun(statements_of):
    text = "The moderators came with questions, along with full-screen graphics showing that the cuts would not yield as much money."
    [s] = statements_of(text)
    assert (s.speaker.mention.text, s.cue.text) == ("full-screen graphics", "showing")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Trump talked about the stock market and made comments about foreign policy.", "talked about", "the stock market"),
        ("O'Malley spoke of a recent visit to a mosque in Northern Virginia.", "spoke of", "a recent visit to a mosque in Northern Virginia"),
        ("On Wednesday Donald Trump discussed the wall along the southern border.", "discussed", "the wall along the southern border"),
        ("Roy Cooper has spoken out against the bathroom law.", "has spoken out against", "the bathroom law"),
    ],
)
def test_talking_about_a_topic(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke to reporters after the meeting.",
        "She will speak about the budget tomorrow.",
        "They will discuss a new security agreement.",
        "She did not discuss their terms.",
        "The two leaders discussed it.",
    ],
)
def test_talking_to_someone_or_later_says_nothing(statements_of, text):
    assert statements_of(text) == []


def test_speaking_of_a_topic_takes_no_quotation(statements_of):
    text = "“These guys know how to use words,” said Sherman, speaking of politicians, “and leave themselves some room.”"
    [s] = statements_of(text)
    assert (s.cue.text, len(s.content)) == ("said", 2)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("In 2008, he complained bitterly about the sanctions on his country.", "complained bitterly about", "the sanctions on his country"),
        ("In an interview, she joked about moving to New Zealand if Trump is elected.", "joked about", "moving to New Zealand if Trump is elected"),
    ],
)
def test_a_topical_cue_with_an_adverb_or_a_gerund(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_a_direction_is_no_manner_of_speaking(statements_of):
    assert statements_of("The pipelines always pointed north to the heart of the old Soviet Union.") == []


def test_a_quotation_over_a_paragraph_is_the_colons(statements_of):
    text = (
        '"But he cannot speak English," he added. Hollywood\'s honorary mayor, Johnny Grant, said: '
        '"I do hereby proclaim this Godzilla Day in Hollywood.\n\n'
        '"He\'s loose, he\'s wild, and I\'m getting the hell out of here," he added.'
    )
    statements = statements_of(text)
    assert [(s.speaker.name, s.cue.text, len(s.content)) for s in statements] == [(None, "added", 1), ("Johnny Grant", "said", 2)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman called it “the least bad option under the circumstances.”",
            "it the least bad option under the circumstances.",
        ),
        ("He calls for $1 trillion in new spending; she calls for $275 billion.", "$275 billion"),
    ],
)
def test_a_clause_before_a_colon_or_semicolon_is_not_reported(statements_of, text, content):
    assert statements_of(text)[-1].text == content


def test_an_organisation_in_a_which_clause_speaks(statements_of):
    [s] = statements_of("The National Rifle Association, which has endorsed Trump, used the comments to urge people to vote.")
    assert (s.speaker.name, s.cue.text, s.text) == ("National Rifle Association", "has endorsed", "Trump")


def test_saying_the_same_of_someone(statements_of):
    statements = statements_of("Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders.")
    assert [(s.speaker.mention.text, s.text) for s in statements] == [
        ("Six in 10 voters", "Clinton is honest"),
        ("three-quarters", "the same of Sanders"),
    ]


def test_a_that_clause_the_parser_lost_after_a_cue(statements_of):
    text = "Edward D. Kleinbard, former chief of staff of the Joint Committee on Taxation, agreed that the Treasury Department has limited power to stop corporate tax dodging."
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == ("agreed", "the Treasury Department has limited power to stop corporate tax dodging")


def test_a_finding_reported_after_the_clause(statements_of):
    [s] = statements_of("In contrast, Clinton has maintained support among black voters and those with a college degree, Fox found.")
    assert (s.speaker.mention.text, s.cue.text) == ("Fox", "found")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Clinton, a top aide said, “is very confident in the contrast” between her and Trump.",
            "a top aide",
            ("Clinton", "is very confident in the contrast"),
        ),
        ("The plan, the minister said, “will not survive the winter.”", "the minister", ("The plan", "will not survive the winter.")),
    ],
)
def test_a_sentence_broken_by_its_cue(statements_of, text, speaker, content):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.mention.text, tuple(p.text for p in s.content)) == ("mixed", speaker, content)


def test_a_quotation_inside_a_that_clause_is_mixed_speech(statements_of):
    [s] = statements_of("She jokingly tells audiences that after 44 male presidents, “It’s time.”")
    assert (s.kind, s.content[0].text) == ("mixed", "that after 44 male presidents, “It’s time.”")


def test_a_quotation_goes_on_after_mixed_speech_that_ends_quoted(statements_of):
    text = "Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said from his office. ''Golf is a razor-thin industry.''"
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, len(s.content)) == ("mixed", "Hedge", 2)


def test_a_name_between_quotation_and_cue_the_parser_lost(statements_of):
    [s] = statements_of('"I\'m impressed by his ability to insult every kind of human being," screenwriter Cole Haddon wrote on Twitter.')
    assert (s.speaker.mention.text, s.cue.text) == ("screenwriter Cole Haddon", "wrote on Twitter")


def test_a_quoted_title_after_titled_is_no_quotation(statements_of):
    text = (
        '"The tragic attacks in Paris prove once again that America needs to get tough," '
        'Trump says in the spot titled "Dangerous," warning against allowing in refugees.'
    )
    assert [(s.cue.text, s.text) for s in statements_of(text)] == [
        ("says", "The tragic attacks in Paris prove once again that America needs to get tough"),
        ("warning against", "allowing in refugees"),
    ]


def test_a_headline_colon_before_words_with_a_quotation(statements_of):
    [s] = statements_of("De Blasio: Trust Bratton on security, not ‘blowhard’ Trump\nBody text follows.")
    assert (s.speaker.mention.text, s.cue.text, s.kind) == ("De Blasio", ":", "mixed")


def test_a_surname_label_in_a_transcript(statements_of):
    text = (
        "BOLDUAN: Back in January, the campaign wanted more debates.\n"
        "BENENSON: Senator Sanders doesn’t get to decide when we debate."
    )
    assert [(s.speaker.mention.text, s.text) for s in statements_of(text)] == [
        ("BOLDUAN", "Back in January, the campaign wanted more debates"),
        ("BENENSON", "Senator Sanders doesn’t get to decide when we debate"),
    ]


def test_one_label_in_capitals_is_no_transcript(statements_of):
    assert statements_of("WASHINGTON: The senator arrived late on Monday.\nBody text follows.") == []


def test_a_dateline_in_capitals_is_no_source_in_a_transcript_either(statements_of):
    text = "WASHINGTON: The hearing opened late.\nBOLDUAN: We are back with you now.\nBENENSON: It is good to be here."
    assert [s.speaker.mention.text for s in statements_of(text)] == ["BOLDUAN", "BENENSON"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’", ("Clinton", "Says", "Russians Hacked DNC")),
        ("Al Sharpton Just Said Something Unexpected About Donald Trump – It Might Surprise You.",
         ("Al Sharpton", "Just Said", "Something Unexpected About Donald Trump")),
        ("Mike Pence Calls For Special Prosecutor After Report On Clinton Foundation",
         ("Mike Pence", "Calls For", "Special Prosecutor After Report On Clinton Foundation")),
    ],
)
def test_a_title_case_headline_says_who_said_what(statements_of, headline, expected):
    [s] = statements_of(headline + "\nThe article's body has no statement.")
    assert (s.speaker.mention.text, s.cue.text, s.text) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "FDIC Accused Of Covering Up China Hacking To Protect Chairman’s Job",  # a passive: no one named says it
        "U.S. Flexes Muscles As Asia Worries About South China Sea Row",  # a worry, and no name before it
        "Ad sales boost Time Warner profit",  # sentence case: the parse reads it
    ],
)
def test_a_headline_without_a_named_claim_gives_no_statement(statements_of, headline):
    assert statements_of(headline + "\nThe article's body has no statement.") == []


def test_headline_verb_forms_map_to_their_lemmas():
    from saidwhat.quotes.headlines import verb_forms

    forms = verb_forms()
    assert [forms.get(w) for w in ("says", "said", "slams", "slammed", "urges", "urged", "denies", "told", "blasts")] == [
        "say", "say", "slam", "slam", "urge", "urge", "deny", "tell", "blast"
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Clinton tweeted her congratulations to Sanders.", "tweeted", "her congratulations to Sanders"),
        ("Sanders conceded the race to Clinton on Tuesday.", "conceded", "the race to Clinton"),
        ("She recalled her days as secretary of state.", "recalled", "her days as secretary of state"),
    ],
)
def test_what_is_tweeted_or_conceded_is_what_was_said(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_a_company_recalling_cars_says_nothing(statements_of):
    assert statements_of("Toyota recalled a million cars over faulty brakes.") == []


def test_a_quotation_after_a_cue_sentence_with_an_abbreviation_goes_on_with_the_quotation(statements_of):
    text = (
        "\"The key was the broader market timing,\" Mr. Hedge said, referring to the two Trump resorts. "
        "\"I assume they saw the luxury golf market returning.\""
    )
    quoted, referring = statements_of(text)
    assert [p.text for p in quoted.content] == [
        "The key was the broader market timing", "I assume they saw the luxury golf market returning."
    ]
    assert (referring.cue.text, referring.text, referring.speaker.name) == ("referring to", "the two Trump resorts", "Hedge")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("At a summit, Rubio offered a defense of the immigration bill.", "offered", "a defense of the immigration bill"),
        ("Sanders made the case for a higher minimum wage.", "made", "the case for a higher minimum wage"),
        ("Christie gave a one-word answer on the question.", "gave", "a one-word answer on the question"),
    ],
)
def test_a_light_verb_with_a_noun_of_speech_is_a_statement(statements_of, text, cue, content):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, content)


def test_a_light_verb_with_another_object_says_nothing(statements_of):
    assert statements_of("He raised money from small donors and made a fortune.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ireland conceded a penalty close to their own line.",  # a penalty given away, not an admission
        "BitTorrent gave no reasons for the closure.",  # nothing given
        "England's players made a point of wearing anti-racism t-shirts.",  # an idiom for doing
        "The term refers to a small group of engineering firms.",  # naming, not talking about
    ],
)
def test_speech_act_look_alikes_say_nothing(statements_of, text):
    assert statements_of(text) == []


def test_a_text_says_what_it_reads(statements_of):
    [s] = statements_of("A welcome message on the website reads: “Hi Americans! Come and live on Cape Breton Island!”")
    assert (s.kind, s.cue.text, s.speaker.mention.text) == ("direct", "reads", "A welcome message on the website")


@pytest.mark.parametrize("text", ["The judge read his decision to the court.", "One sign read “Fascist Trump”, another “Love wins”."])
def test_a_person_reading_or_a_sign_says_nothing_of_its_own(statements_of, text):
    assert statements_of(text) == []


def test_a_description_as_a_participle_is_what_was_said(statements_of):
    [s] = statements_of("Trump described the country as beset by illegal immigrants.")
    assert (s.cue.text, s.text) == ("described", "the country as beset by illegal immigrants")


def test_described_with_a_time_clause_says_nothing(statements_of):
    assert statements_of("He described the scene as the crowd cheered.") == []


def test_a_participle_cue_after_a_call_is_a_second_statement(statements_of):
    text = (
        "Some candidates have called for the United States and allies to organize ground forces "
        "in Syria and Iraq, saying airstrikes have been inadequate."
    )
    assert [(s.speaker.mention.text, s.cue.text, s.text) for s in statements_of(text)] == [
        ("Some candidates", "have called for", "the United States and allies to organize ground forces in Syria and Iraq"),
        ("Some candidates", "saying", "airstrikes have been inadequate"),
    ]


def test_a_report_after_while_is_its_own_statement(statements_of):
    text = (
        "Among Trump voters, 74 percent said they are set on voting for the real estate mogul, "
        "while 22 percent said they might change their mind."
    )
    assert [(s.speaker.mention.text, s.text) for s in statements_of(text)] == [
        ("74 percent", "they are set on voting for the real estate mogul"),
        ("22 percent", "they might change their mind"),
    ]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        (
            "Senator Harry Reid spoke on Tuesday. He gave the Texan a back-handed compliment: "
            "\"You never have to guess where he is. He is not winning personality contests here.\"",
            "Harry Reid", "gave the Texan a back-handed compliment",
        ),
        (
            "Hillary Clinton addressed the supporters again: “Here is what I regret. I regret they don’t want to listen.”",
            "Hillary Clinton", "addressed the supporters again",
        ),
    ],
)
def test_a_quotation_after_a_colon_ending_someones_clause(statements_of, text, speaker, cue):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.cue.text, len(s.content)) == ("direct", speaker, cue, 1)
    assert s.text.startswith(("You never", "Here is what"))


@pytest.mark.parametrize(
    "text",
    [
        "The banner read: “Make America great again.”",  # a text, not someone speaking
        "The weather turned: “Storm warning for the whole coast tonight.”",
        "Frank quotes the former adviser Alfred Kahn: “I’d love the Teamsters to be worse off.”",  # Kahn's words
    ],
)
def test_no_one_speaking_before_the_colon_is_no_colon_quotation(statements_of, text):
    assert statements_of(text) == []


@pytest.mark.parametrize(
    "text, speaker, cue, said",
    [
        (
            "Donald Trump spoke in Ohio on Monday. Critics attacked his claim that Mexico would pay for the wall.",
            "Donald Trump", "claim", "Mexico would pay for the wall",
        ),
        (
            "Critics doubted Hillary Clinton's assertion that she never sent classified information.",
            "Hillary Clinton", "'s assertion", "she never sent classified information",
        ),
        ("Hillary Clinton was in Iowa. Her promise to repeal the law drew cheers.", "Hillary Clinton", "promise", "to repeal the law"),
        (
            "Republicans were stunned on Friday by a warning from Senator Elizabeth Warren that the banks were too big.",
            "Elizabeth Warren", "warning", "the banks were too big",
        ),
    ],
)
def test_a_claim_named_by_a_noun_with_its_owner(statements_of, text, speaker, cue, said):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name, s.cue.text, s.text) == ("indirect", speaker, cue, said)


@pytest.mark.parametrize(
    "text",
    [
        "The claim that vaccines cause autism is false.",  # no one's claim
        "His proposal to ban imports was dropped.",  # a plan, not something said
        "Trump repeated his claim that the election was rigged.",  # inside what he repeated
    ],
)
def test_no_claim_of_its_own_from_these_nouns(statements_of, text):
    assert [s.cue.text for s in statements_of(text) if s.cue is not None and s.cue.text in ("claim", "proposal")] == []


@pytest.mark.parametrize(
    "text, speaker, cue, said",
    [
        ("As Donald Trump attacked Hillary Clinton, the attendees chanted, \"Lock her up!\"", "the attendees", "chanted", "Lock her up!"),
        (
            "As the crowd cheered, his wife Jane Sanders whispered to him: \"They're still with you.\"",
            "Jane Sanders", "whispered", "They're still with you.",
        ),
        ("Martin O'Malley interjected: \"It's just not true.\"", "Martin O'Malley", "interjected", "It's just not true."),
    ],
)
def test_chanted_whispered_and_interjected_words_are_said(statements_of, text, speaker, cue, said):
    [s] = statements_of(text)
    assert (s.kind, s.speaker.name or s.speaker.mention.text, s.cue.text, s.text) == ("direct", speaker, cue, said)


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("Donald Trump hinted that a shakeup was imminent.", "hinted", "a shakeup was imminent"),
        ("Bernie Sanders reminded voters that he had marched in 1963.", "reminded", "he had marched in 1963"),
        ("Ted Cruz implied that the billionaire could not win the election.", "implied", "the billionaire could not win the election"),
    ],
)
def test_hinting_reminding_and_implying_report_a_clause(statements_of, text, cue, said):
    [s] = statements_of(text)
    assert (s.kind, s.cue.text, s.text) == ("indirect", cue, said)


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("Barack Obama portrayed Donald Trump as a divisive candidate.", "portrayed", "Donald Trump as a divisive candidate"),
        ("Hillary Clinton highlighted her plans to combat the problem.", "highlighted", "her plans to combat the problem"),
        ("Jeff Weaver outlined a path to close the delegate gap.", "outlined", "a path to close the delegate gap"),
    ],
)
def test_portraying_highlighting_and_outlining_say_their_object(statements_of, text, cue, said):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, said)


def test_a_cause_that_highlights_says_nothing(statements_of):
    assert statements_of("The dispute also highlights the possibility of new funding rules.") == []


def test_someone_threatening_says_it_a_thing_does_not(statements_of):
    [s] = statements_of("Donald Trump threatened to sue the newspaper.")
    assert (s.cue.text, s.text) == ("threatened", "to sue the newspaper")
    assert statements_of("The ban threatens to reignite tensions in the region.") == []


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("Hillary Clinton thanked Barack Obama for taking these steps.", "thanked", "Barack Obama for taking these steps"),
        ("Marco Rubio invoked Ronald Reagan's early polling deficit.", "invoked", "Ronald Reagan's early polling deficit"),
        ("Senior Clinton campaign officials detailed the breadth of the operation.", "detailed", "the breadth of the operation"),
    ],
)
def test_thanking_invoking_and_detailing_say_their_object(statements_of, text, cue, said):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, said)


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("Ted Cruz apologized for the misleading email about Ben Carson.", "apologized for", "the misleading email about Ben Carson"),
        ("Mitt Romney also listed the personal qualities of Donald Trump.", "also listed", "the personal qualities of Donald Trump"),
    ],
)
def test_apologizing_for_and_listing_say_something(statements_of, text, cue, said):
    [s] = statements_of(text)
    assert (s.cue.text, s.text) == (cue, said)


def test_a_player_hung_on_his_country_is_no_place(statements_of):
    # "in Chatham, Kent" is a place after a place; "England forward Michael Owen", no comma, a player.
    text = "Owen determined to stay in Madrid\n\nEngland forward Michael Owen has told the BBC he is happy in Spain."
    [s] = statements_of(text)
    assert s.speaker.name == "Michael Owen"
