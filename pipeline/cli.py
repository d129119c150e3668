"""Command line: `dossier build|validate|serve|init|import|archive|verify|bench` and `python -m pipeline`.

Exit status: 0 built or valid (warnings allowed), 1 the inputs have errors or
the build failed (nothing written), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
import traceback
from collections import defaultdict
from pathlib import Path

from pipeline import __version__
from pipeline.editions import EDITIONS
from pipeline.findings import Finding, Severity, has_errors, strict
from pipeline.publish import Busy
from pipeline.report import Report


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier", description="Build a conference dossier from its inputs.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--inputs", type=Path, default=Path("inputs"), metavar="DIR",
                        help="folder with announcement.md, programme, participants and bios/ (default: inputs)")
    common.add_argument("--debug", action="store_true", help="show Python tracebacks")
    common.add_argument("--strict", action="store_true", help="treat warnings as errors")
    b = sub.add_parser("build", parents=[common], help="validate the inputs, then write the dossier")
    b.add_argument("--out", type=Path, default=Path("dossier"), metavar="DIR",
                   help="folder the editions are written to, one folder each (default: dossier)")
    b.add_argument("--edition", action="append", choices=list(EDITIONS), metavar="NAME",
                   help="build only this edition: public, delegates or organisers (repeatable; default: all three)")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="processes rendering PDF and DOCX files at once (default: one per core)")
    v = sub.add_parser("validate", parents=[common], help="check the inputs and list every problem; writes nothing")
    v.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json on standard output for tools")
    a = sub.add_parser("archive", help="pack each built edition as a versioned BagIt zip (no new version if unchanged)")
    a.add_argument("--out", type=Path, default=Path("dossier"), metavar="DIR",
                   help="folder holding the built editions (default: dossier)")
    a.add_argument("--edition", action="append", choices=list(EDITIONS), metavar="NAME",
                   help="archive only this edition (repeatable; default: every edition built)")
    for p in (b, a):
        p.add_argument("--archive", type=Path, default=Path("archive"), metavar="DIR",
                       help="folder of the archived versions (default: archive)")
    k = sub.add_parser("cache", help="the layout cache every build shares: where it is and how big (info), or "
                                     "remove it (clear)")
    k.add_argument("action", choices=("info", "clear"), metavar="ACTION", help="info or clear")
    c = sub.add_parser("verify", help="check every checksum of archives; exit 1 naming any file that differs")
    c.add_argument("archives", type=Path, nargs="+", metavar="ARCHIVE")
    w = sub.add_parser("serve", parents=[common],
                       help="build an edition, serve its pages on 127.0.0.1, and build again on every save")
    w.add_argument("--out", type=Path, default=Path("dossier"), metavar="DIR",
                   help="folder the edition is written to (default: dossier)")
    w.add_argument("--edition", default="public", choices=list(EDITIONS), metavar="NAME",
                   help="the edition shown: public (default), delegates or organisers")
    w.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000)")
    w.add_argument("--jobs", type=int, default=None, metavar="N", help="processes rendering at once")
    w.add_argument("--archive", type=Path, default=Path("archive"), metavar="DIR",
                   help="folder of the archived versions (default: archive)")
    event = argparse.ArgumentParser(add_help=False)  # a new event's facts: init, and import into a new folder
    event.add_argument("--title", default="Title of the conference", help="the event's title")
    event.add_argument("--dates", default=None, metavar="FIRST[..LAST]",
                       help="the event's days, such as 2027-03-04..2027-03-05 (default: one day, three months "
                            "from now)")
    event.add_argument("--city", default="Strasbourg", help="the host city (default: Strasbourg)")
    event.add_argument("--country", default="France", help="the host country (default: France)")
    event.add_argument("--timezone", default="", metavar="ZONE", help="IANA time zone, such as Europe/Paris")
    event.add_argument("--languages", default="en", metavar="CODES",
                       help="languages the dossier is made in, the inputs' first: en, fr or en,fr (default: en)")
    i = sub.add_parser("init", parents=[event],
                       help="write a new event's inputs (announcement, workbooks, an example bio) to fill in")
    i.add_argument("folder", type=Path, metavar="FOLDER", help="a new or empty folder")
    im = sub.add_parser("import", help="write inputs from a pretalx or frab schedule, or an Indico registrants "
                                       "export")
    kinds = im.add_subparsers(dest="source", required=True, metavar="SOURCE")
    for source, what in (("schedule", "a pretalx or frab schedule.json or schedule.xml → programme.xlsx and "
                                      "bios/"),
                         ("indico", "an Indico registrants export (.xlsx or .csv) → participants.xlsx")):
        k = kinds.add_parser(source, parents=[event], help=what)
        k.add_argument("file", type=Path, metavar="FILE")
        k.add_argument("--into", type=Path, required=True, metavar="FOLDER",
                       help="the inputs folder: a new event when new or empty; else only files it does not have")
    ml = sub.add_parser("mail", parents=[common], help="write each recipient's message of a letter to the outbox "
                                                         "(a dry run), or send them (--send), exactly once")
    ml.add_argument("letter", metavar="LETTER", help="the letter's id: its file's name in inputs/letters/ "
                                                     "(invitation for letters/invitation.md)")
    ml.add_argument("--out", type=Path, default=Path("dossier"), metavar="DIR",
                    help="folder of the built editions, built first when out of date (default: dossier)")
    ml.add_argument("--archive", type=Path, default=Path("archive"), metavar="DIR",
                    help="folder of the archived versions: {{ changes }} counts from the last (default: archive)")
    ml.add_argument("--outbox", type=Path, default=None, metavar="DIR",
                    help="where the messages, the .mbox, the list and the ledger go (default: outbox/ beside --out)")
    ml.add_argument("--send", action="store_true", help="send over SMTP (DOSSIER_SMTP_* or mail.toml) what is not "
                                                        "sent yet; without it, nothing is sent")
    ml.add_argument("--rate", type=float, default=None, metavar="N", help="at most N messages a minute")
    ml.add_argument("--to", default="", metavar="ADDRESS",
                    help="with --send: every message to this one address, subject marked [TEST], not recorded")
    ml.add_argument("--resend-unsure", action="store_true",
                    help="send again, with the same Message-ID, a message an interrupted run may have delivered")
    m = sub.add_parser("bench", help="build synthetic conferences at several sizes and report time and memory")
    m.add_argument("--scales", default="1,10,100", help="sizes as multiples of Sofia's (default: 1,10,100)")
    m.add_argument("--runs", type=int, default=None,
                   help="runs per size (default: 3, and 1 at 100x and above)")
    m.add_argument("--edition", default="all", choices=["all", *EDITIONS],
                   help="edition built (default: all three)")
    m.add_argument("--out", type=Path, default=Path("dossier/bench"), metavar="DIR",
                   help="where inputs, builds and bench.json go (default: dossier/bench)")
    return parser


def _bench(args) -> int:
    from pipeline.bench import bench, table

    scales = tuple(int(s) for s in args.scales.split(","))
    runs = {s: args.runs or (1 if s >= 100 else 3) for s in scales}
    results = bench(args.out, scales, runs, args.edition)
    print(table(results))
    print(f"\nwritten to {args.out / 'bench.json'}", file=sys.stderr)
    return 0


def _new_event(args):
    """The new event's facts from the command line, or a usage message."""
    import datetime as dt

    from pipeline.normalise import Unparsable
    from pipeline.normalise.places import resolve_place
    from pipeline.normalise.values import parse_languages
    from pipeline.starter import NewEvent

    try:
        first, _, last = (args.dates or "").partition("..")
        start = dt.date.fromisoformat(first) if first else dt.date.today() + dt.timedelta(days=91)
        end = dt.date.fromisoformat(last) if last else start
        languages = parse_languages(args.languages.split(","))
    except (ValueError, Unparsable) as exc:
        return (f"{getattr(exc, 'message', exc)}; expected for example --dates 2027-03-04..2027-03-05 "
                "--languages en,fr")
    if end < start:
        return "the last day is before the first"
    if resolve_place(args.country) is None:
        return f'"{args.country}" is not a country'
    return NewEvent(args.title, start, end, args.city, args.country, languages, args.timezone)


