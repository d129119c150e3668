"""PDF layout: a unit's HTML (render/compose/units.py) with the print stylesheet, laid out by WeasyPrint with the fonts the
project ships."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from pipeline.render import TEMPLATES
from pipeline.render.compose.units import Laid


class LocalFetcher(URLFetcher):
    """Serves only the project's templates folder (CSS, fonts) and data: URIs; refuses everything else."""

    def __init__(self, roots: tuple[Path, ...] = (TEMPLATES,)):
        super().__init__(allowed_protocols={"file", "data"})
        self.roots = tuple(r.resolve() for r in roots)

    def fetch(self, url, headers=None):
        if url.startswith("file:"):
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"refused to read {path}: outside the project's templates")
        return super().fetch(url, headers)


# PDF/A-3a: archival, with embedded files allowed, and tagged (the "a" level), which WeasyPrint writes cleanly.
PDF_VARIANT = "pdf/a-3a"

# fontTools stamps each font subset with the time it was made, unless SOURCE_DATE_EPOCH says otherwise. A unit's
# pages carry no date of the conference's (the files that hold them are dated when joined: render/compose/stamp.py), so
# that a date moving forces no layout: the subsets are dated with the Unix epoch, as reproducible builds do.
LAYOUT_EPOCH = "0"

# WeasyPrint draws a page in CSS pixels; its PDF points are 0.75 of them, measured from the page's foot.
_PT = 0.75


@contextmanager
def _fonts() -> Iterator[FontConfiguration]:
    """WeasyPrint's font configuration, whose temporary folder is removed as soon as the layout is written
    (WeasyPrint leaves that to the garbage collector, which a worker process may never run)."""
    config = FontConfiguration()
    try:
        yield config
    finally:
        folder = getattr(config, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


def lay_out(html: str, target: Path, epoch: str = LAYOUT_EPOCH) -> Laid:
    """A unit laid out and written as PDF/A-3a, undated. A link to an anchor outside the unit is written as a link
    to the URI "#anchor" (WeasyPrint would drop it), which the join turns into a link to the named destination,
    or removes when the file it makes does not hold that anchor. epoch: the time its fonts are dated with."""
    with _fonts() as fonts, _dated(epoch):
        return _write(HTML(string=html, base_url=_BASE, url_fetcher=LocalFetcher()).render(font_config=fonts), target)


@contextmanager
def many() -> Iterator:
    """lay(html, css, target, epoch) for many small documents in a row (people's letters): one font
    configuration for all, each stylesheet parsed once, a third of the time each takes alone."""
    with _fonts() as fonts:
        sheets: dict[str, CSS] = {}

        def lay(html: str, css: str, target: Path, epoch: str) -> Laid:
            if css not in sheets:
                sheets[css] = CSS(string=css, base_url=_BASE, url_fetcher=LocalFetcher(), font_config=fonts)
            with _dated(epoch):
                return _write(HTML(string=html, base_url=_BASE, url_fetcher=LocalFetcher()).render(
                    stylesheets=[sheets[css]], font_config=fonts), target)
        yield lay


_BASE = str(TEMPLATES / "css") + "/"


@contextmanager
def _dated(epoch: str) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to epoch while a document is laid out and written (fontTools dates its subsets)."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        yield
    finally:
        if given is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = given


def _write(document, target: Path) -> Laid:
    anchors: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for name in page.anchors:
            anchors.setdefault(name, index)
    for page in document.pages:
        page.links[:] = [("external", f"#{to}", rect, box) if kind == "internal" and to not in anchors
                         else (kind, to, rect, box) for kind, to, rect, box in page.links]
    bookmarks = tuple((level, label, index, x * _PT, (page.height - y) * _PT)
                      for index, page in enumerate(document.pages)
                      for level, label, (x, y), _state in page.bookmarks)
    document.write_pdf(target, pdf_variant=PDF_VARIANT)
    return Laid(len(document.pages), anchors, bookmarks)
