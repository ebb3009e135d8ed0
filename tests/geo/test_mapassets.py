"""geo.outputs: offline folium maps, Leaflet from xstatic-leaflet, tiles from the environment."""

from __future__ import annotations

import doctest
import subprocess
import sys

import folium
import pytest

import geo.outputs.mapassets
from geo.outputs import external_links, leaflet_assets, offline_map, tiles_from_env

LOCAL_TILES = "http://127.0.0.1:8080/{z}/{x}/{y}.png"


@pytest.fixture(autouse=True)
def _no_tiles(monkeypatch):
    monkeypatch.delenv("STRIKEMAP_TILES", raising=False)
    monkeypatch.delenv("STRIKEMAP_TILES_ATTR", raising=False)


@pytest.mark.parametrize("module", [geo.outputs.mapassets], ids=lambda m: m.__name__)
def test_doctests(module):
    # pyproject's testpaths do not list geo/ yet, so its doctests run from here
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_leaflet_assets_come_from_xstatic():
    a = leaflet_assets()
    assert a.version == "1.9.3"
    assert "window.L" in a.js and ".leaflet-container" in a.css
    assert "url(data:image/png;base64," in a.css


def test_offline_map_renders_no_external_links():
    html = offline_map(location=(33.3, 38.7), zoom_start=6).get_root().render()
    assert external_links(html) == []
    assert "tile_layer" not in html
    assert html.count("<script src=\"data:text/javascript;base64,") == 1
    assert html.count("<link rel=\"stylesheet\" href=\"data:text/css;base64,") == 1


def test_offline_map_leaves_folium_alone():
    before_js, before_css = list(folium.Map.default_js), list(folium.Map.default_css)
    a, b = offline_map(), offline_map()
    a.add_js_link("extra", "data:text/javascript;base64,")
    assert [n for n, _ in b.default_js] == ["leaflet"]
    assert folium.Map.default_js == before_js and folium.Map.default_css == before_css
    assert external_links(folium.Map(tiles=None).get_root().render()), "a plain folium map still uses CDNs"


def test_tiles_from_the_environment(monkeypatch):
    monkeypatch.setenv("STRIKEMAP_TILES", LOCAL_TILES)
    monkeypatch.setenv("STRIKEMAP_TILES_ATTR", "local tiles")
    html = offline_map().get_root().render()
    assert LOCAL_TILES in html and "local tiles" in html
    assert "tile_layer" not in offline_map(tiles=None).get_root().render(), "an explicit tiles= wins"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        pytest.param({"STRIKEMAP_TILES": "OpenStreetMap"}, r"STRIKEMAP_TILES was 'OpenStreetMap'", id="provider-name"),
        pytest.param({"STRIKEMAP_TILES": LOCAL_TILES}, r"STRIKEMAP_TILES_ATTR is empty", id="no-attribution"),
    ],
)
def test_bad_tile_settings_say_how_to_fix_them(env, message):
    with pytest.raises(ValueError, match=message):
        tiles_from_env(env)


def test_geo_never_imports_streamlit():
    # every name of the front door asked for: its map, chart and briefing rooms load on first use
    code = "import sys, geo.outputs as o; [getattr(o, n) for n in o.__all__]; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_command_line_starts_without_the_drawing_libraries():
    """``python -m geo list`` or ``import`` loads no matplotlib, folium, altair or python-pptx (a
    second at every start); each is imported when an output that draws with it is made."""
    code = ("import sys, geo.cli, geo.outputs as o; loaded = [m for m in ('matplotlib', 'folium', 'altair', 'pptx') if m in sys.modules]; "
            "o.briefing_png, o.event_map; print(loaded, 'matplotlib' in sys.modules and 'folium' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert r.stdout.split() == ["[]", "True"], r.stdout
