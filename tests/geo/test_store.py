"""The event store, SQLite and PostGIS alike: all-or-nothing imports, dedup, persistence, killed
imports, round trips, bounding boxes. Tests on ``any_store`` / ``store_target`` run once per backend
(see ``conftest.py``); the few about one backend's own machinery say so in their names."""

from __future__ import annotations

import csv
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.bench import write_synthetic_acled
from geo.formats import ImportFormatError, detect_format, export_events, flat_frame
from geo.model import EventValidationError
from geo.store import SCHEMA_VERSION, EventStore, SQLiteStore, StoreError, open_store

from .conftest import DATA

ROOT = Path(__file__).resolve().parents[2]

#: (west, south, east, north): from the Iraqi-Syrian border to Iraq's centre point; its west and
#: north edges pass exactly through Al Omar oil field, its south-east corner through Iraq's centre.
BBOX = (40.5758, 33.0, 44.0, 35.1517)
IN_BBOX = {"SMIRQ0002", "SMIRQ0003", "SMIRQ0004", "SMIRQ0005", "SMSYR0001", "SMSYR0003", "TST0001", "TST0002"}


def _snapshot(store: EventStore) -> list[tuple]:
    return store.con.execute("SELECT * FROM events ORDER BY id").fetchall()


def test_curated_base_layer_is_always_there(any_store: EventStore, store_target, gz) -> None:
    assert any_store.count() == 13
    before = any_store.version()
    with open_store(store_target("events"), gazetteer=gz) as again:  # reopening adds nothing
        assert again.count() == 13 and again.version() == before


def test_schema_version_is_recorded(any_store: EventStore) -> None:
    assert any_store._meta("schema_version") == str(SCHEMA_VERSION)


def test_sqlite_wal_and_schema_version(store: SQLiteStore) -> None:
    assert store.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)


def test_newer_schema_is_refused(store_target, gz) -> None:
    target = store_target("new")
    with open_store(target, curated=False, gazetteer=gz) as s:
        s.con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(target, gazetteer=gz)


def test_acled_export_imports_as_is(any_store: EventStore) -> None:
    assert detect_format(DATA / "acled_export.csv") == "acled"
    report = any_store.import_file(DATA / "acled_export.csv")
    assert (report.added, report.duplicates, report.refused) == (3, 0, 0)
    gdf = any_store.frame().set_index("event_id_cnty")
    row = gdf.loc["TST0001"]
    assert str(row.event_date.date()) == "2024-02-03" and row.notes.startswith('Test fixture: rockets fired at a base, "no')
    assert (row.latitude, row.longitude, row.place_id) == (35.1517, 40.5758, "al-omar-oilfield")
    assert gdf.loc["TST0002"].side1 == "Iran and aligned" and gdf.loc["TST0002"].side2 == "US and partners"


def test_reimport_adds_nothing(any_store: EventStore) -> None:
    any_store.import_file(DATA / "acled_export.csv")
    before = _snapshot(any_store)
    report = any_store.import_file(DATA / "acled_export.csv")
    assert (report.added, report.duplicates) == (0, 3)
    assert _snapshot(any_store) == before


def test_rows_without_ids_dedup_on_date_place_actors(any_store: EventStore, tmp_path: Path) -> None:
    path = tmp_path / "noid.csv"
    path.write_text("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,location\n"
                    ",2024-01-28,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,United States,Tower 22\n"
                    ",2024-02-07,Explosions/Remote violence,Air/drone strike,United States,Kata'ib Hezbollah,Baghdad\n", encoding="utf-8")
    report = any_store.import_file(path)
    assert (report.added, report.duplicates) == (1, 1)  # the first is the curated Tower 22 event


def test_ucdp_ged_imports(any_store: EventStore) -> None:
    assert detect_format(DATA / "ucdp_ged.csv") == "ucdp"
    any_store.import_file(DATA / "ucdp_ged.csv")
    gdf = any_store.frame().set_index("event_id_cnty")
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


