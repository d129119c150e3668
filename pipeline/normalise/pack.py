"""The working pack's settings in announcement.md: the badges' sheet (a preset of one table), the printer's
offset, the badges' QR code, sign-in sheets per day or per session, the chairs' discussion time and the
certificates' signatory. Each parser raises Unparsable with a hint, as every other input's do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.inputfile import InputFile

from pipeline.normalise import Unparsable
from pipeline.normalise.values import parse_yes_no


@dataclass(frozen=True)
class BadgePreset:
    """A sheet of badges, in millimetres on A4: the badge's size, how many across and down, where the first
    one's top left corner is and how far it is from one badge to the next."""
    name: str
    label: str                  # what it is, for the README and messages
    width: float
    height: float
    across: int
    down: int
    left: float
    top: float
    step_x: float
    step_y: float
    cut_marks: bool             # printed on plain paper and cut: marks in the margins where the edges run

    def position(self, index: int) -> tuple[float, float]:
        """The top left corner of the badge at `index` on its sheet (row by row)."""
        row, column = divmod(index, self.across)
        return self.left + column * self.step_x, self.top + row * self.step_y

    @property
    def per_sheet(self) -> int:
        return self.across * self.down


SHEET_WIDTH, SHEET_HEIGHT = 210.0, 297.0

# The badge sheets the pack lays out. Names are what `badge_preset:` accepts (also the aliases below).
PRESETS = {preset.name: preset for preset in (
    # 90 × 54 mm inserts for badge holders, ten to an A4 sheet, butted together and centred, cut on the marks.
    BadgePreset("holder-90x54", "90 × 54 mm inserts for badge holders, 2 × 5 on A4, with cut marks",
                90, 54, 2, 5, (SHEET_WIDTH - 180) / 2, (SHEET_HEIGHT - 270) / 2, 90, 54, cut_marks=True),
    # Self-adhesive name badge labels, ten to a sheet (Avery L4785, HERMA 4412).
    BadgePreset("labels-80x50", "80 × 50 mm labels, 2 × 5 on A4 (Avery L4785, HERMA 4412)",
                80, 50, 2, 5, 18, 13, 95, 55, cut_marks=False),
)}
PRESET_ALIASES = {"avery-l4785": "labels-80x50", "l4785": "labels-80x50", "herma-4412": "labels-80x50",
                  "4412": "labels-80x50", "holder": "holder-90x54", "90x54": "holder-90x54",
                  "80x50": "labels-80x50"}
DEFAULT_PRESET = "holder-90x54"

SIGN_IN = ("per_day", "per_session")
PACK_DOCUMENTS = ("badges", "name-cards", "sign-in", "briefings", "certificates")  # documents.py: PACK


def parse_pack(value: object) -> tuple[str, ...]:
    """`working_pack`: which of the pack's documents to make ([badges, sign-in]); all by default; none."""
    if value is None or value == "":
        return PACK_DOCUMENTS
    if value is False or str(value).strip().casefold() in ("none", "no"):
        return ()
    given = value if isinstance(value, (list, tuple)) else str(value).split(",")
    names = tuple(str(name).strip().casefold().replace(" ", "-").replace("_", "-") for name in given)
    unknown = [name for name in names if name not in PACK_DOCUMENTS]
    if unknown:
        raise Unparsable(f'"{", ".join(unknown)}" is not a document of the working pack',
                         f"list some of {', '.join(PACK_DOCUMENTS)}, or write none")
    return tuple(name for name in PACK_DOCUMENTS if name in names)


@dataclass(frozen=True)
class PackSettings:
    preset: BadgePreset
    offset: tuple[float, float]      # mm to the right and down, added to every badge (printer calibration)
    qr: bool                         # a QR code on each badge (a vCard or the event's address)
    url: str                         # the event's web address, or ""
    sign_in: str                     # "per_day" or "per_session"
    discussion_minutes: int | None   # kept for discussion at the end of each session the chairs run
    signature: Path | None           # the certificates' signature image (in the inputs folder)
    signatory: str                   # the signatory's name
    signatory_function: str          # and function (translated in announcement.<lang>.md)
    documents: tuple[str, ...] = PACK_DOCUMENTS   # the pack's documents the event wants made


def parse_preset(value: object) -> BadgePreset:
    text = re.sub(r"[\s_×]+", "-", str(value or DEFAULT_PRESET).strip().casefold()).replace("-x-", "x")
    name = PRESET_ALIASES.get(text, text)
    if name not in PRESETS:
        raise Unparsable(f'"{value}" is not a badge preset', f"write badge_preset: {' or '.join(PRESETS)}")
    return PRESETS[name]


def parse_offset(value: object) -> tuple[float, float]:
    """`badge_offset`: millimetres to the right and down, "1.5, -0.5" or [1.5, -0.5]; one number moves right
    only. Within ±20 mm: more is a wrong preset, not a printer's drift."""
    if value in (None, ""):
        return 0.0, 0.0
    parts = value if isinstance(value, (list, tuple)) else re.split(r"[,;]\s*|\s+", str(value).strip())
    try:
        numbers = [float(str(p).replace("mm", "").strip()) for p in parts if str(p).strip()]
    except ValueError:
        numbers = []
    if not 1 <= len(numbers) <= 2 or any(abs(n) > 20 or n != n for n in numbers):
        raise Unparsable(f'"{value}" is not an offset in millimetres',
                         "write badge_offset: 1.5, -0.5 (right, down; each within ±20 mm)")
    return numbers[0], numbers[1] if len(numbers) == 2 else 0.0


def parse_sign_in(value: object) -> str:
    text = str(value or "per_day").strip().casefold().replace(" ", "_").replace("-", "_")
    if text not in SIGN_IN:
        raise Unparsable(f'"{value}" is not a way to make sign-in sheets', "write sign_in: per_day or per_session")
    return text


def parse_minutes(value: object) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 600:
        return value
    raise Unparsable(f'"{value}" is not a number of minutes', "write discussion_minutes: 15")


def parse_url(value: object) -> str:
    text = str(value or "").strip()
    if text and not re.fullmatch(r"https?://[^\s/]+\.[^\s]+", text):
        raise Unparsable(f'"{text}" is not a web address', "write url: https://example.org/conference")
    return text


def parse_qr(value: object) -> bool:
    return True if value in (None, "") else parse_yes_no(value)


# Each setting's field in announcement.md and its parser: validation and assembly both read through them.
FIELDS = {"badge_preset": parse_preset, "badge_offset": parse_offset, "badge_qr": parse_qr, "url": parse_url,
          "sign_in": parse_sign_in, "discussion_minutes": parse_minutes, "working_pack": parse_pack}


def pack_settings(meta: dict, root: Path) -> PackSettings:
    """The settings of a valid announcement's front matter; root: the inputs folder."""
    values = {name: parse(meta.get(name)) for name, parse in FIELDS.items()}
    text = lambda name: re.sub(r"\s+", " ", str(meta.get(name) or "")).strip()  # noqa: E731
    return PackSettings(values["badge_preset"], values["badge_offset"], values["badge_qr"], values["url"],
                        values["sign_in"], values["discussion_minutes"], InputFile(root, text("signature")) if text("signature") else None,
                        text("signatory"),
                        text("signatory_function"), values["working_pack"])
