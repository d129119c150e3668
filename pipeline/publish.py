"""Publish: outputs are written into a staging folder beside the target and swapped in only when all succeeded.

A failed build therefore never leaves a half-written or empty file, and the
last good dossier stays where it was.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

class EmptyOutput(RuntimeError):
    pass


class Busy(RuntimeError):
    """Another build is writing the same dossier."""


@contextmanager
def _lock(out: Path) -> Iterator[None]:
    """One build at a time per dossier folder: the second is told so, and nothing of either is mixed."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(f"another build is writing {out}/ right now; run this one again when it has finished") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock, also when the process is killed


def _clear_leftovers(out: Path) -> None:
    """Staging folders of builds that were killed (there is no other build: we hold the lock)."""
    for kind in ("new", "old"):
        for stale in out.parent.glob(f".{out.name}.{kind}-*"):
            shutil.rmtree(stale, ignore_errors=True)


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """Yields an empty folder beside `out`. When the block succeeds and no file in it is empty, each folder
    written there replaces the folder of the same name in `out` (one edition at a time, each swap atomic);
    other folders in `out` are left alone. On any failure, or if the process is killed, nothing in `out`
    changes: a killed build leaves only its staging folder, which the next build removes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with _lock(out):
        _clear_leftovers(out)
        new = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        try:
            yield new
            _check_complete(new)
            out.mkdir(exist_ok=True)
            for part in _published(new):
                _swap(part, out / part.name)
        finally:
            shutil.rmtree(new, ignore_errors=True)


def _published(folder: Path) -> list[Path]:
    """What the staging folder publishes: not its hidden entries (the build's own work folder)."""
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _check_complete(folder: Path) -> None:
    empty = [p.name for part in _published(folder) for p in part.rglob("*") if p.is_file() and p.stat().st_size == 0]
    if empty:
        raise EmptyOutput("empty output file(s): " + ", ".join(sorted(empty)))


_RENAME_EXCHANGE = 2  # renameat2(2) flag: swap two paths in one atomic step (Linux)


def _exchange(a: Path, b: Path) -> bool:
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _swap(new: Path, out: Path) -> None:
    """Put `new` where `out` is. With renameat2 the old and new folders trade places atomically: at no moment
    is there no `out`; elsewhere two renames, with the old folder kept until the new one is in place."""
    os.chmod(new, 0o755)
    if not out.exists():
        os.rename(new, out)
        return
    if _exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # now the old folder
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    os.rename(new, out)
    shutil.rmtree(old, ignore_errors=True)