def test_a_bad_row_refuses_the_whole_file(any_store: EventStore, tmp_path: Path) -> None:
    before = _snapshot(any_store)
    with pytest.raises(EventValidationError, match=r"bad.csv, row 2, field 'event_date'"):
        any_store.import_file(_bad_copy(tmp_path))
    assert _snapshot(any_store) == before
    assert not (tmp_path / "bad.csv.rejects.csv").exists()


def test_skip_bad_writes_good_rows_and_a_rejects_file(any_store: EventStore, tmp_path: Path) -> None:
    report = any_store.import_file(_bad_copy(tmp_path), skip_bad=True)
    assert (report.added, report.refused) == (2, 1)
    rejects = list(csv.DictReader(open(report.rejects_path, encoding="utf-8")))
    assert [r["row"] for r in rejects] == ["2"] and "event_date" in rejects[0]["errors"]
    assert rejects[0]["event_id_cnty"] == "TST0002"


def test_unreadable_files(any_store: EventStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFormatError, match="empty"):
        any_store.import_file(empty)
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="neither ACLED"):
        any_store.import_file(odd)


def test_imports_persist_across_restarts(store_target, gz) -> None:
    target = store_target("p")
    with open_store(target, gazetteer=gz) as s:
        s.import_file(DATA / "acled_export.csv")
    with open_store(target, gazetteer=gz) as s:
        assert s.count() == 16 and s.integrity_ok()


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg"])
def test_round_trip(any_store: EventStore, store_target, tmp_path: Path, gz, fmt: str) -> None:
    any_store.import_file(DATA / "acled_export.csv")
    any_store.import_file(DATA / "ucdp_ged.csv")
    first = tmp_path / f"first.{fmt}"
    export_events(any_store.frame(), fmt, first)
    with open_store(store_target("fresh"), curated=False, gazetteer=gz) as fresh:
        report = fresh.import_file(first)
        assert report.added == any_store.count()
        second = tmp_path / f"second.{fmt}"
        export_events(fresh.frame(), fmt, second)
    a = flat_frame(any_store.frame()).drop(columns="geometry").to_dict("records")
    with open_store(store_target("fresh"), curated=False, gazetteer=gz) as reopened:
        b = flat_frame(reopened.frame()).drop(columns="geometry").to_dict("records")
    assert b == a
    if fmt != "gpkg":
        assert second.read_bytes() == first.read_bytes()


def test_kml_opens_with_placemarks(any_store: EventStore, tmp_path: Path) -> None:
    import pyogrio

    path = tmp_path / "events.kml"
    export_events(any_store.frame(), "kml", path)
    kml = pyogrio.read_dataframe(path)
    assert len(kml) == 13 and "Tower 22" in " ".join(kml["Name"])
    assert path.read_text(encoding="utf-8").count("<Placemark") == 13


_KILLED_IMPORT = """
import sys
from geo.store import open_store
with open_store(sys.argv[1]) as s:
    s.import_file(sys.argv[2])
"""


