"""Long PDFs are laid out in pieces, each in its own worker, then joined (render/join.py).

WeasyPrint keeps every laid-out page of a document in memory (about 2.5 MB a page) and slows down on very
long documents, so a 2,000-page dossier in one layout takes some 5 GB and grows faster than its size. A
document estimated at more than PIECE_PAGES pages is therefore cut, between programme items, participant
rows or bios, into pieces of about that many pages. Each piece is the same template rendered with a slice of
the view: the first piece carries the document's head, a piece that continues a day or a country starts
without its heading and carries the running heads (`Carry`) that were in force where it begins.

The full dossier is cut the same way, part by part (programme, participants, bios), after a piece holding the
changes and the announcement; its cover and contents are laid out last, once every page number is known.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from pipeline.render.html import DOCUMENTS, FULL

# Pages per piece: small enough to keep a worker under about 400 MB, large enough that the pieces' own
# cost (a new layout, fonts embedded again) stays small. DOSSIER_PIECE_PAGES overrides it (tests use 2).
PIECE_PAGES = 60

# Pages a unit takes, measured on the synthetic conferences (pipeline/synthetic.py): a programme item, a
# participant row, a bio. Only the size of the pieces depends on them, never what they hold.
PAGES_PER = {"programme": 0.18, "participants": 0.036, "bios": 0.34}


def piece_pages() -> float:
    return float(os.environ.get("DOSSIER_PIECE_PAGES", PIECE_PAGES))


@dataclass(frozen=True)
class Carry:
    """The running heads in force where a piece begins (print.css: string-set)."""
    doctitle: str
    section: str


@dataclass(frozen=True)
class Piece:
    part: str                 # the document's id, or in the full dossier: front, announcement or a document's id
    view: object              # the part's view, holding only this piece's share
    first: bool = False       # opens the whole document (masthead, title; the dossier's cover and contents)
    last: bool = False        # closes the whole document (colophon)
    opens: bool = True        # opens its part (the part's heading, a participant list's summary)
    closes: bool = True       # closes its part (the participant list's notes)
    carry: Carry | None = None  # set when the piece continues its part
    pages: dict[str, int] = field(default_factory=dict)  # the front piece: anchor → page number, for contents
    frame: object = None      # the full dossier's view around its piece (masthead, announcement, changes)


def estimate(doc_id: str, view) -> float:
    """Pages the document will take, roughly."""
    if doc_id == FULL:
        return 2 + sum(estimate(part, getattr(view, part)) for part in DOCUMENTS)
    return sum(len(units) for _, units in _groups(doc_id, view)) * PAGES_PER[doc_id]


def cut(doc_id: str, view) -> list[Piece] | None:
    """The pieces of a long document in order, or None when it is laid out whole. The dossier's front piece
    (cover and contents) is not in the list: the join lays it out once the page numbers are known."""
    budget = piece_pages()
    if estimate(doc_id, view) <= 1.5 * budget:
        return None
    if doc_id != FULL:
        pieces = _cut_part(doc_id, view, budget)
        pieces[0] = replace(pieces[0], first=True)
    else:
        # What every dossier piece's template reads besides its own share; the parts' content left out, so
        # that a piece's task does not carry (and pickle) the whole conference.
        frame = replace(view, programme=replace(view.programme, days=()),
                        participants=replace(view.participants, groups=()), bios=replace(view.bios, entries=()))
        pieces = [Piece("announcement", frame)]
        for part in DOCUMENTS:
            pieces += _cut_part(part, getattr(view, part), budget)
        pieces = [replace(piece, frame=frame) for piece in pieces]
    pieces[-1] = replace(pieces[-1], last=True)
    return pieces


def front(view, pages: dict[str, int]) -> Piece:
    """The dossier's cover and contents, numbered (the whole view: the contents list the days)."""
    return Piece("front", view, first=True, last=False, pages=pages, frame=view)


def _groups(doc_id: str, view) -> list[tuple[object, tuple]]:
    """The document's groups (days, countries; the bios are one group) with their units."""
    if doc_id == "programme":
        return [(day, day.items) for day in view.days]
    if doc_id == "participants":
        return [(group, group.rows) for group in view.groups]
    return [(None, view.entries)]


def _cut_part(doc_id: str, view, budget: float) -> list[Piece]:
    """Slices of one document's units, about `budget` pages each, cut between units."""
    slices: list[list[tuple[object, int, int]]] = [[]]   # per piece: (group, first unit, end)
    used = 0.0
    for group, units in _groups(doc_id, view):
        start = 0
        for i in range(len(units)):
            if used + PAGES_PER[doc_id] > budget and (slices[-1] or i > start):
                if i > start:
                    slices[-1].append((group, start, i))
                slices.append([])
                start, used = i, 0.0
            used += PAGES_PER[doc_id]
        slices[-1].append((group, start, len(units)))
    if slices == [[]]:  # nothing to cut: no day, no one listed
        return [Piece(doc_id, view)]
    pieces = []
    for n, share in enumerate(slices):
        group, start, _ = share[0]
        carry = None if n == 0 else Carry(DOCUMENTS[doc_id], _section(doc_id, group))
        pieces.append(Piece(doc_id, _slice(doc_id, view, share), opens=n == 0, closes=n == len(slices) - 1,
                            carry=carry))
    return pieces


def _section(doc_id: str, group) -> str:
    """The running head's section where a piece begins: what that group's heading sets."""
    if doc_id == "programme":
        return group.label
    if doc_id == "participants":
        return group.heading
    return ""


def _slice(doc_id: str, view, share: list[tuple[object, int, int]]):
    if doc_id == "programme":
        return replace(view, days=tuple(replace(day, items=day.items[a:b], continued=a > 0)
                                        for day, a, b in share))
    if doc_id == "participants":
        return replace(view, groups=tuple(replace(g, rows=g.rows[a:b], continued=a > 0)
                                          for g, a, b in share))
    (_, a, b), = share
    return replace(view, entries=view.entries[a:b])
