"""`dossier mail`: each recipient's message written to the outbox, then sent exactly once to a real SMTP server
(aiosmtpd, on 127.0.0.1 only) through reruns, a 421, a refused address and a kill. Nothing leaves this machine."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from aiosmtpd.controller import Controller

from conftest import ROOT, column_of
from pipeline.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
FRENCH = {"Emma", "Thomas"}          # first names of the people who read French
ATTENDED = {"Emma", "Thomas", "Olga", "Giovanni"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """An SMTP server's handler that keeps what it accepts; it can refuse one address (550), stop accepting
    after some messages (421), or take its time over one message (so that a sender can be killed mid-message)."""

    def __init__(self):
        self.received: list[tuple[list[str], bytes]] = []
        self.refuse: set[str] = set()
        self.accept: int | None = None
        self.slow: str = ""
        self.slow_started = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.accept is not None and len(self.received) >= self.accept:
            return "421 4.3.2 Service shutting down, try again later"
        if self.slow and self.slow in envelope.rcpt_tos:
            self.slow_started.set()
            await asyncio.sleep(30)
        self.received.append((list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 Message accepted"

    def ids(self) -> list[str]:
        return [email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"] for _, raw in self.received]


@pytest.fixture
def smtp(monkeypatch):
    recorder = Recorder()
    port = _free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    for name, value in (("HOST", "127.0.0.1"), ("PORT", str(port)), ("SECURITY", "none")):
        monkeypatch.setenv(f"DOSSIER_SMTP_{name}", value)
    yield recorder
    controller.stop()


@pytest.fixture(scope="module")
def event(tmp_path_factory) -> Path:
    """A small event in English and French with the sample's letters; its organisers' and delegates' editions
    built once (each test's `dossier mail` finds them up to date)."""
    root = tmp_path_factory.mktemp("event")
    inputs = Path(shutil.copytree(FIXTURES / "clean", root / "inputs"))
    for letter in ("invitation", "thank-you"):
        for suffix in (".md", ".fr.md"):
            (inputs / "letters").mkdir(exist_ok=True)
            shutil.copy(ROOT / "inputs" / "letters" / f"{letter}{suffix}", inputs / "letters")
    announcement = inputs / "announcement.md"
    text = announcement.read_text(encoding="utf-8").replace("\n---\n", "\nlanguages: [en, fr]\nmail_from: "
                                                            "Secretariat <secretariat@example.org>\n---\n", 1)
    announcement.write_text(text, encoding="utf-8")
    book = openpyxl.load_workbook(inputs / "participants.xlsx")
    ws = book.worksheets[0]
    extra = ws.max_column
    for i, header in enumerate(("Language", "Attended", "Visa"), 1):
        ws.cell(1, extra + i, header)
    for row in range(2, ws.max_row + 1):
        first = ws.cell(row, column_of(ws, "First name")).value
        ws.cell(row, extra + 1, "français" if first in FRENCH else "")
        ws.cell(row, extra + 2, "yes" if first in ATTENDED else "no")
        if first == "Giovanni":
            ws.cell(row, column_of(ws, "Email")).value = None  # he has no address
    book.save(inputs / "participants.xlsx")
    out = root / "dossier"
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--archive", str(root / "archive"),
                 "--edition", "organisers", "--edition", "delegates"]) == 0
    return root


def _mail(event: Path, outbox: Path, *more: str) -> int:
    return main(["mail", *more[:1], "--inputs", str(event / "inputs"), "--out", str(event / "dossier"),
                 "--archive", str(event / "archive"), "--outbox", str(outbox), *more[1:]])


def _people(event: Path) -> list[dict]:
    ws = openpyxl.load_workbook(event / "inputs" / "participants.xlsx").worksheets[0]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def _sender(event: Path, outbox: Path) -> list[str]:
    """`dossier mail invitation --send` as a process of its own, to be killed or stopped."""
    return [sys.executable, "-m", "pipeline", "mail", "invitation", "--inputs", str(event / "inputs"), "--out",
            str(event / "dossier"), "--archive", str(event / "archive"), "--outbox", str(outbox), "--send"]


