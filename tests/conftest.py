"""Shared fixtures: one gazetteer per test session (its index is cached on disk after first use),
one Debian chromium for the browser tests, and one dashboard for the browser tests that only read it."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from tests.browserkit import Server, chromium, serve


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="session")
def playwright_chromium():
    """Debian's chromium, launched once for the session: each test opens contexts of its own."""
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory) -> Server:
    """``streamlit run dashboard.py`` with a store of its own, shared by the browser tests that add
    nothing to it or to any session's store (reading, filtering, refused uploads). A test whose
    upload lands, or that counts the session stores, starts a dashboard of its own."""
    with serve(tmp_path_factory.mktemp("dashboard")) as server:
        yield server
