"""The JSON API under /api: statements, speakers, articles; writing when a token is configured."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BeforeValidator, WithJsonSchema
from starlette.concurrency import run_in_threadpool

from ..store import Query as Filters
from ..store import queries
from .http import ApiError, check_token, decode_cursor, encode_cursor, filter_day, name_filter, parameter, read_body, said, speakers_offset
from .schema import WRITE_ERRORS, ArticleOut, SpeakerDetail, SpeakerPage, StatementPage, errors
from .submit import declared_charset, parse_article

router = APIRouter(prefix="/api", tags=["api"])
Kind = Literal["direct", "mixed", "indirect"]
# An empty kind= asks for no kind, so every kind, as on the search page (web._kinds): a form, or a
# script that builds "kind=" from a blank variable, got a 422 here and every statement there. A
# blank is None here and dropped in statements(); an unknown kind is still a 422 naming the three.
KindOrAll = Annotated[
    Optional[Kind],
    BeforeValidator(lambda value: None if value == "" else value),
    WithJsonSchema({"type": "string", "enum": ["direct", "mixed", "indirect", ""]}),  # a query parameter is never null
]
LIMIT = Query(50, ge=1, le=200, description="Page size")
CURSOR = Query(None, description="The next_cursor of the previous page")
# The text parameters of a search, as filters() and name_filter() read them (http.parameter).
TRIMMED = "; spaces around it are dropped, a control character is a 400"
SINCE = "Said on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)" + TRIMMED
UNTIL = "Said on or before this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)" + TRIMMED
SPEAKER_ID = Path(description="A speaker's id: a statement's speaker.id, or an id from /api/speakers")


def filters(
    q: str | None, speaker: str | None, since: str | None, until: str | None, kind: list[str], article: str | None,
    *, labels: Mapping[str, str] | None = None,
) -> Filters:
    """Store filters from query parameters, dates checked: a 400 names the bad one, or both when
    swapped; ``labels`` are a form's names for the parameters ("from" for since), for a page."""
    labels = labels or {}
    first = filter_day("since", since, last=False, label=labels.get("since"))
    last = filter_day("until", until, last=True, label=labels.get("until"))
    if first and last and first > last:
        # Swapped bounds are a slip: they found what was dated by an interval over both (store.check_range).
        swapped = f"{said('since', since.strip(), labels.get('since'))} is after {said('until', until.strip(), labels.get('until'))}"
        raise ApiError(400, f"{swapped}, so no day is in the range; give the earlier date as {labels.get('since', 'since')}", code="bad_date")
    words = parameter("q", q)
    return Filters(words=words, speaker=name_filter("speaker", speaker), since=first, until=last, kinds=tuple(kind), article=article or None)


def _speaker(request: Request, speaker_id: int) -> dict[str, Any]:
    found = queries.speaker(request.app.state.stores.get(), speaker_id)
    if found is None:
        raise ApiError(404, f"no speaker with id {speaker_id}; find ids with /api/speakers?q=NAME")
    return found


@router.get("/statements", response_model=StatementPage, responses=errors(400, 422), summary="Search statements")
def statements(
    request: Request,
    q: Optional[str] = Query(None, description="Full-text search over what was said: words, \"phrases\", AND/OR/NOT, prefix*"
                             " (SQLite FTS5); other punctuation is searched as written (Blair's, co-operation)" + TRIMMED),
    speaker: Optional[str] = Query(None, description="Part of the speaker's name (% and _ are plain characters; any case, accents and apostrophes aside: francois finds François, walesa Wałęsa, o'neill O’Neill)" + TRIMMED),
    since: Optional[str] = Query(None, description=SINCE),
    until: Optional[str] = Query(None, description=UNTIL),
    kind: list[KindOrAll] = Query([], description="direct, mixed or indirect; repeatable; empty (kind=) for every kind"),
    article: Optional[str] = Query(None, description="Only this article's statements"),
    limit: int = LIMIT,
    cursor: Optional[str] = CURSOR,
) -> dict[str, Any]:
    """Statements matching every filter given, oldest article first and in reading order within one."""
    query = filters(q, speaker, since, until, [k for k in kind if k], article)
    page = queries.statements_page(request.app.state.stores.get(), query, after=decode_cursor("statements", cursor), limit=limit)
    return {"statements": page.items, "next_cursor": encode_cursor("statements", page.after)}


