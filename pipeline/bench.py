"""`dossier bench` / `make bench`: what a build costs at 1x, 10x and 100x the Sofia conference.

Each measured build runs in a fresh process (`python -m pipeline build`), so that no cache from an earlier
run helps it; the process reports its stages, its files and the peak memory of itself and its workers
(sampled every 20 ms with psutil) through DOSSIER_BENCH_JSON. Figures are medians over the runs, with their
spread (min–max). Written as a table on the terminal and as JSON in dossier/bench/bench.json.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from pipeline.synthetic import LETTERS, write_letters, write_conference

RENDER_STAGE = "render"
ALL = "all"  # every edition


class MemorySampler:
    """Peak resident memory of this process and all its children, sampled in a thread."""

    def __init__(self, interval: float = 0.02):
        self.process, self.interval = psutil.Process(), interval
        self._peak = self._overall = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _rss(self) -> int:
        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            rss = self._rss()
            self._peak, self._overall = max(self._peak, rss), max(self._overall, rss)

    def reset(self) -> None:
        self._peak = self._rss()

    def peak(self) -> int:
        return max(self._peak, self._rss())

    def overall(self) -> int:
        self._stop.set()
        return max(self._overall, self._peak)


def report_to(path: str, report, started: float, sampler: MemorySampler) -> None:
    """What a build run under the benchmark tells it."""
    Path(path).write_text(json.dumps({
        "wall": time.perf_counter() - started,
        "stages": report.stages,
        "stage_peak_rss": report.peaks,
        "peak_rss": sampler.overall(),
        "laid_out": report.laid_out,
        "published": report.published,
        "units_made": [job.label for job in report.jobs if job.unit],
        "units_reused": report.reused_units,
        **_per_file(report.jobs),
    }), encoding="utf-8")


def _per_file(jobs) -> dict[str, dict]:
    """Seconds per task (a unit laid out or written, a file joined and stamped), and the memory of the worker
    that ran it."""
    seconds: dict[str, float] = {}
    peaks: dict[str, int] = {}
    for job in jobs:
        seconds[job.label] = seconds.get(job.label, 0.0) + job.seconds
        peaks[job.label] = max(peaks.get(job.label, 0), job.peak_rss)
    return {"files": seconds, "file_peak_rss": peaks}


EMPTY = {"stages": {}, "stage_peak_rss": {}, "files": {}, "file_peak_rss": {}, "peak_rss": 0, "laid_out": 0,
         "published": 0, "units_made": [], "units_reused": []}  # a build that found nothing to do reports nothing


def _run_build(inputs: Path, out: Path, edition: str, *extra: str, cache: Path | None = None) -> dict:
    """One build in a process of its own. cache: the layout cache it uses; a cold build gets an empty one of its
    own (removed after), so that what it measures is a first build whatever ran before it."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result_file = handle.name
    cold = cache is None
    cache = Path(tempfile.mkdtemp(prefix="dossier-bench-cache-")) if cold else cache
    env = {**os.environ, "DOSSIER_BENCH_JSON": result_file, "DOSSIER_CACHE": str(cache)}
    started = time.perf_counter()
    editions = () if edition == ALL else ("--edition", edition)
    subprocess.run([sys.executable, "-m", "pipeline", "build", "--inputs", str(inputs), "--out", str(out),
                    "--archive", str(out / "no-archive"), *editions, *extra], env=env, check=True,
                   capture_output=True)
    wall = time.perf_counter() - started
    written = Path(result_file).read_text(encoding="utf-8")
    result = json.loads(written) if written.strip() else dict(EMPTY)
    os.unlink(result_file)
    if cold:
        shutil.rmtree(cache, ignore_errors=True)
    result["process_wall"] = wall  # with interpreter start and imports
    return result


def _spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


