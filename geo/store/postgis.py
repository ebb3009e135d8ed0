"""The PostGIS event store: one PostgreSQL database shared by a team (see :mod:`geo.store`).

The events live in one table with a stored ``geometry(Point, 4326)`` column generated from
longitude and latitude, indexed with GIST, so a map view's bounding box is an index scan. Imports
are written with ``COPY`` inside one transaction; a client killed half way leaves nothing behind,
because the server rolls back a transaction whose connection is gone. Writers take a
transaction-scoped advisory lock, so two imports run one after the other (as SQLite's
``BEGIN IMMEDIATE`` makes them) and cannot both add the same new event.

The first open creates the schema, and ``CREATE EXTENSION postgis`` needs a role allowed to do it
(a superuser, or a DBA runs it once beforehand); once the schema is there, opening only reads it,
so a role that may read the tables can open the store and one that may also insert can import.
``amcheck`` (in Debian's server package) is installed too when the role may, and then
:meth:`PostGISStore.integrity_ok` checks the B-tree indexes against the table.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pandas as pd
import psycopg
from psycopg import errors

from ..model import INT_COLUMNS, TABLE_COLUMNS, Bounds, table_rows
from .base import SCHEMA_VERSION, EventStore, StoreError

__all__ = ["PostGISStore", "select_sql"]

#: The advisory lock every write transaction holds: one writer at a time.
_WRITER_LOCK = 0x5354524B  # "STRK"
_CONNECT_TIMEOUT_S = 10


def _coltype(c: str) -> str:
    if c == "timestamp":
        return "bigint"
    if c in INT_COLUMNS:
        return "integer"
    return {"latitude": "double precision", "longitude": "double precision", "event_date": "date"}.get(c, "text")


def public_url(url: str) -> str:
    """The URL without its password (given after the user name or as a ``password`` parameter).

    >>> public_url("postgresql://ana:s3cret@db.example:5432/strikemap?sslmode=require&password=x")
    'postgresql://ana@db.example:5432/strikemap?sslmode=require'
    >>> public_url("postgresql:///strikemap?password=x")
    'postgresql:///strikemap'
    """
    parts = urlsplit(url)
    user, at, host = parts.netloc.rpartition("@")
    netloc = f"{user.split(':', 1)[0]}@{host}" if at else parts.netloc
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"])
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())


class PostGISStore(EventStore):
    """An event store in a PostgreSQL database with PostGIS.

    Parameters
    ----------
    url : str
        A libpq URL, ``postgresql://user:password@host:port/database``; the database must exist.
    curated : bool
        Load (or refresh) the curated base layer on open.

    Raises
    ------
    StoreError
        When the server cannot be reached, the database cannot hold the schema (no PostGIS, no
        right to create it), or its schema is newer than this strikemap's.
    """

    def __init__(self, url: str, *, curated: bool = True, gazetteer=None) -> None:
        self.name = public_url(url)
        self._gz = gazetteer
        self._lock = threading.RLock()  # one transaction at a time on the connection: the dashboard shares a reader across threads
        try:
            self.con = psycopg.connect(url, autocommit=True, connect_timeout=_CONNECT_TIMEOUT_S, application_name="strikemap")
        except psycopg.Error as err:
            raise StoreError(f"cannot connect to the event store {self.name}: {_one_line(err)}") from err
        try:
            self._migrate()
        except psycopg.Error as err:
            self.con.close()
            raise StoreError(f"{self.name} cannot hold a strikemap store ({_one_line(err)})") from err
        except BaseException:
            self.con.close()
            raise
        if curated:
            self.refresh_curated()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        """Create what is missing. A store already at this version needs nothing: it opens without
        waiting for the writer lock (an import may hold it for minutes) and without the right to
        create tables."""
        stored = self._stored_version()
        if stored is not None and stored > SCHEMA_VERSION:
            raise StoreError(f"{self.name} has schema version {stored}, newer than this strikemap ({SCHEMA_VERSION}): upgrade strikemap")
        if stored == SCHEMA_VERSION:
            return
        with self._transaction() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL)")
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            try:
                with self.con.transaction():  # a savepoint: amcheck is optional, and needs a superuser
                    cur.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
            except errors.InsufficientPrivilege:
                pass
            cur.execute("""CREATE TABLE IF NOT EXISTS imports (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, file text NOT NULL, format text NOT NULL,
                at timestamptz NOT NULL, added integer NOT NULL, duplicates integer NOT NULL, refused integer NOT NULL)""")
            cols = ",\n".join(f"{c} {_coltype(c)}" for c in TABLE_COLUMNS[2:])
            # geometry points are (x=lon, y=lat)
            cur.execute(f"""CREATE TABLE IF NOT EXISTS events (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                event_id_cnty text NOT NULL UNIQUE,
                dedup_key text NOT NULL,
                import_id bigint REFERENCES imports(id),
                {cols},
                geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED)""")
            cur.execute("CREATE INDEX IF NOT EXISTS events_geom ON events USING gist (geom)")
            cur.execute("CREATE INDEX IF NOT EXISTS events_dedup ON events (dedup_key)")
            cur.execute("CREATE INDEX IF NOT EXISTS events_date ON events (event_date, event_id_cnty)")
            cur.execute("INSERT INTO meta VALUES ('schema_version', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (str(SCHEMA_VERSION),))

    def _stored_version(self) -> int | None:
        if self._one("SELECT to_regclass('meta')")[0] is None:
            return None
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row[0]) if row else None

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Cursor]:
        """BEGIN ... COMMIT holding the writer lock, or ROLLBACK on any exception (and the server
        rolls back by itself when the client dies)."""
        with self._lock, self.con.transaction(), self.con.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITER_LOCK,))
            yield cur

    def _one(self, sql: str, args: tuple = ()) -> tuple | None:
        """One row of a query run on its own (never inside another thread's transaction)."""
        with self._lock:
            return self.con.execute(sql, args).fetchone()

    def count(self) -> int:
        return self._one("SELECT count(*) FROM events")[0]

    def version(self) -> tuple:
        return self._one("SELECT count(*), coalesce(max(id), 0), (SELECT count(*) FROM imports) FROM events")

    def integrity_ok(self) -> bool:
        """Every event has a valid point in EPSG:4326 and, when amcheck is installed, every B-tree
        index of the events holds exactly the table's rows (``bt_index_check`` with heapallindexed)."""
        with self._lock, self.con.transaction(), self.con.cursor() as cur:
            try:
                if cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'").fetchone():
                    cur.execute("""SELECT bt_index_check(i.indexrelid, true) FROM pg_index i
                                   JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                                   WHERE i.indrelid = 'events'::regclass AND am.amname = 'btree'""")
            except (errors.DataCorrupted, errors.IndexCorrupted):
                return False
            bad = cur.execute("SELECT count(*) FROM events WHERE geom IS NULL OR ST_SRID(geom) <> 4326 OR NOT ST_IsValid(geom)").fetchone()[0]
        return bad == 0

    def _meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = %s", (key,))
        return row[0] if row else None

    def _set_meta(self, cur: psycopg.Cursor, key: str, value: str) -> None:
        cur.execute("INSERT INTO meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _new_import(self, cur: psycopg.Cursor, file: str, format: str, refused: int) -> int:
        return cur.execute("INSERT INTO imports (file, format, at, added, duplicates, refused) VALUES (%s, %s, now(), 0, 0, %s) RETURNING id",
                           (file, format, refused)).fetchone()[0]

    def _finish_import(self, cur: psycopg.Cursor, import_id: int, added: int, duplicates: int, refused: int) -> None:
        cur.execute("UPDATE imports SET added = %s, duplicates = %s, refused = %s WHERE id = %s", (added, duplicates, refused, import_id))

    def _delete_curated(self, cur: psycopg.Cursor) -> None:
        cur.execute("DELETE FROM events WHERE layer = 'curated' AND import_id IS NULL")

    def _existing(self, cur: psycopg.Cursor, ids: list[str], keys: list[str]) -> tuple[set[str], set[str]]:
        found_ids = {r[0] for r in cur.execute("SELECT event_id_cnty FROM events WHERE event_id_cnty = ANY(%s)", (ids,))}
        found_keys = {r[0] for r in cur.execute("SELECT DISTINCT dedup_key FROM events WHERE dedup_key = ANY(%s)", (keys,))} if keys else set()
        return found_ids, found_keys

    def _insert(self, cur: psycopg.Cursor, table: pd.DataFrame, import_id: Any) -> None:
        with cur.copy(f"COPY events ({', '.join(('import_id', *TABLE_COLUMNS))}) FROM STDIN") as copy:
            for row in table_rows(table, first=import_id):
                copy.write_row(row)

    def _select(self, bbox: Bounds | None, chunk: int) -> Iterator[pd.DataFrame]:
        sql, args = select_sql(bbox)
        with self._lock, self.con.transaction(), self.con.cursor(name="strikemap_select") as cur:  # a server-side cursor lives in a transaction
            cur.execute(sql, args)
            while rows := cur.fetchmany(chunk):
                yield pd.DataFrame.from_records(rows, columns=list(TABLE_COLUMNS))


def select_sql(bbox: Bounds | None) -> tuple[str, tuple]:
    """The query of :meth:`PostGISStore._select` and its arguments."""
    cols = ", ".join("to_char(event_date, 'YYYY-MM-DD')" if c == "event_date" else c for c in TABLE_COLUMNS)
    where, args = "", ()
    if bbox is not None:
        w, s, e, n = (float(v) for v in bbox)
        # the GIST index finds the candidates; the plain comparisons keep the edges exactly as SQLite's
        where = "WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) AND longitude BETWEEN %s AND %s AND latitude BETWEEN %s AND %s"
        args = (w, s, e, n, w, e, s, n)
    return f"SELECT {cols} FROM events {where} ORDER BY event_date, event_id_cnty", args