@router.get("/speakers", response_model=SpeakerPage, responses=errors(400, 422), summary="List speakers")
def speakers(
    request: Request,
    q: Optional[str] = Query(None, description="Part of the speaker's name or of a surname counted with it (Goldsmith finds Peter Goldsmith;"
                             " % and _ are plain characters; any case, accents and apostrophes aside: walesa finds Wałęsa)" + TRIMMED),
    limit: int = LIMIT,
    cursor: Optional[str] = CURSOR,
) -> dict[str, Any]:
    """Named people and organisations, most quoted first, with roles and first and last dates."""
    page = queries.speakers_page(request.app.state.stores.get(), name_filter("q", q), offset=speakers_offset(cursor), limit=limit)
    return {"speakers": page.items, "next_cursor": encode_cursor("speakers", page.after)}


@router.get("/speakers/{speaker_id}", response_model=SpeakerDetail, responses=errors(404, 422), summary="One speaker")
def speaker(request: Request, speaker_id: int = SPEAKER_ID) -> dict[str, Any]:
    """A speaker with statement and article counts, roles, first and last dates."""
    return _speaker(request, speaker_id)


@router.get("/speakers/{speaker_id}/statements", response_model=StatementPage, responses=errors(400, 404, 422), summary="A speaker's timeline")
def speaker_statements(
    request: Request,
    speaker_id: int = SPEAKER_ID,
    since: Optional[str] = Query(None, description=SINCE),
    until: Optional[str] = Query(None, description=UNTIL),
    limit: int = LIMIT,
    cursor: Optional[str] = CURSOR,
) -> dict[str, Any]:
    """What one speaker said, in the order it was said (undated statements last)."""
    found = _speaker(request, speaker_id)  # a surname's id gives the full name's timeline (store/aliases.py)
    query = filters(None, None, since, until, [], None)
    after = decode_cursor("timeline", cursor)
    page = queries.statements_page(request.app.state.stores.get(), query, speaker_id=found["id"], order=queries.BY_DATE, after=after, limit=limit)
    return {"statements": page.items, "next_cursor": encode_cursor("timeline", page.after)}


@router.get("/articles/{article_id:path}", response_model=ArticleOut, responses=errors(404, 422), summary="One article")
def article(request: Request, article_id: str = Path(description="An article's id: a statement's article.id")) -> dict[str, Any]:
    """An article's text with every statement's spans (offsets into that text)."""
    found = queries.article(request.app.state.stores.get(), article_id)
    if found is None:
        raise ApiError(404, f"no article with id {article_id!r}; article ids are in each statement's article.id")
    return found


@router.post(
    "/articles", response_model=ArticleOut, status_code=201, responses=WRITE_ERRORS, summary="Analyse and store an article",
    openapi_extra={"requestBody": {"required": True, "content": {
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
        "application/json": {"schema": {"type": "object", "properties": {k: {"type": "string"} for k in ("id", "text", "html", "title", "url", "published", "source")}}},
    }}},
)
async def submit(
    request: Request,
    published: Optional[str] = Query(None, description="Publication date that anchors relative dates: YYYY-MM-DD, or a timestamp"
                                     " (2024-01-02T23:00:00-05:00 gives 2024-01-02), from 1100-01-01 to 9997-12-31"),
    title: Optional[str] = Query(None, description="The article's title (without one, a text's first line when that is a headline)"),
    url: Optional[str] = Query(None, description="Where the article was published; shown as a link on its page"),
) -> JSONResponse:
    """Extract the statements of a text, HTML or JSON article, store them, and return the article.

    Needs the header Authorization: Bearer TOKEN with the server's write token (else 401); off (403) when the server has none.
    """
    settings = request.app.state.settings
    check_token(request, settings.write_token)
    content_type = request.headers.get("content-type", "")
    body = declared_charset(await read_body(request, settings.max_bytes), content_type)
    media = content_type.split(";")[0].strip().lower()
    # Off the event loop: reading a page takes seconds, and every other request would wait for it.
    parsed = await run_in_threadpool(parse_article, body, media, {"published": published, "title": title, "url": url})
    stores = request.app.state.stores
    stored = await run_in_threadpool(lambda: queries.article(stores.save(parsed), parsed.id))
    return JSONResponse(ArticleOut.model_validate(stored).model_dump(mode="json"), status_code=201)
