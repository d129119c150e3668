"""Reads every byte of an edition folder the way someone hunting for personal data would, and reports each
forbidden string found: in raw bytes, in PDF text, metadata, attachments and every decompressed stream, in the
text of every DOCX part (XML tags removed, so a name split across runs is still found), in HTML and side files."""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject

# Words only the organisers' working pack prints (pipeline/pack.py), in English and French, and its contact
# cards: none may be in the public or the delegates' edition.
PACK_WORDS = {"Certificate of attendance", "Attestation de participation", "This is to certify that",
              "Il est certifié que", "Sign-in sheets", "Feuilles d'émargement", "Chair briefings",
              "Fiches à l'intention des présidents de séance", "BEGIN:VCARD", "Name badges", "Badges nominatifs",
              "Table name cards", "Chevalets nominatifs"}


def _pdf_texts(path: Path) -> Iterator[tuple[str, str]]:
    # Each page's text through PDFium (pdfplumber's engine): twenty times faster than pypdf's, which took ten of
    # the delegates' scan's eleven seconds. pypdf reads the rest: properties, attachments, every stream.
    document = pypdfium2.PdfDocument(path)
    try:
        for number in range(len(document)):
            yield f"page {number + 1} text", document[number].get_textpage().get_text_range()
    finally:
        document.close()
    reader = PdfReader(path)
    yield "metadata", " ".join(str(v) for v in (reader.metadata or {}).values())
    for name, contents in reader.attachments.items():
        for data in contents:
            yield f"attachment {name}", data.decode("utf-8", "replace")
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:
            continue
        if isinstance(obj, StreamObject):
            try:
                yield f"stream {number}", obj.get_data().decode("latin-1")
            except Exception:
                continue


def _zip_texts(path: Path) -> Iterator[tuple[str, str]]:
    with zipfile.ZipFile(path) as zipped:
        for name in zipped.namelist():
            raw = zipped.read(name).decode("utf-8", "replace")
            yield name, raw
            yield f"{name} (text)", re.sub(r"<[^>]+>", "", raw)


def texts(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a file holds."""
    raw = path.read_bytes().decode("utf-8", "replace")
    yield "bytes", raw
    if path.suffix in (".html", ".json", ".ics", ".xml", ".txt"):
        yield "text", html.unescape(re.sub(r"\r?\n[ \t]", "", raw))  # entities; lines folded in .ics
    if path.suffix == ".pdf":
        yield from _pdf_texts(path)
    elif path.suffix in (".docx", ".zip"):
        yield from _zip_texts(path)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\u200b", ""))


def _solid(text: str) -> str:
    """Without any white space: an address broken across two lines of a narrow column is still found."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text).replace("\u200b", ""))


def scan(folder: Path, forbidden: set[str]) -> list[str]:
    """'file: where: needle' for every forbidden string found under folder."""
    found = []
    needles = {n: _solid(n) for n in forbidden if n}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        for where, text in texts(path):
            spaced, solid = _norm(text), _solid(text)
            found += [f"{path.relative_to(folder)}: {where}: {needle}" for needle, bare in needles.items()
                      if needle in spaced or bare in solid]
    return sorted(set(found))
