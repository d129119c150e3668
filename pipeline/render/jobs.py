"""Rendering jobs: one PDF or DOCX file each, independent of the others, so they run in parallel worker
processes; each has a key (a hash of everything its bytes depend on), so an unchanged output is reused.

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
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__

# Heavier jobs first, so that the last job to finish is a short one (about the relative costs measured).
WEIGHT = {("pdf", "dossier"): 10, ("pdf", "bios"): 4, ("pdf", "programme"): 3, ("pdf", "participants"): 3,
          ("docx", "dossier"): 2, ("docx", "bios"): 1, ("docx", "programme"): 1, ("docx", "participants"): 1}


# The template files each output is made from, so that editing one re-renders only the outputs it shapes.
_PRINT = ("base.html.j2", "macros.html.j2", "css/print.css", "fonts/*")
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
                   self.created.isoformat(), view_digest, *photos,
                   *(f"{name}:{key(data.decode())}" for name, data in sorted(self.attachments.items())))


@dataclass(frozen=True)
class Done:
    label: str
    seconds: float
    peak_rss: int                # bytes: the peak of the process that ran the job, so far


def run(job: Job) -> Done:
    """Render one job (in a worker process, or in the main one)."""
    # Imported here: a build that reuses every file never loads WeasyPrint or python-docx.
    from pipeline.render.docx import write_docx
    from pipeline.render.html import render_document
    from pipeline.render.pdf import write_pdf

    start = time.perf_counter()
    given = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(job.created.timestamp()))  # fontTools' subset timestamps
    try:
        if job.fmt == "pdf":
            write_pdf(render_document(job.doc_id, job.view, "print", job.created), job.target,
                      attachments=job.attachments, created=job.created)
        else:
            write_docx(job.doc_id, job.view, job.target, job.created)
    finally:
        if given is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = given
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return Done(job.label, time.perf_counter() - start, peak)


def reuse(previous: Path, target: Path) -> None:
    """The unchanged output of the last build, linked (or copied) into the staging folder."""
    try:
        os.link(previous, target)
    except OSError:
        target.write_bytes(previous.read_bytes())
