"""DOCX writers of the working pack's documents that secretariats edit (pack.py): sign-in sheets and chair
briefings. Registered in render/docx/writer.py's WRITERS, beside the dossier's."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm

from pipeline.render.docx import ooxml
from pipeline.views.sheets import BriefingsView, SignInView

TEXT_WIDTH = ooxml.TEXT_WIDTH
SIGN_IN_WIDTHS = (0.36, 0.34, 0.30)     # name, organisation, signature
ROW_HEIGHT = Mm(10)                     # room to sign


def _restart_numbers(section) -> None:
    sect = section._sectPr
    for old in sect.findall(qn("w:pgNumType")):
        sect.remove(old)
    sect.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))


def _cell(width: int, runs: str, keep: bool = False, span: int = 1) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
    para = '<w:pPr><w:keepNext/></w:pPr>' if keep else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{para}{runs}</w:p></w:tc>"


def sign_in(doc, view: SignInView, place) -> None:
    """A section per sheet, its pages numbered on their own and its header naming the day (or session); one
    table per sheet, its heading row repeated on each page, each group's heading row kept with the next row,
    each person's row at least 10 mm high."""
    lang = view.masthead.lang
    _ = lang._
    widths = [Emu(int(TEXT_WIDTH * share)).twips for share in SIGN_IN_WIDTHS]
    title = doc.sections[0].header.paragraphs[0].text
    for n, (sheet, groups) in enumerate(view.sheets()):
        section = doc.sections[0] if n == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
        _restart_numbers(section)
        section.header.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.text = f"{title} — {sheet.when}"
        header.style = doc.styles["Header"]
        ooxml.heading(doc, sheet.title, 1 + place.depth, sheet.anchor)
        if sheet.when != sheet.title:
            ooxml.para(doc, sheet.when, "Item Detail")
        table = doc.add_table(rows=1, cols=3, style="Participant Table")
        for cell, label in zip(table.rows[0].cells, (_("Name"), _("Organisation"), _("Signature"))):
            cell.text = label
        ooxml.fixed_widths(table, [Emu(width * 635) for width in widths])
        ooxml.repeat_header(table.rows[0])
        height = f'<w:trPr><w:trHeight w:val="{Emu(ROW_HEIGHT).twips}" w:hRule="atLeast"/></w:trPr>'
        rows = []
        for group in groups:
            rows.append(f"<w:tr>{_cell(sum(widths), ooxml.xml_run(group.name, 'Person Name'), keep=True, span=3)}</w:tr>")
            for person in group.rows:
                rows.append(f"<w:tr>{height}" + "".join(
                    _cell(width, ooxml.xml_run(text) if text else "")
                    for text, width in zip((person.name, person.organisation, ""), widths)) + "</w:tr>")
        for row in parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(rows)}</w:tbl>').findall(qn("w:tr")):
            table._tbl.append(row)
        ooxml.para(doc)


def briefings(doc, view: BriefingsView, place) -> None:
    """A chair's briefing from a new page: each session they chair, its facts, its speakers with their minutes
    and the first paragraph of their bio."""
    lang = view.masthead.lang
    _ = lang._
    for n, briefing in enumerate(view.briefings):
        heading = ooxml.heading(doc, briefing.chair, 1 + place.depth, briefing.anchor)
        heading.paragraph_format.page_break_before = n > 0
        if briefing.affiliation:
            ooxml.text_run(ooxml.para(doc, "", "Role"), briefing.affiliation)
        for session in briefing.sessions:
            ooxml.heading(doc, session.title, 2 + place.depth, f"{briefing.anchor}-{session.anchor}")
            facts = [(_("When"), session.when), (_("Room"), session.room), (_("Type"), session.kind),
                     (_("Timing"), session.timing), (_("Chaired with"), lang.join(session.co_chairs)),
                     (_("Notes"), session.notes)]
            for label, value in facts:
                if value:
                    p = ooxml.para(doc, "", "Item Detail")
                    ooxml.text_run(p, _("%(role)s: ", role=label), "Person Name")
                    ooxml.text_run(p, value)
            for speaker in session.speakers:
                p = ooxml.para(doc, "", "Speaker")
                if speaker.minutes is not None:
                    ooxml.text_run(p, _("%(minutes)d min", minutes=speaker.minutes) + " – ", "Person Name")
                ooxml.text_run(p, speaker.name, "Person Name")
                if speaker.affiliation:
                    p.add_run(", ")
                    ooxml.text_run(p, speaker.affiliation)
                if speaker.bio:
                    ooxml.text_run(ooxml.para(doc, "", "Item Detail"), speaker.bio, lang=speaker.bio_lang)


WRITERS = {"sign-in": sign_in, "briefings": briefings}
