"""The shapes of the JSON API, for the OpenAPI document at /openapi.json and /docs."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field


class SpanOut(BaseModel):
    start: int = Field(description="Character offset into the article text")
    end: int
    text: str = Field(description="article_text[start:end]")


class SpeakerRef(BaseModel):
    id: Optional[int] = Field(description="Speaker id for /api/speakers/{id}; null for anonymous and unknown sources")
    name: Optional[str]
    type: Literal["person", "organisation", "anonymous", "unknown"]
    role: Optional[str]
    mention: Optional[SpanOut] = Field(description="The mention nearest the statement")


class WhenOut(BaseModel):
    value: Optional[str] = Field(description="ISO 8601 day, month or interval")
    expression: Optional[SpanOut]
    anchor: Optional[str]


class ArticleRef(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]


class StatementOut(BaseModel):
    id: int
    kind: Literal["direct", "mixed", "indirect"]
    text: str
    content: list[SpanOut]
    cue: Optional[SpanOut]
    speaker: SpeakerRef = Field(description="Who said it; of several who said it together, the first named")
    co_speakers: list[SpeakerRef] = Field(
        description="The others who made the statement with the speaker, in the order named ('Tesco, Asda and Morrisons"
        " all said': Asda, Morrisons), each with its own mention; empty for one speaker"
    )
    when: WhenOut
    confidence: float
    extractor: str
    article: ArticleRef


class StatementPage(BaseModel):
    statements: list[StatementOut]
    next_cursor: Optional[str] = Field(description="Pass as ?cursor= for the next page; null on the last page")


class SpeakerOut(BaseModel):
    id: int
    name: str
    type: str
    statements: int
    roles: list[str]
    aliases: list[str] = Field(description="Surnames given alone in some articles that stand for this speaker"
                               " ('Goldsmith' for Peter Goldsmith): their statements are counted here")
    first: Optional[str] = Field(description="The date of the earliest dated statement as the text gives it (2024-02 for"
                                 " 'in February', an interval start/end for 'earlier this month'); the one that may have been made first")
    last: Optional[str] = Field(description="The date of the latest dated statement as the text gives it; the one that may have been made last")


class SpeakerDetail(SpeakerOut):
    articles: int


class SpeakerPage(BaseModel):
    speakers: list[SpeakerOut]
    next_cursor: Optional[str]


class ArticleOut(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]
    text: str
    extractor: str
    ingested_at: str
    statements: list[StatementOut] = Field(description="Every statement, in reading order, with spans into text")


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


def errors(*codes: int) -> dict[int, dict[str, type[BaseModel]]]:
    """The error responses an endpoint can give, for its OpenAPI entry: only those it gives
    (every GET listed 400, 404 and 422, though a list is never a 404 and an article never a 400)."""
    return {code: {"model": ErrorOut} for code in codes}


WRITE_ERRORS = errors(400, 401, 403, 413, 415, 422)
