"""PDF: the document's HTML with the print stylesheet, laid out by WeasyPrint with fonts the project ships."""

from __future__ import annotations

import datetime as dt
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


def write_pdf(html: str, target: Path, attachments: dict[str, bytes] | None = None,
              created: dt.datetime | None = None) -> None:
    """attachments: file name → content, embedded as machine-readable data (AFRelationship Data), dated
    `created` (else WeasyPrint stamps the current time and two builds differ)."""
    fonts = FontConfiguration()
    document = HTML(string=html, base_url=str(TEMPLATES / "css") + "/", url_fetcher=LocalFetcher())
    files = [Attachment(string=data, name=name, description="The data this document shows, as JSON",
                        relationship="Data", created=created, modified=created)
             for name, data in (attachments or {}).items()]
    document.write_pdf(target, font_config=fonts, pdf_variant=PDF_VARIANT, attachments=files)
