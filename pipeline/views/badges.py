"""The secretariat's working pack (badges.py, sheets.py): what the event runs on, beside the dossier. Views of the organisers' edition
only, in each language, computed once from the model like the dossier's (views.py):

- name badges, on A4 sheets of a preset (normalise/pack.py), for everyone registered, listed or not;
- table name cards, one A4 page folded into a tent, for everyone;
- sign-in sheets, one per day (or per session), everyone grouped as in the list of participants;
- chair briefings, one per chair, for the sessions they chair;
- certificates of attendance, for those whose Attended cell says yes.

Who may see what is decided here as in views.py: a badge's QR code carries a contact card only for someone who
agreed to share their contact details; nothing of the pack is in the public or the delegates' edition
(documents.py: editions).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.editions import EDITIONS, Edition
from pipeline.language import NP_, Language
from pipeline.model import Dossier, Participant
from pipeline.normalise.names import name_key
from pipeline.normalise.pack import BadgePreset
from pipeline.render import TEMPLATES
from pipeline.views.document import ListView, Masthead, masthead
from pipeline.views.participants import participants_view, place_name, printed_surname

# --- fitting a name to its line ------------------------------------------------------------------

PT = 25.4 / 72   # mm in a point


@dataclass(frozen=True)
class Fitted:
    """A name set as large as its line allows, between the largest and the smallest legible size: at the
    smallest it wraps (and a word longer than the line breaks: pack.css), never cut and never over the edge."""
    text: str
    size: float     # points


@cache
def _face(weight: str):
    from PIL import (
        ImageFont,  # measured with the very font the PDF is laid out with (pipeline/templates/fonts)
    )

    return ImageFont.truetype(str(TEMPLATES / "fonts" / f"NotoSans-{weight}.ttf"), 1000)


def text_width(text: str, size: float, weight: str = "Bold") -> float:
    """The advance of text at `size` points, in mm."""
    return _face(weight).getlength(text) / 1000 * size * PT


SLACK = 0.94  # Pango's shaping and kerning differ a little from Pillow's: room to spare


def fit(text: str, width: float, largest: float, smallest: float, weight: str = "Bold") -> Fitted:
    """text on a line `width` mm wide."""
    natural = text_width(text, largest, weight)
    if natural <= width * SLACK:
        return Fitted(text, largest)
    return Fitted(text, max(round(largest * width * SLACK / natural, 2), smallest))


# --- roles: the band of a badge ------------------------------------------------------------------

# Categories (the Category column) that give a role; speakers and chairs are known from the programme.
PRESS = {"media", "press", "journalist", "journalists", "journalism"}
ORGANISERS = {"organiser", "organisers", "organizer", "organizers", "secretariat", "staff", "organising committee",
              "organizing committee", "host", "hosts"}
# The band's word, in a woman's form where the language has one (French: "Intervenante").
ROLE_LABELS = {
    "speaker": (NP_("badge", "Speaker"), NP_("badge, woman", "Speaker")),
    "chair": (NP_("badge", "Chair"), NP_("badge, woman", "Chair")),
    "delegate": (NP_("badge", "Delegate"), NP_("badge, woman", "Delegate")),
    "press": (NP_("badge", "Press"), NP_("badge, woman", "Press")),
    "organiser": (NP_("badge", "Organiser"), NP_("badge, woman", "Organiser")),
}
WOMEN = {"Ms", "Mrs", "Miss", "Dame"}


def programme_roles(dossier: Dossier) -> dict[str, str]:
    """Name key → "speaker" or "chair" (someone who speaks anywhere is a speaker)."""
    roles: dict[str, str] = {}
    for item in dossier.programme:
        for bio in item.chairs:
            roles.setdefault(bio.key, "chair")
        for bio in item.speakers:
            roles[bio.key] = "speaker"
    return roles


def role_of(p: Participant, programme_roles: dict[str, str]) -> str:
    key = name_key(f"{p.first_name} {p.last_name}")
    if key in programme_roles:
        return programme_roles[key]
    category = p.category.strip().casefold()
    return "press" if category in PRESS else "organiser" if category in ORGANISERS else "delegate"


def role_label(role: str, p: Participant, lang: Language) -> str:
    """The role in its feminine form for a woman: told by the honorific (Ms), else by the Gender column (a Dr or
    Pr: French writes "Intervenante", "Présidente de séance")."""
    context, message = ROLE_LABELS[role][p.honorific in WOMEN or p.gender == "woman"]
    return lang.pgettext(context, message)


def _everyone(dossier: Dossier, lang: Language) -> list[Participant]:
    """Everyone registered, by surname then first name."""
    key = lang.collation_key
    return sorted(dossier.participants, key=lambda p: (key(p.last_name), key(p.first_name)))


def _full_name(p: Participant, dossier: Dossier, lang: Language) -> str:
    return " ".join(x for x in (lang.honorific(p.honorific), p.first_name, printed_surname(p, dossier)) if x)


# --- badges ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Badge:
    x: float                # mm from the sheet's left edge to the badge's (with the printer's offset)
    y: float                # from the top edge
    first: Fitted           # the first name, large
    last: Fitted            # the surname
    organisation: Fitted
    place: str              # the country or international organisation
    role: str               # a key of ROLE_LABELS
    role_label: str
    qr: str                 # what the QR code says: a vCard, the event's address, or "" for none


@dataclass(frozen=True)
class BadgeSheet:
    badges: tuple[Badge, ...]


@dataclass(frozen=True)
class Geometry:
    """A badge's inner layout in mm, scaled from the 90 × 54 mm design to the preset."""
    pad: float
    band: float             # the role's band at the foot
    qr: float               # the QR code's side
    first: tuple[float, float]   # largest and smallest size in points
    last: tuple[float, float]
    small: float            # organisation and place


