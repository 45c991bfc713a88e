"""The web pages in process: what they show, that untrusted text stays text, the paste form."""

from __future__ import annotations

import re

import pytest

from saidwhat.serve.display import readable
from saidwhat.serve.highlight import segments
from saidwhat.serve.timeline import chart

from .conftest import TOKEN


def test_search_page_lists_statements_with_speaker_date_cue(client):
    page = client.get("/", params={"q": "troops"}).text
    assert "Kremlin" in page and "sending troops to Ukraine" in page and ">said<" in page
    assert client.get("/", params={"since": "yesterday"}).status_code == 400
    # A month is kept in the form: a date input showed "2024-02" empty and dropped it on the next search.
    month = client.get("/", params={"since": "2024-02", "until": "2024"}).text
    assert '<input type="text" name="since" value="2024-02"' in month and '<input type="text" name="until" value="2024"' in month
    swapped = client.get("/", params={"since": "2024-03", "until": "2024-02"})
    assert swapped.status_code == 400 and "from (since=&#39;2024-03&#39;) is after to (until=&#39;2024-02&#39;)" in swapped.text


def test_a_date_error_names_the_form_field_typed_into(client):
    # "since='2024-13' is not a date" named no field of the form, which says "from" and "to".
    page = client.get("/", params={"until": "2024-13"})
    assert page.status_code == 400
    assert "to (until=&#39;2024-13&#39;) is not a date; use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-03-18" in page.text
    swapped = client.get("/", params={"since": "2024-03", "until": "2024-02"}).text
    assert "so no day is in the range; give the earlier date as from" in swapped
    # The API names its own parameters.
    assert client.get("/api/statements", params={"until": "2024-13"}).json()["error"]["message"].startswith("until='2024-13' is not a date")


def _statement_ids(page: str) -> list[str]:
    return re.findall(r'<td class="quote"><a href="[^"#]*#s-(\d+)"', page)


def test_search_page_honours_every_kind_ticked(client):
    # /?kind=direct&kind=indirect read the last kind only: indirect statements alone.
    page = client.get("/", params={"kind": ["direct", "indirect"]}).text
    shown = re.findall(r'<td><span class="kind (\w+)">', page)
    assert set(shown) == {"direct", "indirect"}
    api = client.get("/api/statements", params={"kind": ["direct", "indirect"], "limit": 25}).json()["statements"]
    assert _statement_ids(page) == [str(s["id"]) for s in api]  # the page and the API agree
    assert re.findall(r'<input type="checkbox" name="kind" value="(\w+)" checked>', page) == ["direct", "indirect"]
    assert _statement_ids(client.get("/", params={"kind": ""}).text) == _statement_ids(client.get("/").text)  # the old "any kind"


def test_the_next_page_keeps_every_kind(client, monkeypatch):
    # The link to page 2 kept one kind of kind=direct&kind=indirect: page 2 was of indirect alone.
    monkeypatch.setattr("saidwhat.serve.web.PAGE", 5)  # pages of 5: the examples hold under 25 of these
    everything = client.get("/api/statements", params={"kind": ["direct", "indirect"], "limit": 200}).json()["statements"]
    assert len(everything) > 10 and {s["kind"] for s in everything[5:10]} == {"direct", "indirect"}
    link = re.search(r'<p class="more"><a href="([^"]+)">', client.get("/", params={"kind": ["direct", "indirect"]}).text)[1]
    assert "kind=direct&amp;kind=indirect&amp;cursor=" in link
    second = client.get(link.replace("&amp;", "&")).text
    assert _statement_ids(second) == [str(s["id"]) for s in everything[5:10]]


def test_spaces_around_a_date_or_a_name_are_dropped(client):
    # A pasted " 2024-03" was a 400 "' 2024-03' is not a date"; "Macron " found no one.
    padded = {"since": " 2024-03 ", "until": "2024-03\t", "speaker": "  Emmanuel   Macron "}
    plain = {"since": "2024-03", "until": "2024-03", "speaker": "Emmanuel Macron"}
    api = client.get("/api/statements", params=padded)
    assert api.status_code == 200 and api.json() == client.get("/api/statements", params=plain).json()
    assert api.json()["statements"][0]["speaker"]["name"] == "Emmanuel Macron"
    page = client.get("/", params=padded)
    assert page.status_code == 200 and _statement_ids(page.text) == _statement_ids(client.get("/", params=plain).text) != []
    assert [p["name"] for p in client.get("/api/speakers", params={"q": " macron "}).json()["speakers"]] == ["Emmanuel Macron"]


