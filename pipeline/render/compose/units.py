"""Layout units: what WeasyPrint lays out, each once, whatever the number of files its pages end up in.

A unit's pages are the same in every edition and in every file that holds them: the separate programme and the
full dossier's programme part, the public and the delegates' programme, are the same laid-out pages. What differs
between those files (page numbers, the organisers' mark, the file's properties and attached data) is stamped on
when the file is joined (render/compose/join.py, render/compose/stamp.py). A unit is known by its key (render/compose/cache.py), a hash of
everything its pages depend on, and kept from build to build: a build lays out only the units it lacks.

The units:
- a document (the programme, the participant list, the bios), laid out whole;
- or, when it is long, its pieces: WeasyPrint keeps every laid-out page in memory (about 2.5 MB a page) and
  slows down on very long documents, so a document estimated at more than PIECE_PAGES pages is cut, between
  programme items, participant rows or bios, into pieces of about that many pages, each laid out by a worker
  of its own. A piece that continues a day or a country starts a page without its heading again, and carries
  the running heads (`Carry`) that were in force where it begins;
- the full dossier's announcement, and its front (cover and contents), laid out last, when the page of every
  entry in the contents is known;
- the glyphs the stamps are drawn with (render/compose/stamp.py).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from pipeline.documents import FULL, Document

# Pages per piece: small enough to keep a worker under about 400 MB, large enough that the pieces' own
# cost (a new layout, fonts embedded again) stays small. DOSSIER_PIECE_PAGES overrides it (tests use 4).
PIECE_PAGES = 60


def piece_pages() -> float:
    return float(os.environ.get("DOSSIER_PIECE_PAGES", PIECE_PAGES))


@dataclass(frozen=True)
class Carry:
    """The running heads in force where a piece begins (print.css: string-set)."""
    doctitle: str
    section: str


@dataclass(frozen=True)
class Unit:
    doc_id: str                 # the document whose template lays it out
    view: object                # what it shows: the document's view, or a piece's share of it
    part: str = ""              # the full dossier's own units: "front" or "announcement"
    first: bool = True          # opens its document: masthead, title (and a participant list's summary)
    last: bool = True           # closes it (a participant list's notes)
    carry: Carry | None = None  # a piece that continues its document
    pages: dict[str, int] = field(default_factory=dict)  # the front: anchor → page number, for the contents

    @property
    def label(self) -> str:
        return self.part or self.doc_id


@dataclass(frozen=True)
class Laid:
    """What the join needs to know of a unit laid out on its own (render/compose/join.py)."""
    pages: int
    anchors: dict[str, int]                       # anchor → page index in the unit (the first, if repeated)
    bookmarks: tuple[tuple[int, str, int, float, float], ...]  # (level, label, page index, x, y in points)

    def to_json(self) -> str:
        return json.dumps({"pages": self.pages, "anchors": self.anchors, "bookmarks": self.bookmarks})

    @classmethod
    def from_json(cls, text: str) -> Laid:
        data = json.loads(text)
        return cls(data["pages"], data["anchors"], tuple(tuple(b) for b in data["bookmarks"]))


def estimate(doc: Document, view) -> float:
    """Pages the document will take, roughly."""
    return sum(len(units) for _, units in view.unit_groups()) * doc.pages_per_unit


def cut(doc: Document, view) -> tuple[Unit, ...]:
    """The document's units in order: itself, or its pieces when it is long."""
    budget = piece_pages()
    if estimate(doc, view) <= 1.5 * budget:
        return (Unit(doc.id, view),)
    slices: list[list[tuple[object, int, int]]] = [[]]   # per piece: (group, first unit, end)
    used = 0.0
    for group, units in view.unit_groups():
        start = 0
        for i in range(len(units)):
            if used + doc.pages_per_unit > budget and (slices[-1] or i > start):
                if i > start:
                    slices[-1].append((group, start, i))
                slices.append([])
                start, used = i, 0.0
            used += doc.pages_per_unit
        slices[-1].append((group, start, len(units)))
    if len(slices) > 1 and used < budget / 4:  # a short tail joins the piece before rather than stand alone
        tail = slices.pop()
        (group, a, _), (first, _, b) = slices[-1][-1], tail[0]
        if first is group:  # the same day or country, continued: one range
            slices[-1][-1:] = [(group, a, b)]
            tail = tail[1:]
        slices[-1] += tail
    last = len(slices) - 1
    return tuple(Unit(doc.id, view.sliced(share), first=n == 0, last=n == last,
                      carry=None if n == 0 else Carry(view.masthead.lang._(doc.title),
                                                         view.section(share[0][0])))
                 for n, share in enumerate(slices))


@dataclass(frozen=True)
class Glyphs:
    """The characters the stamps draw (render/compose/stamp.py), in each face."""
    regular: str
    bold: str


def glyphs() -> Unit:
    """The glyphs unit: a page holding every character of the stamps, whose fonts the stamps are drawn with."""
    from pipeline.render.compose.stamp import glyph_text
    return Unit("stamps", Glyphs(*glyph_text()), part="glyphs")


def announcement(view) -> Unit:
    """The full dossier's announcement (the view without its parts: their own units show them)."""
    return Unit(FULL, view.frame(), part="announcement", first=False)


def front(view, pages: dict[str, int]) -> Unit:
    """The dossier's cover and contents, numbered."""
    return Unit(FULL, view.frame(), part="front", pages=pages)
