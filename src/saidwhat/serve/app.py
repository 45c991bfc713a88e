"""The application: settings, one SQLite connection per worker thread, security headers, errors.

``create_app`` wires the JSON API (``api.py``) and the web pages (``web.py``)
onto one FastAPI app. Nothing here knows a route; everything here applies to all.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import InputError, SaidwhatError, StoreError
from ..pipeline import extract
from ..store import Store
from ..model import Article
from .display import readable
from .http import ApiError, error_body

TOKEN_ENV = "SAIDWHAT_WRITE_TOKEN"
MAX_BYTES = 1_000_000  # a long news article is ~50 kB; this leaves room for its HTML page
HERE = Path(str(files("saidwhat.serve")))
# Everything shown comes from untrusted articles: no inline script or style, nothing from elsewhere.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How the server runs: which database, whether writing is on, how large a body may be."""

    db: str
    write_token: str | None = None
    max_bytes: int = MAX_BYTES

    @property
    def writable(self) -> bool:
        return bool(self.write_token)


class Stores:
    """One ``Store`` per thread: a sqlite3 connection may only be used by the thread that opened it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.local = threading.local()
        self.nlp_lock = threading.Lock()  # one spaCy pipeline, one parse at a time

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = Store(self.path)
            store.db.execute("PRAGMA busy_timeout = 5000")
            self.local.store = store
        return store

    def save(self, article: Article) -> Store:
        """Extract an article's statements and store them; returns this thread's store."""
        with self.nlp_lock:
            extraction = extract(article)
        store = self.get()
        store.save(extraction)
        return store


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every response (a plain ASGI wrapper, cheap)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """Answers HEAD as GET without the body: link checkers and uptime monitors send HEAD.

    FastAPI's routes take only the methods they declare, so every page and endpoint said 405;
    declaring HEAD on each would also list it in the API reference.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def without_body(message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}  # the headers, Content-Length included, stay those of the GET
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True))
    env.globals["version"] = __version__
    env.filters["readable"] = readable
    return env


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api", "/openapi"))


def _error(request: Request, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(status, message, code), status_code=status, headers=headers)
    page = request.app.state.templates.get_template("error.html")
    html = page.render(status=status, message=message, settings=request.app.state.settings)
    return Response(html, status_code=status, media_type="text/html", headers=headers)


def _validation_message(error: RequestValidationError) -> str:
    """Each refused parameter by its name and the value given: "kind='rumour': Input should be
    'direct', …", not "kind.1: …" (the place of a repeated parameter, which names no value)."""
    parts = []
    for e in error.errors():
        names = [p for p in e.get("loc", ()) if isinstance(p, str) and p not in ("query", "path", "body")]
        given = e.get("input")
        where = names[-1] if names else ""
        if where and isinstance(given, str):
            where += f"={given[:100]!r}"
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", "invalid"))
    return "; ".join(parts) or "invalid request"


def _install_errors(app: FastAPI) -> None:
    """Every error, whoever raises it, leaves in the one shape (JSON under /api, a page elsewhere)."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return _error(request, error.status, error.message, error.code)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        message = error.detail if error.status_code != 404 or error.detail != "Not Found" else f"nothing at {request.url.path}"
        headers = dict(error.headers or {})
        if error.status_code == 405:  # "Method Not Allowed", and its Allow header was dropped
            allowed = headers.get("Allow")
            message = f"{request.method} is not allowed on {request.url.path}" + (f"; use {allowed}" if allowed else "")
        return _error(request, error.status_code, str(message), headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(error))

    @app.exception_handler(SaidwhatError)
    async def saidwhat_error(request: Request, error: SaidwhatError) -> Response:
        status = 400 if isinstance(error, InputError) else 500
        return _error(request, status, str(error), "store_error" if isinstance(error, StoreError) else None)

    @app.exception_handler(Exception)
    async def crash(request: Request, error: Exception) -> Response:
        return _error(request, 500, f"internal error ({type(error).__name__}); see the server log")


def create_app(settings: Settings) -> FastAPI:
    """The saidwhat web application over ``settings.db``."""
    from .api import router as api_router
    from .web import router as web_router

    Store(settings.db).close()  # create or migrate once, before any request
    app = FastAPI(
        title="saidwhat",
        version=__version__,
        description="Who said what, when: statements extracted from news, searchable by words, speaker and date.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.stores = Stores(settings.db)
    app.state.templates = templates()
    _install_errors(app)
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


def settings_from(db: str, write_token: str | None, max_bytes: int = MAX_BYTES) -> Settings:
    """Settings from the command line, the write token falling back to ``SAIDWHAT_WRITE_TOKEN``."""
    return Settings(db=db, write_token=write_token or os.environ.get(TOKEN_ENV) or None, max_bytes=max_bytes)
