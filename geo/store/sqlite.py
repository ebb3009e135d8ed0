"""The SQLite event store: one file, WAL, one transaction per import (see :mod:`geo.store`)."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pandas as pd

from common import settings

from ..model import INT_COLUMNS, TABLE_COLUMNS, Bounds, table_rows
from .base import SCHEMA_VERSION, EventStore, StoreError

__all__ = ["SQLiteStore"]


_BUSY_WAIT_S = 1.0  # one attempt's wait for a lock; _begin retries up to STRIKEMAP_BUSY_TIMEOUT
_OURS = {"meta", "events", "imports"}


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(path, timeout=_BUSY_WAIT_S, isolation_level=None, check_same_thread=False)
    uri = path.resolve().as_uri()
    con = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=_BUSY_WAIT_S, isolation_level=None, check_same_thread=False)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        con.close()
    # a WAL file in a folder that cannot be written: SQLite cannot make its shared-memory file, so read
    # the file as it is (nothing can change it: no one can write there)
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _check_ours(path: Path) -> None:
    """StoreError when ``path`` holds something that is not a strikemap store (another
    application's database, a text file, our tables beside others), read without changing it:
    a new or empty file, or an empty SQLite database, is ours to fill."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store ({err.strerror or err})") from err
    if head != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a strikemap store (not a SQLite file); it was left as it is: give --db a new file")
    try:
        con = _connect(path, read_only=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")}
            version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() if "meta" in names else None
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} is not a strikemap store ({err}); it was left as it is") from err
    if not names:
        return
    if not names <= _OURS or version is None:
        other = sorted(names - _OURS) or sorted(names)
        raise StoreError(f"{path} is not a strikemap store: it holds another application's tables ({', '.join(map(repr, other[:6]))}"
                         f"{' …' if len(other) > 6 else ''}); it was left as it is, untouched: give --db a new file")


def _disk_trouble(err: sqlite3.Error) -> bool:
    return "full" in str(err) or "disk I/O" in str(err)


def _disk_full(path: Path, err: sqlite3.Error) -> str:
    return (f"{path}: the disk is full, or the file may grow no more (SQLite: {err}): nothing was written, the store holds what it "
            "held before; free space and try again")


def _coltype(c: str) -> str:
    return "INTEGER" if c in INT_COLUMNS else "REAL" if c in ("latitude", "longitude") else "TEXT"


