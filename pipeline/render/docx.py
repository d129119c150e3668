"""DOCX through python-docx, from templates/reference.docx: only named styles, so users restyle in Word.

A few things python-docx has no API for are written as small pieces of OOXML:
the PAGE / NUMPAGES fields of the footer, the TOC field of the full dossier
(pre-filled with its entries and PAGEREF fields, so a reader that does not
update fields still shows a usable contents list), bookmarks on headings,
internal hyperlinks from the programme to the bios and back, and the header
row that repeats on every page of a participant table.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph
from lxml import etree

from pipeline.documents import DOCUMENTS, FULL
from pipeline.language import N_, Language, language
from pipeline.render import PAGE_NUMBER, TEMPLATES
from pipeline.render.photos import prepared
from pipeline.richtext import RichText
from pipeline.views import (PARTICIPANT_COLUMNS, BiosView, ChangesView, DossierView, Masthead, Meta, ParticipantsView,
                            ProgrammeView)

REFERENCE = TEMPLATES / "reference.docx"
PHOTO_WIDTH = Mm(30)
TEXT_WIDTH = Mm(174)  # A4 less the reference document's side margins
LANDSCAPE_WIDTH = Mm(297 - 2 * 18)  # A4 across, less the same side margins


# Shares of the text width by what a column holds (an address needs room), in the order of the columns: name,
# position, organisation, then the edition's extra columns (views._extra_columns: contact, category and consent).
COLUMN_WEIGHTS = (1.25, 0.95, 1.05, 1.35, 0.85)


def _column_widths(count: int, width: int) -> list:
    """The columns' widths; they add up to the width."""
    weights = COLUMN_WEIGHTS[:count]
    widths = [int(width * w / sum(weights)) for w in weights]
    return [width - sum(widths[1:])] + widths[1:]


@dataclass(frozen=True)
class Place:
    """Where a document's parts sit: depth shifts heading levels down inside the full dossier, where
    `internal` links join speakers to their bios and bios to their items."""

    depth: int = 0
    internal: bool = False


class _CountedIds:
    """One counter per document for drawing and bookmark ids. python-docx finds a new drawing id by searching
    the whole document for the highest one, for every picture: quadratic with thousands of portraits. Counting
    up from above the reference document's ids is as unique."""

    @property
    def next_id(self) -> int:
        return next(self._dossier_ids)


@cache
def _counted(part_class: type) -> type:
    return type(f"Counted{part_class.__name__}", (_CountedIds, part_class), {})


def write_docx(doc_id: str, view, target: Path) -> None:
    """The document's text, the same in every edition that shows the same view. What differs from file to file
    (core properties, dates, the organisers' mark in the page headers) is stamped when each file is published
    (render/jobs.py)."""
    doc = Document(str(REFERENCE))
    doc.part._dossier_ids = itertools.count(doc.part.next_id)
    doc.part.__class__ = _counted(type(doc.part))
    lang = view.masthead.lang
    title = lang._(DOCUMENTS[doc_id].title)
    _language(doc, lang)
    _header_footer(doc, view.masthead, title, cover=doc_id == FULL)
    if doc_id == FULL:
        _full_dossier(doc, view)
    else:
        _masthead(doc, view.masthead, title)
        WRITERS[doc_id](doc, view, Place())
    doc.save(str(target))


def core_properties(meta: Meta, language: str, comments: str, created: dt.datetime) -> bytes:
    """docProps/core.xml of a published file: its title, subject, author, edition, date."""
    part = CorePropertiesPart.default(None)
    props = part.core_properties
    props.title, props.subject, props.author = meta.title, meta.subject, meta.author
    props.language = language
    props.created = props.modified = created.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props.last_modified_by = meta.author
    props.category, props.keywords, props.comments = meta.category, meta.keywords, comments
    props.revision = 1
    return part.blob


# --- pieces shared by every document -----------------------------------------------------------

@cache
def _style_ids() -> dict[str, str]:
    """Style name → id, read once: python-docx looks a name up through every style on each use, which made
    a directory of thousands of rows quadratic."""
    return {style.name: style.style_id for style in Document(str(REFERENCE)).styles}


def _para(container, text: str = "", style: str | None = None):
    """A paragraph at the end of a document or cell, in a named style. In a document's body it goes before the
    final section properties, found as the last child: python-docx searches every child for them on each
    paragraph, which made long documents quadratic."""
    if isinstance(container, DocxDocument):
        body, element = container.element.body, OxmlElement("w:p")
        last = next(body.iterchildren(reversed=True), None)  # O(1); len(body) would walk every child
        if last is not None and last.tag == qn("w:sectPr"):
            last.addprevious(element)
        else:
            body.append(element)
        paragraph = Paragraph(element, container._body)
    else:
        paragraph = container.add_paragraph()
    if text:
        _run(paragraph, text)
    if style:
        paragraph._p.get_or_add_pPr().style = _style_ids()[style]
    return paragraph


