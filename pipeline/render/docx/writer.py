"""DOCX through python-docx, from pipeline/templates/reference.docx: only named styles, so users restyle in Word. The
writers of the documents, from their views; the OOXML they are written with is in render/docx/ooxml.py. The full
dossier's contents are a TOC field, pre-filled with its entries and links, so that a reader that does not
update fields still shows a usable contents list.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm
from lxml import etree

from pipeline.documents import DOCUMENTS, FULL
from pipeline.language import N_, Language
from pipeline.render import PAGE_ALONE, PAGE_NUMBER
from pipeline.render.docx import ooxml
from pipeline.render.docx.pack import WRITERS as PACK_WRITERS
from pipeline.render.docx.statistics import WRITERS as STATISTICS_WRITERS
from pipeline.render.photos import prepared
from pipeline.views.bios import BiosView
from pipeline.views.document import Masthead, Meta
from pipeline.views.dossier import DossierView
from pipeline.views.participants import PARTICIPANT_COLUMNS, ParticipantsView
from pipeline.views.programme import ChangesView, ProgrammeView

PHOTO_WIDTH = Mm(30)
TEXT_WIDTH = ooxml.TEXT_WIDTH
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


def write_docx(doc_id: str, view, target: Path) -> None:
    """The document's text, the same in every edition that shows the same view. What differs from file to file
    (core properties, dates, the organisers' mark in the page headers) is stamped when each file is published
    (render/compose/jobs.py)."""
    doc = ooxml.new_document()
    lang = view.masthead.lang
    title = lang._(DOCUMENTS[doc_id].title)
    ooxml.set_language(doc, lang)
    _header_footer(doc, view.masthead, title, cover=doc_id == FULL, totals=not DOCUMENTS[doc_id].numbered_by)
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


def _header_footer(doc, m: Masthead, title: str, cover: bool, totals: bool = True) -> None:
    """totals: "Page 3 of 12"; else "Page 3" (sections numbered on their own: a sign-in sheet each)."""
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
    words = (m.lang._(PAGE_NUMBER, number="\0PAGE\0", total="\0NUMPAGES\0") if totals else
             m.lang._(PAGE_ALONE, number="\0PAGE\0")).split("\0")
    for i, text in enumerate(words):
        if i % 2:
            ooxml.field(footer, text)
        elif text:
            footer.add_run(text)


def marked_header(xml: bytes, mark: str) -> bytes:
    """A header part (word/header*.xml) with the organisers' mark as its first paragraph: stamped on the
    organisers' files when they are published (render/compose/jobs.py), so that every edition shares one text."""
    header = etree.fromstring(xml)
    header.insert(0, parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{ooxml.style_ids()["Internal Mark"]}"/></w:pPr>'
        f'<w:r><w:t>{ooxml.xml_text(mark)}</w:t></w:r></w:p>'))
    return etree.tostring(header, xml_declaration=True, encoding="UTF-8", standalone=True)


def _masthead(doc, m: Masthead, title: str) -> None:
    ooxml.para(doc, m.title, "Subtitle")
    facts = ooxml.para(doc, " · ".join(p for p in (m.dates, m.place) if p), "Event Facts")
    if m.venue:
        facts.add_run(" · ")
        ooxml.text_run(facts, m.venue)
    ooxml.para(doc, title, "Title")


def _person(paragraph, person, place: Place) -> None:
    ooxml.link(paragraph, person.name, person.anchor if place.internal else None, style="Person Name")
    if person.affiliation:
        paragraph.add_run(", ")
        ooxml.text_run(paragraph, person.affiliation)


# --- the full dossier --------------------------------------------------------------------------