def _sending_slowly(event: Path, outbox: Path, smtp, nth: int) -> tuple[subprocess.Popen, list[str], list[dict]]:
    """The sender started, once the server holds its nth message (0 is the first) and answers slowly: the process,
    its command (to run again) and the people with an address."""
    people = [p for p in _people(event) if p["Email"]]
    smtp.slow = people[nth]["Email"]
    command = _sender(event, outbox)
    sender = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    assert smtp.slow_started.wait(120), f"message {nth + 1} began"
    return sender, command, people


def test_the_dry_run_writes_one_message_per_recipient_and_sends_nothing(event, tmp_path, smtp, capsys):
    outbox = tmp_path / "outbox"
    assert _mail(event, outbox, "thank-you") == 0
    err = capsys.readouterr().err
    assert "A dry run: nothing was sent" in err and "--send" in err
    assert not smtp.received
    people = _people(event)
    attended = [p for p in people if p["Attended"] == "yes" and p["Email"]]
    files = sorted((outbox / "thank-you").glob("*.eml"))
    assert len(files) == len(attended) == 3  # Giovanni, who attended, has no address
    assert "Giovanni" in err and "no e-mail address" in err and "not in to (attended)" in err
    addresses = {p["Email"] for p in people if p["Email"]}
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        to = message["To"].addresses
        assert len(to) == 1 and "Cc" not in message and "Bcc" not in message
        first = next(p["First name"] for p in people if p["Email"] == to[0].addr_spec)
        french = first in FRENCH
        assert message["Content-Language"] == ("fr-FR" if french else "en-GB")
        text = message.get_body(("plain",)).get_content()
        assert ("Nous vous remercions" if french else "Thank you for taking part") in text
        assert message.get_body(("html",)).get_content().startswith("<!DOCTYPE html>")
        others = addresses - {to[0].addr_spec}
        assert not any(other.encode() in path.read_bytes() for other in others), "no one else's address"
        (attachment,) = list(message.iter_attachments())
        assert attachment.get_filename() == ("Attestation de participation.pdf" if french
                                             else "Certificate of attendance.pdf")
        name = path.stem
        assert attachment.get_content() == (event / "dossier" / "organisers" / "certificates" / f"{name}.pdf"
                                            ).read_bytes(), "their own certificate, byte for byte"
    mbox = (outbox / "thank-you.mbox").read_bytes()
    assert mbox.count(b"\nFrom ") + mbox.startswith(b"From ") == 3
    summary = (outbox / "thank-you.csv").read_text(encoding="utf-8-sig")
    assert summary.splitlines()[0].startswith("Recipient,E-mail,Language,Subject,Attachments")
    assert "left out: no e-mail address" in summary


def test_send_delivers_each_message_once_through_a_rerun_a_421_and_a_refused_address(event, tmp_path, smtp, capsys):
    outbox = tmp_path / "outbox"
    people = [p for p in _people(event) if p["Email"]]
    refused = people[2]["Email"]
    smtp.refuse, smtp.accept = {refused}, 3
    assert _mail(event, outbox, "invitation", "--send") == 1
    err = capsys.readouterr().err
    assert "421" in err and "Resume with: dossier mail invitation" in err and "--send" in err
    assert f"failed: {refused}: 550 5.1.1 No such mailbox here" in err
    assert len(smtp.received) == 3
    smtp.accept = None
    assert _mail(event, outbox, "invitation", "--send") == 1  # the refused address is still refused
    capsys.readouterr()
    smtp.refuse = set()
    assert _mail(event, outbox, "invitation", "--send") == 0
    assert "0 sent now" not in capsys.readouterr().err
    assert _mail(event, outbox, "invitation", "--send") == 0
    assert "0 sent now, " in capsys.readouterr().err, "a rerun sends nothing more"
    ids = smtp.ids()
    assert len(ids) == len(set(ids)) == len(people), "every message once, none twice"
    assert all(len(rcpts) == 1 for rcpts, _ in smtp.received), "one recipient per message"
    assert sorted(r[0] for r, _ in smtp.received) == sorted(p["Email"] for p in people)


def test_a_test_run_sends_everything_to_one_address_marked_and_records_nothing(event, tmp_path, smtp, capsys):
    outbox = tmp_path / "outbox"
    assert _mail(event, outbox, "invitation", "--send", "--to", "tester@example.org") == 0
    assert {tuple(r) for r, _ in smtp.received} == {("tester@example.org",)}
    assert all(email.message_from_bytes(raw, policy=email.policy.default)["Subject"].startswith("[TEST] ")
               for _, raw in smtp.received)
    tested = len(smtp.received)
    assert _mail(event, outbox, "invitation", "--send") == 0
    assert len(smtp.received) == 2 * tested, "the real run sends every message: the test was not recorded"


