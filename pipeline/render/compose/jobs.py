"""What a worker process does (render/compose/workers.py runs these): lay out a unit, write a DOCX body, or make a
published file from units (render/compose/units.py) by joining and stamping them. Each returns a `Done`: how long it
took, the memory it needed, and the pages it laid out and wrote.

The files' descriptions (PdfFile, DocxFile) are made by the build's plan (render/compose/plan.py); their keys say when
a file of the last build can be reused (render/compose/cache.py).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import resource
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.render.compose import units as units_
from pipeline.render.compose.cache import Store, key
from pipeline.render.compose.units import Unit
from pipeline.views.document import Meta

GENERATOR = f"conference-dossier {__version__}"


@dataclass(frozen=True)
class Done:
    label: str
    seconds: float
    peak_rss: int          # bytes: the peak memory of the process while it ran the task (Linux; else so far)
    laid: int = 0          # pages laid out by WeasyPrint
    pages: int = 0         # pages of the PDF file written
    made: tuple[str, ...] = ()  # units the file holds beyond its plan: the dossier's front (made or found)
    unit: bool = False     # a unit, not a published file


@dataclass(frozen=True)
class PdfFile:
    target: Path                 # where it is written (in the staging folder)
    units: tuple[str, ...]       # the keys of its units, in order
    numbered_from: int           # the first page that shows "Page X of Y" (the full dossier's cover has none)
    stamps: object               # stamp.Stamps: the page number's wording and the organisers' mark, if any
    meta: Meta
    created: dt.datetime         # its date (documents.py: the newest of the inputs it shows)
    attachments: dict[str, bytes]
    glyphs: str                  # the key of the glyphs unit the stamps are drawn with
    dossier: object = None       # the full dossier's frame (views.DossierView.frame): its front is laid out once
    front_salt: str = ""         # its page numbers are known
    restart: str = ""            # its pages are numbered anew from each anchor that begins so (documents.py)

    @property
    def label(self) -> str:
        return "/".join(self.target.parts[-3:])  # edition/language/file

    def key(self) -> str:
        """Everything the file's bytes depend on; its units' keys stand for their pages."""
        front = key(self.front_salt, repr(self.dossier)) if self.dossier else ""
        return key("pdf", *self.units, front, str(self.numbered_from), self.restart, repr(self.stamps), repr(self.meta),
                   self.created.isoformat(),
                   self.glyphs, *(f"{name}:{key(data.decode())}" for name, data in sorted(self.attachments.items())))


@dataclass(frozen=True)
class DocxFile:
    target: Path
    unit: str                    # the key of its DOCX body
    meta: Meta
    created: dt.datetime
    language: str                # BCP 47 tag: "fr-FR"
    comments: str                # the core properties' comments: dates and place
    mark: str                    # the organisers' mark in every page header, or ""

    @property
    def units(self) -> tuple[str, ...]:
        return (self.unit,)

    @property
    def label(self) -> str:
        return "/".join(self.target.parts[-3:])  # edition/language/file

    def key(self) -> str:
        return key("docx", self.unit, repr(self.meta), self.created.isoformat(), self.language, self.comments,
                   self.mark)


@dataclass(frozen=True)
class PersonalFile:
    """A person's own document (views/letters.Personal): laid out alone and published as laid out."""
    target: Path
    key: str                     # its unit's key: the laid-out file is kept in the cache
    doc_id: str                  # "letter" or "certificates"
    view: object
    created: dt.datetime         # its date: in its properties and its fonts' subsets


# --- measuring --------------------------------------------------------------------------------------

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


def _done(label: str, start: float, **figures) -> Done:
    return Done(label, time.perf_counter() - start, _peak(), **figures)


# --- units ----------------------------------------------------------------------------------------

def lay_out_unit(unit: Unit, key_: str, store: Store) -> Done:
    # Imported here: a build that reuses every file never loads WeasyPrint.
    from pipeline.render.compose.layout import lay_out
    from pipeline.render.formats.html import render_unit

    start = _start()
    laid = store.save(key_, "pdf", lambda path: lay_out(render_unit(unit), path))
    return _done("", start, laid=laid.pages, unit=True)  # labelled by the schedule


def write_docx_unit(doc_id: str, view, key_: str, store: Store) -> Done:
    from pipeline.render.docx.writer import write_docx

    start = _start()
    store.save(key_, "docx", lambda path: write_docx(doc_id, view, path))
    return _done("", start, unit=True)


# --- files ----------------------------------------------------------------------------------------