def _run(paragraph, text: str, style: str | None = None, lang: str = ""):
    """A run of text; marked with its language (w:lang) when it is a text of the inputs printed untranslated
    (views.Shown), or when lang is given."""
    run = paragraph.add_run(text)
    if style:
        run._r.get_or_add_rPr().style = _style_ids()[style]
    lang = lang or getattr(text, "lang", "")
    if lang:
        run._r.get_or_add_rPr().append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{language(lang).tag}"/>'))
    return run


def _fill(paragraph, lang: Language, message: str, **values) -> None:
    """A message of the catalogue with its values put in, each value a run of its own (so that a text printed
    untranslated keeps its language mark)."""
    marked = lang._(message, **{name: f"\0{name}\0" for name in values})
    for i, piece in enumerate(marked.split("\0")):
        if i % 2:
            _run(paragraph, values[piece])
        elif piece:
            paragraph.add_run(piece)


def _untranslated(paragraph, note: str) -> None:
    """"(en anglais)", after an item printed untranslated."""
    if note:
        _run(paragraph, f" {note}").italic = True


def _field(paragraph, instruction: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _header_footer(doc, m: Masthead, title: str, cover: bool) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = cover  # the cover has no header and no page number
    if cover:
        section.first_page_header.paragraphs[0].style = doc.styles["Header"]  # made, empty: the mark's place
    header = section.header.paragraphs[0]
    header.text = f"{m.title} — {title}"
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.alignment = 1  # centred
    # "Page {PAGE} of {NUMPAGES}" in the document's language, the numbers as fields.
    words = m.lang._(PAGE_NUMBER, number="\0PAGE\0", total="\0NUMPAGES\0").split("\0")
    for i, text in enumerate(words):
        if i % 2:
            _field(footer, text)
        elif text:
            footer.add_run(text)


def _language(doc, lang: Language) -> None:
    """The document's language (spelling, hyphenation, screen readers): w:lang of the default run properties."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    element = props.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        props.append(element)
    element.set(qn("w:val"), lang.tag)


def marked_header(xml: bytes, mark: str) -> bytes:
    """A header part (word/header*.xml) with the organisers' mark as its first paragraph: stamped on the
    organisers' files when they are published (render/jobs.py), so that every edition shares one text."""
    header = etree.fromstring(xml)
    header.insert(0, parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{_style_ids()["Internal Mark"]}"/></w:pPr>'
        f'<w:r><w:t>{_xml_text(mark)}</w:t></w:r></w:p>'))
    return etree.tostring(header, xml_declaration=True, encoding="UTF-8", standalone=True)


def _masthead(doc, m: Masthead, title: str) -> None:
    _para(doc, m.title, "Subtitle")
    facts = _para(doc, " · ".join(p for p in (m.dates, m.place) if p), "Event Facts")
    if m.venue:
        facts.add_run(" · ")
        _run(facts, m.venue)
    _para(doc, title, "Title")


def _rich_text(doc, text: RichText, lang: str = "") -> None:
    """lang: the text's language when it is not the document's (a bio printed untranslated)."""
    styles = {"p": "Normal", "h": "Heading 3", "quote": "Quote"}
    for block in text.blocks:
        style = styles.get(block.kind) or ("List Number" if block.ordered else "List Bullet")
        paragraph = _para(doc, "", style)
        for run in block.runs:
            r = _run(paragraph, run.text, lang=lang)
            r.bold = run.bold or None
            r.italic = run.italic or None
            if run.href and run.href != run.text:
                paragraph.add_run(f" ({run.href})")


def _bookmark_name(anchor: str) -> str:
    """Word's rules: a letter first, then letters, digits and underscores, at most 40 characters."""
    return re.sub(r"\W", "_", anchor)[:40]


def _bookmark(paragraph, anchor: str) -> None:
    number = next(paragraph.part._dossier_ids)  # the document's own counter (write_docx): stable bytes
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{number}" w:name="{_bookmark_name(anchor)}"/>')
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{number}"/>'))


def _heading(doc, text: str, level: int, anchor: str | None = None):
    paragraph = _para(doc, text, f"Heading {level}")
    if anchor:
        _bookmark(paragraph, anchor)
    return paragraph


def _link(paragraph, text: str, anchor: str | None, style: str | None = None) -> None:
    """A run of text; inside the full dossier, a hyperlink to the bookmark `anchor`."""
    run = _run(paragraph, text, style)
    if anchor is None:
        return
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), _bookmark_name(anchor))
    run._r.addprevious(link)
    link.append(run._r)


def _person(paragraph, person, place: Place) -> None:
    _link(paragraph, person.name, person.anchor if place.internal else None, style="Person Name")
    if person.affiliation:
        paragraph.add_run(", ")
        _run(paragraph, person.affiliation)