def test_a_killed_sender_leaves_one_message_in_doubt_named_and_resent_only_when_asked(event, tmp_path, smtp):
    sender, command, people = _sending_slowly(event, tmp_path / "outbox", smtp, 2)
    sender.send_signal(signal.SIGKILL)
    sender.wait(timeout=30)
    smtp.slow = ""
    time.sleep(0.5)
    assert len(smtp.received) == 2
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    assert resumed.returncode == 0, resumed.stderr
    assert f"in doubt: {people[2]['Email']}" in resumed.stderr and "--resend-unsure" in resumed.stderr
    assert people[2]["Email"] not in [r[0] for r, _ in smtp.received], "not sent again unasked"
    again = subprocess.run([*command, "--resend-unsure"], cwd=ROOT, capture_output=True, text=True,
                           env=os.environ.copy())
    assert again.returncode == 0, again.stderr
    ids = smtp.ids()
    assert len(ids) == len(set(ids)) == len(people), "each Message-ID reached the server once"


def test_a_value_cannot_add_a_header_to_a_message(event):
    from dataclasses import replace
    from email.headerregistry import Address

    from pipeline.assemble import assemble
    from pipeline.ingest import read_inputs
    from pipeline.letters.addressed import addressed
    from pipeline.mail.message import compose

    raw, _ = read_inputs(event / "inputs")
    dossier = assemble(raw)
    (one, *_), _ = addressed(dossier, dossier.letters[0])
    hostile = replace(one, person=replace(one.person, first_name="Eve\r\nBcc: someone@example.org"),
                      subject="Hello\r\nBcc: someone@example.org")
    with pytest.raises(ValueError):
        compose(hostile, Address("Secretariat", "secretariat", "example.org"), event / "dossier", "x",
                dt.datetime(2012, 12, 1, tzinfo=dt.timezone.utc), ())


def test_sigterm_finishes_the_message_under_way_then_stops_and_a_rerun_sends_the_rest(event, tmp_path, smtp):
    sender, command, people = _sending_slowly(event, tmp_path / "outbox", smtp, 1)
    sender.send_signal(signal.SIGTERM)  # while the second message is with the server
    err = sender.communicate(timeout=60)[1]
    assert sender.returncode == 143, err
    assert "stopped: interrupted" in err and "Resume with:" in err and "in doubt" not in err
    assert len(smtp.received) == 2, "the message under way was finished, no other begun"
    smtp.slow = ""
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    assert resumed.returncode == 0 and "in doubt" not in resumed.stderr, resumed.stderr
    ids = smtp.ids()
    assert len(ids) == len(set(ids)) == len(people)


def test_a_changed_letter_is_a_new_message_and_the_summary_says_who_had_the_earlier(event, tmp_path, smtp, capsys):
    outbox, letter = tmp_path / "outbox", event / "inputs" / "letters" / "thank-you.md"
    original = letter.read_text(encoding="utf-8")
    try:
        assert _mail(event, outbox, "thank-you", "--send") == 0
        first = set(smtp.ids())
        letter.write_text(original.replace("Thank you for taking part", "Many thanks for taking part"),
                          encoding="utf-8")
        capsys.readouterr()
        assert _mail(event, outbox, "thank-you") == 0
        assert "got an earlier version" in capsys.readouterr().err
        assert "got an earlier version" in (outbox / "thank-you.csv").read_text(encoding="utf-8-sig")
        assert _mail(event, outbox, "thank-you", "--send") == 0
        # Only the English text changed: Olga, who reads English, gets the new version, with a new Message-ID;
        # Emma and Thomas read the French, unchanged, which they have.
        assert len(set(smtp.ids()) - first) == 1 and len(smtp.ids()) == len(first) + 1
    finally:
        letter.write_text(original, encoding="utf-8")


def test_attachments_over_the_limit_are_an_error_that_suggests_a_link(event, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DOSSIER_MAIL_LIMIT", "1000")
    outbox = tmp_path / "outbox"
    assert _mail(event, outbox, "thank-you") == 1
    err = capsys.readouterr().err
    assert "letters/thank-you.md: the message to" in err and "the limit is" in err and "a link instead" in err
    assert not outbox.exists(), "nothing was written"
