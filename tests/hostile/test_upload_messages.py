"""Every broken file of the corpus, uploaded in the dashboard: a message naming the file (and the
row and field where there is one), never a traceback, and the session's store unchanged.

All cases go through :func:`geo.session.import_upload`, the function the dashboard's uploader
calls; a sample of them through the running dashboard in Debian's chromium.
"""

from __future__ import annotations

import re
import shutil

import pytest

from geo.session import import_upload, safe_name
from tests.browserkit import UPLOAD_INPUT, marks

from .durability_check import event_ids
from .malformed_check import case_path, load_cases

#: Cases the dashboard sees as the command line does (no --format to force, no environment to set).
CASES = [c for c in load_cases() if not c.get("format") and not c.get("env")]
#: A sample for the browser, one of each kind of failure.
IN_BROWSER = ("empty", "header_only", "truncated_middle", "semicolon", "bad_date_acled", "binary_random",
              "deep_nesting", "gpkg_corrupt", "huge_field")


def _upload_name(case: dict) -> str:
    """The name the file is uploaded under: the dashboard takes .csv, .geojson, .json and .gpkg only."""
    name = case["file"]
    return name if name.rsplit(".", 1)[-1] in ("csv", "geojson", "json", "gpkg") else name + ".csv"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_broken_upload_gets_a_message_and_changes_nothing(case, tmp_path):
    target = tmp_path / "session.sqlite"
    name = _upload_name(case)
    out = import_upload(target, name, case_path(case, tmp_path).read_bytes())
    assert not out.ok and out.report is None
    assert out.message.startswith(f"{safe_name(name)} ")
    assert "Traceback" not in out.message and str(tmp_path) not in out.message
    wanted = [e.replace(case["file"], name) for e in case["expect"] if e != case["file"]]
    assert [e for e in wanted if e not in out.message] == [], out.message
    assert event_ids(target) == frozenset()


@pytest.mark.browser
def test_broken_uploads_show_messages_in_the_dashboard(playwright_chromium, dashboard, tmp_path):
    cases = {c["name"]: c for c in CASES}
    context = playwright_chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    try:
        page.goto(dashboard.url, wait_until="domcontentloaded")
        n = marks(page).count()
        shared = event_ids(dashboard.store)
        for name in IN_BROWSER:
            case = cases[name]
            upload = tmp_path / "uploads" / _upload_name(case)
            upload.parent.mkdir(exist_ok=True)
            shutil.copy(case_path(case, tmp_path / "files"), upload)
            page.locator(UPLOAD_INPUT).set_input_files(str(upload))
            alert = page.locator('[data-testid="stSidebar"] [data-testid="stAlert"]').filter(has_text=upload.name)
            alert.first.wait_for(timeout=30_000)
            text = alert.first.inner_text()
            assert re.search(r"(was refused|could not be read); nothing was imported", text), text
            rows = [e for e in case["expect"] if e.startswith("row ")]
            assert all(r in text for r in rows), (rows, text)
            assert page.locator('[data-testid="stException"]').count() == 0 and "Traceback" not in page.content()
        assert marks(page, n).count() == n
    finally:
        context.close()
    assert event_ids(dashboard.store) == shared
    assert [p for p in dashboard.sessions.glob("*.sqlite") if event_ids(p)] == []
    assert errors == []
