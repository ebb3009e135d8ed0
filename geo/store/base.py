"""The event store: one interface, two backends, and nothing lost.

- :class:`geo.store.SQLiteStore`: one SQLite file (WAL), for one analyst's laptop.
- :class:`geo.store.PostGISStore`: a PostgreSQL server with PostGIS, for a team.

:func:`open_store` picks one from ``STRIKEMAP_DB`` (or its argument): a ``postgresql://`` URL
opens the server, anything else is a file path (default ``strikemap.sqlite`` in the cache
directory). Both keep the same promises, and the same tests check them:

- The curated dataset is always there as the base layer (refreshed when the data files change).
- An import is one transaction: all its rows or none, even when the process is killed half way.
- Re-importing adds nothing: an event id already stored, or (for rows without an id) the same date
  + place + actors, counts as a duplicate.
- Writes and reads go a chunk at a time, so a million-row file imports in bounded memory.

A backend implements the small set of primitives at the bottom of :class:`EventStore`; the
logic (duplicates, reports, progress, curated refresh, the typed frame) is shared here.
"""

from __future__ import annotations

import hashlib
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from common import cache_dir

from ..model import Bounds, concat_frames, records_table, typed_frame

__all__ = ["EventStore", "ImportReport", "Import", "SCHEMA_VERSION", "StoreError", "Progress", "is_url", "write_observers"]

SCHEMA_VERSION = 1
Progress = bool | Callable[[int, int], None]
_READ_CHUNK = 100_000
#: Called on the writing thread after each batch is written, inside the import's transaction, with
#: (rows done, rows expected): for monitoring a long import. An observer that raises aborts the
#: import (it rolls back). The durability tests use one to kill a process mid-transaction.
write_observers: list[Callable[[int, int], None]] = []


def is_url(target: str | Path) -> bool:
    """Whether a store target names a PostgreSQL server rather than a SQLite file."""
    return str(target).startswith(("postgresql://", "postgres://"))


class StoreError(RuntimeError):
    """The store cannot be used (newer schema, not a strikemap store, server unreachable)."""


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
    #: What the analyst should know of an import that succeeded (a GeoPackage's wrong feature
    #: count; events whose point lies outside their country), one line each.
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        s = f"{self.file} ({self.format}): {self.added} added, {self.duplicates} skipped as duplicates, {self.refused} refused"
        s += f"; rejected rows written to {self.rejects_path}" if self.rejects_path else ""
        return "\n".join([s, *(f"note: {n}" for n in self.notes)])


