"""Sessions are kept apart and nothing is run from input.

- One session's upload, accepted candidates and filters never show in another; two sessions
  uploading at once both keep every row; the shared store is not written by the dashboard.
- What the dashboard caches for every session (the shared events, areas, actor table) is never
  changed by any session.
- The dashboard listens on 127.0.0.1 unless configured otherwise; a file over the upload limit
  gets a message; an uploaded file's name cannot make it write outside the session's store.
- No module evaluates anything: no ``eval``, ``exec``, ``pickle`` or ``yaml.load`` on data.
"""

from __future__ import annotations

import ast
import contextlib
import pickle
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from streamlit.testing.v1 import AppTest

from geo.model import curated_records, place_scopes, to_frame
from geo.store import open_store
from geo.view import View, dense_window
from tests.browserkit import MAP_FRAME, ROOT, UPLOAD_INPUT, marks, serve

from .durability_check import big_acled, event_ids

APP = str(ROOT / "dashboard.py")
N_EVENTS = len(curated_records())
#: the curated events drawn on the map: those known only to a country are listed beside it
ON_MAP = int((place_scopes(to_frame(curated_records())) != "country").sum())
#: what the plain URL opens on: the densest run of dates (:func:`geo.view.dense_window`), not the 2020 background event
OPEN = View(*dense_window(to_frame(curated_records()))).apply(to_frame(curated_records()))
OPEN_N = len(OPEN)
OPEN_ON_MAP = int((place_scopes(OPEN) != "country").sum())
ARTICLE = ("March 4, 2024\nOn 4 March 2024 a drone attack struck Erbil air base in Iraq, officials said. "
           "The Islamic Resistance in Iraq claimed the attack.")


@pytest.fixture
def stores(tmp_path, monkeypatch):
    shared = tmp_path / "shared.sqlite"
    monkeypatch.setenv("STRIKEMAP_DB", str(shared))
    monkeypatch.setenv("STRIKEMAP_SESSIONS", str(tmp_path / "sessions"))
    monkeypatch.delenv("STRIKEMAP_TILES", raising=False)
    return shared


def digest(obj) -> bytes:
    """A frame's content (values, dtypes, index), independent of pandas' internal caches; other
    objects pickled as they are."""
    if hasattr(obj, "dtypes"):
        return pickle.dumps((obj.to_dict("list"), [str(t) for t in obj.dtypes], list(obj.index)))
    return pickle.dumps(obj)


def cached_values() -> dict[str, bytes]:
    """Every value the dashboard holds in ``st.cache_resource`` (shared by all sessions) that is
    data (frames and dicts), by cache and key, as digests."""
    from streamlit.runtime.caching import cache_resource_api

    out = {}
    for name, cache in cache_resource_api._resource_caches._function_caches.get(None, {}).items():
        for key, result in list(cache._mem_cache.items()):
            if hasattr(result.value, "dtypes") or isinstance(result.value, dict):
                out[f"{cache.display_name}:{name}:{key}"] = digest(result.value)
    return out


def run(at: AppTest | None = None) -> AppTest:
    at = at or AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def total(at: AppTest) -> int:
    """M in the caption '**n** of M events'."""
    caption = next(c.value for c in at.caption if re.match(r"\*\*\d+\*\* of ", c.value))
    return int(re.match(r"\*\*\d+\*\* of ([\d,]+) events", caption).group(1).replace(",", ""))


def accept_article(at: AppTest) -> AppTest:
    at.text_area(key="ingest_text").input(ARTICLE)
    at.button(key="ingest_read").click()
    run(at)
    at.button(key="ingest_accept").click()
    return run(at)


def test_accepted_candidates_stay_in_their_session(stores):
    a, b = run(), run()
    assert total(a) == total(b) == N_EVENTS
    accept_article(a)
    assert any("1 event(s) added to this session's events" in re.sub(r"\\(.)", r"\1", s.value) for s in a.success)
    assert total(a) == N_EVENTS + 1
    assert any("This session added 1 event(s)" in c.value for c in a.sidebar.caption)
    assert total(run(b)) == N_EVENTS, "another session never shows it"
    assert total(run()) == N_EVENTS, "nor does a new one"
    with open_store(stores) as s:
        assert s.count() == N_EVENTS, "the shared store is not written by the dashboard"


def test_cached_objects_are_never_changed_by_a_session(stores):
    a = run()
    before = cached_values()
    assert any(".load_events:" in k for k in before), before.keys()
    a.multiselect(key="sides").set_value(["US and allies"])
    run(a)
    a.selectbox(key="area").set_value("Syria")
    run(a)
    accept_article(a)
    a.button(key="reset").click()
    run(a)
    run()  # a second session
    after = cached_values()
    assert {k: v for k, v in after.items() if k in before} == before
    with open_store(stores) as s:  # and the shared frame is still what the store holds
        fresh = s.frame()
    shared = [v for k, v in after.items() if ".load_events:" in k]
    assert digest(fresh) in shared


