import datetime
import sqlite3
from dataclasses import replace

import pytest

from saidwhat.errors import StoreError
from saidwhat.model import Article, Extraction, Span, Speaker, Statement, When
from saidwhat.errors import InputError
from saidwhat.store import Query, Store, date_bounds, day_bound, queries
from saidwhat.store.quotations import quotations
from saidwhat.store.search import fts_syntax, plain_words
from saidwhat.store.sqlite import migrations


# As migration 7 left a database: no name keys (migrations 8 and 9), what each older state below starts from.
BEFORE_NAME_KEYS = (
    "ALTER TABLE speakers DROP COLUMN name_key; ALTER TABLE statements DROP COLUMN speaker_name_key;"
    " ALTER TABLE statement_speakers DROP COLUMN speaker_name_key; ALTER TABLE quotations DROP COLUMN speaker_name_key;"
    " DELETE FROM schema_migrations WHERE version >= 8;"
)


def test_migrates_an_empty_database_to_the_latest(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert store.version() == migrations()[-1][0]
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "statements", "speakers", "problems", "statements_fts"} <= tables


def test_reopening_keeps_data_and_applies_nothing_twice(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save(_extraction())
    with Store(path) as store:
        assert store.article_count() == 1
        count = store.db.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
        assert count == len(migrations())


def test_an_older_database_is_brought_up_to_date(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.version() == migrations()[-1][0]


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a saidwhat database"):
        Store(path)


@pytest.mark.parametrize(
    "value, bounds",
    [("2024-03-15", ("2024-03-15", "2024-03-15")), ("2024-02", ("2024-02-01", "2024-02-29")),
     ("2024-03-01/2024-03-18", ("2024-03-01", "2024-03-18")), ("2023", ("2023-01-01", "2023-12-31")),
     ("--03-15", (None, None)), (None, (None, None))],
)
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


@pytest.mark.parametrize(
    "value, first, last",
    [("2024-03-15", "2024-03-15", "2024-03-15"), ("2024-02", "2024-02-01", "2024-02-29"), ("2023", "2023-01-01", "2023-12-31")],
)
def test_day_bound_reads_a_day_month_or_year(value, first, last):
    assert (day_bound(value, last=False), day_bound(value, last=True)) == (first, last)


@pytest.mark.parametrize("value", ["18/03/2024", "2024-13", "2023-02-29", "2024-3", "March 2024", ""])
def test_day_bound_refuses_anything_else_and_shows_the_forms(value):
    with pytest.raises(ValueError, match="use YYYY-MM-DD, YYYY-MM or YYYY"):
        day_bound(value, last=False)


def test_since_and_until_take_a_month_or_year(tmp_path):
    dated = [("a1", "2024-02-27"), ("a2", "2024-03"), ("a3", "2023-12-31/2024-01-02"), ("a4", None)]
    with Store(tmp_path / "a.db") as store:
        for article_id, value in dated:
            extraction = _extraction()
            statement = replace(extraction.statements[0], when=When(value=value))
            store.save(Extraction(article=Article(id=article_id, text=extraction.article.text), statements=(statement,)))

        def found(**filters):
            return sorted(s["article"]["id"] for s in store.statements(Query(**filters)))

        # An interval or a month counts when any of its days falls in the range.
        assert found(since="2024") == ["a1", "a2", "a3"]
        assert found(until="2023") == ["a3"]
        assert found(since="2024-02", until="2024-02") == ["a1"]
        assert found(since="2024-03") == ["a2"]
        assert found(until="2024-02-26") == ["a3"]
        with pytest.raises(InputError, match="Query until: '2024-1' is not a date"):
            store.statements(Query(until="2024-1"))
        with pytest.raises(InputError, match="Query until: '2024-1' is not a date"):
            Query(since="2024", until="2024-1")
        # Swapped bounds found a3, whose interval spans both: a range with no day in it is a slip.
        with pytest.raises(InputError, match=r"Query since='2024' is after until='2023', so no day is in the range; give the earlier date as since"):
            Query(since="2024", until="2023")


def _dated(store: Store, values: list[str | None]) -> None:
    """One article per date value, each a statement of Jane Doe's."""
    for n, value in enumerate(values):
        extraction = _extraction()
        statement = replace(extraction.statements[0], when=When(value=value))
        store.save(Extraction(article=Article(id=f"a{n}", text=extraction.article.text), statements=(statement,)))


@pytest.mark.parametrize(
    ("values", "first", "last"),
    [
        # "in February" is 2024-02, not the 2024-02-01 its first day would claim; a year stays a year.
        (["2024-02", "2024-03-15", None], "2024-02", "2024-03-15"),
        (["2019", "2024-03-15"], "2019", "2024-03-15"),
        # Ordered by the first and the last day each may have been: the interval ends latest.
        (["2024-03-15", "2024-03-01/2024-03-18"], "2024-03-01/2024-03-18", "2024-03-01/2024-03-18"),
        # Same first day: the more precise value ("on February 1"); same last day, too.
        (["2024-02", "2024-02-01", "2024-02-29"], "2024-02-01", "2024-02-29"),
        ([None], None, None),
    ],
)
def test_a_speakers_first_and_last_dates_are_as_the_statements_give_them(tmp_path, values, first, last):
    from saidwhat.store import queries

    with Store(tmp_path / "a.db") as store:
        _dated(store, values)
        [jane] = store.speakers()
        assert (jane["first"], jane["last"]) == (first, last)
        detail = queries.speaker(store, jane["id"])
        assert (detail["first"], detail["last"]) == (first, last)


@pytest.mark.parametrize(("kinds", "found"), [("direct", ["a0"]), (("direct",), ["a0"]), (("mixed", "direct"), ["a0", "a1"]), ((), ["a0", "a1"])])
def test_kinds_take_one_kind_as_a_string(tmp_path, kinds, found):
    # Query(kinds="direct") was read as the kinds "d", "i", "r", …, and found nothing.
    with Store(tmp_path / "a.db") as store:
        _dated(store, [None, None])
        store.db.execute("UPDATE statements SET kind = 'mixed' WHERE article_id = 'a1'")
        assert sorted(s["article"]["id"] for s in store.statements(Query(kinds=kinds))) == found


def test_an_unknown_kind_says_which_there_are():
    with pytest.raises(InputError, match=r"Query kinds: 'rumour' is not a kind; use direct, mixed or indirect"):
        Query(kinds="rumour")


def _extraction():
    text = "“We will win,” said Jane Doe."
    statement = Statement(
        kind="direct", text="We will win", content=(Span.of(text, 1, 12),), cue=Span.of(text, 15, 19),
        speaker=Speaker(name="Jane Doe", type="person", mention=Span.of(text, 20, 28)), when=When(), extractor="t/1",
    )
    return Extraction(article=Article(id="a1", text=text), statements=(statement,))


def test_author_and_site_are_stored(tmp_path):
    extraction = _extraction()
    article = Article(id="a2", text=extraction.article.text, author="Sam Writer", site="Daily News")
    with Store(tmp_path / "a.db") as store:
        store.save(Extraction(article=article, statements=extraction.statements))
        row = store.db.execute("SELECT author, site FROM articles WHERE id = 'a2'").fetchone()
    assert tuple(row) == ("Sam Writer", "Daily News")


def test_roles_with_commas_and_problems_recorded_once(tmp_path):
    from saidwhat.model import Problem

    extraction = _extraction()
    s = extraction.statements[0]
    role = Speaker(name="Jane Doe", type="person", role="chief executive, Acme", mention=s.speaker.mention)
    statement = Statement(kind=s.kind, text=s.text, content=s.content, cue=s.cue, speaker=role, extractor="t/1")
    with Store(tmp_path / "a.db") as store:
        store.save(Extraction(article=extraction.article, statements=(statement,)))
        assert store.speakers()[0]["roles"] == ["chief executive, Acme"]
        problem = Problem(article="x.txt", stage="ingest", message="x.txt: the file is empty", source="x.txt")
        store.record(problem)
        store.record(problem)
        assert len(store.problems()) == 1


def test_a_role_written_in_two_cases_is_listed_once(tmp_path):
    # "Prime Minister Tony Blair" and "the prime minister" listed Blair's roles as both.
    extraction = _extraction()
    s = extraction.statements[0]
    roles = ["prime minister", "Prime Minister", "Labour leader"]
    with Store(tmp_path / "a.db") as store:
        for n, role in enumerate(roles):
            speaker = Speaker(name="Jane Doe", type="person", role=role, mention=s.speaker.mention)
            statement = replace(s, speaker=speaker)
            store.save(Extraction(article=Article(id=f"a{n}", text=extraction.article.text), statements=(statement,)))
        assert store.speakers()[0]["roles"] == ["Labour leader", "Prime Minister"]
        assert queries.speaker(store, store.speakers()[0]["id"])["roles"] == ["Labour leader", "Prime Minister"]


@pytest.mark.parametrize(
    ("roles", "shown"),
    [
        # A headline's capitals ("PRIME MINISTER TONY BLAIR SAID…") sorted first and were kept.
        (["PRIME MINISTER", "Prime Minister", "prime minister"], ["Prime Minister"]),
        (["PRIME MINISTER", "prime minister"], ["prime minister"]),
        (["PRIME MINISTER", "Labour leader"], ["Labour leader", "PRIME MINISTER"]),  # one case only: as written
        # One word in capitals is an acronym, not a headline's shouting (second review).
        (["CEO", "ceo"], ["CEO"]),
    ],
)
def test_a_role_in_capitals_and_in_other_cases_is_shown_in_the_other(tmp_path, roles, shown):
    extraction = _extraction()
    s = extraction.statements[0]
    with Store(tmp_path / "a.db") as store:
        for n, role in enumerate(roles):
            speaker = Speaker(name="Jane Doe", type="person", role=role, mention=s.speaker.mention)
            store.save(Extraction(article=Article(id=f"a{n}", text=extraction.article.text), statements=(replace(s, speaker=speaker),)))
        assert store.speakers()[0]["roles"] == shown
        assert queries.speaker(store, store.speakers()[0]["id"])["roles"] == shown


@pytest.mark.parametrize("article_id", [None, ""])
def test_an_article_without_an_id_is_refused_and_nothing_stored(tmp_path, article_id):
    # A TEXT PRIMARY KEY takes NULL in SQLite: an article without statements was stored under none.
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(InputError, match=f"article x.txt: id is {article_id!r}, not a non-empty str; give every article an id of its own"):
            store.save(Extraction(article=Article(id=article_id, text="No one spoke.", source="x.txt"), statements=()))
        assert store.article_count() == 0


def test_a_locked_database_says_so(tmp_path):
    path = tmp_path / "a.db"
    Store(path).close()
    other = sqlite3.connect(path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="database is locked; another process is writing"):
            Store(path, timeout=0.1)
    finally:
        other.rollback()
        other.close()


def _said(article_id: str, text: str, speaker: str = "Jane Doe", source: str | None = None, published: str | None = None) -> Extraction:
    """An article that is one direct quote, ``text``, said by ``speaker``."""
    body = f"“{text},” said {speaker}."
    statement = Statement(
        kind="direct", text=text, content=(Span.of(body, 1, 1 + len(text)),), cue=Span.of(body, len(text) + 4, len(text) + 8),
        speaker=Speaker(name=speaker, type="person", mention=Span.of(body, len(text) + 9, len(body) - 1)), when=When(), extractor="t/1",
    )
    return Extraction(article=Article(id=article_id, text=body, source=source, published=published), statements=(statement,))


SAID = {
    "blair": "Blair's plan is co-operation with the U.S. and NATO",
    "win": "We will win this war",
    "troops": "The troopers marched on",
}


@pytest.fixture()
def said(tmp_path):
    with Store(tmp_path / "said.db") as store:
        for article_id, text in SAID.items():
            store.save(_said(article_id, text))
        yield store


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # Ordinary words that FTS5 reads as syntax are searched as the words they are.
        ("Blair's", ["blair"]), ("co-operation", ["blair"]), ("U.S.", ["blair"]), ("blair's co-operation", ["blair"]),
        # FTS5 syntax keeps its meaning: OR, NOT, brackets, "phrases", prefix*.
        ("war OR NATO", ["blair", "win"]), ("(war OR marched) NOT troopers", ["win"]), ('"will win"', ["win"]),
        ('"win will"', []), ("troop*", ["troops"]), ("troop", []),
        # What FTS5 still cannot parse is searched word by word, as written.
        ('"win', ["win"]), ("Blair's AND", ["blair"]), ("war,", ["win"]), ("will\x00win", ["win"]),
        ("   ", ["blair", "troops", "win"]),  # no words: no search
    ],
)
def test_search_reads_ordinary_words_and_keeps_fts5_syntax(said, words, found):
    assert sorted(s["article"]["id"] for s in said.statements(Query(words=words))) == found


