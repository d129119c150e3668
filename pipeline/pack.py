"""The secretariat's working pack: what the event runs on, beside the dossier. Views of the organisers' edition
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

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache
from itertools import groupby
from pathlib import Path

from pipeline.editions import EDITIONS, Edition
from pipeline.language import NP_, Language
from pipeline.model import Bio, Dossier, Participant, ProgrammeItem
from pipeline.normalise.names import name_key
from pipeline.normalise.pack import BadgePreset
from pipeline.render import TEMPLATES
from pipeline.views import DocumentView, ListView, Masthead, Share, Shown, affiliation, display_name, local, \
    masthead, participants_view, place_name, printed_surname

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
    from PIL import ImageFont  # measured with the very font the PDF is laid out with (pipeline/templates/fonts)

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


def _programme_roles(dossier: Dossier) -> dict[str, str]:
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
    context, message = ROLE_LABELS[role][p.honorific in WOMEN]
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
    roles = _programme_roles(dossier)
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


# --- sign-in sheets -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SignInRow:
    name: str
    organisation: str


@dataclass(frozen=True)
class SheetOf:
    """The sheet a group of rows is on: a day, or a session of a day."""
    anchor: str
    title: str          # "Tuesday 4 December 2012", or the session's title
    when: str           # "Tuesday 4 December 2012" or "Tuesday 4 December 2012, 09:30–10:15, Room A"


@dataclass(frozen=True)
class SignInGroup:
    sheet: SheetOf
    name: str
    rows: tuple[SignInRow, ...]
    opens: bool = True      # the sheet's first group: its heading starts the sheet on a new page
    continued: bool = False


@dataclass(frozen=True)
class SignInView(DocumentView):
    masthead: Masthead
    groups: tuple[SignInGroup, ...]   # every sheet's groups, sheet after sheet

    def unit_groups(self):
        return [(g, g.rows) for g in self.groups]

    @staticmethod
    def section(group: SignInGroup) -> str:
        return group.sheet.when

    def sliced(self, share: Share) -> SignInView:
        return replace(self, groups=tuple(replace(g, rows=g.rows[a:b], continued=a > 0) for g, a, b in share))

    def sheets(self) -> list[tuple[SheetOf, tuple[SignInGroup, ...]]]:
        return [(sheet, tuple(groups)) for sheet, groups in groupby(self.groups, key=lambda g: g.sheet)]


SHEET_ANCHOR = "sheet-"   # each sheet's anchor begins so: its pages are numbered on their own (render/plan.py)


def sign_in_view(dossier: Dossier, edition: Edition, lang: Language) -> SignInView:
    text = local(dossier, lang)
    listed = participants_view(dossier, EDITIONS["organisers"], lang)
    days = sorted({item.date for item in dossier.programme}) or \
        [dossier.conference.start + dt.timedelta(days=n)
         for n in range((dossier.conference.end - dossier.conference.start).days + 1)]
    sheets = []
    if dossier.conference.pack.sign_in == "per_session" and dossier.programme:
        for item in (item for item in dossier.programme if not item.is_pause):
            where = f", {text(item.room, item.translations, 'room')}" if item.room else ""
            sheets.append(SheetOf(f"{SHEET_ANCHOR}{item.anchor}", text(item.title, item.translations, "title"),
                                  f"{lang.long_date(item.date)}, {lang.time_range(item.start, item.end)}{where}"))
    else:
        sheets = [SheetOf(f"{SHEET_ANCHOR}{day:%Y-%m-%d}", lang.long_date(day), lang.long_date(day)) for day in days]
    groups = []
    for sheet in sheets:
        for n, g in enumerate(listed.groups):
            groups.append(SignInGroup(sheet, g.name, tuple(SignInRow(r.name, r.organisation) for r in g.rows),
                                      opens=n == 0))
    return SignInView(masthead(dossier, lang), tuple(groups))


# --- chair briefings ----------------------------------------------------------------------------

@dataclass(frozen=True)
class BriefedSpeaker:
    name: str
    affiliation: str        # Shown
    bio: str                # the first paragraph of the speaker's bio, in the render's language where translated
    bio_lang: str           # the bio's language when it is not the page's
    minutes: int | None     # the speaker's share of the session


@dataclass(frozen=True)
class BriefedSession:
    anchor: str
    when: str               # "Tuesday 4 December 2012, 09:30–10:15"
    room: str
    title: str
    kind: str
    speakers: tuple[BriefedSpeaker, ...]
    minutes: int            # the session's length
    discussion: int | None  # kept for discussion
    timing: str             # "4 speakers, 15 minutes each; 15 minutes of discussion"
    notes: str
    co_chairs: tuple[str, ...]


@dataclass(frozen=True)
class Briefing:
    anchor: str
    chair: str              # "Ms Zsófia Horváth"
    affiliation: str
    sessions: tuple[BriefedSession, ...]


@dataclass(frozen=True)
class BriefingsView(ListView):
    masthead: Masthead
    briefings: tuple[Briefing, ...]

    UNITS = "briefings"


def timing(minutes: int, speakers: int, discussion: int | None) -> tuple[int | None, int | None]:
    """Each speaker's minutes and the discussion's: the session's length shared among its speakers, the
    discussion's minutes kept first when they are set and leave time to speak."""
    if not speakers:
        return None, None
    kept = discussion if discussion is not None and discussion < minutes else 0
    each = (minutes - kept) // speakers
    return each, minutes - each * speakers if discussion is not None else None


