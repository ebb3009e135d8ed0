"""The review table: low-confidence candidates start unticked, each row says where its fields came
from, and the reviewer corrects the place, date or actors in the same table."""

from __future__ import annotations

from geo.ingest import Article, apply_review, ingest_articles, review_frame

TEXT = ("Jan 29, 2024\nAMMAN - A one-way attack drone struck Tower 22, a small US outpost in north-east Jordan, on Sunday, "
        "killing three US soldiers. The attack was blamed on the Islamic Resistance in Iraq.\n\n"
        "Separately, rockets were fired at a base, officials said.")


def _cands():
    return [c for c in ingest_articles([Article("a.txt", TEXT)]) if c["kind"] == "event"]


def test_confident_candidates_are_ticked_and_weak_ones_are_not():
    cands = _cands()
    frame = review_frame(cands)
    assert bool(frame.loc[frame["location"] == "Tower 22", "accept"].iloc[0])
    weak = dict(cands[0], confidence=0.45)
    assert not bool(review_frame([weak])["accept"][0]), "a weak candidate is opted in by the reviewer, not out"
    row = frame[frame["location"] == "Tower 22"].iloc[0]
    # the actor is named in the next sentence ("blamed on ..."), and the row says so
    assert row["why"] == "date: a weekday, counted from publication; place: exact: 'Tower 22'; actor: from elsewhere in the article"


def test_the_reviewer_moves_an_event_to_a_known_place_and_an_unknown_one_is_not_saved():
    cands = _cands()
    frame = review_frame(cands)
    i = frame.index[frame["location"] == "Tower 22"][0]
    moved = frame.copy()
    moved.loc[i, "location"] = "Al-Qaim"
    [c] = [c for c in apply_review(cands, moved) if c["sources"][0]["file"] == "a.txt" and c.get("place_id") == "al-qaim"]
    assert c["country"] == "IQ" and c["matched_by"] == "reviewer: 'Al-Qaim'" and abs(c["latitude"] - 34.4) < 0.3
    moved.loc[i, "location"] = "Nowhere-at-all-ville"
    out = apply_review(cands, moved)
    lost = [c for c in out if c.get("location") == "Nowhere-at-all-ville"]
    assert lost and lost[0]["latitude"] is None and any("not in the gazetteer" in f for f in lost[0]["flags"])


def test_an_unedited_review_changes_nothing():
    cands = _cands()
    frame = review_frame(cands)
    frame["accept"] = True
    out = apply_review(cands, frame)
    assert [c["place_id"] for c in out] == [c["place_id"] for c in cands]