def test_search_quotes_only_what_is_not_fts5_syntax():
    assert fts_syntax('Blair\'s troop* OR "we will" NEAR(a b, 5) ^first') == '"Blair\'s" troop* OR "we will" NEAR ( a b , 5 ) ^first'
    assert fts_syntax("co-operation U.S. text:war") == '"co-operation" "U.S." "text:war"'
    assert plain_words('AND "win (it') == '"AND" """win" "(it"'


def test_speaker_names_match_percent_and_underscore_literally(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.save(_said("a1", "We will win this war", speaker="Jane Doe"))
        store.save(_said("a2", "We shall see about it", speaker="Ann_Lee 100%"))

        def speakers_of(**filters):
            return sorted(s["speaker"]["name"] for s in store.statements(Query(**filters)))

        assert speakers_of(speaker="%") == ["Ann_Lee 100%"]
        assert speakers_of(speaker="_") == ["Ann_Lee 100%"]
        assert speakers_of(speaker="Jane_Doe") == []
        assert speakers_of(speaker="doe") == ["Jane Doe"]  # still any case, any part
        assert [p["name"] for p in store.speakers("_")] == ["Ann_Lee 100%"]
        assert [p["name"] for p in store.speakers("\\")] == []
        assert [q["speaker"] for q in quotations(store.db, speaker="%")] == ["Ann_Lee 100%"]
        assert [q["speaker"] for q in quotations(store.db, speaker="e_D")] == []



def test_a_database_stored_before_name_keys_gets_them_and_its_names_match(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save(_said("a1", "We shall see about it then", speaker="Zoë O’Brien"))
        store.save(_joint())
        store.db.executescript(BEFORE_NAME_KEYS)
    with Store(path) as store:
        assert store.version() == migrations()[-1][0]
        assert [s["speaker"]["name"] for s in store.statements(Query(speaker="zoe o'brien"))] == ["Zoë O’Brien"]
        assert [p["name"] for p in store.speakers("ZOË")] == ["Zoë O’Brien"]
        assert [q["speaker"] for q in quotations(store.db, speaker="o'brien")] == ["Zoë O’Brien"]
        assert [s["article"]["id"] for s in store.statements(Query(speaker="morrisons"))] == ["joint"]  # a co-speaker's
        assert store.db.execute("SELECT COUNT(*) FROM speakers WHERE name_key IS NULL").fetchone()[0] == 0


def test_keys_stored_before_plain_letters_are_written_again(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save(_said("a1", "We shall see about it then", speaker="Lech Wałęsa"))
        # As migration 8 keyed it: the ł kept, so "walesa" found nothing.
        store.db.executescript(
            "UPDATE speakers SET name_key = 'lech wałesa'; UPDATE statements SET speaker_name_key = 'lech wałesa';"
            " UPDATE quotations SET speaker_name_key = 'lech wałesa'; DELETE FROM schema_migrations WHERE version = 9;"
        )
        assert store.statements(Query(speaker="walesa")) == []
    with Store(path) as store:
        assert [s["speaker"]["name"] for s in store.statements(Query(speaker="walesa"))] == ["Lech Wałęsa"]
        assert [p["name"] for p in store.speakers("walesa")] == ["Lech Wałęsa"]
        assert [q["speaker"] for q in quotations(store.db, speaker="walesa")] == ["Lech Wałęsa"]

@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ó briain", ["Seán Ó Briain"]),  # SQLite's LIKE folds only A-Z: a lower-case Ó found nothing
        ("SEÁN", ["Seán Ó Briain"]),
        ("sean o briain", ["Seán Ó Briain"]),  # typed without accents, as FTS5's search takes them
        ("O'Neill", ["Mary O’Neill"]),  # the page's curly apostrophe, the keyboard's straight one
        ("o’brien", ["Zoë O'Brien"]),
        ("zoe", ["Zoë O'Brien"]),
        ("walesa", ["Lech Wałęsa"]),  # ł and ø have no accent NFKD splits off: they were letters of their own
        ("SØREN", ["Søren Kierkegaard"]),
        ("soren", ["Søren Kierkegaard"]),
        ("ø", ["Mary O’Neill", "Seán Ó Briain", "Søren Kierkegaard", "Zoë O'Brien", "Ørsted"]),  # typed as it is folded: o
        ("Ǿrsted", ["Ørsted"]),  # ø with an accent: the letter table goes after the accent is dropped
        ("paral·lel", ["Paraŀlel"]),  # NFKD splits ŀ into l and the dot typed apart
        ("parallel", ["Paraŀlel"]),  # and the dot goes, as an accent does
    ],
)
def test_speaker_names_match_beyond_ascii_case_accents_and_apostrophes(tmp_path, typed, found):
    names = ["Seán Ó Briain", "Mary O’Neill", "Zoë O'Brien", "Lech Wałęsa", "Søren Kierkegaard", "Ørsted", "Paraŀlel"]
    with Store(tmp_path / "a.db") as store:
        for n, name in enumerate(names):
            store.save(_said(f"a{n}", "We shall see about it then", speaker=name))
        assert sorted(s["speaker"]["name"] for s in store.statements(Query(speaker=typed))) == found
        assert sorted(p["name"] for p in store.speakers(typed)) == found
        assert sorted(q["speaker"] for q in quotations(store.db, speaker=typed)) == found


def test_counts_past_sqlites_integers_mean_all(said):
    assert len(said.statements(Query(limit=10**20))) == 3
    assert len(said.speakers(limit=10**20)) == 1
    assert quotations(said.db, min_count=10**20) == []


def test_an_article_given_another_date_is_not_unchanged(tmp_path):
    undated = _said("a1", "We will win this war")
    dated = Article(id="a1", text=undated.article.text, published="2024-03-18")
    with Store(tmp_path / "a.db") as store:
        store.save(undated)
        assert store.has_any(undated.article) and store.has(undated.article, "t/1")
        assert not store.has_any(dated) and not store.has(dated, "t/1")
        store.save(Extraction(article=dated, statements=undated.statements))
        assert store.has_any(dated) and not store.has_any(replace(dated, published="2024-03-19"))
        # No date given is no correction: the stored date stands.
        assert store.has_any(undated.article)


@pytest.mark.parametrize("published", ["2024-03-18T10:00:00Z", datetime.date(2024, 3, 18)])
def test_an_article_dated_by_a_timestamp_or_a_date_is_found_once_saved(tmp_path, published):
    from saidwhat import extract

    article = Article(id="a1", text="“No,” said Bob Ray yesterday.", published=published)
    with Store(tmp_path / "a.db") as store:
        extraction = extract(article)
        store.save(extraction)
        assert store.has_any(article) and store.has(article, extraction.extractor)


def test_reingesting_with_a_corrected_date_extracts_again(tmp_path):
    from saidwhat.batch.local import ingest

    from .conftest import EXAMPLES

    with Store(tmp_path / "a.db") as store:
        first = ingest([str(EXAMPLES / "macron-nato.txt")], store)
        corrected = ingest([str(EXAMPLES / "macron-nato.txt")], store, published="2024-03-18")
        again = ingest([str(EXAMPLES / "macron-nato.txt")], store, published="2024-03-18")
        assert (first.articles, corrected.articles, corrected.unchanged, again.unchanged) == (1, 1, 0, 1)
        assert [tuple(r) for r in store.db.execute("SELECT published FROM articles")] == [("2024-03-18",)]
        assert "2024-03-15" in {s["when"]["value"] for s in store.statements()}


def test_storing_an_article_resolves_the_earlier_problems_of_its_input(tmp_path):
    from saidwhat.model import Problem

    path = tmp_path / "a.db"
    with Store(path) as store:
        store.record(Problem(article="fixme.txt", stage="ingest", message="fixme.txt: not valid UTF-8", source="fixme.txt"))
        store.record(Problem(article="a2", stage="parse", message="too long", source="long.txt"))
        store.record(Problem(article="other.txt", stage="ingest", message="other.txt: the file is empty", source="other.txt"))
    with Store(path) as store:  # the next run: both inputs fixed
        store.save(_said("a1", "We will win this war", source="fixme.txt"))
        store.save(_said("a2", "We shall see about it", source="cut.txt"))
        assert [p["source"] for p in store.problems()] == ["other.txt"]


def test_an_article_from_standard_input_resolves_no_problem_of_an_earlier_stream(tmp_path):
    from saidwhat.model import Problem

    path = tmp_path / "a.db"
    with Store(path) as store:
        store.record(Problem(article="<stdin>:7", stage="ingest", message="<stdin>:7: not valid JSON", source="<stdin>:7"))
    with Store(path) as store:  # another stream piped in: its line 7 is another record
        store.save(_said("a1", "We will win this war", source="<stdin>:7"))
        assert [p["source"] for p in store.problems()] == ["<stdin>:7"]


def test_a_problem_met_in_this_run_stays_when_its_input_also_gave_an_article(tmp_path):
    """A WARC cut after its last good record: that record is stored, the loss of the rest is still a problem."""
    from saidwhat.model import Problem

    with Store(tmp_path / "a.db") as store:
        store.record(Problem(article="c.warc.gz@466", stage="ingest", message="unreadable after this record", source="c.warc.gz@466"))
        store.save(_said("a1", "We will win this war", source="c.warc.gz@466"))
        assert [p["source"] for p in store.problems()] == ["c.warc.gz@466"]


def test_a_fixed_file_leaves_the_problems_list(tmp_path):
    from saidwhat.batch.local import ingest

    text = 'Café owner\n\n"We will stay open," said Anne Roux.\n'
    file = tmp_path / "fixme.txt"
    file.write_bytes(text.encode("latin-1"))
    with Store(tmp_path / "a.db") as store:
        assert len(ingest([str(file)], store).problems) == 1
        assert [p["source"] for p in store.problems()] == [str(file)]
    file.write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        assert ingest([str(file)], store).articles == 1
        assert store.problems() == []


def test_a_body_named_by_a_common_noun_is_no_speaker_across_articles(tmp_path):
    # "the government" of one article is not that of another: no one "government" to list.
    with Store(tmp_path / "a.db") as store:
        for article_id, name in (("uk", "government"), ("fr", "government"), ("bank", "Bank of England")):
            said = _said(article_id, "Rates will stay where they are", speaker=name)
            speaker = replace(said.statements[0].speaker, type="organisation")
            store.save(replace(said, statements=(replace(said.statements[0], speaker=speaker),)))
        assert [s["name"] for s in store.speakers()] == ["Bank of England"]
        assert [s["article"]["id"] for s in store.statements(Query(speaker="government"))] == ["fr", "uk"]


# Two articles about one Greek sprinter, and one about another "Thanou" in another world.
ATHENS = "the hearing in Athens with Kostas Kenteris, the IAAF, the Greek Athletics Federation and Olympic officials in Thessaloniki"
XBOX = "the Xbox launch with Microsoft, Sony and Nintendo in Redmond, Tokyo and Seattle for Christmas shoppers"


def _speaking(store: Store, article_id: str, name: str, text: str) -> int:
    store.save(_said(article_id, text, speaker=name))
    return store.db.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()[0]


def _a_lord_twice(store: Store, name: str) -> None:
    """A peer speaking in two articles, so that a namesake may be linked to him."""
    _speaking(store, "l1", name, f"The estate was a burden, after {ATHENS}")
    _speaking(store, "l2", name, f"I will not sell it after {ATHENS}")


def _aliases(store: Store) -> dict[str, list[str]]:
    return {s["name"]: s["aliases"] for s in store.speakers()}


def test_a_surname_alone_is_the_full_name_of_the_same_world(tmp_path):
    from saidwhat.store import queries

    with Store(tmp_path / "a.db") as store:
        full = _speaking(store, "full", "Katerina Thanou", f"I was cleared after {ATHENS}")
        alone = _speaking(store, "alone", "Thanou", f"I am confident after {ATHENS}")
        speakers = store.speakers()
        assert [(s["name"], s["statements"], s["aliases"]) for s in speakers] == [("Katerina Thanou", 2, ["Thanou"])]
        assert store.speakers("Thanou")[0]["id"] == store.speakers("Katerina")[0]["id"] == full
        # A search by the full name finds what the article gave the surname alone, and one id leads to one page.
        assert [s["article"]["id"] for s in store.statements(Query(speaker="Katerina Thanou"))] == ["alone", "full"]
        page = queries.statements_page(store, Query(), speaker_id=full)
        assert {s["speaker"]["id"] for s in page.items} == {full} and len(page.items) == 2
        assert queries.speaker(store, alone)["id"] == full
        assert [s["speaker"]["name"] for s in page.items] == ["Thanou", "Katerina Thanou"]  # as each article wrote it


def test_a_peer_named_by_title_is_the_full_name_of_the_same_world(tmp_path):
    # The speaker stage names a peer given no first name "Lord Goldsmith" (speakers/names.py): no
    # more a full name than "Goldsmith", and no namesake of it either.
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "full", "Peter Goldsmith", f"As Lord Goldsmith I was cleared after {ATHENS}")
        _speaking(store, "lord", "Lord Goldsmith", f"I am confident after {ATHENS}")
        _speaking(store, "alone", "Goldsmith", f"I am sure after {ATHENS}")
        assert [(s["name"], s["statements"], sorted(s["aliases"])) for s in store.speakers()] == [
            ("Peter Goldsmith", 3, ["Goldsmith", "Lord Goldsmith"]),
        ]


