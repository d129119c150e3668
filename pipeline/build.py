"""The pipeline's stages in order, each timed and reported on one line:
ingest → validate → model → views → render (html, pdf, docx) → publish."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from pipeline.assemble import assemble
from pipeline.findings import Finding, Severity
from pipeline.ingest import RawInputs, read_inputs
from pipeline.publish import staging
from pipeline.render.docx import write_docx
from pipeline.render.html import FULL, render_document, render_index
from pipeline.render.pdf import write_pdf
from pipeline.validate import validate
from pipeline.views import bios_view, dossier_view, masthead, participants_view, programme_view

VIEWS = {"programme": programme_view, "participants": participants_view, "bios": bios_view}
FORMATS = ("html", "pdf", "docx")


@dataclass
class Report:
    """One line per stage on the terminal: name, duration, what it did."""

    stream: TextIO = field(default_factory=lambda: sys.stderr)

    @contextmanager
    def stage(self, name: str) -> Iterator[list[str]]:
        note: list[str] = []
        start = time.perf_counter()
        yield note
        elapsed = time.perf_counter() - start
        print(f"  {name:<13}{elapsed:7.2f} s  {' '.join(note)}".rstrip(), file=self.stream, flush=True)


def check_inputs(inputs: Path, report: Report) -> tuple[RawInputs, list[Finding]]:
    with report.stage("ingest") as note:
        raw, findings = read_inputs(inputs)
        note.append(_describe(raw))
    with report.stage("validate") as note:
        findings += validate(raw)  # also after reading problems: every finding comes out in one run
        errors = sum(f.severity is Severity.ERROR for f in findings)
        note.append(f"{errors} error{'s' * (errors != 1)}, {len(findings) - errors} "
                    f"warning{'s' * (len(findings) - errors != 1)}")
    return raw, findings


def _describe(raw: RawInputs) -> str:
    parts = []
    if raw.programme is not None:
        parts.append(f"programme {len(raw.programme.frame)} rows")
    if raw.participants is not None:
        parts.append(f"participants {len(raw.participants.frame)} rows")
    parts.append(f"{len(raw.bios)} bios")
    return ", ".join(parts)


def build(raw: RawInputs, out: Path, report: Report) -> dict[str, dict[str, int]]:
    """Render every document in every format into `out`; returns the sizes written."""
    with report.stage("model") as note:
        dossier = assemble(raw)
        note.append(f"{len(dossier.programme)} items, {len(dossier.participants)} participants, "
                    f"{len(dossier.bios)} bios")
    with report.stage("views") as note:
        views = {doc_id: make(dossier) for doc_id, make in VIEWS.items()}
        views[FULL] = dossier_view(dossier, **views)
        note.append(", ".join(views))
    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    sizes: dict[str, dict[str, int]] = {doc_id: {} for doc_id in views}
    with staging(out) as folder:
        with report.stage("render html") as note:
            for doc_id, view in views.items():
                (folder / f"{doc_id}.html").write_text(render_document(doc_id, view, "screen"), encoding="utf-8")
            note.append(f"{len(views)} pages")
        with report.stage("render pdf") as note:
            for doc_id, view in views.items():
                write_pdf(render_document(doc_id, view, "print"), folder / f"{doc_id}.pdf")
            note.append(f"{len(views)} documents")
        with report.stage("render docx") as note:
            for doc_id, view in views.items():
                write_docx(doc_id, view, folder / f"{doc_id}.docx", created)
            note.append(f"{len(views)} documents")
        with report.stage("publish") as note:
            for doc_id in views:
                for ext in FORMATS:
                    sizes[doc_id][ext] = (folder / f"{doc_id}.{ext}").stat().st_size
            (folder / "index.html").write_text(render_index(masthead(dossier), sizes), encoding="utf-8")
            note.append(f"{sum(len(s) for s in sizes.values()) + 1} files → {out}")
    return sizes
