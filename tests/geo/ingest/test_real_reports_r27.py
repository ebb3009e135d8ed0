"""Ingest on reports met in real reporting in round twenty-seven (each case paraphrases a class of
error found in a development article)."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles


def _events(text: str, published: date, kind: str = "event") -> list[dict]:
    return [c for c in ingest_articles([Article("a.txt", text, published)]) if c["kind"] == kind]


def test_a_country_level_attack_days_before_the_days_news_is_recalled():
    # published on a Friday: the day's drone attack is the news, last Sunday's attacks "in Iraq" the record it follows
    text = ("A drone attacked US forces at al-Tanf garrison in Syria on Friday, causing no injuries, a US official said. "
            "Militants had fired rockets at US forces in Iraq on October 19, the official added.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2023, 10, 27))}
    assert got == {"al-tanf": False, "iraq": True}
    # a US strike round placed at a country, told five days on, stays news: coders code the round each time it is told
    text = ("A US drone strike killed a Kataib Hezbollah commander in Baghdad on Wednesday. The US had struck 85 targets in Iraq "
            "and Syria on February 2.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2024, 2, 7))}
    assert got["iraq"] is False and got["syria"] is False
