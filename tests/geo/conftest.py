from __future__ import annotations

from pathlib import Path

import pytest

from geo.store_sqlite import SQLiteStore as EventStore

DATA = Path(__file__).parent / "data"


@pytest.fixture
def store(tmp_path: Path, gz) -> EventStore:
    with EventStore(tmp_path / "events.sqlite", gazetteer=gz) as s:
        yield s


@pytest.fixture
def empty_store(tmp_path: Path, gz) -> EventStore:
    with EventStore(tmp_path / "empty.sqlite", curated=False, gazetteer=gz) as s:
        yield s
