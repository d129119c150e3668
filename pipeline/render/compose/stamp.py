"""What a PDF file adds to the laid-out pages it is made of (render/compose/units.py): "Page X of Y", the organisers'
mark, the file's properties (title, subject, keywords, dates: the document information and the XMP metadata of
PDF/A) and the data it carries as attachments. The pages are the same in every file that holds them; these
differ from file to file, so they are drawn on, not laid out.

The text is drawn with the project's own font: a small PDF that WeasyPrint lays out once (the glyphs unit,
pipeline/templates/stamps.html.j2) holds every character the stamps use, and its fonts are copied into each file with
their glyph widths and Unicode map, so that the stamps are embedded, measured and extracted like any other text
(PDF/A-3a). They are marked as artifacts (pagination), outside the tagged structure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from pipeline.editions import INTERNAL_MARK
from pipeline.language import SUPPORTED, language
from pipeline.render import PAGE_NUMBER
from pipeline.render.compose.fonts import retag_font

DIGITS = "0123456789"

# Where the stamps go, in PDF points from the page's lower left corner. The number ends at the right margin
# (18 mm, print.css) on the baseline WeasyPrint gave the bottom-right margin box; the mark sits on a band above
# the running heads.
MM = 72 / 25.4
NUMBER_RIGHT, NUMBER_BASELINE, NUMBER_SIZE, NUMBER_GREY = 18 * MM, 25.44, 7.5, 0.333
MARK_TOP, MARK_HEIGHT, MARK_PADDING, MARK_SIZE = 6 * MM, 14.0, 3 * MM, 7.5
MARK_RED = (0.545, 0.0, 0.0)
DATA_DESCRIPTION = "The data this document shows, as JSON"  # an attachment's, as WeasyPrint wrote it


@dataclass(frozen=True)
class Stamps:
    """What a file's pages are stamped with, in its language: the number ("Page {number} of {total}") and the
    organisers' mark ("" for no mark)."""
    number: str
    mark: str


def stamps(lang, mark: bool, numbers: bool = True) -> Stamps:
    """numbers: "Page X of Y" on the pages (not on what is cut out or handed out: badges, certificates)."""
    return Stamps(lang._(PAGE_NUMBER, number="{number}", total="{total}") if numbers else "",
                  lang._(INTERNAL_MARK) if mark else "")


def glyph_text() -> tuple[str, str]:
    """The characters the stamps need in every language, spaced so that no ligature hides one: (regular face,
    bold face)."""
    every = [stamps(language(code), True) for code in SUPPORTED]
    number = set(DIGITS).union(*(s.number.format(number="", total="") for s in every)) - {" "}
    mark = set().union(*(s.mark for s in every)) - {" "}
    return " ".join(sorted(number)), " ".join(sorted(mark))


@dataclass(frozen=True)
class Face:
    """A font of the glyphs unit, ready to draw with: its PDF font, the code of each character, their widths."""
    font: pikepdf.Object
    codes: dict[str, int]
    widths: dict[int, float]       # code → advance in thousandths of the font size
    resource: str                  # its name in the stamped pages' resources

    def encode(self, text: str) -> bytes:
        return b"".join(self.codes[char].to_bytes(2, "big") for char in text)

    def width(self, text: str, size: float) -> float:
        return sum(self.widths.get(self.codes[char], 0) for char in text) * size / 1000


def _unicode_map(cmap: bytes) -> dict[str, int]:
    """Character → code, from a ToUnicode CMap (bfchar and bfrange sections)."""
    codes: dict[str, int] = {}
    text = cmap.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, uni in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            codes.setdefault(bytes.fromhex(uni).decode("utf-16-be"), int(code, 16))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for first, last, uni in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            for offset in range(int(last, 16) - int(first, 16) + 1):
                codes.setdefault(chr(int(uni, 16) + offset), int(first, 16) + offset)
    return codes


def _widths(w: pikepdf.Array) -> dict[int, float]:
    """Code → width from a CID font's W array: `c [w1 w2 …]` and `c_first c_last w` runs."""
    widths, items, i = {}, list(w), 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            widths.update({first + n: float(x) for n, x in enumerate(items[i + 1])})
            i += 2
        else:
            widths.update({c: float(items[i + 2]) for c in range(first, int(items[i + 1]) + 1)})
            i += 3
    return widths


def faces(glyphs: pikepdf.Pdf) -> dict[str, Face]:
    """The glyphs unit's fonts by weight: "regular" and "bold"."""
    found = {}
    for _, font in glyphs.pages[0].Resources.Font.items():
        weight = "bold" if "Bold" in str(font.BaseFont) else "regular"
        found[weight] = Face(font, _unicode_map(font.ToUnicode.read_bytes()), _widths(font.DescendantFonts[0].W),
                             f"/DossierStamp{weight.title()}")
    return found


def page_numbers(pages: int, numbered_from: int, restarts: tuple[int, ...] = ()) -> list[tuple[int, int] | None]:
    """(number, total) of each page, None for an unnumbered one: numbered from `numbered_from` (the dossier's
    cover has no number, its next page is "Page 2 of N"), and anew from each page index in `restarts` (each
    sign-in sheet is numbered on its own: "Page 2 of 3" of that day's sheet)."""
    starts = sorted({0, *restarts} - {pages})
    numbers: list[tuple[int, int] | None] = []
    for n, first in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else pages
        numbers += [(i - first + 1, end - first) if i >= numbered_from - 1 else None for i in range(first, end)]
    return numbers


