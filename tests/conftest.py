"""Shared fixtures: one gazetteer per test session (its index is cached on disk after first use)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    return Gazetteer.default()
