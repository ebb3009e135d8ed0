"""The candidate confidence: a fitted model's probability that a coder would code the report, which
ranks a named, dated attack on a base above a country-level one that borrowed its day, and decides
what the review pre-ticks."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles, review_frame
from geo.ingest.confidence import FEATURES, WEIGHTS, confidence, features
from geo.ingest.review import TICK_AT


def _events(*texts: str) -> list[dict]:
    arts = [Article(f"a{i}.txt", t, date(2024, 1, 29)) for i, t in enumerate(texts)]
    return [c for c in ingest_articles(arts) if c["kind"] == "event"]


def test_every_feature_has_one_weight():
    assert len(WEIGHTS) == len(FEATURES) == len(features({"sources": [{}]}))


def test_a_named_dated_attack_ranks_above_a_country_level_report_that_borrowed_its_day():
    [named] = _events("On Sunday, a one-way attack drone struck Tower 22 in Jordan, killing three US soldiers, the Pentagon said.")
    [vague] = _events("A base housing US forces in Iraq came under attack, officials said.")
    assert named["confidence"] >= TICK_AT > vague["confidence"]
    frame = review_frame([named, vague])
    assert list(frame["accept"]) == [True, False], "the weak report is the reviewer's to opt in"


def test_a_report_told_by_two_articles_is_more_confident_than_by_one():
    text = "On Sunday, a one-way attack drone struck Tower 22 in Jordan, killing three US soldiers."
    [one] = _events(text)
    [two] = _events(text, "A drone attack on Tower 22 in Jordan on Sunday killed three American troops.")
    assert two["confidence"] > one["confidence"] or two["confidence"] == 1.0
    assert 0.0 <= confidence(one) <= 1.0
