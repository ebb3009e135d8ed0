"""The curated places file: every row sourced and valid; a malformed file names row and field."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from common import data_path
from gazetteer import DataFileError, Gazetteer
from gazetteer.curated import FIELDS, read_places

GOOD = {"id": "test-site", "name": "Test Site", "aliases": "Testing Ground", "country": "SY", "kind": "site",
        "lat": "35.0", "lon": "40.0", "anchor": "", "precision": "exact", "geonames": "", "source": "Test 2024", "note": ""}


def _write(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "places.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    return path


def _no_geonames(gid: int) -> None:
    return None


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"id": "Bad Id"}, "id", "lower-case"),
        ({"country": "Syria"}, "country", "ISO 3166-1"),
        ({"kind": "base"}, "kind", "not one of"),
        ({"precision": "good"}, "precision", "not one of"),
        ({"lat": "95"}, "lat", "outside"),
        ({"lon": "east"}, "lon", "not a number"),
        ({"lat": "nan"}, "lat", "outside"),
        ({"source": " "}, "source", "empty"),
        ({"lat": "", "lon": ""}, "anchor", "either lat and lon or an anchor"),
        ({"anchor": "place:test-site"}, "anchor", "not both"),
        ({"lat": "", "lon": "", "anchor": "geonames:1"}, "anchor", "not in the populated-places layer"),
        ({"lat": "", "lon": "", "anchor": "somewhere"}, "anchor", "neither geonames:ID nor place:ID"),
        ({"geonames": "abc"}, "geonames", "not a GeoNames id"),
    ],
)
def test_malformed_rows_name_file_row_and_field(tmp_path: Path, change: dict, field: str, problem: str) -> None:
    path = _write(tmp_path, {**GOOD, "id": "first"}, {**GOOD, **change})
    with pytest.raises(DataFileError, match=problem) as err:
        read_places(path, _no_geonames)
    assert (err.value.row, err.value.field) == (2, field)
    assert str(path) in str(err.value) and "row 2" in str(err.value)


def test_duplicate_id_and_anchor_cycle(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="used by an earlier row"):
        read_places(_write(tmp_path, GOOD, GOOD), _no_geonames)
    a = {**GOOD, "id": "a", "lat": "", "lon": "", "anchor": "place:b"}
    b = {**GOOD, "id": "b", "lat": "", "lon": "", "anchor": "place:a"}
    with pytest.raises(DataFileError, match="cycle"):
        read_places(_write(tmp_path, a, b), _no_geonames)


def test_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text("id,name\nx,X\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="column missing"):
        read_places(path, _no_geonames)


def test_a_broken_places_file_stops_the_gazetteer(tmp_path: Path) -> None:
    path = _write(tmp_path, {**GOOD, "lat": "500"})
    with pytest.raises(DataFileError, match="row 1, field 'lat'"):
        Gazetteer(places_file=path, populated=False)


def test_curated_only_gazetteer_works_without_geonames(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD, {**GOOD, "id": "child", "name": "Child", "aliases": "", "lat": "", "lon": "",
                                   "anchor": "place:test-site", "precision": "province"})
    gz = Gazetteer(places_file=path, populated=False)
    assert gz.lookup("testing ground").place.id == "test-site"
    child = gz.lookup("Child")
    assert child.place.latlon == (35.0, 40.0) and "point of Test Site" in child.place.note


def test_the_shipped_files_are_the_package_data() -> None:
    for name in ("places.csv", "actors.csv", "not_places.csv"):
        assert data_path(name).is_file()


def test_data_dir_can_be_redirected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("actors.csv", "not_places.csv"):
        shutil.copy(data_path(name), tmp_path / name)
    _write(tmp_path, GOOD)
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path))
    gz = Gazetteer(populated=False)
    assert [p.id for p in gz.places] == ["test-site"]
