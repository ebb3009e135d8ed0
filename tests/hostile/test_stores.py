"""Stores under hostile conditions (red team, issue 18, items 7 and 10): another application's
SQLite file is refused without being touched; an import waiting behind another says so and gives
up with a message; a read-only store can be listed and exported; a full disk is a message; the
dashboard on a damaged store shows a message with no traceback and no path. Real files, real
processes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "geo" / "data"


def geo(*args: str, env: dict | None = None, preexec=None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, preexec_fn=preexec)


def _state(path: Path) -> tuple:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def _journal(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


def _foreign(path: Path, extra_ours: bool = False) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ada', '555-0100')")
    if extra_ours:
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("extra_ours", [False, True], ids=["another-app", "ours-and-another"])
@pytest.mark.parametrize("command", [["list"], ["import", str(DATA / "acled_export.csv")], ["export", "--format", "csv"]])
def test_another_applications_sqlite_file_is_refused_untouched(tmp_path, command, extra_ours):
    db = _foreign(tmp_path / "contacts.db", extra_ours)
    before = _state(db)
    assert _journal(db) == "delete"
    time.sleep(0.01)
    r = geo(*command, "--db", str(db))
    assert r.returncode != 0
    assert "not a strikemap store" in r.stderr and "'contacts'" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert _state(db) == before, "not one byte, not the modification time"
    assert _journal(db) == "delete", "never switched to WAL"
    assert not Path(str(db) + "-wal").exists()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")} == ({"contacts", "meta"} if extra_ours
                                                                                                 else {"contacts"})
    con.close()


def test_an_empty_sqlite_file_becomes_a_store(tmp_path):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).execute("VACUUM").connection.close()
    r = geo("list", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert _journal(db) == "wal"


def test_a_text_file_given_as_the_store_is_refused_untouched(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n")
    before = _state(db)
    r = geo("list", "--db", str(db))
    assert r.returncode != 0 and "not a strikemap store" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert _state(db) == before


_HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO meta VALUES ('held', 'by a test')")
print("HOLDING", flush=True)
time.sleep(120)
"""


def test_an_import_behind_another_waits_then_says_who_holds_the_store(tmp_path):
    db = tmp_path / "s.sqlite"
    assert geo("list", "--db", str(db)).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "HOLDING"
        r = geo("import", str(DATA / "acled_export.csv"), "--db", str(db), env={"STRIKEMAP_BUSY_TIMEOUT": "3"})
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "database is locked" not in r.stderr.split("(")[0], r.stderr
    assert "waiting: another import is writing" in r.stderr, r.stderr
    assert "held by another import: waited 3 s" in r.stderr and "STRIKEMAP_BUSY_TIMEOUT" in r.stderr, r.stderr
    assert geo("import", str(DATA / "acled_export.csv"), "--db", str(db)).returncode == 0, "once released, the import runs"


@pytest.fixture
def read_only_store(tmp_path):
    """A store with events, read-only: its folder bind-mounted read-only for root (as the red team's
    read-only mount; file modes do not stop root), the file and folder made read-only otherwise."""
    folder = tmp_path / "rw"
    folder.mkdir()
    db = folder / "s.sqlite"
    assert geo("import", str(DATA / "acled_export.csv"), "--db", str(db)).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    env = {"STRIKEMAP_CACHE": str(out / "cache")}
    if os.geteuid() != 0:
        db.chmod(0o444)
        folder.chmod(0o555)
        yield db, out, env
        folder.chmod(0o755)
        return
    view = tmp_path / "ro"
    view.mkdir()
    mount = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True, text=True)
    if mount.returncode:
        pytest.fail(f"cannot bind-mount as root: {mount.stderr}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True, capture_output=True)
        yield view / "s.sqlite", out, env
    finally:
        subprocess.run(["umount", str(view)], check=True, capture_output=True)


def test_a_read_only_store_lists_and_exports(read_only_store):
    db, out, env = read_only_store
    preexec = None
    with pytest.raises(OSError):
        open(db, "r+b").close()  # really read-only
    before = _state(db)
    r = geo("list", "--db", str(db), env=env, preexec=preexec)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("16 events"), r.stdout
    r = geo("export", "--format", "csv", "-o", str(out / "x.csv"), "--db", str(db), env=env, preexec=preexec)
    assert r.returncode == 0, r.stderr
    assert (out / "x.csv").read_text().count("\n") == 17
    r = geo("import", str(DATA / "ucdp_ged.csv"), "--db", str(db), env=env, preexec=preexec)
    assert r.returncode != 0 and "read-only" in r.stderr and "not a strikemap store" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert _state(db) == before


_FSIZE = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from geo.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _limited(limit: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _FSIZE, str(limit), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_full_disk_during_an_import_is_a_message_and_nothing_is_written(tmp_path):
    from tests.hostile.durability_check import big_acled, event_ids

    db = tmp_path / "s.sqlite"
    assert geo("list", "--db", str(db)).returncode == 0
    before = event_ids(db)
    big = big_acled(tmp_path / "big.csv", n=3000)
    r = _limited(db.stat().st_size + 64 * 1024, "import", str(big), "--db", str(db))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "disk is full" in r.stderr, r.stderr
    assert event_ids(db) == before


@pytest.mark.parametrize(("fmt", "says"), [("csv", "may grow no more"), ("geojson", "is the disk full?")])
def test_a_full_disk_during_an_export_is_a_message_and_leaves_the_old_file(tmp_path, fmt, says):
    from tests.hostile.durability_check import big_acled

    db, out = tmp_path / "s.sqlite", tmp_path / f"out.{fmt}"
    assert geo("import", str(big_acled(tmp_path / "big.csv", n=3000)), "--db", str(db)).returncode == 0
    out.write_text("previous")
    r = _limited(256 * 1024, "export", "--format", fmt, "-o", str(out), "--force", "--db", str(db))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and says in r.stderr and "othing was written there" in r.stderr, r.stderr
    assert out.read_text() == "previous"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".strikemap-")]


@pytest.mark.parametrize("damage", ["text", "foreign", "truncated"])
def test_the_dashboard_on_a_damaged_store_shows_a_message_without_traceback_or_path(tmp_path, monkeypatch, damage):
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "secret-folder" / "events.sqlite"
    db.parent.mkdir()
    if damage == "text":
        db.write_text("not a database\n" * 100)
    elif damage == "foreign":
        _foreign(db)
    else:
        assert geo("import", str(DATA / "acled_export.csv"), "--db", str(db)).returncode == 0
        data = db.read_bytes()
        db.write_bytes(data[:100] + b"\x00" * 4000 + data[4100: len(data) // 2])
    monkeypatch.setenv("STRIKEMAP_DB", str(db))
    monkeypatch.setenv("STRIKEMAP_SESSIONS", str(tmp_path / "sessions"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    shown = " ".join(str(getattr(e, "value", "")) for e in (*at.info, *at.error, *at.warning, *at.markdown, *at.caption))
    assert "The event store cannot be read" in shown, shown
    assert "secret-folder" not in shown and str(tmp_path) not in shown
