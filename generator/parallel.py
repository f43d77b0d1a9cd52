"""Extraction spread over local processes (`--workers N`) or a Dask cluster (`--scheduler ADDRESS`).

Articles go out in small chunks; fact sheets come back in article order whatever order the chunks
finish in, so the YAML written is byte-identical to a serial run. Each worker process loads the
spaCy pipeline once (`nlp.load` is cached per process) and keeps it for every chunk it is sent.
At most a few chunks per worker are in flight, so results do not pile up in memory.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from multiprocessing import get_context

from .articles import Article
from .extract import Unfinished
from .factsheet import FactSheet

MAX_CHUNK = 20  # articles per task: big enough to batch in spaCy, small enough to balance the load
IN_FLIGHT = 3  # chunks per worker queued or running at a time
CONNECT_TIMEOUT = "20s"  # how long to try reaching a Dask scheduler


def extract_chunk(articles: Sequence[Article]) -> list[FactSheet | Unfinished]:
    """A worker's task: fact sheets for a few articles, with the worker's own copy of the pipeline."""
    from .extract import extract_all
    from .nlp import load

    return list(extract_all(articles, load(), keep_going=True))


def extract_many(articles: Sequence[Article], load_nlp: Callable, workers: int = 1,
                 scheduler: str | None = None) -> Iterator[FactSheet | Unfinished]:
    """Fact sheets for `articles` in their order: serially in this process, on `workers` local
    processes, or on the Dask cluster whose scheduler listens at `scheduler`."""
    if scheduler:
        with _dask(scheduler) as (submit, width):
            yield from _in_order(submit, _chunks(articles, width), width * IN_FLIGHT)
    elif workers > 1:
        # spawn, not fork: the parent may hold threads (a Dask client, MkDocs' server) and locks.
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            yield from _in_order(lambda chunk: pool.submit(extract_chunk, chunk),
                                 _chunks(articles, workers), workers * IN_FLIGHT)
    else:
        from .extract import extract_all

        yield from extract_all(articles, load_nlp(), keep_going=True)


def _chunks(articles: Sequence[Article], workers: int) -> Iterator[Sequence[Article]]:
    """Chunks of at most MAX_CHUNK articles, at least a few per worker so none sits idle at the end."""
    size = max(1, min(MAX_CHUNK, -(-len(articles) // (workers * IN_FLIGHT))))
    for start in range(0, len(articles), size):
        yield articles[start:start + size]


def _in_order(submit: Callable, chunks: Iterator[Sequence[Article]], window: int) -> Iterator:
    """Submit chunks, `window` at a time, and yield their results in submission order."""
    pending = deque(submit(chunk) for chunk in islice(chunks, window))
    while pending:
        future = pending.popleft()
        following = next(chunks, None)
        if following is not None:
            pending.append(submit(following))
        yield from future.result()


@contextmanager
def _dask(address: str) -> Iterator[tuple[Callable, int]]:
    """A client of the scheduler at `address`: (submit a chunk, number of worker threads)."""
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("--scheduler needs Dask: pip install 'factsheets[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        width = max(1, sum(client.nthreads().values()))
        yield (lambda chunk: client.submit(extract_chunk, chunk, pure=False)), width
    finally:
        client.close()


class SchedulerError(RuntimeError):
    """Dask is missing or its scheduler cannot be reached; str() is the line to show the user."""
