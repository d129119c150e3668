"""Render: one module per output format, each reading the views. Nothing here reads input files
except the photos that the model names, through `photos`.

The templates folder (HTML templates, stylesheets, fonts, reference.docx) is the project's own and is installed
with the package, so that `dossier` builds from any folder; a house style can be used instead by pointing
DOSSIER_TEMPLATES at a copy of it."""

import os
import re
from importlib.resources import files
from pathlib import Path

from pipeline.language import N_

# A folder on disk (pip unpacks a wheel; it never runs a package from a zip): Jinja2, WeasyPrint and Pillow read
# its files by path.
TEMPLATES = Path(os.environ.get("DOSSIER_TEMPLATES") or str(files("pipeline") / "templates"))

# Words on every page, whatever the format: the page stamp of PDFs (render/compose/stamp.py) and the footer of DOCX files.
PAGE_NUMBER = N_("Page %(number)s of %(total)s")
# A DOCX whose sections are numbered on their own (a sign-in sheet each): Word's SECTIONPAGES would give each
# sheet's total, but LibreOffice (7.4) prints its stored value, so the number stands alone there.
PAGE_ALONE = N_("Page %(number)s")

# Where an e-mail address in a narrow column may break: after "@" or ".", never inside a word ("example.o / rg").
# HTML and PDF put <wbr> there (render/formats/html.py), DOCX a zero-width space (render/docx/ooxml.py).
ADDRESS_BREAK = re.compile(r"(?<=[@.])(?=\S)")
