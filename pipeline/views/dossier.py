"""The full dossier: its parts behind a cover and a table of contents."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.language import N_, Language
from pipeline.model import Dossier
from pipeline.richtext import RichText
from pipeline.views.document import Masthead, masthead
from pipeline.views.report import REPORT, report_text
from pipeline.views.text import local

# --- the full dossier ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ContentsEntry:
    title: str
    anchor: str
    children: tuple[ContentsEntry, ...] = ()   # a part's own sections (the programme's changes and days)


@dataclass(frozen=True)
class DossierView:
    masthead: Masthead
    announcement: RichText
    parts: tuple[tuple[str, object], ...]    # (document id, its view), in the dossier's order
    contents: tuple[ContentsEntry, ...]
    announcement_lang: str = ""              # the announcement's language when it is not the page's

    def part(self, doc_id: str):
        return next(view for id_, view in self.parts if id_ == doc_id)

    def frame(self) -> DossierView:
        """Without its parts: what the dossier itself shows around them (cover, contents, announcement)."""
        return replace(self, parts=())

    def photos(self) -> tuple:
        return tuple(photo for _, view in self.parts for photo in view.photos())


ANNOUNCEMENT = N_("Announcement")


def dossier_view(dossier: Dossier, parts: tuple[tuple[str, str, object], ...], lang: Language) -> DossierView:
    """The full dossier, from the separate documents' views (computed once). parts: (id, title in the render's
    language, view) in order."""
    held = dossier.conference.held
    contents = [ContentsEntry(lang._(REPORT if held else ANNOUNCEMENT), "announcement")]
    contents += [ContentsEntry(title, doc_id, tuple(ContentsEntry(*s) for s in view.sections()))
                 for doc_id, title, view in parts]
    c, text = dossier.conference, local(dossier, lang)
    announcement, announcement_lang = (report_text(dossier, lang), "") if held else \
        text.rich(c.announcement, c.translations, "announcement")
    return DossierView(masthead(dossier, lang), announcement, tuple((doc_id, view) for doc_id, _, view in parts),
                       tuple(contents), announcement_lang)
