"""The registry of documents: each document the dossier is made of is declared here, once.

An entry says what the document is called, which view it shows, which inputs it depends on (its date is the
newest of theirs), which part of the edition's data its PDF carries, which templates lay it out, where it sits
in the full dossier and which editions have it. Everything else reads this table: the build, the cache keys,
the layout units, the HTML index, the full dossier's contents and its DOCX writer's order of parts. Adding a
document is one entry here, plus its template (`templates/<id>.html.j2`) and its DOCX writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.editions import EDITIONS
from pipeline.language import N_
from pipeline.views import bios_view, participants_view, programme_view

FULL = "dossier"  # the full dossier's id: the documents below behind a cover, contents and the announcement


@dataclass(frozen=True)
class Document:
    id: str
    title: str                       # in English, marked for translation (N_): translated where shown
    view: Callable | None            # (dossier, edition, language) → the document's view; None for the full dossier
    depends: tuple[str, ...]         # the input files it shows (globs under inputs/): its date is their newest
    data: str | None                 # the part of the edition's data.json its PDF carries; None: all of it
    templates: tuple[str, ...]       # the template files its print layout is made from, beside the shared ones
    blurb: str = ""                  # what index.html says of it
    pages_per_unit: float = 0.0      # pages a unit (item, row, bio) takes, to cut a long document into pieces
    weight: int = 1                  # relative cost of laying out a page of it: heavier work is started first
    in_dossier: bool = True          # one of the full dossier's parts, in the order of PARTS
    by_edition: bool = False         # its view differs from edition to edition (else made once, shared)
    editions: tuple[str, ...] = tuple(EDITIONS)


PARTS = (
    Document("programme", N_("Programme"), programme_view, ("announcement.md", "programme.*", "bios/*"), "programme",
             ("programme.html.j2", "parts/programme.html.j2", "parts/changes.html.j2"),
             pages_per_unit=0.18, weight=3),
    Document("participants", N_("List of participants"), participants_view, ("announcement.md", "participants.*"),
             "participants", ("participants.html.j2", "parts/participants.html.j2"),
             pages_per_unit=0.036, weight=3, by_edition=True),
    Document("bios", N_("Speakers' biographies"), bios_view,
             ("announcement.md", "programme.*", "bios/*", "photos/**/*"), "speakers",
             ("bios.html.j2", "parts/bios.html.j2"), pages_per_unit=0.34, weight=4),
)

DOSSIER = Document(FULL, N_("Conference dossier"), None, ("**/*",), None,
                   ("dossier.html.j2", "parts/cover.html.j2", "parts/contents.html.j2",
                    "parts/announcement.html.j2"),
                   blurb=N_("Everything in one document: the announcement, the programme, the list of "
                            "participants and the speakers' biographies, with a table of contents."),
                   weight=2, in_dossier=False)

# Every document, in the order the index lists them: the full dossier first.
DOCUMENTS = {doc.id: doc for doc in (DOSSIER, *PARTS)}
IN_DOSSIER = tuple(doc for doc in PARTS if doc.in_dossier)


def documents_of(edition_name: str) -> tuple[Document, ...]:
    return tuple(doc for doc in DOCUMENTS.values() if edition_name in doc.editions)
