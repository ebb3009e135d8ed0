"""The running dashboard in a real browser: Debian's chromium, driven by playwright, against
``streamlit run dashboard.py`` on a free local port.

Checks what AppTest cannot: that Leaflet really loads from the inlined assets and paints one mark
per event, that popups open, that narrowing the dates and opening a shared URL change what is
painted, that the in-map time control animates the marks, that the PNG and HTML downloads work (the
HTML map opening offline from disk), that an upload lands on the map, and that the page asks no
host but this machine for anything and raises no error. Run with ``STRIKEMAP_SCREENSHOT=docs/
dashboard.png`` to refresh the README's screenshot.
Skips without /usr/bin/chromium outside CI; in CI (``CI`` set) a missing browser is a failure.
Install the browser with ``apt-get install chromium`` (never ``playwright install``).
"""

from __future__ import annotations

import os
import time

import pytest

from geo.model import curated_records, place_scopes, to_frame
from geo.view import View, dense_window
from tests.browserkit import MAP_FRAME, ROOT, marks, outside_hosts, serve

pytestmark = pytest.mark.browser

DATA = ROOT / "tests" / "geo" / "data"
N_EVENTS = len(curated_records())
#: the curated events drawn on the map: those known only to a country are listed beside it
ON_MAP = int((place_scopes(to_frame(curated_records())) != "country").sum())
#: what the plain URL opens on: the densest run of dates (:func:`geo.view.dense_window`), not the 2020 background event
OPEN = View(*dense_window(to_frame(curated_records()))).apply(to_frame(curated_records()))
OPEN_N = len(OPEN)
OPEN_ON_MAP = int((place_scopes(OPEN) != "country").sum())
#: index of the first event mark whose centre is in the map's view and not covered by another element
TOPMOST_IN_VIEW = """() => [...document.querySelectorAll('.sm-event')].findIndex(el => {
    const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    return x > 0 && y > 0 && x < innerWidth && y < innerHeight && el.contains(document.elementFromPoint(x, y));
})"""


@pytest.fixture(scope="module")
def app_url(dashboard):
    return dashboard.url


@pytest.fixture(scope="module")
def upload_app_url(tmp_path_factory):
    """An app of its own for the upload tests, so their store changes show in no other test."""
    with serve(tmp_path_factory.mktemp("upload-app")) as server:
        yield server.url


@pytest.fixture(scope="module")
def browser_context(playwright_chromium):
    """One context for the module's pages (the app's scripts come from its cache after the first
    page); each request goes to the list of the test running (``context.requests``)."""
    context = playwright_chromium.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    context.requests = []
    context.on("request", lambda request: context.requests.append(request.url))
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    """A fresh page (a new session of the app) that records every request of the context's pages
    and their frames during the test, and every page error (checked after the test: there must be none)."""
    page = browser_context.new_page()
    page.requests = browser_context.requests = []
    page.errors = []
    page.on("pageerror", lambda err: page.errors.append(str(err)))
    yield page
    errors = list(page.errors)
    for p in browser_context.pages:  # this test's pages, the page and any it opened
        p.close()
    assert errors == [], f"page errors: {errors}"


def settled(page, quiet_ms: int = 600) -> None:
    """Once the app's script is not running and has stayed so for ``quiet_ms`` (no rerun followed)."""
    idle = '[data-testid="stApp"][data-test-script-state="notRunning"]'
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        page.wait_for_selector(idle, timeout=30_000)
        page.wait_for_timeout(quiet_ms)
        if page.locator(idle).count():
            return
    raise AssertionError("the app kept rerunning for 30 s")


def shown_label(page) -> str:
    return page.frame_locator(MAP_FRAME).locator(".sm-count").inner_text()


def test_map_paints_every_event_offline_and_opens_a_popup(app_url, page, tmp_path):
    page.goto(app_url, wait_until="domcontentloaded")
    found = marks(page, OPEN_ON_MAP)
    assert found.count() == OPEN_ON_MAP
    assert shown_label(page) == f"{OPEN_N} of {OPEN_N} events"
    frame = page.query_selector(MAP_FRAME).content_frame()
    assert frame.locator(".sm-precision").count() >= 1, "a place known only near a town is drawn as a ring"
    assert "somewhere in Anbar" in frame.locator(".sm-area-label").all_inner_texts(), "a region is named, not drawn as a disk"
    assert "known only to a country" in frame.locator(".sm-unplaced").inner_text(), "country-level events are listed"
    assert "hollow: date known only to the week or month" in frame.locator(".sm-legend").inner_text()
    i = frame.evaluate(TOPMOST_IN_VIEW)
    assert i >= 0, "no event mark can be clicked"
    found.nth(i).click()
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    popup.wait_for(timeout=5_000)
    assert "fatalities:" in popup.inner_text() and "place:" in popup.inner_text()
    page.wait_for_timeout(400)  # the popup fades in
    page.screenshot(path=os.environ.get("STRIKEMAP_SCREENSHOT") or str(tmp_path / "dashboard.png"))
    assert outside_hosts(page.requests) == []
    # data: URIs raise no request events: look at the frame's script tags instead
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator('script[src^="data:text/javascript;base64,"]').count() == 1
    assert frame.locator('script[src^="http"], link[href^="http"]').count() == 0


