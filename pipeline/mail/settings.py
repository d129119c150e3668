"""Where the messages go and who sends them. SMTP from the environment (DOSSIER_SMTP_HOST, DOSSIER_SMTP_PORT,
DOSSIER_SMTP_SECURITY = starttls, ssl or none, DOSSIER_SMTP_USER, DOSSIER_SMTP_PASSWORD) or from mail.toml beside the
inputs folder, never inside it (the inputs are shared and archived); the environment wins. The sender from
DOSSIER_MAIL_FROM, mail.toml's `from`, or announcement.md's mail_from. The password is used to log in and is
never written anywhere: not in the outbox, the ledger, a message or a log."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.utils import parseaddr
from pathlib import Path

SECURITIES = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_LIMIT = 10 * 2**20  # bytes of attachments a message may carry (DOSSIER_MAIL_LIMIT)


class MailError(Exception):
    """A setting missing or wrong: said in one line, exit status 1."""


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    security: str
    user: str
    password: str = field(repr=False, default="")  # never printed, even by a traceback's locals


def config_file(inputs: Path) -> Path:
    return Path(os.environ.get("DOSSIER_MAIL_CONFIG") or inputs.resolve().parent / "mail.toml")


def _file_settings(inputs: Path) -> dict:
    path = config_file(inputs)
    if not path.is_file():
        return {}
    if path.resolve().is_relative_to(inputs.resolve()):
        raise MailError(f"{path}: the mail settings hold a password: keep them outside the inputs folder")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MailError(f"{path}: not valid TOML ({exc})") from None


def smtp_settings(inputs: Path) -> Smtp:
    given = _file_settings(inputs)
    value = lambda name: os.environ.get(f"DOSSIER_SMTP_{name.upper()}") or str(given.get(name, "") or "")  # noqa: E731
    host, security = value("host"), (value("security") or "starttls").lower()
    if not host:
        raise MailError("no SMTP server: set DOSSIER_SMTP_HOST (and DOSSIER_SMTP_PORT, DOSSIER_SMTP_SECURITY, "
                        f"DOSSIER_SMTP_USER, DOSSIER_SMTP_PASSWORD) or write them in {config_file(inputs)}")
    if security not in SECURITIES:
        raise MailError(f'DOSSIER_SMTP_SECURITY "{security}": write starttls, ssl or none')
    try:
        port = int(value("port") or SECURITIES[security])
    except ValueError:
        raise MailError(f'DOSSIER_SMTP_PORT "{value("port")}" is not a port number') from None
    return Smtp(host, port, security, value("user"), value("password"))


def sender(inputs: Path, announced: str) -> Address:
    """The From of every message: DOSSIER_MAIL_FROM, mail.toml's from, or announcement.md's mail_from."""
    text = os.environ.get("DOSSIER_MAIL_FROM") or str(_file_settings(inputs).get("from", "") or "") or announced
    written = re.fullmatch(r"\s*(.*?)\s*<([^<>\s]+)>\s*", text)  # a name with a comma needs no quotes here
    name, address = (written.group(1).strip('"'), written.group(2)) if written else parseaddr(text)
    if not text or "@" not in address:
        raise MailError("no sender: write mail_from: Secretariat <secretariat@example.org> in announcement.md, or "
                        "set DOSSIER_MAIL_FROM")
    user, domain = address.rsplit("@", 1)
    return Address(display_name=name, username=user, domain=domain)


def size_limit() -> int:
    try:
        return int(os.environ.get("DOSSIER_MAIL_LIMIT") or DEFAULT_LIMIT)
    except ValueError:
        raise MailError("DOSSIER_MAIL_LIMIT is a number of bytes") from None
