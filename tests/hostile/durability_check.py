"""Writes killed with SIGKILL half way: an import on the command line, ``ingest --save``, and an
upload in the running dashboard. Each is paused inside its transaction (run through
``tests.pause_writes``, which prints ``PAUSED after N rows`` and sleeps), killed there, and
the store file is then checked before any store code opens it: SQLite's integrity check passes
and it holds exactly the events of before, or (had the write finished) of after, never a part.
"After" is measured, not assumed: the same write runs to its end on a copy of the store first.

Used by ``tests/hostile/test_durability.py`` and by ``scripts/hostile_input_report.py``.
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.browserkit import ROOT, UPLOAD_INPUT, marks, serve

DATA = ROOT / "tests" / "geo" / "data"
#: Articles reporting six distinct attacks (dates in March 2024, after the curated data ends).
PLACES = ("the Al-Tanf garrison in Syria", "Ain al-Asad air base in Iraq", "Erbil air base in Iraq",
          "Mission Support Site Euphrates in Syria", "Tower 22 in Jordan", "the Shaddadi base in Syria")


@dataclass(frozen=True, slots=True)
class KillResult:
    """One killed write: the events (ids) before, after a finished run, and after the kill."""

    what: str
    paused_at: int
    before: frozenset[str]
    finished: frozenset[str]
    after_kill: frozenset[str]
    integrity: str

    @property
    def survived(self) -> bool:
        """The file is sound and holds the before or the after state, whole; and the write was
        one that changes something (else the check could not fail)."""
        return self.integrity == "ok" and self.finished != self.before and self.after_kill in (self.before, self.finished)

    def __str__(self) -> str:
        state = "before" if self.after_kill == self.before else "after" if self.after_kill == self.finished else "PARTIAL"
        return (f"{self.what}: killed after {self.paused_at} rows; integrity {self.integrity}; holds the {state} state "
                f"({len(self.after_kill)} events; before {len(self.before)}, finished {len(self.finished)})")


def event_ids(path: Path) -> frozenset[str]:
    """The event ids in a SQLite store file, read with sqlite3 only (no store code); empty when absent."""
    if not path.exists():
        return frozenset()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE name='events'").fetchone()
        return frozenset(r[0] for r in con.execute("SELECT event_id_cnty FROM events")) if has else frozenset()
    finally:
        con.close()


def integrity(path: Path) -> str:
    if not path.exists():
        return "ok"  # never created: nothing to break
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def big_acled(path: Path, n: int = 300, prefix: str = "BIG") -> Path:
    """An ACLED export of ``n`` events (the sample's three rows, each with a new id)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(DATA / "acled_export.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(rows[0])
        for i in range(n):
            r = list(rows[1 + i % 3])
            r[0] = f"{prefix}{i:05d}"
            w.writerow(r)
    return path


def articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, place in enumerate(PLACES, start=1):
        p = folder / f"report{i}.txt"
        p.write_text(f"March {2 * i}, 2024\nOn {2 * i} March 2024 a drone attack struck {place}, officials said. "
                     "The Islamic Resistance in Iraq claimed the attack.\n", encoding="utf-8")
        out.append(p)
    return out


def _env(pause: int | None = None) -> dict[str, str]:
    return dict(os.environ)


def _paused(pause: int, *cmd: str) -> list[str]:
    """``python -m ...`` with its store writes paused after ``pause`` rows (:mod:`tests.pause_writes`)."""
    return [sys.executable, "-m", "tests.pause_writes", str(pause), *cmd]


def _prepared_store(path: Path) -> None:
    """A store with the curated events, made by the command line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "geo", "list", "--db", str(path)], cwd=ROOT, env=_env(None),
                   check=True, capture_output=True)


def _wait_paused(stream_line, proc: subprocess.Popen, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream_line()
        if line.startswith("PAUSED after "):
            return int(line.split()[2])
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError("the write never reached the middle of its transaction")


def _killed_cli(what: str, args: list[str], store: Path, pause: int) -> KillResult:
    _prepared_store(store)
    before = event_ids(store)
    control = store.with_name("control-" + store.name)
    shutil.copy(store, control)
    subprocess.run([sys.executable, "-m", "geo", *args, "--db", str(control)], cwd=ROOT, env=_env(None),
                   check=True, capture_output=True)
    finished = event_ids(control)
    proc = subprocess.Popen(_paused(pause, "-m", "geo", *args, "--db", str(store)), cwd=ROOT, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    paused = _wait_paused(proc.stderr.readline, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return KillResult(what, paused, before, finished, event_ids(store), integrity(store))


def killed_import(workdir: Path) -> KillResult:
    """``python -m geo import`` of 300 events, killed after 150."""
    big = big_acled(workdir / "big.csv")
    return _killed_cli("import (command line)", ["import", str(big)], workdir / "import" / "events.sqlite", 150)


def killed_ingest_save(workdir: Path) -> KillResult:
    """``python -m geo ingest --save`` of six reported attacks, killed after three."""
    files = [str(p) for p in articles(workdir / "articles")]
    return _killed_cli("ingest --save (command line)", ["ingest", *files, "--save"], workdir / "ingest" / "events.sqlite", 3)


def killed_upload(browser, workdir: Path) -> tuple[KillResult, bool]:
    """An upload of 300 events in the running dashboard, the server killed after 150 rows: the
    session's store is checked, and whether the shared store (which an upload never writes) is as before."""
    big = big_acled(workdir / "upload.csv")
    shared = workdir / "shared" / "events.sqlite"
    _prepared_store(shared)
    shared_before = event_ids(shared)
    sessions = workdir / "sessions"
    control = workdir / "control" / "session.sqlite"
    control.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", "import sys; from geo.session import import_upload; "
                    "o = import_upload(sys.argv[1], 'upload.csv', open(sys.argv[2], 'rb').read()); sys.exit(not o.ok)",
                    str(control), str(big)], cwd=ROOT, env=_env(None), check=True, capture_output=True)
    finished = event_ids(control)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        with serve(workdir / "app", store=shared, env={"STRIKEMAP_SESSIONS": str(sessions)}, pause_writes=150) as server:
            page = context.new_page()
            page.goto(server.url, wait_until="domcontentloaded")
            marks(page)
            page.locator(UPLOAD_INPUT).set_input_files(str(big))
            deadline = time.monotonic() + 120
            while "PAUSED after 150 rows" not in server.log_text() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert "PAUSED after 150 rows" in server.log_text(), server.log_text()[-2000:]
            server.proc.send_signal(signal.SIGKILL)
            server.proc.wait(timeout=30)
    finally:
        context.close()
    stores = sorted(sessions.glob("*.sqlite"))
    assert len(stores) == 1, f"expected one session store, found {stores}"
    session = KillResult("dashboard upload (the session's store)", 150, frozenset(), finished, event_ids(stores[0]),
                         integrity(stores[0]))
    return session, integrity(shared) == "ok" and event_ids(shared) == shared_before
