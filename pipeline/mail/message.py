"""One recipient's message (RFC 5322, built with the standard library's email package and its SMTP policy, which
refuses a header value holding a line break): To them alone, in their language, the text as plain text and as
HTML, their own documents and the delegates' edition's attached under readable names, and a Message-ID made from
the event, the letter, the person and the content (the same message has the same id, a changed one a new id)."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from pipeline.documents import DOCUMENTS
from pipeline.editions import EDITIONS
from pipeline.letters.addressed import Addressed, certificate_path
from pipeline.letters.recipients import SHARED
from pipeline.richtext import RichText

TEST_MARK = "[TEST] "


@dataclass(frozen=True)
class Outgoing:
    one: Addressed
    message: EmailMessage
    attachments: tuple[tuple[str, int], ...]   # (file name, bytes)

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"]

    @property
    def size(self) -> int:
        return sum(size for _, size in self.attachments)


def attachment_files(one: Addressed, out: Path) -> list[tuple[str, Path]]:
    """What the letter attaches for this person: (the name they see, the built file)."""
    _ = one.lang._
    files = []
    for word in one.letter.attach:
        if word == "letter":
            files.append((f"{one.letter.id}-{one.name}.pdf", out / "organisers" / one.pdf))
        elif word == "certificate":
            files.append((f"{_('Certificate of attendance')}.pdf", out / "organisers" / certificate_path(one.name)))
        elif word in SHARED:
            delegates = EDITIONS["delegates"]
            files.append((f"{_(DOCUMENTS[word].title)}.pdf",
                          out / delegates.name / one.lang.code / delegates.file(word, "pdf")))
    return files


def plain_text(rich: RichText) -> str:
    """The letter as a terminal mail reader shows it: paragraphs, "- " for list items, a link's address after it."""
    paragraphs = []
    for block in rich.blocks:
        text = "".join(f"{run.text} <{run.href}>" if run.href and run.href != run.text else run.text
                       for run in block.runs)
        prefix = ("   " * max(block.level - 1, 0) + ("1. " if block.ordered else "- ")) if block.kind == "li" else ""
        paragraphs.append(prefix + text)
    joined = []
    for i, (block, text) in enumerate(zip(rich.blocks, paragraphs)):
        if i and not (block.kind == "li" and rich.blocks[i - 1].kind == "li"):
            joined.append("")
        joined.append(text)
    return "\n".join(joined)


def compose(one: Addressed, sender: Address, out: Path, slug: str, date: dt.datetime, signed: tuple[str, ...],
            test_to: str = "") -> Outgoing:
    """signed: the signatory's lines under the text. test_to: every message to this one address, marked [TEST]."""
    message = EmailMessage(policy=policy.SMTP)
    p = one.person
    message["From"] = sender
    message["To"] = Address(display_name=f"{p.first_name} {p.last_name}", addr_spec=test_to or p.email)
    message["Subject"] = (TEST_MARK if test_to else "") + one.subject
    message["Date"] = format_datetime(date.astimezone(dt.timezone.utc))
    text = plain_text(one.body) + "\n\n" + "\n".join(signed) + "\n"
    message.set_content(text)
    signature = "<br>".join(html.escape(line) for line in signed)
    message.add_alternative(
        f'<!DOCTYPE html>\n<html lang="{one.lang.tag}"><head><meta charset="utf-8"><title>{html.escape(one.subject)}'
        f'</title></head><body style="font-family: sans-serif; line-height: 1.45; max-width: 40em">{one.body.html}'
        f"<p>{signature}</p></body></html>\n", subtype="html")
    attached, digest = [], hashlib.sha256()
    for name, path in attachment_files(one, out):
        data = path.read_bytes()
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
        attached.append((name, len(data)))
        digest.update(hashlib.sha256(data).digest())
    for part in (slug, one.letter.id, p.email, test_to, message["Subject"], text):
        digest.update(part.encode() + b"\0")
    message["Message-ID"] = f"<{digest.hexdigest()[:40]}.{one.letter.id}@{sender.domain}>"
    message["Content-Language"] = one.lang.tag  # after the parts: setting content clears Content-* headers
    return Outgoing(one, message, tuple(attached))
