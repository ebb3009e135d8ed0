"""Ingest on reports met in real reporting in round twenty-six (each case paraphrases a class of
error found in a development article)."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles


def _events(text: str, published: date, kind: str = "event") -> list[dict]:
    return [c for c in ingest_articles([Article("a.txt", text, published)]) if c["kind"] == kind]


def test_a_groups_record_told_beside_its_exaggerated_claims_is_not_the_days_interception():
    # Times of Israel's standing paragraph on the Iraqi militias: the one hit it recalls has no day and is not the news
    text = ("Two drones heading for Eilat from the east were shot down by air defenses on Monday, the military said. "
            "The militia has claimed dozens of drone attacks on Israel. Many of its claims have been exaggerated, but in one case "
            "it managed to hit a navy base in Eilat, causing damage.")
    [c] = [c for c in _events(text, date(2024, 5, 27)) if not c["background"]]
    assert c["sub_event_type"] == "Disrupted weapons use"