def _summary(runs: list[dict]) -> dict:
    stages = list(runs[0]["stages"])  # in pipeline order
    files = sorted({f for r in runs for f in r["files"]})
    renderer = [sum(r["files"].values()) for r in runs]
    own = [sum(v for s, v in r["stages"].items() if s != RENDER_STAGE) for r in runs]
    return {
        "wall": _spread([r["process_wall"] for r in runs]),
        "stages": {s: _spread([r["stages"].get(s, 0.0) for r in runs]) for s in stages},
        "stage_peak_rss": {s: max(r["stage_peak_rss"].get(s, 0) for r in runs) for s in stages},
        "files": {f: _spread([r["files"].get(f, 0.0) for r in runs]) for f in files},
        "file_peak_rss": {f: max(r["file_peak_rss"].get(f, 0) for r in runs) for f in files},
        "peak_rss": max(r["peak_rss"] for r in runs),
        # CPU-seconds inside WeasyPrint / python-docx (summed over workers) against the pipeline's own stages.
        "renderer_seconds": _spread(renderer),
        "pipeline_seconds": _spread(own),
        "renderer_share": statistics.median(r / (r + o) if r + o else 0.0 for r, o in zip(renderer, own)),
        # Pages WeasyPrint laid out against pages of the PDF files written (each page laid out once).
        "laid_out": runs[0]["laid_out"],
        "published": runs[0]["published"],
        "units_made": runs[0]["units_made"],
        "units_reused": runs[0]["units_reused"],
    }


def _set_languages(inputs: Path, languages: str) -> None:
    """The synthetic event made in other languages (it has no translations: its French documents print the
    English text, marked, which costs the same to lay out)."""
    announcement = inputs / "announcement.md"
    text = re.sub(r"(?m)^languages:.*\n", "", announcement.read_text(encoding="utf-8"))
    announcement.write_text(text.replace("\n---\n", f"\nlanguages: {languages}\n---\n", 1), encoding="utf-8")


def _with_pack(inputs: Path) -> None:
    """The synthetic event in one language, with the organisers' working pack (badges, name cards, sign-in
    sheets, briefings, certificates)."""
    _set_languages(inputs, "[en]")
    announcement = inputs / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("working_pack: none\n", ""),
                            encoding="utf-8")


def _mail(inputs: Path, out: Path, cache: Path, stream) -> dict:
    """`dossier mail`: the three letters written to the outbox (the first run also lays out their PDFs and the
    certificates), then one sent to an SMTP server on this machine (aiosmtpd), nothing leaving it."""
    write_letters(inputs)
    outbox = out.parent / "outbox"
    shutil.rmtree(outbox, ignore_errors=True)
    env = {**os.environ, "DOSSIER_CACHE": str(cache), "DOSSIER_MAIL_FROM": "Bench <bench@example.org>"}

    def mail(letter: str, *more: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "mail", letter, "--inputs", str(inputs), "--out", str(out),
                        "--archive", str(out / "no-archive"), "--outbox", str(outbox), *more], env=env, check=True,
                       capture_output=True)
        return time.perf_counter() - started

    result = {"first": mail("invitation")}  # the letters' PDFs and certificates laid out, then its outbox
    result["dry_runs"] = {name: mail(name) for name in LETTERS}
    result["messages"] = {name: len(list((outbox / name).glob("*.eml"))) for name in LETTERS}
    print(f"  mail: dry runs {', '.join(f'{v:.1f} s' for v in result['dry_runs'].values())}", file=stream, flush=True)
    try:
        from aiosmtpd.controller import Controller
    except ImportError:  # a test extra: without it, no sending is measured
        return result

    class Count:
        received = 0

        async def handle_DATA(self, server, session, envelope):
            Count.received += 1
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = Controller(Count(), hostname="127.0.0.1", port=port)
    server.start()
    try:
        env.update(DOSSIER_SMTP_HOST="127.0.0.1", DOSSIER_SMTP_PORT=str(port), DOSSIER_SMTP_SECURITY="none")
        sending = mail("invitation", "--send") - result["dry_runs"]["invitation"]
    finally:
        server.stop()
    result["sent"] = Count.received
    result["send_seconds"] = sending
    result["per_second"] = Count.received / max(sending, 1e-9)
    shutil.rmtree(outbox, ignore_errors=True)
    return result


def _edit_bio(inputs: Path, n: int) -> None:
    bio = sorted((inputs / "bios").glob("*.md"))[0]
    bio.write_text(bio.read_text(encoding="utf-8") + f"\nEdited for run {n}.\n", encoding="utf-8")
    stamp = time.time() + n
    os.utime(bio, (stamp, stamp))