def test_a_baroness_is_no_namesake_of_a_man(tmp_path):
    # The much-quoted Charles Kennedy holds nearly all the statements of the Kennedys named in full.
    with Store(tmp_path / "a.db") as store:
        for i in range(10):
            _speaking(store, f"c{i}", "Charles Kennedy", f"Statement {i} on {ATHENS}")
        _speaking(store, "h", "Helena Kennedy", f"I spoke on {ATHENS}")
        _speaking(store, "lady", "Baroness Kennedy", f"I am confident after {ATHENS}")
        assert _aliases(store) == {"Charles Kennedy": [], "Helena Kennedy": [], "Baroness Kennedy": []}


@pytest.mark.parametrize(
    ("given", "linked"),
    [
        # A hyphenated given name is its first name's: Mary-Ann is a woman, who may be Baroness
        # Kennedy; Karl-Heinz a man, who never is, though his article writes "Baroness Kennedy".
        ("Mary-Ann", True),
        ("Karl-Heinz", False),
    ],
)
def test_a_hyphenated_given_name_tells_the_sex_of_its_first(tmp_path, given, linked):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "full", f"{given} Kennedy", f"Baroness Kennedy and I spoke after {ATHENS}")
        _speaking(store, "lady", "Baroness Kennedy", f"I am confident after {ATHENS}")
        aliases = _aliases(store)
        assert aliases == ({f"{given} Kennedy": ["Baroness Kennedy"]} if linked else {f"{given} Kennedy": [], "Baroness Kennedy": []})


