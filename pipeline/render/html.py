"""HTML from Jinja2 templates: the web pages of an edition, and the markup of every print layout unit, which
WeasyPrint lays out with the print stylesheet (render/units.py)."""

from __future__ import annotations

from functools import cache

import jinja2

from pipeline import __version__
from pipeline.documents import DOCUMENTS, FULL, documents_of
from pipeline.editions import INTERNAL_MARK, Edition
from pipeline.render import TEMPLATES
from pipeline.render.photos import data_uri
from pipeline.views import ANNOUNCEMENT, Masthead, document_meta

TITLES = {doc.id: doc.title for doc in DOCUMENTS.values()}


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["photo_uri"] = data_uri
    env.globals.update(titles=TITLES, documents=tuple(DOCUMENTS.values()), version=__version__, mark=INTERNAL_MARK,
                       announcement=ANNOUNCEMENT)
    return env


@cache
def stylesheet(name: str) -> str:
    return (TEMPLATES / "css" / name).read_text(encoding="utf-8")


def _render(template: str, doc_id: str, masthead: Masthead, edition: Edition | None, **context) -> str:
    title = TITLES.get(doc_id, "All files")
    screen = edition is not None
    return _env().get_template(template).render(
        doc_id=doc_id, doc_title=title, m=masthead, edition=edition, media="screen" if screen else "print",
        meta=document_meta(title, masthead, edition) if screen else None,
        css=stylesheet("screen.css" if screen else "print.css"), **context)


def render_page(doc_id: str, view, edition: Edition) -> str:
    """The document's web page in an edition. The full dossier's page links within itself, the separate pages
    link to each other."""
    return _render(f"{doc_id}.html.j2", doc_id, view.masthead, edition, view=view, unit=None,
                   links="internal" if doc_id == FULL else "pages", depth=int(doc_id == FULL))


def render_unit(unit) -> str:
    """The markup of a print layout unit (render/units.py): the same for every edition. Links are written to
    their anchors; the join keeps those whose target is in the file it makes and drops the others."""
    if unit.part == "glyphs":
        return _env().get_template("stamps.html.j2").render(css=stylesheet("print.css"), view=unit.view)
    return _render(f"{unit.doc_id}.html.j2", unit.doc_id, unit.view.masthead, None, view=unit.view, unit=unit,
                   links="internal", depth=0)


def render_index(masthead: Masthead, edition: Edition, sizes: dict[str, dict[str, int]]) -> str:
    """sizes: document id → {extension: size in bytes}."""
    return _render("index.html.j2", "index", masthead, edition, sizes=sizes, unit=None,
                   documents=documents_of(edition.name))
