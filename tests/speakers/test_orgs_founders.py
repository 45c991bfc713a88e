"""Three speaker defects of the s15 review: a pronoun taking a name from its own content, a
founder's full name made the company, and "Munich Re" beside "Swiss Re" made a person."""

from __future__ import annotations

from .find import speaker_of

# "Lesotho's currency" (labelled a person) and "Lesotho Hats" inside what "he" said.
FACTORIES = (
    "Textile factories close in Lesotho\n\n"
    "Six factories in Lesotho have closed, union officers said. \"They did not pay us,\" Mr Macaefa said "
    "at a briefing. Lesotho's currency is fixed to the rand. He said the factories were Modern Garments, "
    "Lesotho Hats and Vogue Landmark. The owners left without paying their workers, he said."
)


def test_a_pronoun_never_takes_a_name_from_its_own_content(statements_of):
    statements = statements_of(FACTORIES)
    assert speaker_of(statements, "the factories were Modern Garments") == ("Macaefa", "person")
    # Nor a later "he": the fuller name was only ever something someone said.
    assert speaker_of(statements, "The owners left without paying") == ("Macaefa", "person")


def test_a_fuller_name_given_outside_what_was_said_still_counts(statements_of):
    text = "Butler report out\n\nLord Butler said the report was fair. He said the dossier was flawed. Robin Butler led the inquiry."
    assert speaker_of(statements_of(text), "the dossier was flawed") == ("Robin Butler", "person")


def test_a_name_labelled_a_person_and_a_country_is_still_a_surname(statements_of):
    # "Eddie Jordan" gives "Jordan" as his surname, though "in Jordan" is a country.
    text = "Team boss speaks\n\nEddie Jordan visited troops in Jordan last week. Jordan said the trip had been moving."
    assert speaker_of(statements_of(text), "the trip had been moving") == ("Eddie Jordan", "person")


def test_firms_named_after_a_people_and_a_city_are_both_companies(statements_of):
    statements = statements_of("Swiss Re said profits rose. Munich Re said the same.")
    assert speaker_of(statements, "profits rose") == ("Swiss Re", "organisation")
    assert speaker_of(statements, "the same") == ("Munich Re", "organisation")


def test_a_given_name_before_the_word_is_a_person(statements_of):
    statements = statements_of("Swiss Re said profits rose. Maria Re said the match was good.")
    assert speaker_of(statements, "the match was good") == ("Maria Re", "person")
