"""The registry of documents: each document the dossier is made of is declared here, once.

An entry says what the document is called, which view it shows, which inputs it depends on (its date is the
newest of theirs), which part of the edition's data its PDF carries, which templates lay it out, where it sits
in the full dossier and which editions have it. Everything else reads this table: the build, the cache keys,
the layout units, the HTML index, the full dossier's contents and its DOCX writer's order of parts. Adding a
document is one entry here, plus its template (`pipeline/templates/<id>.html.j2`) and its DOCX writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.editions import EDITIONS
from pipeline.language import N_
from pipeline.normalise.pack import PACK_DOCUMENTS
from pipeline.views.badges import badges_view, name_cards_view
from pipeline.views.bios import bios_view
from pipeline.views.participants import participants_view
from pipeline.views.programme import programme_view
from pipeline.views.statistics import statistics_view
from pipeline.views.sheets import (
    SHEET_ANCHOR,
    briefings_view,
    certificates_view,
    sign_in_view,
)

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
    blurb_held: str = ""             # … after the event (held: yes), when it says something else then
    pages_per_unit: float = 0.0      # pages a unit (item, row, bio) takes, to cut a long document into pieces
    weight: int = 1                  # relative cost of laying out a page of it: heavier work is started first
    in_dossier: bool = True          # one of the full dossier's parts, in the order of PARTS
    by_edition: bool = False         # its view differs from edition to edition (else made once, shared)
    editions: tuple[str, ...] = tuple(EDITIONS)
    formats: tuple[str, ...] = ("html", "pdf", "docx")
    stamped: bool = True             # "Page X of Y" and the organisers' mark stamped on its pages; not on what is
                                     # cut out, folded or handed out (badges, name cards, certificates)
    numbered_by: str = ""            # pages are numbered anew from each anchor that begins so (each sign-in sheet)
    pack: bool = False               # part of the secretariat's working pack (pack.py): listed apart in the index


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

# After the event: how many came, from where, in which capacity, women and men (views/statistics.py). Not a part
# of the full dossier; each edition counts what it may show.
STATISTICS = Document("statistics", N_("Participation statistics"), statistics_view,
                      ("announcement.md", "participants.*", "programme.*", "bios/*"), "statistics",
                      ("statistics.html.j2",),
                      blurb=N_("How many took part, from where, in which capacity, women and men: charts, each "
                               "with its figures."),
                      pages_per_unit=0.4, weight=2, in_dossier=False, by_edition=True)

DOSSIER = Document(FULL, N_("Conference dossier"), None, ("**/*",), None,
                   ("dossier.html.j2", "parts/cover.html.j2", "parts/contents.html.j2",
                    "parts/announcement.html.j2"),
                   blurb=N_("Everything in one document: the announcement, the programme, the list of "
                            "participants and the speakers' biographies, with a table of contents."),
                   blurb_held=N_("Everything in one document: the report, the final programme, the list of "
                                 "participants and the speakers' biographies, with a table of contents."),
                   weight=2, in_dossier=False)

# The secretariat's working pack: the organisers' edition only. Its views may be None (no chair, nobody known to
# have attended): the document is then not made, and the build says why (build.py).
ORGANISERS = ("organisers",)
PACK = (
    Document("badges", N_("Name badges"), badges_view, ("announcement.md", "participants.*", "programme.*", "bios/*"),
             "", ("badges.html.j2", "css/pack.css"),
             blurb=N_("Everyone registered, listed or not, by surname: sheets of badges to cut or labels to peel."),
             pages_per_unit=1.0, editions=ORGANISERS, formats=("pdf",), stamped=False, pack=True, in_dossier=False),
    Document("name-cards", N_("Table name cards"), name_cards_view, ("announcement.md", "participants.*"), "",
             ("name-cards.html.j2", "css/pack.css"),
             blurb=N_("One A4 page per participant, folded in half into a tent: the name reads from both sides."),
             pages_per_unit=1.0, editions=ORGANISERS, formats=("pdf",), stamped=False, pack=True, in_dossier=False),
    Document("sign-in", N_("Sign-in sheets"), sign_in_view, ("announcement.md", "participants.*", "programme.*"),
             "", ("sign-in.html.j2", "css/pack.css"),
             blurb=N_("A sheet per day (or per session) to sign, everyone grouped as in the list of participants."),
             pages_per_unit=0.045, weight=3, editions=ORGANISERS, formats=("pdf", "docx"), numbered_by=SHEET_ANCHOR,
             pack=True, in_dossier=False),
    Document("briefings", N_("Chair briefings"), briefings_view, ("announcement.md", "programme.*", "bios/*"), "",
             ("briefings.html.j2", "css/pack.css"),
             blurb=N_("For each chair, the sessions they chair: times, rooms, speakers, their minutes and bios."),
             pages_per_unit=1.0, editions=ORGANISERS, formats=("pdf", "docx"), pack=True, in_dossier=False),
    Document("certificates", N_("Certificates of attendance"), certificates_view,
             ("announcement.md", "participants.*", "*.png", "*.jpg"), "", ("certificates.html.j2", "css/pack.css"),
             blurb=N_("One page for each participant marked as having attended, signed."),
             pages_per_unit=1.0, editions=ORGANISERS, formats=("pdf",), stamped=False, pack=True, in_dossier=False),
)

assert tuple(doc.id for doc in PACK) == PACK_DOCUMENTS  # what announcement.md's working_pack may name

# Every document, in the order the index lists them: the full dossier first, the working pack last.
DOCUMENTS = {doc.id: doc for doc in (DOSSIER, *PARTS, STATISTICS, *PACK)}
IN_DOSSIER = tuple(doc for doc in PARTS if doc.in_dossier)


def documents_of(edition_name: str) -> tuple[Document, ...]:
    return tuple(doc for doc in DOCUMENTS.values() if edition_name in doc.editions)
