"""Who attacked, when the report itself does not say: phrasings met in real reporting in round
twenty-two (each case paraphrases a class of error found in a development article). ACLED codes
an unclaimed attack to an unidentified armed group; the campaign's history further down an article
("attacked more than 150 times by Iran-backed militias") does not sign today's attack."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

_FILLER = ("Officials from both countries met in Washington this week to discuss the future of the coalition. "
           "The talks covered training, liaison officers and a timetable that neither side has made public. ") * 3


def _attackers(text: str, published: date) -> list[str]:
    """Who attacked, for each proposed attack on US forces."""
    return [c["actor1"] for c in ingest_articles([Article("a.txt", text, published)]) if c["kind"] == "event" and c["actor2"] == "United States"]


def test_the_campaigns_history_far_down_the_article_does_not_sign_the_attack():
    lede = "Rockets struck Ain al-Asad air base in western Iraq on Thursday, injuring two US troops, officials said.\n\n"
    history = "Since October, US forces have been attacked more than 150 times by Iran-backed militias.\n"
    assert _attackers(lede + _FILLER + "\n\n" + history, date(2024, 8, 2)) == ["Unidentified armed group"]
    # told beside the report, the blame is the report's own
    near = lede + "Officials blamed Iran-backed militias for the attack.\n"
    assert _attackers(near, date(2024, 8, 2)) == ["Iran-backed militias (unidentified)"]


def test_no_immediate_claim_a_few_lines_on_leaves_the_attack_unclaimed():
    text = ("Several rockets were launched on Thursday against Ain al-Asad air base, which hosts US troops, security officials said.\n\n"
            "A US official said the projectiles landed outside the perimeter.\n\n"
            "All sources spoke on condition of anonymity.\n\n"
            "There was no immediate claim of responsibility.\n\n"
            "The Islamic Resistance in Iraq, an alliance of Iran-backed groups, claimed most of the attacks last winter.\n")
    assert _attackers(text, date(2024, 7, 26)) == ["Unidentified armed group"]
    # without that line, the umbrella the article names is the attacker, as before
    assert _attackers(text.replace("There was no immediate claim of responsibility.\n\n", ""), date(2024, 7, 26)) == [
        "Islamic Resistance in Iraq"]
