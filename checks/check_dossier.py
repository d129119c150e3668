"""`make check`: the built dossier read by tools nobody on this team wrote. Exit 1 on any problem.

    .venv/bin/python checks/check_dossier.py [DOSSIER_DIR]

- qpdf --check: every PDF's structure;
- pdffonts: every font of every PDF embedded;
- LibreOffice: every DOCX opened and converted to PDF (soffice exits 0 even when it fails, so the PDF is looked
  for), and that PDF's text holds every heading and every listed name of the same document's HTML page;
- the Nu Html Checker (vnu.jar): no error on any HTML page;
- axe-core in headless Chromium (checks/axe.mjs): no WCAG 2.1 A or AA violation on any page, at desktop and
  phone widths.

The tools are installed by checks/install.sh (`make check` runs it once).
"""

from __future__ import annotations

import argparse
from concurrent.futures import ThreadPoolExecutor
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
VNU = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _run(*command: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def _rel(path: Path, folder: Path) -> str:
    return str(path.relative_to(folder))


def _squash(text: str) -> str:
    """White space collapsed; zero-width spaces (where an address may break) are not text a reader sees."""
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


# --- PDF ---------------------------------------------------------------------------------------

def pdf_structure(folder: Path) -> list[str]:
    problems = []
    for pdf in sorted(folder.rglob("*.pdf")):
        result = _run("qpdf", "--check", str(pdf))
        if result.returncode != 0:
            problems.append(f"{_rel(pdf, folder)}: qpdf --check: {_squash(result.stdout + result.stderr)[:300]}")
    return problems


def _pdffonts_rows(output: str) -> list[dict[str, str]]:
    """pdffonts prints a table whose columns are as wide as the dashes under its header."""
    lines = output.splitlines()
    if len(lines) < 2:
        return []
    spans = [m.span() for m in re.finditer(r"-+", lines[1])]
    names = [lines[0][a:b].strip() for a, b in spans]
    return [{name: line[a:b].strip() for name, (a, b) in zip(names, spans)} for line in lines[2:] if line.strip()]


def pdf_fonts(folder: Path) -> list[str]:
    problems = []
    for pdf in sorted(folder.rglob("*.pdf")):
        result = _run("pdffonts", str(pdf))
        rows = _pdffonts_rows(result.stdout)
        if result.returncode != 0 or not rows:
            problems.append(f"{_rel(pdf, folder)}: pdffonts could not list its fonts: {_squash(result.stderr)[:200]}")
        problems += [f"{_rel(pdf, folder)}: font {row['name']} is not embedded"
                     for row in rows if row.get("emb") != "yes"]
    return problems


# --- DOCX in LibreOffice -----------------------------------------------------------------------

class _Expected(HTMLParser):
    """What a document must say: its headings and the names in its participant tables."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._open: list[str] = []   # the tags being collected
        self._parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4") or (tag == "td" and "c-name" in (dict(attrs).get("class") or "")):
            self._open.append(tag)
            self._parts = []

    def handle_endtag(self, tag):
        if self._open and tag == self._open[-1]:
            self._open.pop()
            self.texts.append(_squash("".join(self._parts)))

    def handle_data(self, data):
        if self._open:
            self._parts.append(data)


def _unhyphenated(text: str) -> str:
    return _squash(re.sub(r"[-\u2010]\s*", "", text))


def expected_texts(html: Path) -> list[str]:
    parser = _Expected()
    parser.feed(html.read_text(encoding="utf-8"))
    return [t for t in parser.texts if t]


def twin_words(pdf: Path) -> list[str]:
    """The words of four letters or more of a DOCX file's PDF twin, in lower case, each once (a PDF prints some
    labels in capitals and hyphenates at line ends, so that words, not lines, are what both must show)."""
    text = _unhyphenated(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    return list(dict.fromkeys(w.casefold() for w in re.findall(r"\w{4,}", text)))


def docx_in_libreoffice(folder: Path) -> list[str]:
    problems = []
    docs = sorted(folder.rglob("*.docx"))
    if not docs:
        return ["no DOCX file to check"]
    with tempfile.TemporaryDirectory() as tmp:
        profile = (Path(tmp) / "profile").as_uri()  # a private profile: no clash with a LibreOffice already running
        # One LibreOffice run for every file (it takes seconds to start): each copied under a name of its own,
        # since the editions' folders hold the same names.
        given, out = Path(tmp) / "given", Path(tmp) / "out"
        given.mkdir()
        copies = {docx: given / f"{n:03d}-{docx.name}" for n, docx in enumerate(docs)}
        for docx, copy in copies.items():
            copy.write_bytes(docx.read_bytes())
        result = _run("soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                      "--outdir", str(out), *map(str, copies.values()), timeout=900)
        for docx in docs:
            pdf = out / f"{copies[docx].stem}.pdf"
            name = _rel(docx, folder)
            if not pdf.is_file() or pdf.stat().st_size == 0:
                problems.append(f"{name}: LibreOffice could not open it ({_squash(result.stderr)[:200]})")
                continue
            # Text in the order LibreOffice wrote it (cell by cell, so a name that wraps inside its cell stays
            # whole), compared without hyphens: a double name may wrap at its own hyphen.
            text = _unhyphenated(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
            html, twin = docx.with_suffix(".html"), docx.with_suffix(".pdf")
            if html.is_file():
                missing = [t for t in expected_texts(html) if _unhyphenated(t) not in text]
            else:  # the working pack's DOCX files have a PDF twin, not a web page: every word of it, in any case
                missing = [w for w in twin_words(twin) if w not in text.casefold()]
            problems += [f"{name}: LibreOffice shows no {t!r}" for t in missing[:10]]
            if len(missing) > 10:
                problems.append(f"{name}: … and {len(missing) - 10} more texts missing")
    return problems


# --- HTML --------------------------------------------------------------------------------------

def html_validity(folder: Path) -> list[str]:
    pages = sorted(map(str, folder.rglob("*.html")))
    result = _run("java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *pages)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    if result.returncode != 0 and not lines:
        lines = [f"vnu.jar failed with status {result.returncode}"]
    return [line.replace(str(folder.resolve()) + "/", "").replace(str(folder) + "/", "") for line in lines]


def html_accessibility(folder: Path) -> list[str]:
    pages = sorted(map(str, folder.rglob("*.html")))
    result = _run("node", str(HERE / "axe.mjs"), *pages)
    lines = result.stdout.splitlines()
    if result.returncode == 0:
        return []
    found = [line for line in lines if not line.startswith("axe-core:")]
    return found or [f"axe.mjs failed: {_squash(result.stderr)[:300]}"]


CHECKS: dict[str, Callable[[Path], list[str]]] = {
    "qpdf --check": pdf_structure,
    "pdffonts": pdf_fonts,
    "LibreOffice": docx_in_libreoffice,
    "Nu Html Checker": html_validity,
    "axe-core": html_accessibility,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default="dossier", type=Path)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: no dossier to check (run make first)", file=sys.stderr)
        return 1
    # The readers run at once (each is a program of its own, mostly waiting on its own process: LibreOffice,
    # Java, Chromium); their reports are printed in order.
    with ThreadPoolExecutor(len(CHECKS)) as pool:
        found = {name: pool.submit(check, args.folder) for name, check in CHECKS.items()}
    failed = 0
    for name in CHECKS:
        problems = found[name].result()
        print(f"{'ok  ' if not problems else 'FAIL'} {name}" + (f": {len(problems)} problem(s)" if problems else ""))
        for problem in problems:
            print(f"     {problem}")
        failed += bool(problems)
    print(f"{len(CHECKS) - failed} of {len(CHECKS)} checks passed on {args.folder}/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
