"""Ingest on reports met in real reporting in round forty-three (each case paraphrases a class of error found in
the quoted evidence of the development sets, in their public texts, in a systematic grid of the frames reporting uses,
or in articles written in the shapes real outlets publish)."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

#: A wire factbox of the campaign, its lines opening with the day in capitals and a dash, as agencies write them (Reuters's
#: "FACTBOX" pages of Nov 2023 - Feb 2024).
_FACTBOX = """FACTBOX-Attacks on US forces in Iraq and Syria

Nov 22 (Reuters) - Some of the attacks claimed by or blamed on Iran-aligned groups against U.S. troops, and the U.S. answer:

OCT. 17 - Two drones targeted al-Asad air base in western Iraq. One was shot down and the other crashed, causing minor injuries to coalition troops.

OCT. 27 - U.S. F-16 fighter jets struck a weapons storage facility near Abu Kamal in eastern Syria.

NOV. 12 - U.S. forces struck a training facility and a safe house near Mayadin.

NOV. 20 - A close-range ballistic missile attack on al-Asad caused non-serious injuries to U.S. personnel.

A U.S. AC-130 gunship then struck a vehicle and fighters involved.
"""


def _all(text: str, published: date) -> list[dict]:
    return [c for c in ingest_articles([Article("a.txt", text, published)]) if c["kind"] in ("event", "unplaced")]


def test_a_chronology_dated_in_capitals_dates_each_line():
    # a factbox's "OCT. 17 -" was no date (the months were read in title case only), and "OCT." ended a sentence: every line was
    # dated by the publication, and the two attacks on al-Asad became one
    got = _all(_FACTBOX, date(2023, 11, 22))
    days = {(c["event_date"], c.get("place_id"), c["actor1"]) for c in got}
    assert ("2023-10-17", "ain-al-asad", "Iran-backed militias (unidentified)") in days
    assert ("2023-10-27", "albu-kamal", "United States") in days
    assert ("2023-11-12", "al-mayadin", "United States") in days
    assert ("2023-11-20", "ain-al-asad", "Iran-backed militias (unidentified)") in days
    # "MAY" in capitals is a verb in a headline, not a month
    assert not [c for c in _all("US MAY 5 TIMES STRIKE BACK\n\nU.S. forces struck a militia site near Mayadin on Sunday.",
                                date(2023, 11, 22)) if c["event_date"] != "2023-11-19"]


def test_an_undated_sentence_under_a_chronologys_line_is_that_lines_item():
    # the gunship's strike told under the line of 20 Nov took the day and place of the strike of 12 Nov, the last strike told
    [c] = [c for c in _all(_FACTBOX, date(2023, 11, 22)) if "AC-130" in c["notes"]]
    assert c["event_date"] == "2023-11-20"
    assert c.get("place_id") != "al-mayadin"
    # outside a chronology, a strike told after another still goes on with it
    text = ("U.S. forces struck a training facility near Mayadin on Sunday. An attack on al-Asad followed on Monday. "
            "A second strike then hit a safe house.")
    assert {c["event_date"] for c in _all(text, date(2023, 11, 14)) if c["actor1"] == "United States"} == {"2023-11-12"}


def test_a_drone_shot_down_beside_one_that_hurt_people_is_the_attack():
    # "One was shot down and the other crashed, causing minor injuries": harm told in the shooting down's own sentence made no
    # attack of it (only harm told in the next sentence did)
    [c] = _all("Two drones targeted al-Tanf garrison on Wednesday; one was downed and the other caused minor injuries.",
               date(2023, 10, 19))
    assert (c["sub_event_type"], c["actor2"]) == ("Air/drone strike", "United States")
    # a drone itself damaged is no harm done
    [c] = _all("Drones attacked al-Tanf garrison on Wednesday. Two were shot down, and a third was heavily damaged and recovered.",
               date(2023, 10, 19))
    assert c["sub_event_type"] == "Disrupted weapons use"


def test_each_place_takes_the_weapon_told_after_it():
    # Al Mayadeen's and the Islamic Resistance's statements (Dec 2023): "struck ... Ain al-Asad airbase with two drones, and the
    # al-Tanf base with rockets" gave both bases the rockets
    text = ("The Islamic Resistance in Iraq said on Thursday it struck US forces at Ain al-Asad airbase in western Iraq with two drones, "
            "and the al-Tanf base with rockets.")
    got = {c["place_id"]: c["sub_event_type"] for c in _all(text, date(2023, 12, 14))}
    assert got == {"ain-al-asad": "Air/drone strike", "al-tanf": "Shelling/artillery/missile attack"}
    # one weapon for both stays the one
    got = {c["place_id"]: c["sub_event_type"] for c in _all(
        "The group said on Thursday it struck Ain al-Asad airbase and the al-Tanf base with drones.", date(2023, 12, 14))}
    assert got == {"ain-al-asad": "Air/drone strike", "al-tanf": "Air/drone strike"}


def test_drones_downed_that_no_group_claimed_are_an_unidentified_groups():
    # Rudaw and Kurdistan24 (Dec 2023 - Jan 2024): "No group immediately claimed responsibility, but the Islamic Resistance in Iraq
    # has claimed dozens of similar attacks" made the downed drones the Islamic Resistance's
    text = ("Two drones were shot down near Erbil International Airport, which hosts US-led coalition forces, late on Tuesday, the "
            "Kurdistan Region's counter-terrorism directorate said. No group immediately claimed responsibility, but the Islamic "
            "Resistance in Iraq has claimed dozens of similar attacks since mid-October. Last week, a drone targeted the Harir "
            "airbase, north of Erbil.")
    [c] = [c for c in _all(text, date(2023, 12, 27)) if c["place_id"] == "erbil-air-base"]
    assert (c["sub_event_type"], c["actor2"]) == ("Disrupted weapons use", "Unidentified armed group")
    # a claim of the downed drones names their owner
    text = ("Two drones were shot down near Erbil International Airport, which hosts US-led coalition forces, late on Tuesday. The "
            "Islamic Resistance in Iraq claimed responsibility for the attack.")
    [c] = _all(text, date(2023, 12, 27))
    assert c["actor2"] == "Islamic Resistance in Iraq"


def test_a_merchant_ship_attacked_is_no_us_target_when_the_us_only_told_of_it():
    # ISW's updates and wire copy (Dec 2023): "The Houthis targeted a commercial vessel in the Red Sea ..., according to US
    # Central Command" made the US the target
    for text in ("The Houthis targeted a commercial vessel in the Red Sea on Tuesday, according to US Central Command.",
                 "The Houthis targeted a commercial vessel in the Red Sea on Tuesday, US officials said.",
                 "The Houthis targeted a commercial vessel in the Red Sea on Tuesday, according to US Central Command. Separately, "
                 "militants fired rockets at US forces at al-Asad air base on Monday."):
        [c] = [c for c in _all(text, date(2023, 12, 26)) if c["place_id"] == "red-sea"]
        assert (c["actor1"], c["actor2"]) == ("Houthis", ""), text
    # US forces named as a target, and an attack on a base told by US officials, stay attacks on the US
    [c] = _all("The Houthis fired missiles at a commercial vessel and at US forces in the Red Sea on Tuesday, the Pentagon said.",
               date(2023, 12, 26))
    assert c["actor2"] == "United States"
    [c] = _all("Militants fired rockets at a base in Syria on Tuesday, according to US officials.", date(2023, 12, 26))
    assert c["actor2"] == "United States"


def test_an_attack_told_hours_before_the_strike_that_answered_it_is_dated_by_it():
    # AP's shape (Dec 2023): "The United States launched retaliatory strikes early Tuesday ..., hours after a one-way drone attack
    # ... at Erbil Air Base wounded three U.S. service members" left the attack undated, and so history
    text = ("The United States launched retaliatory strikes early Tuesday on three facilities used by Kataib Hezbollah in Iraq, hours "
            "after a one-way drone attack by Iran-backed militants at Erbil Air Base wounded three U.S. service members.")
    [c] = [c for c in _all(text, date(2023, 12, 26)) if c["place_id"] == "erbil-air-base"]
    assert (c["event_date"], c["background"], c["actor2"]) == ("2023-12-26", False, "United States")
    # an attack the strike answered, told with no nearness in time, stays undated
    text = ("The United States launched retaliatory strikes early Tuesday on three facilities used by Kataib Hezbollah in Iraq, "
            "after a one-way drone attack by Iran-backed militants at Erbil Air Base wounded three U.S. service members.")
    [c] = [c for c in _all(text, date(2023, 12, 26)) if c["place_id"] == "erbil-air-base"]
    assert c["event_date"] is None


def test_a_partners_jets_in_a_joint_round_strike_the_rounds_target():
    # AP via africanews (23 Jan 2024): "four Royal Air Force Typhoon jets struck ... two military sites in the vicinity of Sanaa
    # airfield", after the joint round's lede, was coded as a US strike on the United Kingdom, at the city
    text = ("The U.S. and British militaries bombed multiple targets used by the Iranian-backed Houthis in Yemen on Monday night. "
            "Britain's Ministry of Defence said four Royal Air Force Typhoon jets struck multiple targets at two military sites in "
            "the vicinity of Sanaa airfield.")
    got = {(c["place_id"], c["actor1"], c["actor2"]) for c in _all(text, date(2024, 1, 23))}
    assert ("sanaa-airport", "United States", "Houthis") in got
    assert not [a for a in got if a[2] == "United Kingdom"]
    # the militias named as what a US round struck are still its target
    text = ("U.S. forces struck three facilities in Iraq on Tuesday. Targets included a headquarters of Kataib Hezbollah "
            "in Jurf al-Sakhar.")
    assert ("jurf-al-sakhar", "United States", "Kata'ib Hezbollah") in {
        (c["place_id"], c["actor1"], c["actor2"]) for c in _all(text, date(2024, 1, 24))}


def test_the_joint_operation_of_a_round_is_the_round_and_not_the_houthis():
    # Reuters via the Jerusalem Post (31 May 2024): "the joint operation targeted three locations in the Red Sea port city of
    # Hodeidah, which it said housed drones" was read as a drone attack on US forces, merged with the Houthis' missile attack on
    # the Eisenhower; and "In Tehran, Houthi-allied Iran condemned the strikes" placed a strike in Tehran
    text = ("Yemen's Houthis launched a missile attack on the US aircraft carrier Eisenhower in the Red Sea, a Houthi spokesman said on "
            "Friday. The US and British militaries said they launched strikes against Houthi targets in Yemen on Thursday. The "
            "British defense ministry said the joint operation targeted three locations in the Red Sea port city of Hodeidah, which "
            "it said housed drones and surface-to-air weapons. In Tehran, Houthi-allied Iran condemned the strikes as violations "
            "of Yemen's sovereignty.")
    got = {(c["event_date"], c["place_id"], c["actor1"], c["actor2"]) for c in _all(text, date(2024, 5, 31))}
    assert got == {("2024-05-31", "red-sea", "Houthis", "United States"), ("2024-05-30", "hodeidah", "United States", "Houthis"),
                   ("2024-05-30", "yemen", "United States", "Houthis")}
    # an operation of the militias, and a strike in Tehran, stay what they are
    [c] = _all("Militants attacked al-Asad on Monday. The operation targeted the base's runway.", date(2024, 5, 31))
    assert (c["place_id"], c["actor2"]) == ("ain-al-asad", "United States")
    [c] = _all("In Tehran, an Israeli strike killed two IRGC officers on Tuesday.", date(2024, 5, 31))
    assert c["place_id"] == "geonames:112931"


def test_a_captions_paragraph_before_its_credit_is_no_reporting():
    # UPI via Yahoo (25 Jan 2024): a photo caption of three sentences closed by "File Photo via Indian Navy/UPI" told the Jan. 17
    # drone attack on the Genco Picardy as news, merged with the day's attack on the Maersk Detroit
    text = ("U.S. ship comes under Houthi attack\n\n"
            "View of the damage caused by a drone attack on Jan. 17 to the M/V Genco Picardy in the Gulf of Aden. On Wednesday, "
            "CENTCOM said another ship came under attack in the same region. File Photo via Indian Navy/UPI\n\n"
            "The Houthis fired three anti-ship missiles at the M/V Maersk Detroit in the Gulf of Aden on Wednesday, CENTCOM said.")
    got = _all(text, date(2024, 1, 25))
    assert {c["event_date"] for c in got} == {"2024-01-24"}
    assert not [c for c in got if "Genco" in " ".join(s.get("claims") or "" for s in c["sources"])]
    # a paragraph with no credit is reporting
    got = _all(text.replace(" File Photo via Indian Navy/UPI", ""), date(2024, 1, 25))
    assert "2024-01-17" in {c["event_date"] for c in got}


def test_a_sentence_that_opens_with_what_came_hours_before_tells_both():
    # UPI (25 Jan 2024): "Jan. 25 (UPI) -- Less than a day after the United States launched its ninth attack against the Houthi
    # rebels in Yemen, the Iran-backed militants attacked another U.S.-owned ship ..." gave one event, the US strike placed at sea
    text = ("Jan. 25 (UPI) -- Less than a day after the United States launched its ninth attack against the Houthi rebels in Yemen, "
            "the Iran-backed militants attacked another U.S.-owned ship transiting the Gulf of Aden on Wednesday.")
    got = {(c["event_date"], c["place_id"], c["actor1"], c["sub_event_type"]) for c in _all(text, date(2024, 1, 25))}
    assert got == {("2024-01-24", "gulf-of-aden", "Iran-backed militias (unidentified)", "Shelling/artillery/missile attack"),
                   ("2024-01-24", "yemen", "United States", "Air/drone strike")}
    got = {(c["place_id"], c["actor1"], c["sub_event_type"]) for c in _all(
        "Hours after the US strikes in Syria, militants fired rockets at al-Asad air base on Friday.", date(2024, 1, 20))}
    assert got == {("ain-al-asad", "Unidentified armed group", "Shelling/artillery/missile attack"),
                   ("syria", "United States", "Air/drone strike")}
    # a campaign's strikes told as the setting, with no nearness in time, are no event
    got = _all("After months of US strikes in Syria, militants fired rockets at al-Asad air base on Friday.", date(2024, 1, 20))
    assert [c["place_id"] for c in got] == ["ain-al-asad"]



def test_what_a_strike_came_amid_is_its_setting_not_its_place():
    # breakinglatest.news (27 Dec 2023): "launched attacks on Iran-aligned groups in Iraq on Tuesday, amidst chaos in the region and
    # the assassination of a top Iranian general in Syria" placed the US strikes in Syria; "violence spreading from Israel's war on
    # Gaza to attacks between Iranian-backed forces and the United States in Iraq" was an attack of the day
    text = ("The situation in the Middle East is escalating, with violence spreading from Israel's war on Gaza to attacks between "
            "Iranian-backed forces and the United States in Iraq. The United States has confirmed that it launched attacks on "
            "Iran-aligned groups in Iraq on Tuesday, amidst chaos in the region and the assassination of a top Iranian general in Syria.")
    got = {(c["event_date"], c["place_id"], c["actor1"]) for c in _all(text, date(2023, 12, 27))}
    assert got == {("2023-12-26", "iraq", "United States")}
    # a sentence that opens with "Amid" tells its own news
    [c] = _all("Amid rising tensions, militants fired rockets at al-Asad air base on Monday.", date(2023, 12, 27))
    assert (c["place_id"], c["event_date"]) == ("ain-al-asad", "2023-12-25")


def test_the_united_states_confirmed_that_it_launched_attacks_is_a_us_strike():
    # breakinglatest.news (27 Dec 2023): "The United States has confirmed that it launched attacks on Iran-aligned groups in Iraq"
    # was an attack, merged with Kataib Hezbollah's attack on Erbil the article then recalled
    text = ("The United States has confirmed that it launched attacks on Iran-aligned groups in Iraq on Tuesday. The U.S. military "
            "targeted three sites used by Kataeb Hezbollah. This comes after Kataeb Hezbollah claimed responsibility for a major "
            "attack on a U.S. military base in Erbil, injuring three U.S. soldiers.")
    got = [c for c in _all(text, date(2023, 12, 27)) if not c["background"]]
    assert {(c["place_id"], c["actor1"], c["sub_event_type"]) for c in got} == {("iraq", "United States", "Air/drone strike")}


def test_a_threat_of_revenge_is_no_event():
    # The National (15 Jan 2024): "The Houthis threatened to retaliate against Friday's strikes and vowed to continue their attacks"
    # was coded as a strategic development of the Houthis on Friday; no real set codes a threat or a vow of revenge
    assert not _all("The Houthis threatened to retaliate against Friday's strikes and vowed to continue their attacks.",
                    date(2024, 1, 15))
    assert not _all("Kataib Hezbollah vowed revenge for the killing of its commander in Baghdad on Wednesday.", date(2024, 2, 8))
    # a group's stand against a pause stays what it was read as
    got = _all("The leader of Harakat al-Nujaba vowed on Friday to keep attacking US forces, rejecting calls for a pause.",
               date(2024, 2, 2))
    assert [c["actor1"] for c in got] == ["Harakat al-Nujaba"]


def test_the_us_that_hit_places_with_missiles_struck_and_a_follow_on_strike_is_its_own():
    # The National (15 Jan 2024): "The US-led naval coalition on Friday hit 28 locations and struck more than 60 targets with cruise
    # missiles and bombs" was an attack on US forces (the weapon read as the attack, the subject not read as the US); and "it had
    # conducted a 'follow-on' strike against a Houthi radar site" was merged into the round it followed
    text = ("The US-led naval coalition on Friday hit 28 locations in Yemen with cruise missiles and bombs. The US military said on "
            "Friday evening that it had conducted a “follow-on” strike against a Houthi radar site.")
    got = _all(text, date(2024, 1, 15))
    assert [c["actor1"] for c in got] == ["United States", "United States"]
    [c] = _all("US forces on Friday hit 28 locations in Yemen with cruise missiles and bombs.", date(2024, 1, 15))
    assert (c["actor1"], c["place_id"]) == ("United States", "yemen")
    # US forces hit with rockets were attacked
    [c] = _all("US forces in Syria were hit with rockets on Friday.", date(2024, 1, 15))
    assert (c["actor2"], c["sub_event_type"]) == ("United States", "Shelling/artillery/missile attack")


def test_the_rest_of_a_salvo_downed_is_that_salvos_not_the_headlines():
    # UPI via Yahoo (25 Jan 2024): "The other two missiles were intercepted by the ... USS Gravely" took the headline's undated
    # downing, not the salvo of the sentence before: an attack and an unplaced downing, where the coders code one disrupted attack
    text = ("U.S. ship comes under Houthi attack off Yemen; U.S. military shoots down 2 missiles\n\n"
            "Jan. 25 (UPI) -- Less than a day after the United States launched its ninth round of strikes on the Houthis in Yemen, "
            "the Iran-backed rebels attacked another U.S.-owned vessel crossing the Gulf of Aden.\n\n"
            "U.S. Central Command said the Houthis fired three anti-ship ballistic missiles from areas of the war-torn country they "
            "control at the M/V Maersk Detroit at about 2 p.m. local time Wednesday, one of which hit the ocean. The other two "
            "missiles were intercepted by the destroyer USS Gravely, it said.")
    got = {(c["event_date"], c["place_id"], c["sub_event_type"], c["actor1"]) for c in _all(text, date(2024, 1, 25))}
    # (the ninth round, "less than a day" before the attack of the 24th, is the 24th too, as the coders code it: round 44)
    assert got == {("2024-01-24", "gulf-of-aden", "Disrupted weapons use", "United States"),
                   ("2024-01-24", "yemen", "Air/drone strike", "United States")}


def test_a_merchant_ship_the_us_only_told_of_is_no_us_target():
    # Marine Log (16 Jan 2024): a bulker and "a Marshall Islands flagged ship ... struck by what U.S. Central Command says was an
    # anti-ship ballistic missile" were coded as attacks on US forces
    for text in ("The Maltese-flagged bulker Zografia was struck by a Houthi missile in the Red Sea on Tuesday, U.S. Central Command said.",
                 "Gibraltar Eagle, a Marshall Islands flagged ship, was struck by what U.S. Central Command says was an anti-ship "
                 "ballistic missile fired from Houthi-controlled areas of Yemen on Monday."):
        [c] = [c for c in _all(text, date(2024, 1, 16)) if c["actor1"] == "Houthis"]
        assert c["actor2"] == "", text
    # a US warship struck is the US's
    [c] = _all("The USS Carney was targeted by a Houthi missile in the Red Sea on Tuesday, U.S. Central Command said.", date(2024, 1, 16))
    assert c["actor2"] == "United States"