def bench(root: Path, scales: tuple[int, ...], runs: dict[int, int], edition: str, stream=sys.stderr) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    results: dict = {"edition": edition, "cores": os.cpu_count(), "scales": {}}
    for scale in scales:
        inputs = root / f"inputs-{scale}x"
        if not (inputs / "announcement.md").is_file():
            shutil.rmtree(inputs, ignore_errors=True)
        size = write_conference(inputs, scale)
        out = root / f"out-{scale}x"
        measured = []
        for n in range(runs[scale]):
            shutil.rmtree(out, ignore_errors=True)
            measured.append(_run_build(inputs, out, edition))
            print(f"  {scale}x run {n + 1}: {measured[-1]['process_wall']:.1f} s", file=stream, flush=True)
        entry = {"size": size, "full": _summary(measured)}
        if scale == 10 or len(scales) == 1:
            single = []
            for n in range(runs[scale]):
                shutil.rmtree(out, ignore_errors=True)
                single.append(_run_build(inputs, out, edition, "--jobs", "1"))
                print(f"  {scale}x single-process run {n + 1}: {single[-1]['process_wall']:.1f} s", file=stream,
                      flush=True)
            entry["single_process"] = _summary(single)
            entry["parallel_ratio"] = entry["full"]["wall"]["median"] / entry["single_process"]["wall"]["median"]
        if scale <= 10:  # rebuilds, with a cache the first build filled: the last full build's dossier is there
            warm = root / "cache"
            shutil.rmtree(warm, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            _run_build(inputs, out, edition, cache=warm)
            entry["noop_rebuild"] = _summary([_run_build(inputs, out, edition, cache=warm)
                                              for _ in range(runs[scale])])
            entry["noop_ratio"] = entry["noop_rebuild"]["wall"]["median"] / entry["full"]["wall"]["median"]
            elsewhere = []  # the same inputs into a new output folder: every unit from the shared cache
            for n in range(runs[scale]):
                shutil.rmtree(root / "elsewhere", ignore_errors=True)
                elsewhere.append(_run_build(inputs, root / "elsewhere", edition, cache=warm))
            shutil.rmtree(root / "elsewhere", ignore_errors=True)
            entry["new_folder"] = _summary(elsewhere)
            entry["new_folder_ratio"] = entry["new_folder"]["wall"]["median"] / entry["full"]["wall"]["median"]
            one_bio = []
            for n in range(runs[scale]):
                _edit_bio(inputs, n + 1)
                one_bio.append(_run_build(inputs, out, edition, cache=warm))
            entry["one_bio_rebuild"] = _summary(one_bio)
            entry["one_bio_ratio"] = entry["one_bio_rebuild"]["wall"]["median"] / entry["full"]["wall"]["median"]
            entry["mail"] = _mail(inputs, out, warm, stream)
            shutil.rmtree(inputs / "letters", ignore_errors=True)
            shutil.rmtree(warm, ignore_errors=True)
            # The same event in English and French: what a second language costs.
            _set_languages(inputs, "[en, fr]")
            two = []
            for n in range(runs[scale]):
                shutil.rmtree(out, ignore_errors=True)
                two.append(_run_build(inputs, out, edition))
                print(f"  {scale}x in two languages, run {n + 1}: {two[-1]['process_wall']:.1f} s", file=stream,
                      flush=True)
            entry["two_languages"] = _summary(two)
            entry["two_languages_ratio"] = entry["two_languages"]["wall"]["median"] / entry["full"]["wall"]["median"]
            # The organisers' working pack on top of the dossier: what it costs.
            _with_pack(inputs)
            pack = []
            for n in range(runs[scale]):
                shutil.rmtree(out, ignore_errors=True)
                pack.append(_run_build(inputs, out, edition))
                print(f"  {scale}x with the working pack, run {n + 1}: {pack[-1]['process_wall']:.1f} s",
                      file=stream, flush=True)
            entry["with_pack"] = _summary(pack)
            entry["with_pack_ratio"] = entry["with_pack"]["wall"]["median"] / entry["full"]["wall"]["median"]
            shutil.rmtree(inputs)  # the edited bios: regenerate next time
        results["scales"][f"{scale}x"] = entry
    if {10, 100} <= set(scales):
        ten, hundred = results["scales"]["10x"]["full"], results["scales"]["100x"]["full"]
        results["growth_10x_to_100x"] = {
            "wall": hundred["wall"]["median"] / ten["wall"]["median"],
            **{s: hundred["stages"][s]["median"] / max(ten["stages"][s]["median"], 1e-9) for s in ten["stages"]},
        }
    (root / "bench.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


def _mb(value: float) -> str:
    return f"{value / 2**20:,.0f} MB"


def _s(spread: dict) -> str:
    return f"{spread['median']:8.2f} s ({spread['min']:.2f}–{spread['max']:.2f})"


def table(results: dict) -> str:
    lines = [f"edition: {results['edition']}, cores: {results['cores']}; median (min–max) over the runs"]
    for name, entry in results["scales"].items():
        full, size = entry["full"], entry["size"]
        lines.append(f"\n{name}: {size['participants']:,} participants, {size['speakers']:,} speakers with bios, "
                     f"{size['items']:,} items; {full['wall']['runs']} run(s)")
        lines.append(f"  {'whole build (process)':<34}{_s(full['wall'])}   peak memory {_mb(full['peak_rss'])}")
        for stage, spread in full["stages"].items():
            lines.append(f"  {'stage ' + stage:<34}{_s(spread)}   peak {_mb(full['stage_peak_rss'][stage])}")
        for label, spread in full["files"].items():
            lines.append(f"    {label:<52}{_s(spread)}   worker peak {_mb(full['file_peak_rss'][label])}")
        lines.append(f"  renderers' share of the work: {full['renderer_share']:.0%} "
                     f"(WeasyPrint + python-docx {full['renderer_seconds']['median']:.1f} s, "
                     f"pipeline's own stages {full['pipeline_seconds']['median']:.1f} s)")
        lines.append(f"  pages laid out / pages published: {full['laid_out']:,} / {full['published']:,} = "
                     f"{full['laid_out'] / max(full['published'], 1):.2f}; units made: "
                     + "; ".join(full["units_made"]))
        if "single_process" in entry:
            lines.append(f"  single process (--jobs 1): {_s(entry['single_process']['wall'])}; "
                         f"parallel / single = {entry['parallel_ratio']:.2f}")
        if "noop_rebuild" in entry:
            bio = entry["one_bio_rebuild"]
            lines.append(f"  nothing changed: {_s(entry['noop_rebuild']['wall'])} = {entry['noop_ratio']:.2f} of the "
                         "whole build")
            lines.append(f"  new output folder, shared cache: {_s(entry['new_folder']['wall'])} = "
                         f"{entry['new_folder_ratio']:.2f} of the whole build")
            lines.append(f"  one bio edited: {_s(bio['wall'])} = {entry['one_bio_ratio']:.2f} of the whole build; "
                         f"{bio['laid_out']:,} pages laid out; units made: " + "; ".join(bio["units_made"]))
            lines.append("    units reused: " + "; ".join(bio["units_reused"]))
        if "mail" in entry:
            mail = entry["mail"]
            sent = (f"; sending {mail['sent']:,} messages to a local server: {mail['per_second']:.0f} a second"
                    if "sent" in mail else "")
            lines.append(f"  letters by e-mail: the first dry run, with every letter's PDF, {mail['first']:.1f} s; "
                         "then " + ", ".join(f"{name} ({mail['messages'][name]:,} messages) {seconds:.1f} s"
                                             for name, seconds in mail["dry_runs"].items()) + sent)
        if "two_languages" in entry:
            two = entry["two_languages"]
            lines.append(f"  English and French: {_s(two['wall'])} = {entry['two_languages_ratio']:.2f} of one "
                         f"language; validate {_s(two['stages']['validate'])}; {two['laid_out']:,} pages laid "
                         f"out for {two['published']:,} published")
        if "with_pack" in entry:
            pack = entry["with_pack"]
            lines.append(f"  with the working pack: {_s(pack['wall'])} = {entry['with_pack_ratio']:.2f} of the "
                         f"dossier alone; peak memory {_mb(pack['peak_rss'])}; {pack['laid_out']:,} pages laid out "
                         f"for {pack['published']:,} published")
    if "growth_10x_to_100x" in results:
        growth = results["growth_10x_to_100x"]
        lines.append("\ngrowth from 10x to 100x (10.0 would be linear): whole build "
                     f"{growth['wall']:.1f}; " + ", ".join(f"{k} {v:.1f}" for k, v in growth.items() if k != "wall"))
    return "\n".join(lines)