def test_search_page_names_an_unknown_kind_and_the_valid_ones(client):
    # /?kind=rumour showed every statement, as if no kind had been asked for; the API says 422.
    page = client.get("/", params={"kind": "rumour"})
    assert page.status_code == 400
    assert "kind=&#39;rumour&#39; is not a kind of statement; use direct, mixed or indirect, or leave it empty for all" in page.text
    assert '<table class="statements">' not in page.text
    direct = client.get("/", params={"kind": "direct"})
    assert direct.status_code == 200 and ">direct<" in direct.text and ">indirect<" not in direct.text.split('<table class="statements">')[1]


def test_search_box_takes_words_with_apostrophes_hyphens_and_dots(client):
    for q in ("We're", "war-torn", "U.S.", "Blair's"):  # each was a 400 with an FTS5 message
        assert client.get("/", params={"q": q}).status_code == 200
    assert "war-torn nation" in client.get("/", params={"q": "war-torn"}).text


def test_speaker_page_has_a_timeline(client):
    [macron] = client.get("/api/speakers", params={"q": "Macron"}).json()["speakers"]
    page = client.get(f"/speakers/{macron['id']}").text
    assert '<svg id="timeline"' in page and ">Feb 2024</text>" in page and ">Mar 2024</text>" in page
    assert 'first dated <span class="iso" title="2024-02">Feb 2024</span>' in page and "2024-02-01" not in page  # "in February"
    assert 'last <span class="iso" title="2024-03-01/2024-03-18">1–18 Mar 2024</span>' in page
    assert page.count('<rect class="bar') >= 2
    assert client.get("/speakers/999999").status_code == 404
    # "/speakers/-1" pointed to /speakers?q=1, its sign read as a slug's hyphen.
    negative = client.get("/speakers/-1")
    assert negative.status_code == 404 and "no speaker with id -1; find speakers at /speakers" in negative.text
    assert client.get(f"/speakers/%20{macron['id']}%20").status_code == 200  # a pasted id, as /api/speakers takes it
    assert client.get("/speakers/99999999999999999999").status_code == 404  # was a 500 (OverflowError)
    named = client.get("/speakers/emmanuel-macron")  # a reader's guess at a page: was a 422 "Input should be a valid integer"
    assert named.status_code == 404 and "find the speaker at /speakers?q=emmanuel%20macron" in named.text
    assert f'href="/speakers/{macron["id"]}"' in client.get("/speakers", params={"q": "emmanuel macron"}).text  # the link finds them


def test_a_joint_statement_shows_every_member(joint):
    page = joint.get("/", params={"speaker": "Morrisons"}).text
    # "Tesco, with Asda and Morrisons", each a link to their page.
    names = re.findall(r'<a class="speaker" href="/speakers/\d+">([^<]+)</a>', page)
    assert names[:3] == ["Tesco", "Asda", "Morrisons"] and ", with " in page
    [morrisons] = joint.get("/api/speakers", params={"q": "Morrisons"}).json()["speakers"]
    speaker_page = joint.get(f"/speakers/{morrisons['id']}").text
    assert "sales had risen over Christmas" in speaker_page and "1 statement in 1 article" in speaker_page
    article = joint.get("/articles/joint").text
    assert re.search(r'<mark class="mention"[^>]* data-speaker="Asda"[^>]*>Asda</mark>', article)  # marked as theirs


def test_an_article_page_not_found_says_where_articles_are_opened(client):
    none = client.get("/articles/")
    assert none.status_code == 404 and "no article given; an article is opened from a statement&#39;s link on the search page" in none.text
    assert "no article with id &#39;nope&#39;; an article is opened from" in client.get("/articles/nope").text


def test_article_page_highlights_each_part(client):
    page = client.get("/articles/macron-nato").text
    for role in ("content", "cue", "mention"):
        assert f'<mark class="{role}"' in page
    assert re.search(r'<mark class="content" data-statements="\d+" data-speaker="Emmanuel Macron"[^>]*>(that )?“?all these options are possible', page)


def test_article_page_counts_one_statement_in_the_singular(client, joint):
    # "1 statements · saidwhat-rules/0.2.0" was the article page's count for an article of one statement.
    one = client.get("/articles/script").text
    assert re.search(r"\b1 statement ·", one) and "1 statements" not in one
    assert re.search(r"\b2 statements ·", joint.get("/articles/joint").text)


def test_markup_in_articles_is_shown_as_text(client):
    page = client.get("/articles/script").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Markup</b>" not in page and "&lt;b&gt;Markup&lt;/b&gt;" in page
    search = client.get("/", params={"speaker": "Jane Doe"}).text
    assert "<script>alert" not in search and "&lt;script&gt;alert(1)" in search
    assert "<script>alert" not in client.get("/", params={"q": '"<script>"'}).text


