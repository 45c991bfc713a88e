"""The web pages: search, speaker, article, paste an article, and the API reference at /docs.

Pages are rendered on the server from Jinja2 templates that escape every value;
the one script (static/app.js) only links highlights and the statement list.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ..errors import InputError
from ..model import KINDS
from ..store import queries
from .api import filters
from .highlight import segments
from .http import ApiError, check_token, decode_cursor, encode_cursor, name_filter, read_body, speakers_offset
from .submit import parse_article
from .timeline import chart

router = APIRouter(include_in_schema=False)
PAGE = 25


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    template = request.app.state.templates.get_template(name)
    return HTMLResponse(template.render(settings=request.app.state.settings, **context), status_code=status)


def _next_link(request: Request, listing: str, after: list[Any] | None) -> str | None:
    cursor = encode_cursor(listing, after)
    if cursor is None:
        return None
    # Pairs, not a dict: a dict kept one of kind=direct&kind=mixed, and page 2 was of mixed alone.
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    return f"{request.url.path}?{urlencode([*params, ('cursor', cursor)])}"


# What the search form calls its date fields: a page's error names what the reader typed into.
FORM_LABELS = {"since": "from", "until": "to"}


@router.get("/", response_class=HTMLResponse)
def search(
    request: Request, q: str = "", speaker: str = "", since: str = "", until: str = "", kind: list[str] = Query([]), cursor: str = ""
) -> HTMLResponse:
    """The search page: the form, then matching statements with speaker, date, cue and quote."""
    store = request.app.state.stores.get()
    form = {"q": q, "speaker": speaker, "since": since, "until": until, "kind": kind}
    try:
        query = filters(q, speaker, since, until, _kinds(kind), None, labels=FORM_LABELS)
        page = queries.statements_page(store, query, after=decode_cursor("statements", cursor), limit=PAGE)
    except ApiError as error:
        return render(request, "search.html", status=error.status, form=form, error=error.message, results=[], top=[])
    top = queries.speakers_page(store, None, limit=10).items
    return render(request, "search.html", form=form, results=page.items, next=_next_link(request, "statements", page.after), top=top, error=None)


def _kinds(kinds: list[str]) -> list[str]:
    """The kinds the form's boxes ask for (``kind`` repeated, as the API takes it): none for all.
    Only the last one was read, so ``/?kind=direct&kind=indirect`` showed indirect only. An empty
    one is none (a link from the old form's "any kind"); anything else not in KINDS is a 400, as
    the API refuses it (``/?kind=rumour`` showed every statement, as if no kind had been asked for)."""
    asked = [k for k in kinds if k]
    for kind in asked:
        if kind not in KINDS:
            valid = f"{', '.join(KINDS[:-1])} or {KINDS[-1]}"
            raise ApiError(400, f"kind={kind!r} is not a kind of statement; use {valid}, or leave it empty for all", code="invalid_parameter")
    return list(dict.fromkeys(asked))


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request, q: str = "", cursor: str = "") -> HTMLResponse:
    page = queries.speakers_page(request.app.state.stores.get(), name_filter("q", q), offset=speakers_offset(cursor), limit=50)
    return render(request, "speakers.html", q=q, speakers=page.items, next=_next_link(request, "speakers", page.after))


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker(request: Request, speaker_id: str, cursor: str = "") -> Response:
    """A speaker's roles, the timeline chart, and what they said in date order."""
    store = request.app.state.stores.get()
    given = speaker_id.strip()  # "/speakers/%204", a pasted id, as the API takes it
    # A number, signed: "/speakers/-1" was sent to /speakers?q=1, its "-" read as a slug's.
    if not (given.isascii() and given.removeprefix("-").isdigit()):
        # /speakers/tony-blair, typed by a reader, was a 422 "Input should be a valid integer".
        # The search reads words: "tony-blair" finds no "Tony Blair", so a slug's - and _ are spaces there.
        words = " ".join(speaker_id.replace("-", " ").replace("_", " ").split())
        raise ApiError(404, f"no speaker page {speaker_id!r}: pages are numbered; find the speaker at /speakers?q={quote(words)}")
    number = int(given)
    person = queries.speaker(store, number)
    if person is None:
        raise ApiError(404, f"no speaker with id {given}; find speakers at /speakers")
    if person["id"] != number:  # a surname that stands for a full name: that speaker's page (store/aliases.py)
        return RedirectResponse(f"/speakers/{person['id']}", status_code=307)
    page = queries.statements_page(store, filters(None, None, None, None, [], None), speaker_id=person["id"],
                                   order=queries.BY_DATE, after=decode_cursor("timeline", cursor), limit=100)
    return render(request, "speaker.html", speaker=person, chart=chart(queries.speaker_dates(store, person["id"])),
                  statements=page.items, next=_next_link(request, "timeline", page.after))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    """The article text with content, cue and speaker mention highlighted, the statements beside it."""
    found = queries.article(request.app.state.stores.get(), article_id)
    if found is None:
        # "/articles/" said "no article with id ''"; there is no list of articles to send a reader to.
        where = "an article is opened from a statement's link on the search page"
        raise ApiError(404, f"no article with id {article_id!r}; {where}" if article_id else f"no article given; {where}")
    return render(request, "article.html", article=found, segments=segments(found["text"], found["statements"]))


def _writable(request: Request) -> None:
    if not request.app.state.settings.writable:
        raise ApiError(404, "pasting articles is off: start the server with --write-token TOKEN to turn it on")


@router.get("/submit", response_class=HTMLResponse)
def submit_form(request: Request) -> HTMLResponse:
    _writable(request)
    return render(request, "submit.html", form={}, error=None)


@router.post("/submit")
async def submit(request: Request) -> Response:
    """The paste form: analyse and store the text, then show the article page."""
    _writable(request)
    settings = request.app.state.settings
    form: dict[str, str] = {}
    try:
        body = await read_body(request, settings.max_bytes)
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        check_token(request, settings.write_token, form.get("token", ""))
        fields = {k: form.get(k, "") for k in ("title", "url", "published")}
        parsed = parse_article(form.get("text", "").encode("utf-8"), "text/plain", fields)
        await run_in_threadpool(request.app.state.stores.save, parsed)
    except ApiError as error:
        return _submit_error(request, form, error.status, error.message)
    except InputError as error:  # an article the pipeline refuses: show why beside the pasted text
        return _submit_error(request, form, 400, str(error))
    return RedirectResponse(f"/articles/{quote(parsed.id)}", status_code=303)


def _submit_error(request: Request, form: dict[str, str], status: int, message: str) -> HTMLResponse:
    """The paste form again, filled in (less the token), with the error above it."""
    form.pop("token", None)
    return render(request, "submit.html", status=status, form=form, error=message)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI document (no script from a CDN)."""
    schema = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **op}
        for path, item in schema["paths"].items() for method, op in item.items()
    ]
    return render(request, "docs.html", schema=schema, operations=operations)
