"""Ingest on reports met in real reporting in round forty-three: the actors a sentence decides (each case paraphrases a class of
actor error sorted from the quoted evidence of the development sets and their public texts: names the actor table lacked, a
group's description or link read as another party, a measure, a teller or a hurt party read as the one who acted)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def _placed(text: str, published: date) -> list[dict]:
    return [c for c in _events(text, published) if c["kind"] == "event"]


def _actors(text: str, published: date) -> list[tuple[str, str]]:
    return [(c["actor1"], c["actor2"]) for c in _placed(text, published)]


def test_the_iraqi_resistance_is_the_islamic_resistance_in_iraq():
    # Al-Ahed, Sputnik, Shafaq, Rudaw, China Daily (2023-24): "the Iraqi resistance announced", "Iraq's Islamic Resistance
    # launched", "the Islamic Iraqi resistance carried out", "A group calling itself the 'Islamic Resistance'" were unidentified
    for text in ("The Iraqi resistance said it launched two drones at a US base near al-Shaddadi on Tuesday.",
                 "Iraq's Islamic Resistance fired a drone toward Eilat on Monday night.",
                 "The Islamic Iraqi resistance carried out a drone operation against the port of Ashdod on Monday.",
                 "A group calling itself the Islamic Resistance said it had struck the Harir base near Erbil on Sunday."):
        [c] = _placed(text, date(2024, 1, 2))
        assert c["actor1"] == "Islamic Resistance in Iraq", text
    # Lebanon's and Gaza's Islamic Resistance are their own groups (unidentified before: the table knew neither name)
    [c] = _placed("The Islamic Resistance in Lebanon fired rockets at Kiryat Shmona on Sunday.", date(2024, 1, 2))
    assert c["actor1"] == "Hezbollah"
    [c] = _placed("The Islamic Resistance Movement fired rockets at Sderot on Monday.", date(2024, 1, 2))
    assert c["actor1"] == "Hamas"


def test_the_hashd_shaabi_is_the_popular_mobilization_forces():
    # Xinhua via IANS and Asian Lite (Dec 2023): "bases of the paramilitary Hashd Shaabi forces" was an unidentified group
    assert _actors("US airstrikes hit bases of the paramilitary Hashd Shaabi forces in Babil province on Tuesday.", date(2023, 12, 27)) == [
        ("United States", "Popular Mobilization Forces")]


def test_the_global_coalition_against_daesh_and_its_defenders():
    # KUNA (2024-25): a drone shot down "while attempting to hit a military base of the Global Coalition against Daesh" had no
    # shooter; Kurdistan's "anti-terrorism forces have shut down three drones" neither
    assert _actors("A bomb-laden drone was shot down on Sunday while trying to hit a base of the Global Coalition against Daesh at Erbil "
                   "airport.", date(2024, 1, 2)) == [("United States", "Unidentified armed group")]
    assert _actors("Kurdistan's counter-terrorism forces said they had shut down two drones near Erbil airport on Monday.",
                   date(2024, 1, 2)) == [("Iraq", "Unidentified armed group")]
    # the group the coalition is against is still itself
    [c] = _placed("Islamic State fighters attacked an army post near Kirkuk on Monday, killing two soldiers.", date(2024, 1, 2))
    assert c["actor1"] == "Islamic State"


def test_kurdish_forces_and_the_coalitions_ground_defences_shot_it_down():
    # Devdiscourse/Reuters (Nov 2024), Middle East Monitor (Jan 2024): "Iraqi Kurdish forces opened fire on a drone", "foiled on
    # Monday by the coalition's ground defences" named no one
    assert _actors("Iraqi Kurdish forces opened fire on a drone approaching the Khurmala oil field late on Sunday.", date(2024, 1, 2)) == [
        ("Iraq", "Unidentified armed group")]
    assert _actors("A drone attack near al-Tanf was foiled on Monday by the coalition's ground defences.", date(2024, 1, 2)) == [
        ("United States", "Unidentified armed group")]


def test_militias_named_by_the_sponsor_told_after_them():
    # NewsAz, Bloomberg, Defence Connect, INN (2023-24): "Shiite formations supported by Iran", "a terrorist group backed by
    # Iran", "an Iran-backed militant group", "locations associated with Iranian groups" were unidentified groups
    [c] = _placed("Shiite formations supported by Iran shelled a US base at the Conoco gas field on Friday.", date(2024, 1, 6))
    assert c["actor1"] == "Iran-backed militias (unidentified)"
    [c] = _placed("An Iran-backed militant group fired a ballistic missile at US forces at Ain al-Asad on Tuesday.", date(2024, 1, 6))
    assert c["actor1"] == "Iran-backed militias (unidentified)"
    for text in ("The US military struck three sites in Iraq on Tuesday targeting what it said is a terrorist group backed by Iran.",
                 "US forces struck nine targets at two locations associated with Iranian groups in Syria on Sunday."):
        [c] = _placed(text, date(2024, 1, 6))
        assert (c["actor1"], c["actor2"]) == ("United States", "Iran-backed militias (unidentified)"), text
    # a named group described in apposition is that group, and Iran's own Kurdish opposition is no militia it backs
    assert _actors("The Houthis, an Iranian-backed militant group that holds northern Yemen, shot down a US MQ-9 drone on Wednesday.",
                   date(2024, 1, 6)) == [("Houthis", "United States")]
    [c] = _placed("A drone hit a camp of an Iranian Kurdish opposition group near Koya on Tuesday.", date(2024, 1, 6))
    assert c["actor2"] != "Iran-backed militias (unidentified)"


def test_a_groups_description_or_link_is_no_other_party():
    # SouthFront (Jan 2024), Indian Awaaz (Dec 2023): "The Islamic Resistance in Iraq (IRI), an umbrella group of Iranian-backed
    # armed factions, has claimed" was the generic militias; "..., linked to Kataib Hezbollah had claimed ... on US bases" was
    # an attack on Kataib Hezbollah
    assert _actors("The Islamic Resistance in Iraq (IRI), an umbrella group of Iran-backed armed factions, said it downed a US MQ-9 "
                   "drone over Diyala on Thursday.", date(2024, 1, 20)) == [("Islamic Resistance in Iraq", "United States")]
    assert _actors("The Islamic Resistance in Iraq, linked to Kataib Hezbollah, claimed a drone attack on US forces at Erbil air base "
                   "on Monday.", date(2024, 1, 20)) == [("Islamic Resistance in Iraq", "United States")]


def test_hezbollah_in_iraq_is_kataib_hezbollah():
    # Shafaq (Nov 2023), MENAFN (Dec 2023), Musings on Iraq (Nov 2023): "Hezbollah faction sites in the Jarf al-Sakhr area",
    # "blamed the Hezbollah affiliate" for Erbil, "Hezbollah vehicles in Abu Ghraib" were Lebanon's Hezbollah
    assert _actors("US aircraft struck Hezbollah faction sites near Jurf al-Sakhar on Tuesday.", date(2023, 11, 22)) == [
        ("United States", "Kata'ib Hezbollah")]
    [c] = _placed("Washington blamed the Hezbollah affiliate for Monday's drone attack on Erbil air base.", date(2023, 12, 27))
    assert c["actor1"] == "Kata'ib Hezbollah"
    # in Lebanon, and as a named attacker in Iraq with no word of the Iraqi group, Hezbollah is Lebanon's
    [c] = _placed("Hezbollah fired rockets at Kiryat Shmona on Sunday.", date(2023, 11, 22))
    assert c["actor1"] == "Hezbollah"


def test_two_states_named_together_as_the_target_are_the_first():
    # a US war powers report (Jan 2024): "missiles targeting United States and United Kingdom Navy vessels" was the UK's
    [c] = _placed("On Tuesday the Houthis fired missiles in the Red Sea targeting United States and United Kingdom Navy vessels.",
                  date(2024, 1, 12))
    assert (c["actor1"], c["actor2"]) == ("Houthis", "United States")
    [c] = _placed("On Tuesday the Houthis fired missiles in the Red Sea targeting United Kingdom Navy vessels.", date(2024, 1, 12))
    assert c["actor2"] == "United Kingdom"


def test_an_attack_by_a_groups_members_hours_before():
    # NYT via Vuink (Dec 2023): "a drone attack hours earlier by members of Kataib Hezbollah ... on Erbil air base" struck them
    assert _actors("The strikes answered a drone attack hours earlier by members of Kataib Hezbollah on Erbil air base.",
                   date(2023, 12, 26)) == [("Kata'ib Hezbollah", "United States")]


def test_coalition_members_hurt_at_an_iraqi_base_are_the_us_side():
    # CENTCOM and DoD briefings (Mar 2020): rockets on Camp Taji "that killed three coalition members", "targeting coalition and
    # partner forces on Camp Taji" were attacks on Iraq's forces
    assert _actors("Kataib Hezbollah fired rockets at Camp Taji on Wednesday, killing two coalition members.", date(2020, 3, 12)) == [
        ("Kata'ib Hezbollah", "United States")]
    assert _actors("Wednesday's rocket attack by Iranian-backed militias targeted coalition and partner forces on Camp Taji.",
                   date(2020, 3, 12)) == [("Iran-backed militias (unidentified)", "United States")]
    # Iraq's own troops hurt there are Iraq's
    [c] = _placed("Rockets hit Camp Taji on Wednesday, wounding two Iraqi soldiers.", date(2020, 3, 12))
    assert c["actor2"] == "Iraq"


def test_a_measure_told_in_the_passive_or_declared_before_its_words():
    # Rudaw (Nov 2023), The Media Line (Jun 2024): "Six individuals affiliated with ... Kataib Hezbollah were sanctioned by the
    # Treasury Department" was the group's; "declared the Iraq-based militia Harakat Ansar Allah al-Awfiya ... as Designated
    # Global Terrorists" named no group
    assert _actors("Five men affiliated with Kataib Hezbollah were sanctioned by the Treasury Department on Friday.", date(2023, 11, 18)) == [
        ("United States", "Kata'ib Hezbollah")]
    assert _actors("On Monday the US State Department declared the Iraqi militia Harakat Ansar Allah al-Awfiya and its leader as "
                   "Specially Designated Global Terrorists.", date(2024, 6, 18)) == [("United States", "Harakat Ansar Allah al-Awfiya")]


def test_a_group_telling_of_a_strike_on_it_did_not_make_it():
    # News Analysis India (Mar 2026): "PMF militants reported an Israeli strike on their Al-Qaim outpost" was the PMF's strike
    assert _actors("PMF fighters reported an Israeli strike on their post near al-Qaim, killing three.", date(2024, 3, 17)) == [
        ("Israel", "Popular Mobilization Forces")]


def test_the_hurt_told_in_the_present_and_the_singular_headquarter():
    # a wiki chronology (2024): "A drone attack against a U.S. military base ... kills seven Syrian Democratic Forces fighters";
    # 964media (Dec 2023): "a headquarter of the Kurdistan Peshmerga forces ... faced a targeted assault"
    [c] = _placed("A drone attack against a US military base in Deir ez-Zor province kills six Syrian Democratic Forces fighters and "
                  "injures 15 others.", date(2024, 2, 5))
    assert c["actor2"] == "Syrian Democratic Forces"
    [c] = _placed("On Friday a headquarter of the Peshmerga forces in Erbil province faced an attack with two explosive drones.",
                  date(2023, 12, 31))
    assert c["actor2"] == "Iraq"


def test_drones_shot_down_after_a_state_launched_them_are_its():
    # Task & Purpose (Apr 2024): "shooting down drones over Iraq and Syria after Iran launched hundreds of uncrewed aerial vehicles"
    got = _actors("US forces shot down drones over Syria on Saturday after Iran launched dozens of drones toward Israel.", date(2024, 4, 14))
    assert got and all(a == ("United States", "Iran") for a in got)
    assert _actors("US forces shot down two drones over Syria on Saturday.", date(2024, 4, 14)) == [("United States", "Unidentified armed group")]


def test_an_abbreviation_between_a_state_force_and_its_strike():
    # Shafaq (Jan 2024): "the Iranian Revolutionary Guard's (IRGC) intense missile strike on civilian areas in Erbil"
    [c] = _placed("The Revolutionary Guard's (IRGC) heavy missile strike on Erbil on Monday night killed four civilians.", date(2024, 1, 17))
    assert c["actor1"] == "Islamic Revolutionary Guard Corps"


def test_the_sides_of_a_battle_told_on_one_side_and_the_other():
    # Sputnik (Nov 2023): "clashes between US forces and the ... SDF on one side and the Syrian army and its allies on the other"
    assert _actors("Clashes broke out in Deir ez-Zor on Wednesday between US forces and the SDF on one side and the Syrian army on the "
                   "other.", date(2023, 11, 9)) == [("United States", "Syrian government forces")]
    assert _actors("Clashes broke out in Deir ez-Zor on Wednesday between the SDF and the Syrian army.", date(2023, 11, 9)) == [
        ("Syrian Democratic Forces", "Syrian government forces")]


def test_a_strike_no_one_owns_on_a_field_or_a_coalition_host_is_an_attack():
    # DW, Kurdistan 24, Republic World (2025-26): "a third struck the nearby Tawke field", "another strike targeted a military
    # installation hosting Italian and NATO personnel" were unknown aircraft's, where the labels code an unidentified group
    for text in ("A third strike hit the nearby Tawke field in Zakho district on Wednesday.",
                 "Another strike targeted a base hosting Italian and NATO troops in Erbil province on Friday."):
        [c] = _placed(text, date(2025, 7, 16))
        assert c["actor1"] == "Unidentified armed group", text
    # no one's strike on the militias there is still unknown aircraft's
    [c] = _placed("An airstrike hit a PMF position near the Akkas gas field on Monday.", date(2025, 7, 16))
    assert c["actor1"] == "Unidentified military forces"
