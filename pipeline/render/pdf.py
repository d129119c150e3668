"""PDF: the document's HTML with the print stylesheet, laid out by WeasyPrint with fonts the project ships."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from pipeline.render import TEMPLATES


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


def _layout(html: str):
    return HTML(string=html, base_url=str(TEMPLATES / "css") + "/", url_fetcher=LocalFetcher()).render(
        font_config=FontConfiguration())


def _write(document, target: Path, attachments: dict[str, bytes] | None, created: dt.datetime | None,
           variant: str | None = PDF_VARIANT) -> None:
    files = [Attachment(string=data, name=name, description="The data this document shows, as JSON",
                        relationship="Data", created=created, modified=created)
             for name, data in (attachments or {}).items()]
    document.write_pdf(target, pdf_variant=variant, attachments=files)


def write_pdf(html: str, target: Path, attachments: dict[str, bytes] | None = None,
              created: dt.datetime | None = None) -> None:
    """attachments: file name → content, embedded as machine-readable data (AFRelationship Data), dated
    `created` (else WeasyPrint stamps the current time and two builds differ)."""
    _write(_layout(html), target, attachments, created)


# WeasyPrint draws a page in CSS pixels; its PDF points are 0.75 of them, measured from the page's foot.
_PT = 0.75


@dataclass(frozen=True)
class Laid:
    """What the join needs to know of a piece laid out on its own (render/join.py)."""
    pages: int
    anchors: dict[str, int]                       # anchor → page index in the piece (the first, if repeated)
    bookmarks: tuple[tuple[int, str, int, float, float], ...]  # (level, label, page index, x, y in points)


def write_piece(html: str, target: Path, attachments: dict[str, bytes] | None = None,
                created: dt.datetime | None = None) -> Laid:
    """One piece of a long PDF. A link to an anchor in another piece is written as a link to the URI
    "#anchor" (WeasyPrint would drop it), which the join turns into a link to the named destination."""
    document = _layout(html)
    anchors: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for name in page.anchors:
            anchors.setdefault(name, index)
    for page in document.pages:
        page.links[:] = [("external", f"#{target_}", rect, box) if kind == "internal" and target_ not in anchors
                         else (kind, target_, rect, box) for kind, target_, rect, box in page.links]
    bookmarks = tuple((level, label, index, x * _PT, (page.height - y) * _PT)
                      for index, page in enumerate(document.pages)
                      for level, label, (x, y), _state in page.bookmarks)
    _write(document, target, attachments, created)
    return Laid(len(document.pages), anchors, bookmarks)


def write_folio(html: str, target: Path) -> None:
    """The page numbers stamped on a joined PDF: blank pages with only the footer (untagged: the join marks
    them as artifacts)."""
    _write(_layout(html), target, None, None, variant=None)
