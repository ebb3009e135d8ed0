"""Files we write (red team, issue 18, items 5, 11 and 14): whole or not at all, never through a
symbolic link, never over an existing file without ``--force``, and a clear message for a file
name the file system cannot take. Everything runs through the real command line."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.session import import_upload

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "geo" / "data"


def geo(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def _with_bad_row(path: Path) -> Path:
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    rows[1][rows[0].index("event_date")] = "31 February 2024"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _ids(db: Path) -> set[str]:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT event_id_cnty FROM events WHERE import_id IS NOT NULL")}
    finally:
        con.close()


def test_skip_bad_never_writes_through_a_symlink(tmp_path):
    src = _with_bad_row(tmp_path / "a.csv")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (tmp_path / "a.csv.rejects.csv").symlink_to(victim)
    r = geo("import", str(src), "--skip-bad", "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0
    assert "symbolic link" in r.stderr and "a.csv.rejects.csv" in r.stderr, r.stderr
    assert victim.read_text() == "precious\n"
    r = geo("import", str(src), "--skip-bad", "--force", "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0 and "symbolic link" in r.stderr, "--force replaces files, never links"
    assert victim.read_text() == "precious\n"
    assert _ids(tmp_path / "s.sqlite") == set(), "refused before anything was imported"


def test_skip_bad_never_overwrites_a_rejects_file_without_force(tmp_path):
    src = _with_bad_row(tmp_path / "a.csv")
    rejects = tmp_path / "a.csv.rejects.csv"
    rejects.write_text("my notes\n")
    r = geo("import", str(src), "--skip-bad", "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0 and "exists already" in r.stderr and "--force" in r.stderr, r.stderr
    assert rejects.read_text() == "my notes\n"
    r = geo("import", str(src), "--skip-bad", "--force", "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode == 0, r.stderr
    assert "31 February 2024" in rejects.read_text()
    assert len(_ids(tmp_path / "s.sqlite")) == 2


@pytest.mark.parametrize("fmt", ["csv", "gpkg", "html"])
def test_export_never_replaces_a_file_without_force(tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(b"previous")
    r = geo("export", "--format", fmt, "-o", str(out), "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0 and "exists already" in r.stderr and "--force" in r.stderr, r.stderr
    assert out.read_bytes() == b"previous"
    r = geo("export", "--format", fmt, "-o", str(out), "--force", "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() != b"previous" and out.stat().st_size > 100
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".strikemap-")] == [], "no temporary file is left behind"


def test_export_never_writes_through_a_symlink(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (tmp_path / "out.csv").symlink_to(victim)
    for extra in ([], ["--force"]):
        r = geo("export", "--format", "csv", "-o", str(tmp_path / "out.csv"), *extra, "--db", str(tmp_path / "s.sqlite"))
        assert r.returncode != 0 and "symbolic link" in r.stderr, r.stderr
    assert victim.read_text() == "precious\n" and (tmp_path / "out.csv").is_symlink()


# The export's CSV writer, paused half way through writing its file (from outside the product, as
# tests/pause_writes.py pauses store writes): whatever path the exporter gave it holds half a file.
_PAUSED_EXPORT = """
import sys, time
import pandas as pd
real = pd.DataFrame.to_csv
def half_then_pause(self, path, *args, **kw):
    kw.pop("encoding", None)
    text = real(self, None, *args, **kw)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text[: len(text) // 2])
        fh.flush()
        print("PAUSED", file=sys.stderr, flush=True)
        time.sleep(3600)
pd.DataFrame.to_csv = half_then_pause
from geo.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_export_leaves_the_previous_file_intact(tmp_path):
    db, out = tmp_path / "s.sqlite", tmp_path / "out.csv"
    assert geo("export", "--format", "csv", "-o", str(out), "--db", str(db)).returncode == 0
    previous = out.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED_EXPORT, "export", "--format", "csv", "-o", str(out), "--force",
                             "--from", "2024-02-04", "--db", str(db)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "PAUSED" not in proc.stderr.readline():
            assert proc.poll() is None, "the export ended before it was half written"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert out.read_bytes() == previous, "the previous export is intact"


def test_an_emoji_file_name_over_255_bytes_gets_a_clear_message(tmp_path):
    name = "\U0001f4a5" * 70 + ".csv"  # 284 bytes
    r = geo("export", "--format", "csv", "-o", str(tmp_path / name), "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0
    assert "File name too long" not in r.stderr and "Traceback" not in r.stderr
    assert "284 bytes long, over the 255-byte limit" in r.stderr, r.stderr


def test_an_upload_with_an_emoji_file_name_over_255_bytes_imports(tmp_path):
    name = "\U0001f4a5" * 70 + ".csv"
    out = import_upload(tmp_path / "sessions" / "a.sqlite", name, (DATA / "acled_export.csv").read_bytes())
    assert out.ok, out.message
    assert out.report.added == 3 and len(out.report.file.encode()) <= 200 and out.report.file.endswith(".csv")


def test_the_dev_zero_device_is_not_a_regular_file(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    r = geo("import", "/dev/zero", "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0
    assert "not a regular file" in r.stderr and "UTF-16" not in r.stderr, r.stderr


def test_a_fifo_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "endless.csv"
    os.mkfifo(fifo)
    r = geo("import", str(fifo), "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode != 0 and "not a regular file" in r.stderr, r.stderr


def test_the_library_refuses_to_replace_a_file_too(tmp_path):
    from common import UnsafeOutput
    from geo.formats import export_events
    from geo.store import open_store

    with open_store(tmp_path / "s.sqlite") as s:
        gdf = s.frame()
    out = tmp_path / "x.geojson"
    shutil.copy(DATA / "acled_export.csv", out)
    with pytest.raises(UnsafeOutput, match="exists already"):
        export_events(gdf, "geojson", out)
    export_events(gdf, "geojson", out, force=True)
    assert out.read_text().startswith("{")
