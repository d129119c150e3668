"""`dossier serve`: a live preview while the inputs are edited. It builds one edition, serves its web pages on
127.0.0.1, watches the inputs and the templates (watchfiles), rebuilds incrementally on every save (the units
that did not change come from the cache), and the open page reloads itself. When the inputs have errors, every
page shows the findings, located, until they are mended: never silently the last good dossier.

The reload is a small script the server adds to each page it sends (the files on disk are not touched): it asks
/__dossier__/state every 700 ms, and reloads when the build number has moved from the page's own."""

from __future__ import annotations

import html
import json
import sys
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pipeline.editions import Edition
from pipeline.findings import Finding, Severity, has_errors

STATE = "/__dossier__/state"
SCRIPT = "/__dossier__/reload.js"
# The page knows the build it was served from (?build=N): a build that ends before its first question still
# reloads it.
RELOAD = """(function () {
  var shown = Number(new URL(document.currentScript.src).searchParams.get("build"));
  setInterval(function () {
    fetch("%s", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      if (s.build !== shown) { location.reload(); }
    }).catch(function () {});
  }, 700);
})();
""" % STATE


@dataclass
class Preview:
    """What the server shows: the build's number (moves when the pages do, good build or not), its findings, and
    the new web pages of the build under way, shown as soon as they are written, before its PDFs are done
    (relative path → page; the files on disk are the last build's until it publishes)."""
    build: int = 0
    findings: list[Finding] = field(default_factory=list)
    pages: dict[str, bytes] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def show_pages(self, folder: Path, findings: list[Finding]) -> None:
        """The build's pages are written in its staging folder (`folder`, the edition's): shown from now on."""
        pages = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.html")}
        with self.lock:
            self.build += 1
            self.pages, self.findings = pages, findings

    def update(self, findings: list[Finding]) -> None:
        """A build ended: its findings, and the pages it published. The number does not move again when the
        build's pages were shown already with the same findings: the page need not reload twice."""
        with self.lock:
            if not (self.pages and findings == self.findings):
                self.build += 1
            self.pages, self.findings = {}, findings


def _script(build: int) -> str:
    return f'<script src="{SCRIPT}?build={build}"></script>'


def findings_page(findings: list[Finding], build: int) -> str:
    rows = "".join(f'<li class="{f.severity.value}"><strong>{f.severity.value}</strong> '
                   f"<code>{html.escape(str(f.where))}</code>: {html.escape(f.message)}"
                   + (f" <em>({html.escape(f.hint)})</em>" if f.hint else "") + "</li>"
                   for f in sorted(findings, key=lambda f: (f.severity is not Severity.ERROR, f.where.file)))
    errors = sum(f.severity is Severity.ERROR for f in findings)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The inputs have {errors} error{"s" * (errors != 1)}</title>
