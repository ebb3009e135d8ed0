"""The event map: what it draws for each event, aggregation above the threshold (counts kept), the
escaping of every string from the data, and the standalone HTML page."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from common import safe_url
from geo.model import KINDS, PRECISION_RADIUS_KM, SIDE_COLOURS, curated_records, place_scopes, to_frame
from geo.outputs import aggregate_features, day_index, event_map, event_popup_html, external_links, map_config, standalone_html


@pytest.fixture(scope="module")
def curated():
    return to_frame(curated_records())


def config(gdf, **kwargs) -> dict:
    return map_config(event_map(gdf, tiles=None, **kwargs).get_root().render())


def synthetic(n: int, seed: int = 7):
    """``n`` events spread over Iraq and Syria in January-March 2024 (made up for the test)."""
    rng = np.random.default_rng(seed)
    base = to_frame(curated_records())
    rows = base.iloc[rng.integers(0, len(base), n)].reset_index(drop=True)
    lon, lat = rng.uniform(38.5, 48.0, n), rng.uniform(30.0, 37.0, n)
    rows["event_date"] = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 90, n), unit="D")
    rows["event_id_cnty"] = [f"SYN{i:06d}" for i in range(n)]
    return rows.set_geometry([Point(x, y) for x, y in zip(lon, lat, strict=True)], crs=4326)  # Point is (lon, lat)


def test_every_event_is_drawn_with_its_encoding(curated):
    cfg = config(curated)
    on_map = place_scopes(curated) != "country"
    assert cfg["total"] == len(cfg["events"]) + len(cfg["unplaced"]) == len(curated) and cfg["bins"] == []
    assert len(cfg["events"]) == on_map.sum() and len(cfg["unplaced"]) == (~on_map).sum() > 0
    assert {u[1] for u in cfg["unplaced"]} == {"Iraq", "Iran", "Hong Kong"}, "known only to a country: listed, not drawn"
    by_place = {r[9].split(" · ")[1]: r for r in cfg["events"]}
    sides = [s for s, _ in cfg["sides"]]
    tower = by_place["Tower 22"]
    assert (tower[0], tower[1]) == pytest.approx((33.3142, 38.7033), abs=0.01)  # (lat, lon) for Leaflet: data/places.csv
    assert sides[tower[3]] == "Iran and aligned" and KINDS[tower[4]] == "attack"
    assert KINDS[by_place["Al-Qaim"][4]] == "strike" and sides[by_place["Al-Qaim"][3]] == "US and partners"
    assert KINDS[by_place["Dover Air Force Base"][4]] == "strategic development"
    assert by_place["Al-Qaim"][5] > tower[5] > by_place["Dover Air Force Base"][5], "size grows with fatalities"
    assert by_place["Albu Kamal"][7] == 2 and by_place["Akashat"][7] == 3
    assert by_place["Akashat"][12] == "somewhere in Anbar" and by_place["Albu Kamal"][12] == "", "a region is named, not drawn as a disk"
    assert cfg["ringKm"] == {"2": PRECISION_RADIUS_KM[2], "3": PRECISION_RADIUS_KM[3]}
    assert by_place["Dover Air Force Base"][6] == 0 and tower[6] == 0, "hollow only when the date is known to the week or month"
    assert cfg["t0"] == day_index(pd.Series([pd.Timestamp("2020-01-03")]))[0]


def test_popup_shows_conflicting_reports_side_by_side(curated):
    ev = curated[curated["event_id_cnty"] == "SMJOR0001"].iloc[0].to_dict()
    out = event_popup_html(ev)
    assert "conflicting reports:" in out and "<table class='sm-conflicts'>" in out
    assert "2024-01-28" in out and "exact day" in out and "Tower 22" in out
    assert "located by gazetteer entry <code>tower-22</code>" in out
    assert "fatalities: 3 (lowest reported)" in out


HOSTILE = "<img src=x onerror=alert(1)></script><script>window.pwned=1</script>"


def test_strings_from_the_data_are_escaped_everywhere(curated):
    ev = curated.iloc[[1]].copy()
    for col in ("location", "notes", "admin1", "source"):
        ev[col] = HOSTILE
    ev["actor1"] = pd.Categorical([HOSTILE])
    ev.at[ev.index[0], "sources"] = [{"outlet": HOSTILE, "url": "javascript:alert(1)", "claims": HOSTILE}]
    page = standalone_html(ev, title=HOSTILE, subtitle=[HOSTILE], tiles=None)
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    assert "</script><script>" not in page.split("/* strikemap-config */", 1)[1].split("</script>", 1)[0]
    assert "href='javascript" not in page and 'href="javascript' not in page
    cfg = map_config(page)
    assert "&lt;img src=x onerror=alert(1)&gt;" in cfg["events"][0][8] and "[link not shown: javascript:alert(1)]" in cfg["events"][0][8]
    assert cfg["title"].startswith("&lt;img")


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://apnews.com/article/x", True), ("http://example.org", True), ("javascript:alert(1)", False),
     ("JaVaScRiPt:alert(1)", False), ("data:text/html;base64,PHNjcmlwdD4=", False), ("//evil.example", False),
     ("https://x.example/\"onmouseover=alert(1)", False), ("vbscript:msgbox", False), ("", False), (None, False)],
)
def test_only_http_links(url, ok):
    assert (safe_url(url) is not None) == ok


def test_standalone_page_asks_no_host(curated):
    page = standalone_html(curated, title="Strikemap", subtitle=["all events"], tiles=None)
    assert external_links(page) == []
    assert page.count("<script") >= 2 and "<title>Strikemap</title>" in page


def test_tiles_come_only_from_configuration(curated, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_TILES", "http://127.0.0.1:8080/{z}/{x}/{y}.png")
    monkeypatch.setenv("STRIKEMAP_TILES_ATTR", "local tiles")
    page = event_map(curated).get_root().render()
    assert "http://127.0.0.1:8080/{z}/{x}/{y}.png" in page and map_config(page)["tiles"] is True
    monkeypatch.setenv("STRIKEMAP_TILES", "none")
    assert map_config(event_map(curated).get_root().render())["tiles"] is False


def test_many_events_are_aggregated_and_counts_kept():
    gdf = synthetic(5000)
    cfg = config(gdf, aggregate_above=1500, max_cells=300)
    assert cfg["events"] == [] and 0 < len(cfg["bins"]) <= 300
    assert sum(f["properties"]["n"] for f in cfg["bins"]) == 5000
    assert sum(sum(f["properties"]["weeks"]) for f in cfg["bins"]) == 5000, "the weekly histograms keep every event"
    for f in cfg["bins"]:
        p = f["properties"]
        assert sum(p["sides"].values()) == p["n"] and p["side"] == max(p["sides"], key=p["sides"].get)
        assert set(p["sides"]) <= set(SIDE_COLOURS)
    payload = len(json.dumps(cfg))
    assert payload < 500_000 + len(json.dumps(cfg["borders"]))


def test_a_zoomed_in_selection_gets_detail_again():
    gdf = synthetic(5000)
    near_qaim = gdf.cx[40.5:41.5, 34.0:35.0]  # what a zoomed-in view holds
    cfg = config(near_qaim, aggregate_above=1500)
    assert 0 < len(cfg["events"]) + len(cfg["unplaced"]) == len(near_qaim) < 1500 and cfg["bins"] == []


def test_aggregate_counts_match_a_plain_groupby():
    gdf = synthetic(2000, seed=3)
    feats = aggregate_features(gdf, max_cells=50)
    assert sum(f["properties"]["n"] for f in feats) == len(gdf)
    assert sum(f["properties"]["fatalities"] for f in feats) == int(gdf["fatalities"].fillna(0).sum())
    first = min(f["properties"]["first"] for f in feats)
    assert first == day_index(pd.Series([gdf["event_date"].min()]))[0]


def test_empty_and_single_day_maps(curated):
    assert config(curated.iloc[:0])["events"] == []
    one = curated[curated["event_date"] == pd.Timestamp(date(2024, 2, 2))]
    cfg = config(one)
    assert cfg["t0"] == cfg["t1"] and cfg["step"] == 1


@pytest.mark.parametrize(("kwargs", "match"), [({"step": "fortnight"}, "step was 'fortnight'"), ({"mode": "all"}, "mode was 'all'")])
def test_bad_settings_are_refused(curated, kwargs, match):
    with pytest.raises(ValueError, match=match):
        event_map(curated, tiles=None, **kwargs)


def test_a_country_outside_the_theatre_gets_its_land_in_detail_and_the_world_coarse():
    import tempfile

    from geo.store import open_store
    with open_store(Path(tempfile.mkdtemp()) / "b.sqlite", curated=False) as s:
        s.import_file(Path(__file__).parent / "data" / "acled_benin.csv")
        benin = s.frame()
    cfg = config(benin)
    by_iso = {f["properties"]["iso2"]: f["properties"] for f in cfg["borders"]["features"]}
    assert by_iso["BJ"]["detail"] and by_iso["NG"]["detail"] and not by_iso["IQ"]["detail"]
    assert len(by_iso) > 200, "the whole world has land"
    assert len(json.dumps(cfg["borders"])) < 600_000
    kinds = {KINDS[r[4]] for r in cfg["events"]}
    assert kinds == {"battle", "violence against civilians", "attack", "protest", "riot", "strategic development"}
    for label in ("battle (armed clash)", "violence against civilians", "protest", "riot", "strategic development"):
        assert label in cfg["legend"]
    assert "strike (air/drone strike, shelling)" not in cfg["legend"], "only the kinds on the map"
    assert [p[0] for p in cfg["palettes"]["type"]][:6] == ["Battles", "Explosions/Remote violence", "Violence against civilians",
                                                          "Protests", "Riots", "Strategic developments"]
