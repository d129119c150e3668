"""What was sent: a SQLite ledger in the outbox. A message is written down as "in flight" just before it is handed
to the server, and as "sent" only once the server has accepted it, each in a transaction of its own, so that
whatever stops the sending (a dropped connection, a 4xx, Ctrl-C, a kill) a rerun sends what is not sent, never
twice: at most the one message in flight when the process was killed is in doubt, and it is named, not resent,
unless asked (--resend-unsure: the same Message-ID, which lets the recipient's mail system drop a duplicate)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

LEDGER = "ledger.sqlite"
IN_FLIGHT, SENT, FAILED = "in flight", "sent", "failed"


class Ledger:
    def __init__(self, outbox: Path):
        self.path = outbox / LEDGER
        outbox.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.execute("CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, letter TEXT NOT NULL, "
                       "address TEXT NOT NULL, state TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '', at REAL)")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # a record survives a power cut: the next run trusts it
            with db:
                yield db

    def state(self, message_id: str) -> tuple[str, str] | None:
        with self._db() as db:
            row = db.execute("SELECT state, answer FROM messages WHERE id = ?", (message_id,)).fetchone()
        return tuple(row) if row else None

    def mark(self, message_id: str, letter: str, address: str, state: str, answer: str = "") -> None:
        with self._db() as db:
            db.execute("INSERT INTO messages (id, letter, address, state, answer, at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET state = excluded.state, answer = excluded.answer, "
                       "at = excluded.at", (message_id, letter, address, state, answer, time.time()))

    def forget(self, message_id: str) -> None:
        """Not sent after all (the server refused it for now): sent again by the next run."""
        with self._db() as db:
            db.execute("DELETE FROM messages WHERE id = ? AND state = ?", (message_id, IN_FLIGHT))

    def of_letter(self, letter: str) -> dict[str, tuple[str, str]]:
        """Every message of the letter written down: Message-ID → (state, address). One query for a whole outbox."""
        with self._db() as db:
            rows = db.execute("SELECT id, state, address FROM messages WHERE letter = ?", (letter,)).fetchall()
        return {message_id: (state, address) for message_id, state, address in rows}