def test_a_peer_by_title_is_no_full_name_no_article_calls_so(tmp_path):
    # Lord Kennedy had been linked to the much-quoted Charles Kennedy, whose articles never call
    # him Lord Kennedy; nor is Lord Hunt Jeremy Hunt, though an article of his names Lord Huntingdon.
    with Store(tmp_path / "a.db") as store:
        for i in range(5):
            _speaking(store, f"c{i}", "Charles Kennedy", f"Statement {i} on {ATHENS}")
            _speaking(store, f"j{i}", "Jeremy Hunt", f"Lord Huntingdon spoke; statement {i} on {ATHENS}")
        _speaking(store, "lk", "Lord Kennedy", f"I am confident after {ATHENS}")
        _speaking(store, "lh", "Lord Hunt", f"I am sure after {ATHENS}")
        assert _aliases(store) == {
            "Charles Kennedy": [], "Jeremy Hunt": [], "Lord Kennedy": [], "Lord Hunt": [],
        }


def test_a_woman_s_titles_are_one_speaker(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "b1", "Baroness Thatcher", f"Europe was a mistake, after {ATHENS}")
        _speaking(store, "b2", "Baroness Thatcher", f"I will not change my mind after {ATHENS}")
        _speaking(store, "l", "Lady Thatcher", f"I am confident after {ATHENS}")
        assert [(s["name"], s["statements"], s["aliases"]) for s in store.speakers()] == [
            ("Baroness Thatcher", 3, ["Lady Thatcher"]),
        ]
        # With her full name, which an article calls Baroness Thatcher, all go by it.
        _speaking(store, "m", "Margaret Thatcher", f"As Baroness Thatcher I spoke after {ATHENS}")
        assert [(s["name"], s["statements"], sorted(s["aliases"])) for s in store.speakers()] == [
            ("Margaret Thatcher", 4, ["Baroness Thatcher", "Lady Thatcher"]),
        ]