def stamp(pdf: pikepdf.Pdf, glyphs: pikepdf.Pdf, numbers: list[tuple[int, int] | None], given: Stamps) -> None:
    """Draw "Page X of Y" on every page that has a number (page_numbers), and the organisers' mark on every page
    when there is one, after the page's own content (wrapped in q/Q: WeasyPrint leaves its flipped coordinates
    in force)."""
    by_weight = faces(glyphs)
    regular, bold = by_weight["regular"], by_weight["bold"]
    fonts = {face.resource: pdf.copy_foreign(face.font) for face in (regular, bold)}
    for font in fonts.values():
        retag_font(font)
    for page, numbered in zip(pdf.pages, numbers):
        drawn = []
        width, height = (float(x) for x in page.mediabox[2:4])
        if given.mark:
            text = given.mark
            band = bold.width(text, MARK_SIZE) + 2 * MARK_PADDING
            top = height - MARK_TOP
            drawn.append(b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f\n" % (
                *MARK_RED, (width - band) / 2, top - MARK_HEIGHT, band, MARK_HEIGHT))
            drawn.append(_text(bold, text, MARK_SIZE, (width - band) / 2 + MARK_PADDING,
                               top - MARK_HEIGHT / 2 - 0.36 * MARK_SIZE, (1.0, 1.0, 1.0)))
        if numbered and given.number:
            text = given.number.format(number=numbered[0], total=numbered[1])
            drawn.append(_text(regular, text, NUMBER_SIZE, width - NUMBER_RIGHT - regular.width(text, NUMBER_SIZE),
                               NUMBER_BASELINE, (NUMBER_GREY,) * 3))
        if not drawn:
            continue
        for resource, font in fonts.items():
            page.add_resource(font, Name.Font, Name(resource))
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"\nQ\n/Artifact <</Type /Pagination>> BDC q\n" + b"".join(drawn)
                                         + b"Q EMC\n"))


def _text(face: Face, text: str, size: float, x: float, y: float, rgb: tuple[float, float, float]) -> bytes:
    return (b"BT %.3f %.3f %.3f rg %s %.2f Tf %.2f %.2f Td <%s> Tj ET\n"
            % (*rgb, face.resource.encode(), size, x, y, face.encode(text).hex().encode()))


# --- the file's properties and data --------------------------------------------------------------

def _pdf_date(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).strftime("D:%Y%m%d%H%M%SZ")


def set_properties(pdf: pikepdf.Pdf, meta, generator: str, created: dt.datetime) -> None:
    """The document information and the XMP metadata (PDF/A requires both to agree), as WeasyPrint writes them
    from an HTML page's title and meta elements. meta: views.Meta."""
    from weasyprint import __version__ as weasyprint
    from weasyprint.pdf.metadata import DocumentMetadata

    iso = created.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    info = DocumentMetadata(title=meta.title, authors=[meta.author], description=meta.description,
                            keywords=[meta.keywords], generator=generator, created=iso, modified=iso)
    pdf.docinfo = pdf.make_indirect(Dictionary(
        Title=String(meta.title), Author=String(meta.author), Subject=String(meta.description),
        Keywords=String(meta.keywords), Creator=String(generator), Producer=String(f"WeasyPrint {weasyprint}"),
        CreationDate=String(_pdf_date(created)), ModDate=String(_pdf_date(created))))
    xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">'
           + info.generate_rdf_metadata("a", 3, "A") + b'</x:xmpmeta>\n<?xpacket end="r"?>')
    pdf.Root.Metadata = pikepdf.Stream(pdf, xmp, Type=Name.Metadata, Subtype=Name.XML)


def attach(pdf: pikepdf.Pdf, files: dict[str, bytes], created: dt.datetime) -> None:
    """The data the document shows, as JSON files embedded with AFRelationship Data (PDF/A-3), named in the
    catalogue's EmbeddedFiles and AF, as WeasyPrint embeds them."""
    if not files:
        return
    names, specs = Array(), Array()
    for name, data in sorted(files.items()):
        stream = pikepdf.Stream(pdf, data)
        stream.Type = Name.EmbeddedFile
        stream.Subtype = Name("/application/json")
        stream.Params = Dictionary(CheckSum=String(hashlib.md5(data, usedforsecurity=False).digest()),
                                   Size=len(data), CreationDate=String(_pdf_date(created)),
                                   ModDate=String(_pdf_date(created)))
        spec = pdf.make_indirect(Dictionary(Type=Name.Filespec, F=String(name), UF=String(name),
                                            EF=Dictionary(F=stream), Desc=String(DATA_DESCRIPTION),
                                            AFRelationship=Name.Data))
        names.extend([String(name), spec])
        specs.append(spec)
    if "/Names" not in pdf.Root:
        pdf.Root.Names = Dictionary()
    pdf.Root.Names.EmbeddedFiles = pdf.make_indirect(Dictionary(Names=names))
    pdf.Root.AF = specs
