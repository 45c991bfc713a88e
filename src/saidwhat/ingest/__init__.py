"""Ingest: readers that turn input files into ``Article`` records.

One reader per input format; each yields articles and raises ``InputError``
naming the input and the fix for anything it cannot read.
"""

from .text import article_id, expand_paths, read_paths, read_text_file

__all__ = ["article_id", "expand_paths", "read_paths", "read_text_file"]