<style>body{{font:16px/1.5 sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
li{{margin:.4rem 0}} .error strong{{color:#a00}} .warning strong{{color:#850}}</style></head>
<body><h1>The inputs have {errors} error{"s" * (errors != 1)}</h1>
<p>The dossier is not rebuilt until they are mended; this page reloads when the files are saved.</p>
<ul>{rows}</ul>{_script(build)}</body></html>
"""


# What a preview page may load: its own files, inline styles (the pages carry their stylesheet), pictures and fonts
# as data: URIs (photos, QR codes), and the reload script; nothing from elsewhere, and no page may frame it.
CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
       "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
METHODS = ("GET", "HEAD")


def local_hosts(port: int) -> frozenset[str]:
    """The Host headers of a request from this machine to the preview: its loopback names, with the port."""
    return frozenset(f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]"))


class Handler(SimpleHTTPRequestHandler):
    """Serves the edition's folder; its pages get the reload script, or the findings while there are errors.

    Every request passes `parse_request` first: one check for every path, the state endpoint too. A request whose
    Host is not this machine's own name is refused, since a web page whose name rebinds to 127.0.0.1 could
    otherwise read the organisers' pages (DNS rebinding); only GET and HEAD are answered."""

    preview: Preview
    hosts: frozenset[str] = frozenset()

    def log_message(self, format, *args) -> None:  # noqa: A002 - the standard library's name
        pass  # the build's own lines are what the terminal shows

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        host = (self.headers.get("Host") or "").strip().lower()
        if not self.path.startswith("/"):  # an absolute target ("GET http://elsewhere/") names its own host
            rest = self.path.partition("://")[2]
            host, _, path = rest.partition("/") if rest else (self.path, "", "")
            host, self.path = host.lower(), "/" + path
        if host not in self.hosts:
            self._refuse(421, "Misdirected Request", f"this preview answers only this machine "
                         f"(http://127.0.0.1:{self.server.server_address[1]}/), not the host name {host!r}")
            return False
        if self.command not in METHODS:
            self._refuse(405, "Method Not Allowed", f"the preview only reads: {' and '.join(METHODS)}")
            return False
        return True

    def _refuse(self, code: int, reason: str, explanation: str) -> None:
        body = f"{code} {reason}: {explanation}\n".encode()
        self.send_response(code, reason)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        if code == 405:
            self.send_header("Allow", ", ".join(METHODS))
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        """Every response, a page, a file or a refusal: no type sniffing, no referrer, nothing from elsewhere."""
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        path = self.path.split("?")[0]
        if path == STATE:
            with self.preview.lock:
                body = json.dumps({"build": self.preview.build,
                                   "errors": sum(f.severity is Severity.ERROR for f in self.preview.findings)})
            return self._send(body.encode(), "application/json")
        if path == SCRIPT:
            return self._send(RELOAD.encode(), "text/javascript")
        with self.preview.lock:
            build, findings, pages = self.preview.build, list(self.preview.findings), self.preview.pages
        if path.endswith((".html", "/")):
            if has_errors(findings):
                return self._send(findings_page(findings, build).encode(), "text/html; charset=utf-8")
            local = Path(self.translate_path(path))
            local = local / "index.html" if local.is_dir() else local
            staged = pages.get(str(local.relative_to(self.directory))) if local.is_relative_to(self.directory) else None
            if staged is not None or local.is_file():
                page = (staged or local.read_bytes()).decode("utf-8")
                page = page.replace("</body>", _script(build) + "</body>", 1)
                return self._send(page.encode(), "text/html; charset=utf-8")
        return super().do_HEAD() if self.command == "HEAD" else super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802 - the standard library's name
        self.do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def preview_server(folder: Path, preview: Preview, port: int) -> ThreadingHTTPServer:
    """The server of folder's pages on 127.0.0.1:port (0: a free port), not yet serving."""
    handler = type("PreviewHandler", (Handler,), {"preview": preview})
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(folder)))
    handler.hosts = local_hosts(server.server_address[1])  # the port bound, also when 0 asked for a free one
    return server


def serve(inputs: Path, out: Path, edition: Edition, port: int, build_once, watched: tuple[Path, ...]) -> int:
    """build_once(on_pages) builds the edition and returns the findings (errors: nothing was built); it calls
    on_pages(staging folder, findings) as soon as the web pages are written, before the PDFs. Runs until Ctrl-C."""
    from watchfiles import watch

    preview = Preview()

    def on_pages(folder: Path, findings: list[Finding]) -> None:
        preview.show_pages(folder / edition.name, findings)

    preview.update(build_once(on_pages))
    server = preview_server((out / edition.name).resolve(), preview, port)
    thread = threading.Thread(target=server.serve_forever, name="dossier-serve", daemon=True)
    thread.start()
    index = "index-internal.html" if edition.internal else "index.html"
    print(f"\nServing the {edition.name} edition on http://127.0.0.1:{server.server_address[1]}/{index}\n"
          f"Watching {', '.join(str(p) for p in watched)}; Ctrl-C stops.", file=sys.stderr)
    stop = threading.Event()
    try:
        for changes in watch(*watched, stop_event=stop, debounce=300, raise_interrupt=True):
            names = sorted({Path(p).name for _, p in changes})
            print(f"\nChanged: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}; building again", file=sys.stderr)
            preview.update(build_once(on_pages))
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    print("\ndossier serve: stopped.", file=sys.stderr)
    return 0