def _big_csv(tmp_path: Path) -> Path:
    """300 rows of new events (the fixture's three, under new ids)."""
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    big = tmp_path / "big.csv"
    with open(big, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(rows[0])
        for i in range(300):
            r = list(rows[1 + i % 3])
            r[0] = f"BIG{i:05d}"
            w.writerow(r)
    return big


def _paused_import(target: str, path: Path) -> subprocess.Popen:
    """Another process importing ``path``, paused after 150 rows inside its transaction."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.pause_writes", "150", "-c", _KILLED_IMPORT, target, str(path)], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline and "PAUSED" not in line:
        line = proc.stderr.readline()
        if not line and proc.poll() is not None:
            break
    if "PAUSED after 150 rows" not in line:
        proc.kill()
        pytest.fail("the import never reached the middle of its transaction")
    return proc


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def test_killed_import_leaves_the_store_as_before(store_target, tmp_path: Path, gz) -> None:
    target = store_target("k")
    with open_store(target, gazetteer=gz) as s:
        before, version = _snapshot(s), s.version()
    big = _big_csv(tmp_path)
    _kill(_paused_import(target, big))
    if not target.startswith("postgresql:"):  # the file itself, before any store code opens it
        con = sqlite3.connect(target)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    with open_store(target, gazetteer=gz) as s:
        assert s.integrity_ok()
        assert _snapshot(s) == before and s.version() == version
        report = s.import_file(big)  # and the same import then goes through whole
        assert report.added == 300


def test_geojson_import_of_points(any_empty_store: EventStore, tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [40.3094, 35.3361]},
         "properties": {"event_date": "2024-02-05", "event_type": "Explosions/Remote violence",
                        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Iran-backed militants", "location": "MSS Euphrates"}}]}),
        encoding="utf-8")
    any_empty_store.import_file(path)
    row = any_empty_store.frame().iloc[0]
    assert (row.longitude, row.latitude, row.place_id) == (40.3094, 35.3361, "mss-euphrates")


def test_import_reports_progress_to_a_function(any_empty_store: EventStore) -> None:
    calls = []
    report = any_empty_store.import_file(DATA / "acled_export.csv", progress=lambda done, total: calls.append((done, total)))
    assert report.added == 3
    assert calls and calls[-1] == (3, 3) and [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_bbox_returns_exactly_the_events_inside(any_store: EventStore) -> None:
    any_store.import_file(DATA / "acled_export.csv")
    inside = any_store.frame(bbox=BBOX)
    assert set(inside["event_id_cnty"]) == IN_BBOX  # edges included
    every = any_store.frame()
    w, s, e, n = BBOX
    expected = every[every.longitude.between(w, e) & every.latitude.between(s, n)]
    assert inside["event_id_cnty"].tolist() == expected["event_id_cnty"].tolist()  # and in the same order
    assert len(any_store.frame(bbox=(0.0, 0.0, 1.0, 1.0))) == 0


# -- one backend's own machinery -------------------------------------------------------------------


def test_postgis_bbox_query_uses_the_gist_index(postgis_database, tmp_path: Path, gz) -> None:
    from geo.store.postgis import select_sql

    path = write_synthetic_acled(tmp_path / "syn.csv", 3000)
    with open_store(postgis_database("bbox"), gazetteer=gz) as s:
        s.import_file(path)
        s.con.execute("ANALYZE events")
        baghdad = (44.2, 33.1, 44.6, 33.5)
        sql, args = select_sql(baghdad)
        plan = "\n".join(r[0] for r in s.con.execute("EXPLAIN " + sql, args))
        assert "events_geom" in plan and "&&" in plan, plan
        inside, every = s.frame(bbox=baghdad), s.frame()
        expected = every[every.longitude.between(44.2, 44.6) & every.latitude.between(33.1, 33.5)]
        assert 0 < len(inside) < len(every) and inside["event_id_cnty"].tolist() == expected["event_id_cnty"].tolist()
        geom, srid = s.con.execute("SELECT type, srid FROM geometry_columns WHERE f_table_name = 'events'").fetchone()
        assert (geom, srid) == ("POINT", 4326)


def test_postgis_store_creates_the_extension_it_needs(postgis_database, gz) -> None:
    with open_store(postgis_database("plain", template="template1"), gazetteer=gz) as s:
        assert s.count() == 13 and s.integrity_ok()
        assert {r[0] for r in s.con.execute("SELECT extname FROM pg_extension")} >= {"postgis", "amcheck"}


def test_store_opens_and_reads_during_an_import(store_target, tmp_path: Path, gz) -> None:
    target = store_target("busy")
    with open_store(target, gazetteer=gz) as s:
        before = s.version()
    proc = _paused_import(target, _big_csv(tmp_path))
    try:
        started = time.monotonic()
        with open_store(target, gazetteer=gz) as s:  # the import holds the writer lock: readers do not wait for it
            assert s.version() == before and len(s.frame()) == 13
        assert time.monotonic() - started < 10
    finally:
        _kill(proc)


def test_postgis_unreachable_server_is_a_store_error_without_the_password() -> None:
    with pytest.raises(StoreError, match=r"cannot connect to the event store postgresql://ana@127\.0\.0\.1:1/strikemap: .*refused") as err:
        open_store("postgresql://ana:s3cret@127.0.0.1:1/strikemap")
    assert "s3cret" not in str(err.value)
