"""HTML from Jinja2 templates: the web pages of an edition, and the markup of every print layout unit, which
WeasyPrint lays out with the print stylesheet (render/compose/units.py). Fixed words come from the language's catalogue
through Jinja2's i18n extension: one environment per language."""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path

import jinja2
import jinja2.bccache
from markupsafe import Markup, escape

from pipeline import __version__
from pipeline.documents import DOCUMENTS, FULL, documents_of
from pipeline.editions import INTERNAL_MARK, Edition
from pipeline.language import N_, SUPPORTED, Language, language
from pipeline.render import ADDRESS_BREAK, PAGE_NUMBER, TEMPLATES
from pipeline.render.compose.cache import TEMPLATES_FOLDER, cache_dir
from pipeline.render.formats.charts import chart_svg
from pipeline.render.photos import data_uri
from pipeline.richtext import RichText
from pipeline.views.document import Masthead, document_meta
from pipeline.views.dossier import ANNOUNCEMENT

ALL_FILES = N_("All files")  # the index pages' title


@cache
def _env(code: str) -> jinja2.Environment:
    lang = language(code)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             extensions=["jinja2.ext.i18n"], bytecode_cache=_Compiled())
    env.install_gettext_callables(**lang.template_callables(), newstyle=True)
    env.filters["photo_uri"] = data_uri
    env.filters["foreign"] = lambda text: getattr(text, "lang", "")  # views.Shown: the language to mark
    env.filters["breakable"] = breakable
    env.filters["qr_uri"] = qr_uri
    env.filters["chart"] = lambda breakdown, prefix: Markup(chart_svg(breakdown, prefix))
    env.globals.update(titles={doc.id: lang._(doc.title) for doc in DOCUMENTS.values() if "html" in doc.formats},
                       documents=tuple(DOCUMENTS.values()), version=__version__, mark=lang._(INTERNAL_MARK),
                       announcement=lang._(ANNOUNCEMENT), lang=lang)
    return env


class _Compiled(jinja2.BytecodeCache):
    """The templates compiled once, kept in the shared cache folder (the one in force at each use): compiling
    them costs a build, and each of its workers, about 0.2 s a language. Jinja2 keys each by its name and
    source; the folder is Jinja2's version's."""

    @staticmethod
    def _path(bucket: jinja2.bccache.Bucket) -> Path:
        return cache_dir() / f"{TEMPLATES_FOLDER}-{jinja2.__version__}" / f"{bucket.key}.cache"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            with self._path(bucket).open("rb") as stored:
                bucket.load_bytecode(stored)
        except OSError:
            pass

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = self._path(bucket)
        part = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with part.open("wb") as stored:
                bucket.write_bytecode(stored)
            os.replace(part, path)  # whole or not at all: builds at once may write the same template
        except OSError:  # a cache that cannot be written only costs time
            part.unlink(missing_ok=True)


def warm() -> None:
    """Every template loaded in every language (the workers' server does it once, before any is forked)."""
    for code in SUPPORTED:
        env = _env(code)
        for name in env.list_templates(extensions=["j2"]):
            env.get_template(name)


def breakable(text: str) -> Markup:
    """An e-mail address (or any text) that a narrow column breaks only after "@" or "." and at its spaces,
    never inside a word ("example.o / rg"): <wbr> after each, the rest escaped."""
    return Markup(ADDRESS_BREAK.sub("<wbr>", str(escape(text))))


def qr_uri(payload: str) -> str:
    """A QR code (segno) as a PNG of one pixel per module, which print.css scales up without smoothing
    (image-rendering: pixelated: sharp edges at any size, and far quicker to lay out than the SVG of as many
    paths). Error correction M (15 %), no quiet zone drawn: the badge's white around it is one."""
    import segno

    return segno.make(payload, error="m", micro=False).png_data_uri(scale=1, border=0)


@cache
def stylesheet(name: str) -> str:
    return (TEMPLATES / "css" / name).read_text(encoding="utf-8")


