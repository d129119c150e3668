"""What every document shows at its top (Masthead), the properties of its files (Meta), and the bases of the
documents' views (DocumentView, ListView)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from pipeline.editions import INTERNAL_MARK, Edition
from pipeline.language import Language
from pipeline.model import Dossier
from pipeline.views.text import Shown, local

# --- what every document shows at its top ---------------------------------------------------------

@dataclass(frozen=True)
class Masthead:
    title: str          # these four: text of the inputs (Shown), in the render's language where translated
    subtitle: str
    dates: str
    place: str          # "Sofia, Bulgaria"
    venue: str
    organisers: tuple[str, ...]
    lang: Language      # the language of the render: every view holds it here
    timezone: str       # IANA name, or "" (then times are floating)


@dataclass(frozen=True)
class Meta:
    """What a file says of itself (PDF and DOCX properties, the HTML page's title and description)."""
    title: str
    author: str
    subject: str
    description: str
    keywords: str
    category: str


def document_meta(title: str, m: Masthead, edition: Edition) -> Meta:
    """title: the document's title in the masthead's language."""
    _ = m.lang._
    label, mark = _(edition.label), _(INTERNAL_MARK)
    return Meta(title=(f"{mark}: " if edition.internal else "") + f"{title} – {m.title}",
                author="; ".join(m.organisers), subject=m.title,
                description=f"{title}: {m.title}, {m.place}, {m.dates}. {label}.",
                keywords=label + (f"; {mark}" if edition.internal else ""), category=label)


def event_slug(dossier: Dossier) -> str:
    """A short name for files and calendar ids: the title's first three words and the year."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", dossier.conference.title).lower())
    return "-".join(words[:3] + [str(dossier.conference.start.year)])


def masthead(dossier: Dossier, lang: Language) -> Masthead:
    c, text = dossier.conference, local(dossier, lang)
    country = lang.country(c.country_code, c.country) if c.country_code else c.country
    organisers, marked = text.rich(c.organisers, c.translations, "organisers")
    return Masthead(text(c.title, c.translations, "title"), text(c.subtitle, c.translations, "subtitle"),
                    lang.date_range(c.start, c.end), f"{c.city}, {country}", text(c.venue, c.translations, "venue"),
                    tuple(Shown(o, marked) for o in organisers), lang, c.timezone)



# A share of a long document's units for one PDF piece (render/compose/units.py): (group, first unit, end) per group.
Share = list[tuple[object, int, int]]


class DocumentView:
    """What the renderers ask of every document's view, beside its own fields: how it is cut into PDF pieces
    (render/compose/units.py: unit_groups, section, sliced), the photos its pages embed, and the sections the full
    dossier's contents list under it."""

    def unit_groups(self) -> list[tuple[object, tuple]]:
        raise NotImplementedError

    @staticmethod
    def section(group) -> str:
        """The running head a group's heading sets, for a piece that begins inside the group."""
        return ""

    def sliced(self, share: Share):
        raise NotImplementedError

    def photos(self) -> tuple:
        return ()

    def sections(self) -> list[tuple[str, str]]:
        """(title, anchor) of what the full dossier's contents list under the document."""
        return []


class ListView(DocumentView):
    """A document cut between the items of one list (bios, badge sheets, name cards, briefings, certificates):
    UNITS names the field that holds them."""
    UNITS = ""

    def unit_groups(self) -> list[tuple[None, tuple]]:
        return [(None, getattr(self, self.UNITS))]

    def sliced(self, share: Share):
        (_, a, b), = share
        return replace(self, **{self.UNITS: getattr(self, self.UNITS)[a:b]})
