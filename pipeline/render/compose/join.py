"""Laid-out units (render/compose/units.py) joined with pikepdf into one PDF that reads as if laid out whole. Every PDF
file is made so, whether it holds one unit (a short document) or many (a long one's pieces; the full dossier's
front, announcement and documents):

- pages in order; the first unit gives the file its output intent, language and structure root;
- the tagged structure (PDF/A-3a): each unit's structure elements become children of the first unit's Document
  element, and its parent-tree keys (pages' StructParents, links' StructParent) move past the keys already
  taken, so every marked content still finds its element;
- named destinations of every unit in one name tree; a link a unit wrote as the URI "#anchor" (its target was
  outside it) becomes a link to that destination when the file holds it, and is removed otherwise (a speaker's
  name in the separate programme, whose bios are in another file), its structure element then a plain span;
- bookmarks rebuilt from the levels WeasyPrint gave each heading, so that a unit which starts inside a part
  nests its bookmarks under that part's.
What the file adds to its pages (page numbers, the organisers' mark, properties, data) is render/compose/stamp.py's.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem, PageLocation, String

from pipeline.render.compose.fonts import retag_font
from pipeline.render.compose.units import Laid


def join(units: Iterable[bytes], laid: list[Laid], target: Path, finish: Callable[[pikepdf.Pdf], None]) -> int:
    """units: each unit's PDF, read one at a time; finish(pdf) stamps the joined pages. Returns the number of
    pages written. The file is saved with object streams, as WeasyPrint writes its own: the many small objects
    of the tagged structure take half the room they would alone."""
    units = iter(units)
    with pikepdf.open(io.BytesIO(next(units))) as out:
        retag(out)
        structure = out.Root.StructTreeRoot
        document = structure.K[0]
        nums = structure.ParentTree.Nums
        dests: dict[str, pikepdf.Object] = dict(_dests(out))
        next_key = _next_key(nums)
        for data in units:
            with pikepdf.open(io.BytesIO(data)) as unit:
                retag(unit)
                next_key = _append(out, unit, document, nums, next_key, dests)
        structure.ParentTreeNextKey = next_key
        if "/Names" not in out.Root:
            out.Root.Names = Dictionary()
        out.Root.Names.Dests = Dictionary(Names=Array([x for name in sorted(dests) for x in (String(name),
                                                                                            dests[name])]))
        _links(out, dests, structure)
        _outline(out, laid)
        finish(out)
        out.save(target, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return len(out.pages)


def retag(pdf: pikepdf.Pdf) -> None:
    """Each font subset named by its own glyphs. WeasyPrint names a subset by its font alone, so the subsets
    of one font in two units would share a name in the joined file, which the PDF standard forbids (9.6.4:
    different subsets in one file have different tags)."""
    seen = set()
    for page in pdf.pages:
        for _, font in page.obj.get("/Resources", Dictionary()).get("/Font", Dictionary()).items():
            if font.objgen not in seen:
                seen.add(font.objgen)
                retag_font(font)


def _dests(pdf: pikepdf.Pdf):
    names = pdf.Root.get("/Names", {}).get("/Dests", {}).get("/Names", Array())
    for i in range(0, len(names), 2):
        yield str(names[i]), names[i + 1]


def _next_key(nums: pikepdf.Array) -> int:
    return max((int(nums[i]) for i in range(0, len(nums), 2)), default=-1) + 1


def _append(out: pikepdf.Pdf, unit: pikepdf.Pdf, document: pikepdf.Dictionary, nums: pikepdf.Array, offset: int,
            dests: dict[str, pikepdf.Object]) -> int:
    """The unit's pages, structure and destinations added to `out`, its parent-tree keys moved up by `offset`
    (the first key not yet taken); returns the next key not taken."""
    start = len(out.pages)
    tops = list(unit.Root.StructTreeRoot.K[0].K)
    for element in tops:  # cut from the unit's Document element, or copying them would copy the unit's tree
        del element.P
    out.pages.extend(unit.pages)  # copied first: the elements copied below then point to these pages
    for page in out.pages[start:]:
        page.obj.StructParents = int(page.obj.StructParents) + offset
        for annotation in page.obj.get("/Annots", ()):
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + offset
    theirs = unit.Root.StructTreeRoot.ParentTree.Nums
    for i in range(0, len(theirs), 2):
        nums.append(int(theirs[i]) + offset)
        nums.append(_copy(out, theirs[i + 1]))
    for element in tops:
        mine = out.copy_foreign(element)
        mine.P = document
        document.K.append(mine)
    for name, dest in _dests(unit):
        if name not in dests:
            dests[name] = _copy(out, dest)
    return offset + _next_key(theirs)


def _copy(out: pikepdf.Pdf, obj):
    """A unit's object in the joined document; pikepdf copies only indirect objects, so a direct array or
    dictionary (a destination, a parent-tree entry) is rebuilt around the copies of what it refers to."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return out.copy_foreign(obj)
    if isinstance(obj, pikepdf.Array):
        return Array([_copy(out, x) for x in obj])
    if isinstance(obj, pikepdf.Dictionary):
        return Dictionary({key: _copy(out, value) for key, value in obj.items()})
    return obj


def _links(out: pikepdf.Pdf, dests: dict[str, pikepdf.Object], structure: pikepdf.Dictionary) -> None:
    """Links to "#anchor" become links to the named destination, or go when the file lacks it."""
    removed: dict[int, pikepdf.Object] = {}   # parent-tree key → the annotation removed
    for page in out.pages:
        annotations = page.obj.get("/Annots")
        if annotations is None:
            continue
        kept = Array()
        for annotation in annotations:
            action = annotation.get("/A")
            if action is not None and action.get("/S") == Name.URI and str(action.URI).startswith("#"):
                if str(action.URI)[1:] not in dests:
                    removed[int(annotation.StructParent)] = annotation
                    continue
                del annotation.A
                annotation.Dest = String(str(action.URI)[1:])
            kept.append(annotation)
        if len(kept) != len(annotations):
            page.obj.Annots = kept
    if removed:
        _unlink(structure, removed)


def _unlink(structure: pikepdf.Dictionary, removed: dict[int, pikepdf.Object]) -> None:
    """The structure of removed links: the element no longer refers to the annotation and becomes a span (its
    words stay tagged), and the parent tree no longer names it for their keys."""
    nums = structure.ParentTree.Nums
    kept = Array()
    for i in range(0, len(nums), 2):
        number = int(nums[i])
        if number not in removed:
            kept.extend([nums[i], nums[i + 1]])
            continue
        element, annotation = nums[i + 1], removed[number]
        element.K = Array([kid for kid in element.K if not (isinstance(kid, pikepdf.Dictionary)
                                                            and kid.get("/Type") == Name.OBJR
                                                            and kid.Obj.objgen == annotation.objgen)])
        element.S = Name.Span
    structure.ParentTree.Nums = kept
    structure.ParentTreeNextKey = _next_key(kept)


def _outline(out: pikepdf.Pdf, laid: list[Laid]) -> None:
    """Bookmarks nested by level, as WeasyPrint nests them: under the last bookmark of a lower level."""
    if "/Outlines" in out.Root:
        del out.Root.Outlines
    with out.open_outline() as outline:
        stack: list[tuple[int, OutlineItem]] = []
        first = 0
        for unit in laid:
            for level, label, index, x, y in unit.bookmarks:
                item = OutlineItem(label, first + index, PageLocation.XYZ, left=x, top=y)
                while stack and stack[-1][0] >= level:
                    stack.pop()
                (stack[-1][1].children if stack else outline.root).append(item)
                stack.append((level, item))
            first += unit.pages
