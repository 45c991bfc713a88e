"""What every endpoint shares: the one error shape, cursors, the write token, body limits.

Every error the API returns has the shape ``{"error": {"status", "code", "message"}}``,
whatever raised it (our checks, FastAPI's validation, an unknown route), so a
client needs one error path.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
from typing import Any

from starlette.requests import Request

from ..errors import InputError
from ..ingest.text import iso_published
from ..store import day_bound, queries
from ..store.rows import DATE_FORMS, SQLITE_INT_MAX
from ..store.search import MAX_NAME

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "too_large", 415: "unsupported_media_type", 422: "invalid_parameter", 500: "internal_error",
}


class ApiError(Exception):
    """An HTTP error with a message that says what was wrong and how to fix it."""

    def __init__(self, status: int, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or CODES.get(status, "error"), "message": message}}


def encode_cursor(listing: str, after: list[Any] | None) -> str | None:
    """An opaque token for the page after ``after`` in ``listing``, or None at the end."""
    if after is None:
        return None
    raw = json.dumps({"l": listing, "k": after}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


# How many values each list's sort key has; a cursor with another count is not one of its own.
KEY_LENGTHS = {"statements": len(queries.BY_PUBLICATION), "timeline": len(queries.BY_DATE), "speakers": 1}
# Each list as a reader knows it: "/timeline" named no path there is.
LISTS = {"statements": "the statements list", "timeline": "a speaker's statements", "speakers": "the speakers list"}


def decode_cursor(listing: str, cursor: str | None) -> list[Any] | None:
    """The sort key a cursor carries; a 400 for a cursor that is damaged or from another list."""
    if not cursor:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        keys = data["k"]
        if data["l"] == listing and isinstance(keys, list) and len(keys) == KEY_LENGTHS[listing] and all(_sql_value(k) for k in keys):
            return keys
    except (binascii.Error, ValueError, TypeError, KeyError):
        pass
    raise ApiError(400, f"cursor {cursor[:40]!r} is not valid for {LISTS[listing]}; pass the next_cursor of a previous page unchanged", code="bad_cursor")


def _sql_value(value: Any) -> bool:
    """Whether a cursor's key can be bound in SQLite: a string, a float, None or an int that fits 64 bits."""
    if isinstance(value, int):
        return -SQLITE_INT_MAX - 1 <= value <= SQLITE_INT_MAX  # a larger one raised OverflowError, a 500
    return isinstance(value, (str, float)) or value is None


def speakers_offset(cursor: str | None) -> int:
    """The offset a /speakers cursor carries: 0 without one, a 400 for anything but a count."""
    after = decode_cursor("speakers", cursor)
    if after is None:
        return 0
    if len(after) == 1 and isinstance(after[0], int) and after[0] >= 0:
        return after[0]
    raise ApiError(400, "the cursor is not valid for /speakers; pass the next_cursor of a previous page unchanged", code="bad_cursor")


# Control characters that are not whitespace (C0 and C1): no reader types one into a search. A NUL
# in q was no search and every statement came back; in speaker it matched no name and none did.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def parameter(name: str, value: str | None) -> str | None:
    """A query parameter as the reader meant it: the whitespace around it dropped (a pasted " 2005"
    was a 400), None when nothing is left, a 400 naming it for a control character."""
    if value is None:
        return None
    bad = CONTROL.search(value)
    if bad:
        raise ApiError(400, f"{name}= has a control character ({bad.group()!r} at character {bad.start()}); remove it")
    return value.strip() or None


def said(name: str, value: str, label: str | None = None) -> str:
    """A parameter as an error names it: "since='2005x'", or on a form "from (since='2005x')": the
    label is what the reader typed into, the name what the address shows."""
    given = f"{name}={value!r}"
    return f"{label} ({given})" if label else given


def iso_date(name: str, value: str | None) -> str | None:
    """A publication date as YYYY-MM-DD, or a 400 ``bad_date`` that says why.

    The ingest readers' check (``iso_published``), so the API takes what JSONL ingest
    takes (a timestamp such as "2024-01-02T23:00:00-05:00" gives its own day) and refuses
    what it refuses: a year like 0001 overflowed in the dates stage, a 500.
    """
    value = parameter(name, value)
    if not value:
        return None
    try:
        return iso_published(value)
    except InputError as error:
        raise ApiError(400, f"{name}={error}", code="bad_date") from None


def filter_day(name: str, value: str | None, *, last: bool, label: str | None = None) -> str | None:
    """A since / until parameter (a day, month or year) as a day, or a 400 that shows the forms;
    ``label`` is the form's name for it, for a page's error."""
    value = parameter(name, value)
    if not value:
        return None
    try:
        return day_bound(value, last=last)
    except ValueError:
        raise ApiError(400, f"{said(name, value, label)} is not a date; {DATE_FORMS}", code="bad_date") from None


def name_filter(name: str, value: str | None) -> str | None:
    """A speaker-name parameter (``speaker``, or ``q`` of the speakers), its length checked here so
    the 400 names it: the store's error said "a speaker name" to a client that sent ``q``. Runs of
    whitespace are one space, as between the words of a stored name ("Tony  Blair" finds Tony Blair)."""
    value = parameter(name, value)
    if value and len(value) > MAX_NAME:
        raise ApiError(400, f"{name}= is {len(value):,} characters, longer than any name; give part of the name (at most {MAX_NAME:,} characters)")
    return " ".join(value.split()) if value else None


def check_token(request: Request, expected: str | None, given: str | None = None) -> None:
    """Writing needs the configured token, as ``Authorization: Bearer TOKEN`` (or a form field)."""
    if not expected:
        raise ApiError(403, "writing is disabled; start the server with --write-token TOKEN or SAIDWHAT_WRITE_TOKEN", code="writing_disabled")
    # The paste form gives the token in a field: a reader told to send a header there could not.
    fix = "give the token the server was started with" if given is not None else "send the header Authorization: Bearer TOKEN"
    if given is None:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        given = given.strip() if scheme.lower() == "bearer" else ""
    if not given or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(401, f"a valid write token is required; {fix}")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with a 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the request body is {int(declared):,} bytes; at most {limit:,} are accepted")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the request body is over the {limit:,} bytes accepted")
        chunks.append(chunk)
    return b"".join(chunks)
