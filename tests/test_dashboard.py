"""The dashboard run headless by streamlit's AppTest: the map's generated script and links, the kind
filter (widget and URL) and the place-name lookup. No browser: see test_browser.py for that."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from gazetteer import Gazetteer

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
URL = re.compile(r"(?:https?:)?//[\w.-]+", re.IGNORECASE)


@pytest.fixture(autouse=True)
def _no_tiles(monkeypatch):
    monkeypatch.delenv("STRIKEMAP_TILES", raising=False)


@pytest.fixture(scope="module")
def places():
    return Gazetteer.default().places


def run(at: AppTest | None = None, **query) -> AppTest:
    if at is None:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(query)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def folium_args(at: AppTest) -> dict:
    """The arguments streamlit-folium sent to its frontend: script, header, html, js/css links."""
    maps = [e for e in at.main if type(e).__name__ == "UnknownElement" and "st_folium" in e.proto.component_name]
    assert len(maps) == 1, f"expected one st_folium element, found {len(maps)}"
    return json.loads(maps[0].proto.json_args)


def links(value) -> list[str]:
    # streamlit-folium sends the link lists as their Python repr
    return re.findall(r"'([^']*)'", value) if isinstance(value, str) else list(value)


def marker_count(args: dict) -> int:
    return args["script"].count("L.circleMarker(")


def test_app_runs(places):
    at = run()
    assert at.title[0].value == "Strikemap"
    assert at.caption[1].value.startswith(f"{len(places)} of {len(places)} curated places shown")
    assert marker_count(folium_args(at)) == len(places)


def test_map_has_tower_22_and_loads_nothing_from_a_host():
    args = folium_args(run())
    assert '.bindTooltip("Tower 22")' in args["script"]
    js, css = links(args["js_links"]), links(args["css_links"])
    assert len(js) == 1 and js[0].startswith("data:text/javascript;base64,")
    assert len(css) == 1 and css[0].startswith("data:text/css;base64,")
    for part in ("script", "header", "html"):
        assert URL.findall(args[part] or "") == [], part


def test_kind_filter_changes_the_markers_and_the_url(places):
    at = run()
    assert set(at.multiselect(key="kinds").value) == {p.kind for p in places}
    at.multiselect(key="kinds").set_value(["site"])
    args = folium_args(run(at))
    n_sites = sum(p.kind == "site" for p in places)
    assert marker_count(args) == n_sites < len(places)
    assert at.caption[1].value.startswith(f"{n_sites} of ")
    assert at.query_params == {"kind": "site"}  # AppTest gives a single value as a str
    at.multiselect(key="kinds").select("town")
    run(at)
    assert at.query_params == {"kind": ["site", "town"]}
    at.multiselect(key="kinds").set_value(sorted({p.kind for p in places}))
    run(at)
    assert at.query_params == {}, "every kind shown: no parameter"
    assert marker_count(folium_args(at)) == len(places)


@pytest.mark.parametrize(
    ("query", "kinds"),
    [
        pytest.param({"kind": ["site", "town"]}, ["site", "town"], id="repeated"),
        pytest.param({"kind": "town,site"}, ["site", "town"], id="comma-separated"),
        pytest.param({"kind": ["Province", "volcano"]}, ["province"], id="case-and-unknown"),
        pytest.param({"kind": "volcano"}, None, id="only-unknown-shows-all"),
        pytest.param({"kind": ""}, None, id="empty-shows-all"),
    ],
)
def test_kind_from_url(places, query, kinds):
    at = run(**query)
    want = kinds or sorted({p.kind for p in places})
    assert sorted(at.multiselect(key="kinds").value) == sorted(want)
    counts = Counter(p.kind for p in places)
    assert marker_count(folium_args(at)) == sum(counts[k] for k in want)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        pytest.param("Abu Kamal", "Albu Kamal", id="alias"),
        pytest.param("البوكمال", "Albu Kamal", id="arabic"),
        pytest.param("Tower 22", "Tower 22", id="site"),
    ],
)
def test_lookup_finds_a_place(query, name):
    at = run()
    at.text_input[0].input(query)
    run(at)
    assert len(at.success) == 1 and f"**{name}**" in at.success[0].value
    assert [m.label for m in at.metric] == ["lat, lon", "precision", "matched by"]
    assert any(c.value.startswith("Source: ") for c in at.caption)


def test_lookup_shows_the_alternatives():
    at = run()
    at.text_input[0].input("Dover")
    run(at)
    assert "(ambiguous)" in at.metric[2].value
    table = at.dataframe[0].value
    assert len(table) >= 1 and {"name", "lat", "lon", "country", "score", "matched by"} <= set(table.columns)


@pytest.mark.parametrize(
    ("query", "says", "suggests"),
    [
        pytest.param("Kata'ib Hezbollah", "the name of an organisation, not a place", None, id="organisation"),
        pytest.param("Tower 23", None, "Tower 22 (JO)", id="digits-differ"),
    ],
)
def test_lookup_without_a_match(query, says, suggests):
    at = run()
    at.text_input[0].input(query)
    run(at)
    assert not at.success and not at.metric
    assert len(at.warning) == 1 and at.warning[0].value.startswith(f"No place matches {query!r}")
    if says:
        assert says in at.warning[0].value
    nearest = [m.value for m in at.markdown if m.value.startswith("Nearest names: ")]
    if suggests:
        assert len(nearest) == 1 and suggests in nearest[0]
    else:
        assert nearest == []
