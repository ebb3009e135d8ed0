"""Coordinates against their place (red team, issue 18, item 13): an event whose point lies outside
the country it names is kept and listed in the import's report, or refused with ``--strict``;
when swapping latitude and longitude puts it inside, the message says so."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from geo.formats import import_into
from geo.model import EventValidationError, curated_records, to_frame
from geo.store import open_store

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "geo" / "data"


def _acled(path: Path, changes: dict[int, dict[str, str]]) -> Path:
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    for i, change in changes.items():
        for k, v in change.items():
            rows[i][rows[0].index(k)] = v
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


SWAPPED = {1: {"latitude": "40.5758", "longitude": "35.1517"}}  # Al Omar Oil Field, Syria, latitude and longitude swapped
ZERO = {2: {"location": "Baghdad", "admin1": "Baghdad", "admin2": "", "latitude": "0", "longitude": "0", "country": "Iraq", "iso": "368"}}


def test_swapped_coordinates_are_kept_flagged_and_the_swap_suggested(tmp_path):
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = import_into(s, _acled(tmp_path / "a.csv", SWAPPED))
        assert report.added == 3, "kept"
    [note] = [n for n in report.notes if "outside the country" in n]
    assert "1 event(s) lie more than 25 km outside" in note
    assert "row 1 (TST0001): 'Al Omar Oil Field', Syria at latitude 40.5758, longitude 35.1517" in note
    assert "(in Turkey)" in note and "swapping latitude and longitude puts it inside Syria" in note and "--strict" in note


def test_baghdad_iraq_at_zero_zero_is_flagged(tmp_path):
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = import_into(s, _acled(tmp_path / "a.csv", ZERO))
    note = "\n".join(report.notes)
    assert "row 2 (TST0002): 'Baghdad', Iraq at latitude 0, longitude 0 lies" in note and "km outside Iraq" in note, note
    assert "swapping" not in note


def test_strict_refuses_them_naming_row_and_field(tmp_path):
    path = _acled(tmp_path / "a.csv", SWAPPED | ZERO)
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(EventValidationError) as err:
            import_into(s, path, strict=True)
        assert s.count() == 0
    text = str(err.value)
    assert "a.csv, row 1, field 'latitude'" in text and "swapping latitude and longitude puts it inside Syria" in text
    assert "a.csv, row 2, field 'latitude'" in text and "outside Iraq" in text


def test_strict_on_the_command_line_with_skip_bad(tmp_path):
    path = _acled(tmp_path / "a.csv", SWAPPED)
    r = subprocess.run([sys.executable, "-m", "geo", "import", str(path), "--strict", "--skip-bad", "--db", str(tmp_path / "s.sqlite")],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "1 refused" in r.stdout and "rejects.csv" in r.stdout
    assert "swapping latitude and longitude" in (tmp_path / "a.csv.rejects.csv").read_text(encoding="utf-8")


def test_a_point_just_across_a_border_is_within_tolerance(tmp_path):
    # Al Qaim's coordinates nudged 0.1 degrees west: about 9 km, into Syria, still "Iraq"
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = import_into(s, _acled(tmp_path / "a.csv", {2: {"longitude": "40.95"}}))
    assert not [n for n in report.notes if "outside" in n], report.notes


@pytest.mark.parametrize("bundled", [False, True], ids=["reviewed", "bundled-campaign"])
def test_curated_events_lie_in_their_countries(bundled, monkeypatch):
    from geo.formats.placecheck import outside_country

    if bundled:
        monkeypatch.delenv("STRIKEMAP_DATA")
    gdf = to_frame(curated_records())
    assert len(gdf) > 100 if bundled else len(gdf) == 13
    far = outside_country(gdf.assign(country=gdf["country"].astype(str)), list(range(1, len(gdf) + 1)))
    assert [o.problem for o in far] == []
