"""`dossier mail LETTER --send`: the outbox's messages over SMTP, one recipient each, with a progress bar, at most
--rate a minute, each written down in the ledger (ledger.py) before it goes and once the server accepts it.

What stops the sending, and what the next run does:
- a 5xx answer for one address: that message is recorded as failed, with the server's words; the rest go on;
- a 4xx answer, or the connection lost: that message was not accepted, so it goes again next time; the sending
  stops, says how many were sent and the command that resumes;
- Ctrl-C or SIGTERM: the message under way is finished (a second Ctrl-C does not wait), then the same;
- a kill: the one message in flight is in doubt: the next run names it and does not send it again unless
  --resend-unsure is given."""

from __future__ import annotations

import signal
import smtplib
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from pipeline.mail.ledger import FAILED, IN_FLIGHT, SENT, Ledger
from pipeline.mail.message import Outgoing
from pipeline.mail.settings import Smtp


@dataclass
class Outcome:
    sent: list[str] = field(default_factory=list)      # addresses, this run
    before: int = 0                                     # sent by an earlier run
    failed: list[tuple[str, str]] = field(default_factory=list)   # (address, the server's words)
    unsure: list[str] = field(default_factory=list)     # in flight when an earlier run was killed: not resent
    stopped: str = ""                                   # why the sending stopped before the end, if it did
    left: int = 0                                       # messages not sent because it stopped
    signal: int = 0


def connect(smtp: Smtp) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if smtp.security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=60, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=60)
        if smtp.security == "starttls":
            client.starttls(context=context)
    if smtp.user:
        client.login(smtp.user, smtp.password)
    return client


class _Stop:
    """Ctrl-C and SIGTERM while sending: remembered, acted on once the message under way is done; the second one
    stops at once (the message under way is then in doubt, and named next time)."""

    def __init__(self):
        self.signal = 0
        self.given: dict[int, object] = {}

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self.given[number] = signal.signal(number, self._handle)
        return self

    def _handle(self, number, frame) -> None:
        if self.signal:
            raise KeyboardInterrupt
        self.signal = number

    def __exit__(self, *exc) -> None:
        for number, handler in self.given.items():
            signal.signal(number, handler)


def send(letter: str, outgoing: list[Outgoing], smtp: Smtp, ledger: Ledger | None, rate: float | None,
         resend_unsure: bool, done: Callable[[Outgoing, str], None]) -> Outcome:
    """ledger None: a test run (--to), which is not written down. done(message, what happened) after each."""
    outcome = Outcome()
    waiting = []
    for out in outgoing:
        state = ledger.state(out.message_id) if ledger else None
        if state and state[0] == SENT:
            outcome.before += 1
        elif state and state[0] == IN_FLIGHT and not resend_unsure:
            outcome.unsure.append(out.one.person.email)
        else:
            waiting.append(out)
    if not waiting:
        return outcome
    gap = 60.0 / rate if rate else 0.0
    client = None
    with _Stop() as stop:
        for n, out in enumerate(waiting):
            if stop.signal:
                outcome.stopped, outcome.signal = "interrupted", stop.signal
                outcome.left = len(waiting) - n
                break
            address = out.one.person.email
            to = out.message["To"].addresses[0].addr_spec
            try:
                if client is None:
                    client = connect(smtp)
                if ledger:
                    ledger.mark(out.message_id, letter, address, IN_FLIGHT)
                started = time.monotonic()
                answer = client.send_message(out.message, to_addrs=[to])
                if ledger:
                    ledger.mark(out.message_id, letter, address, SENT, str(answer or ""))
                outcome.sent.append(address)
                done(out, "sent")
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
                code, words = _answer(exc, to)
                if 500 <= code < 600:  # refused for good, for this address: the others go on
                    if ledger:
                        ledger.mark(out.message_id, letter, address, FAILED, f"{code} {words}")
                    outcome.failed.append((address, f"{code} {words}"))
                    done(out, f"refused: {code} {words}")
                    continue
                if ledger:
                    ledger.forget(out.message_id)
                outcome.stopped, outcome.left = f"the server answered {code} {words}", len(waiting) - n
                break
            except (smtplib.SMTPException, OSError) as exc:
                if ledger:
                    ledger.forget(out.message_id)
                outcome.stopped, outcome.left = f"the connection failed: {exc}", len(waiting) - n
                break
            if gap and n + 1 < len(waiting):
                time.sleep(max(0.0, gap - (time.monotonic() - started)))
    if client is not None:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
    return outcome


def _answer(exc: Exception, to: str) -> tuple[int, str]:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, words = exc.recipients.get(to, next(iter(exc.recipients.values()), (0, b"")))
    else:
        code, words = exc.smtp_code, exc.smtp_error
    text = words.decode("utf-8", "replace") if isinstance(words, bytes) else str(words)
    return int(code), " ".join(text.split())


def said(letter: str, outcome: Outcome, total: int, resume: str) -> str:
    lines = [f"{letter}: {len(outcome.sent)} sent now, {outcome.before} sent before, of {total}"]
    for address, words in outcome.failed:
        lines.append(f"  failed: {address}: {words}")
    for address in outcome.unsure:
        lines.append(f"  in doubt: {address}: it was being sent when an earlier run was stopped, and may have "
                     "arrived; not sent again (add --resend-unsure to send it again, with the same Message-ID)")
    if outcome.stopped:
        lines.append(f"  stopped: {outcome.stopped}; {outcome.left} not sent yet. Resume with: {resume}")
    return "\n".join(lines)


def status(outcome: Outcome) -> int:
    if outcome.signal:
        return 128 + outcome.signal
    return 1 if (outcome.stopped or outcome.failed) else 0


@contextmanager
def progress(total: int) -> Iterator[Callable[[Outgoing, str], None]]:
    """done(message, what happened): a progress bar on a terminal, else a line each."""
    if not sys.stderr.isatty():
        def line(out: Outgoing, what: str) -> None:
            p = out.one.person
            print(f"  {p.first_name} {p.last_name} <{p.email}>: {what}", file=sys.stderr, flush=True)
        yield line
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("  sending"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("", total=total)

        def advance(out: Outgoing, what: str) -> None:
            bar.update(task, advance=1, description=f"{out.one.person.email}: {what}")
        yield advance