def test_paste_page_stores_the_article(writer):
    form = {"text": "“We will win,” said Jane Doe.", "published": "2024-03-18", "title": "T", "url": "", "token": TOKEN}
    response = writer.post("/submit", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/articles/")
    assert "data-speaker=\"Jane Doe\"" in writer.get(response.headers["location"]).text


@pytest.mark.parametrize(("given", "published"), [("  2024-03-18 ", "2024-03-18"), ("   ", None)])
def test_paste_page_drops_the_spaces_around_the_date(writer, given, published):
    # As the API reads ?published= and a JSON body's "published" (submit._given): a pasted " 2024-03-18".
    form = {"text": f"“We will win,” said Jane Doe {len(given)}.", "published": given, "title": "", "url": "", "token": TOKEN}
    response = writer.post("/submit", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert writer.get("/api" + response.headers["location"]).json()["published"] == published


def test_paste_page_takes_a_title_of_spaces_as_none(writer):
    # A stray space in the title field was the title: the page showed none, not the headline.
    form = {"text": "Doe wins\n\n“We will win,” said Jane Doe.", "title": "  ", "url": " ", "token": TOKEN}
    response = writer.post("/submit", data=form, follow_redirects=False)
    stored = writer.get("/api" + response.headers["location"]).json()
    assert (stored["title"], stored["url"]) == ("Doe wins", None)


def test_paste_page_refuses_a_wrong_token_and_keeps_the_text(writer):
    assert writer.get("/submit").status_code == 200
    response = writer.post("/submit", data={"text": "Keep me", "token": "wrong"})
    assert response.status_code == 401 and "Keep me" in response.text and "wrong" not in response.text
    # The form has a token field; "send the header Authorization: Bearer TOKEN" was no help there.
    assert "a valid write token is required; give the token the server was started with" in response.text
    assert "Authorization" not in response.text


def test_paste_page_shows_a_date_out_of_range_beside_the_text(writer):
    form = {"text": "“Fine,” said Bob Ray yesterday.", "published": "0001-01-01", "token": TOKEN}
    response = writer.post("/submit", data=form)
    assert response.status_code == 400 and "Error 500" not in response.text
    assert "is out of range; give a date from 1100-01-01 to 9997-12-31" in response.text
    assert "said Bob Ray yesterday." in response.text and TOKEN not in response.text


def test_paste_page_shows_an_article_the_pipeline_refuses(writer, monkeypatch):
    from saidwhat.errors import InputError

    def refuse(article):
        raise InputError("article submitted: 2,000,000 characters is more than the parser takes at once")

    monkeypatch.setattr(writer.app.state.stores, "save", refuse)
    response = writer.post("/submit", data={"text": "“Fine,” said Bob Ray.", "token": TOKEN})
    assert response.status_code == 400 and "more than the parser takes at once" in response.text
    assert "said Bob Ray." in response.text and TOKEN not in response.text


def test_overlapping_spans_are_cut_at_every_boundary():
    text = "“Go,” he said. “Now,” he added."
    s1 = {"id": 1, "content": [{"start": 0, "end": 5, "text": text[0:5]}], "cue": {"start": 9, "end": 13, "text": "said"},
          "speaker": {"name": "Al", "mention": {"start": 6, "end": 8, "text": "he"}}}
    s2 = {**s1, "id": 2, "content": [{"start": 15, "end": 21, "text": text[15:21]}], "cue": None}
    segs = segments(text, [s1, s2])
    assert "".join(s.text for s in segs) == text
    he = next(s for s in segs if s.text == "he")
    assert he.role == "mention" and he.statements == (1, 2) and he.speaker == "Al"
    assert next(s for s in segs if s.text == "said").statements == (1,)


@pytest.mark.parametrize(
    ("dates", "bins"),
    [
        (["2024-02-01", "2024-03-15", "2024-03-18"], ["Feb 2024", "Mar 2024"]),
        (["2019-05-01", "2024-03-15"], [str(y) for y in range(2019, 2025)]),
    ],
)
def test_timeline_bins_by_month_then_by_year(dates, bins):
    drawn = chart([{"date_from": d, "kind": "direct"} for d in dates])
    assert [label for _, label in drawn.ticks] == bins if len(bins) <= 12 else True
    assert len(drawn.bars) == len({d[: 7 if drawn.unit == "month" else 4] for d in dates})
    assert drawn.unit == ("year" if len(bins[0]) == 4 else "month")
    assert chart([]) is None


def test_a_statement_dated_by_a_year_is_not_drawn_in_its_january():
    # "Last year" (2004) was a bar "2004-01: 1 mixed": Blair seemed to have spoken in January 2004.
    year = {"date_from": "2004-01-01", "date_to": "2004-12-31", "kind": "mixed"}
    week = {"date_from": "2005-02-21", "date_to": "2005-02-27", "kind": "direct"}
    drawn = chart([year, week])
    assert [b.label for b in drawn.bars] == ["Feb 2005: 1 direct"] and [t for _, t in drawn.ticks] == ["Feb 2005"]
    # "from 2005-02 to 2005-02" was the summary of one month.
    assert (drawn.loose, drawn.summary) == (1, "1 dated statement in Feb 2005; 1 dated by a wider span, not drawn")
    by_year = chart([year, {**year, "kind": "direct"}])  # nothing fits a month: bars of years
    assert [b.label for b in by_year.bars] == ["2004: 1 direct", "2004: 1 mixed"] and by_year.loose == 0


def test_a_week_across_a_months_end_is_drawn_in_its_first_month():
    # "Last week" from 28 January to 3 February was held back as "dated by a wider span".
    week = {"date_from": "2005-01-28", "date_to": "2005-02-03", "kind": "direct"}
    drawn = chart([{"date_from": "2005-01-10", "kind": "mixed"}, week, {"date_from": "2005-03-01", "kind": "direct"}])
    assert [b.label for b in drawn.bars] == ["Jan 2005: 1 direct", "Jan 2005: 1 mixed", "Mar 2005: 1 direct"]
    assert (drawn.loose, drawn.summary) == (0, "3 dated statements from Jan 2005 to Mar 2005")
    five_weeks = {"date_from": "2005-01-28", "date_to": "2005-03-03", "kind": "direct"}
    assert chart([week, five_weeks]).loose == 1
    new_year = {"date_from": "2004-12-28", "date_to": "2005-01-03", "kind": "mixed"}  # over four years: bars of years
    by_year = chart([{"date_from": "2001-03-01", "kind": "direct"}, new_year, {"date_from": "2006-03-01", "kind": "direct"}])
    assert by_year.loose == 0 and "2004: 1 mixed" in [b.label for b in by_year.bars]


def test_odd_ids_and_script_urls(writer):
    record = {"id": "feed/item 1?x", "text": "“Not today,” said Ann Lee.", "url": "javascript:alert(1)"}
    assert writer.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 201
    assert writer.get("/api/articles/feed/item%201%3Fx").json()["id"] == "feed/item 1?x"
    page = writer.get("/articles/feed/item%201%3Fx").text
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page
    assert 'href="/articles/feed/item%201%3Fx#s-' in writer.get("/", params={"speaker": "Ann Lee"}).text


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2005-02-21/2005-02-27", "21–27 Feb 2005"),  # "last week"
        ("2005-02-28/2005-03-06", "28 Feb – 6 Mar 2005"),
        ("2004-12-28/2005-01-03", "28 Dec 2004 – 3 Jan 2005"),
        ("2005-01-01/2005-03-31", "Jan–Mar 2005"),
        ("2004-11/2005-02", "Nov 2004 – Feb 2005"),
        ("2003/2005", "2003–2005"),
        ("2005-02-01/2005-02-28", "Feb 2005"),
        ("2005-02-21", "21 Feb 2005"),
        ("2005-02", "Feb 2005"),
        ("2005", "2005"),
        ("--03-15", "15 Mar"),  # no publication date: no year
        ("2005-02-30", "2005-02-30"),  # no day there is: shown as it is
        ("2005-02-21/soon", "2005-02-21/soon"),
        (None, ""),
    ],
)
def test_dates_are_shown_readable(value, shown):
    assert readable(value) == shown


def test_an_interval_is_readable_on_the_pages_and_iso_in_the_api(client):
    # "2024-03-01/2024-03-18" was shown as it is stored: exact, and hard to read.
    statements = client.get("/api/statements", params={"speaker": "Macron", "limit": 200}).json()["statements"]
    interval = next(s for s in statements if "/" in (s["when"]["value"] or ""))
    assert interval["when"]["value"] == "2024-03-01/2024-03-18"  # the API is unchanged
    for page in (client.get("/", params={"speaker": "Macron"}).text, client.get(f"/articles/{interval['article']['id']}").text):
        assert '<span class="iso" title="2024-03-01/2024-03-18">1–18 Mar 2024</span>' in page
        assert ">2024-03-01/2024-03-18<" not in page
