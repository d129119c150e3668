"""Who a letter goes to (its `to`), and what goes with it (its `attach`): the words a letter may use, and the
people they select from the participants, with everyone left out and why."""

from __future__ import annotations

from pipeline.ingest.contract import PARTICIPANTS
from pipeline.model import Dossier, Participant
from pipeline.normalise.names import name_key

GROUPS = {"everyone": "everyone registered", "listed": "those who agreed to be listed",
          "attended": "those marked as having attended", "speakers": "those who speak in the programme",
          "chairs": "those who chair an item"}
# The yes/no columns a letter may name: the contract's own (Visa, Listed, Share contact, Attended).
YES_NO = {column.name.casefold(): column.name for column in PARTICIPANTS.columns if column.yes_no}
# What a letter may attach: the recipient's own documents, or the delegates' edition's (never the organisers').
OWN = {"letter": "their own PDF of this letter", "certificate": "their own certificate of attendance"}
SHARED = {"dossier": "the full dossier", "programme": "the programme", "participants": "the list of participants",
          "bios": "the speakers' biographies"}
ATTACHABLE = {**OWN, **SHARED}


def words(value: object) -> tuple[str, ...]:
    """A front-matter value that is one word or a list of them."""
    given = value if isinstance(value, (list, tuple)) else [value] if value not in (None, "") else []
    return tuple(str(word).strip() for word in given if str(word).strip())


def unknown_to(to: tuple[str, ...], categories: set[str]) -> list[str]:
    """The words of `to` that select nobody's group: not a group, a yes/no column or a category."""
    return [word for word in to if word.casefold() not in GROUPS and word.casefold() not in YES_NO
            and word.casefold() not in {c.casefold() for c in categories}]


def _roles(dossier: Dossier) -> tuple[set[str], set[str]]:
    speakers = {bio.key for item in dossier.programme for bio in item.speakers}
    chairs = {bio.key for item in dossier.programme for bio in item.chairs}
    return speakers, chairs


def _chosen(p: Participant, word: str, speakers: set[str], chairs: set[str]) -> bool:
    word = word.casefold()
    key = name_key(f"{p.first_name} {p.last_name}")
    column = YES_NO.get(word)
    if word == "everyone":
        return True
    if word == "speakers":
        return key in speakers
    if word == "chairs":
        return key in chairs
    if word == "listed" or column == "Listed":
        return p.listed
    if word == "attended" or column == "Attended":
        return bool(p.attended)
    if column == "Visa":
        return p.visa
    if column == "Share contact":
        return p.share_contact
    return p.category.casefold() == word


def recipients(dossier: Dossier, to: tuple[str, ...], attach: tuple[str, ...] = ()
               ) -> tuple[tuple[Participant, ...], tuple[tuple[Participant, str], ...]]:
    """The people a letter goes to, in the participants' order, and everyone else with the reason they are left
    out. A certificate goes only to those who attended."""
    speakers, chairs = _roles(dossier)
    chosen, left = [], []
    for p in dossier.participants:
        if not any(_chosen(p, word, speakers, chairs) for word in to):
            left.append((p, f"not in to ({', '.join(to)})"))
        elif "certificate" in attach and not p.attended:
            left.append((p, "did not attend: no certificate"))
        else:
            chosen.append(p)
    return tuple(chosen), tuple(left)
