"""PDF: the document's HTML with the print stylesheet, laid out by WeasyPrint with fonts the project ships."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import HTML
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


def write_pdf(html: str, target: Path) -> None:
    fonts = FontConfiguration()
    document = HTML(string=html, base_url=str(TEMPLATES / "css") + "/", url_fetcher=LocalFetcher())
    document.write_pdf(target, font_config=fonts)
