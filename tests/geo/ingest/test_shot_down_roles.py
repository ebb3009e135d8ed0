"""A shoot-down told by one article and the attack told by another are one Disrupted weapons use:
each source keeps the role it told (the interceptor as actor1, the weapon's owner as actor2), and
only sources told in the same role can disagree."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

PUB = date(2023, 10, 23)
SHOT_DOWN = "US forces shot down a one-way attack drone near al-Tanf on Sunday, a US official said."
IRI_CLAIM = "The Islamic Resistance in Iraq said on Sunday it had attacked the US base at al-Tanf with a drone."
KH_CLAIM = "Kata'ib Hezbollah attacked the US base at al-Tanf with a drone on Sunday, the group said."


def _one(*texts: str) -> dict:
    out = [c for c in ingest_articles([Article(f"a{i}.txt", t, PUB) for i, t in enumerate(texts)]) if c["kind"] == "event"]
    assert len(out) == 1, [(c["place_id"], c["sub_event_type"], c["actor1"], c["actor2"]) for c in out]
    return out[0]


def test_an_attack_claim_and_a_shoot_down_are_two_roles_not_a_conflict():
    c = _one(SHOT_DOWN, IRI_CLAIM)
    assert (c["sub_event_type"], c["actor1"], c["actor2"]) == ("Disrupted weapons use", "United States", "Islamic Resistance in Iraq")
    assert "actor1" not in c.get("conflicts", {}), c.get("conflicts")
    claim = next(s for s in c["sources"] if s["file"] == "a1.txt")
    assert claim.get("actor2") == "Islamic Resistance in Iraq" and "actor1" not in claim
    words = claim["evidence"]["actor2"]
    assert IRI_CLAIM[words["start"]:words["end"]] == "Islamic Resistance in Iraq", "the claimant's words mark the weapon's owner"


def test_two_claimants_of_the_intercepted_weapon_are_a_conflict_on_whose_weapon_it_was():
    c = _one(SHOT_DOWN, IRI_CLAIM, KH_CLAIM)
    assert c["actor1"] == "United States"
    assert c["conflicts"]["actor2"] == {"a1.txt": "Islamic Resistance in Iraq", "a2.txt": "Kata'ib Hezbollah"}
    assert "actor1" not in c["conflicts"]


def test_a_shoot_down_in_an_attack_that_still_did_harm_names_the_attacked_as_actor2():
    c = _one("A drone attack on the al-Tanf garrison on Sunday wounded two US service members, officials said.", SHOT_DOWN)
    assert (c["sub_event_type"], c["actor2"]) == ("Air/drone strike", "United States")
    assert "actor1" not in c.get("conflicts", {}), c.get("conflicts")
    told = next(s for s in c["sources"] if s["file"] == "a1.txt")
    assert told.get("actor2") == "United States" and "actor1" not in told
    assert c["flags"].count("reported shot down, but it still did harm: coded as the attack") == 1


def test_two_interceptors_told_are_a_conflict_whatever_the_order():
    iraq = "Iraqi security forces shot down a drone near al-Tanf on Sunday."
    for texts in ((SHOT_DOWN, iraq, IRI_CLAIM), (iraq, IRI_CLAIM, SHOT_DOWN)):
        c = _one(*texts)
        assert set(c["conflicts"]["actor1"].values()) == {"United States", "Iraq"}, c.get("conflicts")
        told = {s["file"]: s.get("actor1") for s in c["sources"]}
        assert told[f"a{texts.index(iraq)}.txt"] == "Iraq", "a source keeps the interceptor it named"


def test_a_shoot_down_and_its_claim_merged_in_one_article_turn_back_when_the_attack_did_harm():
    c = _one(SHOT_DOWN + " " + IRI_CLAIM, "A drone attack on the al-Tanf garrison on Sunday wounded two US service members, officials said.")
    assert (c["sub_event_type"], c["actor2"]) == ("Air/drone strike", "United States")
    claim = next(s for s in c["sources"] if s.get("claims", "").startswith("The Islamic Resistance"))
    assert claim.get("actor1") == "Islamic Resistance in Iraq" and claim.get("actor2") != "Islamic Resistance in Iraq"
    assert "Islamic Resistance in Iraq" in c.get("conflicts", {}).get("actor1", {}).values(), "the claimant is one account of who acted"
