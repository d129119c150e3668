"""OOXML for the DOCX writers (render/docx/writer.py): paragraphs and runs in the reference document's named styles,
and the few things python-docx has no API for, written as small pieces of OOXML: fields (PAGE, NUMPAGES),
bookmarks on headings, internal hyperlinks, header rows that repeat on every page, page orientation, and the
language of the document and of a run printed untranslated (w:lang)."""

from __future__ import annotations

import itertools
import re
from functools import cache

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from pipeline.language import Language, language
from pipeline.render import ADDRESS_BREAK, TEMPLATES
from pipeline.richtext import RichText

TEXT_WIDTH = Mm(174)  # A4 less the reference document's side margins

REFERENCE = TEMPLATES / "reference.docx"


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


def new_document() -> DocxDocument:
    """A document started from the reference document, counting its own drawing and bookmark ids."""
    doc = Document(str(REFERENCE))
    doc.part._dossier_ids = itertools.count(doc.part.next_id)
    doc.part.__class__ = _counted(type(doc.part))
    return doc


@cache
def style_ids() -> dict[str, str]:
    """Style name → id, read once: python-docx looks a name up through every style on each use, which made
    a directory of thousands of rows quadratic."""
    return {style.name: style.style_id for style in Document(str(REFERENCE)).styles}


def para(container, text: str = "", style: str | None = None):
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
        text_run(paragraph, text)
    if style:
        paragraph._p.get_or_add_pPr().style = style_ids()[style]
    return paragraph


def text_run(paragraph, text: str, style: str | None = None, lang: str = ""):
    """A run of text; marked with its language (w:lang) when it is a text of the inputs printed untranslated
    (views.Shown), or when lang is given."""
    run = paragraph.add_run(text)
    if style:
        run._r.get_or_add_rPr().style = style_ids()[style]
    lang = lang or getattr(text, "lang", "")
    if lang:
        run._r.get_or_add_rPr().append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{language(lang).tag}"/>'))
    return run


def fill(paragraph, lang: Language, message: str, **values) -> None:
    """A message of the catalogue with its values put in, each value a run of its own (so that a text printed
    untranslated keeps its language mark)."""
    marked = lang._(message, **{name: f"\0{name}\0" for name in values})
    for i, piece in enumerate(marked.split("\0")):
        if i % 2:
            text_run(paragraph, values[piece])
        elif piece:
            paragraph.add_run(piece)


def untranslated(paragraph, note: str) -> None:
    """"(en anglais)", after an item printed untranslated."""
    if note:
        text_run(paragraph, f" {note}").italic = True


def field(paragraph, instruction: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def set_language(doc, lang: Language) -> None:
    """The document's language (spelling, hyphenation, screen readers): w:lang of the default run properties."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    element = props.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        props.append(element)
    element.set(qn("w:val"), lang.tag)


def rich_text(doc, text: RichText, lang: str = "") -> None:
    """lang: the text's language when it is not the document's (a bio printed untranslated)."""
    styles = {"p": "Normal", "h": "Heading 3", "quote": "Quote"}
    for block in text.blocks:
        style = styles.get(block.kind) or ("List Number" if block.ordered else "List Bullet")
        paragraph = para(doc, "", style)
        for run in block.runs:
            r = text_run(paragraph, run.text, lang=lang)
            r.bold = run.bold or None
            r.italic = run.italic or None
            if run.href and run.href != run.text:
                paragraph.add_run(f" ({run.href})")


def bookmark_name(anchor: str) -> str:
    """Word's rules: a letter first, then letters, digits and underscores, at most 40 characters."""
    return re.sub(r"\W", "_", anchor)[:40]


def bookmark(paragraph, anchor: str) -> None:
    number = next(paragraph.part._dossier_ids)  # the document's own counter (write_docx): stable bytes
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{number}" w:name="{bookmark_name(anchor)}"/>')
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{number}"/>'))


def heading(doc, text: str, level: int, anchor: str | None = None):
    paragraph = para(doc, text, f"Heading {level}")
    if anchor:
        bookmark(paragraph, anchor)
    return paragraph


def link(paragraph, text: str, anchor: str | None, style: str | None = None) -> None:
    """A run of text; inside the full dossier, a hyperlink to the bookmark `anchor`."""
    run = text_run(paragraph, text, style)
    if anchor is None:
        return
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark_name(anchor))
    run._r.addprevious(link)
    link.append(run._r)


def xml_run(text: str, style: str = "") -> str:
    """A run as OOXML (rows written all at once: _participants), in a named character style if given, marked
    with its language when untranslated."""
    lang = getattr(text, "lang", "")
    props = (f'<w:rStyle w:val="{style_ids()[style]}"/>' if style else "") + \
        (f'<w:lang w:val="{language(lang).tag}"/>' if lang else "")
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'


def breakable(text: str) -> str:
    """An e-mail address that a narrow column breaks only after "@" or ".", never inside a word: a zero-width
    space after each (Word's "no-width optional break", which LibreOffice honours too)."""
    return ADDRESS_BREAK.sub("\u200b", text)


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


WHOLE = "<w:trPr><w:cantSplit/></w:trPr>"  # a table row that never breaks across pages (w:tr's first child)


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def turn(section, orientation) -> None:
    if section.orientation != orientation:
        section.orientation = orientation
        section.page_width, section.page_height = section.page_height, section.page_width


def fixed_widths(table, widths) -> None:
    """Columns of these widths (EMU or docx.shared lengths), not fitted to their text: the grid, which LibreOffice
    reads, and each cell of the rows so far, which Word reads."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
