"""Ingest on reports met in real reporting in round thirty-four (each case paraphrases a class of error
found in a development article or in the review of round thirty-three)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_us_aircraft_as_the_subject_of_a_bare_hit_made_the_strike():
    # NPR, 8 Feb 2024: the group had said it would stop targeting US troops just before American warplanes hit militia sites
    for text in ("BAGHDAD (Reuters) - American jets hit militia sites in Iraq on Tuesday, officials said.",
                 "U.S. fighter jets then struck militia positions in Iraq on Tuesday, officials said."):
        [c] = _events(text, date(2024, 1, 10))
        assert (c["actor1"], c["sub_event_type"], c["event_date"]) == ("United States", "Air/drone strike", "2024-01-09")
    # US aircraft struck by someone else are not the strikers: what was hit is American
    [c] = _events("Militants said on Tuesday that drones hit American warplanes parked at the Ain al-Asad air base.", date(2024, 1, 10))
    assert c["actor2"] == "United States"


def test_a_week_told_inside_the_sentence_before_a_count_of_attacks_dates_the_attacks_after_it():
    # DoD, 26 Oct 2023: US personnel last week defended against drone attacks in Iraq and Syria; then each base in turn
    text = ("U.S. military personnel last week defended against multiple drone attacks in Iraq and Syria. At the Ain al-Asad air "
            "base, U.S. forces confronted two drones, destroying one.")
    [c] = _events(text, date(2023, 10, 23))
    assert (c["place_id"], c["event_date"], c["time_precision"]) == ("ain-al-asad", "2023-10-19", 2)
    assert "dated by the count of that week's attacks told before it" in c["flags"]


def test_a_week_of_attacks_counted_in_figures_dates_the_attacks_told_after_it():
    # the Pentagon's phrasing (Oct 2023): last week US forces came under 13 attacks; then the bases one by one
    text = ("Last week, U.S. forces came under 13 drone and rocket attacks in Iraq and Syria. At the Ain al-Asad air base, U.S. "
            "forces confronted two drones, destroying one.")
    [c] = [c for c in _events(text, date(2023, 10, 23)) if c["kind"] == "event"]
    assert (c["event_date"], c["time_precision"]) == ("2023-10-19", 2)
    # a count over a period is the campaign's, not a week's: the report is dated as before
    text = ("U.S. forces came under 13 drone and rocket attacks in Iraq and Syria since October 17. At the Ain al-Asad air base, "
            "U.S. forces confronted two drones, destroying one.")
    [c] = [c for c in _events(text, date(2023, 10, 23)) if c["kind"] == "event"]
    assert c["event_date"] == "2023-10-23"


def test_a_week_of_another_clause_or_of_a_speaker_does_not_date_a_count_of_attacks():
    # the review's breaks: a week told in a relative clause, the week a count was said, a count over a month or since the war
    attack = " At the Ain al-Asad air base, a drone attack caused minor injuries."
    for lead in ("Austin, who last week warned Iran against escalation, said US forces have faced multiple drone attacks in Iraq "
                 "and Syria.",
                 "Last week, a US official said troops had faced 13 attacks in all since the Gaza war began.",
                 "Last week, the Pentagon said US forces had come under 13 attacks in Iraq and Syria over the past month."):
        [c] = [c for c in _events(lead + attack, date(2023, 10, 30)) if c["kind"] == "event"]
        assert c["event_date"] == "2023-10-30", lead


def test_a_strike_told_as_reportedly_by_us_forces_is_theirs():
    # a strike noun with "reportedly by US forces" set off by commas was read as an attack on the US
    [c] = _events("A drone strike, reportedly by US forces, hit a car in Baghdad on Tuesday.", date(2024, 1, 10))
    assert (c["actor1"], c["sub_event_type"]) == ("United States", "Air/drone strike")
    # a guess at the US is still no one's owned strike
    [c] = _events("A drone strike, possibly by US forces, hit a car in Baghdad on Tuesday.", date(2024, 1, 10))
    assert c["actor1"] == "Unidentified military forces"


def test_the_kurdistan_regions_counter_terrorism_forces_shooting_a_drone_down_is_iraqs_interception():
    # Shafaq News, 31 Dec 2023: the region's Counter-Terrorism Forces (CTF) announced on Sunday they had shot down a drone in Erbil
    [c] = _events("Kurdistan region's Counter-Terrorism Forces (CTF) announced on Sunday that they had shot down a drone in Erbil.",
                  date(2023, 12, 31))
    assert (c["sub_event_type"], c["actor1"]) == ("Disrupted weapons use", "Iraq")
    # Kurdistan Region, Oct 2023: "its anti-terrorism forces" shot down drones aimed at a base
    [c] = _events("Iraq's Kurdistan Region said Tuesday its anti-terrorism forces have shot down three drones targeting a military "
                  "base near Erbil.", date(2023, 10, 26))
    assert (c["sub_event_type"], c["actor1"]) == ("Disrupted weapons use", "Iraq")
    # the forces that announced a downing by the coalition are not its interceptors
    [c] = _events("The Kurdistan Region's Counter-Terrorism Forces (CTF) announced that coalition forces shot down a drone near "
                  "Erbil airport on Sunday.", date(2023, 12, 31))
    assert c["actor1"] == "United States"


def test_bare_strikes_on_us_forces_by_no_one_named_are_an_attack_on_them():
    # New York Post, 8 Dec 2023: rockets at the US embassy, while "enemy groups" also launched strikes on American forces in Iraq
    # and Syria; a bare "strikes" by an unnamed attacker was read as US strikes on militias
    for text in ("Militants launched strikes on US troops in Syria on Friday.",
                 "Unknown gunmen carried out strikes on a US base in Syria on Friday.",
                 "Militants launched new strikes on US forces in Syria on Friday."):
        [c] = _events(text, date(2023, 12, 8))
        assert (c["actor1"], c["actor2"], c["sub_event_type"]) == ("Unidentified armed group", "United States",
                                                                   "Shelling/artillery/missile attack")
    # the US's own strikes are still its own
    [c] = _events("US forces launched strikes on militia positions in Syria on Friday.", date(2023, 12, 8))
    assert (c["actor1"], c["sub_event_type"]) == ("United States", "Air/drone strike")
