"""The running dashboard in a real browser: Debian's chromium, driven by playwright, against
``streamlit run dashboard.py`` on a free local port.

Checks what AppTest cannot: that Leaflet really loads from the inlined assets and paints one circle
per curated place, that a popup opens, and that the page asks no host but this machine for anything.
Skips without /usr/bin/chromium outside CI; in CI (``CI`` set) a missing browser is a failure.
Install the browser with ``apt-get install chromium`` (never ``playwright install``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gazetteer import Gazetteer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SCREENSHOT = "/tmp/dashboard.png"
#: index of the first circle whose centre is in the map's view and not covered by another circle
TOPMOST_IN_VIEW = """() => [...document.querySelectorAll('.leaflet-interactive')].findIndex(el => {
    const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    return x > 0 && y > 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) === el;
})"""


def _missing(what: str) -> None:
    if "CI" in os.environ:
        pytest.fail(f"{what}; CI is set, so the browser test may not skip")
    pytest.skip(f"{what} (the browser test skips only outside CI)")


@pytest.fixture(scope="module")
def playwright_chromium():
    if not Path(CHROMIUM).is_file():
        _missing(f"{CHROMIUM} is missing: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is missing: pip install -e .[test]")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("STRIKEMAP_TILES", "STRIKEMAP_TILES_ATTR")}
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    log = (tmp_path_factory.mktemp("streamlit") / "streamlit.log").open("w+b")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer {url}/_stcore/health within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def page(playwright_chromium):
    """A fresh page that records the URL of every request of the page and its frames."""
    context = playwright_chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.requests = []
    context.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def outside_hosts(urls: list[str]) -> list[str]:
    """The URLs that went to a host other than this machine (data: and blob: URIs have none)."""
    out = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            continue
        if parts.hostname not in LOCAL_HOSTS:
            out.append(url)
    return out


def circles(page, expected: int, timeout_ms: int = 30_000):
    page.wait_for_selector(MAP_FRAME, timeout=timeout_ms)
    markers = page.frame_locator(MAP_FRAME).locator(".leaflet-interactive")
    deadline = time.monotonic() + timeout_ms / 1000
    while markers.count() != expected and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    return markers


def test_map_paints_every_curated_place_offline(app_url, page):
    places = Gazetteer.default().places
    page.goto(app_url, wait_until="domcontentloaded")
    markers = circles(page, len(places))
    assert markers.count() == len(places)
    page.get_by_text(f"{len(places)} of {len(places)} curated places shown").wait_for()
    # click, as a person would, a circle in view that no other circle covers (places can share a point)
    frame = page.query_selector(MAP_FRAME).content_frame()
    i = frame.evaluate(TOPMOST_IN_VIEW)
    assert i >= 0, "no circle can be clicked"
    markers.nth(i).click()
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    popup.wait_for(timeout=5_000)
    assert "precision:" in popup.inner_text() and "source:" in popup.inner_text()
    page.wait_for_timeout(400)  # the popup fades in
    page.screenshot(path=SCREENSHOT, full_page=True)
    assert outside_hosts(page.requests) == []
    # data: URIs raise no request events: look at the frame's script tags instead
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator('script[src^="data:text/javascript;base64,"]').count() == 1
    assert frame.locator('script[src^="http"], link[href^="http"]').count() == 0


def test_kind_in_the_url_filters_the_map(app_url, page):
    n = Counter(p.kind for p in Gazetteer.default().places)
    page.goto(f"{app_url}/?kind=site&kind=town", wait_until="domcontentloaded")
    markers = circles(page, n["site"] + n["town"])
    assert markers.count() == n["site"] + n["town"]
    assert outside_hosts(page.requests) == []
