"""Writes pipeline/templates/reference.docx: the named styles every DOCX of the dossier starts from.

    .venv/bin/python tools/make_reference_docx.py

Users restyle the dossier by editing these styles in Word (or replacing this
file); the writer in pipeline/render/docx/writer.py uses only style names, no direct
formatting. Regenerate after changing this script, and commit the result.
"""

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

FONT = "Arial"          # on every Word installation; LibreOffice maps it to Liberation Sans
ACCENT = RGBColor(0x0B, 0x3D, 0x77)
MUTED = RGBColor(0x55, 0x55, 0x55)
TEXT_WIDTH_TWIPS = round((210 - 2 * 18) / 25.4 * 1440)  # A4 less the side margins
TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "templates" / "reference.docx"

TABLE_STYLE = f"""
<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="ParticipantTable">
  <w:name w:val="Participant Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
  <w:rPr><w:sz w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="C8D2E0"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="C8D2E0"/>
    </w:tblBorders>
    <w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:caps/><w:color w:val="555555"/><w:sz w:val="15"/></w:rPr>
    <w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="0B3D77"/></w:tcBorders></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def paragraph_style(doc, name, size, *, bold=False, italic=False, color=None, before=0, after=4, base="Normal",
                    keep_next=False):
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name != base and style.base_style is None and name not in ("Normal",):
        style.base_style = styles[base]
    style.font.name = FONT
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # theme fonts would win over FONT
        rfonts.attrib.pop(qn(attr), None)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next
    style.quick_style = True
    return style


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)
    # Fonts for every script: Word uses eastAsia / cs slots for some text.
    rfonts = doc.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)

    paragraph_style(doc, "Normal", 10, after=4)
    paragraph_style(doc, "Title", 22, bold=True, color=ACCENT, after=6)
    paragraph_style(doc, "Subtitle", 11, color=MUTED, after=2)
    paragraph_style(doc, "Heading 1", 15, bold=True, color=ACCENT, before=14, after=4, keep_next=True)
    paragraph_style(doc, "Heading 2", 12, bold=True, color=ACCENT, before=2, after=2, keep_next=True)
    paragraph_style(doc, "Heading 3", 11, bold=True, color=RGBColor(0x1A, 0x1A, 0x1A), before=2, after=2, keep_next=True)
    paragraph_style(doc, "Header", 8, color=MUTED, after=0)
    paragraph_style(doc, "Footer", 8, color=MUTED, after=0)
    paragraph_style(doc, "Internal Mark", 9, bold=True, color=RGBColor(0x8B, 0x00, 0x00), after=2, base="Header")
    doc.styles["Internal Mark"].paragraph_format.alignment = 1  # centred
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]
        style.font.all_caps = False
        pPr = style.element.get_or_add_pPr()
        for border in pPr.findall(qn("w:pBdr")):
            pPr.remove(border)
    # The dossier's own paragraph styles.
    paragraph_style(doc, "Event Facts", 9.5, color=MUTED, after=2)
    paragraph_style(doc, "Item Time", 9, bold=True, color=ACCENT, before=8, after=0, keep_next=True)
    paragraph_style(doc, "Item Detail", 9, color=MUTED, after=1)
    paragraph_style(doc, "Speaker", 9.5, after=1)
    paragraph_style(doc, "Pause", 9.5, italic=True, color=MUTED, before=6, after=6)
    paragraph_style(doc, "Role", 10, italic=True, color=MUTED, after=4, keep_next=True)
    paragraph_style(doc, "Appearance", 9, after=1)
    paragraph_style(doc, "Small Heading", 8.5, bold=True, color=ACCENT, before=6, after=2, keep_next=True)
    # The full dossier's cover and table of contents (entries: right tab with a dot leader at the text's edge).
    paragraph_style(doc, "Cover Kicker", 12, color=MUTED, before=120, after=6)
    paragraph_style(doc, "Cover Title", 28, bold=True, color=ACCENT, after=18)
    paragraph_style(doc, "Cover Facts", 13, after=2)
    paragraph_style(doc, "Cover Organisers", 11, color=MUTED, before=0, after=2)
    paragraph_style(doc, "TOC Heading", 15, bold=True, color=ACCENT, before=0, after=8, keep_next=True)
    for level, (indent, size, bold) in enumerate(((0, 11, True), (6, 10, False)), start=1):
        style = paragraph_style(doc, f"TOC {level}", size, bold=bold, before=4 if level == 1 else 0, after=2)
        style.paragraph_format.left_indent = Mm(indent)
        style.element.get_or_add_pPr().append(parse_xml(
            f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH_TWIPS}"/></w:tabs>'))
    name_style = doc.styles.add_style("Person Name", WD_STYLE_TYPE.CHARACTER)
    name_style.font.bold = True
    name_style.quick_style = True
    doc.styles["Speaker"].paragraph_format.left_indent = Mm(4)
    doc.styles["Appearance"].paragraph_format.left_indent = Mm(4)
    doc.styles["Pause"].element.get_or_add_pPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="EEF2F7"/>'))
    doc.styles.element.append(parse_xml(TABLE_STYLE))

    # The reference document's own body is a single empty paragraph; documents add theirs.
    body = doc.element.body
    for child in list(body):
        if child.tag.endswith("}p"):
            body.remove(child)
    doc.core_properties.author = "Conference dossier pipeline"
    doc.core_properties.title = "Reference styles"
    doc.save(TARGET)
    print("wrote", TARGET)


if __name__ == "__main__":
    main()
