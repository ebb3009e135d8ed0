"""The SQLite event store: one file, WAL, one transaction per import (see :mod:`geo.store`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from ..model import INT_COLUMNS, TABLE_COLUMNS, Bounds, table_rows
from .base import SCHEMA_VERSION, EventStore, StoreError

__all__ = ["SQLiteStore"]


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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._gz = gazetteer
        self.con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=NORMAL")
            self.con.execute("PRAGMA foreign_keys=ON")
            self.con.execute("PRAGMA cache_size=-65536")  # 64 MB: a million-row import keeps its indexes in memory
            self._migrate()
        except sqlite3.OperationalError as err:
            self.con.close()
            if "locked" in str(err):
                raise StoreError(f"{self.path} is busy: another import is writing ({err})") from err
            raise StoreError(f"{self.path} is not a strikemap store ({err})") from err
        except sqlite3.DatabaseError as err:
            self.con.close()
            raise StoreError(f"{self.path} is not a strikemap store ({err})") from err
        except BaseException:
            self.con.close()
            raise
        if curated:
            self.refresh_curated()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        has_meta = self.con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        row = self.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() if has_meta else None
        if row and int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0]}, newer than this strikemap ({SCHEMA_VERSION}): upgrade strikemap")
        if row and int(row[0]) == SCHEMA_VERSION:
            return  # current: opening takes no write lock, so it never waits behind an import
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
