"""What the local stand-ins of Google's and Microsoft's JSON APIs share: a request handler that
answers JSON and hands every method to ``_serve``, and a requests adapter that sends the real
client's calls for the real host to the stand-in on loopback (same path and query)."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter


class JsonHandler(BaseHTTPRequestHandler):
    """Subclasses implement ``_serve(method)`` and may set the Content-Type their API sends."""

    content_type = "application/json"

    def _serve(self, method: str) -> None:
        raise NotImplementedError

    def _send(self, status: int, payload: dict[str, Any],
              headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode() if status != 204 else b""  # 204 has no body
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._serve("PUT")

    def do_PATCH(self) -> None:  # noqa: N802
        self._serve("PATCH")


class ForwardAdapter(HTTPAdapter):
    """Sends a request for the real API's host to the stand-in instead (same path and query)."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self._base = base

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        parts = urlsplit(request.url or "")
        forwarded = request.copy()
        forwarded.url = self._base + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().send(forwarded, **kwargs)
