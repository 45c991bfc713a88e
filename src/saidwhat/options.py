"""Command-line options that commands in several modules share (``cli``, ``evaluate.commands``).

Kept apart from ``cli`` so the stage commands can use them without importing it.
"""

from __future__ import annotations

import click



def _known_model(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Refuse a misspelt model before any article is read (it failed each one after its parse)."""
    from .errors import InputError
    from .pipeline import check_model  # here: importing the pipeline loads spaCy

    try:
        return check_model(value)
    except InputError as error:
        raise click.BadParameter(str(error)) from None


MODEL = click.option(
    "--model", default="rules", show_default=True, metavar="rules|learned|FOLDER", callback=_known_model,
    help="What finds the statements: the quote rules, the shipped learned model, or a model folder from `saidwhat train`.",
)
