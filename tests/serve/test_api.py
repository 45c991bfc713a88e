"""The JSON API in process: every endpoint, filters, pagination, the one error shape."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import TOKEN


def _all(client, path: str, **params) -> list[dict]:
    """Every item of a paginated list, following next_cursor."""
    key = "speakers" if path.endswith("/speakers") else "statements"
    items, cursor = [], None
    for _ in range(100):
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items += page[key]
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")


def test_statements_full_text_search(client):
    body = client.get("/api/statements", params={"q": "troops"}).json()
    texts = [s["text"] for s in body["statements"]]
    assert body["next_cursor"] is None
    assert any("sending troops to Ukraine" in t for t in texts)
    assert all("troops" in t.lower() for t in texts)


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("war-torn", ["the support provided to Ukraine by the military alliance will continue not to involve sending soldiers to the war-torn nation"]),
        ("We're", ["We’re not in that situation today."]),  # ' and ’ both part words, in the query and the text
        ('"all these options"', ["all these options are possible"]),  # FTS5 syntax still works
        ("option* NOT possible", ["We have run out of options. The money simply is not there."]),
        ('"combat troops', ["to rule out the possibility NATO combat troops will be sent to Ukraine"]),  # unbalanced: the words
    ],
)
def test_search_takes_the_words_people_type(client, q, found):
    """Each of these was a 400 with an FTS5 message ("no such column: torn") or is FTS5 syntax that must still work."""
    response = client.get("/api/statements", params={"q": q})
    assert response.status_code == 200, response.text
    assert [s["text"] for s in response.json()["statements"]] == found


def test_speaker_filters_match_percent_and_underscore_literally(client):
    assert client.get("/api/statements", params={"speaker": "%"}).json()["statements"] == []
    assert client.get("/api/statements", params={"speaker": "Emmanuel_Macron"}).json()["statements"] == []
    assert client.get("/api/speakers", params={"q": "_"}).json()["speakers"] == []
    assert [p["name"] for p in client.get("/api/speakers", params={"q": "macron"}).json()["speakers"]] == ["Emmanuel Macron"]


def test_statement_shape_and_spans_point_into_the_article(client):
    [s, *_] = client.get("/api/statements", params={"speaker": "Macron", "kind": "mixed"}).json()["statements"]
    assert s["kind"] == "mixed" and s["speaker"]["name"] == "Emmanuel Macron" and isinstance(s["speaker"]["id"], int)
    assert s["article"]["id"] == "macron-nato" and s["article"]["published"] == "2024-03-18"
    text = client.get(f"/api/articles/{s['article']['id']}").json()["text"]
    for span in [*s["content"], s["cue"], s["speaker"]["mention"]]:
        assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"speaker": "Peskov"}, lambda s: s["speaker"]["name"] == "Dmitry Peskov"),
        ({"kind": "indirect"}, lambda s: s["kind"] == "indirect"),
        ({"since": "2024-03-01"}, lambda s: s["when"]["value"] and s["when"]["value"].split("/")[-1] >= "2024-03-01"),
        ({"until": "2024-02-29"}, lambda s: s["when"]["value"] and s["when"]["value"] < "2024-03"),
        ({"until": "2024-02"}, lambda s: s["when"]["value"] and s["when"]["value"] < "2024-03"),
        ({"since": "2024"}, lambda s: s["when"]["value"] and s["when"]["value"].split("/")[-1] >= "2024"),
        ({"article": "clinic-closures"}, lambda s: s["article"]["id"] == "clinic-closures"),
    ],
)
def test_statement_filters(client, params, check):
    found = _all(client, "/api/statements", **params)
    assert found and all(check(s) for s in found)


def test_several_kinds(client):
    kinds = {s["kind"] for s in _all(client, "/api/statements", kind=["direct", "mixed"])}
    assert kinds == {"direct", "mixed"}


def test_an_empty_kind_is_every_kind_as_on_the_search_page(client):
    # ?kind= (a form's blank, a script's empty variable) was a 422 "kind='': Input should be 'direct', …"
    # here, while the search page showed every statement for it.
    every = [s["id"] for s in _all(client, "/api/statements")]
    assert [s["id"] for s in _all(client, "/api/statements", kind="")] == every and len(every) > 10
    assert [s["id"] for s in _all(client, "/api/statements", kind=["direct", ""])] == [s["id"] for s in _all(client, "/api/statements", kind="direct")]
    page = client.get("/", params={"kind": ""}).text
    api = client.get("/api/statements", params={"kind": "", "limit": 25}).json()["statements"]
    assert re.findall(r'<td class="quote"><a href="[^"#]*#s-(\d+)"', page) == [str(s["id"]) for s in api]
    # Only empty is blank: an unknown kind, or one with a space in it, is still refused.
    assert _is_error(client.get("/api/statements", params={"kind": ["", "rumour"]}), 422)["message"] == "kind='rumour': Input should be 'direct', 'mixed' or 'indirect'"
    assert _is_error(client.get("/api/statements", params={"kind": " "}), 422)["code"] == "invalid_parameter"
    [kind] = [p for p in client.get("/openapi.json").json()["paths"]["/api/statements"]["get"]["parameters"] if p["name"] == "kind"]
    assert kind["schema"]["items"]["enum"] == ["direct", "mixed", "indirect", ""] and "empty (kind=) for every kind" in kind["description"]


def test_cursor_pagination_walks_every_statement_once(client):
    everything = client.get("/api/statements", params={"limit": 200}).json()["statements"]
    paged = _all(client, "/api/statements", limit=3)
    assert [s["id"] for s in paged] == [s["id"] for s in everything]
    assert len(paged) > 6


def test_speakers_with_counts_roles_and_dates(client):
    speakers = client.get("/api/speakers").json()["speakers"]
    macron = next(p for p in speakers if p["name"] == "Emmanuel Macron")
    assert macron["statements"] >= 5 and (macron["first"], macron["last"]) == ("2024-02", "2024-03-01/2024-03-18")  # as the text dates them: "in February"
    peskov = client.get("/api/speakers", params={"q": "Peskov"}).json()["speakers"]
    assert [p["name"] for p in peskov] == ["Dmitry Peskov"] and peskov[0]["roles"] == ["Kremlin spokesman"]
    assert [p["id"] for p in _all(client, "/api/speakers", limit=2)] == [p["id"] for p in speakers]


def test_one_speaker_and_their_timeline(client):
    [macron] = client.get("/api/speakers", params={"q": "Macron"}).json()["speakers"]
    detail = client.get(f"/api/speakers/{macron['id']}").json()
    assert detail["name"] == "Emmanuel Macron" and detail["articles"] == 1 and detail["statements"] == macron["statements"]
    timeline = _all(client, f"/api/speakers/{macron['id']}/statements", limit=2)
    assert len(timeline) == macron["statements"]
    assert {s["speaker"]["id"] for s in timeline} == {macron["id"]}
    days = [s["when"]["value"][:7] for s in timeline if s["when"]["value"]]
    assert days == sorted(days) and days[0] == "2024-02"


def test_a_joint_statement_carries_its_co_speakers_and_is_each_ones(joint):
    [asda] = joint.get("/api/speakers", params={"q": "Asda"}).json()["speakers"]
    assert (asda["type"], asda["statements"]) == ("organisation", 1)
    [said] = joint.get(f"/api/speakers/{asda['id']}/statements").json()["statements"]
    assert said["speaker"]["name"] == "Tesco" and said["speaker"]["mention"]["text"] == "Tesco"
    assert [(c["name"], c["id"] is not None, c["mention"]["text"]) for c in said["co_speakers"]] == [
        ("Asda", True, "Asda"), ("Morrisons", True, "Morrisons"),
    ]
    assert said["co_speakers"][0]["id"] == asda["id"]
    found = joint.get("/api/statements", params={"speaker": "Conservative Party"}).json()["statements"]
    assert [s["text"] for s in found] == ["the plan was unworkable"]


def test_article_with_its_statements(client):
    article = client.get("/api/articles/macron-nato").json()
    assert article["title"].startswith("Emmanuel Macron") and len(article["statements"]) >= 8
    for s in article["statements"]:
        for piece in s["content"]:
            assert article["text"][piece["start"] : piece["end"]] == piece["text"]


def _is_error(response, status: int) -> dict:
    """The one error shape: {"error": {"status", "code", "message"}} and nothing else."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/statements?since=18/03/2024", 400, "bad_date"),
        ("/api/statements?until=tomorrow", 400, "bad_date"),
        ("/api/statements?since=2024-13", 400, "bad_date"),
        ("/api/statements?cursor=not-a-cursor", 400, "bad_cursor"),
        ("/api/speakers?cursor=bm9wZQ", 400, "bad_cursor"),
        ("/api/speakers/1/statements?since=x", 400, "bad_date"),
        ("/api/statements?limit=0", 422, "invalid_parameter"),
        ("/api/statements?kind=rumour", 422, "invalid_parameter"),
        ("/api/speakers/abc", 422, "invalid_parameter"),
        ("/api/speakers/999999", 404, "not_found"),
        ("/api/speakers/999999/statements", 404, "not_found"),
        ("/api/speakers/99999999999999999999", 404, "not_found"),  # past SQLite's integers: no such speaker, not a 500
        ("/api/speakers/-99999999999999999999", 404, "not_found"),
        ("/api/speakers/99999999999999999999/statements", 404, "not_found"),
        ("/api/articles/no-such-article", 404, "not_found"),
        ("/api/no-such-endpoint", 404, "not_found"),
    ],
)
def test_read_errors_have_one_shape(client, path, status, code):
    assert _is_error(client.get(path), status)["code"] == code