def geometry(preset: BadgePreset) -> Geometry:
    k = min(preset.width / 90, preset.height / 54)
    return Geometry(pad=4 * k, band=8.5 * k, qr=16 * k, first=(24 * k, 11 * k), last=(15 * k, 9 * k), small=8 * k)


@dataclass(frozen=True)
class BadgesView(ListView):
    masthead: Masthead
    preset: BadgePreset
    geometry: Geometry
    sheets: tuple[BadgeSheet, ...]
    offset: tuple[float, float]

    UNITS = "sheets"


def vcard(p: Participant, organisation: str) -> str:
    """A contact card (vCard 3.0, as segno writes it) of someone who agreed to share their contact details."""
    import segno.helpers

    return segno.helpers.make_vcard_data(name=f"{p.last_name};{p.first_name}", displayname=f"{p.first_name} "
                                         f"{p.last_name}", email=p.email or None, phone=p.phone or None,
                                         org=organisation or None, title=p.position or None)


def badges_view(dossier: Dossier, edition: Edition, lang: Language) -> BadgesView:
    settings = dossier.conference.pack
    preset, g = settings.preset, geometry(settings.preset)
    roles = programme_roles(dossier)
    inner = preset.width - 2 * g.pad
    beside_qr = inner - (g.qr + g.pad / 2 if settings.qr else 0)
    badges = []
    for index, p in enumerate(_everyone(dossier, lang)):
        x, y = preset.position(index % preset.per_sheet)
        if settings.qr and p.share_contact and (p.email or p.phone):
            qr = vcard(p, p.organisation)
        else:
            qr = settings.url if settings.qr else ""
        role = role_of(p, roles)
        badges.append(Badge(round(x + settings.offset[0], 3), round(y + settings.offset[1], 3),
                            fit(p.first_name, inner, *g.first), fit(printed_surname(p, dossier), inner, *g.last),
                            fit(p.organisation, beside_qr, g.small, g.small * 0.8, "Regular"),
                            place_name(p, dossier, lang), role, role_label(role, p, lang), qr))
    sheets = tuple(BadgeSheet(tuple(badges[i:i + preset.per_sheet]))
                   for i in range(0, len(badges), preset.per_sheet))
    return BadgesView(masthead(dossier, lang), preset, g, sheets, settings.offset)


# --- table name cards ---------------------------------------------------------------------------

CARD_WIDTH = 180.0   # the printed line on A4, mm


@dataclass(frozen=True)
class NameCard:
    name: Fitted        # "Ms Zsófia HORVÁTH"
    place: str          # the country or organisation, on a second line


@dataclass(frozen=True)
class NameCardsView(ListView):
    masthead: Masthead
    cards: tuple[NameCard, ...]

    UNITS = "cards"


def name_cards_view(dossier: Dossier, edition: Edition, lang: Language) -> NameCardsView:
    """In the order of the list of participants (by delegation), the order in which tables are laid."""
    listed = participants_view(dossier, EDITIONS["organisers"], lang)
    cards = []
    for group in listed.groups:
        for row in group.rows:
            name = " ".join(x for x in (row.honorific, row.first_name, row.last_name) if x)
            cards.append(NameCard(fit(name, CARD_WIDTH, 40, 22), str(group.name)))
    return NameCardsView(masthead(dossier, lang), tuple(cards))
