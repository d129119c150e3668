"""The build's plan for its PDF and DOCX files: for every edition and document (documents.py), the file and the
units it is made of (render/compose/units.py); which files the last build left unchanged (linked, not made again),
which units earlier builds laid out (taken from the cache), and the tasks left: units to make first, then
the files that wait for them (render/compose/workers.py runs them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.documents import DOCUMENTS, FULL, IN_DOSSIER, documents_of
from pipeline.editions import Edition
from pipeline.render.compose import units as units_
from pipeline.render.compose.cache import Keys, Store, previous_keys, reuse
from pipeline.render.compose.jobs import (
    DocxFile,
    PdfFile,
    PersonalFile,
    front_unit,
    lay_out_unit,
    make_docx,
    make_pdf,
    make_personal,
    write_docx_unit,
)
from pipeline.render.compose.stamp import stamps
from pipeline.render.compose.units import Unit
from pipeline.views.document import document_meta


@dataclass
class Task:
    fn: Callable
    args: tuple
    label: str
    weight: float = 0.0                  # heavier units start first
    needs: tuple[str, ...] = ()          # the unit keys a file waits for
    gives: str = ""                      # the unit key a unit task makes
    alone: bool = False                  # runs with no other task beside it (memory: ALONE_PAGES)


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)   # edition → "<lang>/<file name>" → its key
    used: dict[str, set[str]] = field(default_factory=dict)            # edition → the units its files hold
    reused_files: int = 0
    reused_units: list[str] = field(default_factory=list)             # labels of the units found in the cache
    pieces: bool = False                                              # some document is laid out in pieces

    @property
    def units(self) -> int:
        return sum(bool(task.gives) for task in self.tasks)


def plan(views: dict[tuple, dict], editions: tuple[Edition, ...], folder: Path, out: Path, store: Store,
         keys: Keys, dates: dict[str, dt.datetime], attached: dict[tuple, dict[str, dict[str, bytes]]],
         personal: tuple = ()) -> Plan:
    """views: per edition and language ((Edition, Language) pairs), each document's view; attached: per edition,
    language and document, the data its PDF carries. Files go to <edition>/<language code>/. personal: each
    person's own documents (views/letters.Personal), for the organisers' edition, in their own folders."""
    planner = _Planner(editions, store, keys)
    for (edition, lang), docs in views.items():
        planner.edition(edition, lang, docs, folder / edition.name, out / edition.name, dates,
                        attached[edition, lang])
    for edition in (e for e in editions if e.internal and personal):
        planner.personal(edition, personal, folder / edition.name, out / edition.name)
    return planner.finish()


# People's own documents are laid out in batches of this many, a task each (render/compose/jobs.make_personal).
PERSONAL_BATCH = 40


# A heavy file is joined alone: qpdf holds a joined PDF's objects in memory, about 0.55 MB a page with its
# tagged structure, so two 2,000-page dossiers joined at once (beside the build's own views) would pass 2 GB.
ALONE_PAGES = 1000


class _Planner:
    def __init__(self, editions: tuple[Edition, ...], store: Store, keys: Keys):
        self.editions, self.store, self.keys = editions, store, keys
        self.cached = store.cached()
        self.plan = Plan()
        self.units: dict[str, Task] = {}            # key → the task that makes the unit
        self.holders: dict[str, set[str]] = {}     # key → the editions whose files hold the unit
        self.of_view: dict[tuple, tuple[str, ...]] = {}  # (maker, document, its view) → its units' keys
        self.glyphs = self._layout(units_.glyphs(), "the stamps' glyphs", 1e9)  # every PDF's stamps need it

    def _unit(self, key: str, make: Task) -> str:
        self.units.setdefault(key, make)
        self.holders.setdefault(key, set())
        return key

    def _layout(self, unit: Unit, label: str, weight: float) -> str:
        key = self.keys.layout(unit)
        return self._unit(key, Task(lay_out_unit, (unit, key, self.store), f"lay out {label}", weight, gives=key))

    def _held(self, edition: Edition, make, doc_id: str, view, *args) -> tuple[str, ...]:
        """The units make(doc_id, view, *args) gives for a document's view: made and keyed once for a view the
        editions share (their views are then the very same object: build.edition_views)."""
        memo = (make, doc_id, id(view))
        if memo not in self.of_view:
            self.of_view[memo] = make(doc_id, view, *args)
        for key in self.of_view[memo]:
            self.holders[key].add(edition.name)
        return self.of_view[memo]

    def _cut(self, doc_id: str, view) -> tuple[str, ...]:
        doc, cut = DOCUMENTS[doc_id], units_.cut(DOCUMENTS[doc_id], view)
        self.plan.pieces |= len(cut) > 1
        return tuple(self._layout(u, doc_id + (f", piece {n + 1} of {len(cut)}" if len(cut) > 1 else ""),
                                  doc.weight * max(units_.estimate(doc, u.view), 1.0))
                     for n, u in enumerate(cut))

    def _announcement(self, _doc_id: str, view) -> tuple[str, ...]:
        # Short, and every dossier waits for it: it goes first.
        return (self._layout(units_.announcement(view), "announcement", 1e8),)

    def _text(self, doc_id: str, view, pages: float, parts: tuple[str, ...] = ()) -> tuple[str, ...]:
        """A DOCX text, which costs about a fifth of laying out as many pages."""
        key = self.keys.docx(doc_id, view, parts)
        return (self._unit(key, Task(write_docx_unit, (doc_id, view, key, self.store), f"write {doc_id}.docx text",
                                     0.2 * max(pages, 1.0), gives=key)),)

    def edition(self, edition: Edition, lang, docs: dict, folder: Path, last: Path, dates: dict,
                attached: dict) -> None:
        """The edition's files in one language: each document's PDF and DOCX. folder, last: the edition's folder
        in this build's staging folder and in the last build's output."""
        previous = previous_keys(last, edition)
        self.plan.outputs.setdefault(edition.name, {})
        self.plan.used.setdefault(edition.name, {self.glyphs})
        for doc in (*(d for d in documents_of(edition.name) if d.id != FULL), DOCUMENTS[FULL]):
            if doc.id not in docs:  # a document of the pack with nothing to show
                continue
            stamped = stamps(lang, edition.internal) if doc.stamped else stamps(lang, False, numbers=False)
            view, dossier = docs[doc.id], doc.id == FULL
            meta = document_meta(lang._(doc.title), view.masthead, edition)
            parts = IN_DOSSIER if dossier else (doc,)
            pages = {part.id: units_.estimate(part, docs[part.id]) for part in parts}
            layouts, texts = (), ()
            for part in parts:
                layouts += self._held(edition, self._cut, part.id, docs[part.id])
                if "docx" in part.formats:
                    texts += self._held(edition, self._text, part.id, docs[part.id], pages[part.id])
            if dossier:
                layouts = self._held(edition, self._announcement, FULL, view) + layouts
                texts = self._held(edition, self._text, FULL, view, sum(pages.values()), texts)
            name = folder / lang.code / edition.file(doc.id, "pdf")
            self._file(PdfFile(name, layouts, 2 if dossier else 1, stamped, meta, dates[doc.id],
                               attached[doc.id], self.glyphs, dossier=view.frame() if dossier else None,
                               front_salt=self.keys.front_salt() if dossier else "", restart=doc.numbered_by),
                       make_pdf, edition, last, previous, alone=sum(pages.values()) > ALONE_PAGES)
            if "docx" in doc.formats:
                self._file(DocxFile(name.with_suffix(".docx"), texts[0], meta, dates[doc.id], lang.tag,
                                    f"{view.masthead.dates}, {view.masthead.place}", stamped.mark),
                           make_docx, edition, last, previous)

    def personal(self, edition: Edition, documents: tuple, folder: Path, last: Path) -> None:
        """Each person's own documents: linked from the last build when unchanged, else laid out in batches."""
        previous = previous_keys(last, edition)
        outputs, used = self.plan.outputs.setdefault(edition.name, {}), self.plan.used.setdefault(edition.name, set())
        waiting = []
        for doc in documents:
            key = outputs[doc.path] = self.keys.personal(doc.doc_id, doc.view, doc.date)
            used.add(key)
            target = folder / doc.path
            if previous.get(doc.path) == key and (last / doc.path).is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                reuse(last / doc.path, target)
                self.plan.reused_files += 1
            else:
                waiting.append(PersonalFile(target, key, doc.doc_id, doc.view, doc.date))
        for start in range(0, len(waiting), PERSONAL_BATCH):
            batch = tuple(waiting[start:start + PERSONAL_BATCH])
            self.plan.tasks.append(Task(make_personal, (batch, self.store), f"{edition.name}/letters and "
                                        f"certificates {start + 1}–{start + len(batch)} of {len(waiting)}",
                                        weight=float(len(batch))))

    def _file(self, file, make, edition: Edition, last: Path, previous: dict[str, str], alone: bool = False) -> None:
        """A file: linked from the last build when its key is unchanged, else a task waiting for its units."""
        name = f"{file.target.parent.name}/{file.target.name}"  # <language>/<file name>
        key = self.plan.outputs[edition.name][name] = file.key()
        self.plan.used[edition.name].update(file.units)
        if previous.get(name) == key and (last / name).is_file():
            reuse(last / name, file.target)
            self.plan.reused_files += 1
            if isinstance(file, PdfFile) and file.dossier is not None:
                self.plan.used[edition.name] |= self._front_of(file)
            return
        needs = (*file.units, self.glyphs) if isinstance(file, PdfFile) else file.units
        self.plan.tasks.append(Task(make, (file, self.store), file.label, needs=needs, alone=alone))

    def _front_of(self, file: PdfFile) -> set[str]:
        """A reused dossier's front, so that the cache keeps it: its key, when its units' layouts are at hand."""
        if not set(file.units) <= self.cached:
            return set()
        _, key = front_unit(file, [self.store.laid(k) for k in file.units], assumed=2)
        return {key}

    def finish(self) -> Plan:
        """The units the files to make need: taken from the cache, or made first, heaviest first."""
        wanted = {k for task in self.plan.tasks for k in task.needs}
        order = [e.name for e in self.editions]
        for key in sorted(wanted, key=lambda k: -self.units[k].weight):
            task = self.units[key]
            holders = sorted(self.holders[key] - {""}, key=order.index)
            if holders:
                task.label = f"{task.label} ({', '.join(holders)})"
            if key in self.cached:
                self.plan.reused_units.append(task.label)
            else:
                self.plan.tasks.append(task)
        return self.plan