def _full_dossier(doc, view: DossierView) -> None:
    m = view.masthead
    if m.subtitle:
        ooxml.para(doc, m.subtitle, "Cover Kicker")
    ooxml.para(doc, m.title, "Cover Title")
    for fact in (m.dates, m.place, m.venue):
        if fact:
            ooxml.para(doc, fact, "Cover Facts")
    if m.organisers:
        ooxml.para(doc, m.lang._("Organised by"), "Cover Organisers")
        for organiser in m.organisers:
            ooxml.para(doc, organiser, "Cover Organisers")
    _toc(doc, [(level, entry.title, entry.anchor) for top in view.contents
               for level, entry in ((1, top), *((2, child) for child in top.children))], m.lang)
    announcement = view.contents[0]
    ooxml.heading(doc, announcement.title, 1, anchor=announcement.anchor).paragraph_format.page_break_before = True
    ooxml.rich_text(doc, view.announcement)
    place = Place(depth=1, internal=True)
    new_page = False  # a section break has just started a page
    for doc_id, part in view.parts:
        turn = doc_id == "participants" and _wide(part)
        if turn:  # a landscape section of its own; header and footer carry on
            ooxml.turn(doc.add_section(WD_SECTION.NEW_PAGE), WD_ORIENT.LANDSCAPE)
        heading = ooxml.heading(doc, m.lang._(DOCUMENTS[doc_id].title), 1, anchor=doc_id)
        heading.paragraph_format.page_break_before = not (turn or new_page)
        WRITERS[doc_id](doc, part, place)
        new_page = turn
        if turn:
            ooxml.turn(doc.add_section(WD_SECTION.NEW_PAGE), WD_ORIENT.PORTRAIT)


def _toc(doc, entries: list[tuple[int, str, str]], lang: Language) -> None:
    """A TOC field over Heading 1-2. Word fills it in, with page numbers and dot leaders from the TOC 1-2
    styles, when the document opens (updateFields). Its stored result lists the same entries, each linking to
    its heading's bookmark, so that a reader which does not update fields (LibreOffice) still shows a working
    contents list; there the page numbers appear after Tools > Update > Update All."""
    ooxml.para(doc, lang._("Contents"), "TOC Heading").paragraph_format.page_break_before = True
    w = nsdecls("w")
    for i, (level, text, anchor) in enumerate(entries):
        p = ooxml.para(doc, "", f"TOC {level}")._p
        if i == 0:
            for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>',
                        f'<w:r {w}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>',
                        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>'):
                p.append(parse_xml(xml))
        link = parse_xml(f'<w:hyperlink {w} w:anchor="{ooxml.bookmark_name(anchor)}" w:history="1"/>')
        link.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve">{ooxml.xml_text(text)}</w:t></w:r>'))
        p.append(link)
        if i == len(entries) - 1:
            p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'))
    doc.settings.element.append(parse_xml(f'<w:updateFields {w} w:val="true"/>'))


# --- programme ---------------------------------------------------------------------------------

def _changes(doc, changes: ChangesView, level: int, lang: Language):
    """A heading and a table of the changes; returns the heading."""
    heading = ooxml.heading(doc, changes.heading, level, "changes")
    table = doc.add_table(rows=1, cols=3, style="Participant Table")
    ooxml.repeat_header(table.rows[0])
    for cell, label in zip(table.rows[0].cells, (lang._("Change"), lang._("Item"), lang._("Details"))):
        cell.text = label
    for change in changes.changes:
        cells = table.add_row().cells
        ooxml.text_run(cells[0].paragraphs[0], change.kind, "Person Name")
        cells[1].text = change.title
        cells[2].text = change.detail
    return heading


def _programme(doc, view: ProgrammeView, place: Place) -> None:
    _ = view.masthead.lang._
    if view.changes:
        _changes(doc, view.changes, 1 + place.depth, view.masthead.lang)
    for day in view.days:
        ooxml.heading(doc, day.label, 1 + place.depth, day.anchor)
        for item in day.items:
            if item.is_pause:
                pause = ooxml.para(doc, f"{item.time}   ", "Pause")
                for i, text in enumerate(x for x in (item.title, item.room, item.notes) if x):
                    if i:
                        pause.add_run(" · ")
                    ooxml.text_run(pause, text)
                ooxml.untranslated(pause, item.untranslated)
                continue
            kind = ooxml.para(doc, " · ".join(x for x in (item.time, item.kind.upper()) if x), "Item Time")
            if item.theme:
                kind.add_run(" · ")
                ooxml.text_run(kind, item.theme)
            ooxml.heading(doc, item.title, 2 + place.depth, item.anchor)
            if item.chairs:
                p = ooxml.para(doc, _("Chair: "), "Item Detail")
                for i, chair in enumerate(item.chairs):
                    if i:
                        p.add_run("; ")
                    _person(p, chair, place)
            for speaker in item.speakers:
                _person(ooxml.para(doc, "", "Speaker"), speaker, place)
            if item.room:
                ooxml.fill(ooxml.para(doc, "", "Item Detail"), view.masthead.lang, N_("Room: %(room)s"), room=item.room)
            if item.notes:
                ooxml.para(doc, item.notes, "Item Detail")
            if item.untranslated:
                ooxml.para(doc, item.untranslated, "Item Detail")