def test_a_woman_s_titles_quoted_as_often_go_by_one_whatever_came_first(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "l", "Lady Thatcher", f"I am confident after {ATHENS}")
        _speaking(store, "b", "Baroness Thatcher", f"Europe was a mistake, after {ATHENS}")
        assert [(s["name"], s["aliases"]) for s in store.speakers()] == [("Baroness Thatcher", ["Lady Thatcher"])]


def test_a_woman_s_titles_in_two_worlds_stay_apart(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "b", "Baroness Thatcher", f"Europe was a mistake, after {ATHENS}")
        _speaking(store, "l", "Lady Thatcher", f"Our console sold out after {XBOX}")
        assert sorted((s["name"], s["aliases"]) for s in store.speakers()) == [("Baroness Thatcher", []), ("Lady Thatcher", [])]


def test_a_man_s_titles_are_one_speaker(tmp_path):
    # An earl is "Lord Spencer" too, as a baroness is "Lady Thatcher".
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "l1", "Lord Spencer", f"The estate was a burden, after {ATHENS}")
        _speaking(store, "l2", "Lord Spencer", f"I will not sell it after {ATHENS}")
        _speaking(store, "e", "Earl Spencer", f"I am confident after {ATHENS}")
        assert [(s["name"], s["statements"], s["aliases"]) for s in store.speakers()] == [("Lord Spencer", 3, ["Earl Spencer"])]
        # With his full name, which an article calls Earl Spencer, all go by it.
        _speaking(store, "c", "Charles Spencer", f"As Earl Spencer I spoke after {ATHENS}")
        assert [(s["name"], s["statements"], sorted(s["aliases"])) for s in store.speakers()] == [
            ("Charles Spencer", 4, ["Earl Spencer", "Lord Spencer"]),
        ]


