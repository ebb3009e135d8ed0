"""The SQLite store: all-or-nothing imports, dedup, persistence, killed imports, round trips."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.events import EventValidationError
from geo.exporters import export_events, flat_frame
from geo.importers import ImportFormatError, detect_format
from geo.store import SCHEMA_VERSION, StoreError
from geo.store_sqlite import SQLiteStore as EventStore

from .conftest import DATA


def _snapshot(store: EventStore) -> list[tuple]:
    return store.con.execute("SELECT * FROM events ORDER BY id").fetchall()


def test_curated_base_layer_is_always_there(store: EventStore, tmp_path: Path, gz) -> None:
    assert store.count() == 13
    with EventStore(tmp_path / "events.sqlite", gazetteer=gz) as again:  # reopening adds nothing
        assert again.count() == 13


def test_wal_and_schema_version(store: EventStore) -> None:
    assert store.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)


def test_newer_schema_is_refused(tmp_path: Path, gz) -> None:
    path = tmp_path / "new.sqlite"
    with EventStore(path, curated=False, gazetteer=gz) as s:
        s.con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore(path, gazetteer=gz)


def test_acled_export_imports_as_is(store: EventStore) -> None:
    assert detect_format(DATA / "acled_export.csv") == "acled"
    report = store.import_file(DATA / "acled_export.csv")
    assert (report.added, report.duplicates, report.refused) == (3, 0, 0)
    gdf = store.frame().set_index("event_id_cnty")
    row = gdf.loc["TST0001"]
    assert str(row.event_date.date()) == "2024-02-03" and row.notes.startswith('Test fixture: rockets fired at a base, "no')
    assert (row.latitude, row.longitude, row.place_id) == (35.1517, 40.5758, "al-omar-oilfield")
    assert gdf.loc["TST0002"].side1 == "Iran and aligned" and gdf.loc["TST0002"].side2 == "US and partners"


def test_reimport_adds_nothing(store: EventStore) -> None:
    store.import_file(DATA / "acled_export.csv")
    before = _snapshot(store)
    report = store.import_file(DATA / "acled_export.csv")
    assert (report.added, report.duplicates) == (0, 3)
    assert _snapshot(store) == before


def test_rows_without_ids_dedup_on_date_place_actors(store: EventStore, tmp_path: Path) -> None:
    path = tmp_path / "noid.csv"
    path.write_text("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,location\n"
                    ",2024-01-28,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,United States,Tower 22\n"
                    ",2024-02-07,Explosions/Remote violence,Air/drone strike,United States,Kata'ib Hezbollah,Baghdad\n", encoding="utf-8")
    report = store.import_file(path)
    assert (report.added, report.duplicates) == (1, 1)  # the first is the curated Tower 22 event


def test_ucdp_ged_imports(store: EventStore) -> None:
    assert detect_format(DATA / "ucdp_ged.csv") == "ucdp"
    store.import_file(DATA / "ucdp_ged.csv")
    gdf = store.frame().set_index("event_id_cnty")
    a, b = gdf.loc["UCDP900001"], gdf.loc["UCDP900002"]
    assert (a.fatalities, a.geo_precision, a.time_precision, a.event_type) == (3, 1, 1, "Battles")
    assert (b.fatalities, b.geo_precision, b.time_precision, b.event_type) == (5, 3, 2, "Violence against civilians")
    assert b.conflicts["event_date"] == {"UCDP date_start": "2024-02-01", "UCDP date_end": "2024-02-07"}
    assert b.conflicts["fatalities"]["UCDP high"] == "7" and a.sources[0]["outlet"] == "Test Wire"


def _bad_copy(tmp_path: Path) -> Path:
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    rows[2][1] = "30 February 2024"
    path = tmp_path / "bad.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_a_bad_row_refuses_the_whole_file(store: EventStore, tmp_path: Path) -> None:
    before = _snapshot(store)
    with pytest.raises(EventValidationError, match=r"bad.csv, row 2, field 'event_date'"):
        store.import_file(_bad_copy(tmp_path))
    assert _snapshot(store) == before
    assert not (tmp_path / "bad.csv.rejects.csv").exists()


def test_skip_bad_writes_good_rows_and_a_rejects_file(store: EventStore, tmp_path: Path) -> None:
    report = store.import_file(_bad_copy(tmp_path), skip_bad=True)
    assert (report.added, report.refused) == (2, 1)
    rejects = list(csv.DictReader(open(report.rejects_path, encoding="utf-8")))
    assert [r["row"] for r in rejects] == ["2"] and "event_date" in rejects[0]["errors"]
    assert rejects[0]["event_id_cnty"] == "TST0002"


def test_unreadable_files(store: EventStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFormatError, match="empty"):
        store.import_file(empty)
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="neither ACLED"):
        store.import_file(odd)


def test_imports_persist_across_restarts(tmp_path: Path, gz) -> None:
    path = tmp_path / "p.sqlite"
    with EventStore(path, gazetteer=gz) as s:
        s.import_file(DATA / "acled_export.csv")
    with EventStore(path, gazetteer=gz) as s:
        assert s.count() == 16 and s.integrity_ok()


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg"])
def test_round_trip(store: EventStore, tmp_path: Path, gz, fmt: str) -> None:
    store.import_file(DATA / "acled_export.csv")
    store.import_file(DATA / "ucdp_ged.csv")
    first = tmp_path / f"first.{fmt}"
    export_events(store.frame(), fmt, first)
    with EventStore(tmp_path / "fresh.sqlite", curated=False, gazetteer=gz) as fresh:
        report = fresh.import_file(first)
        assert report.added == store.count()
        second = tmp_path / f"second.{fmt}"
        export_events(fresh.frame(), fmt, second)
    a = flat_frame(store.frame()).drop(columns="geometry").to_dict("records")
    b = flat_frame(EventStore(tmp_path / "fresh.sqlite", curated=False, gazetteer=gz).frame()).drop(columns="geometry").to_dict("records")
    assert b == a
    if fmt != "gpkg":
        assert second.read_bytes() == first.read_bytes()


def test_kml_opens_with_placemarks(store: EventStore, tmp_path: Path) -> None:
    import pyogrio

    path = tmp_path / "events.kml"
    export_events(store.frame(), "kml", path)
    kml = pyogrio.read_dataframe(path)
    assert len(kml) == 13 and "Tower 22" in " ".join(kml["Name"])
    assert path.read_text(encoding="utf-8").count("<Placemark") == 13


_KILLED_IMPORT = """
import sys
from geo.store_sqlite import SQLiteStore as EventStore
with EventStore(sys.argv[1]) as s:
    s.import_file(sys.argv[2])