def _eval_calls(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f"{getattr(f.value, 'id', '?')}.{f.attr}" if isinstance(f, ast.Attribute) else ""
            if name in ("eval", "exec", "compile", "__import__", "pickle.load", "pickle.loads", "yaml.load", "marshal.loads",
                        "yaml.unsafe_load", "shelve.open"):
                found.append(f"{name} at line {node.lineno}")
    return found


@pytest.mark.parametrize("module", sorted(str(p.relative_to(ROOT)) for d in ("geo", "gazetteer") for p in (ROOT / d).rglob("*.py"))
                         + ["dashboard.py"])
def test_nothing_is_evaluated_from_input(module):
    assert _eval_calls(ast.parse((ROOT / module).read_text(encoding="utf-8"))) == []


def test_the_eval_check_finds_an_eval():
    assert _eval_calls(ast.parse("x = eval(text)\nimport pickle\npickle.loads(b)")) == ["eval at line 1", "pickle.loads at line 3"]


# -- in the browser ---------------------------------------------------------------------------------

ROWS = 3000  # per session: enough for the two imports to overlap


def _count_label(page, ends: str | None = None, timeout_s: float = 30) -> str:
    """The map's 'n of m events' label (once it ends with ``ends``: the map redraws after a rerun)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            text = page.frame_locator(MAP_FRAME).locator(".sm-count").inner_text(timeout=5_000)
        except PlaywrightError:
            text = ""
        if ends is None or text.endswith(ends) or time.monotonic() > deadline:
            return text
        page.wait_for_timeout(250)


@pytest.mark.browser
def test_two_sessions_uploading_at_once_keep_every_row_and_see_only_their_own(playwright_chromium, tmp_path):
    files = [big_acled(tmp_path / f"{who}.csv", ROWS, prefix=who.upper()) for who in ("ann", "bob")]
    with serve(tmp_path / "app") as server, contextlib.ExitStack() as closing:  # the contexts close, whatever happens
        contexts = [closing.enter_context(playwright_chromium.new_context(viewport={"width": 1400, "height": 1000})) for _ in range(3)]
        pages = [c.new_page() for c in contexts]
        for p in pages:  # the three load at once
            p.goto(server.url, wait_until="domcontentloaded")
        for p in pages:
            marks(p, OPEN_ON_MAP)
        shared_before = event_ids(server.store)
        assert len(shared_before) == N_EVENTS
        pages[1].goto(f"{server.url}/?country=SY", wait_until="domcontentloaded")  # a filter in bob's session
        marks(pages[1])
        for p, f in zip(pages, files, strict=False):  # each returns once the file is chosen: the imports overlap
            p.locator(UPLOAD_INPUT).set_input_files(str(f))
        for p, f in zip(pages, files, strict=False):
            p.get_by_text(f"{f.name} (acled): {ROWS} events added").wait_for(timeout=60_000)
        assert _count_label(pages[0], f"of {OPEN_N + ROWS} events").endswith(f"of {OPEN_N + ROWS} events")
        pages[1].get_by_text(re.compile(rf"\b\d+ of {N_EVENTS + ROWS} events")).first.wait_for(timeout=30_000)  # its caption
        assert "country=SY" in pages[1].url
        assert "country=SY" not in pages[0].url, "a filter stays in its session"
        pages[2].reload(wait_until="domcontentloaded")
        assert marks(pages[2], OPEN_ON_MAP).count() == OPEN_ON_MAP  # the plain URL opens on the densest dates, as before
        assert _count_label(pages[2]) == f"{OPEN_N} of {OPEN_N} events", "a third session sees neither upload"
        fresh = closing.enter_context(playwright_chromium.new_context()).new_page()
        fresh.goto(server.url, wait_until="domcontentloaded")
        assert marks(fresh, OPEN_ON_MAP).count() == OPEN_ON_MAP
        closing.close()  # every session disconnected before its store is read
        stores = sorted((tmp_path / "app" / "sessions").glob("*.sqlite"))
        held = [event_ids(s) for s in stores]
        want = [frozenset(f"{who}{i:05d}" for i in range(ROWS)) for who in ("ANN", "BOB")]
        assert len(held) == 2 and set(held) == set(want), "each session store holds exactly its own file, every row"
        assert event_ids(server.store) == shared_before, "the shared store is unchanged"


def _listening(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) listening on ``port``."""
    out = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.rsplit(":", 1)
            if state == "0A" and int(p, 16) == port:
                out.add(addr)
    return out


@pytest.mark.browser
def test_the_dashboard_listens_on_localhost_only_unless_configured(tmp_path):
    with serve(tmp_path / "app", args=()) as server:  # the project's .streamlit/config.toml decides
        assert _listening(server.port) == {"0100007F"}, "127.0.0.1 only"
    with serve(tmp_path / "open", args=("--server.address", "0.0.0.0")) as server:  # configured otherwise
        assert "00000000" in _listening(server.port)


@pytest.mark.browser
def test_a_file_over_the_upload_limit_gets_a_message(playwright_chromium, tmp_path):
    big = tmp_path / "huge.csv"
    big.write_bytes(b"x" * (3 * 1024 * 1024 // 2))
    with (serve(tmp_path / "app", args=("--server.address", "127.0.0.1", "--server.maxUploadSize", "1")) as server,
          playwright_chromium.new_context() as context):
        page = context.new_page()
        page.goto(server.url, wait_until="domcontentloaded")
        marks(page, OPEN_ON_MAP)
        before = event_ids(server.store)
        page.locator(UPLOAD_INPUT).set_input_files(str(big))
        page.get_by_text(re.compile(r"File must be 1(\.0)?\s?MB or smaller")).wait_for(timeout=30_000)
        assert "huge.csv" in page.locator('[data-testid="stSidebar"]').inner_text()
        assert "Traceback" not in page.content()
        assert list((tmp_path / "app").rglob("*.sqlite")) == [server.store], "no session store was written"
        assert event_ids(server.store) == before and len(before) == N_EVENTS