@pytest.mark.parametrize(
    ("text", "peer"),
    [
        # "Earl" is a given name too: Tiger's father, "Mr Woods" in his article, is no peer.
        (f"Earl Woods, 74, was proud early on. Mr Woods said so after {ATHENS}", False),
        # An article that also writes "the Earl" treats him as a peer, "Mr Woods" another Woods.
        (f"Earl Woods was proud, and the Earl said so to Mr Woods after {ATHENS}", True),
        # No "Mr": a peer, as "Earl Spencer" is.
        (f"Earl Woods was proud after {ATHENS}", True),
    ],
)
def test_a_title_that_is_a_given_name_is_one_where_the_article_treats_it_so(tmp_path, text, peer):
    with Store(tmp_path / "a.db") as store:
        _a_lord_twice(store, "Lord Woods")
        _speaking(store, "e", "Earl Woods", text)
        assert _aliases(store) == ({"Lord Woods": ["Earl Woods"]} if peer else {"Lord Woods": [], "Earl Woods": []})


def test_a_peer_s_link_is_undone_when_a_later_article_shows_earl_a_given_name(tmp_path):
    # Saved first with no "Mr", Earl Woods is linked to Lord Woods; his next article calls him
    # "Mr Woods": the link goes, as it would had the articles come the other way round.
    with Store(tmp_path / "a.db") as store:
        _a_lord_twice(store, "Lord Woods")
        _speaking(store, "e1", "Earl Woods", f"Earl Woods was proud after {ATHENS}")
        assert _aliases(store) == {"Lord Woods": ["Earl Woods"]}
        _speaking(store, "e2", "Earl Woods", f"Earl Woods, 74, was proud. Mr Woods said so after {ATHENS}")
        assert _aliases(store) == {"Lord Woods": [], "Earl Woods": []}


def test_a_baron_in_lower_case_of_another_kind_is_no_title(tmp_path):
    # "a drug baron" says nothing of Baron Davis's "Baron": Mr Davis is a man named Baron.
    with Store(tmp_path / "a.db") as store:
        _a_lord_twice(store, "Lord Davis")
        _speaking(store, "b", "Baron Davis", f"Baron Davis scored, and Mr Davis said a drug baron was jailed after {ATHENS}")
        assert _aliases(store) == {"Lord Davis": [], "Baron Davis": []}


def test_a_man_named_earl_is_a_full_name_a_surname_alone_may_stand_for(tmp_path):
    # Earl Woods, a given name and a surname, is the namesake "Woods" of the same world stands for.
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "e", "Earl Woods", f"Mr Woods spoke after {ATHENS}")
        _speaking(store, "w", "Woods", f"I am proud after {ATHENS}")
        assert [(s["name"], s["aliases"]) for s in store.speakers()] == [("Earl Woods", ["Woods"])]


def test_a_lord_and_a_baroness_of_one_surname_are_two_speakers(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "l", "Lord Kennedy", f"The bill was a mistake, after {ATHENS}")
        _speaking(store, "b", "Baroness Kennedy", f"I am confident after {ATHENS}")
        assert sorted((s["name"], s["aliases"]) for s in store.speakers()) == [("Baroness Kennedy", []), ("Lord Kennedy", [])]


