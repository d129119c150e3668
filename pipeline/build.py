"""The pipeline's stages in order, each timed and reported on one line:
ingest → validate → model → views → render (html, pdf, docx) → publish."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from pipeline.archive import BUILD_INFO, build_info, checksums, previous_data, sha256
from pipeline.assemble import assemble
from pipeline.editions import EDITIONS, Edition
from pipeline.findings import Finding, Severity
from pipeline.ingest import RawInputs, read_inputs
from pipeline.publish import staging
from pipeline.render import TEMPLATES
from pipeline.render.data import as_json, document_data, edition_data, part_name
from pipeline.render.export import participants_csv
from pipeline.render.html import FULL, render_document, render_index
from pipeline.render.ics import programme_ics
from pipeline.render.jobs import Done, Job, reuse
from pipeline.render.jobs import key as output_key
from pipeline.render.schedule import plan, render_all
from pipeline.validate import validate
from pipeline.views import (bios_view, dossier_view, event_slug, participants_view, programme_changes,
                            programme_view)

VIEWS = {"programme": programme_view, "participants": participants_view, "bios": bios_view}
FORMATS = ("html", "pdf", "docx")


@dataclass
class Report:
    """One line per stage on the terminal: name, duration, what it did; a live progress bar per rendered file
    on a terminal (rich), one plain line per file otherwise (CI, make in a pipe). Keeps the figures for bench."""

    stream: TextIO = field(default_factory=lambda: sys.stderr)
    stages: dict[str, float] = field(default_factory=dict)
    jobs: list[Done] = field(default_factory=list)
    sampler: object = None       # bench's memory sampler: reset() at a stage's start, peak() at its end
    peaks: dict[str, int] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[list[str]]:
        note: list[str] = []
        if self.sampler:
            self.sampler.reset()
        start = time.perf_counter()
        yield note
        elapsed = self.stages[name] = time.perf_counter() - start
        if self.sampler:
            self.peaks[name] = self.sampler.peak()
        print(f"  {name:<13}{elapsed:7.2f} s  {' '.join(note)}".rstrip(), file=self.stream, flush=True)

    @contextmanager
    def progress(self, total: int) -> Iterator[Callable[[Done], None]]:
        """Yields done(result), called as each file is rendered."""
        if total and self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            with Progress(TextColumn("  rendering"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          TextColumn("{task.description}"), console=Console(file=self.stream),
                          transient=True) as bar:
                task = bar.add_task("", total=total)

                def done(result: Done) -> None:
                    self.jobs.append(result)
                    bar.update(task, advance=1, description=f"{result.label} {result.detail}")
                yield done
            return

        def done(result: Done) -> None:
            self.jobs.append(result)
            label = f"{result.label} ({result.detail})" if result.detail else result.label
            print(f"    {label:<44}{result.seconds:7.2f} s", file=self.stream, flush=True)
        yield done


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


# The inputs each document shows: its date is the newest of theirs, so editing a bio leaves the participant
# list's bytes (and its cached file) as they were.
DEPENDS = {
    "programme": ("announcement.md", "programme.*", "bios/*"),
    "participants": ("announcement.md", "participants.*"),
    "bios": ("announcement.md", "programme.*", "bios/*", "photos/**/*"),
    FULL: ("**/*",),
}


def build_time(inputs: Path, patterns: tuple[str, ...] = ("**/*",)) -> dt.datetime:
    """The time stamped into an output: SOURCE_DATE_EPOCH when set, else when the inputs it shows last
    changed, so that building the same inputs again gives byte-identical files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        epoch = max((p.stat().st_mtime for pattern in patterns for p in inputs.glob(pattern) if p.is_file()),
                    default=0)
    return dt.datetime.fromtimestamp(int(float(epoch)), dt.timezone.utc)


def _previous_keys(folder: Path, edition: Edition) -> dict[str, str]:
    """The keys of the outputs the last build left in folder (from its build-info), if any."""
    try:
        return json.loads((folder / edition.file(BUILD_INFO, "json")).read_text(encoding="utf-8"))["outputs"]
    except (OSError, ValueError, KeyError):
        return {}


