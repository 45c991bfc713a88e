"""Quote-finding mends from the fifth blind recall audit (seed 167) and audit o (docs/evaluation.md),
each with a negative where the rule could over-fire."""


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
