"""Hostile text in event data shows as text and never runs: every payload of ``payloads.json``
through every importer (ACLED, UCDP GED, GeoJSON, our CSV, GeoPackage) onto every surface (the
dashboard map, the HTML export, KML, the briefing PNG, the table), and the real dashboard in
Debian's chromium. The machinery is in :mod:`tests.hostile.injection_check`.

The chromium tests skip without /usr/bin/chromium outside CI; in CI (``CI`` set) that is a failure.
"""

from __future__ import annotations

import re
import shutil
from urllib.parse import urlsplit

import pytest

from common import safe_url
from geo.model import place_scopes
from geo.store import open_store
from geo.view import View, dense_window
from tests.browserkit import MAP_FRAME, UPLOAD_INPUT, marks, outside_hosts, serve
from tests.hostile import injection_check as ic

# the briefing draws emoji and other characters DejaVu Sans has no glyph for: matplotlib warns, and draws a box
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")
PAYLOADS = ic.load_payloads()
BROWSER_SURFACES = ("map", "standalone", "kml")
#: Payloads whose text must not become a link: every one but the plain https URL.
URL_TEXTS = [p.text for p in PAYLOADS if p.kind == "url"] + ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "\x01javascript:alert(1)",
                                                              "java\nscript:alert(1)", "https:alert(1)", "http:/\\sm-hostile.invalid",
                                                              "https://sm-hostile.invalid/<svg>", "HTTPS://example.org/ok"]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def imported(workdir):
    return ic.import_all(PAYLOADS, workdir)


@pytest.fixture(scope="module")
def offline(workdir, imported):
    """Imports, table, PNG and KML (as XML) of every format, checked once for the module."""
    summary, _, descriptions = ic.check_offline(workdir, payloads=PAYLOADS, imported=imported)
    return summary, descriptions


@pytest.fixture(scope="module")
def in_browser(playwright_chromium, workdir, imported, offline):
    """The map, the HTML export and the KML descriptions of every format in chromium, every popup
    and tooltip opened, checked once for the module."""
    summary = ic.Summary(len(PAYLOADS), ic.FORMATS, BROWSER_SURFACES)
    return ic.check_browser(playwright_chromium, workdir, imported, offline[1], summary, PAYLOADS)


def test_the_corpus_covers_every_kind_of_attack():
    ids = [p.id for p in PAYLOADS]
    assert len(PAYLOADS) >= 40 and len(set(ids)) == len(ids)
    kinds = {p.kind for p in PAYLOADS}
    assert {"script", "handler", "url", "svg", "iframe", "template", "mathtext", "css", "xml", "rtl", "zero-width", "unicode",
            "long"} <= kinds
    for p in PAYLOADS:  # an active payload says, by name, which payload it is
        for name in re.findall(r"__sm_(\w+?)=", p.text):
            assert name == p.id, (p.id, name)
    assert max(len(p.text) for p in PAYLOADS) == 100_000
    assert all(p.text == p.text.strip() and "\x00" not in p.text for p in PAYLOADS), "importers trim; NUL is refused"


@pytest.mark.parametrize("fmt", ic.FORMATS)
def test_every_importer_keeps_the_payloads_literal(imported, fmt):
    assert [str(f) for f in ic.check_import(imported[fmt], PAYLOADS)] == []


@pytest.mark.parametrize("fmt", ic.FORMATS)
def test_the_table_shows_text_and_only_http_links(imported, fmt):
    assert [str(f) for f in ic.check_table(imported[fmt], PAYLOADS)] == []


@pytest.mark.parametrize("fmt", ic.FORMATS)
def test_kml_is_escaped_html_with_literal_names_and_data(offline, fmt):
    assert [str(f) for f in offline[0].of(fmt, "kml")] == []
    assert len(offline[1][fmt]) == len(PAYLOADS), "every description goes to the browser test"


def test_the_briefing_png_draws_every_payload_as_plain_text(offline):
    assert [str(f) for f in offline[0].of(surface="png")] == []


@pytest.mark.parametrize("url", URL_TEXTS + [p.text for p in PAYLOADS if p.kind != "url"])
def test_only_http_and_https_become_links(url):
    got = safe_url(url)
    assert got is None or (urlsplit(got).scheme.lower() in ("http", "https") and got == url.strip())
    assert (got is not None) == (url in ("https://sm-hostile.invalid/u13?q=ok", "HTTPS://example.org/ok"))


@pytest.mark.browser
@pytest.mark.parametrize("surface", BROWSER_SURFACES)
@pytest.mark.parametrize("fmt", ic.FORMATS)
def test_nothing_runs_and_text_is_literal_in_chromium(in_browser, fmt, surface):
    assert [str(f) for f in in_browser.of(fmt, surface)] == []
    assert (fmt, surface) in in_browser.rendered


@pytest.mark.browser
def test_every_popup_and_tooltip_was_opened(in_browser):
    n = len(PAYLOADS) * len(ic.FORMATS) * 2  # the dashboard map and the HTML export
    assert (in_browser.popups_opened, in_browser.tooltips_opened, in_browser.dialogs) == (n, n, 0)


# -- the real dashboard -------------------------------------------------------------------------

