"""Pieces of a long PDF (render/pieces.py) joined into one document with pikepdf, as if laid out whole.

- Pages in order; the first piece gives the document its metadata, attachments, output intent and language.
- The tagged structure (PDF/A-3a): each piece's structure elements become children of the first piece's
  Document element, and its parent-tree keys (pages' StructParents, links' StructParent) move past the keys
  already taken, so every marked content still finds its element.
- Named destinations of every piece in one name tree; a link the piece wrote as the URI "#anchor" (its target
  was in another piece) becomes a link to that destination.
- Bookmarks rebuilt from the levels WeasyPrint gave each heading, so a piece that starts inside a part nests
  its bookmarks under that part's.
- "Page X of Y" stamped on every page from a folio (blank pages with only the footer), marked as an artifact;
  laid out FOLIO_PAGES pages at a time, so that a 2,000-page folio never sits in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem, PageLocation, String

from pipeline.render.pdf import Laid

FOLIO_PAGES = 200


def join(pieces: list[Path], laid: list[Laid], folio: Callable[[int, int], Path], target: Path) -> None:
    """folio(first, last): writes the page numbers of pages first..last (from 1) as a PDF, returns its path."""
    with pikepdf.open(pieces[0]) as out:
        structure = out.Root.StructTreeRoot
        document = structure.K[0]
        nums = structure.ParentTree.Nums
        dests: dict[str, pikepdf.Object] = dict(_dests(out))
        next_key = _next_key(nums)
        for path in pieces[1:]:
            with pikepdf.open(path) as piece:
                next_key = _append(out, piece, document, nums, next_key, dests)
        structure.ParentTreeNextKey = next_key
        out.Root.Names.Dests = Dictionary(Names=Array([x for name in sorted(dests) for x in (String(name),
                                                                                            dests[name])]))
        _link_across(out, dests)
        _outline(out, laid)
        for first in range(1, len(out.pages) + 1, FOLIO_PAGES):
            last = min(first + FOLIO_PAGES - 1, len(out.pages))
            with pikepdf.open(folio(first, last)) as numbers:
                _stamp(out, numbers, first)
        out.save(target, deterministic_id=True)


def _dests(pdf: pikepdf.Pdf):
    names = pdf.Root.get("/Names", {}).get("/Dests", {}).get("/Names", Array())
    for i in range(0, len(names), 2):
        yield str(names[i]), names[i + 1]


def _next_key(nums: pikepdf.Array) -> int:
    return max((int(nums[i]) for i in range(0, len(nums), 2)), default=-1) + 1


def _append(out: pikepdf.Pdf, piece: pikepdf.Pdf, document: pikepdf.Dictionary, nums: pikepdf.Array, offset: int,
            dests: dict[str, pikepdf.Object]) -> int:
    """The piece's pages, structure and destinations added to `out`, its parent-tree keys moved up by `offset`
    (the first key not yet taken); returns the next key not taken."""
    start = len(out.pages)
    tops = list(piece.Root.StructTreeRoot.K[0].K)
    for element in tops:  # cut from the piece's Document element, or copying them would copy the piece's tree
        del element.P
    out.pages.extend(piece.pages)  # copied first: the elements copied below then point to these pages
    for page in out.pages[start:]:
        page.obj.StructParents = int(page.obj.StructParents) + offset
        for annotation in page.obj.get("/Annots", ()):
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + offset
    theirs = piece.Root.StructTreeRoot.ParentTree.Nums
    for i in range(0, len(theirs), 2):
        nums.append(int(theirs[i]) + offset)
        nums.append(_copy(out, theirs[i + 1]))
    for element in tops:
        mine = out.copy_foreign(element)
        mine.P = document
        document.K.append(mine)
    for name, dest in _dests(piece):
        if name not in dests:
            dests[name] = _copy(out, dest)
    return offset + _next_key(theirs)


def _copy(out: pikepdf.Pdf, obj):
    """A piece's object in the joined document; pikepdf copies only indirect objects, so a direct array or
    dictionary (a destination, a parent-tree entry) is rebuilt around the copies of what it refers to."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return out.copy_foreign(obj)
    if isinstance(obj, pikepdf.Array):
        return Array([_copy(out, x) for x in obj])
    if isinstance(obj, pikepdf.Dictionary):
        return Dictionary({key: _copy(out, value) for key, value in obj.items()})
    return obj


def _link_across(out: pikepdf.Pdf, dests: dict[str, pikepdf.Object]) -> None:
    for page in out.pages:
        for annotation in page.obj.get("/Annots", ()):
            action = annotation.get("/A")
            if action is not None and action.get("/S") == Name.URI and str(action.URI).startswith("#"):
                name = str(action.URI)[1:]
                if name in dests:
                    del annotation.A
                    annotation.Dest = String(name)


def _outline(out: pikepdf.Pdf, laid: list[Laid]) -> None:
    """Bookmarks nested by level, as WeasyPrint nests them: under the last bookmark of a lower level."""
    if "/Outlines" in out.Root:
        del out.Root.Outlines
    with out.open_outline() as outline:
        stack: list[tuple[int, OutlineItem]] = []
        first = 0
        for piece in laid:
            for level, label, index, x, y in piece.bookmarks:
                item = OutlineItem(label, first + index, PageLocation.XYZ, left=x, top=y)
                while stack and stack[-1][0] >= level:
                    stack.pop()
                (stack[-1][1].children if stack else outline.root).append(item)
                stack.append((level, item))
            first += piece.pages


def _stamp(out: pikepdf.Pdf, numbers: pikepdf.Pdf, first: int) -> None:
    """Each folio page drawn over its page as a form, after the page's own content (wrapped in q/Q: WeasyPrint
    leaves its flipped coordinates in force), marked as a pagination artifact for the tagged structure."""
    pages = out.pages[first - 1:first - 1 + len(numbers.pages)]
    if len(pages) != len(numbers.pages):
        raise ValueError(f"{len(numbers.pages)} page numbers for {len(pages)} pages from page {first}")
    for number, (page, folio) in enumerate(zip(pages, numbers.pages), start=first):
        form = out.copy_foreign(folio.as_form_xobject())
        # Named by page number, not by pikepdf's random prefix: the same inputs give the same bytes. The pages
        # of a piece share one resource dictionary, so each needs its own name.
        name = page.add_resource(form, Name.XObject, Name(f"/Folio{number}"))
        page.contents_add(pikepdf.Stream(out, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(out, b"\nQ\n/Artifact <</Type /Pagination>> BDC q " + bytes(name.unparse())
                                         + b" Do Q EMC\n"))
