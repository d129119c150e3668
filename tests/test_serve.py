"""`dossier serve` in a real browser (playwright-core and Chromium, as `make check` has them): a bio edited on disk
appears on the open page, broken inputs show the findings there, and Ctrl-C stops the server, its watcher and its
workers. Skipped, and says so, where make check's readers are not installed (CI installs them first)."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil
import pytest

from conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"
needs = {"node": shutil.which("node"), "chromium": shutil.which("chromium"),
         "checks/node_modules": (ROOT / "checks" / "node_modules" / "playwright-core").is_dir() or None}
needs_readers = pytest.mark.skipif(not all(needs.values()), reason="make check's readers are not installed: "
                                + ", ".join(k for k, v in needs.items() if not v))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # a background job may have inherited Ctrl-C ignored


def _state(port: int) -> dict | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/__dossier__/state", timeout=2) as answer:
            return json.loads(answer.read())
    except OSError:
        return None


@needs_readers
def test_an_edited_bio_appears_on_the_open_page_and_ctrl_c_stops_everything(tmp_path):
    inputs = Path(shutil.copytree(FIXTURES / "clean", tmp_path / "inputs"))
    bio = inputs / "bios" / "clarke.md"
    before = "Emma Clarke works as head of unit at Home Office."
    after = "Emma Clarke leads the prevention unit of the Home Office."
    assert before in bio.read_text(encoding="utf-8")
    port = _free_port()
    log = tmp_path / "serve.log"  # a file, not a pipe: a full pipe would stop the server mid-sentence
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--inputs", str(inputs), "--out",
                               str(tmp_path / "out"), "--port", str(port)], cwd=tmp_path,
                              stderr=log.open("w"), preexec_fn=_as_in_a_terminal)
    try:
        deadline = time.monotonic() + 120
        while _state(port) is None and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.3)
        assert _state(port) == {"build": 1, "errors": 0}

        browser = subprocess.run(["node", str(ROOT / "checks" / "preview.mjs"), f"http://127.0.0.1:{port}/en/bios.html",
                                  str(bio), before, after], capture_output=True, text=True, timeout=300)
        assert browser.returncode == 0, browser.stdout + browser.stderr
        assert f'the open page shows "{after}"' in browser.stdout
        assert "broken: the page shows the findings: The inputs have 2 errors" in browser.stdout
        assert "mended: the page shows the dossier again" in browser.stdout
        assert "security policy: nothing the page needs was refused" in browser.stdout
        rebound = urllib.request.Request(f"http://127.0.0.1:{port}/en/bios.html", headers={"Host": "rebind.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(rebound, timeout=5)
        assert refused.value.code == 421
        assert after in (tmp_path / "out" / "public" / "en" / "bios.html").read_text(encoding="utf-8")
        assert _state(port)["build"] == 4  # the first build, the edit, the break, the mend

        workers = psutil.Process(server.pid).children(recursive=True)
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
        assert "dossier serve: stopped." in log.read_text()
        assert _state(port) is None, "the port is closed"
        _, alive = psutil.wait_procs(workers, timeout=15)  # the build's workers follow their parent out
        assert not alive
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_the_preview_answers_only_this_machine_by_name_and_only_reads(tmp_path):
    """DNS rebinding: a page whose name resolves to 127.0.0.1 sends its own name as Host; it is refused on every
    path, the state endpoint too. Every answer carries the headers that keep a page to itself."""
    import http.client

    from pipeline.serve import Preview, preview_server

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "participants-internal.html").write_text(
        "<!DOCTYPE html><html><body><p>jane.example@example.org</p></body></html>", encoding="utf-8")
    (tmp_path / "en" / "programme.pdf").write_bytes(b"%PDF-1.7\n")
    server = preview_server(tmp_path, Preview(), 0)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def ask(method: str, path: str, host: str) -> tuple[int, dict, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.putrequest(method, path, skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        answer = connection.getresponse()
        body = answer.read()
        connection.close()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, body

    try:
        for path in ("/en/participants-internal.html", "/__dossier__/state", "/en/programme.pdf", "/"):
            for host in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1.attacker.example:{port}",
                         f"127.0.0.1:{port + 1}", ""):
                status, headers, body = ask("GET", path, host)
                assert status == 421, (path, host)
                assert b"answers only this machine" in body and b"example.org" not in body
                assert headers["x-content-type-options"] == "nosniff"
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
            status, headers, body = ask("GET", "/en/participants-internal.html", host)
            assert status == 200 and b"jane.example@example.org" in body, host
        assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "http" not in policy and "*" not in policy  # nothing from elsewhere
        status, headers, body = ask("HEAD", "/en/participants-internal.html", f"127.0.0.1:{port}")
        assert status == 200 and body == b"" and int(headers["content-length"]) > 0
        status, headers, _ = ask("GET", "/en/programme.pdf", f"127.0.0.1:{port}")
        assert status == 200 and headers["referrer-policy"] == "no-referrer"
        # A request whose target is absolute names its host there (RFC 9112), over the Host header.
        status, _, _ = ask("GET", "http://attacker.example/en/participants-internal.html", f"127.0.0.1:{port}")
        assert status == 421
        status, _, _ = ask("GET", f"http://127.0.0.1:{port}/en/participants-internal.html", f"127.0.0.1:{port}")
        assert status == 200  # our own name: answered
        for method in ("POST", "PUT", "DELETE", "OPTIONS", "TRACE"):
            status, headers, _ = ask(method, "/en/participants-internal.html", f"127.0.0.1:{port}")
            assert status == 405 and headers["allow"] == "GET, HEAD", method
    finally:
        server.shutdown()
        server.server_close()


def test_a_rebuild_shows_its_new_pages_before_its_pdfs_are_published(tmp_path):
    """`dossier serve` reloads the open page as soon as the build's web pages are written (build's on_pages),
    from memory, while the PDFs are still being made; the page then reloads no second time for the same build."""
    import io

    from pipeline.build import build as build_dossier
    from pipeline.build import check_inputs
    from pipeline.editions import EDITIONS
    from pipeline.report import Report
    from pipeline.serve import Preview, preview_server

    inputs = Path(shutil.copytree(FIXTURES / "clean", tmp_path / "inputs"))
    out, public = tmp_path / "out", (EDITIONS["public"],)
    raw, findings = check_inputs(inputs, Report(stream=io.StringIO()))
    build_dossier(raw, out, Report(stream=io.StringIO()), public, tmp_path / "archive")
    bio = inputs / "bios" / "clarke.md"
    bio.write_text(bio.read_text(encoding="utf-8").replace("works as head of unit", "leads the prevention unit"),
                   encoding="utf-8")

    preview = Preview()
    preview.update([])
    server = preview_server(out / "public", preview, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seen = {}

    def on_pages(folder: Path) -> None:
        preview.show_pages(folder / "public", [])
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_address[1]}/en/bios.html") as answer:
            seen["served"] = answer.read().decode()
        seen["published"] = (out / "public" / "en" / "bios.html").read_text(encoding="utf-8")
        seen["build"] = preview.build

    try:
        raw, findings = check_inputs(inputs, Report(stream=io.StringIO()))
        build_dossier(raw, out, Report(stream=io.StringIO()), public, tmp_path / "archive", on_pages=on_pages)
        preview.update([])
    finally:
        server.shutdown()
        server.server_close()
    assert "leads the prevention unit" in seen["served"], "the new page, served before the build ended"
    assert "/__dossier__/reload.js?build=2" in seen["served"]
    assert "leads the prevention unit" not in seen["published"], "the PDFs were not published yet"
    assert "leads the prevention unit" in (out / "public" / "en" / "bios.html").read_text(encoding="utf-8")
    assert seen["build"] == preview.build == 2, "one reload for the edit"
    assert not preview.pages, "the published pages are read from disk again"