def make_pdf(file: PdfFile, store: Store) -> Done:
    """Join the file's units, the dossier's front first once its page numbers are known; stamp the pages for
    this file (numbers, mark), give it its properties and data."""
    import pikepdf

    from pipeline.render.compose.join import join
    from pipeline.render.compose.stamp import (
        attach,
        page_numbers,
        set_properties,
        stamp,
    )

    start = _start()
    keys, laid, made, laid_pages = list(file.units), [store.laid(k) for k in file.units], (), 0
    if file.dossier is not None:
        front_key, front_laid, laid_pages = _front(file, laid, store)
        keys, laid, made = [front_key, *keys], [front_laid, *laid], (front_key,)

    def finish(pdf: pikepdf.Pdf) -> None:
        with pikepdf.open(io.BytesIO(store.data(file.glyphs, "pdf"))) as glyphs:
            stamp(pdf, glyphs, page_numbers(len(pdf.pages), file.numbered_from, _restarts(laid, file.restart)),
                  file.stamps)
        set_properties(pdf, file.meta, GENERATOR, file.created)
        attach(pdf, file.attachments, file.created)

    pages = join((store.data(k, "pdf") for k in keys), laid, file.target, finish)
    return _done(file.label, start, laid=laid_pages, pages=pages, made=made)


def _restarts(laid: list, prefix: str) -> tuple[int, ...]:
    """The pages (indexes in the file) on which an anchor beginning with prefix is."""
    if not prefix:
        return ()
    found, offset = set(), 0
    for unit in laid:
        found |= {offset + index for name, index in unit.anchors.items() if name.startswith(prefix)}
        offset += unit.pages
    return tuple(sorted(found))


def front_unit(file: PdfFile, laid: list, assumed: int) -> tuple[Unit, str]:
    """The dossier's front numbered as if it took `assumed` pages, and its key."""
    unit = units_.front(file.dossier, _page_numbers(laid, assumed))
    return unit, key(file.front_salt, repr(unit))


def _front(file: PdfFile, laid: list, store: Store):
    """The dossier's cover and contents, numbered as if they took `assumed` pages: the cover and one page of
    contents, laid out again in the rare case that they take more (the numbers then move by that much).
    Returns its key, its layout facts and the pages laid out (0 when an earlier build had laid it out)."""
    from pipeline.render.compose.layout import lay_out
    from pipeline.render.formats.html import render_unit

    assumed, laid_pages = 2, 0
    for _ in range(3):
        unit, key_ = front_unit(file, laid, assumed)
        if store.has(key_):
            front = store.laid(key_)
        else:
            front = store.save(key_, "pdf", lambda path, unit=unit: lay_out(render_unit(unit), path))
            laid_pages += front.pages
        if front.pages == assumed:
            return key_, front, laid_pages
        assumed = front.pages
    raise RuntimeError(f"the contents do not settle on a page count ({assumed} pages last time)")


def _page_numbers(laid: list, first: int) -> dict[str, int]:
    """anchor → the page it is on (numbered from 1), the units following `first` pages of front matter."""
    pages, offset = {}, first
    for unit in laid:
        for name, index in unit.anchors.items():
            pages.setdefault(name, offset + index + 1)
        offset += unit.pages
    return pages


def make_personal(files: tuple[PersonalFile, ...], store: Store) -> Done:
    """A batch of people's own documents, one after another in one task (each is a page or two: handing each to
    a worker of its own would cost more than laying it out). Each is laid out unless an earlier build did."""
    from pipeline.render.compose.layout import many
    from pipeline.render.formats.html import render_personal

    start, laid_pages, pages = _start(), 0, 0
    with many() as lay:
        for file in files:
            if store.has(file.key):
                pages += store.laid(file.key).pages
            else:
                epoch = str(int(file.created.timestamp()))
                html, css = render_personal(file.doc_id, file.view, file.created.isoformat())
                laid = store.save(file.key, "pdf", lambda path, h=html, c=css, e=epoch: lay(h, c, path, e))
                laid_pages += laid.pages
                pages += laid.pages
            file.target.parent.mkdir(parents=True, exist_ok=True)
            file.target.write_bytes(store.data(file.key, "pdf"))
    return _done("", start, laid=laid_pages, pages=pages)


def make_docx(file: DocxFile, store: Store) -> Done:
    """The DOCX text with this file's core properties (and the organisers' mark in its page headers), every zip
    entry dated with the file's date, in a fixed order, so that the same inputs give the same bytes
    (python-docx stamps the current time)."""
    from pipeline.render.docx.writer import core_properties, marked_header

    start = _start()
    stamp = file.created.astimezone(dt.timezone.utc).timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(store.data(file.unit, "docx"))) as source, \
            zipfile.ZipFile(file.target, "w", zipfile.ZIP_DEFLATED) as zipped:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = core_properties(file.meta, file.language, file.comments, file.created)
            elif file.mark and re.fullmatch(r"word/header\d*\.xml", info.filename):
                data = marked_header(data, file.mark)
            zipped.writestr(entry, data)
    return _done(file.label, start)
