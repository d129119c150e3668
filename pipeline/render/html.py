"""HTML pages from Jinja2 templates. The same markup, with the print stylesheet, is what WeasyPrint lays out."""

from __future__ import annotations

import datetime as dt
from functools import cache

import jinja2

from pipeline import __version__
from pipeline.editions import INTERNAL_MARK
from pipeline.render import TEMPLATES
from pipeline.render.photos import data_uri

# Document id → title. The separate documents, in reading order; the full dossier holds them all.
DOCUMENTS = {
    "programme": "Programme",
    "participants": "List of participants",
    "bios": "Speakers' biographies",
}
FULL = "dossier"
TITLES = {FULL: "Conference dossier", **DOCUMENTS}


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["photo_uri"] = data_uri
    return env


@cache
def stylesheet(name: str) -> str:
    return (TEMPLATES / "css" / name).read_text(encoding="utf-8")


def render_document(doc_id: str, view, media: str, created: dt.datetime | None = None, piece=None) -> str:
    """media: "screen" for the .html file, "print" for the PDF (no navigation).
    piece: one piece of a long PDF (render/pieces.py); view is then the piece's view, except for the full
    dossier, whose template takes its parts' slices from the piece.

    Links between documents: the full dossier links within itself; separate HTML pages link to each other;
    a separate PDF has nothing to link to. `created` dates the PDF (its metadata), so rebuilds are identical."""
    css = stylesheet("screen.css") if media == "screen" else stylesheet("print.css")
    links = "internal" if doc_id == FULL else ("pages" if media == "screen" else "none")
    return _env().get_template(f"{doc_id}.html.j2").render(
        doc_id=doc_id, doc_title=TITLES[doc_id], view=view, m=view.masthead, css=css, media=media,
        links=links, depth=int(doc_id == FULL), documents=DOCUMENTS, titles=TITLES, version=__version__,
        created=created.strftime("%Y-%m-%dT%H:%M:%SZ") if created else None, mark=INTERNAL_MARK, piece=piece)


def render_index(masthead, sizes: dict[str, dict[str, int]]) -> str:
    """sizes: document id → {extension: size in bytes}."""
    return _env().get_template("index.html.j2").render(
        doc_id="index", doc_title="All files", m=masthead, sizes=sizes, documents=DOCUMENTS, titles=TITLES,
        css=stylesheet("screen.css"), media="screen", version=__version__, created=None, mark=INTERNAL_MARK,
        piece=None)


def render_folio(masthead, first: int, last: int, total: int, cover: bool) -> str:
    """The page numbers first..last of a PDF of `total` pages laid out in pieces; page 1 a cover when `cover`."""
    return _env().get_template("folio.html.j2").render(m=masthead, css=stylesheet("print.css"), first=first,
                                                      last=last, total=total, cover=cover)
