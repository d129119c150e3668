"""`dossier mail LETTER`, once the organisers' and delegates' editions are built (cli.py builds them first): each
recipient's message composed (message.py), the outbox written (outbox.py), and with --send, sent (send.py)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from pipeline.assemble import assemble
from pipeline.build import Facts, letter_changes
from pipeline.editions import EDITIONS
from pipeline.ingest import read_inputs
from pipeline.letters.addressed import addressed
from pipeline.letters.placeholders import event_values
from pipeline.mail.ledger import Ledger
from pipeline.mail.message import compose
from pipeline.mail.outbox import said as said_outbox
from pipeline.mail.outbox import write_outbox
from pipeline.mail.send import progress, send, status
from pipeline.mail.send import said as said_sent
from pipeline.mail.settings import MailError, sender, size_limit, smtp_settings


def outbox_of(args) -> Path:
    return args.outbox or args.out.resolve().parent / "outbox"


def mail(args, argv: list[str]) -> int:
    """argv: the command as typed, for the line that resumes it."""
    raw, _ = read_inputs(args.inputs)
    dossier = assemble(raw)
    letters = {letter.id: letter for letter in dossier.letters}
    if args.letter not in letters:
        print(f"dossier mail: no letter \"{args.letter}\" in {args.inputs}/letters/ (there are: "
              f"{', '.join(letters) or 'none'})", file=sys.stderr)
        return 1
    letter = letters[args.letter]
    try:
        From = sender(args.inputs, dossier.conference.mail_from)
        smtp = smtp_settings(args.inputs) if args.send else None
        limit = size_limit()
    except MailError as exc:
        print(f"dossier mail: {exc}", file=sys.stderr)
        return 1
    facts = Facts(raw.root, dossier, (EDITIONS["organisers"],))
    made, left = addressed(dossier, letter, letter_changes(dossier, facts, args.archive))
    left = [*left, *((one.person, "no e-mail address") for one in made if not one.person.email)]
    date = facts.letter_dates[letter.id]

    def signed(lang) -> tuple[str, ...]:
        event = event_values(dossier, lang)
        return tuple(x for x in (event["signatory"], event["signatory_function"]) if x)

    outgoing = [compose(one, From, args.out, facts.slug, date, signed(one.lang)) for one in made if one.person.email]
    heavy = [out for out in outgoing if out.size > limit]
    if heavy:
        for out in heavy:
            print(f"letters/{letter.id}.md: the message to {out.one.person.email} carries {out.size / 2**20:.1f} MB "
                  f"of attachments; the limit is {limit / 2**20:.0f} MB (DOSSIER_MAIL_LIMIT): attach less, and give "
                  "a link instead ({{ event.url }}, url: in announcement.md)", file=sys.stderr)
        print("dossier mail: nothing was written.", file=sys.stderr)
        return 1
    outbox = outbox_of(args)
    print(said_outbox(letter.id, write_outbox(letter.id, outgoing, left, outbox), outbox), file=sys.stderr)
    if not args.send:
        print(f"\nA dry run: nothing was sent. Look at the messages, then: {shlex.join([*argv, '--send'])}",
              file=sys.stderr)
        return 0
    if args.to:
        outgoing = [compose(one, From, args.out, facts.slug, date, signed(one.lang), test_to=args.to)
                    for one in made if one.person.email]
    with progress(len(outgoing)) as done:
        outcome = send(letter.id, outgoing, smtp, None if args.to else Ledger(outbox), args.rate, args.resend_unsure,
                       done)
    resume = shlex.join(argv if "--send" in argv else [*argv, "--send"])
    print(said_sent(letter.id + (f" (test, all to {args.to})" if args.to else ""), outcome, len(outgoing), resume),
          file=sys.stderr)
    return status(outcome)