class Import:
    """One import in progress, inside its transaction: add tables to it a chunk at a time.

    Duplicates are decided against the store and against earlier rows of the same import: a row
    whose id is stored is a duplicate; a row whose id was generated (it had none) is also a
    duplicate of any event with its date, place and actors.

    Writing runs on one worker thread, one table behind the caller: the database works on a
    chunk (without the GIL) while the caller validates the next. Every write is finished, and
    its error raised, before the transaction ends."""

    #: Rows per insert batch (one statement, one progress step).
    write_chunk = 20_000

    def __init__(self, store: EventStore, cur: Any, report: ImportReport, import_id: Any, progress: Progress, total: int) -> None:
        self.store, self.cur, self.report, self.import_id = store, cur, report, import_id
        self.done, self.total = 0, total
        self._ids: set[str] = set()
        self._keys: set[str] = set()
        self._bar = _bar(total, progress is True)
        self._tick = progress if callable(progress) else None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="strikemap-write")
        self._pending: Future | None = None

    def add(self, table: pd.DataFrame) -> None:
        """Write the new events of ``table`` (see :mod:`geo.model`); count the duplicates.
        Returns once the previous table is written; :meth:`wait` waits for this one."""
        self.wait()
        if self._tick and self.done:
            self._tick(self.done, self.total)  # on the caller's thread: a UI's progress bar lives there
        self._pending = self._worker.submit(self._add_now, table)

    def wait(self) -> None:
        """Wait for the write in flight; raise its error."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def _add_now(self, table: pd.DataFrame) -> None:
        for start in range(0, len(table), self.write_chunk):
            self._write(table.iloc[start:start + self.write_chunk])

    def _write(self, part: pd.DataFrame) -> None:
        if len(part) == 0:
            return
        ids, keys, gen = part["event_id_cnty"].tolist(), part["dedup_key"].tolist(), part["id_generated"].tolist()
        stored_ids, stored_keys = self.store._existing(self.cur, ids, [k for k, g in zip(keys, gen, strict=True) if g])
        keep = []
        for i, (eid, key, g) in enumerate(zip(ids, keys, gen, strict=True)):
            if eid in stored_ids or eid in self._ids or (g and (key in stored_keys or key in self._keys)):
                self.report.duplicates += 1
                continue
            self._ids.add(eid)
            self._keys.add(key)
            keep.append(i)
        if keep:
            new = part.iloc[keep]
            self.store._insert(self.cur, new, self.import_id)
            self.report.added += len(new)
            self.report.added_ids += new["event_id_cnty"].tolist()
        self.done += len(part)
        self.total = max(self.total, self.done)
        if self._bar:
            self._bar.total = self.total
            self._bar.update(len(part))
        for observe in write_observers:
            observe(self.done, self.total)

    def _close(self) -> None:
        try:
            self.wait()
        finally:
            self._worker.shutdown(wait=True)
        if self._bar:
            self._bar.close()
        if self._tick:
            self._tick(self.done, self.done)


class EventStore(ABC):
    """What every store does. Open one with :func:`open_store`; use it as a context manager."""

    #: What the store is, for messages: a file path or a URL without its password.
    name: str
    _gz: Any = None

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------

    @contextmanager
    def importing(self, *, file: str, format: str, refused: int = 0, progress: Progress = False,
                  total: int = 0) -> Iterator[Import]:
        """One import as one transaction: every row added inside the block, or (on any exception,
        or a killed process) none. The report's counts are final when the block ends."""
        report = ImportReport(file=file, format=format, refused=refused)
        with self._transaction() as cur:
            import_id = self._new_import(cur, file, format, refused)
            imp = Import(self, cur, report, import_id, progress, total)
            try:
                yield imp
            except BaseException:
                with suppress(BaseException):  # the first error is the one to report; the rollback follows
                    imp._close()
                raise
            imp._close()
            self._finish_import(cur, import_id, report.added, report.duplicates, report.refused)

    def add_records(self, records: list[dict[str, Any]], *, file: str = "(records)", format: str = "records",
                    refused: int = 0, progress: Progress = False) -> ImportReport:
        """Write validated records in one transaction; duplicates are counted, not written.

        ``progress``: True for a bar on standard error, or a function called with (rows done,
        rows in all) after each chunk (the dashboard's progress bar)."""
        table = records_table(records)
        with self.importing(file=file, format=format, refused=refused, progress=progress, total=len(table)) as imp:
            imp.add(table)
        return imp.report

    def import_file(self, path: str | Path, *, format: str | None = None, skip_bad: bool = False,
                    progress: Progress = False, force: bool = False, strict: bool = False) -> ImportReport:
        """Import a file, all or nothing (see :func:`geo.formats.import_into`)."""
        from ..formats import import_into

        return import_into(self, path, format=format, skip_bad=skip_bad, progress=progress, force=force, strict=strict)

    def refresh_curated(self) -> None:
        """Make the curated base layer match the data files (no-op when they have not changed)."""
        from ..model import curated_digest, curated_records

        digest = curated_digest()
        if self._meta("curated_digest") == digest:
            return
        table = records_table(curated_records(self._gz))
        with self._transaction() as cur:
            self._delete_curated(cur)
            imp = Import(self, cur, ImportReport(file="(curated)", format="curated"), None, False, len(table))
            imp.add(table)
            imp._close()
            self._set_meta(cur, "curated_digest", digest)

    # -- reading ---------------------------------------------------------------------------------

    def frame(self, *, bbox: Bounds | None = None, snapshot: bool = False) -> gpd.GeoDataFrame:
        """Every stored event (or those inside ``bbox``) as the typed GeoDataFrame, in date order.

        ``snapshot``: keep a columnar copy (Parquet, in the cache directory) of the whole frame,
        tagged with :meth:`version`, and read that while the store has not changed: a million
        events load in about two seconds instead of half a minute. The store stays the truth;
        the copy is rebuilt whenever the version differs."""
        if not snapshot or bbox is not None:
            return concat_frames([typed_frame(t) for t in self._select(bbox, _READ_CHUNK)])
        from .snapshot import read_snapshot, write_snapshot

        path = cache_dir() / "frames" / (hashlib.sha1(self.name.encode()).hexdigest()[:16] + ".parquet")
        version = repr(self.version())
        gdf = read_snapshot(path, version)
        if gdf is None:
            gdf = self.frame()
            write_snapshot(gdf, path, version)
        return gdf

    def records(self) -> list[dict[str, Any]]:
        """Every stored event as a record (Python values), in date order."""
        gdf = self.frame()
        df = pd.DataFrame(gdf.drop(columns="geometry"))
        out = df.astype(object).where(df.notna(), None).to_dict("records")
        for rec in out:
            rec["event_date"] = rec["event_date"].date()
        return out

    # -- what a backend implements ---------------------------------------------------------------

    @abstractmethod
    def count(self) -> int:
        """How many events the store holds."""

    @abstractmethod
    def version(self) -> tuple:
        """Changes whenever the stored events change (a cache key)."""

    @abstractmethod
    def integrity_ok(self) -> bool:
        """The backend's own consistency check passes."""

    @abstractmethod
    def _transaction(self) -> Any:
        """A context manager: a cursor inside one transaction, rolled back on any exception."""

    @abstractmethod
    def _meta(self, key: str) -> str | None: ...

    @abstractmethod
    def _set_meta(self, cur: Any, key: str, value: str) -> None: ...

    @abstractmethod
    def _new_import(self, cur: Any, file: str, format: str, refused: int) -> Any: ...

    @abstractmethod
    def _finish_import(self, cur: Any, import_id: Any, added: int, duplicates: int, refused: int) -> None: ...

    @abstractmethod
    def _delete_curated(self, cur: Any) -> None: ...

    @abstractmethod
    def _existing(self, cur: Any, ids: list[str], keys: list[str]) -> tuple[set[str], set[str]]:
        """Which of ``ids`` (event ids) and ``keys`` (dedup keys) the store already holds."""

    @abstractmethod
    def _insert(self, cur: Any, table: pd.DataFrame, import_id: Any) -> None:
        """Insert the rows of a table (:data:`geo.model.TABLE_COLUMNS`) with their import id."""

    @abstractmethod
    def _select(self, bbox: Bounds | None, chunk: int) -> Iterator[pd.DataFrame]:
        """Stored tables (:data:`geo.model.TABLE_COLUMNS`), ordered by date and id, in chunks."""


def _bar(total: int, show: bool):
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="writing events", unit=" rows", file=sys.stderr, leave=False)