def _init(args) -> int:
    from pipeline.starter import FolderNotEmpty, NewEvent, start_event

    event = _new_event(args)
    if not isinstance(event, NewEvent):
        print(f"dossier init: {event}", file=sys.stderr)
        return 2
    try:
        written = start_event(args.folder, event)
    except FolderNotEmpty as exc:
        print(f"dossier init: {exc}; nothing was written", file=sys.stderr)
        return 1
    _written(written, args.folder)
    return 0


def _written(paths: list[Path], folder: Path) -> None:
    for path in paths:
        print(f"  wrote {path}", file=sys.stderr)
    print(f"\nNext: fill in {folder}/ (each workbook's Instructions sheet explains its columns), then\n"
          f"  dossier validate --inputs {folder}\n  dossier build --inputs {folder}", file=sys.stderr)


def _import(args) -> int:
    from pipeline.imports import read, write_into
    from pipeline.starter import NewEvent

    event = _new_event(args)
    if not isinstance(event, NewEvent):
        print(f"dossier import: {event}", file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(f"dossier import: {args.file}: no such file", file=sys.stderr)
        return 2
    imported = read(args.source, args.file, event)
    if imported.findings:
        print_findings(imported.findings)
    if has_errors(imported.findings):
        print("nothing was written.", file=sys.stderr)
        return 1
    try:
        written = write_into(args.into, imported, imported.event or event)
    except FileExistsError as exc:
        print(f"dossier import: {exc} already exist; nothing was written", file=sys.stderr)
        return 1
    what = (f"{len(imported.rows)} items and {len(imported.bios)} bios" if args.source == "schedule"
            else f"{len(imported.rows)} participants")
    print(f"dossier import: read {what} from {args.file}", file=sys.stderr)
    _written(written, args.into)
    return 0


def _archive(args) -> int:
    from pipeline.archive import archive_edition
    from pipeline.uptodate import BUILD_INFO

    names = args.edition or [e for e in EDITIONS if (args.out / e).is_dir()]
    missing = [e for e in names if not (args.out / e / EDITIONS[e].file(BUILD_INFO, "json")).is_file()]
    if not names or missing:
        print(f"dossier: no built edition {', '.join(missing) or ''} in {args.out}/: run dossier build first",
              file=sys.stderr)
        return 1
    for name in names:
        path, new = archive_edition(args.out / name, args.archive, EDITIONS[name])
        print(f"{name}: {'wrote' if new else 'unchanged since'} {path}", file=sys.stderr)
    return 0


def _cache(args) -> int:
    from pipeline.render.compose.cache import cache_dir, clear, info

    if args.action == "clear":
        freed = clear()
        print(f"dossier cache: removed {freed / 2**20:.1f} MB from {cache_dir()}", file=sys.stderr)
        return 0
    facts = info()
    print(f"place:  {facts['folder']}\nunits:  {facts['units']}\nsize:   {facts['bytes'] / 2**20:.1f} MB of "
          f"{facts['limit'] / 2**20:.0f} MB (least recently used out first; DOSSIER_CACHE_LIMIT)\n"
          f"on disk: {facts['on_disk'] / 2**20:.1f} MB")
    return 0


def _verify(args) -> int:
    from pipeline.archive import verify

    failed = 0
    for archive in args.archives:
        problems = verify(archive)
        for problem in problems:
            print(f"{archive}: {problem}", file=sys.stderr)
        print(f"{archive}: {'FAILED' if problems else 'every checksum holds'}", file=sys.stderr)
        failed += bool(problems)
    return 1 if failed else 0


def print_findings(findings: list[Finding], stream=None) -> None:
    stream = stream or sys.stderr
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.where.file].append(f)
    for file in sorted(by_file):
        print(file, file=stream)
        for f in by_file[file]:
            print(f"  {f.severity.value}: {f}", file=stream)


