"""The event store: one SQLite file (WAL, transactions, a schema version) that loses nothing.

The curated dataset is always there as the base layer (refreshed when the data files change);
imports persist across restarts. An import is one transaction: all its rows or none, even when
the process is killed half way. Re-importing adds nothing: an event id already stored, or (for
rows without an id) the same date + place + actors, counts as a duplicate.

``STRIKEMAP_DB`` names the file (default ``strikemap.sqlite`` in the cache directory).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd

from gazetteer.populated import cache_dir

from .events import dedup_key, to_frame
from .schema import COLUMNS

__all__ = ["EventStore", "ImportReport", "default_db_path", "SCHEMA_VERSION", "StoreError"]

SCHEMA_VERSION = 1
_JSON = ("sources", "conflicts")
_INTS = ("year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp", "injuries")
_REALS = ("latitude", "longitude")


class StoreError(RuntimeError):
    """The store file cannot be used (newer schema, not a strikemap store)."""


def default_db_path() -> Path:
    env = os.environ.get("STRIKEMAP_DB")
    return Path(env) if env else cache_dir() / "strikemap.sqlite"


@dataclass
class ImportReport:
    """What an import did: rows added, skipped as duplicates, refused (with a rejects file)."""

    file: str
    format: str
    added: int = 0
    duplicates: int = 0
    refused: int = 0
    rejects_path: str | None = None
    added_ids: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        s = f"{self.file} ({self.format}): {self.added} added, {self.duplicates} skipped as duplicates, {self.refused} refused"
        return s + (f"; rejected rows written to {self.rejects_path}" if self.rejects_path else "")


def _coltype(c: str) -> str:
    return "INTEGER" if c in _INTS else "REAL" if c in _REALS else "TEXT"


class EventStore:
    """An event store in one SQLite file.

    Parameters
    ----------
    path : path, optional
        The file; default :func:`default_db_path`. Created when missing.
    curated : bool
        Load (or refresh) the curated base layer on open.
    """

    def __init__(self, path: str | Path | None = None, *, curated: bool = True, gazetteer=None) -> None:
        self.path = Path(path) if path else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._gz = gazetteer
        self.con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.execute("PRAGMA foreign_keys=ON")
        self._migrate()
        if curated:
            self.refresh_curated()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------------

    def _migrate(self) -> None:
        with self.transaction() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = cur.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row and int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path} has schema version {row[0]}, newer than this strikemap ({SCHEMA_VERSION}): upgrade strikemap")
            cols = ",\n".join(f"{c} {_coltype(c)}" for c in COLUMNS if c != "event_id_cnty")
            cur.execute(f"""CREATE TABLE IF NOT EXISTS events (
                id INTEGER PRIMARY KEY,
                event_id_cnty TEXT NOT NULL UNIQUE,
                dedup_key TEXT NOT NULL,
                import_id INTEGER REFERENCES imports(id),
                {cols})""")
            cur.execute("""CREATE TABLE IF NOT EXISTS imports (
                id INTEGER PRIMARY KEY, file TEXT NOT NULL, format TEXT NOT NULL, at TEXT NOT NULL,
                added INTEGER NOT NULL, duplicates INTEGER NOT NULL, refused INTEGER NOT NULL)""")
            cur.execute("CREATE INDEX IF NOT EXISTS events_dedup ON events(dedup_key)")
            cur.execute("CREATE INDEX IF NOT EXISTS events_date ON events(event_date)")
            cur.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Cursor]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (a killed process rolls back too)."""
        cur = self.con.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------------

    @staticmethod
    def _row(rec: dict[str, Any]) -> list[Any]:
        out = []
        for c in COLUMNS:
            v = rec.get(c)
            if c in _JSON:
                v = json.dumps(v or ([] if c == "sources" else {}), ensure_ascii=False, sort_keys=True)
            elif c == "event_date":
                v = v.isoformat() if isinstance(v, date) else str(v)
            elif v is None or (c not in _INTS and c not in _REALS and v == ""):
                v = None if c in _INTS or c in _REALS else ""
            out.append(v)
        return out

    def _insert(self, cur: sqlite3.Cursor, records: list[dict[str, Any]], import_id: int | None,
                progress: bool | Callable[[int, int], None] = False) -> tuple[int, int, list[str]]:
        cols = ", ".join(["event_id_cnty", "dedup_key", "import_id", *[c for c in COLUMNS if c != "event_id_cnty"]])
        marks = ", ".join("?" * (3 + len(COLUMNS) - 1))
        sql = f"INSERT INTO events ({cols}) VALUES ({marks})"
        added, dups, ids = 0, 0, []
        pause_at = int(os.environ.get("STRIKEMAP_TEST_PAUSE_AFTER_ROWS", "0") or 0)
        bar = _bar(len(records), progress is True)
        tick = progress if callable(progress) else None
        every = max(len(records) // 100, 1)
        for n, rec in enumerate(records, start=1):
            key = dedup_key(rec)
            if rec.get("_id_generated"):
                exists = cur.execute("SELECT 1 FROM events WHERE event_id_cnty = ? OR dedup_key = ? LIMIT 1",
                                     (rec["event_id_cnty"], key)).fetchone()
            else:
                exists = cur.execute("SELECT 1 FROM events WHERE event_id_cnty = ?", (rec["event_id_cnty"],)).fetchone()
            if exists:
                dups += 1
            else:
                row = self._row(rec)
                cur.execute(sql, [row[0], key, import_id, *row[1:]])
                added += 1
                ids.append(rec["event_id_cnty"])
            if bar:
                bar.update(1)
            if tick and (n % every == 0 or n == len(records)):
                tick(n, len(records))
            if pause_at and n == pause_at:  # durability tests kill the process here, mid-transaction
                print(f"PAUSED after {n} rows", file=sys.stderr, flush=True)
                time.sleep(3600)
        if bar:
            bar.close()
        return added, dups, ids

    def refresh_curated(self) -> None:
        """Make the curated base layer match the data files (no-op when they have not changed)."""
        from .curated import curated_digest, curated_records

        digest = curated_digest()
        row = self.con.execute("SELECT value FROM meta WHERE key='curated_digest'").fetchone()
        if row and row[0] == digest:
            return
        records = curated_records(self._gz)
        with self.transaction() as cur:
            cur.execute("DELETE FROM events WHERE layer = 'curated' AND import_id IS NULL")
            self._insert(cur, records, None)
            cur.execute("INSERT OR REPLACE INTO meta VALUES ('curated_digest', ?)", (digest,))

    def add_records(self, records: list[dict[str, Any]], *, file: str = "(records)", format: str = "records",
                    refused: int = 0, progress: bool | Callable[[int, int], None] = False) -> ImportReport:
        """Write validated records in one transaction; duplicates are counted, not written.

        ``progress``: True for a bar on standard error, or a function called with (rows done,
        rows in all) about a hundred times (the dashboard's progress bar)."""
        report = ImportReport(file=file, format=format, refused=refused)
        with self.transaction() as cur:
            cur.execute("INSERT INTO imports (file, format, at, added, duplicates, refused) VALUES (?, ?, datetime('now'), 0, 0, ?)",
                        (file, format, refused))
            import_id = cur.lastrowid
            report.added, report.duplicates, report.added_ids = self._insert(cur, records, import_id, progress)
            cur.execute("UPDATE imports SET added = ?, duplicates = ? WHERE id = ?", (report.added, report.duplicates, import_id))
        return report

    def import_file(self, path: str | Path, *, format: str | None = None, skip_bad: bool = False,
                    progress: bool | Callable[[int, int], None] = False) -> ImportReport:
        """Import a file, all or nothing (see :func:`geo.importers.import_into`)."""
        from .importers import import_into

        return import_into(self, path, format=format, skip_bad=skip_bad, progress=progress)

    # -- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM events").fetchone()[0]

    def records(self) -> list[dict[str, Any]]:
        cur = self.con.execute(f"SELECT {', '.join(COLUMNS)} FROM events ORDER BY event_date, event_id_cnty")
        out = []
        for row in cur:
            rec = dict(zip(COLUMNS, row, strict=True))
            for c in _JSON:
                rec[c] = json.loads(rec[c]) if rec[c] else ([] if c == "sources" else {})
            rec["event_date"] = date.fromisoformat(rec["event_date"])
            out.append(rec)
        return out

    def frame(self) -> gpd.GeoDataFrame:
        """Every stored event as the typed GeoDataFrame."""
        return to_frame(self.records())

    def integrity_ok(self) -> bool:
        return self.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _bar(total: int, show: bool):
    if not show or total < 1:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="writing events", unit=" rows", file=sys.stderr, leave=False)
