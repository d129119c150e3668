"""The processes a build's tasks run in (render/compose/plan.py): units first, heaviest first; each file as soon as the
units it holds are ready, ahead of the units still waiting, so that files are written while layouts go on.

Workers are forked from a small server that has loaded only the renderers (render/compose/preload.py), not from the
build, so they do not carry the build's views. They die with the build, however it ends (render/compose/lifeline.py),
keep their temporary files in the build's work folder, and an interrupted or failed build stops them at once
rather than waiting for the layouts in progress."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import replace
from multiprocessing import forkserver
from pathlib import Path

from pipeline.render.compose import lifeline
from pipeline.render.compose.jobs import Done
from pipeline.render.compose.plan import Task


class _Inline:
    """An executor that runs each task as it is submitted: one core, or a single task."""

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 - handed to the caller through the future, as a pool would
            future.set_exception(exc)
        return future

    def shutdown(self, **_) -> None:
        return None


class _FreshWorkers:
    """An executor that runs each task in a new worker process of its own (its own one-worker pool, shut down
    when the task ends). ProcessPoolExecutor's max_tasks_per_child=1 would do the same, but on Python 3.11 to
    3.14 a pool using it can stop replacing its workers and hang the build for ever (CPython gh-115634)."""

    def __init__(self, initializer, initargs: tuple):
        self.initializer, self.initargs = initializer, initargs
        self.pools: dict[Future, ProcessPoolExecutor] = {}

    def submit(self, fn, *args) -> Future:
        pool = ProcessPoolExecutor(1, mp_context=_context(), initializer=self.initializer, initargs=self.initargs)
        future = pool.submit(fn, *args)
        self.pools[future] = pool
        future.add_done_callback(lambda done: self.pools.pop(done).shutdown(wait=False))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        for pool in list(self.pools.values()):
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    @property
    def processes(self) -> list:
        return [p for pool in list(self.pools.values()) for p in (pool._processes or {}).values()]


def _context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.render.compose.preload"])
    return context


TEMPORARY = "dossier-build-"  # + the build's process id: the folder of a build's temporary files


@contextmanager
def server(workers: int) -> Iterator[Path]:
    """For the length of a build, yields the folder of its temporary files (Python's tempfile in the build and
    its workers, multiprocessing's own folder and the workers' server's socket), removed when the build ends,
    or by the next build if this one is killed. With several workers, their server is started now, so that
    it loads the renderers while the build reads and checks its inputs; it dies with the process that starts
    it (from the main thread, whose end is the process's), and is stopped when the build ends, so that none
    outlives an in-process build either. (multiprocessing has no public way to stop its server or to choose
    its folder.) The folder is in the system's temporary folder, whose short path a socket's name needs."""
    base = Path(tempfile.gettempdir())
    _clear_killed(base)
    temporary = Path(tempfile.mkdtemp(prefix=f"{TEMPORARY}{os.getpid()}-", dir=base))
    config = multiprocessing.process.current_process()._config
    given = tempfile.tempdir, config.get("tempdir"), os.environ.get(lifeline.BUILD_PID)
    tempfile.tempdir = config["tempdir"] = str(temporary)  # so multiprocessing registers no clean-up of its own
    try:
        if workers > 1:
            _context()
            os.environ[lifeline.BUILD_PID] = str(os.getpid())
            forkserver.ensure_running()
        yield temporary
    finally:
        _stop_server()
        tempfile.tempdir = given[0]
        _restore(config, "tempdir", given[1])
        _restore(os.environ, lifeline.BUILD_PID, given[2])
        shutil.rmtree(temporary, ignore_errors=True)


def _restore(mapping, name: str, value) -> None:
    mapping.pop(name, None)
    if value is not None:
        mapping[name] = value


def _stop_server() -> None:
    """The workers' server stopped: killed first, for it may still be loading the renderers (a build that had
    nothing to render would wait for that), and it has no worker left by now."""
    server_ = forkserver._forkserver
    if server_._forkserver_pid is not None:
        try:
            os.kill(server_._forkserver_pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    server_._stop()


def _clear_killed(base: Path) -> None:
    """The temporary folders of builds that were killed (their process is gone)."""
    for folder in base.glob(f"{TEMPORARY}*-*"):
        pid = folder.name[len(TEMPORARY):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _worker(temporary: str) -> None:
    """Each worker, as it starts: dies with the server it was forked from, leaves Ctrl-C to the build (which
    stops it), and keeps its temporary files where the build will remove them."""
    from pipeline.render.compose import preload

    lifeline.die_with_parent(preload.SERVER)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tempfile.tempdir = temporary


def run(tasks: list[Task], workers: int, done: Callable[[Done], None], temporary: Path, fresh: bool) -> None:
    """Run every task, in worker processes when there are several cores and tasks. Only as many tasks as workers
    are handed out at a time, so that a file, ready once its units are, goes next rather than behind every unit
    still waiting. fresh: a new worker for each task (long documents: Python keeps the memory a layout took, so
    a worker reused for the next piece would hold its largest task's memory ever after; a fresh process costs
    about 0.4 s, which small builds should not pay)."""
    making = {task.gives for task in tasks if task.gives}
    waits = {id(task): set(task.needs) & making for task in tasks}
    ready = deque(sorted((t for t in tasks if not waits[id(t)]), key=lambda t: -t.weight))
    waiting = [t for t in tasks if waits[id(t)]]
    several = workers > 1 and len(tasks) > 1
    if not several:
        pool = _Inline()
    elif fresh:
        pool = _FreshWorkers(_worker, (str(temporary),))
    else:
        pool = ProcessPoolExecutor(min(workers, len(tasks)), mp_context=_context(), initializer=_worker,
                                   initargs=(str(temporary),))
    try:
        running: dict[Future, Task] = {}
        while ready or running:
            while ready and len(running) < max(workers, 1) and not any(t.alone for t in running.values()):
                if ready[0].alone and running:
                    break  # it waits for the tasks under way to end, and the others wait for it
                task = ready.popleft()
                running[pool.submit(task.fn, *task.args)] = task
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                task = running.pop(future)
                done(replace(future.result(), label=task.label))
                for other in [t for t in waiting if task.gives in waits[id(t)]]:
                    waits[id(other)].discard(task.gives)
                    if not waits[id(other)]:
                        waiting.remove(other)
                        ready.appendleft(other)
    except BaseException:
        _stop(pool)  # before the pool's own shutdown, which would wait for the tasks under way
        raise
    finally:
        pool.shutdown()
    if waiting:
        raise RuntimeError(f"{len(waiting)} files wait for units no task makes")


def _stop(pool) -> None:
    """Workers killed now: an interrupted or failed build does not wait for the layouts under way."""
    if isinstance(pool, _FreshWorkers):
        processes = pool.processes
    elif isinstance(pool, ProcessPoolExecutor):
        processes = list((pool._processes or {}).values())  # the executor has no public way to kill its workers
    else:
        return
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.kill()
        except (OSError, ValueError):
            pass
