"""Command line: `dossier build|validate` and `python -m pipeline`.

Exit status: 0 built or valid (warnings allowed), 1 the inputs have errors or
the build failed (nothing written), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

from pipeline import __version__
from pipeline.build import Report, build, check_inputs
from pipeline.editions import EDITIONS
from pipeline.findings import Finding, Severity, has_errors, strict


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
    v = sub.add_parser("validate", parents=[common], help="check the inputs and list every problem; writes nothing")
    v.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json on standard output for tools")
    return parser


def print_findings(findings: list[Finding], stream=None) -> None:
    stream = stream or sys.stderr
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.where.file].append(f)
    for file in sorted(by_file):
        print(file, file=stream)
        for f in by_file[file]:
            print(f"  {f.severity.value}: {f}", file=stream)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.inputs.is_dir():
        print(f"dossier: error: --inputs {args.inputs}: no such folder", file=sys.stderr)
        return 2
    report = Report()
    started = time.perf_counter()
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
        build(raw, args.out, report, editions)
    except Exception as exc:  # a bug or an environment problem, not an input error
        if args.debug:
            traceback.print_exc()
        print(f"dossier: build failed: {exc.__class__.__name__}: {exc}; the previous dossier was left as it was"
              + ("" if args.debug else " (run with --debug for details)"), file=sys.stderr)
        return 1
    print(f"Dossier written to {args.out}/ in {time.perf_counter() - started:.1f} s.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
