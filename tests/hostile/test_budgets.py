"""Files that lie about their size (red team, issue 18, items 1, 2, 4 and 12), uploaded as the
dashboard uploads them, each in a child process whose peak memory is measured: a GeoPackage's
stored feature count decides nothing, a wide header is refused before any reader sets memory
aside for it, a quote still open at the end of the file and a column named twice refuse the
file, naming the row and field or the column. See :mod:`tests.hostile.budget_check`."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from geo.formats import ImportFormatError, import_into
from geo.store import open_store

from .budget_check import ROOT, duplicate_latitude, events_gpkg, truncated_quote_all, upload, wide_header

BUDGET_MB = 1024


def _rows(gpkg) -> int:
    con = sqlite3.connect(gpkg)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


def test_a_geopackage_that_understates_its_count_loses_no_row(tmp_path):
    gpkg = events_gpkg(tmp_path / "five.gpkg", claimed=5)
    real = _rows(gpkg)
    assert real == 13, "the reviewed data's 13 events"
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = import_into(s, gpkg)
        assert report.added == real == s.count()
    assert any("says its layer 'events' has 5 features, but it has 13 rows" in n for n in report.notes), report.notes
    assert "stored count is wrong" in str(report)


def test_the_command_line_says_the_stored_count_was_wrong(tmp_path):
    gpkg = events_gpkg(tmp_path / "five.gpkg", claimed=5)
    r = subprocess.run([sys.executable, "-m", "geo", "import", str(gpkg), "--db", str(tmp_path / "s.sqlite")], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "0 added, 13 skipped as duplicates" in r.stdout, "all 13 read (the store holds them as curated events)"
    assert "has 5 features, but it has 13 rows" in r.stdout, r.stdout


def test_a_geopackage_claiming_30_million_features_costs_the_memory_of_its_real_rows(tmp_path):
    gpkg = events_gpkg(tmp_path / "huge.gpkg", claimed=30_000_000)
    assert gpkg.stat().st_size < 200_000
    got = upload(gpkg, tmp_path / "session.sqlite")
    assert not got.crashed, got.message
    assert got.ok and got.added == 13, got.message
    assert got.peak_mb < BUDGET_MB, f"peak {got.peak_mb:.0f} MB"
    assert "30,000,000 features" in got.message and "/.upload-" not in got.message, "the note names the upload, not its private copy"


def test_a_wide_header_is_refused_before_it_costs_memory(tmp_path):
    got = upload(wide_header(tmp_path / "wide.csv"), tmp_path / "session.sqlite")
    assert not got.crashed, got.message
    assert not got.ok
    assert "more than 1,000 columns" in got.message and "STRIKEMAP_MAX_IMPORT_COLUMNS" in got.message, got.message
    assert got.peak_mb < BUDGET_MB, f"peak {got.peak_mb:.0f} MB"


def test_the_column_budget_is_a_setting(tmp_path, monkeypatch):
    path = wide_header(tmp_path / "wide.csv", columns=50)
    monkeypatch.setenv("STRIKEMAP_MAX_IMPORT_COLUMNS", "60")
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(ImportFormatError, match="more than 60 columns"):
            import_into(s, path)
    monkeypatch.setenv("STRIKEMAP_MAX_IMPORT_COLUMNS", "200")
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(ImportFormatError, match="no events in .*it has a header and no rows"):
            import_into(s, path)  # under the limit, the header is read: the file has no rows


def test_a_file_cut_inside_its_last_quoted_field_is_refused(tmp_path):
    path = truncated_quote_all(tmp_path / "cut.csv")
    assert path.read_text().endswith(',"1707350')
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(ImportFormatError, match=r"cut\.csv, row 3, field 'timestamp': the file ends inside this quoted field"):
            import_into(s, path)
        assert s.count() == 0


def test_a_bare_quote_inside_an_unquoted_field_is_not_a_truncation(tmp_path):
    from .budget_check import DATA

    lines = (DATA / "acled_export.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",Deir ez-Zor,", ',Deir 5" ez-Zor,', 1)  # an odd number of quotes in the file, none open
    assert 'Deir 5" ez-Zor' in lines[1]
    path = tmp_path / "inch.csv"
    path.write_text("".join(lines), encoding="utf-8")
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = import_into(s, path)
    assert report.added == 3


def test_a_column_named_twice_is_refused_naming_it(tmp_path):
    path = duplicate_latitude(tmp_path / "dup.csv")
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(ImportFormatError, match=r"dup\.csv: the header names the column 'latitude' 2 times \(columns 23, 32\)"):
            import_into(s, path)
        assert s.count() == 0