# --- the full dossier --------------------------------------------------------------------------

def _full_dossier(doc, view: DossierView) -> None:
    m = view.masthead
    if m.subtitle:
        _para(doc, m.subtitle, "Cover Kicker")
    _para(doc, m.title, "Cover Title")
    for fact in (m.dates, m.place, m.venue):
        if fact:
            _para(doc, fact, "Cover Facts")
    if m.organisers:
        _para(doc, m.lang._("Organised by"), "Cover Organisers")
        for organiser in m.organisers:
            _para(doc, organiser, "Cover Organisers")
    _toc(doc, [(level, entry.title, entry.anchor) for top in view.contents
               for level, entry in ((1, top), *((2, child) for child in top.children))], m.lang)
    announcement = view.contents[0]
    _heading(doc, announcement.title, 1, anchor=announcement.anchor).paragraph_format.page_break_before = True
    _rich_text(doc, view.announcement)
    place = Place(depth=1, internal=True)
    new_page = False  # a section break has just started a page
    for doc_id, part in view.parts:
        turn = doc_id == "participants" and _wide(part)
        if turn:  # a landscape section of its own; header and footer carry on
            _turn(doc.add_section(WD_SECTION.NEW_PAGE), WD_ORIENT.LANDSCAPE)
        heading = _heading(doc, m.lang._(DOCUMENTS[doc_id].title), 1, anchor=doc_id)
        heading.paragraph_format.page_break_before = not (turn or new_page)
        WRITERS[doc_id](doc, part, place)
        new_page = turn
        if turn:
            _turn(doc.add_section(WD_SECTION.NEW_PAGE), WD_ORIENT.PORTRAIT)


def _toc(doc, entries: list[tuple[int, str, str]], lang: Language) -> None:
    """A TOC field over Heading 1-2. Word fills it in, with page numbers and dot leaders from the TOC 1-2
    styles, when the document opens (updateFields). Its stored result lists the same entries, each linking to
    its heading's bookmark, so that a reader which does not update fields (LibreOffice) still shows a working
    contents list; there the page numbers appear after Tools > Update > Update All."""
    _para(doc, lang._("Contents"), "TOC Heading").paragraph_format.page_break_before = True
    w = nsdecls("w")
    for i, (level, text, anchor) in enumerate(entries):
        p = _para(doc, "", f"TOC {level}")._p
        if i == 0:
            for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>',
                        f'<w:r {w}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>',
                        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>'):
                p.append(parse_xml(xml))
        link = parse_xml(f'<w:hyperlink {w} w:anchor="{_bookmark_name(anchor)}" w:history="1"/>')
        link.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r>'))
        p.append(link)
        if i == len(entries) - 1:
            p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'))
    doc.settings.element.append(parse_xml(f'<w:updateFields {w} w:val="true"/>'))


def _xml_run(text: str) -> str:
    """A run as OOXML (rows written all at once: _participants), marked with its language when untranslated."""
    lang = getattr(text, "lang", "")
    props = f'<w:rPr><w:lang w:val="{language(lang).tag}"/></w:rPr>' if lang else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r>'


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- programme ---------------------------------------------------------------------------------

def _changes(doc, changes: ChangesView, level: int, lang: Language):
    """A heading and a table of the changes; returns the heading."""
    heading = _heading(doc, changes.heading, level, "changes")
    table = doc.add_table(rows=1, cols=3, style="Participant Table")
    _repeat_header(table.rows[0])
    for cell, label in zip(table.rows[0].cells, (lang._("Change"), lang._("Item"), lang._("Details"))):
        cell.text = label
    for change in changes.changes:
        cells = table.add_row().cells
        _run(cells[0].paragraphs[0], change.kind, "Person Name")
        cells[1].text = change.title
        cells[2].text = change.detail
    return heading


def _programme(doc, view: ProgrammeView, place: Place) -> None:
    _ = view.masthead.lang._
    if view.changes:
        _changes(doc, view.changes, 1 + place.depth, view.masthead.lang)
    for day in view.days:
        _heading(doc, day.label, 1 + place.depth, day.anchor)
        for item in day.items:
            if item.is_pause:
                pause = _para(doc, f"{item.time}   ", "Pause")
                for i, text in enumerate(x for x in (item.title, item.room, item.notes) if x):
                    if i:
                        pause.add_run(" · ")
                    _run(pause, text)
                _untranslated(pause, item.untranslated)
                continue
            kind = _para(doc, " · ".join(x for x in (item.time, item.kind.upper()) if x), "Item Time")
            if item.theme:
                kind.add_run(" · ")
                _run(kind, item.theme)
            _heading(doc, item.title, 2 + place.depth, item.anchor)
            if item.chairs:
                p = _para(doc, _("Chair: "), "Item Detail")
                for i, chair in enumerate(item.chairs):
                    if i:
                        p.add_run("; ")
                    _person(p, chair, place)
            for speaker in item.speakers:
                _person(_para(doc, "", "Speaker"), speaker, place)
            if item.room:
                _fill(_para(doc, "", "Item Detail"), view.masthead.lang, N_("Room: %(room)s"), room=item.room)
            if item.notes:
                _para(doc, item.notes, "Item Detail")
            if item.untranslated:
                _para(doc, item.untranslated, "Item Detail")


