"""The speakers' biographies, in the order they appear in the programme, with where each appears."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.editions import Edition
from pipeline.language import Language
from pipeline.model import Bio, Dossier
from pipeline.richtext import RichText
from pipeline.views.document import ListView, Masthead, masthead
from pipeline.views.programme import _time, affiliation, display_name
from pipeline.views.text import local

# --- bios --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Appearance:
    role: str           # "Speaker" or "Chair"
    day: str
    time: str
    title: str
    anchor: str         # the programme item's id


@dataclass(frozen=True)
class BioEntry:
    bio: Bio
    name: str           # with the honorific in the render's language: "Mme Zsófia Horváth"
    appearances: tuple[Appearance, ...]
    affiliation: str = ""     # "Position, Organisation" (Shown), the position translated where it is
    text: RichText | None = None   # the bio in the render's language where translated, else the inputs'
    text_lang: str = ""       # the language of the text when it is not the page's
    untranslated: str = ""    # "(en anglais)" when the position or the text are printed untranslated


@dataclass(frozen=True)
class BiosView(ListView):
    masthead: Masthead
    entries: tuple[BioEntry, ...]
    UNITS = "entries"

    def photos(self) -> tuple:
        return tuple(e.bio.photo for e in self.entries if e.bio.photo)


def bios_view(dossier: Dossier, edition: Edition, lang: Language) -> BiosView:
    """Speakers and chairs in order of first appearance; bios of people not in the programme come last."""
    appearances: dict[str, list[Appearance]] = {}
    text = local(dossier, lang)
    for item in dossier.programme:
        for role, people in ((lang._("Chair"), item.chairs), (lang._("Speaker"), item.speakers)):
            for bio in people:
                appearances.setdefault(bio.key, []).append(
                    Appearance(role, lang.long_date(item.date), _time(item, lang),
                               text(item.title, item.translations, "title"), item.anchor))
    order = {key: i for i, key in enumerate(appearances)}
    bios = sorted(dossier.bios, key=lambda b: (order.get(b.key, len(order)), lang.collation_key(b.name)))

    def entry(b: Bio) -> BioEntry:
        shown = affiliation(b, text)
        shown_text, text_lang = text.rich(b.text, b.translations, "text")
        return BioEntry(b, display_name(b, lang), tuple(appearances.get(b.key, ())), shown,
                        shown_text, text_lang, text.note(shown.lang, text_lang))

    return BiosView(masthead(dossier, lang), tuple(entry(b) for b in bios))
