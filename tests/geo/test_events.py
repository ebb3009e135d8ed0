"""The schema, validation on the way in, and the curated dataset."""

from __future__ import annotations

import pandas as pd
import pytest

from geo.model import ACLED_COLUMNS, COLUMNS, EVENT_TYPES, curated_records, normalise_rows, to_frame

GOOD = {"event_date": "2024-02-03", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "actor1": "Islamic Resistance in Iraq", "actor2": "United States", "location": "Tower 22", "fatalities": "0"}


def test_curated_dataset_loads_every_place_resolved_and_sourced(gz) -> None:
    records = curated_records(gz)
    assert len(records) == 13
    for r in records:
        assert r["place_id"], r["event_id_cnty"]
        assert gz.place(r["place_id"])  # a curated gazetteer entry
        assert r["source"] and r["sources"] and all(s["outlet"] and s["date"] for s in r["sources"])
        assert r["sub_event_type"] in EVENT_TYPES[r["event_type"]]


def test_curated_dataset_codes_the_domain_events(gz) -> None:
    gdf = to_frame(curated_records(gz))
    strikes = gdf[gdf.tags == "us-strikes-2024-02-02"]
    assert sorted(strikes.location) == ["Akashat", "Al-Qaim", "Albu Kamal"]  # one event per named area
    assert strikes.set_index("location").loc["Akashat", "geo_precision"] == 3  # known only to the province
    tower = gdf[gdf.event_id_cnty == "SMJOR0001"].iloc[0]
    assert (tower.fatalities, tower.injuries, tower.country) == (3, 40, "Jordan")
    assert tower.conflicts["injuries"] == {"most outlets": "more than 40", "one outlet": "dozens"}
    assert "Saraya Awliya al-Dam" in tower.conflicts["actor1"].values()
    assert (tower.side1, tower.side2) == ("Iran and aligned", "US and partners")
    omar = gdf[gdf.event_id_cnty == "SMSYR0003"].iloc[0]
    assert (omar.fatalities, omar.actor2, omar.status) == (6, "Syrian Democratic Forces", "claimed")


def test_frame_is_typed_and_in_wgs84(gz) -> None:
    gdf = to_frame(curated_records(gz))
    assert list(gdf.columns[: len(COLUMNS)]) == list(COLUMNS) and gdf.crs.to_epsg() == 4326
    assert pd.api.types.is_datetime64_any_dtype(gdf.event_date)
    assert isinstance(gdf.event_type.dtype, pd.CategoricalDtype) and str(gdf.fatalities.dtype) == "Int64"
    row = gdf.iloc[0]
    assert (row.geometry.x, row.geometry.y) == (row.longitude, row.latitude)  # lon, lat
    assert COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS


BAD = [
    ({"event_date": ""}, "event_date", "required"),
    ({"event_date": "2024-02-30"}, "event_date", "not a date that exists"),
    ({"event_type": "Drone"}, "event_type", "not one of ACLED's event types"),
    ({"sub_event_type": "Armed clash"}, "sub_event_type", "not a sub-event type"),
    ({"actor1": ""}, "actor1", "required"),
    ({"latitude": "95", "longitude": "40"}, "latitude", "outside"),
    ({"latitude": "35", "longitude": "nan"}, "longitude", "outside"),
    ({"latitude": "abc", "longitude": "40"}, "latitude", "not a number"),
    ({"geo_precision": "4"}, "geo_precision", "outside"),
    ({"time_precision": "0"}, "time_precision", "outside"),
    ({"fatalities": "-1"}, "fatalities", "outside"),
    ({"fatalities": "dozens"}, "fatalities", "not a whole number"),
    ({"status": "rumoured"}, "status", "not one of"),
    ({"sources": "[not json"}, "sources", "not valid JSON"),
    ({"location": "Atlantis Base 99"}, "location", "does not resolve"),
    ({"location": "Kata'ib Hezbollah"}, "location", "not a place"),
    ({"location": ""}, "location", "required"),
]


@pytest.mark.parametrize(("change", "field", "why"), BAD, ids=[f"{f}-{w}" for _, f, w in BAD])
def test_validation_names_file_row_and_field(gz, change: dict, field: str, why: str) -> None:
    records, problems = normalise_rows([(1, GOOD), (2, {**GOOD, **change})], file="in.csv", gazetteer=gz)
    assert len(records) == 1
    assert [(p.file, p.row, p.field) for p in problems] == [("in.csv", 2, field)]
    assert why in problems[0].problem and "in.csv, row 2" in str(problems[0])


def test_pinned_coordinates_win_over_the_gazetteer(gz) -> None:
    (rec,), _ = normalise_rows([(1, {**GOOD, "latitude": "33.3", "longitude": "38.7", "geo_precision": "2"})], file="x", gazetteer=gz)
    assert (rec["latitude"], rec["longitude"], rec["geo_precision"], rec["place_id"]) == (33.3, 38.7, 2, "tower-22")


def test_location_resolves_with_country_context(gz) -> None:
    (rec,), _ = normalise_rows([(1, {**GOOD, "location": "Jordan", "country": "United States"})], file="x", gazetteer=gz)
    assert rec["latitude"] > 35 and rec["iso"] == 840