HOSTILE_NAME = "[x](javascript:window.__sm_upload=1) <img src=x onerror=window.__sm_upload=1>.csv"
#: Every link, resource and form target in the document.
LINKS_JS = """() => [...document.querySelectorAll("[href], [src], [action], [formaction]")]
  .map(e => String(e.href && e.href.baseVal !== undefined ? e.href.baseVal : (e.href || e.src || e.action || e.formAction || "")))"""


def bad_link(url: str) -> bool:
    """A link or resource no page of ours holds: javascript:, vbscript:, file: or a data: document
    other than the app's own inlined assets (CSS, JavaScript, images). An https link to any host is
    allowed (a source's link); what the page fetches is checked through its requests."""
    scheme = urlsplit(url).scheme.lower() if ":" in url else ""
    return scheme in ("javascript", "vbscript", "file") or (
        scheme == "data" and not url.lower().startswith(("data:text/css", "data:text/javascript", "data:image/")))


@pytest.mark.browser
def test_the_dashboard_shows_hostile_events_as_text(playwright_chromium, imported, tmp_path):
    store = tmp_path / "hostile.sqlite"
    shutil.copy(imported["csv"].store_path, store)
    upload = tmp_path / HOSTILE_NAME
    shutil.copy(imported["csv"].path, upload)
    run = ic.BrowserRun(playwright_chromium)
    try:
        with serve(tmp_path / "app", store=store) as server:
            page = run.new_page()
            url = server.url + "/"
            page.goto(url, wait_until="domcontentloaded")
            with open_store(store) as s:  # the dashboard adds the curated layer; it opens on the densest dates
                every = s.frame()
            shown = View(*dense_window(every)).apply(every)
            n = int((place_scopes(shown) != "country").sum())  # known only to a country: listed beside the map
            assert n >= len(PAYLOADS) and marks(page, n, timeout_ms=60_000).count() == n
            frame = page.query_selector(MAP_FRAME).content_frame()
            opened = frame.evaluate(ic.OPEN_ALL_JS, {"settle": 800, "click": True, "popupTags": sorted(ic.POPUP_TAGS),
                                                     "tooltipTags": sorted(ic.TOOLTIP_TAGS), "bidi": "".join(sorted(ic.BIDI_CONTROLS))})
            ids = {ic.event_id("csv", i): i for i in range(len(PAYLOADS))}
            findings = ic.check_markers("csv", "dashboard", opened, PAYLOADS, ids)
            # the upload path: a file with a hostile name, its events already stored (all duplicates)
            page.locator(UPLOAD_INPUT).set_input_files(str(upload))
            page.get_by_text(re.compile(r"\d+ events added")).first.wait_for(timeout=60_000)
            page.get_by_role("heading", name="Events").wait_for()
            page.wait_for_timeout(800)
            assert page.url.startswith(server.url), f"the page navigated to {page.url}"
            findings += ic.run_findings(run, page, "csv", "dashboard", page.url, (0, 0, 0, 0))
            bad_links = [u[:200] for f in page.frames for u in f.evaluate(LINKS_JS) if bad_link(u)]
            assert page.locator('[data-testid="stDataFrame"]').count() == 1, "the events table is drawn"
            assert outside_hosts(run.requests) == []
    finally:
        run.close()
    assert [str(f) for f in findings] == []
    assert bad_links == []
    assert len(opened) == n and sum(o["id"] in ids for o in opened) == len(PAYLOADS)


@pytest.mark.parametrize("fmt", ["csv", "ucdp"])
def test_the_script_streamlit_folium_sends_keeps_every_popup(imported, fmt):
    """streamlit_folium rewrites the map's script as text before the dashboard's frame runs it
    (``{{'name'}}`` -> ``name``, ``alert(coords);`` removed, ``drawnItems_draw_control_div_1`` ->
    ``drawnItems``): the map's data must come through it unchanged."""
    from streamlit_folium import _get_map_string

    from geo.outputs import event_map, map_config

    m = event_map(imported[fmt].frame, tiles=None)
    want = map_config(m.get_root().render())["events"]
    sent = map_config(_get_map_string(m))["events"]
    payload_of = {ic.event_id(fmt, i): p.id for i, p in enumerate(PAYLOADS)}
    changed = [payload_of.get(re.search(r"· (\w+)</small></div>$", w[8]).group(1)) for w, s in zip(want, sent, strict=True) if w != s]
    assert len(sent) == len(PAYLOADS) and changed == []


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_rendering_the_map_runs_no_template_in_the_data(imported, fmt):
    """folium renders the page with Jinja: "{{7*7}}" or "{% raw %}" in an event must reach the page
    as text (branca compiled a MacroElement's rendered script as a template once more)."""
    from geo.outputs import event_map, event_popup_html, event_tooltip, map_config, standalone_html

    frame = imported[fmt].frame
    built = [[event_popup_html(ev), event_tooltip(ev)] for ev in frame.to_dict("records")]
    for page in (event_map(frame, tiles=None).get_root().render(), standalone_html(frame, title="{{7*7}}", tiles=None)):
        assert [e[8:10] for e in map_config(page)["events"]] == built
        assert map_config(page)["title"] in ("", "{{7*7}}")
