"""Speakers' types where the recognizer calls a company a person (``speakers.bodies``): real BBC
articles' sentences, each with the negative that keeps its rule narrow."""

from __future__ import annotations

from .find import speaker_of

VIVENDI = (
    "Watchdog probes Vivendi bond sale\n\n"
    "French stock market regulator AMF has filed complaints against media giant Vivendi Universal, its boss "
    "and another top executive.\n\n"
    "It believes the prospectus for a bond issue was unclear and that executives may have had privileged "
    "information. "
    "AMF has begun proceedings against Vivendi, its chief executive Jean-Rene Fourtou and chief operating "
    "officer Jean-Bernard Levy. Vivendi has said it believes there is \"no legal basis\" for the complaints. "
    "Vivendi, however, has said that the information was public knowledge as Mr Davis' offer had already been "
    "rejected by Vivendi's board. Vivendi has rejected the charge, saying the decision to buy the Cegetel shares "
    "was \"no more than a possibility\" at the time of the bond issue."
)


def test_an_unlabelled_acronym_after_a_body_s_noun_is_that_body(statements_of):
    # "regulator AMF", labelled nothing: the "It" after it is the regulator, not the company it filed against.
    assert speaker_of(statements_of(VIVENDI), "the prospectus for a bond issue") == ("AMF", "organisation")


def test_an_acronym_after_a_person_s_title_is_no_body(statements_of):
    # "striker" is no body's noun: the "He" after "striker JJ" is not made a body's.
    text = (
        "Striker signs new deal\n\n"
        "Leeds striker JJ Okocha scored twice on Saturday. He said the team had played well."
    )
    assert speaker_of(statements_of(text), "the team had played well")[1] == "person"
