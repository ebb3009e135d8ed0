"""CSV injection (red team, issue 18): text that a spreadsheet would run as a formula is written
neutralised in every CSV we write (exports, "My additions", rejects files), numbers stay numbers;
an import keeps every character it reads, the neutralising quote included."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from common import spreadsheet_safe
from geo.formats import export_events
from geo.store import open_store

DATA = Path(__file__).resolve().parents[1] / "geo" / "data"
FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1+1"]


def _acled_with_notes(path: Path, notes: list[str]) -> Path:
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    at = rows[0].index("notes")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(rows[0])
        for i, note in enumerate(notes):
            r = list(rows[1 + i % 3])
            r[0], r[at] = f"XLS{i:03d}", note
            w.writerow(r)
    return path


def test_exported_csv_neutralises_formulas_and_reads_back(tmp_path):
    src = _acled_with_notes(tmp_path / "a.csv", FORMULAS)
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        s.import_file(src)
        gdf = s.frame()
    stored = set(gdf["notes"])
    out = tmp_path / "out.csv"
    export_events(gdf, "csv", out)
    cells = [c for row in csv.reader(open(out, encoding="utf-8")) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t") or (c.startswith("-") and not c.lstrip("-").replace(".", "").isdigit())]
    assert "'@SUM(1)" in cells and "'=HYPERLINK(\"http://evil.example\",\"x\")" in cells
    with open_store(tmp_path / "back.sqlite", curated=False) as s:
        s.import_file(out)
        back = set(s.frame()["notes"])
    assert back == {spreadsheet_safe(n) for n in stored}, "the quote is kept: an import never drops a character"
    export_events(gdf.assign(notes=gdf["notes"].map(spreadsheet_safe)), "csv", tmp_path / "again.csv")
    assert "''@SUM(1)" not in open(tmp_path / "again.csv", encoding="utf-8").read(), "a neutralised text is not quoted twice"


@pytest.mark.parametrize("number", ["-12", "-3.5", "+7"])
def test_numbers_stay_numbers(number):
    assert spreadsheet_safe(number) == number


def test_a_rejects_file_neutralises_formulas_too(tmp_path):
    src = _acled_with_notes(tmp_path / "b.csv", ["=1+1"])
    rows = list(csv.reader(open(src, encoding="utf-8")))
    rows[1][rows[0].index("event_date")] = "=NOW()"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = s.import_file(src, skip_bad=True)
    cells = [c for row in csv.reader(open(report.rejects_path, encoding="utf-8")) for c in row]
    assert "'=NOW()" in cells and "=NOW()" not in cells
