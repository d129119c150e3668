"""The pipeline's stages in order, each timed and reported on one line:
ingest → validate → model → views → render (html, data, pdf and docx) → publish."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path, PurePosixPath

from pipeline.archive import build_info, checksums, previous_data
from pipeline.assemble import assemble
from pipeline.documents import DOCUMENTS, FULL, IN_DOSSIER, documents_of
from pipeline.editions import EDITIONS, Edition
from pipeline.findings import Finding, Severity
from pipeline.ingest import RawInputs, read_inputs
from pipeline.language import Language, language
from pipeline.model import Dossier
from pipeline.publish import staging
from pipeline.render import TEMPLATES
from pipeline.render.compose.cache import (
    CACHE_FILE,
    Keys,
    Store,
    build_time,
    cache_dir,
    document_dates,
)
from pipeline.render.compose.plan import plan
from pipeline.render.compose.workers import run, server
from pipeline.render.formats.c3voc import schedule, schedule_json, schedule_xml
from pipeline.render.formats.data import as_json, document_data, edition_data, part_name
from pipeline.render.formats.export import participants_csv
from pipeline.render.formats.html import render_index, render_languages, render_page
from pipeline.render.formats.ics import programme_ics
from pipeline.report import Report
from pipeline.uptodate import BUILD_INFO, STAMP_KEY
from pipeline.validate import validate
from pipeline.views.document import event_slug
from pipeline.views.dossier import dossier_view
from pipeline.views.letters import personal_documents
from pipeline.views.programme import programme_changes
from pipeline.views.report import PART_ANCHORS, report_text


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
    def count(n: int, word: str) -> str:
        return f"{n} {word}{'s' * (n != 1)}"

    parts = [f"{kind} {count(len(table.frame), 'row')}" for kind, table in
             (("programme", raw.programme), ("participants", raw.participants)) if table is not None]
    return ", ".join([*parts, count(len(raw.bios), "bio")])


def edition_views(dossier: Dossier, edition: Edition, lang: Language, previous: tuple[int, dict] | None,
                  shared: dict) -> dict:
    """What each document of the edition shows in a language; previous: the last archived version (its number
    and data in that language), whose programme the changes are counted from. shared: the views that are the
    same in every edition, made once per language (the very same objects, so that their units' keys are taken
    once too: render/compose/plan.py)."""
    parts = {}
    wanted = dossier.conference.pack.documents
    for doc in (doc for doc in documents_of(edition.name) if doc.id != FULL and (doc.id in wanted or not doc.pack)):
        if doc.by_edition:
            parts[doc.id] = doc.view(dossier, edition, lang)
        elif (doc.id, lang) in shared:
            parts[doc.id] = shared[doc.id, lang]
        else:
            parts[doc.id] = shared[doc.id, lang] = doc.view(dossier, edition, lang)
        if parts[doc.id] is None:  # a document of the pack with nothing to show: not made (not_made says why)
            del parts[doc.id]
    if previous:
        since, data = previous
        parts["programme"] = replace(parts["programme"],
                                     changes=programme_changes(parts["programme"], data["programme"], since))
    full = dossier_view(dossier, tuple((doc.id, lang._(doc.title), parts[doc.id]) for doc in IN_DOSSIER), lang)
    return {**parts, FULL: full}


def not_made(dossier: Dossier, editions: tuple[Edition, ...]) -> str:
    """Why a document of the organisers' working pack that the event wants is not made, in the build's report."""
    wanted = dossier.conference.pack.documents if any(e.name == "organisers" for e in editions) else ()
    said = []
    if "certificates" in wanted:
        if all(p.attended is None for p in dossier.participants):
            said.append("no certificates of attendance: the participants table has no Attended column")
        elif not any(p.attended for p in dossier.participants):
            said.append("no certificates of attendance: nobody is marked yes in the Attended column")
    if "briefings" in wanted and not any(item.chairs for item in dossier.programme):
        said.append("no chair briefings: nobody chairs a session")
    return "; " + "; ".join(said) if said else ""


def build(raw: RawInputs, out: Path, report: Report, editions: tuple[Edition, ...] = tuple(EDITIONS.values()),
          archive_dir: Path = Path("archive"), workers: int | None = None,
          stamp: str = "", on_pages: Callable[[Path], None] | None = None) -> dict[str, dict[str, dict[str, int]]]:
    """Render every document of every edition in every format into out/<edition>/; returns the sizes written.
    archive_dir: where earlier versions were archived, to show what changed since the last one.
    workers: processes rendering PDF and DOCX files at once (default: one per core).
    stamp: what the build read, taken before it read it (uptodate.py), kept in each edition's build-info so that
    the next build of the same can stop at once.
    on_pages: told the staging folder once the web pages are written there, before the PDFs are done."""
    workers = workers or os.cpu_count() or 1
    with staging(out) as folder:
        work = folder / ".work"  # the units this build makes: gone with the staging folder
        work.mkdir()
        with server(workers) as temporary:
            with report.stage("model") as note:
                dossier = assemble(raw)
                note.append(f"{len(dossier.programme)} items, {len(dossier.participants)} participants, "
                            f"{len(dossier.bios)} bios")
            facts = Facts(raw.root, dossier, editions)
            langs = tuple(language(code) for code in dossier.conference.languages)
            with report.stage("views") as note:
                shared: dict = {}
                views = {(edition, lang): edition_views(dossier, edition, lang, previous_data(
                    archive_dir, facts.slug, edition, facts.infos[edition]["fingerprint"], lang.code), shared)
                    for edition in editions for lang in langs}
                note.append(f"{sum(map(len, views.values()))} documents in {len(editions)} editions × "
                            f"{len(langs)} language{'s' * (len(langs) != 1)}" + not_made(dossier, editions))
            for edition in editions:
                for lang in langs:
                    (folder / edition.name / lang.code).mkdir(parents=True)
            attached = _data(views, facts, folder, report)
            store = Store(cache_dir() / CACHE_FILE, work)
            (out / ".cache.sqlite").unlink(missing_ok=True)  # where earlier versions kept it: the output is editions
            # The web pages are written by a thread while the workers lay out and join the PDFs: the build's own
            # process has nothing else to do meanwhile. The thread ends before the staging folder can go.
            with ThreadPoolExecutor(1, thread_name_prefix="dossier-pages") as beside, \
                    report.stage("render") as note:
                personal = _personal(dossier, editions, facts, archive_dir)
                planned = plan(views, editions, folder, out, store, facts.keys, facts.dates, attached, personal)
                store.touch(set().union(*planned.used.values()))  # not evicted by a concurrent build meanwhile
                report.reused_units = planned.reused_units
                pages = beside.submit(_pages, views, folder, on_pages)
                with report.progress(len(planned.tasks)) as done:
                    run(planned.tasks, workers, done, temporary, fresh=planned.pieces)
                report.record("render html", *pages.result())
                note.append(f"{len(planned.tasks) - planned.units} PDF and DOCX files made from "
                            f"{planned.units + len(planned.reused_units)} units ({planned.units} laid out or "
                            f"written, {len(planned.reused_units)} from the cache; {report.laid_out} pages laid "
                            f"out for {report.published} published), {planned.reused_files} files unchanged "
                            "and reused")
            with report.stage("publish") as note:
                folders = Counter(str(PurePosixPath(one.path).parent) for one in personal)
                sizes = {edition.name: _index(edition, {lang: views[edition, lang] for lang in langs},
                                              folder / edition.name, facts, planned.outputs, stamp,
                                              folders if edition.internal else {})
                         for edition in editions}
                # The dossiers' fronts, keyed in the workers once their page numbers were known (a file's
                # label is "<edition>/<file name>").
                fronts = {job.label.split("/")[0]: set(job.made) for job in report.jobs if job.made}
                kept = store.commit(set().union(*planned.used.values(), *fronts.values()))
                note.append(f"{len(editions)} editions → {out}/{{{','.join(e.name for e in editions)}}}; "
                            f"{kept} units in the cache ({store.db.parent})")
    return sizes


def _personal(dossier: Dossier, editions: tuple[Edition, ...], facts: Facts, archive_dir: Path) -> tuple:
    """Each person's own documents (their letters, their certificate), for the organisers' edition."""
    if not any(e.internal for e in editions) or not dossier.letters:
        return ()
    return personal_documents(dossier, facts.letter_dates, facts.dates["certificates"],
                              letter_changes(dossier, facts, archive_dir))


def letter_changes(dossier: Dossier, facts: Facts, archive_dir: Path) -> dict:
    """A letter's {{ changes }} in each language: what changed in the organisers' programme since its last
    archived version (the letters' PDFs and their e-mails say the same)."""
    organisers = EDITIONS["organisers"]
    fingerprint = facts.infos[organisers]["fingerprint"] if organisers in facts.infos else ""
    changes = {}
    for code in dossier.conference.languages:
        lang = language(code)
        previous = previous_data(archive_dir, facts.slug, organisers, fingerprint, code)
        view = DOCUMENTS["programme"].view(dossier, organisers, lang)
        changes[code] = programme_changes(view, previous[1]["programme"], previous[0]) if previous else None
    return changes


class Facts:
    """What every stage after the model reads: the documents' dates, the event's slug, the checksums of the
    inputs and templates (read once, for build-info and every cache key), each edition's build-info."""

    def __init__(self, root: Path, dossier: Dossier, editions: tuple[Edition, ...]):
        self.dates = document_dates(root)
        # A letter is dated when its text last changed (the original or a translation).
        self.letter_dates = {letter.id: build_time(root, (f"letters/{letter.id}.md", f"letters/{letter.id}.*.md"))
                             for letter in dossier.letters}
        self.slug = event_slug(dossier)
        self.dossier = dossier
        inputs, templates = checksums(root), checksums(TEMPLATES)
        self.infos = {edition: build_info(inputs, templates, edition, self.dates[FULL], self.slug)
                      for edition in editions}
        self.keys = Keys.of(root, inputs, templates, self.infos[editions[0]]["libraries"])


def _pages(views: dict[tuple, dict], folder: Path, on_pages: Callable[[Path], None] | None) -> tuple[float, list]:
    """The web pages of each edition in each language; on_pages(folder) is told as soon as they are all written
    (`dossier serve` shows them before the PDFs are done). Returns the time taken and a note for the report."""
    start, pages = time.perf_counter(), 0
    for (edition, lang), docs in views.items():
        for doc_id, view in docs.items():
            if "html" in DOCUMENTS[doc_id].formats:  # not the working pack's: print only
                (folder / edition.name / lang.code / edition.file(doc_id, "html")).write_text(
                    render_page(doc_id, view, edition), encoding="utf-8")
                pages += 1
    if on_pages:
        on_pages(folder)
    return time.perf_counter() - start, [f"{pages} pages, written beside the PDFs"]


def _data(views: dict[tuple, dict], facts: Facts, folder: Path, report: Report) -> dict:
    """data.json, the calendar and the organisers' CSV of each edition in each language; returns, per (edition,
    language) and document, the data each PDF carries ({file name: JSON})."""
    attached = {}
    export = participants_csv(facts.dossier)  # the organisers' export: the same in every language
    with report.stage("render data") as note:
        for (edition, lang), docs in views.items():
            here = folder / edition.name / lang.code
            data = edition_data(docs[FULL], edition, docs.get("statistics"))
            (here / edition.file("data", "json")).write_bytes(as_json(data))
            attached[edition, lang] = {doc_id: {edition.file(part_name(doc_id), "json"):
                                                as_json(document_data(doc_id, data))} if part_name(doc_id) else {}
                                       for doc_id in docs}
            (here / edition.file("programme", "ics")).write_bytes(
                programme_ics(docs["programme"], facts.dates["programme"], facts.slug))
            frab = schedule(docs[FULL], facts.slug, facts.dates["programme"], facts.dossier.conference.pack.url)
            (here / edition.file("schedule", "json")).write_bytes(schedule_json(frab))
            (here / edition.file("schedule", "xml")).write_bytes(schedule_xml(frab))
            if edition.internal:
                (here / edition.file("participants", "csv")).write_bytes(export)
        note.append("data.json, programme.ics, schedule.json and .xml, and the organisers' participants.csv")
    return attached


def _index(edition: Edition, by_language: dict[Language, dict], here: Path, facts: Facts,
           outputs: dict, stamp: str, folders: dict[str, int]) -> dict[str, dict[str, dict[str, int]]]:
    """The edition's build-info (with the key of each file and the build's stamp), each language's index page and
    the edition's page that leads to them; returns the files' sizes by language and document. folders: the
    folders of each person's own documents ("letters/invitation"), with how many files each holds."""
    info = {**facts.infos[edition], "outputs": outputs[edition.name], **({STAMP_KEY: stamp} if stamp else {})}
    (here / edition.file(BUILD_INFO, "json")).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    sizes = {}
    for lang, docs in by_language.items():
        folder = here / lang.code
        sizes[lang.code] = {doc_id: {ext: (folder / edition.file(doc_id, ext)).stat().st_size
                                     for ext in DOCUMENTS[doc_id].formats} for doc_id in docs}
        # After the event, the page opens with the report, linking the edition's own pages.
        report = report_text(facts.dossier, lang, {doc_id: edition.file(doc_id, "html") for doc_id in PART_ANCHORS}) \
            if facts.dossier.conference.held else None
        (folder / edition.file("index", "html")).write_text(
            render_index(docs[FULL].masthead, edition, sizes[lang.code], tuple(by_language), report, folders),
            encoding="utf-8")
    (here / edition.file("index", "html")).write_text(
        render_languages(tuple(docs[FULL].masthead for docs in by_language.values()), edition), encoding="utf-8")
    return sizes