@pytest.mark.parametrize("path", ["/api/statements", "/api/speakers/1/statements"])
def test_a_since_after_until_is_a_400_naming_both(client, path):
    # Swapped, they found a statement dated by an interval over both ("2024-02-29/2024-03-03"): a 200.
    error = _is_error(client.get(path, params={"since": "2024-03", "until": "2024-02"}), 400)
    assert error["code"] == "bad_date"
    assert error["message"] == "since='2024-03' is after until='2024-02', so no day is in the range; give the earlier date as since"
    assert client.get(path, params={"since": "2024-02", "until": "2024-02"}).status_code == 200  # one month: a range


@pytest.mark.parametrize(
    ("path", "message"),
    [
        # "kind.1: …" named the place of the repeated parameter, not the value refused.
        ("/api/statements?kind=direct&kind=rumour", "kind='rumour': Input should be 'direct', 'mixed' or 'indirect'"),
        ("/api/statements?limit=0", "limit='0': Input should be greater than or equal to 1"),
        ("/api/speakers/abc", "speaker_id='abc': Input should be a valid integer, unable to parse string as an integer"),
        # "/timeline" is no path there is.
        ("/api/speakers/1/statements?cursor=abc", "cursor 'abc' is not valid for a speaker's statements; pass the next_cursor of a previous page unchanged"),
        ("/api/statements?cursor=abc", "cursor 'abc' is not valid for the statements list; pass the next_cursor of a previous page unchanged"),
    ],
)
def test_an_error_names_the_parameter_and_the_value_given(client, path, message):
    assert client.get(path).json()["error"]["message"] == message


