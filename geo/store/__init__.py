"""The event store: one interface, two backends, and nothing lost.

- :class:`SQLiteStore`: one SQLite file (WAL), for one analyst's laptop.
- :class:`PostGISStore`: a PostgreSQL server with PostGIS, for a team.

:func:`open_store` (the factory, here in the front door so no backend imports its parent)
picks one from its argument or ``STRIKEMAP_DB``: a ``postgresql://`` URL opens the server,
anything else is a file path (default ``strikemap.sqlite`` in the cache directory). Both keep
the same promises, and the same tests check them: the curated dataset is always the base layer;
an import is one transaction (all its rows or none, even when the process is killed); re-importing
adds nothing; reads and writes go a chunk at a time.

Imports ``geo.model`` and ``geo.formats``.
"""

from __future__ import annotations

from pathlib import Path

from common import settings

from .base import SCHEMA_VERSION, EventStore, Import, ImportReport, Progress, StoreError, is_url, write_observers
from .sqlite import SQLiteStore

__all__ = ["open_store", "default_store_target", "default_db_path", "EventStore", "Import", "ImportReport", "Progress", "StoreError",
           "SCHEMA_VERSION", "SQLiteStore", "PostGISStore", "is_url", "write_observers"]


def default_store_target() -> str:
    """``STRIKEMAP_DB`` (a file path or a ``postgresql://`` URL), or the default file."""
    return settings.store_target()


def default_db_path() -> Path:
    """The SQLite file when ``STRIKEMAP_DB`` does not name another (or a server)."""
    target = settings.store_target()
    return Path(target) if not is_url(target) else settings.cache_dir() / "strikemap.sqlite"


def open_store(target: str | Path | None = None, *, curated: bool = True, gazetteer=None) -> EventStore:
    """The store at ``target``: a ``postgresql://`` URL or a SQLite file path (default
    :func:`default_store_target`).

    >>> import tempfile, pathlib
    >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite", curated=False) as s:
    ...     type(s).__name__, s.count()
    ('SQLiteStore', 0)
    """
    target = str(target) if target else default_store_target()
    if is_url(target):
        from .postgis import PostGISStore

        return PostGISStore(target, curated=curated, gazetteer=gazetteer)
    return SQLiteStore(target, curated=curated, gazetteer=gazetteer)


def __getattr__(name: str):
    # the server backend loads its driver (psycopg) only when asked for
    if name == "PostGISStore":
        from .postgis import PostGISStore

        return PostGISStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
