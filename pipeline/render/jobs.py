"""Rendering jobs: one PDF or DOCX file each, independent of the others, so they run in parallel worker
processes (render/schedule.py); each has a key (a hash of everything its bytes depend on), so an unchanged
output is reused. A long PDF's job runs as pieces and a join (run_piece, run_join; render/pieces.py).

An output's key covers its view (the dataclasses' repr: every word it prints), the photos it embeds, its date,
its attachments, its format, the template files it is made from and the pipeline's version. Two builds that
would write the same bytes have the same key; anything else that changes gives a new one, so a reused file is
never stale. The file digests come from the checksums the build takes once (build-info), never re-read here.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import os
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.render import pieces
from pipeline.render.pieces import Piece

if TYPE_CHECKING:
    from pipeline.render.pdf import Laid

# Heavier jobs first, so that the last job to finish is a short one (about the relative costs measured).
WEIGHT = {("pdf", "dossier"): 10, ("pdf", "bios"): 4, ("pdf", "programme"): 3, ("pdf", "participants"): 3,
          ("docx", "dossier"): 2, ("docx", "bios"): 1, ("docx", "programme"): 1, ("docx", "participants"): 1}


# The template files each output is made from, so that editing one re-renders only the outputs it shapes.
_PRINT = ("base.html.j2", "macros.html.j2", "css/print.css", "fonts/*", "folio.html.j2")
TEMPLATE_FILES = {
    ("pdf", "programme"): (*_PRINT, "programme.html.j2", "parts/programme.html.j2", "parts/changes.html.j2"),
    ("pdf", "participants"): (*_PRINT, "participants.html.j2", "parts/participants.html.j2"),
    ("pdf", "bios"): (*_PRINT, "bios.html.j2", "parts/bios.html.j2"),
    ("pdf", "dossier"): (*_PRINT, "dossier.html.j2", "parts/*.html.j2"),
}


def templates_digest(templates: dict[str, str], fmt: str, doc_id: str) -> str:
    """templates: relative path → SHA-256 of every template file (archive.checksums)."""
    patterns = TEMPLATE_FILES.get((fmt, doc_id), ("reference.docx",))
    used = sorted(f"{path}:{digest}" for path, digest in templates.items()
                  if any(fnmatch.fnmatch(path, pattern) for pattern in patterns))
    return key(*used)


def key(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Job:
    fmt: str                     # "pdf" or "docx"
    doc_id: str
    view: object                 # the document's view (pickled to the worker)
    target: Path                 # where the file is written (in the staging folder)
    created: dt.datetime         # the date stamped into the file
    attachments: dict[str, bytes] = field(default_factory=dict)  # PDF only

    @property
    def label(self) -> str:
        return f"{self.target.parent.name}/{self.target.name}"

    @property
    def weight(self) -> int:
        return WEIGHT.get((self.fmt, self.doc_id), 1)

    def key(self, view_digest: str, templates: dict[str, str], photos: tuple[str, ...]) -> str:
        """view_digest: key(repr(view)), taken once per document for both formats; photos: their digests."""
        return key(__version__, templates_digest(templates, self.fmt, self.doc_id), self.fmt, self.doc_id,
                   self.created.isoformat(), view_digest, *photos, f"pieces of {pieces.piece_pages()} pages",
                   *(f"{name}:{key(data.decode())}" for name, data in sorted(self.attachments.items())))


@dataclass(frozen=True)
class Done:
    label: str
    seconds: float
    peak_rss: int                # bytes: the peak memory of the process while it ran the job (Linux; else so far)
    detail: str = ""             # "piece 3 of 14", "joined": a share of a long PDF's work (render/pieces.py)


@contextmanager
def _dated(created: dt.datetime) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to the file's date while it is written: fontTools' subset timestamps."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(created.timestamp()))
    try:
        yield
    finally:
        if given is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = given


def _start() -> float:
    """A task begins: on Linux, the process's peak memory so far is forgotten (a worker runs many tasks), so
    that the peak _done reports is this task's own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return time.perf_counter()