# --- participants ------------------------------------------------------------------------------


def _wide(view: ParticipantsView) -> bool:
    """The organisers' five columns want a landscape page."""
    return len(view.extra_columns) > 1


def _participants(doc, view: ParticipantsView, place: Place) -> None:
    wide = _wide(view)
    if wide and not place.internal:  # the full dossier turns its own section (_full_dossier)
        ooxml.turn(doc.sections[0], WD_ORIENT.LANDSCAPE)
    ooxml.para(doc, view.summary + ".")
    if view.unlisted_note:
        ooxml.para(doc, view.unlisted_note, "Item Detail")
    labels = tuple(map(view.masthead.lang._, PARTICIPANT_COLUMNS)) + view.extra_columns
    widths = _column_widths(len(labels), LANDSCAPE_WIDTH if wide else TEXT_WIDTH)
    name_style = ooxml.style_ids()["Person Name"]
    for group in view.groups:
        if group.section:
            ooxml.heading(doc, group.section, 1 + place.depth)
        ooxml.heading(doc, group.heading, 1 + place.depth + group.nested, group.anchor)
        table = doc.add_table(rows=1, cols=len(labels), style="Participant Table")
        for cell, label in zip(table.rows[0].cells, labels):
            cell.text = label
        ooxml.fixed_widths(table, widths)
        # Rows as OOXML, all at once: python-docx's add_row() and cells cost grows with the table.
        rows = []
        for person in group.rows:
            given = " ".join(p for p in (person.honorific, person.first_name) if p)
            name = (f'<w:r><w:t xml:space="preserve">{ooxml.xml_text(given)} </w:t></w:r>'
                    f'<w:r><w:rPr><w:rStyle w:val="{name_style}"/></w:rPr><w:t>{ooxml.xml_text(person.last_name)}</w:t></w:r>')
            texts = [person.position, person.organisation, *map(ooxml.breakable, person.extra)]
            cells = [name] + [ooxml.xml_run(t) if t else "" for t in texts]
            if person.untranslated:
                cells[1] += ooxml.xml_run(f" {person.untranslated}")
            rows.append(f"<w:tr>{ooxml.WHOLE}" + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{Emu(width).twips}" w:type="dxa"/></w:tcPr><w:p>{runs}</w:p></w:tc>'
                for runs, width in zip(cells, widths)) + "</w:tr>")
        for row in parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(rows)}</w:tbl>').findall(qn("w:tr")):
            table._tbl.append(row)
        # The people's rows are kept whole (a name split across two pages is half a name on each); the header
        # row is neither repeated on the next page nor kept whole: with either, LibreOffice 7.4 drops the rows
        # after a page break (found by make check). Each country's table opens with its own header row.
        ooxml.para(doc)  # tables that touch are read as one table by Word and LibreOffice
    for note in view.notes:
        ooxml.para(doc, note, "Item Detail")


# --- bios --------------------------------------------------------------------------------------

def _bios(doc, view: BiosView, place: Place) -> None:
    _ = view.masthead.lang._
    for entry in view.entries:
        bio = entry.bio
        ooxml.heading(doc, entry.name, 1 + place.depth, bio.anchor)
        # Role and photo share one paragraph, so that "keep with next" holds the name to both.
        role = ooxml.para(doc, "", "Role")
        if entry.affiliation:
            ooxml.text_run(role, entry.affiliation)
        if bio.photo:
            data = prepared(bio.photo)[0]
            if entry.affiliation:
                role.add_run().add_break()
            picture = role.add_run().add_picture(io.BytesIO(data), width=PHOTO_WIDTH)
            # Alt text for screen readers: python-docx leaves the picture's description empty.
            picture._inline.docPr.set("descr", _("Portrait of %(name)s", name=entry.name))
        ooxml.rich_text(doc, entry.text, entry.text_lang)
        if entry.untranslated:
            ooxml.para(doc, entry.untranslated, "Item Detail")
        if entry.appearances:
            ooxml.para(doc, _("In the programme"), "Small Heading")
            for a in entry.appearances:
                p = ooxml.para(doc, "", "Appearance")
                ooxml.text_run(p, _("%(role)s: ", role=a.role), "Person Name")
                ooxml.link(p, a.title, a.anchor if place.internal else None)
                p.add_run(f" – {a.day}, {a.time}")


WRITERS = {"programme": _programme, "participants": _participants, "bios": _bios, **PACK_WRITERS,
           **STATISTICS_WRITERS}
