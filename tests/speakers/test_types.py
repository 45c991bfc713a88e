"""Speakers' types where the recognizer calls a company a person (``speakers.bodies``): real BBC
articles' sentences, each with the negative that keeps its rule narrow."""

from __future__ import annotations

from .find import speaker_of, statement_with

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

DISNEY = (
    "Disney settles disclosure charges\n\n"
    "Walt Disney has settled charges from US federal regulators that it failed to disclose how family members "
    "of directors were employed by the company.\n\n"
    "Disney failed to tell investors that it employed three adult children of three then directors. The three "
    "Disney directors in question have all since left the company. The SEC also found that Disney did not "
    "disclose that a subsidiary employed the wife of current Disney director John Bryson.\n\n"
    "Disney also failed to disclose payments to Air Shamrock, an airline owned by Mr Gold and fellow former "
    "Disney directors Roy Disney. Finally, Disney also did not reveal that it provided more than $200,000 "
    "annually for office space to former director Thomas Murphy."
)


def test_vivendi_universal_is_a_company(statements_of):
    # "Vivendi's board" says the word alone is a company's, the recognizer labels it ORG more often
    # than PERSON, and "Vivendi Universal" has no given name or title: the company's full name.
    assert speaker_of(statements_of(VIVENDI), "the decision to buy the Cegetel shares") == ("Vivendi Universal", "organisation")


def test_walt_disney_is_the_company_roy_disney_a_man(statements_of):
    # "Disney directors": the company's; "Roy Disney" (a given name our list knows) is a namesake
    # kept apart and says nothing of "Disney" alone.
    statements = statements_of(DISNEY)
    assert speaker_of(statements, "it provided more than $200,000") == ("Walt Disney", "organisation")


def test_a_full_name_with_a_known_given_name_stays_a_person(statements_of):
    # "Ford, the US car company" is a company, but "Bill Ford" opens with a given name: he stays a man.
    text = (
        "Ford gains from finance not cars\n\n"
        "Ford, the US car company, reported higher profits on Thursday. Ford shares rose 2%. "
        "\"Our company gained momentum,\" said chairman and chief executive officer Bill Ford. "
        "Ford said it expected lower profits next year."
    )
    assert speaker_of(statements_of(text), "Our company gained momentum") == ("Bill Ford", "person")


def test_a_director_after_a_possessive_is_a_person_s(statements_of):
    # "Mr Blair's director of communications": a person has one too, so "Blair" stays a man.
    text = (
        "Blair aide quits\n\n"
        "Blair's director of communications has resigned. Blair said he was sorry to see him go."
    )
    assert speaker_of(statements_of(text), "he was sorry") == ("Blair", "person")


def test_a_nationality_and_a_word_labelled_nothing_are_a_company(statements_of):
    # "Swiss Re": "Swiss" labelled NORP, "Re" nothing, and never written alone: a company, and so is its "it".
    text = (
        "Stormy year for property insurers\n\n"
        "A string of storms, typhoons and earthquakes has made 2004 the most expensive year on record for "
        "property insurers, according to Swiss Re.\n\n"
        "The world's second biggest insurer said disasters around the globe have seen property claims reach "
        "$42bn (£21.5bn). \"2004 reinforces the trend towards higher losses,\" said Swiss Re. Swiss Re said it "
        "had registered about 300 natural and man-made disasters around the world in 2004."
    )
    assert speaker_of(statements_of(text), "it had registered about 300") == ("Swiss Re", "organisation")


def test_a_nationality_before_a_name_written_alone_stays_a_person(statements_of):
    # "Economy minister German Gref": a given name that is also a people's word; "Mr Gref" alone is him.
    text = (
        "Minister hits out at Yukos sale\n\n"
        "Economy minister German Gref has criticised the sale of Yukos's main unit. "
        "Mr Gref said the sale had hurt Russia's image."
    )
    assert speaker_of(statements_of(text), "the sale had hurt") == ("German Gref", "person")


def test_two_titles_joined_by_and_are_the_one_person_named(statements_of):
    # The parser heads the mention by "president" and joins "Bill Owens" to it; both titles are his.
    text = (
        "Nortel in $300m profit revision\n\n"
        "\"With the completion of our restatements we have a solid foundation on which to move forward with our "
        "business,\" said Nortel president and chief executive Bill Owens."
    )
    found = statement_with(statements_of(text), "a solid foundation")
    assert (found.speaker.name, found.speaker.type, found.speaker.role) == ("Bill Owens", "person", "Nortel president and chief executive")
    assert found.co_speakers == ()


def test_a_title_and_a_name_with_a_determiner_are_two_speakers(statements_of):
    # "The president and Tony Blair": the first has its own determiner, so no title of the one named.
    text = "Talks go on\n\nPresident George W Bush met the prime minister. The president and Tony Blair said the talks would go on."
    names = [s.name for s in (lambda f: (f.speaker, *f.co_speakers))(statement_with(statements_of(text), "the talks would go on"))]
    assert "Tony Blair" in names and len(names) == 2


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


def test_a_body_s_noun_and_a_title_are_no_person_s_titles(statements_of):
    # "club" is a body's noun: the recognizer's PERSON "Borussia Dortmund" is not made a person by
    # it; the description stays as written (the club itself would be better, and is left).
    text = (
        "Borussia Dortmund near bust\n\n"
        "German football club and former European champion Borussia Dortmund has warned it will go bankrupt "
        "if rescue talks with creditors fail."
    )
    assert speaker_of(statements_of(text), "it will go bankrupt") == ("German football club", "anonymous")
