"""Ingest end to end on articles written for the tests (tests/geo/data/articles, one trait each):
relative weekdays, a missing publication date, numbers in words, conflicting figures, descriptions,
background events, campaign counts, organisations that look like places, merges across articles,
evidence offsets, the CLI (--json, --save) and saving all or nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.ingest.pipeline import Article, ingest_articles
from geo.ingest.save import save_candidates
from geo.store import SQLiteStore as EventStore

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def read(*names: str, published=None) -> list[dict]:
    return ingest_articles([Article(n, (ARTICLES / n).read_text(encoding="utf-8"), published) for n in names])


def events(out: list[dict]) -> list[dict]:
    return [c for c in out if c["kind"] == "event"]


def one_at(out: list[dict], place_id: str) -> dict:
    found = [c for c in events(out) if c["place_id"] == place_id]
    assert len(found) == 1, [(c["place_id"], c["event_date"]) for c in events(out)]
    return found[0]


def test_relative_weekday_and_description_resolve_tower_22():
    c = one_at(read("tower22_published_monday.txt"), "tower-22")
    assert c["event_date"] == "2024-01-28", "'on Sunday' in a report published Monday 29 January"
    assert c["time_precision"] == 1 and c["sub_event_type"] == "Air/drone strike"
    assert c["fatalities"] == 3 and c["injuries"] == 40
    assert c["actor1"] == "Islamic Resistance in Iraq" and c["actor2"] == "United States"
    assert c["sources"][0]["published"] == "2024-01-29"
    assert "small US outpost in north-east Jordan" in c["matched_by"], "the description is what located it"


def test_missing_publication_date_leaves_the_weekday_unresolved():
    c = one_at(read("no_date.txt"), "al-omar-oilfield")
    assert c["event_date"] is None and c["sources"][0]["published"] is None
    assert any("no publication date" in f for f in c["flags"])
    assert c["fatalities"] == 6


def test_a_given_publication_date_resolves_it():
    from datetime import date

    c = one_at(read("no_date.txt", published=date(2024, 2, 5)), "al-omar-oilfield")
    assert c["event_date"] == "2024-02-04"


def test_same_event_in_three_articles_is_one_candidate_with_conflicts():
    out = read("tower22_published_monday.txt", "tower22_dozens_wounded.txt", "tower22_wrong_weekday.txt")
    c = one_at(out, "tower-22")
    assert {s["file"] for s in c["sources"]} == {"tower22_published_monday.txt", "tower22_dozens_wounded.txt", "tower22_wrong_weekday.txt"}
    assert c["event_date"] == "2024-01-28", "two dated reports outvote one wrong weekday"
    assert any("tower22_wrong_weekday.txt: its weekday gives 2024-01-27" in f for f in c["flags"])
    assert c["injuries"] == 12 and c["conflicts"]["injuries"]["tower22_dozens_wounded.txt"] == 12, "'dozens' = 12, the lowest kept"
    assert c["conflicts"]["injuries"]["tower22_published_monday.txt"] == 40
    assert set(c["conflicts"]["actor1"].values()) == {"Islamic Resistance in Iraq", "Saraya Awliya al-Dam"}
    assert c["actor1"] == "Islamic Resistance in Iraq", "what most sources say"


def test_numbers_in_words():
    c = one_at(read("numbers_in_words.txt"), "tower-22")
    assert c["fatalities"] == 3


def test_background_event_is_marked():
    out = events(read("background_soleimani.txt"))
    old = [c for c in out if c["event_date"] and c["event_date"] < "2021"]
    assert len(old) == 1 and old[0]["background"] is True and old[0]["place_id"] == "baghdad-airport"
    assert all(not c["background"] for c in out if c not in old)


def test_campaign_count_is_a_figure_not_an_event():
    out = read("campaign_count.txt")
    counts = [c for c in out if c["kind"] == "aggregate"]
    assert [(a["count"], a["since"], a["as_of"]) for a in counts] == [(169, "2023-10-17", "2024-02-06")]
    evs = events(out)
    assert [(c["place_id"], c["event_date"]) for c in evs] == [("mss-euphrates", "2024-02-05")]


def test_organisations_are_never_places():
    out = events(read("organisations_like_places.txt"))
    names = {"Islamic Resistance in Iraq", "Kata'ib Hezbollah", "Harakat al-Nujaba", "Popular Mobilization Forces",
             "Syrian Democratic Forces", "Reuters", "Syrian state TV", "Daily Caller"}
    assert not {c["location"] for c in out} & names
    kinds = {(c["actor1"], c["sub_event_type"]) for c in out}
    assert ("Kata'ib Hezbollah", "Change to group/activity") in kinds, "the suspension is a strategic development"


def test_strikes_are_one_event_per_named_area_and_not_at_the_bombers_base():
    evs = events(read("strikes_friday.txt"))
    places = {c["place_id"] for c in evs}
    assert {"albu-kamal", "al-qaim"} <= places and "dyess-afb" not in places
    assert all(c["event_date"] == "2024-02-02" for c in evs if c["place_id"] in ("albu-kamal", "al-qaim"))
    assert all(c["actor1"] == "United States" for c in evs if c["place_id"] in ("albu-kamal", "al-qaim"))


def test_sanctions_are_strategic_developments():
    evs = events(read("sanctions.txt"))
    assert evs and all(c["event_type"] == "Strategic developments" for c in evs)
    assert "hong-kong" in {c["place_id"] for c in evs}


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_every_field_points_at_its_evidence(name):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    for c in events(read(name)):
        for s in c["sources"]:
            for field, ev in s["evidence"].items():
                if not ev:
                    continue
                lo, hi = ev["sentence"]
                assert 0 <= lo <= ev["start"] < ev["end"] <= hi <= len(text), (field, ev)
        ev = c["sources"][0]["evidence"]
        if c["location"] and ev.get("location"):
            assert text[ev["location"]["start"]:ev["location"]["end"]].strip()


def test_empty_and_eventless_text():
    assert ingest_articles([Article("empty.txt", "")]) == []
    assert ingest_articles([Article("op-ed.txt", "Deterrence is a matter of credibility, the author argues.")]) == []


def test_save_writes_accepted_candidates_and_skips_background(tmp_path, gz):
    out = events(read("background_soleimani.txt", "tower22_published_monday.txt"))
    with EventStore(tmp_path / "s.sqlite", curated=False, gazetteer=gz) as store:
        report, skipped = save_candidates(store, out)
        assert report.added == len(out) - len(skipped) >= 1
        assert any(why == "a background event" for _, why in skipped)
        frame = store.frame()
        assert set(frame["layer"].astype(str)) == {"ingest"}
        assert "tower-22" in set(frame["place_id"])
        again, _ = save_candidates(store, out)
        assert again.added == 0, "saving twice adds nothing"


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "STRIKEMAP_DB": str(tmp_path / "cli.sqlite")}
    return subprocess.run([sys.executable, "-m", "geo", "ingest", *args], capture_output=True, text=True, env=env, timeout=180)


def test_cli_json_and_save(tmp_path):
    files = [str(ARTICLES / n) for n in ("tower22_published_monday.txt", "tower22_dozens_wounded.txt", "campaign_count.txt")]
    r = _cli(tmp_path, *files, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    evs = [c for c in out if c["kind"] == "event"]
    assert {"event_date", "event_type", "sub_event_type", "actor1", "location", "latitude", "geo_precision", "fatalities",
            "sources", "confidence", "background"} <= set(evs[0])
    assert any(c["kind"] == "aggregate" and c["count"] == 169 for c in out)
    r = _cli(tmp_path, *files, "--save")
    assert r.returncode == 0, r.stderr
    assert "saved: 0 added, 2 already in the store" in r.stderr, "both events are in the curated base layer: dedup by date, place, actors"


def test_cli_unreadable_file(tmp_path):
    bad = tmp_path / "cp1256.txt"
    bad.write_bytes("هجوم بطائرة مسيرة".encode("cp1256"))
    r = _cli(tmp_path, str(bad))
    assert r.returncode == 1 and "cannot read" in r.stderr and "Traceback" not in r.stderr
