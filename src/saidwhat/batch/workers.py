"""Extraction in parallel on one machine: worker processes, one spaCy model each.

Articles go to the workers in chunks and come back in the order they went,
so N workers store exactly what one would. At most two chunks per worker are
in flight, so a crawl of a million records never sits in memory at once.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from ..errors import SaidwhatError
from ..model import Article, Extraction, Problem
from ..pipeline import BATCH_SIZE, extract_many

IN_FLIGHT_PER_WORKER = 2


class WorkerError(SaidwhatError, RuntimeError):
    """A worker process died (killed, out of memory); what was stored before is kept."""


def extract_parallel(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    problems: list[Problem],
    batch_size: int = BATCH_SIZE,
    model: str = "rules",
) -> Iterator[Extraction]:
    """``extract_many`` over ``workers`` processes, in input order; failing articles go to ``problems``."""
    if workers <= 1:
        yield from extract_many(articles, problems=problems, batch_size=batch_size, model=model)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a parent holding threads or a model
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_load_model) as pool:
        pending: deque[Future] = deque()
        for chunk in _chunks(articles, batch_size):
            pending.append(pool.submit(_extract_chunk, chunk, model))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield from _collect(pending.popleft(), problems)
        while pending:
            yield from _collect(pending.popleft(), problems)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _collect(future: Future, problems: list[Problem]) -> list[Extraction]:
    try:
        extractions, failed = future.result()
    except BrokenProcessPool:
        raise WorkerError(
            "a worker process died (out of memory or killed); run the same command again to go on where it stopped, "
            "with fewer --workers if memory is short"
        ) from None
    problems.extend(failed)
    return extractions


def _load_model() -> None:
    """Each worker loads its own spaCy pipeline once, when it starts."""
    from ..nlp import shared_nlp

    shared_nlp()


def _extract_chunk(chunk: list[Article], model: str) -> tuple[list[Extraction], list[Problem]]:
    failed: list[Problem] = []
    return list(extract_many(chunk, problems=failed, model=model)), failed
