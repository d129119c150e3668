"""The build's plan for its PDF and DOCX files: for every edition and document (documents.py), the file and the
units it is made of (render/units.py); which files the last build left unchanged (linked, not made again),
which units earlier builds laid out (taken from the cache), and the tasks left: units to make first, then
the files that wait for them (render/schedule.py runs them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.documents import DOCUMENTS, FULL, IN_DOSSIER, documents_of
from pipeline.editions import Edition
from pipeline.render import units as units_
from pipeline.render.cache import Keys, Store, previous_keys, reuse
from pipeline.render.jobs import DocxFile, PdfFile, front_unit, lay_out_unit, make_docx, make_pdf, write_docx_unit
from pipeline.render.units import Unit
from pipeline.views import document_meta


@dataclass
class Task:
    fn: Callable
    args: tuple
    label: str
    weight: float = 0.0                  # heavier units start first
    needs: tuple[str, ...] = ()          # the unit keys a file waits for
    gives: str = ""                      # the unit key a unit task makes


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)   # edition → file name → its key
    used: dict[str, set[str]] = field(default_factory=dict)            # edition → the units its files hold
    reused_files: int = 0
    reused_units: list[str] = field(default_factory=list)             # labels of the units found in the cache
    pieces: bool = False                                              # some document is laid out in pieces

    @property
    def units(self) -> int:
        return sum(bool(task.gives) for task in self.tasks)


@dataclass
class _Needed:
    """A unit some file holds: what it is, and who holds it (for its label)."""
    make: Task
    editions: list[str] = field(default_factory=list)


def plan(views: dict[Edition, dict], editions: tuple[Edition, ...], folder: Path, out: Path, store: Store,
         keys: Keys, dates: dict[str, dt.datetime], attached: dict[Edition, dict[str, dict[str, bytes]]]) -> Plan:
    result = Plan()
    cached = store.cached()
    needed: dict[str, _Needed] = {}
    glyphs = units_.glyphs()
    glyphs_key = keys.layout(glyphs)

    def unit(u: Unit, label: str, weight: float, edition: Edition) -> str:
        key = keys.layout(u)
        if key not in needed:
            needed[key] = _Needed(Task(lay_out_unit, (u, key, store), f"lay out {label}", weight, gives=key))
        needed[key].editions.append(edition.name)
        return key

    for edition in editions:
        docs = views[edition]
        previous = previous_keys(out / edition.name, edition)
        outputs = result.outputs[edition.name] = {}
        used = result.used[edition.name] = {glyphs_key}
        parts: dict[str, tuple[str, ...]] = {}   # a document's layout units, for its file and the dossier's
        docx: dict[str, str] = {}

        def layout_units(doc_id: str) -> tuple[str, ...]:
            if doc_id not in parts:
                doc, cut = DOCUMENTS[doc_id], units_.cut(DOCUMENTS[doc_id], docs[doc_id])
                result.pieces |= len(cut) > 1
                parts[doc_id] = tuple(
                    unit(u, doc_id + (f", piece {n + 1} of {len(cut)}" if len(cut) > 1 else ""),
                         doc.weight * max(units_.estimate(doc, u.view), 1.0), edition)
                    for n, u in enumerate(cut))
            return parts[doc_id]

        def pages(doc_id: str) -> float:
            if doc_id == FULL:
                return sum(pages(part.id) for part in IN_DOSSIER)
            return units_.estimate(DOCUMENTS[doc_id], docs[doc_id])

        for doc in (*(d for d in documents_of(edition.name) if d.id != FULL), DOCUMENTS[FULL]):
            view, meta = docs[doc.id], document_meta(doc.title, docs[doc.id].masthead, edition)
            if doc.id == FULL:
                # The announcement is short, and every dossier waits for it: it goes first.
                layouts = (unit(units_.announcement(view), "announcement", 1e8, edition),
                           *(k for part in IN_DOSSIER for k in layout_units(part.id)))
                body = keys.docx(FULL, view, edition.internal, tuple(docx[part.id] for part in IN_DOSSIER))
            else:
                layouts = layout_units(doc.id)
                body = keys.docx(doc.id, view, edition.internal)
            docx[doc.id] = body
            if body not in needed:
                # A DOCX body costs about a fifth of laying out as many pages.
                needed[body] = _Needed(Task(write_docx_unit, (doc.id, view, edition.internal, body, store),
                                            f"write {doc.id}.docx text", 0.2 * max(pages(doc.id), 1.0), gives=body))
            needed[body].editions.append(edition.name)
            pdf = PdfFile(folder / edition.name / edition.file(doc.id, "pdf"), layouts,
                          2 if doc.id == FULL else 1, edition.internal, meta,
                          dates[doc.id], attached[edition][doc.id], glyphs_key,
                          dossier=view if doc.id == FULL else None,
                          front_salt=keys.front_salt() if doc.id == FULL else "")
            word = DocxFile(folder / edition.name / edition.file(doc.id, "docx"), body, meta, dates[doc.id],
                            view.masthead.language, f"{view.masthead.dates}, {view.masthead.place}")
            for file, make in ((pdf, make_pdf), (word, make_docx)):
                file_key = outputs[file.target.name] = file.key()
                used.update(file.units)
                last = out / edition.name / file.target.name
                if previous.get(file.target.name) == file_key and last.is_file():
                    reuse(last, file.target)
                    result.reused_files += 1
                    if isinstance(file, PdfFile) and file.dossier is not None:
                        used |= _front_of(file, store, cached)
                    continue
                needs = (*file.units, glyphs_key) if isinstance(file, PdfFile) else file.units
                result.tasks.append(Task(make, (file, store), file.label, needs=needs))

    wanted = {k for task in result.tasks for k in task.needs}
    for key in sorted(wanted, key=lambda k: -needed[k].make.weight if k in needed else 0):
        if key == glyphs_key:
            if key not in cached:
                result.tasks.insert(0, Task(lay_out_unit, (glyphs, key, store), "lay out the stamps' glyphs", 1e9,
                                            gives=key))
            continue
        task = needed[key].make
        shared = sorted(set(needed[key].editions), key=[e.name for e in editions].index)
        task.label = f"{task.label} ({', '.join(shared)})"
        if key in cached:
            result.reused_units.append(task.label)
        else:
            result.tasks.append(task)
    return result


def _front_of(file: PdfFile, store: Store, cached: set[str]) -> set[str]:
    """A reused dossier's front, so that the cache keeps it: its key, when its units' layouts are at hand."""
    if not set(file.units) <= cached:
        return set()
    _, key = front_unit(file, [store.laid(k) for k in file.units], assumed=2)
    return {key}
