"""The pipeline's stages in order, each timed and reported on one line:
ingest → validate → model → views → render (html, pdf, docx) → publish."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from pipeline.archive import BUILD_INFO, build_info, previous_data
from pipeline.assemble import assemble
from pipeline.editions import EDITIONS, Edition
from pipeline.findings import Finding, Severity
from pipeline.ingest import RawInputs, read_inputs
from pipeline.publish import staging
from pipeline.render.docx import write_docx
from pipeline.render.html import FULL, render_document, render_index
from pipeline.render.pdf import write_pdf
from pipeline.validate import validate
from pipeline.render import TEMPLATES
from pipeline.render.data import edition_json
from pipeline.render.ics import programme_ics
from pipeline.views import (bios_view, dossier_view, event_slug, participants_view, programme_changes,
                            programme_view)

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


def build_time(inputs: Path) -> dt.datetime:
    """The time stamped into every output: SOURCE_DATE_EPOCH when set, else when the inputs last changed,
    so that building the same inputs again gives byte-identical files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        epoch = max((p.stat().st_mtime for p in inputs.rglob("*") if p.is_file()), default=0)
    return dt.datetime.fromtimestamp(int(float(epoch)), dt.timezone.utc)


def build(raw: RawInputs, out: Path, report: Report, editions: tuple[Edition, ...] = tuple(EDITIONS.values()),
          archive_dir: Path = Path("archive")) -> dict[str, dict[str, dict[str, int]]]:
    """Render every document of every edition in every format into out/<edition>/; returns the sizes written.
    archive_dir: where earlier versions were archived, to show what changed since the last one."""
    with report.stage("model") as note:
        dossier = assemble(raw)
        note.append(f"{len(dossier.programme)} items, {len(dossier.participants)} participants, "
                    f"{len(dossier.bios)} bios")
    created = build_time(raw.root)
    slug = event_slug(dossier)
    infos = {edition: build_info(raw.root, TEMPLATES, edition, created, slug) for edition in editions}
    with report.stage("views") as note:
        views = {}
        for edition in editions:
            parts = {doc_id: make(dossier, edition) for doc_id, make in VIEWS.items()}
            previous = previous_data(archive_dir, slug, edition, infos[edition]["fingerprint"])
            if previous:
                since, data = previous
                parts["programme"] = replace(parts["programme"],
                                             changes=programme_changes(parts["programme"], data["programme"], since))
            views[edition] = {**parts, FULL: dossier_view(dossier, **parts)}
        note.append(f"{len(views[editions[0]])} documents × {len(editions)} editions")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(created.timestamp()))  # read by WeasyPrint and fontTools
    sizes: dict[str, dict[str, dict[str, int]]] = {}
    with staging(out) as folder:
        for edition in editions:
            (folder / edition.name).mkdir()
        with report.stage("render html") as note:
            for edition, docs in views.items():
                for doc_id, view in docs.items():
                    (folder / edition.name / edition.file(doc_id, "html")).write_text(
                        render_document(doc_id, view, "screen"), encoding="utf-8")
            note.append(f"{sum(map(len, views.values()))} pages")
        with report.stage("render data") as note:
            data = {}
            for edition, docs in views.items():
                data[edition] = {edition.file("data", "json"): edition_json(docs[FULL]).encode()}
                for name, content in data[edition].items():
                    (folder / edition.name / name).write_bytes(content)
                (folder / edition.name / edition.file("programme", "ics")).write_bytes(
                    programme_ics(docs["programme"], created, slug))
                (folder / edition.name / edition.file(BUILD_INFO, "json")).write_text(json.dumps(infos[edition], indent=1) + "\n",
                                                                encoding="utf-8")
            note.append(f"data.json, programme.ics, {BUILD_INFO}.json")
        with report.stage("render pdf") as note:
            for edition, docs in views.items():
                for doc_id, view in docs.items():
                    write_pdf(render_document(doc_id, view, "print", created), folder / edition.name /
                              edition.file(doc_id, "pdf"), attachments=data[edition], created=created)
            note.append(f"{sum(map(len, views.values()))} documents, PDF/A-3a with the edition's data attached")
        with report.stage("render docx") as note:
            for edition, docs in views.items():
                for doc_id, view in docs.items():
                    write_docx(doc_id, view, folder / edition.name / edition.file(doc_id, "docx"), created)
            note.append(f"{sum(map(len, views.values()))} documents")
        with report.stage("publish") as note:
            for edition, docs in views.items():
                here = folder / edition.name
                sizes[edition.name] = {doc_id: {ext: (here / edition.file(doc_id, ext)).stat().st_size
                                                for ext in FORMATS} for doc_id in docs}
                (here / edition.file("index", "html")).write_text(
                    render_index(docs[FULL].masthead, sizes[edition.name]), encoding="utf-8")
            note.append(f"{len(editions)} editions → {out}/{{{','.join(e.name for e in editions)}}}")
    return sizes
