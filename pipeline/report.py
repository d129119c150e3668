"""What a build tells the person who runs it: one line per stage (name, duration, what it did), and a line per
task as it finishes (a live progress bar instead on a terminal). Keeps the figures `make bench` reads."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # for the annotations only: the report loads before anything heavy
    from pipeline.render.compose.jobs import Done


@dataclass
class Report:
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    stages: dict[str, float] = field(default_factory=dict)
    jobs: list[Done] = field(default_factory=list)
    reused_units: list[str] = field(default_factory=list)
    sampler: object = None       # bench's memory sampler: reset() at a stage's start, peak() at its end
    peaks: dict[str, int] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[list[str]]:
        note: list[str] = []
        if self.sampler:
            self.sampler.reset()
        start = time.perf_counter()
        yield note
        elapsed = time.perf_counter() - start
        if self.sampler:
            self.peaks[name] = self.sampler.peak()
        self.record(name, elapsed, note)

    def record(self, name: str, elapsed: float, note: list[str]) -> None:
        """A stage's line; also for work timed on its own, beside another stage (the web pages)."""
        self.stages[name] = elapsed
        print(f"  {name:<13}{elapsed:7.2f} s  {' '.join(note)}".rstrip(), file=self.stream, flush=True)

    @property
    def laid_out(self) -> int:
        """Pages WeasyPrint laid out in this build."""
        return sum(job.laid for job in self.jobs)

    @property
    def published(self) -> int:
        """Pages of the PDF files this build wrote (not those it linked unchanged from the last build)."""
        return sum(job.pages for job in self.jobs)

    @contextmanager
    def progress(self, total: int) -> Iterator[Callable[[Done], None]]:
        """Yields done(result), called as each task finishes."""
        if total and self.stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )
            with Progress(TextColumn("  rendering"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          TextColumn("{task.description}"), console=Console(file=self.stream),
                          transient=True) as bar:
                task = bar.add_task("", total=total)

                def done(result: Done) -> None:
                    self.jobs.append(result)
                    bar.update(task, advance=1, description=result.label)
                yield done
            return

        def done(result: Done) -> None:
            self.jobs.append(result)
            pages = f"  {result.laid} page{'s' * (result.laid != 1)} laid out" if result.laid else ""
            print(f"    {result.label:<52}{result.seconds:7.2f} s{pages}", file=self.stream, flush=True)
        yield done