def test_a_peer_by_seat_is_the_full_name_an_article_of_theirs_gives_the_seat(tmp_path):
    from saidwhat.store.aliases import relink_all

    # The speaker stage names a peer "Lord Smith of Finsbury" where the article gives the seat and
    # no first name (speakers.names.with_seat); an article of Chris Smith's writes both names.
    with Store(tmp_path / "a.db") as store:
        for i in range(9):
            _speaking(store, f"f{i}", "Lord Smith of Finsbury", f"The agency did well, statement {i} after {ATHENS}")
        _speaking(store, "c", "Chris Smith", f"I, Lord Smith of Finsbury since Monday, spoke after {ATHENS}")
        _speaking(store, "l", "Lord Smith", f"I am confident after {ATHENS}")
        expected = [("Chris Smith", 11, ["Lord Smith", "Lord Smith of Finsbury"])]  # "Lord Smith", his seat's, goes by him too
        assert [(s["name"], s["statements"], sorted(s["aliases"])) for s in store.speakers()] == expected
        store.db.execute("UPDATE speakers SET same_as = NULL")
        relink_all(store.db)
        assert [(s["name"], s["statements"], sorted(s["aliases"])) for s in store.speakers()] == expected


@pytest.mark.parametrize(
    ("peer", "full", "linked"),
    [
        ("Baroness Smith of Basildon", "Angela Smith", True),
        # Negatives: a woman's title is no man's name, though his article writes it; another man
        # of the surname, in the same world, whose articles never give the seat, is someone else.
        ("Baroness Smith of Basildon", "Peter Smith", False),
        ("Lord Walker of Gestingthorpe", "Ross Walker", False),
    ],
)
def test_a_peer_by_seat_is_no_namesake_of_another_sex_or_one_never_given_the_seat(tmp_path, peer, full, linked):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "p", peer, f"The agency did well after {ATHENS}")
        called = peer if full != "Ross Walker" else "Lord Walker"
        _speaking(store, "f", full, f"{called} and I spoke after {ATHENS}")
        aliases = _aliases(store)
        assert aliases == ({full: [peer]} if linked else {full: [], peer: []})


def test_a_baroness_is_no_namesake_of_a_lord_named_by_his_seat(tmp_path):
    # "Lord Smith of Finsbury" tells his sex by his title, not by a given name; a baroness linked
    # to him went on to Chris Smith when his article gave the seat.
    with Store(tmp_path / "a.db") as store:
        for i in range(3):
            _speaking(store, f"p{i}", "Lord Smith of Finsbury", f"Baroness Smith and I spoke, {i}, after {ATHENS}")
        _speaking(store, "c", "Chris Smith", f"As Lord Smith of Finsbury I spoke after {ATHENS}")
        _speaking(store, "b", "Baroness Smith", f"I am confident after {ATHENS}")
        assert sorted((s["name"], s["aliases"]) for s in store.speakers()) == [("Baroness Smith", []), ("Chris Smith", ["Lord Smith of Finsbury"])]


def test_peers_of_two_seats_stay_two_speakers(tmp_path):
    # "Lord Smith of Finsbury" and "Lord Smith of Kelvin" (speakers.names.with_seat): a lone
    # "Lord Smith" has no one namesake; the seat is no surname.
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "f", "Lord Smith of Finsbury", f"The agency did well after {ATHENS}")
        _speaking(store, "k", "Lord Smith of Kelvin", f"The bank is sound after {ATHENS}")
        _speaking(store, "l", "Lord Smith", f"I am confident after {ATHENS}")
        assert sorted((s["name"], s["aliases"]) for s in store.speakers()) == [
            ("Lord Smith", []), ("Lord Smith of Finsbury", []), ("Lord Smith of Kelvin", []),
        ]
        assert [tuple(r) for r in store.db.execute("SELECT DISTINCT surname FROM speakers")] == [("Smith",)]


def test_a_surname_alone_in_another_world_is_someone_else(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "full", "Katerina Thanou", f"I was cleared after {ATHENS}")
        _speaking(store, "alone", "Thanou", f"Our console sold out after {XBOX}")
        assert sorted((s["name"], s["aliases"]) for s in store.speakers()) == [("Katerina Thanou", []), ("Thanou", [])]
        assert [s["article"]["id"] for s in store.statements(Query(speaker="Katerina Thanou"))] == ["full"]


def test_a_surname_goes_to_the_namesake_with_nearly_all_the_statements(tmp_path):
    with Store(tmp_path / "a.db") as store:
        for i in range(8):
            _speaking(store, f"k{i}", "Katerina Thanou", f"Statement {i} on {ATHENS}")
        _speaking(store, "m", "Maria Thanou", f"I run too, after {ATHENS}")
        alone = _speaking(store, "alone", "Thanou", f"I am confident after {ATHENS}")
        assert store.db.execute("SELECT same_as FROM speakers WHERE id = ?", (alone,)).fetchone()[0] is None  # 8 of 9
        _speaking(store, "k8", "Katerina Thanou", f"Statement 8 on {ATHENS}")
        assert _aliases(store)["Katerina Thanou"] == ["Thanou"]  # 9 of 10


