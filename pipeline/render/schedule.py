"""The order and the processes in which a build's PDF and DOCX files are rendered: whole files, and the pieces
and joins of long PDFs (render/pieces.py), in worker processes when there are several cores."""

from __future__ import annotations

import multiprocessing
import shutil
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.render import pieces
from pipeline.render.html import FULL
from pipeline.render.jobs import Done, Job, run, run_join, run_piece


class _Inline:
    """An executor that runs each task as it is submitted: one core, or a single task."""

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future, as a pool would
            future.set_exception(exc)
        return future

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None


@dataclass
class Long:
    """A long PDF on its way (render/pieces.py): where its pieces go, and what each one's layout reported."""
    job: Job
    paths: list[Path]
    laid: list  # Laid, or None while the piece is being laid out


@dataclass
class Plan:
    """The tasks of a build's rendering, heaviest first: (function, arguments, its long PDF, piece number)."""
    tasks: list[tuple] = field(default_factory=list)
    long: list[Long] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Tasks in all, the joins included."""
        return len(self.tasks) + len(self.long)


def plan(jobs: list[Job]) -> Plan:
    """A long PDF's pieces go to a hidden folder beside its file."""
    out = Plan()
    for job in sorted(jobs, key=lambda job: -job.weight):
        cut = pieces.cut(job.doc_id, job.view) if job.fmt == "pdf" else None
        if cut is None:
            out.tasks.append((run, (job,), None, None))
            continue
        folder = job.target.with_name(f".{job.target.name}.pieces")
        folder.mkdir()
        long = Long(job, [folder / f"{n:03d}.pdf" for n in range(len(cut))], [None] * len(cut))
        out.long.append(long)
        # A piece carries its own share of the view, so the whole is not pickled for each; the attachments go
        # only to the piece that opens the joined file (the dossier's opens with its cover, laid out at the join).
        light = replace(job, view=None, attachments={})
        first = replace(light, attachments=job.attachments) if job.doc_id != FULL else light
        out.tasks += [(run_piece, (first if n == 0 else light, n, len(cut), piece, long.paths[n]), long, n)
                      for n, piece in enumerate(cut)]
    return out


def _workers() -> multiprocessing.context.BaseContext:
    """Workers forked from a small server that has loaded only the renderers, not from the build: a forked
    build's views and caches would be counted (and, as Python touches them, copied) in every worker."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.render.pdf", "pipeline.render.docx", "pipeline.render.join"])
    return context


def render_all(planned: Plan, workers: int, done: Callable[[Done], None]) -> None:
    """Run the tasks, in worker processes when there are several cores and tasks. Only as many tasks as
    workers are handed out at a time, so that a long PDF's join, ready once all its pieces are laid out,
    goes next rather than behind every piece still waiting."""
    pending = deque(planned.tasks)
    several = workers > 1 and len(pending) > 1
    # With long PDFs, a fresh worker for each task (forked from the server): Python keeps the memory a layout
    # took, so a worker reused for the next piece would hold its largest task's memory ever after. A fresh
    # process costs about 0.4 s (fonts set up again), so small builds keep their workers.
    fresh = 1 if planned.long else None
    pool = (ProcessPoolExecutor(min(workers, len(pending)), mp_context=_workers(), max_tasks_per_child=fresh)
            if several else _Inline())
    with pool:
        running: dict[Future, tuple] = {}
        while pending or running:
            while pending and len(running) < max(workers, 1):
                fn, args, long, n = pending.popleft()
                running[pool.submit(fn, *args)] = (long, n)
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                long, n = running.pop(future)
                if n is None:  # a whole file, or a join
                    done(future.result())
                    continue
                result, long.laid[n] = future.result()
                done(result)
                if all(long.laid):
                    pending.appendleft((run_join, (long.job, long.paths, long.laid), long, None))
    for long in planned.long:
        shutil.rmtree(long.paths[0].parent)
