"""Where a deck's charts are made: in this process, or in a worker process while this one draws the rest.

A chart's part is made by python-pptx, its workbook by XlsxWriter: about 5 ms a chart, and 0.1 s to import
them. A deck with many charts has them made by one worker process on the machine's second core, started
as the deck starts and fed each chart as its slide is drawn; the slide points at the part at once, and the
part's bytes are collected when the deck is saved. The worker is a new interpreter (`spawn`), which
imports python-pptx there and never here, and inherits no lock or thread from this process. Few charts
are made here: starting the worker would cost more than it saves. The bytes are the same either way
(tests/charts/test_charts_render.py builds a deck both ways).

Only `deckgen build` asks for the worker (`parallel`): a new interpreter runs the program's main module
again unless it is guarded (`if __name__ == "__main__"`), as the command's is but a script calling
build_deck may not be; and `deckgen watch` keeps python-pptx imported across rebuilds, where a worker
started for each one would only add its start-up.

multiprocessing and concurrent.futures (with logging, pickle, socket under them: about 5 ms of a cold build)
are imported when a worker is started, not with this module: a deck of fewer charts never needs them.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future, ProcessPoolExecutor

    from ..plan.specs import ChartSlide
    from .chart_style import ChartStyle

WORKER_FROM = 10
"""Charts from which a worker makes them. Starting one costs about 0.3 s of the other core (an interpreter
and its imports); ten charts are about as much work here, and the import of python-pptx, 0.1 s, saved."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may run on (Linux)
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _worker_failures() -> tuple[type[BaseException], ...]:
    """How a worker can fail that is no fault of the chart: no semaphores or no fork in a sandbox, a worker
    killed. The chart is then made here instead, the same bytes, a little later. (A function, so that
    concurrent.futures is imported only where a worker was started: an `except` clause is evaluated only
    when something was raised.)"""
    from concurrent.futures.process import BrokenProcessPool

    return (BrokenProcessPool, OSError, RuntimeError, EOFError)


class ChartJob:
    """A chart being made by the worker; made here if the worker cannot."""

    def __init__(self, future: Future[tuple[bytes, bytes]], made_here: Callable[[], tuple[bytes, bytes]]) -> None:
        self.future, self.made_here = future, made_here

    def result(self) -> tuple[bytes, bytes]:
        try:
            return self.future.result()
        except _worker_failures():
            return self.made_here()


class ChartMaker:
    """Makes each chart's part and workbook, here or in the worker."""

    def __init__(self, charts: int, *, parallel: bool = False) -> None:
        self.pool: ProcessPoolExecutor | None = None
        if parallel and charts >= WORKER_FROM and _cores() > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            try:
                self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            except _worker_failures():  # e.g. no semaphores in this sandbox: every chart is made here
                self.pool = None
        self.jobs: list[ChartJob] = []

    def make(self, style: ChartStyle, spec: ChartSlide) -> tuple[bytes, bytes] | ChartJob:
        """The chart's part and workbook in the style (a value: what the worker is handed), or the job making them."""

        def made_here() -> tuple[bytes, bytes]:
            return _made_in_worker(style, spec)

        if self.pool is None:
            return made_here()
        try:
            future = self.pool.submit(_made_in_worker, style, spec)
        except _worker_failures():
            return made_here()
        job = ChartJob(future, made_here)
        self.jobs.append(job)
        return job

    def close(self) -> None:
        """Collect the charts still being made (an error in one is raised here), then stop the worker."""
        if self.pool is None:
            return
        try:
            for job in self.jobs:
                job.result()
        finally:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _made_in_worker(style: ChartStyle, spec: ChartSlide) -> tuple[bytes, bytes]:
    """`chart_blobs`, here or in the worker (python-pptx is imported where the first chart is made)."""
    from .chart_part import chart_blobs

    return chart_blobs(style, spec)
