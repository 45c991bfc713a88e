"""Three speaker defects of the s15 review: a pronoun taking a name from its own content, a
founder's full name made the company, and "Munich Re" beside "Swiss Re" made a person."""

from __future__ import annotations

from .find import speaker_of

# "Lesotho's currency" (labelled a person) and "Lesotho Hats" inside what "he" said.
FACTORIES = (
    "Lesotho textile workers lose jobs\n\n"
    "Six foreign-owned textile factories have closed in Lesotho, leaving 6,650 garment workers jobless, "
    "union officers said. \"They did not pay us,\" Mr Macaefa said "
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


def test_a_word_labelled_a_firm_too_is_no_place(statements_of):
    # "Wipro" is labelled GPE once and ORG once in the text: a firm, so "It" can still mean it.
    text = (
        "Wipro beats forecasts\n\n"
        "Wipro, India's third-biggest software firm, has reported a rise in profit. Wipro said demand was strong. "
        "It said that most of its staff had been replaced."
    )
    assert speaker_of(statements_of(text), "most of its staff") == ("Wipro", "organisation")


FERRARI = (
    "Ferrari profits rise\n"
    "Ferrari said profits rose by 5%. Ferrari shares rose and Ferrari's board met on Monday. "
    "The firm was founded by Enzo Ferrari in 1947. \"We were poor,\" Enzo Ferrari once said."
)


def test_a_founder_is_a_person_and_the_firm_named_after_him_a_company(statements_of):
    statements = statements_of(FERRARI)
    assert speaker_of(statements, "profits rose by 5%") == ("Ferrari", "organisation")
    assert speaker_of(statements, "We were poor") == ("Enzo Ferrari", "person")


def test_a_full_name_not_marked_a_person_is_the_firm_s(statements_of):
    # No founding, no age, no description: "Vivendi Universal" stays the body's full name.
    text = (
        "Vivendi shares fall\n"
        "Vivendi Universal said profits fell. Vivendi shares dropped and Vivendi's board met. "
        "Vivendi said it would cut costs."
    )
    statements = statements_of(text)
    assert speaker_of(statements, "it would cut costs") == ("Vivendi Universal", "organisation")


def test_firms_named_after_a_people_and_a_city_are_both_companies(statements_of):
    statements = statements_of("Swiss Re said profits rose. Munich Re said the same.")
    assert speaker_of(statements, "profits rose") == ("Swiss Re", "organisation")
    assert speaker_of(statements, "the same") == ("Munich Re", "organisation")


def test_a_given_name_before_the_word_is_a_person(statements_of):
    statements = statements_of("Swiss Re said profits rose. Maria Re said the match was good.")
    assert speaker_of(statements, "the match was good") == ("Maria Re", "person")


def test_a_word_called_a_company_in_apposition_is_the_firm_not_the_man_of_that_surname(statements_of):
    # "Bill" is a man's given name, so "Bill Ford" is a man; "Ford, the US car company" is the firm.
    text = (
        "Ford profits rise\n\n"
        "Ford, the US car company, reported higher profits on Thursday. In the third quarter Ford reported "
        "sales of $40bn. \"We did well,\" said chairman and chief executive Bill Ford. Ford shares rose."
    )
    statements = statements_of(text)
    assert speaker_of(statements, "higher profits") == ("Ford", "organisation")
    assert speaker_of(statements, "sales of $40bn") == ("Ford", "organisation")
    assert speaker_of(statements, "We did well") == ("Bill Ford", "person")


def test_the_makers_of_a_product_are_a_company_whatever_the_recognizer_labels_them(statements_of):
    text = "Games row\n\nMoonbeam Games, the makers of Nightfall, has said it markets its games responsibly."
    assert speaker_of(statements_of(text), "it markets its games") == ("Moonbeam Games", "organisation")


def test_a_he_that_means_the_full_name_marks_it_a_person_s(statements_of):
    # No founding, age or description: only "He" says "Enzo Ferrari" is a man, not the firm's full name.
    text = (
        "Ferrari profits rise\n"
        "Ferrari said profits rose by 5%. Ferrari shares rose and Ferrari's board met on Monday. "
        "Enzo Ferrari ran the firm for decades. He once said that racing was everything."
    )
    statements = statements_of(text)
    assert speaker_of(statements, "profits rose by 5%") == ("Ferrari", "organisation")
    assert speaker_of(statements, "racing was everything") == ("Enzo Ferrari", "person")