class Terminated(BaseException):
    """SIGTERM: stop as Ctrl-C does, the staging folder and the workers cleared on the way out."""


def _terminate(signum, frame) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("archive", "verify", "bench", "init", "import", "cache"):
        return {"archive": _archive, "verify": _verify, "bench": _bench, "init": _init,
                "import": _import, "cache": _cache}[args.command](args)
    if args.command == "mail":
        return _mail(args, argv if argv is not None else sys.argv[1:])
    main_thread = threading.current_thread() is threading.main_thread()
    given = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
    try:
        return _run(args)
    except (KeyboardInterrupt, Terminated) as stop:
        where = f"{args.out}/ left as it was" if args.command == "build" else "nothing was written"
        print(f"\ndossier: interrupted; {where}", file=sys.stderr)
        return 143 if isinstance(stop, Terminated) else 130
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, given)


def _mail(args, argv: list[str]) -> int:
    """The organisers' and delegates' editions built first (their files are what the messages attach; nothing is
    made when they are up to date), then the letter's messages."""
    built = main(["build", "--inputs", str(args.inputs), "--out", str(args.out), "--archive", str(args.archive),
                  "--edition", "organisers", "--edition", "delegates", *(["--strict"] if args.strict else [])])
    if built:
        return built
    from pipeline.mail.command import mail

    return mail(args, ["dossier", *argv])