def test_place_labels_toggle_on_and_off(app_url, page):
    """The map's "labels" box shows the briefing's place labels (name, dates, fatalities) and hides them again."""
    page.goto(app_url, wait_until="domcontentloaded")
    marks(page, OPEN_ON_MAP)
    frame = page.frame_locator(MAP_FRAME)
    labels, box = frame.locator(".sm-place-label"), frame.locator("input.sm-labels")
    assert box.count() == 1 and not box.is_checked()
    assert labels.count() == 0, "labels start switched off"
    box.check()
    labels.first.wait_for(timeout=5_000)
    texts = labels.all_text_contents()  # hidden ones too: a label that would overlap another is hidden, not removed
    assert any(t.startswith("Tower 22") and "28 Jan" in t and "3 killed" in t for t in texts), texts
    assert len(texts) == len(set(texts)) and len(texts) >= 5
    shown = [b for b in (el.bounding_box() for el in labels.all()) if b]  # labels that would overlap are hidden: none covers another
    visible = [b for b, v in zip(shown, labels.evaluate_all("els => els.map(e => e.style.visibility !== 'hidden')"), strict=True) if v]
    assert len(visible) >= 3 and not any(a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and a["y"] < b["y"] + b["height"]
                                         and b["y"] < a["y"] + a["height"] for i, a in enumerate(visible) for b in visible[i + 1:])
    box.uncheck()
    page.wait_for_timeout(300)
    assert labels.count() == 0
    assert frame.locator(".leaflet-container").first.get_attribute("data-sm-labels") == "off"


def test_narrowing_the_date_range_paints_fewer_marks(app_url, page):
    page.goto(app_url, wait_until="domcontentloaded")
    marks(page, OPEN_ON_MAP)
    upper = page.get_by_role("slider").nth(1)  # the date slider's right thumb, at 2024-02-05
    upper.focus()
    upper.press("ArrowLeft")
    upper.press("ArrowLeft")  # to 2024-02-03: the attacks of 4 and 5 February leave the view
    want = OPEN_ON_MAP - 2
    assert marks(page, want).count() == want
    assert "to=2024-02-03" in page.url
    assert outside_hosts(page.requests) == []


def test_a_shared_url_opens_its_view(app_url, page):
    page.goto(f"{app_url}/?from=2024-02-03&to=2024-02-05&country=SY", wait_until="domcontentloaded")
    found = marks(page, 3)  # MSS Euphrates on the 3rd and 5th, the Al-Omar oil field on the 4th
    assert found.count() == 3
    assert shown_label(page) == "3 of 3 events"
    page.get_by_text("Syria 3").first.wait_for()  # the country menu's counts, beside it
    assert "country=SY" in page.url and "from=2024-02-03" in page.url
    assert outside_hosts(page.requests) == []


def test_play_steps_through_the_period(app_url, page):
    page.goto(f"{app_url}/?from=2024-01-28&to=2024-02-05&step=day", wait_until="domcontentloaded")
    total = marks(page).count()
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".sm-play").click()
    seen, dates = [], set()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        seen.append(frame.locator(".sm-event").count())
        dates.add(frame.locator(".sm-date").inner_text())
        if len(seen) > 3 and frame.locator(".sm-play").inner_text() == "▶":  # stopped at the end
            break
        page.wait_for_timeout(150)
    assert seen[0] < total and seen[-1] == total, seen
    assert len(set(seen)) >= 3, f"the marks should change as the map plays: {seen}"
    assert {"up to 2024-01-28", "up to 2024-02-02"} <= dates
    assert outside_hosts(page.requests) == []


def test_downloads_a_briefing_png_and_an_offline_html_map(app_url, page, tmp_path):
    from PIL import Image

    page.goto(f"{app_url}/?country=SY", wait_until="domcontentloaded")
    marks(page)
    with page.expect_download(timeout=30_000) as dl:
        page.get_by_role("button", name="Briefing image (PNG)").click()
    png = tmp_path / "brief.png"
    dl.value.save_as(png)
    with Image.open(png) as im:
        assert im.format == "PNG" and im.width >= 1600 and im.height >= 900
        assert abs(im.width / im.height - 16 / 9) < 0.01
    with page.expect_download(timeout=30_000) as dl:
        page.get_by_role("button", name="Interactive map (HTML)").click()
    html_file = tmp_path / "map.html"
    dl.value.save_as(html_file)
    assert outside_hosts(page.requests) == []
    offline = page.context.new_page()
    offline.requests = []
    offline.on("request", lambda r: offline.requests.append(r.url))
    offline.goto(html_file.as_uri())
    offline.wait_for_selector(".sm-event", timeout=10_000)
    assert offline.locator(".sm-event").count() == 4  # the Syrian events of the store
    assert "country: SY" in offline.locator(".sm-title").inner_text()
    assert outside_hosts(offline.requests) == []