# --- participants ------------------------------------------------------------------------------

def _repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def _wide(view: ParticipantsView) -> bool:
    """The organisers' five columns want a landscape page."""
    return len(view.extra_columns) > 1


def _turn(section, orientation) -> None:
    if section.orientation != orientation:
        section.orientation = orientation
        section.page_width, section.page_height = section.page_height, section.page_width


def _participants(doc, view: ParticipantsView, place: Place) -> None:
    wide = _wide(view)
    if wide and not place.internal:  # the full dossier turns its own section (_full_dossier)
        _turn(doc.sections[0], WD_ORIENT.LANDSCAPE)
    _para(doc, view.summary + ".")
    if view.unlisted_note:
        _para(doc, view.unlisted_note, "Item Detail")
    labels = tuple(map(view.masthead.lang._, PARTICIPANT_COLUMNS)) + view.extra_columns
    widths = _column_widths(len(labels), LANDSCAPE_WIDTH if wide else TEXT_WIDTH)
    name_style = _style_ids()["Person Name"]
    for group in view.groups:
        _heading(doc, group.heading, 1 + place.depth, group.anchor)
        table = doc.add_table(rows=1, cols=len(labels), style="Participant Table")
        table.autofit = False
        for column, width in zip(table.columns, widths):  # the grid LibreOffice reads; Word reads the cells'
            column.width = width
        _repeat_header(table.rows[0])
        for cell, label, width in zip(table.rows[0].cells, labels, widths):
            cell.text = label
            cell.width = width
        # Rows as OOXML, all at once: python-docx's add_row() and cells cost grows with the table.
        rows = []
        for person in group.rows:
            given = " ".join(p for p in (person.honorific, person.first_name) if p)
            name = (f'<w:r><w:t xml:space="preserve">{_xml_text(given)} </w:t></w:r>'
                    f'<w:r><w:rPr><w:rStyle w:val="{name_style}"/></w:rPr><w:t>{_xml_text(person.last_name)}</w:t></w:r>')
            texts = [person.position, person.organisation, *person.extra]
            cells = [name] + [_xml_run(t) if t else "" for t in texts]
            if person.untranslated:
                cells[1] += _xml_run(f" {person.untranslated}")
            rows.append("<w:tr>" + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{Emu(width).twips}" w:type="dxa"/></w:tcPr><w:p>{runs}</w:p></w:tc>'
                for runs, width in zip(cells, widths)) + "</w:tr>")
        for row in parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(rows)}</w:tbl>').findall(qn("w:tr")):
            table._tbl.append(row)
        # No cantSplit on the rows: with it and a repeated header row, LibreOffice 7.4 drops the rows that
        # follow a page break (found by make check). The header repeating matters more.
        _para(doc)  # tables that touch are read as one table by Word and LibreOffice
    for note in view.notes:
        _para(doc, note, "Item Detail")


# --- bios --------------------------------------------------------------------------------------

def _bios(doc, view: BiosView, place: Place) -> None:
    _ = view.masthead.lang._
    for entry in view.entries:
        bio = entry.bio
        _heading(doc, entry.name, 1 + place.depth, bio.anchor)
        # Role and photo share one paragraph, so that "keep with next" holds the name to both.
        role = _para(doc, "", "Role")
        if entry.affiliation:
            _run(role, entry.affiliation)
        if bio.photo:
            data = prepared(bio.photo)[0]
            if entry.affiliation:
                role.add_run().add_break()
            picture = role.add_run().add_picture(io.BytesIO(data), width=PHOTO_WIDTH)
            # Alt text for screen readers: python-docx leaves the picture's description empty.
            picture._inline.docPr.set("descr", _("Portrait of %(name)s", name=entry.name))
        _rich_text(doc, entry.text, entry.text_lang)
        if entry.untranslated:
            _para(doc, entry.untranslated, "Item Detail")
        if entry.appearances:
            _para(doc, _("In the programme"), "Small Heading")
            for a in entry.appearances:
                p = _para(doc, "", "Appearance")
                _run(p, _("%(role)s: ", role=a.role), "Person Name")
                _link(p, a.title, a.anchor if place.internal else None)
                p.add_run(f" – {a.day}, {a.time}")


WRITERS = {"programme": _programme, "participants": _participants, "bios": _bios}
