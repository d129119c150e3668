"""The working pack's sheets: sign-in sheets, the chairs' briefings and the certificates of attendance
(organisers' edition only; badges and name cards are badges.py's)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path

from pipeline.editions import EDITIONS, Edition
from pipeline.language import Language
from pipeline.model import Bio, Dossier, Participant, ProgrammeItem
from pipeline.views.badges import _everyone, _full_name
from pipeline.views.document import DocumentView, ListView, Masthead, Share, masthead
from pipeline.views.participants import participants_view, place_name
from pipeline.views.programme import affiliation, display_name
from pipeline.views.text import Shown, local

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


SHEET_ANCHOR = "sheet-"   # each sheet's anchor begins so: its pages are numbered on their own (render/compose/plan.py)


def sign_in_view(dossier: Dossier, edition: Edition, lang: Language) -> SignInView:
    text = local(dossier, lang)
    listed = participants_view(dossier, EDITIONS["organisers"], lang)
    days = sorted({item.date for item in dossier.programme}) or dossier.conference.days
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
    days: str = ""          # "Day attended: 5 December 2012", when they came on some of the event's days only


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


def _days(p: Participant, dossier: Dossier, lang: Language) -> str:
    """The days the Attended column says they came, when not every day of the event."""
    if p.attended_days is None or len(p.attended_days) == len(dossier.conference.days):
        return ""
    return lang.ngettext("Day attended: %(days)s", "Days attended: %(days)s", len(p.attended_days),
                         days=lang.join([lang.date(day) for day in p.attended_days]))


def certificates_view(dossier: Dossier, edition: Edition, lang: Language) -> CertificatesView | None:
    """None when nobody is known to have attended (no Attended column, or no yes in it): no certificates."""
    c, settings = dossier.conference, dossier.conference.pack
    text = local(dossier, lang)
    attended = [p for p in _everyone(dossier, lang) if p.attended]
    if not attended:
        return None
    return CertificatesView(
        masthead(dossier, lang),
        tuple(Certificate(_full_name(p, dossier, lang), place_name(p, dossier, lang), _days(p, dossier, lang))
              for p in attended),
        f"{c.city}, {lang.date(c.end)}", settings.signature, settings.signatory,
        text(settings.signatory_function, c.translations, "signatory_function") if settings.signatory_function
        else Shown(""))