"""


def test_killed_import_leaves_the_store_as_before(tmp_path: Path, gz) -> None:
    db = tmp_path / "k.sqlite"
    with EventStore(db, gazetteer=gz) as s:
        before = _snapshot(s)
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    big = tmp_path / "big.csv"
    with open(big, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(rows[0])
        for i in range(300):
            r = list(rows[1 + i % 3])
            r[0] = f"BIG{i:05d}"
            w.writerow(r)
    env = {**os.environ, "STRIKEMAP_TEST_PAUSE_AFTER_ROWS": "150"}
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, str(db), str(big)], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline and "PAUSED" not in line:
        line = proc.stderr.readline()
        if not line and proc.poll() is not None:
            break
    assert "PAUSED after 150 rows" in line, "the import never reached the middle of its transaction"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with EventStore(db, gazetteer=gz) as s:
        assert _snapshot(s) == before
        report = s.import_file(big)  # and the same import then goes through whole
        assert report.added == 300


def test_geojson_import_of_points(empty_store: EventStore, tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [40.3094, 35.3361]},
         "properties": {"event_date": "2024-02-05", "event_type": "Explosions/Remote violence",
                        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Iran-backed militants", "location": "MSS Euphrates"}}]}),
        encoding="utf-8")
    empty_store.import_file(path)
    row = empty_store.frame().iloc[0]
    assert (row.longitude, row.latitude, row.place_id) == (40.3094, 35.3361, "mss-euphrates")


def test_import_reports_progress_to_a_function(empty_store):
    calls = []
    report = empty_store.import_file(DATA / "acled_export.csv", progress=lambda done, total: calls.append((done, total)))
    assert report.added == 3
    assert calls and calls[-1] == (3, 3) and [d for d, _ in calls] == sorted(d for d, _ in calls)
