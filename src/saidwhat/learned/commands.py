"""``saidwhat train``: train the learned model on PolNeAR train.

Progress goes to stderr and, one JSON line per epoch, to ``train-log.jsonl``
in the output folder; the model of the best epoch (on the held-out tenth of
the training articles) is saved there and used with ``--model PATH``.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import SaidwhatError


@click.group()
def train() -> None:
    """Train the learned statement model.

    \b
    Example:
      saidwhat train polnear ../shared/datasets/polnear/train --output my-model
      saidwhat extract article.txt --model my-model
    """


@train.command("polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the model and its training log (the shipped one is saidwhat/learned/model/).")
@click.option("--epochs", type=click.IntRange(1), default=12, show_default=True, help="Passes over the training articles.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: the same seed and data give the same model.")
@click.option("--limit", type=click.IntRange(2), help="Only the first N articles, by name (for a quick try).")
def polnear_command(directory: Path, output: Path, epochs: int, seed: int, limit: int | None) -> None:
    """Train on a PolNeAR split (text/ and attributions/ inside DIRECTORY): its train split, never dev.

    Every tenth article is held out to pick the best epoch.
    """
    from ..nlp import load_nlp
    from .train import train as run

    if directory.name == "dev":
        raise click.ClickException(f"{directory} is the dev split, which is kept for measuring; train on ../train")
    try:
        best = run(load_nlp(), directory, output, epochs=epochs, seed=seed, limit=limit,
                   progress=lambda line: click.echo(line, err=True))
    except SaidwhatError as error:
        raise click.ClickException(str(error)) from error
    click.echo(json.dumps({"output": str(output), "best": best}, indent=2))
