"""Ingest under hostile input (red team, issue 18, items 8 and 9): a size limit checked before
the work, on the command line, the paste box and the .txt upload; candidates keyed by a unique
article id, so two uploads with one file name show evidence from their own text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.ingest import article_texts, articles_from, evidence_html, ingest_articles, read_articles
from geo.ingest.report import ArticleRefused

ROOT = Path(__file__).resolve().parents[2]
REPORT = ("Jan 29, 2024\nAMMAN - A one-way attack drone struck Tower 22, a small US outpost in north-east Jordan, on Sunday, "
          "killing three US soldiers. The attack was blamed on the Islamic Resistance in Iraq.\n")
OTHER = ("Feb 4, 2024\nA rocket attack struck the Al-Tanf garrison in Syria on Saturday, officials said. "
         "The Islamic Resistance in Iraq claimed the attack.\n")


def _big(kb: int) -> str:
    return (REPORT * (kb * 1024 // len(REPORT) + 1))[: kb * 1024]


def test_the_command_line_refuses_an_article_over_the_limit_before_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    big.write_text(_big(600), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "geo", "ingest", str(big)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "huge.txt: 600 KB, over the 512 KB limit of one article" in r.stderr and "STRIKEMAP_MAX_INGEST_KB" in r.stderr, r.stderr
    assert r.stdout == "", "nothing was read"
    r = subprocess.run([sys.executable, "-m", "geo", "ingest", str(big)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env={**os.environ, "STRIKEMAP_MAX_INGEST_KB": "700"})
    assert r.returncode == 0, r.stderr


def test_standard_input_is_read_no_further_than_the_limit(tmp_path):
    r = subprocess.run([sys.executable, "-m", "geo", "ingest", "-"], cwd=ROOT, input=_big(40), capture_output=True, text=True,
                       timeout=300, env={**os.environ, "STRIKEMAP_MAX_INGEST_KB": "32"})
    assert r.returncode == 1 and "(stdin): more than 32 KB, over the 32 KB limit" in r.stderr, r.stderr


def test_a_device_is_not_an_article(tmp_path):
    with pytest.raises(ArticleRefused, match="not a regular file"):
        read_articles(["/dev/zero"])


def test_the_paste_box_and_the_upload_are_limited_too():
    arts, bad = articles_from(_big(600), [("long.txt", _big(513).encode()), ("ok.txt", REPORT.encode())])
    assert [a.name for a in arts] == ["ok.txt"]
    assert bad == ["the pasted text: 600 KB, over the 512 KB limit of one article (a long news article is 20-50 KB): split it, "
                   "or raise the limit with STRIKEMAP_MAX_INGEST_KB",
                   "long.txt: 513 KB, over the 512 KB limit of one article (a long news article is 20-50 KB): split it, "
                   "or raise the limit with STRIKEMAP_MAX_INGEST_KB"]


def test_the_dashboard_paste_box_over_the_limit_says_so(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("STRIKEMAP_DB", str(tmp_path / "s.sqlite"))
    monkeypatch.setenv("STRIKEMAP_SESSIONS", str(tmp_path / "sessions"))
    monkeypatch.setenv("STRIKEMAP_MAX_INGEST_KB", "16")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    at.text_area(key="ingest_text").input(_big(20))
    at.button(key="ingest_read").click()
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    errors = " ".join(e.value for e in at.error).replace("\\", "")
    assert "the pasted text: 20 KB, over the 16 KB limit of one article" in errors and "STRIKEMAP_MAX_INGEST_KB" in errors, errors
    assert "ingest" not in at.session_state or not at.session_state["ingest"], "nothing was read"


def test_two_uploads_with_one_file_name_keep_their_own_evidence():
    arts, bad = articles_from("", [("report.txt", REPORT.encode()), ("report.txt", OTHER.encode())])
    assert not bad and [a.name for a in arts] == ["report.txt", "report.txt"] and arts[0].id != arts[1].id
    cands = [c for c in ingest_articles(arts) if c["kind"] == "event"]
    texts = article_texts(arts)
    assert len(texts) == 2
    by_place = {c["location"]: evidence_html(texts, c) for c in cands}
    tower = next(v for k, v in by_place.items() if "Tower 22" in k)
    tanf = next(v for k, v in by_place.items() if "Tanf" in k)
    assert ">Tower 22</mark>" in tower and "Tanf" not in tower
    assert "Tanf" in tanf and "Tower 22" not in tanf