def test_links_follow_the_articles_whatever_their_order(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _speaking(store, "alone", "Thanou", f"I am confident after {ATHENS}")
        assert store.speakers()[0]["aliases"] == []
        _speaking(store, "full", "Katerina Thanou", f"I was cleared after {ATHENS}")
        assert [(s["name"], s["aliases"]) for s in store.speakers()] == [("Katerina Thanou", ["Thanou"])]
        # The full name's article corrected to another speaker: the surname stands alone again.
        _speaking(store, "full", "Jane Doe", f"I was cleared after {ATHENS}")
        assert sorted((s["name"], s["aliases"]) for s in store.speakers()) == [("Jane Doe", []), ("Thanou", [])]


def test_a_database_stored_before_links_gets_them(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        _speaking(store, "full", "Katerina Thanou", f"I was cleared after {ATHENS}")
        _speaking(store, "alone", "Thanou", f"I am confident after {ATHENS}")
        # As migration 4 left it: no surnames, no links, no migration 5 (nor 6, co-speakers, 7 and 8 after it).
        store.db.executescript(
            BEFORE_NAME_KEYS + "DROP VIEW spoken_by; DROP TABLE statement_speakers; ALTER TABLE statements DROP COLUMN co_speakers;"
            " DELETE FROM schema_migrations WHERE version >= 6;"
            " DROP INDEX speakers_surname; DROP INDEX speakers_same_as; DROP INDEX statements_speaker_article;"
            " ALTER TABLE speakers DROP COLUMN surname; ALTER TABLE speakers DROP COLUMN same_as;"
            " DELETE FROM schema_migrations WHERE version = 5;"
        )
    with Store(path) as store:
        assert [(s["name"], s["aliases"]) for s in store.speakers()] == [("Katerina Thanou", ["Thanou"])]
        # A linking run cut short (migration 5 applied, no surnames filled in) is done again at the next open.
        store.db.execute("UPDATE speakers SET surname = NULL, same_as = NULL")
        store.db.commit()
    with Store(path) as store:
        assert [(s["name"], s["aliases"]) for s in store.speakers()] == [("Katerina Thanou", ["Thanou"])]


def test_a_problem_with_a_lone_surrogate_is_stored_written_out(tmp_path):
    # The article failed for its id "a\ud800"; its problem must not fail again when recorded.
    from saidwhat.model import Problem

    problem = Problem(article="a\ud800", stage="extract", message="article a\ud800: id has an unpaired surrogate", source="feed.jsonl:3")
    with Store(tmp_path / "s.db") as store:
        store.record(problem)
        store.record(problem)
        rows = [tuple(r) for r in store.db.execute("SELECT article, message FROM problems")]
    assert rows == [("a\\ud800", "article a\\ud800: id has an unpaired surrogate")]


# Joint statements: "Tesco, Asda and Morrisons all said…" (Statement.co_speakers, migration 6).
JOINT = "Tesco, Asda and Morrisons all said sales had risen."


def _joint(article_id: str = "joint") -> Extraction:
    text = JOINT
    statement = Statement(
        kind="indirect", text="sales had risen", content=(Span.of(text, 35, 50),), cue=Span.of(text, 30, 34),
        speaker=Speaker(name="Tesco", type="organisation", mention=Span.of(text, 0, 5)),
        co_speakers=(
            Speaker(name="Asda", type="organisation", mention=Span.of(text, 7, 11)),
            Speaker(name="Morrisons", type="organisation", role="grocer", mention=Span.of(text, 16, 25)),
        ),
        when=When(value="2005-01-10"), extractor="t/1",
    )
    return Extraction(article=Article(id=article_id, text=text, published="2005-01-12"), statements=(statement,))


def test_a_joint_statement_reads_back_the_same(tmp_path):
    from saidwhat.model import statement_from_dict

    with Store(tmp_path / "a.db") as store:
        store.save(_joint())
        [row] = store.statements()
    assert statement_from_dict(row) == _joint().statements[0]
    assert [c["name"] for c in row["co_speakers"]] == ["Asda", "Morrisons"]


def test_a_joint_statement_is_found_under_every_member(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.save(_joint())
        alone = _said("alone", "Prices will fall", speaker="Asda")
        store.save(replace(alone, statements=tuple(
            replace(s, speaker=replace(s.speaker, type="organisation")) for s in alone.statements
        )))
        assert [r["article"]["id"] for r in store.statements(Query(speaker="Asda"))] == ["alone", "joint"]
        assert [r["article"]["id"] for r in store.statements(Query(speaker="Morrisons"))] == ["joint"]
        listed = [(s["name"], s["statements"], s["roles"], s["first"]) for s in store.speakers()]
    assert listed == [("Asda", 2, [], "2005-01-10"), ("Morrisons", 1, ["grocer"], "2005-01-10"), ("Tesco", 1, [], "2005-01-10")]


def test_a_co_speakers_page_lists_the_joint_statement_with_the_members_ids(tmp_path):
    from saidwhat.store import queries

    with Store(tmp_path / "a.db") as store:
        store.save(_joint())
        ids = {s["name"]: s["id"] for s in store.speakers()}
        page = queries.statements_page(store, Query(), speaker_id=ids["Morrisons"])
        assert queries.speaker(store, ids["Morrisons"])["articles"] == 1
        assert queries.speaker_dates(store, ids["Asda"])[0]["date_from"] == "2005-01-10"
    [found] = page.items
    assert found["speaker"]["id"] == ids["Tesco"]
    assert [(c["name"], c["id"]) for c in found["co_speakers"]] == [("Asda", ids["Asda"]), ("Morrisons", ids["Morrisons"])]


def test_replacing_an_article_drops_its_co_speaker_links(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.save(_joint())
        store.save(Extraction(article=_joint().article, statements=()))
        assert store.db.execute("SELECT COUNT(*) FROM statement_speakers").fetchone()[0] == 0
        assert store.statements(Query(speaker="Asda")) == []


def test_a_database_stored_before_co_speakers_migrates_and_reads(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save(_said("old", "We will win"))
        # As migration 5 left it: no co_speakers column, no link table or view, no migration 7 or 8.
        store.db.executescript(
            BEFORE_NAME_KEYS + "DROP VIEW spoken_by; DROP TABLE statement_speakers; ALTER TABLE statements DROP COLUMN co_speakers;"
            " DELETE FROM schema_migrations WHERE version >= 6;"
        )
    with Store(path) as store:
        assert store.version() == migrations()[-1][0]
        [old] = store.statements()
        assert (old["speaker"]["name"], old["co_speakers"]) == ("Jane Doe", [])
        store.save(_joint())
        assert [s["name"] for s in store.speakers()] == ["Asda", "Jane Doe", "Morrisons", "Tesco"]