def _first_paragraph(rich) -> str:
    block = next((b for b in rich.blocks if b.kind == "p"), None) if rich else None
    return block.text if block else ""


def briefings_view(dossier: Dossier, edition: Edition, lang: Language) -> BriefingsView | None:
    """None when nobody chairs a session."""
    text = local(dossier, lang)
    _ = lang._
    discussion = dossier.conference.pack.discussion_minutes
    chaired: dict[str, tuple[Bio, list[ProgrammeItem]]] = {}
    for item in dossier.programme:
        for bio in item.chairs:
            chaired.setdefault(bio.key, (bio, []))[1].append(item)

    def speaker(bio: Bio, minutes: int | None) -> BriefedSpeaker:
        rich, rich_lang = text.rich(bio.text, bio.translations, "text")
        return BriefedSpeaker(display_name(bio, lang), affiliation(bio, text), _first_paragraph(rich), rich_lang,
                              minutes)

    def session(item: ProgrammeItem, chair: Bio) -> BriefedSession:
        minutes = item.minutes
        each, talk = timing(minutes, len(item.speakers), discussion)
        if each is None:
            said = _("%(minutes)d minutes, no speakers listed", minutes=minutes)
        else:
            said = lang.ngettext("%(n)d speaker, %(each)d minutes", "%(n)d speakers, %(each)d minutes each",
                                 len(item.speakers), each=each)
            if talk:
                said = _("%(first)s; %(second)s", first=said,
                         second=_("%(minutes)d minutes of discussion", minutes=talk))
        return BriefedSession(item.anchor, f"{lang.long_date(item.date)}, {lang.time_range(item.start, item.end)}",
                              text(item.room, item.translations, "room"), text(item.title, item.translations, "title"),
                              lang._(item.kind_label) if item.kind_label else "",
                              tuple(speaker(b, each) for b in item.speakers), minutes, talk, said,
                              text(item.notes, item.translations, "notes"),
                              tuple(display_name(b, lang) for b in item.chairs if b.key != chair.key))

    if not chaired:
        return None
    return BriefingsView(masthead(dossier, lang), tuple(
        Briefing(f"briefing-{bio.anchor}", display_name(bio, lang), affiliation(bio, text),
                 tuple(session(item, bio) for item in items))
        for bio, items in chaired.values()))


# --- certificates of attendance -----------------------------------------------------------------

@dataclass(frozen=True)
class Certificate:
    name: str               # "Ms Zsófia HORVÁTH"
    place: str              # the country or organisation


@dataclass(frozen=True)
class CertificatesView(ListView):
    masthead: Masthead
    certificates: tuple[Certificate, ...]
    issued: str             # "Sofia, 5 December 2012"
    signature: Path | None
    signatory: str
    signatory_function: str     # Shown

    UNITS = "certificates"

    def photos(self) -> tuple:
        return (self.signature,) if self.signature else ()


def certificates_view(dossier: Dossier, edition: Edition, lang: Language) -> CertificatesView | None:
    """None when nobody is known to have attended (no Attended column, or no yes in it): no certificates."""
    c, settings = dossier.conference, dossier.conference.pack
    text = local(dossier, lang)
    attended = [p for p in _everyone(dossier, lang) if p.attended]
    if not attended:
        return None
    return CertificatesView(
        masthead(dossier, lang),
        tuple(Certificate(_full_name(p, dossier, lang), place_name(p, dossier, lang)) for p in attended),
        f"{c.city}, {lang.date(c.end)}", settings.signature, settings.signatory,
        text(settings.signatory_function, c.translations, "signatory_function") if settings.signatory_function
        else Shown(""))