def _render(template: str, doc_id: str, masthead: Masthead, edition: Edition | None, styles: str | None = None,
            **context) -> str:
    """styles: the stylesheet the page carries, when not its own (a person's document is given its own apart)."""
    lang = masthead.lang
    doc = DOCUMENTS.get(doc_id)
    title = lang._(doc.title) if doc else lang._(ALL_FILES)
    screen = edition is not None
    css = stylesheet("screen.css") if screen else stylesheet("print.css") + (stylesheet("pack.css") if doc.pack else "")
    css = css if styles is None else styles
    return _env(lang.code).get_template(template).render(
        doc_id=doc_id, doc_title=title, m=masthead, edition=edition, media="screen" if screen else "print",
        meta=document_meta(title, masthead, edition) if screen else None, css=css, **context)


def render_page(doc_id: str, view, edition: Edition) -> str:
    """The document's web page in an edition. The full dossier's page links within itself, the separate pages
    link to each other."""
    return _render(f"{doc_id}.html.j2", doc_id, view.masthead, edition, view=view, unit=None,
                   links="internal" if doc_id == FULL else "pages", depth=int(doc_id == FULL))


def render_unit(unit) -> str:
    """The markup of a print layout unit (render/compose/units.py): the same for every edition. Links are written to
    their anchors; the join keeps those whose target is in the file it makes and drops the others."""
    if unit.part == "glyphs":
        return _env("en").get_template("stamps.html.j2").render(css=stylesheet("print.css"), view=unit.view)
    return _render(f"{unit.doc_id}.html.j2", unit.doc_id, unit.view.masthead, None, view=unit.view, unit=unit,
                   links="internal", depth=0)


def render_personal(doc_id: str, view, created: str) -> tuple[str, str]:
    """A person's own document (views/letters.Personal), laid out and published as it is: a letter, with its page
    numbers in CSS, or their certificate of attendance. created: its date (ISO 8601), for the PDF's properties.
    Returns its HTML and its stylesheet apart: many are laid out in a row with the stylesheet parsed once."""
    css = stylesheet("print.css") + stylesheet("pack.css")
    if doc_id == "certificates":
        return _render("certificates.html.j2", doc_id, view.masthead, None, view=view, unit=None, links="internal",
                       depth=0, styles=""), css
    lang = view.masthead.lang
    words = lang._(PAGE_NUMBER, number="\0", total="\1").replace("\\", "\\\\").replace('"', '\\"')
    numbers = '"' + words.replace("\0", '" counter(page) "').replace("\1", '" counter(pages) "') + '"'
    html = _env(lang.code).get_template("letter.html.j2").render(view=view, m=view.masthead, created=created)
    return html, css + f"@page letter {{ @bottom-right {{ content: {numbers}; }} }}\n"


def render_index(masthead: Masthead, edition: Edition, sizes: dict[str, dict[str, int]],
                 languages: tuple[Language, ...], report: RichText | None = None,
                 folders: dict[str, int] | None = None) -> str:
    """An edition's files in one language. sizes: document id → {extension: size in bytes}; languages: every
    language of the edition, which the page links to; report: after the event, what the page opens with;
    folders: the organisers' folders of each person's letters and certificate, and how many files each holds."""
    return _render("index.html.j2", "index", masthead, edition, sizes=sizes, unit=None, languages=languages,
                   documents=documents_of(edition.name), report=report, folders=folders or {})


def render_languages(mastheads: tuple[Masthead, ...], edition: Edition) -> str:
    """The edition's own page: the event, and its files in each language (one masthead per language)."""
    first = mastheads[0]
    return _env(first.lang.code).get_template("languages.html.j2").render(
        m=first, mastheads=mastheads, edition=edition, doc_id="languages", media="screen", unit=None,
        meta=document_meta(first.lang._(ALL_FILES), first, edition), css=stylesheet("screen.css"))
