"""common.settings: every STRIKEMAP_* variable the code names is read there and documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from common import settings

ROOT = Path(__file__).resolve().parents[2]


def _named_in_code() -> set[str]:
    names = set()
    for pkg in ("common", "gazetteer", "geo"):
        for path in (ROOT / pkg).rglob("*.py"):
            names |= set(re.findall(r"STRIKEMAP_[A-Z_]+", path.read_text(encoding="utf-8")))
    names |= set(re.findall(r"STRIKEMAP_[A-Z_]+", (ROOT / "dashboard.py").read_text(encoding="utf-8")))
    return names


def test_every_variable_the_code_names_is_a_setting_and_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `(STRIKEMAP_[A-Z_]+)` \|", readme, flags=re.M))
    assert _named_in_code() <= set(settings.VARIABLES)
    assert set(settings.VARIABLES) == table


def test_settings_are_read_when_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path))
    monkeypatch.delenv("STRIKEMAP_DB", raising=False)
    monkeypatch.delenv("STRIKEMAP_SESSIONS", raising=False)
    assert settings.store_target() == str(tmp_path / "strikemap.sqlite")
    assert settings.sessions_dir() == tmp_path / "sessions"
    monkeypatch.setenv("STRIKEMAP_DB", "postgresql://u@h/db")
    assert settings.store_target() == "postgresql://u@h/db"


@pytest.mark.parametrize("bad", ["0", "-1", "nan", "inf", "2GB"])
def test_a_bad_import_limit_names_the_variable(bad):
    with pytest.raises(ValueError, match="STRIKEMAP_MAX_IMPORT_MB was"):
        settings.max_import_mb({"STRIKEMAP_MAX_IMPORT_MB": bad})


@pytest.mark.parametrize("bad", ["-1", "soon", "inf"])
def test_a_bad_geocoder_delay_names_the_variable(bad):
    with pytest.raises(ValueError, match="STRIKEMAP_GEOCODER_DELAY was"):
        settings.geocoder_delay({"STRIKEMAP_GEOCODER_DELAY": bad})
