"""What a clause reports: each rule's words give their event, whatever letter they start with."""

from __future__ import annotations

import pytest

from geo.ingest.recognise import triggers

_CHANGE, _DISRUPTED, _OTHER = "Change to group/activity", "Disrupted weapons use", "Other"
_AIR, _SHELLING, _IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("clause", "kind", "sub_event_type", "words"), [
    ("Kata'ib Hezbollah said it was suspending military operations.", "development", _CHANGE, "suspending military operations"),
    ("The group halted its attacks on US forces.", "development", _CHANGE, "halted its attacks"),
    ("The militia paused attacks for a week.", "development", _CHANGE, "paused attacks"),
    ("US forces shot down a drone near the base.", "development", _DISRUPTED, "shot down"),
    ("Coalition forces intercepted a one-way drone over the base.", "development", _DISRUPTED, "intercepted"),
    ("A drone was downed near Erbil.", "development", _DISRUPTED, "downed"),
    ("Air defences thwarted a rocket launch.", "development", _DISRUPTED, "thwarted"),
    ("Guards foiled a drone launch near Erbil.", "development", _DISRUPTED, "foiled"),
    ("US forces engaged two drones near the base.", "development", _DISRUPTED, "engaged two drones"),
    ("The Treasury sanctioned six people.", "development", _OTHER, "sanctioned"),
    ("Washington designated the group a terrorist organisation.", "development", _OTHER, "designated"),
    ("Baghdad condemned the raid.", "development", _OTHER, "condemned"),
    ("The group vowed to continue.", "development", _OTHER, "vowed"),
    ("Biden pledged a response.", "development", _OTHER, "pledged"),
    ("The militia threatened more attacks.", "development", _OTHER, "threatened"),
    ("Airstrikes hit the depot.", "strike", _AIR, "Airstrikes"),
    ("Retaliatory strikes followed.", "strike", _AIR, "Retaliatory strikes"),
    ("Jets bombed the depot.", "strike", _AIR, "bombed"),
    ("The US launched strikes in Syria.", "strike", _AIR, "launched strikes"),
    ("The US conducted strikes in Syria.", "strike", _AIR, "conducted strikes"),
    ("The US carried out strikes in Syria.", "strike", _AIR, "carried out strikes"),
    ("The jets hit 85 targets.", "strike", _AIR, "hit 85 targets"),
    ("Defensive strikes were made.", "strike", _AIR, "Defensive strikes"),
    ("Precision strikes were made.", "strike", _AIR, "Precision strikes"),
    ("Unilateral strikes were made.", "strike", _AIR, "Unilateral strikes"),
    ("U.S. strikes were made.", "strike", _AIR, "U.S. strikes"),
    ("Israeli strikes were made.", "strike", _AIR, "Israeli strikes"),
    ("American strikes were made.", "strike", _AIR, "American strikes"),
    ("The strikes were made.", "strike", _AIR, "The strikes"),
    ("Something struck the base.", "strike", _AIR, "struck"),
    ("Militants fired rockets at the base.", "attack", _SHELLING, "rockets"),
    ("Missiles fell near the base.", "attack", _SHELLING, "Missiles"),
    ("Mortars fell near the base.", "attack", _SHELLING, "Mortars"),
    ("Shelling continued near the base.", "attack", _SHELLING, "Shelling"),
    ("Artillery fire continued.", "attack", _SHELLING, "Artillery"),
    ("An IED exploded near a convoy.", "attack", _IED, "IED"),
    ("A roadside bomb exploded near a convoy.", "attack", _IED, "roadside bomb"),
    ("An improvised explosive device went off.", "attack", _IED, "improvised explosive"),
    ("A landmine went off near a convoy.", "attack", _IED, "landmine"),
    ("A drone crashed near the base.", "attack", _AIR, "drone"),
    ("A UAV crashed near the base.", "attack", _AIR, "UAV"),
    ("Militants attacked the base.", "attack", _SHELLING, "attacked"),
    ("Militants targeted the base.", "attack", _SHELLING, "targeted"),
    ("Something hit the base.", "attack", _SHELLING, "hit"),
    ("One assault took place today at the base.", "attack", _SHELLING, "assault"),
    ("Iraq criticized the raid.", "development", _OTHER, "criticized"),
    ("Iraq decried the raid.", "development", _OTHER, "decried"),
    ("Britain supported Wednesday strikes.", "strike", _AIR, "Wednesday strikes"),
    ("Britain supported overnight strikes.", "strike", _AIR, "overnight strikes"),
    ("Britain supported weekend strikes.", "strike", _AIR, "weekend strikes"),
    ("The US ran an operation against two targets.", "strike", _AIR, "operation against two targets"),
    ("A gunship destroyed a vehicle.", "strike", _AIR, "gunship destroyed"),
    ("An AC-130 destroyed a vehicle.", "strike", _AIR, "AC-130 destroyed"),
    ("Warplanes struck the depot.", "strike", _AIR, "Warplanes struck"),
    ("F-15s hit the depot.", "strike", _AIR, "F-15s hit"),
    ("MQ-9s hit the depot.", "strike", _AIR, "MQ-9s hit"),
    ("A gunship firing at trucks killed one.", "strike", _AIR, "gunship firing at"),
    ("They announced the targeting of a base.", "attack", _SHELLING, "targeting of"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 40 and " " not in v.strip(".") else None)
def test_each_rule_gives_its_event(clause: str, kind: str, sub_event_type: str, words: str) -> None:
    [t] = triggers(clause, offset=10)
    assert (t.kind, t.sub_event_type, t.text) == (kind, sub_event_type, words)
    assert clause[t.start - 10:t.end - 10] == words


def test_a_clause_with_no_rule_reports_nothing() -> None:
    assert triggers("Nothing happened at the base.") == []


def test_a_question_whether_a_group_will_halt_is_no_decision() -> None:
    assert triggers("It is still unclear if the group will halt attacks on U.S. forces during the ceasefire.") == []
    assert [t.sub_event_type for t in triggers("The group said it would halt attacks on U.S. forces.")] == [_CHANGE]


def test_targets_are_struck_only_when_the_words_say_so() -> None:
    assert triggers("The militias focus on U.S. targets in Iraq and Syria, as well as targets in Israel.") == []
    assert [t.kind for t in triggers("The US hit 85 targets in Iraq and Syria.")] == ["strike"]


def test_a_president_who_sanctioned_a_counterstrike_authorised_a_strike() -> None:
    got = [(t.kind, t.text) for t in triggers("President Biden sanctioned a counterstrike against three locations used by Kataib Hezbollah.")]
    assert got == [("strike", "counterstrike")]
    assert [t.sub_event_type for t in triggers("The Treasury sanctioned six people.")] == [_OTHER]


def test_an_attack_prevented_is_an_interception() -> None:
    got = [t.sub_event_type for t in triggers("The unit reported the successful prevention of an attack involving three drones.")]
    assert got == [_DISRUPTED]
