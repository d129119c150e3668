"""The full dossier: a cover, contents that lead to the right pages, bookmarks, and speakers linked to their bios,
in the PDF, the DOCX and the HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from conftest import READERS, SAMPLE, bio_files, sheet_rows, squash

PARTS = ("Announcement", "Programme", "List of participants", "Speakers' biographies")
DAYS = ("Tuesday 4 December 2012", "Wednesday 5 December 2012")


def _speakers() -> set[str]:
    names = set()
    for item in sheet_rows(SAMPLE / "programme.xlsx"):
        for cell in (item["Speakers"], item["Chair"]):
            names |= {n.strip() for n in (cell or "").split(";") if n.strip()}
    return names


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_the_dossier_holds_every_part(sample_dossier, fmt):
    text = READERS[fmt](sample_dossier / f"dossier.{fmt}")
    for part in PARTS + DAYS:
        assert part in text
    assert "organises an international expert conference" in text  # the announcement's own words
    for item in sheet_rows(SAMPLE / "programme.xlsx"):
        assert item["Title"] in text
    for row in sheet_rows(SAMPLE / "participants.xlsx"):
        if str(row["Listed"]).lower() == "yes":
            assert row["Last name"] in text
        else:
            assert f"{row['First name']} {row['Last name']}" not in text
    for meta, _ in bio_files(SAMPLE):
        assert meta["name"] in text


# --- PDF ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module", params=["whole", "pieces"])
def pdf(request, sample_dossier, pieced_dossier) -> PdfReader:
    """The dossier laid out whole, and laid out in pieces and joined: both must hold every promise below."""
    return PdfReader((sample_dossier if request.param == "whole" else pieced_dossier) / "dossier.pdf")


def _outline(reader: PdfReader, entries=None, depth=0) -> list[tuple[int, str, int]]:
    """(depth, title, page number) of every bookmark."""
    found = []
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            found += _outline(reader, entry, depth + 1)
        else:
            found.append((depth, entry.title, reader.get_destination_page_number(entry) + 1))
    return found


def test_pdf_opens_at_a_cover_without_page_number(pdf):
    cover = pdf.pages[0].extract_text()
    for fact in ("Making Prevention Work", "4–5 December 2012", "Sofia, Bulgaria", "Organised by",
                 "Anti-Trafficking Division, Council of Europe"):
        assert fact in cover.replace("\n", " ") or fact.upper() in cover
    assert "Page" not in cover


def test_pdf_bookmarks_every_document_day_and_section(pdf):
    outline = _outline(pdf)
    top = [title for depth, title, _ in outline if depth == 0]
    assert [t for t in top if t in PARTS] == list(PARTS)
    titles = {title for _, title, _ in outline}
    assert set(DAYS) <= titles
    assert any(t.startswith("Bulgaria (") for t in titles)
    assert any(t.startswith("International organisations (") for t in titles)
    assert "Opening statement" in titles


def test_pdf_contents_page_numbers_lead_to_the_headings(pdf):
    contents = pdf.pages[1].extract_text()
    assert "Contents" in contents
    bookmarks = {title: page for _, title, page in _outline(pdf)}
    for title in PARTS + DAYS:
        match = re.search(re.escape(title) + r"[ .]*?\.{3,}\s*(\d+)", contents)
        assert match, f"{title} has no dot leader and page number in the contents"
        assert int(match[1]) == bookmarks[title], title
        assert title in pdf.pages[int(match[1]) - 1].extract_text().replace("\n", " ")


def _link_targets(reader: PdfReader, first: int, last: int) -> list[str]:
    names = []
    for page in reader.pages[first - 1:last]:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
                names.append(str(annot["/Dest"]))
    return names


def test_pdf_speaker_names_link_to_their_bios_and_bios_back(pdf):
    bookmarks = {title: page for _, title, page in _outline(pdf)}
    programme = range(bookmarks["Programme"], bookmarks["List of participants"])
    targets = _link_targets(pdf, programme.start, programme.stop - 1)
    bio_targets = [t for t in targets if t.startswith("bio-")]
    assert len(set(bio_targets)) == len(_speakers())
    destinations = pdf.named_destinations
    for name in set(bio_targets):
        page = pdf.get_destination_page_number(destinations[name])
        assert page + 1 >= bookmarks["Speakers' biographies"]
    # The bio a link lands on names the person linked from.
    ruotanen = next(t for t in bio_targets if "ruotanen" in t)
    assert "Marja Ruotanen" in pdf.pages[pdf.get_destination_page_number(destinations[ruotanen])].extract_text()
    back = [t for t in _link_targets(pdf, bookmarks["Speakers' biographies"], len(pdf.pages)) if t.startswith("item-")]
    assert back and all(pdf.get_destination_page_number(destinations[t]) + 1 in programme for t in back)


def test_pdf_running_heads_name_document_and_section(pdf):
    bulgaria = next(page for _, title, page in _outline(pdf) if title.startswith("Bulgaria ("))
    page = pdf.pages[bulgaria].extract_text()  # the page after the one where Bulgaria begins
    # The heads: the document at the left, the country in force at the right.
    assert re.search(r"List of participants (Bulgaria|Croatia|Czechia|Denmark) \(\d+\)", squash(page))


# --- DOCX --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docx(sample_dossier):
    return Document(sample_dossier / "dossier.docx")


def test_docx_has_a_cover_without_header_and_a_toc_field(docx):
    assert docx.sections[0].different_first_page_header_footer
    styles = [p.style.name for p in docx.paragraphs]
    assert styles.index("Cover Title") < styles.index("TOC Heading") < styles.index("Heading 1")
    xml = docx.element.xml
    assert 'TOC \\o "1-2" \\h \\z \\u' in xml
    assert docx.settings.element.find(qn("w:updateFields")) is not None
    toc = [p.text for p in docx.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert toc == ["Announcement", "Programme", *DAYS, "List of participants", "Speakers' biographies"]


def test_docx_links_speakers_to_bookmarked_bios(docx):
    body = docx.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    links = [h for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))]
    bio_links = {h.get(qn("w:anchor")): "".join(t.text for t in h.iter(qn("w:t"))) for h in links
                 if h.get(qn("w:anchor")).startswith("bio_")}
    assert set(bio_links) <= bookmarks
    assert {re.sub(r"^(Ms|Mr|Dr|Prof) ", "", n) for n in _speakers()} <= \
        {re.sub(r"^(Ms|Mr|Dr|Prof) ", "", n) for n in bio_links.values()}
    assert any(a.startswith("item_") and a in bookmarks for a in (h.get(qn("w:anchor")) for h in links))
    assert all(h.get(qn("w:anchor")) in bookmarks for h in links), "every internal link has its bookmark"


def test_docx_core_properties(docx):
    props = docx.core_properties
    assert props.title.startswith("Conference dossier – Making Prevention Work")
    assert props.author.startswith("Anti-Trafficking Division, Council of Europe")
    assert props.language == "en-GB" and props.created is not None


# --- HTML --------------------------------------------------------------------------------------

class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.hrefs.append(attrs["href"][1:])


def test_html_dossier_links_stay_inside_it_and_land(sample_dossier):
    parser = _Ids()
    parser.feed((sample_dossier / "dossier.html").read_text(encoding="utf-8"))
    assert len(parser.ids) == len(set(parser.ids)), "ids are unique"
    assert parser.hrefs and set(parser.hrefs) <= set(parser.ids)
    assert sum(h.startswith("bio-") for h in parser.hrefs) >= len(_speakers())
