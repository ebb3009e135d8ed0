"""What the browser tests share: Debian's chromium through playwright, and the dashboard served by
``streamlit run dashboard.py`` on a free local port with a store of its own.

Never ``playwright install``: the browser is Debian's (``apt-get install chromium``). Outside CI a
missing browser skips the test; in CI (``CI`` set) it fails it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
UPLOAD_INPUT = '[data-testid="stSidebar"] [data-testid="stFileUploaderDropzoneInput"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def missing(what: str) -> None:
    """Skip outside CI, fail in CI: the browser tests may not silently vanish there."""
    if "CI" in os.environ:
        pytest.fail(f"{what}; CI is set, so the browser test may not skip")
    pytest.skip(f"{what} (the browser test skips only outside CI)")


@contextlib.contextmanager
def chromium() -> Iterator:
    """A headless Debian chromium driven by playwright."""
    if not Path(CHROMIUM).is_file():
        missing(f"{CHROMIUM} is missing: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright package is missing: pip install -e .[test]")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running dashboard: its URL, process, log file, store and folder of session stores."""

    def __init__(self, url: str, proc: subprocess.Popen, log: Path, store: Path, port: int, sessions: Path):
        self.url, self.proc, self.log, self.store, self.port, self.sessions = url, proc, log, store, port, sessions

    def log_text(self) -> str:
        return self.log.read_bytes().decode(errors="replace")


@contextlib.contextmanager
def serve(workdir: Path, *, env: dict[str, str] | None = None, args: tuple[str, ...] = ("--server.address", "127.0.0.1"),
          store: Path | None = None, pause_writes: int | None = None) -> Iterator[Server]:
    """``streamlit run dashboard.py`` on a free port with its own store (``workdir/events.sqlite``
    unless ``store``), its own session stores (``workdir/sessions``) and no tiles; yields a :class:`Server` once it answers.
    ``pause_writes``: run it through :mod:`tests.pause_writes`, every store write paused after that many rows."""
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    store = store or workdir / "events.sqlite"
    full = {k: v for k, v in os.environ.items() if k not in ("STRIKEMAP_TILES_ATTR", "STRIKEMAP_DB")}
    full.update({"STRIKEMAP_TILES": "none", "STRIKEMAP_DB": str(store), "STRIKEMAP_SESSIONS": str(workdir / "sessions")})
    full.update(env or {})
    sessions = Path(full["STRIKEMAP_SESSIONS"])
    pause = ["-m", "tests.pause_writes", str(pause_writes)] if pause_writes else []
    cmd = [sys.executable, *pause, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
           "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *args]
    log = workdir / f"streamlit-{port}.log"
    with log.open("w+b") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=full, stdout=fh, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", proc, log, store, port, sessions)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{server.log_text()}")
            try:
                with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer {server.url}/_stcore/health within 60 s")
            time.sleep(0.2)
        yield server
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def outside_hosts(urls: list[str]) -> list[str]:
    """The URLs that went to a host other than this machine (data: and blob: URIs have none)."""
    out = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about", "file"):
            continue
        if parts.hostname not in LOCAL_HOSTS:
            out.append(url)
    return out


def marks(page, expected: int | None = None, timeout_ms: int = 30_000):
    """The event marks painted in the map frame, once there are ``expected`` of them (or any)."""
    page.wait_for_selector(MAP_FRAME, timeout=timeout_ms)
    found = page.frame_locator(MAP_FRAME).locator(".sm-event")
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        n = found.count()
        if (expected is None and n > 0) or n == expected:
            break
        page.wait_for_timeout(200)
    return found
