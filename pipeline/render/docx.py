"""DOCX through python-docx, from templates/reference.docx: only named styles, so users restyle in Word.

A few things python-docx has no API for are written as small pieces of OOXML:
the PAGE / NUMPAGES fields of the footer and the header row that repeats on
every page of a participant table.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from pipeline.render import TEMPLATES
from pipeline.render.html import DOCUMENTS
from pipeline.render.photos import prepared
from pipeline.richtext import RichText
from pipeline.views import BiosView, Masthead, ParticipantsView, ProgrammeView

REFERENCE = TEMPLATES / "reference.docx"
PHOTO_WIDTH = Mm(30)
PARTICIPANT_COLUMNS = (("Name", Mm(56)), ("Position", Mm(60)), ("Organisation", Mm(58)))


def write_docx(doc_id: str, view, target: Path, created: dt.datetime) -> None:
    doc = Document(str(REFERENCE))
    title = DOCUMENTS[doc_id]
    _header_footer(doc, view.masthead, title)
    _masthead(doc, view.masthead, title)
    WRITERS[doc_id](doc, view)
    props = doc.core_properties
    props.title = f"{title} – {view.masthead.title}"
    props.subject = view.masthead.title
    props.author = "; ".join(view.masthead.organisers)
    props.language = view.masthead.language
    props.created = props.modified = created
    props.last_modified_by = props.author
    props.comments = f"{view.masthead.dates}, {view.masthead.place}"
    doc.save(str(target))


# --- pieces shared by every document -----------------------------------------------------------

def _field(paragraph, instruction: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _header_footer(doc, m: Masthead, title: str) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{m.title} — {title}"
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.alignment = 1  # centred
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")


def _masthead(doc, m: Masthead, title: str) -> None:
    doc.add_paragraph(m.title, style="Subtitle")
    doc.add_paragraph(" · ".join(p for p in (m.dates, m.place, m.venue) if p), style="Event Facts")
    doc.add_paragraph(title, style="Title")


def _rich_text(doc, text: RichText) -> None:
    styles = {"p": "Normal", "h": "Heading 3", "quote": "Quote"}
    for block in text.blocks:
        style = styles.get(block.kind) or ("List Number" if block.ordered else "List Bullet")
        paragraph = doc.add_paragraph(style=style)
        for run in block.runs:
            r = paragraph.add_run(run.text)
            r.bold = run.bold or None
            r.italic = run.italic or None
            if run.href and run.href != run.text:
                paragraph.add_run(f" ({run.href})")


def _person(paragraph, name: str, affiliation: str) -> None:
    paragraph.add_run(name, style="Person Name")
    if affiliation:
        paragraph.add_run(f", {affiliation}")


# --- programme ---------------------------------------------------------------------------------

def _programme(doc, view: ProgrammeView) -> None:
    for day in view.days:
        doc.add_heading(day.label, level=1)
        for item in day.items:
            if item.is_pause:
                extra = "".join(f" · {x}" for x in (item.room, item.notes) if x)
                doc.add_paragraph(f"{item.time}   {item.title}{extra}", style="Pause")
                continue
            kind = " · ".join(x for x in (item.time, item.kind.upper(), item.theme) if x)
            doc.add_paragraph(kind, style="Item Time")
            doc.add_heading(item.title, level=2)
            if item.chairs:
                p = doc.add_paragraph("Chair: ", style="Item Detail")
                for i, chair in enumerate(item.chairs):
                    _person(p, ("; " if i else "") + chair.name, chair.affiliation)
            for speaker in item.speakers:
                _person(doc.add_paragraph(style="Speaker"), speaker.name, speaker.affiliation)
            if item.room:
                doc.add_paragraph(f"Room: {item.room}", style="Item Detail")
            if item.notes:
                doc.add_paragraph(item.notes, style="Item Detail")


# --- participants ------------------------------------------------------------------------------

def _repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def _participants(doc, view: ParticipantsView) -> None:
    doc.add_paragraph(view.summary + ".")
    if view.unlisted_note:
        doc.add_paragraph(view.unlisted_note, style="Item Detail")
    for group in view.groups:
        doc.add_heading(f"{group.name} ({len(group.rows)})", level=1)
        table = doc.add_table(rows=1, cols=len(PARTICIPANT_COLUMNS), style="Participant Table")
        table.autofit = False
        _repeat_header(table.rows[0])
        for cell, (label, width) in zip(table.rows[0].cells, PARTICIPANT_COLUMNS):
            cell.text = label
            cell.width = width
        for person in group.rows:
            cells = table.add_row().cells
            name = cells[0].paragraphs[0]
            name.add_run(" ".join(p for p in (person.honorific, person.first_name) if p) + " ")
            name.add_run(person.last_name, style="Person Name")
            cells[1].text = person.position
            cells[2].text = person.organisation
            for cell, (_, width) in zip(cells, PARTICIPANT_COLUMNS):
                cell.width = width
        # Rows never split across pages.
        for row in table.rows:
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    for note in view.notes:
        doc.add_paragraph(note, style="Item Detail")


# --- bios --------------------------------------------------------------------------------------

def _bios(doc, view: BiosView) -> None:
    for entry in view.entries:
        bio = entry.bio
        doc.add_heading(bio.display_name, level=1)
        # Role and photo share one paragraph, so that "keep with next" holds the name to both.
        role = doc.add_paragraph(style="Role")
        if bio.affiliation:
            role.add_run(bio.affiliation)
        if bio.photo:
            data, _, _ = prepared(bio.photo)
            if bio.affiliation:
                role.add_run().add_break()
            role.add_run().add_picture(io.BytesIO(data), width=PHOTO_WIDTH)
            _describe_last_picture(doc, f"Portrait of {bio.display_name}")
        _rich_text(doc, bio.text)
        if entry.appearances:
            doc.add_paragraph("In the programme", style="Small Heading")
            for a in entry.appearances:
                p = doc.add_paragraph(style="Appearance")
                p.add_run(f"{a.role}: ", style="Person Name")
                p.add_run(f"{a.title} – {a.day}, {a.time}")


def _describe_last_picture(doc, text: str) -> None:
    """Alt text for screen readers: python-docx leaves the picture's description empty."""
    doc_pr = doc.element.body.findall(".//" + qn("wp:docPr"))[-1]
    doc_pr.set("descr", text)


WRITERS = {"programme": _programme, "participants": _participants, "bios": _bios}