def build(raw: RawInputs, out: Path, report: Report, editions: tuple[Edition, ...] = tuple(EDITIONS.values()),
          archive_dir: Path = Path("archive"), workers: int | None = None) -> dict[str, dict[str, dict[str, int]]]:
    """Render every document of every edition in every format into out/<edition>/; returns the sizes written.
    archive_dir: where earlier versions were archived, to show what changed since the last one.
    workers: processes rendering PDF and DOCX files at once (default: one per core)."""
    with report.stage("model") as note:
        dossier = assemble(raw)
        note.append(f"{len(dossier.programme)} items, {len(dossier.participants)} participants, "
                    f"{len(dossier.bios)} bios")
    dates = {doc_id: build_time(raw.root, patterns) for doc_id, patterns in DEPENDS.items()}
    created = dates[FULL]  # the edition's: the newest of all its inputs
    slug = event_slug(dossier)
    sums = {"inputs": checksums(raw.root), "templates": checksums(TEMPLATES)}  # read once: info and cache keys
    infos = {edition: build_info(sums["inputs"], sums["templates"], edition, created, slug) for edition in editions}
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
            attached = {}  # edition → document → {file name: JSON}: what each PDF carries
            for edition, docs in views.items():
                data = edition_data(docs[FULL])
                (folder / edition.name / edition.file("data", "json")).write_bytes(as_json(data))
                attached[edition] = {doc_id: {edition.file(part_name(doc_id), "json"):
                                              as_json(document_data(doc_id, data))} for doc_id in docs}
                (folder / edition.name / edition.file("programme", "ics")).write_bytes(
                    programme_ics(docs["programme"], dates["programme"], slug))
                if edition.internal:
                    (folder / edition.name / edition.file("participants", "csv")).write_bytes(
                        participants_csv(dossier))
            note.append("data.json, programme.ics, and the organisers' participants.csv")
        with report.stage("render") as note:
            jobs, reused = [], 0
            for edition, docs in views.items():
                previous = _previous_keys(out / edition.name, edition)
                outputs = infos[edition]["outputs"] = {}
                for job in _jobs(edition, docs, folder, dates, attached[edition], raw.root, sums, outputs):
                    last = out / edition.name / job.target.name
                    if previous.get(job.target.name) == outputs[job.target.name] and last.is_file():
                        reuse(last, job.target)
                        reused += 1
                    else:
                        jobs.append(job)
            tasks = plan(jobs)
            with report.progress(tasks.count) as done:
                render_all(tasks, workers or os.cpu_count() or 1, done)
            pieced = f" ({len(tasks.long)} long PDFs laid out in pieces)" if tasks.long else ""
            note.append(f"{len(jobs)} PDF and DOCX files rendered{pieced}, {reused} unchanged and reused")
        with report.stage("publish") as note:
            for edition, docs in views.items():
                here = folder / edition.name
                (here / edition.file(BUILD_INFO, "json")).write_text(json.dumps(infos[edition], indent=1) + "\n",
                                                                     encoding="utf-8")
                sizes[edition.name] = {doc_id: {ext: (here / edition.file(doc_id, ext)).stat().st_size
                                                for ext in FORMATS} for doc_id in docs}
                (here / edition.file("index", "html")).write_text(
                    render_index(docs[FULL].masthead, sizes[edition.name]), encoding="utf-8")
            note.append(f"{len(editions)} editions → {out}/{{{','.join(e.name for e in editions)}}}")
    return sizes


def _jobs(edition: Edition, docs: dict, folder: Path, dates: dict[str, dt.datetime],
          attached: dict[str, dict[str, bytes]], root: Path, sums: dict[str, dict[str, str]],
          outputs: dict[str, str]) -> Iterator[Job]:
    """The edition's PDF and DOCX files as jobs, each file's key put in `outputs` (its build-info)."""
    for doc_id, view in docs.items():
        view_digest = output_key(repr(view))  # once for both formats
        photos = tuple(_photo_digest(e.bio.photo, root, sums["inputs"]) for e in _bios_of(view) if e.bio.photo)
        for fmt in ("pdf", "docx"):
            job = Job(fmt, doc_id, view, folder / edition.name / edition.file(doc_id, fmt), dates[doc_id],
                      attached[doc_id] if fmt == "pdf" else {})
            outputs[job.target.name] = job.key(view_digest, sums["templates"], photos)
            yield job


def _photo_digest(path: Path, root: Path, inputs: dict[str, str]) -> str:
    """A photo's SHA-256 from the inputs' checksums; read again only when named by another path (a link)."""
    try:
        return inputs[str(path.relative_to(root))]
    except (KeyError, ValueError):
        return sha256(path)


def _bios_of(view) -> tuple:
    """The bio entries a document shows (their photos are in its files)."""
    bios = getattr(view, "bios", view)
    return getattr(bios, "entries", ())
