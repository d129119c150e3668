"""The dry run: each message written to the outbox (<letter>/<person>.eml), all of them in one <letter>.mbox that
Thunderbird and Outlook import, and a summary: in the terminal and as <letter>.csv (recipient, language, subject,
attachments, size; and everyone left out, and why)."""

from __future__ import annotations

import mailbox
from dataclasses import dataclass
from pathlib import Path

from pipeline.mail.ledger import SENT, Ledger
from pipeline.mail.message import Outgoing
from pipeline.spreadsheet import csv_bytes

COLUMNS = ("Recipient", "E-mail", "Language", "Subject", "Attachments", "Size (KB)", "Message", "Earlier")


@dataclass(frozen=True)
class Summary:
    rows: list[list[str]]
    ready: int
    left: int


def write_outbox(letter: str, outgoing: list[Outgoing], left: list[tuple[object, str]], outbox: Path) -> Summary:
    folder = outbox / letter
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.eml"):
        old.unlink()
    mbox_path = outbox / f"{letter}.mbox"
    mbox_path.unlink(missing_ok=True)
    known = Ledger(outbox).of_letter(letter)
    sent_to: dict[str, set[str]] = {}  # address → the Message-IDs of the versions of this letter it was sent
    for message_id, (state, address) in known.items():
        if state == SENT:
            sent_to.setdefault(address, set()).add(message_id)
    rows = []
    box = mailbox.mbox(str(mbox_path))
    try:
        for out in outgoing:
            data = out.message.as_bytes()
            part = folder / f"{out.one.name}.eml.part"
            part.write_bytes(data)
            part.replace(folder / f"{out.one.name}.eml")
            box.add(mailbox.mboxMessage(out.message))
            p = out.one.person
            state = known.get(out.message_id)
            earlier = sent_to.get(p.email, set()) - {out.message_id}
            rows.append([f"{p.first_name} {p.last_name}", p.email, out.one.lang.code, out.one.subject,
                         "; ".join(name for name, _ in out.attachments), f"{len(data) / 1024:.0f}",
                         state[0] if state else "to send", "got an earlier version" if earlier else ""])
        box.flush()
    finally:
        box.close()
    for person, why in left:
        rows.append([f"{person.first_name} {person.last_name}", person.email, person.language, "", "", "",
                     f"left out: {why}", ""])
    (outbox / f"{letter}.csv").write_bytes(csv_bytes([list(COLUMNS), *rows]))
    return Summary(rows, len(outgoing), len(left))


def said(letter: str, summary: Summary, outbox: Path) -> str:
    """The summary as the terminal shows it."""
    lines = [f"{letter}: {summary.ready} message{'s' * (summary.ready != 1)} in {outbox / letter}/ "
             f"({outbox / (letter + '.mbox')}), {summary.left} left out; the list: {outbox / (letter + '.csv')}"]
    for row in summary.rows:
        name, address, lang, subject, attached, size, state, earlier = row
        if state.startswith("left out"):
            lines.append(f"  – {name} <{address or 'no address'}>: {state}")
        else:
            lines.append(f"  {name} <{address}> [{lang}] {size} KB, {attached or 'nothing attached'}"
                         + (f"; {state}" if state != "to send" else "") + (f"; {earlier}" if earlier else ""))
    sent = sum(row[6] == SENT for row in summary.rows)
    if sent:
        lines.append(f"  ({sent} of them sent already: --send sends only the others)")
    return "\n".join(lines)
