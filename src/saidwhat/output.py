"""Rendering records for people (a table) and programs (JSON, JSON Lines)."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

FORMATS = ("table", "json", "jsonl")


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[tuple[str, str]], group: str | None = None) -> str:
    """``rows`` as a table (``columns``: (key, heading) pairs; ``group``: see ``table``), a JSON array, or JSON Lines."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    return table(rows, columns, group)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]], group: str | None = None) -> str:
    """A plain-text table whose last column wraps to the terminal's width; with ``group``, a line
    with the row's ``group`` value goes before each run of rows that share it."""
    if not rows:
        return "(no rows)"
    cells = [[_cell(r.get(key)) for key, _ in columns] for r in rows]
    heads = [head for _, head in columns]
    widths = [min(max(len(h), *(len(c[i]) for c in cells)), 32) for i, h in enumerate(heads)]
    total = shutil.get_terminal_size((120, 20)).columns
    widths[-1] = max(30, total - sum(widths[:-1]) - 2 * (len(widths) - 1))
    lines = [_line(heads, widths), _line(["-" * w for w in widths], widths)]
    previous = None
    for row, cell in zip(rows, cells):
        if group is not None and row.get(group) != previous:
            previous = row.get(group)
            lines.append(_cut(_cell(previous), sum(widths) + 2 * (len(widths) - 1)))
        lines.extend(_wrapped(cell, widths))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# Control characters of an article's text (ESC, BEL, NUL) would reach the terminal as they are:
# "\x1b]0;…\x07" retitles the window, other sequences rewrite what was printed. A table shows them escaped.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        text = ", ".join(map(str, value))
    else:
        text = " ".join(str(value).split())
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _line(cells: Iterable[str], widths: Sequence[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def _wrapped(row: Sequence[str], widths: Sequence[int]) -> list[str]:
    """One table row: fixed columns shortened, the last one wrapped over several lines."""
    fixed = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(row[:-1], widths[:-1])]
    last = textwrap.wrap(row[-1], widths[-1]) or [""]
    out = [_line([*fixed, last[0]], widths)]
    pad = [""] * len(fixed)
    out.extend(_line([*pad, more], widths) for more in last[1:])
    return out


def statement_row(data: dict[str, Any]) -> dict[str, Any]:
    """The columns a person wants from a statement's JSON."""
    return {
        "when": data["when"]["value"] or "",
        "speaker": _who(data["speaker"], data.get("co_speakers") or ()),
        "kind": data["kind"],
        "cue": (data.get("cue") or {}).get("text", ""),
        "text": data["text"],
        "article": _article(data.get("article") or {}),
    }


def _article(article: dict[str, Any]) -> str:
    """The line that names the article above its statements: a fact-checker goes back to it.
    "▸ examples/macron-nato.txt · 2024-03-18 · Macron refuses to rule out troops"."""
    where = article.get("source") or article.get("url") or article.get("id") or "?"
    return " · ".join(["▸ " + where, *(article[k] for k in ("published", "title") if article.get(k))])


def _who(speaker: dict[str, Any], others: Sequence[dict[str, Any]]) -> str:
    """"Terry Leahy — Tesco chief executive", or for a joint statement the names alone, which the
    column's width leaves room for: "Tesco, with Asda and Morrisons" (the roles are in the JSON)."""
    if not others:
        return _name(speaker) + (f" — {speaker['role']}" if speaker.get("role") else "")
    names = [_name(o) for o in others]
    return f"{_name(speaker)}, with " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])


def _name(speaker: dict[str, Any]) -> str:
    return speaker["name"] or (f"? ({speaker['mention']['text']})" if speaker.get("mention") else "?")


STATEMENT_COLUMNS = [("when", "WHEN"), ("speaker", "WHO"), ("kind", "KIND"), ("cue", "CUE"), ("text", "WHAT")]
SPEAKER_COLUMNS = [
    ("name", "SPEAKER"), ("type", "TYPE"), ("statements", "N"), ("first", "FIRST"), ("last", "LAST"), ("aliases", "ALSO NAMED"), ("roles", "ROLES"),
]