def test_an_upload_lands_on_the_map(upload_app_url, page):
    page.goto(upload_app_url, wait_until="domcontentloaded")
    marks(page, OPEN_ON_MAP)
    page.locator('[data-testid="stSidebar"] [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(DATA / "acled_export.csv"))
    page.get_by_text("acled_export.csv (acled): 3 events added").wait_for(timeout=30_000)
    assert marks(page, OPEN_ON_MAP + 3).count() == OPEN_ON_MAP + 3
    assert outside_hosts(page.requests) == []


def test_a_bad_upload_shows_an_error_and_changes_nothing(upload_app_url, page, tmp_path):
    bad = tmp_path / "broken.csv"
    bad.write_text((DATA / "acled_export.csv").read_text(encoding="utf-8").replace("03 February 2024", "30 February 2024"),
                   encoding="utf-8")
    page.goto(upload_app_url, wait_until="domcontentloaded")
    before = marks(page).count()
    page.locator('[data-testid="stSidebar"] [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(bad))
    error = page.get_by_text("broken.csv was refused; nothing was imported.")
    error.wait_for(timeout=30_000)
    assert "row 1" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert marks(page).count() == before


def test_the_actor_survives_stepping_the_end_date(app_url, page, tmp_path):
    """The keys an analyst pressed (issue 14): open a link with an actor, then ←, ←, → on the end
    of the date slider. The actor stays in the URL and on the map at every step."""
    from urllib.parse import parse_qs

    page.goto(f"{app_url}/?from=2024-02-01&to=2024-02-05&actor=Islamic+Resistance+in+Iraq", wait_until="domcontentloaded")
    marks(page)
    end = page.get_by_role("slider").nth(1)  # the date slider's right thumb
    end.focus()
    seen = []
    for key, want in (("ArrowLeft", "2024-02-04"), ("ArrowLeft", "2024-02-03"), ("ArrowRight", "2024-02-04")):
        end.press(key)
        deadline = time.monotonic() + 30  # page.url can lag behind history.replaceState: read the address bar itself
        while f"to={want}" not in page.evaluate("location.search") and time.monotonic() < deadline:
            time.sleep(0.2)
        settled(page)  # the rerun that wrote the URL has finished
        query = parse_qs(page.evaluate("location.search").lstrip("?"))
        seen.append((query.get("to"), query.get("actor")))
        assert query.get("actor") == ["Islamic Resistance in Iraq"], (key, page.url)
        chips = page.locator('[data-testid="stSidebar"] .react-aria-ComboBox [data-tag]').all_inner_texts()
        assert [c.strip() for c in chips] == ["Islamic Resistance in Iraq"], chips
        assert not page.locator('[data-testid="stSidebar"] [data-testid="stAlert"]').count(), "no warning: nothing was dropped"
    assert [to for to, _ in seen] == [["2024-02-04"], ["2024-02-03"], ["2024-02-04"]]
    if os.environ.get("STRIKEMAP_SCREENSHOT_DIR"):
        page.screenshot(path=os.path.join(os.environ["STRIKEMAP_SCREENSHOT_DIR"], "actor-after-keys.png"))


def test_benin_has_land_and_a_legend_of_its_event_types(tmp_path_factory, playwright_chromium):
    """An ACLED export from outside the theatre (issue 14): land under every mark, each of ACLED's
    event types named in the legend, Benin in the country filter. Run with
    ``STRIKEMAP_SCREENSHOT_DIR=docs`` to refresh the README's picture of it."""
    import subprocess
    import sys

    work = tmp_path_factory.mktemp("benin")
    store = work / "events.sqlite"
    subprocess.run([sys.executable, "-m", "geo", "--db", str(store), "import", str(DATA / "acled_benin.csv")], cwd=ROOT, check=True,
                   capture_output=True)
    with serve(work, store=store) as server, playwright_chromium.new_context(viewport={"width": 1400, "height": 1000}) as context:
        page = context.new_page()
        page.goto(f"{server.url}/?country=BJ", wait_until="domcontentloaded")
        assert marks(page, 8).count() == 8
        frame = page.frame_locator(MAP_FRAME)
        legend = frame.locator(".sm-legend").inner_text()
        for words in ("battle", "violence against civilians", "protest", "riot", "strategic development", "attack"):
            assert words in legend, (words, legend)
        frame.locator(".sm-colour").select_option("type")
        assert "Violence against civilians" in frame.locator(".sm-legend").inner_text()
        land = frame.locator(".leaflet-smBorders-pane path").count()
        assert land > 100, f"every country's land is drawn ({land} shapes)"
        page.get_by_text("Benin 8").first.wait_for()  # the country menu's count
        if os.environ.get("STRIKEMAP_SCREENSHOT_DIR"):
            page.screenshot(path=os.path.join(os.environ["STRIKEMAP_SCREENSHOT_DIR"], "benin.png"))
