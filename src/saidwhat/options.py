"""Command-line options that commands in several modules share (``cli``, ``evaluate.commands``).

Kept apart from ``cli`` so the stage commands can use them without importing it.
"""

from __future__ import annotations

import click

MODEL = click.option(
    "--model", default="rules", show_default=True, metavar="rules|learned|FOLDER",
    help="What finds the statements: the quote rules, the shipped learned model, or a model folder from `saidwhat train`.",
)
