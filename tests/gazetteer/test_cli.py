"""``python -m gazetteer`` as a user runs it: a real subprocess, JSON Lines, exit codes, stderr."""

from __future__ import annotations

import json
import subprocess
import sys

KEYS = {"query", "name", "lat", "lon", "country", "kind", "precision", "matched_by", "score", "source", "alternatives"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gazetteer", *args], capture_output=True, text=True, timeout=120)


def test_lookup_json_lines_all_matched() -> None:
    r = _run("lookup", "Al-Bukamal", "البوكمال", "Tower 22", "--json")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["name"] for row in rows] == ["Albu Kamal", "Albu Kamal", "Tower 22"]
    for row in rows:
        assert KEYS <= row.keys()
        assert all({"name", "lat", "lon", "country", "score"} <= a.keys() for a in row["alternatives"])
    assert rows[0]["matched_by"] == "alias" and rows[2]["matched_by"] == "exact"


def test_lookup_misses_exit_1_with_suggestions_and_stderr() -> None:
    r = _run("lookup", "Tower 23", "Abu Kamal", "Kata'ib Hezbollah", "--json")
    assert r.returncode == 1
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows[0] == {"query": "Tower 23", "match": None, "suggestions": rows[0]["suggestions"], "reason": ""}
    assert rows[0]["suggestions"][0] == "Tower 22 (JO)"
    assert rows[1]["name"] == "Albu Kamal"
    assert rows[2]["match"] is None and "organisation" in rows[2]["reason"]
    misses = r.stderr.strip().splitlines()
    assert len(misses) == 2 and "'Tower 23'" in misses[0] and "Hezbollah" in misses[1]


def test_lookup_country_preference() -> None:
    r = _run("lookup", "Jordan", "--country", "US", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["country"] == "US"


def test_lookup_plain_text() -> None:
    r = _run("lookup", "Dover")
    assert r.returncode == 0 and "AMBIGUOUS" in r.stdout and "Dover Air Force Base" in r.stdout


def test_search_lists_ranked_candidates() -> None:
    r = _run("search", "Mayadeen", "--limit", "3")
    assert r.returncode == 0
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 3 and "Al-Mayadin" in lines[0]
