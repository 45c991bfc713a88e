"""Ingest: readers that turn input files into ``Article`` records.

One reader per input format (``text``, ``html``, ``jsonl`` for JSON Lines and
JSON documents, ``warc``), each yielding articles and turning a bad record into
a ``Problem`` that names where it is and why; ``sources`` tells the formats
apart, reads files, folders and globs of any of them, and keeps the ids of a
run's different articles distinct.
"""

from .html import html_article
from .jsonl import Fields, read_json, read_jsonl
from .sources import FORMATS, detect_format, distinct_ids, estimate_articles, expand_inputs, read_inputs, read_stream
from .text import article_id, text_article
from .warc import read_warc, warc_response

__all__ = [
    "FORMATS",
    "Fields",
    "article_id",
    "detect_format",
    "distinct_ids",
    "estimate_articles",
    "expand_inputs",
    "html_article",
    "read_inputs",
    "read_json",
    "read_jsonl",
    "read_stream",
    "read_warc",
    "text_article",
    "warc_response",
]