class SQLiteStore(EventStore):
    """An event store in one SQLite file.

    Parameters
    ----------
    path : path
        The file; created when missing.
    curated : bool
        Load (or refresh) the curated base layer on open.
    """

    def __init__(self, path: str | Path, *, curated: bool = True, gazetteer=None) -> None:
        self.path = Path(path)
        self.name = str(self.path)
        self._gz = gazetteer
        self.read_only = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _check_ours(self.path)  # read-only: a file that is not ours is refused as it was, never switched to WAL
        self.read_only = self.path.exists() and not (os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK))
        try:
            self.con = _connect(self.path, read_only=self.read_only)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot open the store ({err})") from err
        try:
            if not self.read_only:
                self.con.execute("PRAGMA journal_mode=WAL")
                self.con.execute("PRAGMA synchronous=NORMAL")
            self.con.execute("PRAGMA foreign_keys=ON")
            self.con.execute("PRAGMA cache_size=-65536")  # 64 MB: a million-row import keeps its indexes in memory
            self._migrate()
        except sqlite3.OperationalError as err:
            self.con.close()
            if "locked" in str(err) or "busy" in str(err):
                raise StoreError(f"{self.path} is busy: another import is writing ({err})") from err
            if _disk_trouble(err):
                raise StoreError(_disk_full(self.path, err)) from err
            if "readonly" in str(err) or "read-only" in str(err):
                raise StoreError(f"{self.path} is read-only and cannot be opened for writing ({err})") from err
            raise StoreError(f"{self.path} is not a strikemap store ({err})") from err
        except sqlite3.DatabaseError as err:
            self.con.close()
            raise StoreError(f"{self.path} is not a strikemap store ({err})") from err
        except BaseException:
            self.con.close()
            raise
        if curated and not self.read_only:
            self.refresh_curated()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        if self.read_only and not self.con.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone():
            raise StoreError(f"{self.path} is read-only and empty: there is no store to read")
        has_meta = self.con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        row = self.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() if has_meta else None
        if row and int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0]}, newer than this strikemap ({SCHEMA_VERSION}): upgrade strikemap")
        if row and int(row[0]) == SCHEMA_VERSION:
            return  # current: opening takes no write lock, so it never waits behind an import
        if self.read_only:
            raise StoreError(f"{self.path} is read-only and needs an upgrade to schema {SCHEMA_VERSION}: open it once where it can be written")
        with self._transaction() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = cur.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row and int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path} has schema version {row[0]}, newer than this strikemap ({SCHEMA_VERSION}): upgrade strikemap")
            cols = ",\n".join(f"{c} {_coltype(c)}" for c in TABLE_COLUMNS[2:])
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
            cur.execute("CREATE INDEX IF NOT EXISTS events_date ON events(event_date, event_id_cnty)")
            cur.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (a killed process rolls back too).

        Waits for another writer (another import) up to ``STRIKEMAP_BUSY_TIMEOUT`` seconds, saying
        so on standard error once; then a StoreError says another import holds the store. A
        read-only store, and a disk that fills up, are StoreErrors too (nothing was written)."""
        if self.read_only:
            raise StoreError(f"{self.path} is read-only (the file or its folder cannot be written): nothing was written; "
                             "list and export still work, or import into a store you can write with --db")
        cur = self.con.cursor()
        self._begin(cur)
        try:
            yield cur
        except BaseException as err:
            with suppress(sqlite3.Error):
                cur.execute("ROLLBACK")
            if isinstance(err, sqlite3.OperationalError) and _disk_trouble(err):
                raise StoreError(_disk_full(self.path, err)) from err
            raise
        else:
            try:
                cur.execute("COMMIT")
            except sqlite3.OperationalError as err:
                with suppress(sqlite3.Error):
                    cur.execute("ROLLBACK")
                raise StoreError(_disk_full(self.path, err) if _disk_trouble(err) else
                                 f"{self.path}: the write could not be finished, nothing was written ({err})") from err

    def _begin(self, cur: sqlite3.Cursor) -> None:
        limit = settings.busy_timeout_s()
        deadline, told = time.monotonic() + limit, False
        while True:
            try:
                cur.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err):
                    raise
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.path} is held by another import: waited {limit:g} s for it to finish; nothing was "
                                     "written. Try again when it is done, or wait longer with STRIKEMAP_BUSY_TIMEOUT") from err
                if not told:
                    print(f"waiting: another import is writing to {self.path}; this one starts when it finishes "
                          f"(up to {limit:g} s, STRIKEMAP_BUSY_TIMEOUT)…", file=sys.stderr, flush=True)
                    told = True
                time.sleep(0.2)

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM events").fetchone()[0]

    def version(self) -> tuple:
        return tuple(self.con.execute("SELECT count(*), coalesce(max(id), 0), (SELECT count(*) FROM imports) FROM events").fetchone())

    def integrity_ok(self) -> bool:
        return self.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def _meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, cur: sqlite3.Cursor, key: str, value: str) -> None:
        cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _new_import(self, cur: sqlite3.Cursor, file: str, format: str, refused: int) -> int:
        cur.execute("INSERT INTO imports (file, format, at, added, duplicates, refused) VALUES (?, ?, datetime('now'), 0, 0, ?)",
                    (file, format, refused))
        return cur.lastrowid

    def _finish_import(self, cur: sqlite3.Cursor, import_id: int, added: int, duplicates: int, refused: int) -> None:
        cur.execute("UPDATE imports SET added = ?, duplicates = ?, refused = ? WHERE id = ?", (added, duplicates, refused, import_id))

    def _delete_curated(self, cur: sqlite3.Cursor) -> None:
        cur.execute("DELETE FROM events WHERE layer = 'curated' AND import_id IS NULL")

    def _existing(self, cur: sqlite3.Cursor, ids: list[str], keys: list[str]) -> tuple[set[str], set[str]]:
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (value TEXT NOT NULL, kind INTEGER NOT NULL)")
        cur.execute("DELETE FROM temp.incoming")
        cur.executemany("INSERT INTO temp.incoming VALUES (?, 0)", ((i,) for i in ids))
        cur.executemany("INSERT INTO temp.incoming VALUES (?, 1)", ((k,) for k in keys))
        found_ids = {r[0] for r in cur.execute(
            "SELECT i.value FROM temp.incoming i JOIN events e ON e.event_id_cnty = i.value WHERE i.kind = 0")}
        found_keys = {r[0] for r in cur.execute(
            "SELECT i.value FROM temp.incoming i JOIN events e ON e.dedup_key = i.value WHERE i.kind = 1")} if keys else set()
        cur.execute("DELETE FROM temp.incoming")
        return found_ids, found_keys

    def _insert(self, cur: sqlite3.Cursor, table: pd.DataFrame, import_id: Any) -> None:
        cols = ", ".join(("import_id", *TABLE_COLUMNS))
        marks = ", ".join("?" * (1 + len(TABLE_COLUMNS)))
        cur.executemany(f"INSERT INTO events ({cols}) VALUES ({marks})", table_rows(table, first=import_id))

    def _select(self, bbox: Bounds | None, chunk: int) -> Iterator[pd.DataFrame]:
        where, args = "", ()
        if bbox is not None:
            w, s, e, n = bbox
            where, args = "WHERE longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?", (w, e, s, n)
        cur = self.con.execute(f"SELECT {', '.join(TABLE_COLUMNS)} FROM events {where} ORDER BY event_date, event_id_cnty", args)
        while rows := cur.fetchmany(chunk):
            yield pd.DataFrame.from_records(rows, columns=list(TABLE_COLUMNS))
