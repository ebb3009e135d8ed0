"""SIGKILL half way through a write leaves the store sound and whole: before or after, never a part.

Three writes: ``python -m geo import``, ``python -m geo ingest --save`` and an upload in the running
dashboard (in Debian's chromium). See :mod:`tests.hostile.durability_check`.
"""

from __future__ import annotations

import pytest

from .durability_check import killed_import, killed_ingest_save, killed_upload


def test_killed_import_leaves_the_store_whole(tmp_path):
    result = killed_import(tmp_path)
    assert result.integrity == "ok"
    assert len(result.finished) == len(result.before) + 300, "the control run adds the file's 300 events"
    assert result.after_kill == result.before, str(result)
    assert result.survived


def test_killed_ingest_save_leaves_the_store_whole(tmp_path):
    result = killed_ingest_save(tmp_path)
    assert result.integrity == "ok"
    assert len(result.finished) == len(result.before) + 6, "the control run saves the six reported attacks"
    assert result.after_kill == result.before, str(result)
    assert result.survived


@pytest.mark.browser
def test_killed_dashboard_upload_leaves_the_stores_whole(playwright_chromium, tmp_path):
    session, shared_unchanged = killed_upload(playwright_chromium, tmp_path)
    assert session.integrity == "ok"
    assert len(session.finished) == 300
    assert session.after_kill == frozenset(), str(session)
    assert session.survived
    assert shared_unchanged, "an upload never writes the shared store"
