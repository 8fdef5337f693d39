"""Serve the fake site over real HTTP on 127.0.0.1, in a background thread."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .site import Site


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self):  # noqa: N802 - http.server's naming
        status, headers, body = self.server.site.respond(self.path, dict(self.headers))
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (timeout, size limit): that is the point of those pages

    def log_message(self, *args):
        pass


class FakeSite:
    scheme = "http"

    def __init__(self):
        self.site = Site()
        self.httpd = self.make_server(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.site = self.site
        self.url = f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.site.base = self.url
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def make_server(self, address, handler) -> ThreadingHTTPServer:
        return ThreadingHTTPServer(address, handler)

    def __enter__(self) -> "FakeSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def requests(self) -> list[str]:
        return self.site.requests