def _peak() -> int:
    try:
        status = Path("/proc/self/status").read_text()
        return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) * 1024
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _done(label: str, start: float, detail: str = "") -> Done:
    return Done(label, time.perf_counter() - start, _peak(), detail)


def run(job: Job) -> Done:
    """Render one whole file (in a worker process, or in the main one)."""
    # Imported here: a build that reuses every file never loads WeasyPrint or python-docx.
    from pipeline.render.docx import write_docx
    from pipeline.render.html import render_document
    from pipeline.render.pdf import write_pdf

    start = _start()
    with _dated(job.created):
        if job.fmt == "pdf":
            write_pdf(render_document(job.doc_id, job.view, "print", job.created), job.target,
                      attachments=job.attachments, created=job.created)
        else:
            write_docx(job.doc_id, job.view, job.target, job.created)
    return _done(job.label, start)


def _piece_html(job: Job, piece: Piece) -> str:
    from pipeline.render.html import FULL, render_document
    return render_document(job.doc_id, piece.frame if job.doc_id == FULL else piece.view, "print", job.created,
                           piece)


def run_piece(job: Job, n: int, count: int, piece: Piece, target: Path) -> tuple[Done, Laid]:
    """Lay out one piece of a long PDF. job.attachments: given to the piece that opens the joined document."""
    from pipeline.render.pdf import write_piece

    start = _start()
    with _dated(job.created):
        laid = write_piece(_piece_html(job, piece), target, job.attachments, job.created)
    return _done(job.label, start, f"piece {n + 1} of {count}"), laid


def run_join(job: Job, paths: list[Path], laid: list[Laid]) -> Done:
    """Join a long PDF's pieces: the dossier's cover and contents laid out first, now that the page of every
    anchor is known; then the page numbers (a folio) laid out and stamped on every page."""
    from pipeline.render.html import FULL, render_folio
    from pipeline.render.join import join
    from pipeline.render.pdf import write_folio

    start = _start()
    with _dated(job.created):
        if job.doc_id == FULL:
            paths, laid = [paths[0].with_name("front.pdf"), *paths], [_front(job, laid, paths[0]), *laid]
        total = sum(piece.pages for piece in laid)

        def folio(first: int, last: int) -> Path:
            path = paths[0].with_name(f"folio-{first}.pdf")
            write_folio(render_folio(job.view.masthead, first, last, total, cover=job.doc_id == FULL), path)
            return path
        join(paths, laid, folio, job.target)
    return _done(job.label, start, "joined")


def _front(job: Job, laid: list[Laid], beside: Path) -> Laid:
    """The dossier's cover and contents, numbered as if they took `assumed` pages: the cover and one page of
    contents, laid out again in the rare case that they take more (the numbers then move by that much)."""
    from pipeline.render.pdf import write_piece

    assumed = 2
    for _ in range(3):
        front = pieces.front(job.view, _page_numbers(laid, assumed))
        head = write_piece(_piece_html(job, front), beside.with_name("front.pdf"), job.attachments, job.created)
        if head.pages == assumed:
            return head
        assumed = head.pages
    raise RuntimeError(f"the contents do not settle on a page count ({assumed} pages last time)")


def _page_numbers(laid: list[Laid], first: int) -> dict[str, int]:
    """anchor → the page it is on (numbered from 1), the pieces following `first` pages of front matter."""
    pages, offset = {}, first
    for piece in laid:
        for name, index in piece.anchors.items():
            pages.setdefault(name, offset + index + 1)
        offset += piece.pages
    return pages


def reuse(previous: Path, target: Path) -> None:
    """The unchanged output of the last build, linked (or copied) into the staging folder."""
    try:
        os.link(previous, target)
    except OSError:
        target.write_bytes(previous.read_bytes())
