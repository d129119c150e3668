"""Publish: outputs are written into a staging folder beside the target and swapped in only when all succeeded.

A failed build therefore never leaves a half-written or empty file, and the
last good dossier stays where it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

class EmptyOutput(RuntimeError):
    pass


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """Yields an empty folder beside `out`. When the block succeeds and no file in it is empty, each folder
    written there replaces the folder of the same name in `out` (one edition at a time, each swap a rename);
    other folders in `out` are left alone. On any failure nothing in `out` changes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        yield new
        _check_complete(new)
        out.mkdir(exist_ok=True)
        for part in sorted(new.iterdir()):
            _swap(part, out / part.name)
    finally:
        shutil.rmtree(new, ignore_errors=True)


def _check_complete(folder: Path) -> None:
    empty = [p.name for p in folder.rglob("*") if p.is_file() and p.stat().st_size == 0]
    if empty:
        raise EmptyOutput("empty output file(s): " + ", ".join(sorted(empty)))


def _swap(new: Path, out: Path) -> None:
    os.chmod(new, 0o755)
    if not out.exists():
        os.rename(new, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    os.rename(new, out)
    shutil.rmtree(old, ignore_errors=True)