def _serve(args) -> int:
    from pipeline.build import build, check_inputs
    from pipeline.findings import Location, error
    from pipeline.render import TEMPLATES
    from pipeline.serve import serve

    edition = EDITIONS[args.edition]

    def build_once(on_pages) -> list[Finding]:
        report = Report()
        raw, findings = check_inputs(args.inputs, report)
        findings = strict(findings) if args.strict else findings
        if findings:
            print_findings(findings)
        if has_errors(findings):
            print("The inputs have errors; the page shows them.", file=sys.stderr)
            return findings
        try:
            build(raw, args.out, report, (edition,), args.archive, args.jobs,
                  on_pages=lambda folder: on_pages(folder, findings))
        except Exception as exc:  # a bug or another build writing: shown on the page, as in the terminal
            if args.debug:
                traceback.print_exc()
            return findings + [error(Location(str(args.out)), f"the build failed: {exc.__class__.__name__}: {exc}")]
        return findings

    return serve(args.inputs, args.out, edition, args.port, build_once, (args.inputs, TEMPLATES))


def _unchanged(args, started: float) -> str | None:
    """The build's stamp (uptodate.py), or None when the dossier already carries it: then nothing is made, and
    nothing heavy is even imported."""
    from pipeline.uptodate import BUILD_INFO, build_stamp, up_to_date

    names = tuple(dict.fromkeys(args.edition or EDITIONS))
    stamp = build_stamp(args.inputs, args.archive, args.strict)
    if not up_to_date(args.out, [f"{n}/{EDITIONS[n].file(BUILD_INFO, 'json')}" for n in names], stamp):
        return stamp
    print(f"dossier: nothing changed since the last build (inputs, templates, code, settings): {args.out}/ is up to "
          f"date, {len(names)} edition{'s' * (len(names) != 1)} ({time.perf_counter() - started:.2f} s; `dossier "
          "validate` lists the warnings, if any)", file=sys.stderr)
    return None


def _run(args) -> int:
    if not args.inputs.is_dir():
        print(f"dossier: error: --inputs {args.inputs}: no such folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    stamp = _unchanged(args, started) if args.command == "build" else None
    if args.command == "build" and stamp is None:
        return 0
    # Imported here, not above: the check above must not pay for pandas, the validators and WeasyPrint, nor a PDF
    # worker started from the `dossier` script (which imports this module again as it starts).
    from pipeline.build import build, check_inputs

    if args.command == "serve":
        return _serve(args)
    report = Report()
    if os.environ.get("DOSSIER_BENCH_JSON"):  # a run measured by `dossier bench`
        from pipeline.bench import MemorySampler
        report.sampler = MemorySampler()
    try:
        raw, findings = check_inputs(args.inputs, report)
        if args.strict:
            findings = strict(findings)
        if getattr(args, "format", "text") == "json":
            json.dump([f.to_dict() for f in findings], sys.stdout, ensure_ascii=False, indent=2)
            print()
        elif findings:
            print_findings(findings)
        if has_errors(findings):
            errors = sum(f.severity is Severity.ERROR for f in findings)
            print(f"{errors} error{'s' * (errors != 1)} in the inputs; nothing was written.", file=sys.stderr)
            return 1
        if args.command == "validate":
            print(f"{args.inputs}: no errors.", file=sys.stderr)
            return 0
        editions = tuple(EDITIONS[name] for name in dict.fromkeys(args.edition or EDITIONS))
        build(raw, args.out, report, editions, args.archive, args.jobs, stamp)
    except Busy as exc:
        print(f"dossier: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug or an environment problem, not an input error
        if args.debug:
            traceback.print_exc()
        print(f"dossier: build failed: {exc.__class__.__name__}: {exc}; the previous dossier was left as it was"
              + ("" if args.debug else " (run with --debug for details)"), file=sys.stderr)
        return 1
    print(f"Dossier written to {args.out}/ in {time.perf_counter() - started:.1f} s.", file=sys.stderr)
    if report.sampler:
        from pipeline.bench import report_to
        report_to(os.environ["DOSSIER_BENCH_JSON"], report, started, report.sampler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
