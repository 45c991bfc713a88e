"""The flagship example article, end to end."""

EXPECTED = [
    ("indirect", "Emmanuel Macron", None, None, "to rule out the possibility NATO combat troops"),
    ("mixed", "Emmanuel Macron", None, "2024-03-15", "all these options are possible"),
    ("direct", "Emmanuel Macron", None, "2024-03-15", "We’re not in that situation today."),
    ("indirect", "Emmanuel Macron", None, "2024-03-15", "it is up to the Kremlin not to escalate tensions"),
    ("direct", "Emmanuel Macron", None, "2024-03-15", "Today, to have peace in Ukraine, we must not be weak."),
    ("mixed", "Emmanuel Macron", None, "2024-02", "nothing should be excluded"),
    ("mixed", "Emmanuel Macron", None, "2024-03-01/2024-03-18", "Western allies must not be cowards"),
    ("indirect", "Kremlin", None, None, "NATO troops fighting alongside Ukrainian soldiers"),
    ("direct", "Dmitry Peskov", "Kremlin spokesman", "2024-02-27", "The very fact of discussing"),
    ("direct", "Sergei Naryshkin", "Russia’s Foreign Intelligence Service (SVR) Director", "2024-02-29/2024-03-03", "This is, of course, sad"),
    ("indirect", "Jens Stoltenberg", "NATO Secretary-General", None, "the support provided to Ukraine"),
]


def test_every_statement_with_speaker_role_and_date(macron):
    _, statements = macron
    got = [(s.kind, s.speaker.name, s.speaker.role, s.when.value) for s in statements]
    assert got == [e[:4] for e in EXPECTED]
    for s, e in zip(statements, EXPECTED):
        assert s.text.startswith(e[4])


def test_multi_paragraph_quotes_are_joined(macron):
    _, statements = macron
    peskov, naryshkin = statements[8], statements[9]
    assert len(peskov.content) == 2 and peskov.content[1].text.startswith("We would need to talk")
    assert len(naryshkin.content) == 2 and naryshkin.text.endswith("the brink of nuclear war.")


def test_pronoun_mentions_and_the_poll_line(macron):
    _, statements = macron
    assert [s.speaker.mention.text for s in statements[:7]] == ["Emmanuel Macron"] + ["he"] * 6
    assert not any("poll" in s.text for s in statements)
    assert statements[9].when.anchor == "2024-02-27"