def test_a_cursor_from_another_list_is_refused(client):
    cursor = client.get("/api/speakers", params={"limit": 1}).json()["next_cursor"]
    assert _is_error(client.get("/api/statements", params={"cursor": cursor}), 400)["code"] == "bad_cursor"


def test_writing_is_off_without_a_token(client):
    assert _is_error(client.post("/api/articles", content="Jane Doe said it."), 403)["code"] == "writing_disabled"
    assert client.get("/submit").status_code == 404


@pytest.mark.parametrize(("field", "value", "said"), [
    ("published", 20240318, 'field "published" is a number (20240318)'),
    ("text", ["one", "two"], 'field "text" is an array (["one", "two"])'),
    ("title", True, 'field "title" is a boolean (true)'),
])
def test_a_json_field_that_is_no_string_is_named(writer, field, value, said):
    # The 400 said "every field of the article must be a string", leaving the client to guess which.
    record = {"text": "“Yes,” said Jane Doe.", field: value}
    error = _is_error(writer.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"}), 400)
    assert error["code"] == "bad_request" and error["message"].startswith(said)


def test_a_body_in_the_charset_its_content_type_names_is_read_in_it(writer):
    # "text/plain; charset=latin-1" was refused as "not valid UTF-8", though the client had said what it sent.
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = "“Café prices will rise,” said José Pérez.".replace("“", '"').replace("”", '"').encode("latin-1")
    stored = writer.post("/api/articles", content=body, headers={**auth, "Content-Type": "text/plain; charset=ISO-8859-1"})
    assert stored.status_code == 201 and stored.json()["statements"][0]["speaker"]["name"] == "José Pérez"
    unknown = writer.post("/api/articles", content=body, headers={**auth, "Content-Type": "text/plain; charset=klingon"})
    assert "charset 'klingon'" in _is_error(unknown, 400)["message"]
    wrong = writer.post("/api/articles", content=b"\xff\xfe\x00", headers={**auth, "Content-Type": "text/plain; charset=utf-16-be"})
    assert "not valid utf-16-be" in _is_error(wrong, 400)["message"]
    # utf-7 decodes "+2AA-" to a lone surrogate, which UTF-8 cannot hold; "undefined" decodes nothing: 500s (rev5).
    for charset in ("utf-7", "undefined"):
        odd = writer.post("/api/articles", content=b'"Yes," said Jane Doe. +2AA-', headers={**auth, "Content-Type": f"text/plain; charset={charset}"})
        assert f"not valid {charset}" in _is_error(odd, 400)["message"]


def test_a_field_given_in_the_query_and_the_body_with_two_values_is_a_400(writer):
    # ?published=2005-01-01 with "published": "2006-06-06" in the body silently took the body's date.
    auth = {"Authorization": f"Bearer {TOKEN}"}
    record = {"text": "“Yes,” said Jane Doe.", "published": "2006-06-06"}
    clash = writer.post("/api/articles", params={"published": "2005-01-01"}, json=record, headers=auth)
    assert _is_error(clash, 400)["message"] == "published is '2005-01-01' in the query and '2006-06-06' in the body; give it once"
    same = writer.post("/api/articles", params={"published": "2006-06-06"}, json=record, headers=auth)
    assert same.status_code == 201 and same.json()["published"] == "2006-06-06"
    timestamp = writer.post("/api/articles", params={"published": "2006-06-06"}, json={**record, "published": "2006-06-06T10:00:00Z"}, headers=auth)
    assert timestamp.status_code == 201  # one day, written two ways


@pytest.mark.parametrize(
    ("query", "body", "published"),
    [
        ("  2024-03-18 ", None, "2024-03-18"),
        (None, "  2024-03-18 ", "2024-03-18"),
        (" 2024-03-18", "2024-03-18T10:00:00Z ", "2024-03-18"),  # one day both ways, spaces aside (_same_day)
        ("2024-03-18", "   ", "2024-03-18"),  # only spaces is no date given, as "" is: it clashed, a 400
        ("   ", "2024-03-18", "2024-03-18"),
        ("  ", None, None),
    ],
)
def test_spaces_around_published_are_dropped_in_the_query_and_the_body(writer, query, body, published):
    record = {"text": "“Yes,” said Jane Doe.", **({"published": body} if body is not None else {})}
    params = {"published": query} if query is not None else {}
    response = writer.post("/api/articles", params=params, json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    assert response.json()["published"] == published


def test_a_published_of_spaces_leaves_a_page_its_own_date(writer):
    # "published": "   " took the place of the date the page gives: the article was stored with none.
    page = ("<html><head><meta property='article:published_time' content='2023-01-05T10:00:00Z'><title>Vote</title></head>"
            "<body><article><p>“It is over,” said John Smith on Monday.</p></article></body></html>")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/articles", json={"html": page, "published": "   "}, headers=auth).json()["published"] == "2023-01-05"
    given = writer.post("/api/articles", json={"html": page, "published": " 2024-03-18 "}, headers=auth)
    assert given.json()["published"] == "2024-03-18"  # a date given still comes first


@pytest.mark.parametrize("field", ["id", "title", "url", "source"])
def test_a_naming_field_of_spaces_is_none_given(writer, field):
    # "id": "   " stored an article under an id no one can see or type (JSONL ingest takes it as none),
    # a title "  " hid the headline, a url " " was a link to nowhere.
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = f"Doe wins {field}\n\n“Yes,” said Jane Doe."
    stored = writer.post("/api/articles", json={"text": text, field: "   "}, headers=auth).json()
    expected = {"id": stored["id"], "title": f"Doe wins {field}", "url": None, "source": "submitted"}
    assert {k: stored[k] for k in expected} == expected and stored["id"].strip() == stored["id"] != ""
    named = writer.post("/api/articles", json={"text": text + " Again.", field: "x1"}, headers=auth).json()
    assert named[field] == "x1"  # a value is kept
    if field in ("title", "url"):  # the query's too, and a blank one clashes with no value in the body
        query = writer.post("/api/articles", params={field: "  "}, json={"text": text + " Once more."}, headers=auth).json()
        assert query[field] == expected[field]
        both = writer.post("/api/articles", params={field: "x2"}, json={"text": text + " And more.", field: " "}, headers=auth)
        assert both.status_code == 201 and both.json()[field] == "x2"


def test_two_publication_dates_clash_as_trimmed(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    clash = writer.post("/api/articles", params={"published": "2024-03-19 "}, json={"text": "“Yes,” said Jane Doe.", "published": " 2024-03-18 "}, headers=auth)
    assert _is_error(clash, 400)["message"] == "published is '2024-03-19' in the query and '2024-03-18' in the body; give it once"


def test_post_needs_the_token(writer):
    assert _is_error(writer.post("/api/articles", content="“Yes,” said Jane Doe."), 401)["code"] == "unauthorized"
    wrong = writer.post("/api/articles", content="“Yes,” said Jane Doe.", headers={"Authorization": "Bearer nope"})
    assert _is_error(wrong, 401)["code"] == "unauthorized"


def test_a_posted_text_is_titled_as_ingest_titles_it(writer):
    # A one-line text was its own title (cut at 200 characters), repeated in every statement's JSON;
    # ingest gives such a text no title, and a text whose first line is a headline that line.
    auth = {"Authorization": f"Bearer {TOKEN}"}
    one_line = writer.post("/api/articles", content="“Yes,” said Jane Doe on a long day. " * 10, headers=auth)
    assert one_line.status_code == 201 and one_line.json()["title"] is None
    headed = writer.post("/api/articles", content="Doe wins\n\n“Yes,” said Jane Doe.", headers=auth)
    assert headed.json()["title"] == "Doe wins"


def test_post_over_the_size_limit_is_413(writer):
    big = "x" * 30_000
    response = writer.post("/api/articles", content=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert _is_error(response, 413)["code"] == "too_large"


def test_post_without_a_declared_length_is_cut_at_the_limit(writer):
    chunks = (b"y" * 5_000 for _ in range(10))
    response = writer.post("/api/articles", content=chunks, headers={"Authorization": f"Bearer {TOKEN}"})
    assert _is_error(response, 413)["code"] == "too_large"


@pytest.mark.parametrize(
    ("body", "media", "status"),
    [
        (b"", "text/plain", 400),
        (b"{not json", "application/json", 400),
        (json.dumps({"text": "x", "colour": "red"}).encode(), "application/json", 400),
        (json.dumps({"text": "“Yes,” said Jane Doe.", "published": "soon"}).encode(), "application/json", 400),
        (b"\xff\xfe", "text/plain", 400),
        (b"%PDF", "application/pdf", 415),
    ],
)
def test_bad_submissions(writer, body, media, status):
    response = writer.post("/api/articles", content=body, headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": media})
    _is_error(response, status)


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/api/articles?published=0001-01-01", None),
        ("/api/articles?published=9999-12-30", None),
        ("/api/articles", {"published": "0001-01-01"}),
    ],
)
def test_post_with_a_publication_date_out_of_range_is_a_400(writer, url, body):
    # With a relative date in the text ("yesterday"), year 1 overflowed in the dates stage: a 500.
    text = "“Fine,” said Bob Ray yesterday. Two weeks later he left."
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post(url, json={"text": text, **body}, headers=auth) if body else writer.post(url, content=text, headers=auth)
    error = _is_error(response, 400)
    assert error["code"] == "bad_date"
    assert error["message"].startswith("published='") and "is out of range; give a date from 1100-01-01 to 9997-12-31" in error["message"]


@pytest.mark.parametrize("given", ["2024-01-02T23:00:00-05:00", "2024-01-02T10:00:00+01:00", "2024-01-02T09:00:00Z"])
def test_post_takes_a_timestamp_as_its_day_as_jsonl_ingest_does(writer, given):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "“Fine,” said Bob Ray yesterday."
    as_json = writer.post("/api/articles", json={"text": text, "published": given}, headers=auth)
    as_query = writer.post("/api/articles", params={"published": given}, content=text, headers=auth)
    for response in (as_json, as_query):
        assert response.status_code == 201, response.text
        assert response.json()["published"] == "2024-01-02"
        assert response.json()["statements"][0]["when"]["value"] == "2024-01-01"


def test_post_with_both_text_and_html_says_send_one(writer):
    body = {"text": "“Yes,” said Jane Doe.", "html": "<p>“No,” said John Smith.</p>"}
    response = writer.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    error = _is_error(response, 400)
    assert error["code"] == "bad_request" and '"text" and "html"; send one' in error["message"]


def test_post_text_stores_and_returns_statements(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/api/articles?published=2024-03-18", content="On Monday, Jane Doe said: “We will win.”\n", headers=auth)
    assert response.status_code == 201, response.text
    article = response.json()
    [s] = article["statements"]
    assert s["speaker"]["name"] == "Jane Doe" and s["text"] == "We will win." and s["when"]["value"] == "2024-03-18"
    assert writer.get(f"/api/articles/{article['id']}").json()["id"] == article["id"]
    assert any(p["name"] == "Jane Doe" for p in writer.get("/api/speakers", params={"q": "Doe"}).json()["speakers"])


def test_post_html_and_json_articles(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    html = "<html><head><title>Vote</title><script>var x = 1;</script></head><body><p>“It is over,” said John Smith.</p></body></html>"
    page = writer.post("/api/articles", content=html, headers={**auth, "Content-Type": "text/html; charset=utf-8"}).json()
    assert page["title"] == "Vote" and "var x" not in page["text"] and page["statements"][0]["speaker"]["name"] == "John Smith"
    record = {"id": "j1", "text": "“Not today,” said Ann Lee.", "published": "2024-05-01", "url": "https://example.org/a"}
    stored = writer.post("/api/articles", json=record, headers=auth)
    assert stored.status_code == 201 and stored.json()["id"] == "j1" and stored.json()["url"] == record["url"]


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/statements", "/api/speakers", "/api/speakers/{speaker_id}", "/api/speakers/{speaker_id}/statements", "/api/articles/{article_id}", "/api/articles"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/speakers/{speaker_id}/statements" in docs.text


@pytest.mark.parametrize(("path", "method", "codes"), [
    ("/api/statements", "get", {"200", "400", "422"}),
    ("/api/speakers", "get", {"200", "400", "422"}),
    ("/api/speakers/{speaker_id}", "get", {"200", "404", "422"}),
    ("/api/speakers/{speaker_id}/statements", "get", {"200", "400", "404", "422"}),
    ("/api/articles/{article_id}", "get", {"200", "404", "422"}),  # FastAPI lists a 422 for any parameter: in our shape
    ("/api/articles", "post", {"201", "400", "401", "403", "413", "415", "422"}),
])
def test_openapi_lists_the_errors_each_endpoint_gives(client, path, method, codes):
    # Every GET listed 400, 404 and 422: a list is never a 404, an article never a 400.
    responses = client.get("/openapi.json").json()["paths"][path][method]["responses"]
    assert set(responses) == codes
    assert all(r["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorOut"} for c, r in responses.items() if c[0] == "4")


def test_openapi_describes_every_parameter_as_it_behaves(client):
    operations = [op for item in client.get("/openapi.json").json()["paths"].values() for op in item.values()]
    undescribed = [(op["summary"], p["name"]) for op in operations for p in op.get("parameters", []) if not p.get("description")]
    assert undescribed == []  # title, url and the path ids had none
    [q] = [p for p in client.get("/openapi.json").json()["paths"]["/api/speakers"]["get"]["parameters"] if p["name"] == "q"]
    assert "% and _ are plain characters" in q["description"] and "surname" in q["description"]
    assert client.get("/api/speakers", params={"q": "%"}).json()["speakers"] == []
    post = client.get("/openapi.json").json()["paths"]["/api/articles"]["post"]["description"]
    assert "``" not in post and "Authorization: Bearer TOKEN" in post  # /docs showed the reST quotes as typed


def test_every_response_carries_a_content_security_policy(client):
    for path in ("/", "/api/statements", "/api/nope", "/docs", "/static/style.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy


@pytest.mark.parametrize(
    ("path", "listing", "keys"),
    [
        ("/api/statements", "statements", [{}, 1, 2]),
        ("/api/statements", "statements", ["", "a", 10**20]),  # an int SQLite cannot hold was a 500 (OverflowError)
        ("/api/speakers", "speakers", [10**20]),
    ],
)
def test_a_cursor_sqlite_cannot_take_is_a_400_not_a_500(client, path, listing, keys):
    import base64

    cursor = base64.urlsafe_b64encode(json.dumps({"l": listing, "k": keys}).encode()).decode().rstrip("=")
    assert _is_error(client.get(path, params={"cursor": cursor}), 400)["code"] == "bad_cursor"


@pytest.mark.parametrize(
    "path", ["/", "/speakers", "/articles/macron-nato", "/docs", "/api/statements?q=troops", "/api/speakers", "/openapi.json", "/static/style.css",
             "/api/speakers/999999", "/articles/no-such-article"],
)
def test_head_is_answered_as_get_without_a_body(client, path):
    # Link checkers and uptime monitors send HEAD; every page and endpoint said 405.
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"] and head.headers["content-length"] == str(len(got.content))
    assert "default-src 'none'" in head.headers["content-security-policy"]


def test_head_over_http(live_server):
    from urllib.request import Request, urlopen

    with urlopen(Request(f"{live_server}/articles/macron-nato", method="HEAD"), timeout=10) as response:
        assert response.status == 200 and response.read() == b"" and int(response.headers["content-length"]) > 1000


def test_a_surname_alone_is_listed_and_served_with_its_full_name(tmp_path):
    # "Thanou" in one article, "Katerina Thanou" in another about the same hearing: one speaker.
    from saidwhat.model import Article, Extraction, Span, Speaker, Statement, When
    from saidwhat.store import Store

    from .conftest import _client

    topic = "the hearing in Athens with Kostas Kenteris, the IAAF, the Greek Athletics Federation and Olympic officials"
    with Store(tmp_path / "a.db") as store:
        for article_id, name in (("full", "Katerina Thanou"), ("alone", "Thanou")):
            body = f"“I am confident after {topic},” said {name}."
            text = body[1 : body.index("”") - 1]
            speaker = Speaker(name=name, type="person", mention=Span.of(body, body.index(name), len(body) - 1))
            said = Statement(
                kind="direct", text=text, content=(Span.of(body, 1, 1 + len(text)),), cue=None, speaker=speaker, when=When(), extractor="t/1"
            )
            store.save(Extraction(article=Article(id=article_id, text=body), statements=(said,)))
        alone = store.db.execute("SELECT id FROM speakers WHERE name = 'Thanou'").fetchone()[0]
    client = _client(str(tmp_path / "a.db"), None)
    [speaker] = client.get("/api/speakers").json()["speakers"]
    assert (speaker["name"], speaker["statements"], speaker["aliases"]) == ("Katerina Thanou", 2, ["Thanou"])
    assert client.get(f"/api/speakers/{alone}").json()["id"] == speaker["id"]
    timeline = client.get(f"/api/speakers/{alone}/statements").json()["statements"]
    assert sorted(s["speaker"]["name"] for s in timeline) == ["Katerina Thanou", "Thanou"]
    assert {s["speaker"]["id"] for s in timeline} == {speaker["id"]}
    assert "also named Thanou" in client.get(f"/speakers/{speaker['id']}").text
    moved = client.get(f"/speakers/{alone}", follow_redirects=False)
    assert (moved.status_code, moved.headers["location"]) == (307, f"/speakers/{speaker['id']}")
