"""Store fixtures: ``store`` / ``empty_store`` are SQLite; ``any_store`` / ``any_empty_store`` /
``store_target`` run a test once per backend, SQLite and PostGIS.

The PostGIS runs use one throwaway server per session (:mod:`tests.postgis_server`) and a fresh
database per store. Without PostgreSQL and PostGIS installed they skip, except in CI (``CI`` set),
where that is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from geo.store import EventStore, SQLiteStore, open_store

from .. import postgis_server as pg

DATA = Path(__file__).parent / "data"
BACKENDS = ("sqlite", "postgis")


@pytest.fixture
def store(tmp_path: Path, gz) -> SQLiteStore:
    with SQLiteStore(tmp_path / "events.sqlite", gazetteer=gz) as s:
        yield s


@pytest.fixture
def empty_store(tmp_path: Path, gz) -> SQLiteStore:
    with SQLiteStore(tmp_path / "empty.sqlite", curated=False, gazetteer=gz) as s:
        yield s


@pytest.fixture(scope="session")
def postgis_server() -> Iterator[pg.PostgresServer]:
    """A PostgreSQL server with PostGIS, started for the session and stopped after it."""
    reason = pg.missing()
    if reason:
        if "CI" in os.environ:
            pytest.fail(f"{reason}; CI is set, so the PostGIS tests may not skip")
        pytest.skip(f"{reason} (the PostGIS tests skip only outside CI)")
    server = pg.start()
    yield server
    server.stop()


@pytest.fixture
def postgis_database(postgis_server) -> Iterator[Callable[..., str]]:
    """A function: name -> the URL of a fresh database (the same one for the same name), all
    dropped after the test. ``template="template1"`` makes one without PostGIS."""
    made: dict[str, str] = {}

    def url(name: str, *, template: str = pg.TEMPLATE) -> str:
        if name not in made:
            made[name] = postgis_server.create_database(name, template=template)
        return postgis_server.url(made[name])

    yield url
    for db in made.values():
        postgis_server.drop_database(db)


@pytest.fixture(params=BACKENDS)
def store_target(request, tmp_path: Path) -> Callable[[str], str]:
    """A function: name -> a store of this test's backend for :func:`geo.store.open_store` (a
    file path, or a fresh database's URL); the same target for the same name."""
    if request.param == "sqlite":
        return lambda name: str(tmp_path / f"{name}.sqlite")
    return request.getfixturevalue("postgis_database")


@pytest.fixture
def any_store(store_target, gz) -> Iterator[EventStore]:
    with open_store(store_target("events"), gazetteer=gz) as s:
        yield s


@pytest.fixture
def any_empty_store(store_target, gz) -> Iterator[EventStore]:
    with open_store(store_target("empty"), curated=False, gazetteer=gz) as s:
        yield s
