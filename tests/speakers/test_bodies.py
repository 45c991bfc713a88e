"""Descriptions of bodies the article ties to one body it names (``speakers.bodies``)."""

from __future__ import annotations

import pytest

from .find import speaker_of

# The BBC's lede describes a body, a later sentence names it speaking.
WATCHDOG_NAMED_NEXT = (
    "Debate needed on donations cap\n\n"
    "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
    "Fears that big donors can buy favours have sparked calls for a limit. "
    "In a new report, the Electoral Commission says it is worth debating a cap in the future. "
    "The Scottish Parliament and the Welsh Assembly would also be covered. "
    "All candidates should be entitled to a free mailshot for leaflets, says the watchdog."
)
# The next body named is not speaking: no tie, the description stays as written.
WATCHDOG_NOT_NAMED = (
    "Debate needed on donations cap\n\n"
    "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
    "The report was sent to the Scottish Parliament on Monday."
)


def test_a_lede_body_is_the_body_named_speaking_next(statements_of):
    statements = statements_of(WATCHDOG_NAMED_NEXT)
    assert speaker_of(statements, "should not be introduced yet") == ("Electoral Commission", "organisation")
    # Later "the watchdog" is the body the lede called so, not the last body named.
    assert speaker_of(statements, "free mailshot") == ("Electoral Commission", "organisation")


def test_a_lede_body_not_named_speaking_stays_as_written(statements_of):
    assert speaker_of(statements_of(WATCHDOG_NOT_NAMED), "should not be introduced yet") == ("the elections watchdog", "anonymous")


# Review finding 2: only an overseer is tied to the body named next; a firm or a union named
# next is the other side answering, and a body the headline names is the one meant.
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Sainsbury's to raise prices\nPrices will rise by 5%, the firm has said. Tesco said it would hold its prices.",
            "Prices will rise",
            ("Sainsbury", "organisation"),
        ),
        (
            "Union threatens strike\nWorkers will strike next week, the union has said. "
            "The Confederation of British Industry said the strike was wrong.",
            "Workers will strike",
            ("union", "organisation"),
        ),
        (
            "Ofcom to fine broadcaster\nThe fine will be the largest yet, the regulator has said. "
            "The Office of Fair Trading said it would look at the case.",
            "The fine will be",
            ("Ofcom", "organisation"),
        ),
    ],
)
def test_a_lede_body_is_not_the_other_body_named_next(statements_of, text, content, speaker):
    assert speaker_of(statements_of(text), content) == speaker


def test_a_headline_body_named_next_is_the_lede_watchdog(statements_of):
    text = (
        "Electoral Commission warns on cap\nA cap on donations should not be introduced yet, the elections watchdog has said. "
        "Fears have sparked calls for a limit. In a new report, the Electoral Commission says it is worth debating a cap."
    )
    assert speaker_of(statements_of(text), "should not be introduced yet") == ("Electoral Commission", "organisation")


# "His party": the party the article names as its owner's, in a title by the name or as "his".
@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Howard sets out tax plans\n\nTory leader Michael Howard launched the campaign in Kent on Monday.\n\n"
            "His party says it would cut taxes by £4bn in its first budget.",
            "Conservative Party",
        ),
        (
            "Kennedy sets out tax plans\n\nCharles Kennedy has told voters his Liberal Democrats will offer an honest choice.\n\n"
            "His party says it would raise taxes on the rich.",
            "Liberal Democrats",
        ),
    ],
)
def test_his_party_is_the_party_named_as_his(statements_of, text, party):
    assert speaker_of(statements_of(text), "taxes") == (party, "organisation")


def test_his_party_stays_as_written_where_no_party_is_named_as_his(statements_of):
    text = (
        "Howard sets out tax plans\n\nMichael Howard launched the campaign in Kent on Monday.\n\n"
        "His party says it would cut taxes by £4bn in its first budget."
    )
    assert speaker_of(statements_of(text), "cut taxes") == ("His party", "anonymous")


# "The union": the one body the article calls a union in apposition, not the last body named.
UNION_TIED = (
    "Car workers vote on strike\n\nWorkers at the Longbridge plant are voting on a strike. "
    "Amicus, the manufacturing union, called the ballot on Monday. Carmaker Rover said it was disappointed.\n\n"
    "The union said talks had broken down."
)
# No body called a union: "the union" is not the carmaker last named; left as written.
UNION_UNTIED = (
    "Car workers vote on strike\n\nWorkers at the Longbridge plant are voting on a strike. "
    "UK carmaker Rover said it was disappointed.\n\n"
    "The union said talks had broken down."
)
# A union named as such ("…Workers' Union") is the one "the union" means, whatever else is called a union.
UNION_NAMED = (
    "Car workers vote on strike\n\nWorkers at the Longbridge plant are voting on a strike. "
    "Amicus, the manufacturing union, called the ballot on Monday, backed by the Transport and General Workers' Union. "
    "Carmaker Rover said it was disappointed.\n\n"
    "The union said talks had broken down."
)


def test_the_union_is_the_body_called_a_union(statements_of):
    assert speaker_of(statements_of(UNION_TIED), "talks had broken down") == ("Amicus", "organisation")


