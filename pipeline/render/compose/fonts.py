"""Font subsets in joined PDFs: each named by its own glyphs (join.py renames every unit's, stamp.py the glyphs
unit's it draws with), so that two subsets of one font in one file never share a name."""

from __future__ import annotations

import hashlib

import pikepdf
from pikepdf import Name


def retag_font(font: pikepdf.Dictionary) -> None:
    for face in font.get("/DescendantFonts", [font]):
        descriptor = face.FontDescriptor
        program = next(descriptor[k] for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in descriptor)
        digest = hashlib.sha256(program.read_raw_bytes()).digest()
        tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
        name = Name(f"/{tag}+{str(face.BaseFont)[1:].split('+', 1)[-1]}")
        face.BaseFont = descriptor.FontName = name
        if face is not font:
            font.BaseFont = name
