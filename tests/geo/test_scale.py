"""Scale: the chunked, vectorised import gives exactly what row-by-row validation gives; masks and
counts over the whole frame agree with filtered copies; the map aggregates many events (counts and
weekly histograms kept) and shows single events again for a zoomed-in area."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geo.bench import synthetic_acled, write_synthetic_acled
from geo.formats import read_rows
from geo.model import EVENT_TYPES, ISO_NUMERIC, SIDES, ActorTable, normalise_rows, normalise_table, records_table
from geo.outputs import AGGREGATE_ABOVE, aggregate_features, event_map, grid_cells, map_config
from geo.view import View, actor_options, area_options, table_frame, value_counts

DATA = Path(__file__).parent / "data"
DEIR_EZ_ZOR = (39.9, 34.85, 40.9, 35.85)  # (west, south, east, north)


@pytest.fixture(scope="module")
def syn_store(tmp_path_factory, gz):
    from geo.store import SQLiteStore

    d = tmp_path_factory.mktemp("scale")
    path = write_synthetic_acled(d / "syn.csv", 6000, seed=3)
    with SQLiteStore(d / "s.sqlite", gazetteer=gz) as s:
        report = s.import_file(path)
        yield s, report


@pytest.fixture(scope="module")
def syn(syn_store):
    return syn_store[0].frame()


def _messy(tmp_path: Path) -> Path:
    """ACLED rows with every awkwardness the row-by-row path handles, among good ones."""
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    header, good = rows[0], rows[1:]
    col = {c: i for i, c in enumerate(header)}
    out = [header]
    edits = [
        {}, {"event_date": "2024-02-30"}, {"event_date": "05 February 2024"}, {"event_date": ""}, {"latitude": "", "longitude": ""},
        {"latitude": "nan"}, {"longitude": "200"}, {"fatalities": "-1"}, {"fatalities": "3.0"}, {"fatalities": "two"},
        {"geo_precision": "7"}, {"time_precision": ""}, {"event_type": "Picnic"}, {"sub_event_type": "Grenade"},
        {"actor1": ""}, {"event_id_cnty": ""}, {"iso": "", "country": "Syria"}, {"iso": "", "country": ""},
        {"location": "Nowhere-at-all-xyz", "latitude": "", "longitude": ""}, {"timestamp": ""}, {"notes": "  padded  "},
    ]
    for i, e in enumerate(edits):
        r = list(good[i % len(good)])
        r[0] = f"MESSY{i:03d}"
        for k, v in e.items():
            r[col[k]] = v
        out.append(r)
    p = tmp_path / "messy.csv"
    with open(p, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(out)
    return p


def test_vectorised_validation_equals_row_by_row(tmp_path, gz):
    for path in (DATA / "acled_export.csv", DATA / "ucdp_ged.csv", _messy(tmp_path)):
        _, rows = read_rows(path)
        ok = [(i, r) for i, r in rows if "__problem__" not in r]
        recs, bad = normalise_rows(ok, file=str(path), gazetteer=gz)
        table, bad2 = normalise_table(pd.DataFrame([r for _, r in ok], dtype=object), [i for i, _ in ok], file=str(path), gazetteer=gz)
        assert [str(p) for p in bad2] == [str(p) for p in bad], path.name
        ref = records_table(recs).drop(columns="timestamp").astype(object)
        got = table.drop(columns="timestamp").astype(object)
        assert got.equals(ref), path.name


def test_messy_file_is_refused_naming_each_bad_row(tmp_path, empty_store):
    from geo.model import EventValidationError

    path = _messy(tmp_path)
    with pytest.raises(EventValidationError) as err:
        empty_store.import_file(path)
    rows = {p.row for p in err.value.problems}
    assert {2, 4, 6, 7, 8, 10, 11, 13, 15, 19} <= rows and not {1, 3, 5, 9, 12, 14, 16, 17, 20, 21} & rows
    assert empty_store.count() == 0
    report = empty_store.import_file(path, skip_bad=True)
    assert report.refused == len(rows) and Path(report.rejects_path).exists()
    assert (report.added, report.duplicates) == (21 - len(rows) - 1, 1)  # the row without an id repeats row 1's event


def test_import_in_chunks_keeps_every_row_and_dedups(tmp_path, empty_store, monkeypatch):
    import geo.formats as importers

    monkeypatch.setattr(importers, "CHUNK_ROWS", 700)
    path = write_synthetic_acled(tmp_path / "syn.csv", 3000, seed=5)
    calls = []
    report = empty_store.import_file(path, progress=lambda d, t: calls.append((d, t, threading.get_ident())))
    assert report.added == 3000 and empty_store.count() == 3000
    assert {c[2] for c in calls} == {threading.get_ident()}, "progress is reported on the caller's thread (a UI's bar lives there)"
    calls = [c[:2] for c in calls]
    assert calls[-1] == (3000, 3000) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    again = empty_store.import_file(path)
    assert (again.added, again.duplicates) == (0, 3000)
    frame = empty_store.frame()
    assert frame["event_id_cnty"].is_unique and frame["tags"].eq("synthetic").all()
    assert frame["event_date"].is_monotonic_increasing


def test_synthetic_rows_are_labelled_and_deterministic():
    a, b = synthetic_acled(500, seed=1), synthetic_acled(500, seed=1)
    assert a.equals(b) and not a.equals(synthetic_acled(500, seed=2))
    assert a["event_id_cnty"].str.startswith("SYN").all() and a["notes"].str.startswith("SYNTHETIC").all()
    assert a["source"].str.contains("SYNTHETIC").all()


def test_mask_and_filtered_frame_agree(syn):
    flt = View(date_from=date(2020, 1, 1), date_to=date(2022, 6, 30), actors=("Islamic Resistance in Iraq",),
                      event_types=("Explosions/Remote violence",))
    mask = flt.mask(syn)
    assert mask.dtype == bool and 0 < mask.sum() < len(syn)
    assert list(flt.apply(syn).event_id_cnty) == list(syn.event_id_cnty[mask])


def test_bbox_keeps_exactly_the_events_inside(syn):
    w, s, e, n = DEIR_EZ_ZOR
    inside = View(bbox=DEIR_EZ_ZOR).apply(syn)
    expect = syn[(syn.longitude >= w) & (syn.longitude <= e) & (syn.latitude >= s) & (syn.latitude <= n)]
    assert 0 < len(inside) == len(expect) < len(syn)
    with pytest.raises(ValueError, match="bbox"):
        View(bbox=(41.0, 35.0, 40.0, 36.0))


def test_counts_from_a_mask_equal_counts_of_filtered_copies(syn):
    table = ActorTable.load()
    mask = View(date_from=date(2023, 1, 1)).mask(syn)
    sub = syn[mask]
    opts = actor_options(syn, table, mask=mask)
    assert opts and all(n == len(View(actors=(a,)).apply(sub, actors=table)) for a, n in opts.items())
    assert opts["Islamic Resistance in Iraq"] >= opts["Kata'ib Hezbollah"]  # the umbrella counts its members
    sides = value_counts(syn, "side", SIDES, mask=mask)
    assert all(n == len(View(sides=(s,)).apply(sub)) for s, n in sides.items())
    types = value_counts(syn, "event_type", EVENT_TYPES, mask=mask)
    assert all(n == int((sub.event_type == t).sum()) for t, n in types.items()) and sum(types.values()) == len(sub)
    countries = value_counts(syn, "country", ISO_NUMERIC, mask=mask)
    assert sum(countries.values()) == len(sub)


def test_bbox_round_trips_through_the_url():
    v = View(date_from=date(2024, 1, 1), bbox=DEIR_EZ_ZOR)
    q = v.to_query()
    assert q["bbox"] == ["39.9,34.85,40.9,35.85"]
    assert View.from_query(q).bbox == DEIR_EZ_ZOR
    bad = View.from_query({"bbox": ["40,35,39,36"]})
    assert bad.bbox is None and "bbox" in bad.problems[0]
    assert View.from_query({"bbox": ["a,b,c,d"]}).bbox is None


def test_area_options_hold_their_events(syn):
    areas = area_options(syn)
    assert {"Iraq", "Syria", "Jordan"} <= set(areas)
    (w, s, e, n), count = areas["Syria"]
    assert count == int((syn.country == "Syria").sum())
    inside = View(bbox=(w, s, e, n)).apply(syn[syn.country == "Syria"])
    assert len(inside) >= 0.97 * count  # the box holds the middle 98% (and its padding)
    assert any(" › " in a for a in areas)


def test_table_shows_the_newest_events_first_when_capped(syn):
    t = table_frame(syn, limit=50)
    assert len(t) == 50 and t["date"].is_monotonic_decreasing and t["date"].iloc[0] == syn["event_date"].max().date()


def test_aggregation_keeps_every_count_and_week(syn):
    feats = aggregate_features(syn, max_cells=200)
    assert 0 < len(feats) <= 200
    assert sum(f["properties"]["n"] for f in feats) == len(syn)
    assert sum(sum(f["properties"]["weeks"]) for f in feats) == len(syn)
    assert sum(f["properties"]["fatalities"] for f in feats) == int(syn.fatalities.sum())
    for f in feats[:50]:
        p = f["properties"]
        assert sum(p["sides"].values()) == p["n"]
        assert p["w0"] <= p["first"] < p["w0"] + 7 and p["last"] < p["w0"] + 7 * len(p["weeks"])
        assert pd.Timestamp(p["w0"], unit="D").day_of_week == 0  # weeks start on Monday


def test_cells_shrink_when_the_view_zooms_in(syn):
    _, whole = grid_cells(syn, max_cells=300)
    _, zoomed = grid_cells(View(bbox=DEIR_EZ_ZOR).apply(syn), max_cells=300)
    assert zoomed < whole


def test_whole_region_is_aggregated_and_a_zoomed_area_gets_detail(syn):
    whole = map_config(event_map(syn, tiles=None).get_root().render())
    assert whole["events"] == [] and whole["bins"] and whole["total"] == len(syn)
    zoomed = View(bbox=DEIR_EZ_ZOR).apply(syn)
    assert 0 < len(zoomed) <= AGGREGATE_ABOVE
    cfg = map_config(event_map(zoomed, tiles=None).get_root().render())
    assert cfg["bins"] == [] and len(cfg["events"]) == len(zoomed)
    assert {round(e[0], 3) for e in cfg["events"]} <= {round(x, 3) for x in zoomed.latitude}  # rows are (lat, lon)


def test_payload_stays_small_however_many_events(syn):
    big = pd.concat([syn] * 4, ignore_index=True)
    html = event_map(big, tiles=None).get_root().render()
    assert len(html.encode()) < 2_000_000
    assert map_config(html)["total"] == len(big)
    detail = event_map(syn.iloc[:AGGREGATE_ABOVE], tiles=None).get_root().render()
    assert len(detail.encode()) < 2_000_000


def test_report_of_the_module_store(syn_store):
    store, report = syn_store
    assert report.added == 6000 and store.integrity_ok()
    assert np.isin(["Iraq", "Syria", "Jordan"], store.frame()["country"].astype(str).unique()).all()