def test_the_union_is_a_union_named_so_before_one_called_so(statements_of):
    assert speaker_of(statements_of(UNION_NAMED), "talks had broken down") == ("Transport and General Workers' Union", "organisation")


def test_the_union_is_never_a_body_of_another_kind(statements_of):
    assert speaker_of(statements_of(UNION_UNTIED), "talks had broken down") == ("union", "organisation")


def test_a_plural_body_noun_is_several_bodies_unnamed(statements_of):
    """"The record companies" struck a deal with the campaigners named last: they are not that group
    (audit k #62), and "the banks" after two banks is neither alone."""
    statements = statements_of(
        "Campaigners from the Black Gay Men's Advisory Group met the labels on Monday. "
        "Instead, the record companies have pledged not to release any offensive songs. "
        "The company said the deal would last."
    )
    assert speaker_of(statements, "not to release") == ("the record companies", "anonymous")
    # The singular is still the body named last.
    assert speaker_of(statements, "the deal would last") == ("Black Gay Men's Advisory Group", "organisation")
    banks = statements_of("Shares in Barclays rose. Analysts at HSBC were surprised. The banks said profits would rise.")
    assert speaker_of(banks, "profits would rise") == ("The banks", "anonymous")


# A body speaks, then an overseer's description of it speaks on in the next sentence.
WATCHDOG_GOING_ON = (
    "Deficit to widen\n\n"
    "Past Parliamentary Audit Office (PAO) forecasts said the gap would narrow. "
    "The PAO says it expects the pound to fall over the next two years. "
    "But the independent spending watchdog notes the fall will help exporters."
)
# The body before did not speak: "the watchdog" is not it.
WATCHDOG_AFTER_A_DEED = (
    "Deficit to widen\n\n"
    "The PAO published its forecasts on Monday. "
    "But the independent spending watchdog notes the fall will help exporters."
)


def test_an_overseer_s_description_goes_on_for_the_body_that_just_spoke(statements_of):
    # The acronym is the name it spells in brackets before it (s16): the Parliamentary Audit Office.
    assert speaker_of(statements_of(WATCHDOG_GOING_ON), "help exporters") == ("Parliamentary Audit Office", "organisation")


def test_an_overseer_s_description_after_a_body_that_did_not_speak_stays_as_written(statements_of):
    assert speaker_of(statements_of(WATCHDOG_AFTER_A_DEED), "help exporters")[1] == "anonymous"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The body that spoke last is no overseer: "the watchdog" is another (rev1).
        (
            "Regulator to act\n\nOftel said it would investigate the complaints. "
            "Northern Radio said it would co-operate fully with any inquiry. The watchdog added that it would report in March.",
            ("The watchdog", "anonymous"),
        ),
        # "Office" in its name, but a department's or a service's (rev3).
        (
            "Regulator to act\n\nOftel said it would investigate the complaints. "
            "The Post Office said it would co-operate fully with any inquiry. The watchdog added that it would report in March.",
            ("The watchdog", "anonymous"),
        ),
        # A department's Office with another word between (rev5).
        (
            "Regulator to act\n\nThe BBC said it would co-operate fully with any inquiry. "
            "The Foreign and Commonwealth Office said it would investigate the complaints. The watchdog added that it would report in March.",
            ("The watchdog", "anonymous"),
        ),
        # An overseer's Office though "Wales" is in its name (rev4).
        (
            "Regulator to act\n\nThe BBC said it would co-operate fully with any inquiry. "
            "The Wales Audit Office said it would investigate the complaints. The watchdog added that it would report in March.",
            ("Wales Audit Office", "organisation"),
        ),
        # The article calls the body a regulator: it goes on.
        (
            "Regulator to act\n\nThe media regulator Oftel said it would investigate the complaints. "
            "The watchdog added that it would report in March.",
            ("Oftel", "organisation"),
        ),
    ],
    ids=["not-an-overseer", "a-department-s-office", "a-department-s-long-office", "an-overseer-s-office", "called-a-regulator"],
)
def test_an_overseer_s_description_goes_on_only_for_an_overseer(statements_of, text, expected):
    assert speaker_of(statements_of(text), "it would report in March") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An institution speaks, then "the panel" speaks on in the next sentence: the same body.
        (
            "Sentencing review\n\n"
            "In a report, the Sentencing Commission said it had found support for change. "
            "The panel suggested that fines could be graded by income.",
            ("Sentencing Commission", "organisation"),
        ),
        # Negative: the body that spoke is a company, no institution; "the panel" stays as written.
        (
            "Sentencing review\n\n"
            "In a report, Lockwood Holdings said it had found support for change. "
            "The panel suggested that fines could be graded by income.",
            ("The panel", "anonymous"),
        ),
    ],
    ids=["institution", "company"],
)
def test_a_panel_goes_on_for_the_institution_that_just_spoke(statements_of, text, expected):
    assert speaker_of(statements_of(text), "graded by income") == expected


def test_the_commission_is_no_other_kind_of_institution_that_just_spoke(statements_of):
    # Review: "the council" after the Audit Commission spoke is the council named before it.
    text = (
        "Housing plan\n\nLeeds City Council said the plan was sound. The Audit Commission said costs were too "
        "high. The council said it would review the plan."
    )
    assert speaker_of(statements_of(text), "review the plan") == ("Leeds City Council", "organisation")
