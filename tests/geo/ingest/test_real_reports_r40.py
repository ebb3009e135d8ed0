"""Ingest on reports met in real reporting in round forty (each case paraphrases a class of error found in
the public texts of the development sets, or in their quoted evidence)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def _placed(text: str, published: date) -> list[dict]:
    return [c for c in _events(text, published) if c["kind"] == "event"]


def test_a_pronoun_subject_is_the_group_or_state_that_opened_the_sentence_before():
    # GOV.UK (2 Mar 2026): "Iran has lashed out across the region. It has launched hundreds of missiles and drones at ...":
    # the attacker of the second sentence was an unidentified armed group
    [c] = _placed("Iran has lashed out across the region. It has launched missiles at Erbil on Monday.", date(2024, 1, 23))
    assert c["actor1"] == "Iran"
    [c] = _placed("Kataib Hezbollah issued a statement on Monday. The group claimed a drone attack on US forces at Erbil Air Base "
                  "on Monday morning.", date(2024, 1, 23))
    assert (c["actor1"], c["actor2"], c["place_id"]) == ("Kata'ib Hezbollah", "United States", "erbil-air-base")
    [c] = _placed("The Houthis are a militant group backed by Iran. They launched a missile at a ship in the Red Sea on Monday.",
                  date(2024, 1, 23))
    assert c["actor1"] == "Houthis"


def test_a_pronoun_does_not_name_a_possessor_or_one_of_a_list():
    # "Iran's response": what Iran did, not Iran as the subject; "Kataib Hezbollah and Nujaba": which of them is not told
    for before in ("Iran's response has been harsh.", "Kataib Hezbollah and Nujaba denied any role."):
        [c] = _placed(f"{before} It fired rockets at Erbil Air Base on Monday.", date(2024, 1, 23))
        assert c["actor1"] not in ("Iran", "Kata'ib Hezbollah", "Harakat al-Nujaba"), before


def test_further_attacks_carried_out_are_news():
    # GOV.UK (2 Mar 2026): Hezbollah "carried out further attacks on Israel" overnight was read as a threat ("further")
    [c] = _placed("Overnight, Hezbollah carried out further attacks on northern Israel.", date(2026, 3, 2))
    assert (c["actor1"], c["actor2"], c["place_id"]) == ("Hezbollah", "Israel", "israel")
    # what is to be prevented, or might have been done, is not
    assert not _placed("The strikes were meant to prevent further attacks on Israel on Monday.", date(2026, 3, 2))
    assert not _placed("Officials said the militias could have carried out further attacks on US forces on Monday.", date(2026, 3, 2))


def test_raf_akrotiri_is_a_site_and_british_personnel_are_the_united_kingdom():
    # GOV.UK (2-3 Mar 2026): the drone at "RAF Akrotiri in Cyprus", "the RAF Base in Akrotiri", was placed nowhere (or at Israel,
    # the place of another report in the statement), and "British personnel" were no one
    [c] = _placed("On Sunday night, at RAF Akrotiri in Cyprus, a drone struck close to British personnel.", date(2026, 3, 2))
    assert (c["place_id"], c["country"], c["actor2"]) == ("raf-akrotiri", "CY", "United Kingdom")
    [c] = _placed("He condemned the drone attack on the RAF Base in Akrotiri on Sunday evening.", date(2026, 3, 3))
    assert c["place_id"] == "raf-akrotiri"


def test_what_a_weapon_is_for_is_no_weapon_shot_down():
    # GOV.UK (3 Mar 2026): helicopters that "will provide more counter-drone capability to hunt and shoot down any further
    # threats" turned the drone attack told before into a drone shot down
    [c] = _placed("He condemned the drone attack on the RAF Base in Akrotiri on Sunday evening. Two helicopters will give more "
                  "counter-drone capability to find and shoot down any further threats, he added.", date(2026, 3, 3))
    assert (c["event_type"], c["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    # a downing told is still one
    [c] = _placed("US forces managed to intercept two drones near Erbil Air Base on Monday.", date(2024, 1, 23))
    assert c["sub_event_type"] == "Disrupted weapons use"


def test_fighting_centered_on_towns_is_placed_there():
    # The Media Line (8 Aug 2024): "The fighting centered around the towns of Abu Hamam, Dhiban, ...": the pattern read "centred"
    # and "centeed", never the American spelling
    found = _placed("On Wednesday the fighting centered around the towns of Abu Hamam and Diban.", date(2024, 8, 8))
    assert sorted(c["place_id"] for c in found) == ["abu-hamam", "diban"]
    assert {c["sub_event_type"] for c in found} == {"Armed clash"}


def test_every_spelling_of_the_militias_iran_backs_is_that_actor():
    # the table listed about seventy spellings one by one; "Iran-linked militants", "Iran-affiliated militants", "pro-Iranian
    # fighters" were no one (DoD News, 25 Aug 2022: "struck at Iran-affiliated militants in the area")
    [c] = _placed("U.S. jets struck Iran-linked militants near Mayadin on Monday.", date(2024, 1, 23))
    assert (c["actor1"], c["actor2"]) == ("United States", "Iran-backed militias (unidentified)")
    [c] = _placed("Pro-Iranian fighters fired rockets at the Conoco base on Monday.", date(2024, 1, 23))
    assert (c["actor1"], c["actor2"]) == ("Iran-backed militias (unidentified)", "United States")
    # a named group after the sponsor is that group, and "Iranian-backed Houthi rebels" are the Houthis
    [c] = _placed("U.S. jets struck Iran-backed Kataib Hezbollah positions near al-Qaim on Monday.", date(2024, 1, 23))
    assert c["actor2"] == "Kata'ib Hezbollah"
    [c] = _placed("Iranian-backed Houthi rebels fired a missile at a ship in the Red Sea on Monday.", date(2024, 1, 23))
    assert c["actor1"] == "Houthis"


def test_the_us_governments_words_for_its_strikes_make_them_american():
    # CENTCOM and DoD (Nov 2023 - Feb 2024): "conducted necessary and proportionate strikes on three facilities", "killed in a
    # self-defense strike in Baghdad", "a unilateral strike": told without the US named, these were unknown aircraft's
    for told in ("The commander was killed in a unilateral strike on a car in eastern Baghdad on Wednesday night.",
                 "Forces conducted necessary and proportionate strikes on three facilities near Jurf al-Sakhar on Wednesday.",
                 "A self-defense strike hit a weapons depot near Albu Kamal on Wednesday."):
        [c] = _placed(told, date(2024, 2, 8))
        assert (c["actor1"], c["sub_event_type"]) == ("United States", "Air/drone strike"), told
    # unknown warplanes stay unknown, and Israel's forces stay Israel's
    [c] = _placed("Unknown warplanes carried out strikes on militia posts near Albu Kamal on Wednesday.", date(2024, 2, 8))
    assert c["actor1"] == "Unidentified military forces"


def test_a_group_whose_camps_were_hit_is_their_target_not_their_attacker():
    # Kurdistan24, Musings on Iraq (Mar 2026): "Kataib Hezbollah camps in Qaim and Akashat were hit", "another PMF base in Diyala
    # province was hit by a drone": the group that holds the camps was read as the one that struck
    found = _placed("Kataib Hezbollah camps near Qaim and Akashat were hit on Monday.", date(2026, 3, 3))
    assert {c["actor2"] for c in found} == {"Kata'ib Hezbollah"} and "Kata'ib Hezbollah" not in {c["actor1"] for c in found}
    [c] = _placed("A PMF base in Diyala province was hit by a drone on Monday.", date(2026, 3, 3))
    assert (c["actor1"], c["actor2"]) != ("Popular Mobilization Forces", "") and c["actor2"] == "Popular Mobilization Forces"
    # what the group said was hit is not its own
    [c] = _placed("Kataib Hezbollah said a US base in Syria was hit by its drones on Monday.", date(2026, 3, 3))
    assert (c["actor1"], c["actor2"]) == ("Kata'ib Hezbollah", "United States")


def test_an_archive_photos_caption_is_not_reporting():
    # VOA (Jan 2024): "(FILE) The headquarters of Iraq's Popular Mobilisation Forces paramilitaries in Baghdad which was targeted by a
    # U.S. strike." became a strike on the day of publication
    text = ("(FILE) The headquarters of a paramilitary force in Baghdad which was targeted by a U.S. strike.\n\n"
            "FILE - U.S. soldiers stand guard at a base in western Iraq.\n\n"
            "The Pentagon said it would keep its focus on the mission against the Islamic State group.")
    assert not [c for c in _events(text, date(2024, 1, 8)) if c["kind"] in ("event", "unplaced")]


def test_a_countrys_clock_places_a_report_that_names_no_place():
    # DoD (Jan 2024): "On January 4 at approximately 12 P.M. Iraq time, U.S. forces took necessary and proportionate action against
    # ..., who was a Harakat al-Nujaba leader": placed nowhere, and struck no one
    [c] = _placed("On January 4 at about noon Iraq time, U.S. forces took necessary and proportionate action against Abu Taqwa, "
                  "who was a Harakat al-Nujaba leader.", date(2024, 1, 5))
    assert (c["place_id"], c["event_date"], c["actor1"], c["actor2"]) == ("iraq", "2024-01-04", "United States", "Harakat al-Nujaba")
    # a place the sentence names is the place, whatever clock told the hour
    [c] = _placed("At 9:30 p.m. Baghdad time on Wednesday, a drone struck a base near Erbil.", date(2024, 2, 8))
    assert c["place_id"] != "iraq"
    # a group's man who spoke is not struck
    found = _events("A drone hit the base on Thursday, said Abu Ali, who was a Kataib Hezbollah official.", date(2024, 1, 5))
    assert all(c["actor2"] != "Kata'ib Hezbollah" for c in found)


def test_an_operation_a_partner_state_led_is_its_own():
    # DoD News (24 Oct 2024): "Iraqi Security Forces, working with service members from Combined Joint Task Force-Operation Inherent
    # Resolve, conducted strikes and follow-on raids ..." and "U.S. forces participated in an Iraqi-led operation against ISIS
    # fighters": both were coded as the United States' operations
    [c] = _placed("On Tuesday, Iraqi Security Forces, working with coalition service members, conducted strikes on several ISIS hideouts "
                  "in Anbar province.", date(2024, 10, 24))
    assert (c["actor1"], c["actor2"]) == ("Iraq", "Islamic State")
    [c] = _placed("On Thursday, U.S. forces took part in an Iraqi-led operation against ISIS fighters in Anbar province.", date(2024, 10, 24))
    assert (c["actor1"], c["actor2"]) == ("Iraq", "Islamic State")
    # the US's own operation stays the US's
    [c] = _placed("On Thursday, U.S. forces conducted a raid against ISIS fighters in Anbar province.", date(2024, 10, 24))
    assert c["actor1"] == "United States"


def test_a_suicide_attack_is_a_suicide_bomb_and_who_condemned_it_is_not_its_target():
    # State Department (24 Dec 2014): "The United States strongly condemns the suicide attack today in Madaen, Iraq, which took the
    # lives of a number of anti-ISIL fighters": a shelling, and on the United States
    text = ("U.S. Condemns Terrorist Attack in Iraq\n\nPress Statement\nWashington, DC\n\nThe United States strongly condemns the "
            "suicide attack today in Baghdad, which killed a number of fighters. The United States will continue to stand with the "
            "Government of Iraq.")
    [c] = _placed(text, date(2014, 12, 24))
    assert (c["sub_event_type"], c["place_id"]) == ("Suicide bomb", "baghdad")
    assert c["actor2"] != "United States"
    # suicide drones are drones; and an attack the speaker condemns on its own embassy was on it
    [c] = _placed("Suicide drones struck a base in Erbil on Wednesday.", date(2024, 1, 4))
    assert c["sub_event_type"] == "Air/drone strike"
    [c] = _placed("The United States condemned the rocket attack on its embassy in Baghdad on Wednesday.", date(2024, 1, 4))
    assert c["actor2"] == "United States"


def test_bombardment_explosive_devices_and_a_base_being_hit_are_attacks():
    # AFP (Aug 2024): "Bombardment by pro-Iranian groups on the village of Dahla killed 13 civilians"; Al-Ittihad (Jan 2024):
    # "Explosive devices exploded in an officer ..."; UPI (Jan 2024): "Kataib Hezbollah terrorists hitting a U.S. base in Erbil"
    [c] = _placed("Bombardment by pro-Iranian groups on a village near Deir ez-Zor killed five civilians on Friday.", date(2024, 8, 10))
    assert (c["sub_event_type"], c["actor1"]) == ("Shelling/artillery/missile attack", "Iran-backed militias (unidentified)")
    [c] = _placed("Two explosive devices went off near an army patrol in Babil on Friday.", date(2024, 8, 10))
    assert c["sub_event_type"] == "Remote explosive/landmine/IED"
    [c] = _placed("He praised Kataib Hezbollah fighters hitting a U.S. base in Erbil on Friday.", date(2024, 8, 10))
    assert (c["actor1"], c["actor2"], c["place_id"]) == ("Kata'ib Hezbollah", "United States", "erbil-air-base")
    # drones that carry explosive devices are a drone attack, and an aerial bombardment is no shelling
    [c] = _placed("Drones carrying explosive devices struck a base in Erbil on Friday.", date(2024, 8, 10))
    assert c["sub_event_type"] == "Air/drone strike"


def test_attacks_counted_country_by_country_are_each_countrys():
    # Stars and Stripes (Nov 2023): "four drone and rocket attacks against U.S. troops and bases—three in Syria and one in Iraq";
    # one country was kept, or none (the campaign told across countries)
    found = _placed("U.S. troops and bases came under four drone and rocket attacks—three in Syria and one in Iraq—on Thursday.",
                    date(2023, 11, 10))
    assert sorted(c["place_id"] for c in found) == ["iraq", "syria"]
    found = _placed("Militants launched rockets at three military bases, two located in Iraq and one in Syria, on Thursday.",
                    date(2023, 11, 10))
    assert sorted(c["place_id"] for c in found) == ["iraq", "syria"]
    # a tally since a day stays a tally
    assert not _placed("Since October 17, there have been 66 attacks, 32 in Iraq and 34 in Syria.", date(2023, 11, 10))


def test_one_site_that_has_come_under_fire_is_news():
    # Sputnik (31 Oct 2023): "The US base at the Omar oil field ... has come under missile fire" was read as the campaign's record
    [c] = _placed("The US base at the Conoco gas field in eastern Syria has come under rocket fire.", date(2023, 10, 31))
    assert (c["place_id"], c["actor2"]) == ("conoco-gas-field", "United States")
    # a record stays a record
    assert not _placed("The Conoco base has come under attack more than 20 times since October.", date(2023, 10, 31))
    assert not _placed("The base at Ain al-Asad has come under repeated rocket attacks.", date(2023, 10, 31))


def test_positions_a_state_controls_place_an_attack_in_it():
    # IRNA (12 Nov 2024): "the group carried out six operations against Israeli-controlled positions" was placed nowhere
    [c] = _placed("On Monday, the group carried out six operations against Israeli-controlled positions.", date(2024, 11, 12))
    assert (c["place_id"], c["actor2"]) == ("israel", "Israel")


def test_review_near_misses_of_the_rounds_rules():
    # a reviewing helper's cases (round forty) where a rule of the round made a right reading wrong, or did not reach
    # the speaker of a report is not the owner of what was struck
    [c] = _placed("Hezbollah fighters said Israeli positions were struck with rockets near Margaliot on Monday.", date(2024, 2, 5))
    assert (c["actor1"], c["actor2"]) == ("Hezbollah", "Israel")
    # the weapons a defence is for are not fired
    assert not _events("The air defence system can intercept ballistic missiles fired at Tower 22.", date(2024, 2, 5))
    # "fighters who had fired": the group's men made the attack
    found = _placed("On Monday, US forces struck Hezbollah fighters who had fired rockets at the base in Erbil.", date(2024, 2, 5))
    assert {(c["sub_event_type"], c["actor1"]) for c in found} >= {("Shelling/artillery/missile attack", "Hezbollah")}
    # "alongside U.S. troops": the partner's strike still
    [c] = _placed("Jordanian forces, operating alongside U.S. troops, conducted strikes in southern Syria on Thursday.", date(2024, 2, 5))
    assert c["actor1"] == "Jordan"
    # a dateline on the report's line is where the statement came from
    [c] = _placed("WASHINGTON, DC - The Department of State condemns the drone attack on the Khor Mor gas field on Friday, which "
                  "injured four workers.", date(2024, 2, 5))
    assert c["actor2"] != "United States"
    # a village that shares a base's name is not the base: a Turkish drone's strike near Qasrak is no attack on US forces
    [c] = _placed("A Turkish drone struck a car near the village of Qasrak in the Hasakah countryside on Tuesday, killing two SDF "
                  "fighters.", date(2024, 2, 7))
    assert c["actor2"] != "United States"


def test_british_forces_hurt_or_at_their_base_are_the_united_kingdom():
    # review (round forty): "wounded British soldiers" at Camp Taji became an attack on Iraq's forces (the base Iraq holds since
    # 2020); "A drone struck near RAF Akrotiri" had no target once the base was a place
    [c] = _placed("A rocket attack on Camp Taji on Saturday wounded British soldiers, the Ministry of Defence said.", date(2020, 3, 15))
    assert c["actor2"] == "United Kingdom"
    [c] = _placed("A drone struck near RAF Akrotiri in Cyprus early on Sunday, causing minor damage to a hangar.", date(2026, 3, 2))
    assert (c["place_id"], c["actor2"]) == ("raf-akrotiri", "United Kingdom")


def test_the_us_that_denounces_a_bombing_did_not_make_it():
    # review (round forty): "The United States denounces the bombing of a market in Baghdad" made the US the striker
    [c] = _placed("The United States denounces the bombing of a market in Baghdad on Monday that killed 20 civilians.", date(2024, 2, 5))
    assert c["actor1"] != "United States"


def test_the_iraqi_counterpart_of_an_agreement_is_iraq():
    # DoD (25 Jan 2024): "the Secretary of Defense and his Iraqi counterpart have announced the launch of the HMC" had no second
    # party and no place
    [c] = _placed("Today the Secretary of Defense and his Iraqi counterpart announced the launch of the Higher Military Commission.",
                  date(2024, 1, 25))
    assert (c["sub_event_type"], c["actor1"], c["actor2"], c["place_id"]) == ("Agreement", "United States", "Iraq", "iraq")


def test_where_a_mans_past_took_place_is_not_where_he_was_taken():
    # DoD (3 Sep 2024): an ISIS leader captured on 1 Sep, "who was assessed as helping ISIS fighters after escape from a Raqqa
    # detention facility in Syria", was placed at Raqqa
    [c] = _placed("On Sept. 1, US forces, partnered with the Syrian Democratic Forces, captured an ISIS leader, Khalid al-Dandal, who was "
                  "assessed as helping ISIS fighters escape from a Raqqa detention facility in Syria.", date(2024, 9, 3))
    assert (c["sub_event_type"], c["place_id"]) == ("Arrests", "syria")
    # where the men were, and a place after the clause, are the report's
    [c] = _placed("On Sunday the U.S. military launched an air strike against the militants, who were located close to the city of "
                  "Kirkuk.", date(2023, 12, 4))
    assert c["place_id"] != "iraq"
    [c] = _placed("Last week, they targeted Abu Taqwa, who was a Harakat al-Nujaba leader, in Baghdad, Iraq.", date(2024, 1, 10))
    assert c["place_id"] == "baghdad"


def test_a_designation_of_a_named_armed_group_is_a_measure():
    # State Department, Rudaw (Nov 2023): "The Department of State is today designating Kata'ib Sayyid al-Shuhada (KSS)", "also
    # designated Kataib Sayyid al-Shuhada and its leader": no terror word within the sentence, so no measure
    for told in ("The Department of State is today designating Kata'ib Sayyid al-Shuhada (KSS).",
                 "The US Department of State also designated Kataib Sayyid al-Shuhada and its leader on Friday."):
        [c] = _placed(told, date(2023, 11, 17))
        assert (c["sub_event_type"], c["actor1"], c["actor2"]) == ("Other", "United States", "Kata'ib Sayyid al-Shuhada"), told
    # a prime minister-designate, and a closed zone, are no measure
    assert not _placed("Parliament met the designated Prime Minister Mohammed Shia al-Sudani on Friday.", date(2023, 11, 17))
    assert not _placed("The area near the Hezbollah stronghold was designated a closed military zone.", date(2023, 11, 17))


def test_a_strike_that_killed_a_commander_is_a_strike():
    # Reuters (8 Feb 2024): "The US military said a strike yesterday killed a commander from Kataib Hezbollah" was no event
    [c] = _placed("The US military said a strike yesterday killed a commander from Kataib Hezbollah.", date(2024, 2, 8))
    assert (c["sub_event_type"], c["actor1"], c["actor2"], c["event_date"]) == (
        "Air/drone strike", "United States", "Kata'ib Hezbollah", "2024-02-07")
    # a strike that killed US service members is no strike of the US side
    assert all(c["actor1"] != "United States" for c in _events("A strike killed three U.S. service members at Tower 22 on Sunday.",
                                                                 date(2024, 1, 29)))


def test_explosions_in_quotes_and_explosive_incidents_are_attacks():
    # Le Monde's English copy (12 Sep 2024): "A « explosion » was heard late Tuesday ... at a base used by the international
    # coalition"; a site (Nov 2023): "Several explosive incidents occurred on Thursday night targeting Ain al-Asad air base"
    [c] = _placed("A « explosion » was heard late Tuesday at a base used by the international coalition at Baghdad airport.",
                  date(2024, 9, 11))
    assert (c["place_id"], c["event_date"]) == ("baghdad-airport", "2024-09-10")
    [c] = _placed("Several explosive incidents occurred on Thursday night targeting Ain al-Asad air base.", date(2023, 11, 17))
    assert (c["place_id"], c["actor2"]) == ("ain-al-asad", "United States")
    assert not _placed("No explosions were heard at the base on Tuesday.", date(2024, 9, 11))


def test_strikes_in_quotes_before_their_target():
    # Newsmax (Dec 2023): 'President Joe Biden approved the "necessary and proportionate strikes" on three facilities used by
    # Iranian-backed Kataib Hezbollah': the closing quote hid "strikes on"
    [c] = _placed('On Monday, Biden approved the "necessary and proportionate strikes" on three facilities used by Kataib Hezbollah in '
                  'Iraq.', date(2023, 12, 26))
    assert (c["sub_event_type"], c["actor1"], c["actor2"], c["place_id"]) == ("Air/drone strike", "United States", "Kata'ib Hezbollah", "iraq")


def test_second_review_near_misses_of_the_rounds_rules():
    # a second reviewing helper's cases (round forty) that the later rules made wrong: each must stay no event, or keep its reading
    published = date(2024, 2, 5)
    for told in ("A sandstorm hitting the Ain al-Asad air base grounded flights for two days, a coalition spokesman said.",
                 "The bombardment of Gaza drew several thousand protesters to the gates of the US embassy in Baghdad on Friday.",
                 "Bomb-disposal teams dismantled two explosive devices found near the Baiji oil refinery on Wednesday.",
                 "Prime Minister Mohammed Shia al-Sudani has come under attack in Baghdad from militia leaders over the talks with "
                 "Washington."):
        assert not [c for c in _placed(told, published) if c["event_type"] == "Explosions/Remote violence"], told
    assert all(c["sub_event_type"] != "Remote explosive/landmine/IED" for c in _events(
        "The SDF arrested a man in Al-Shaddadi on Sunday, who is suspected of planting explosive devices around Raqqa.", published))
    # where the men were stays the strike's place
    [c] = _placed("Coalition aircraft struck two ISIS fighters, who were sheltering in a farmhouse near Al-Busayrah, on Thursday.",
                  published)
    assert c["place_id"] == "al-busayrah"
    [c] = _placed("A US strike hit a group of militants, who were operating near Al-Qaim, late on Friday.", published)
    assert (c["place_id"], c["actor1"]) == ("al-qaim", "United States")
    # where the wounded were flown is not where they were hit
    [c] = _placed("Wounded British soldiers were flown to RAF Akrotiri for treatment after Saturday's rocket attack on Camp Taji.",
                  published)
    assert (c["place_id"], c["actor2"]) == ("camp-taji", "United Kingdom")
    # a condemnation of something else is no word on the strike the condemner then made
    [c] = _placed("The United States denounced Iran on Monday, then struck IRGC facilities in eastern Syria hours later.", published)
    assert c["actor1"] == "United States"


def test_a_partner_named_as_the_speaker_after_the_report_did_not_make_it():
    # second review (round forty): "The US base at the Conoco gas field has come under rocket fire, the SDF said" gave the SDF as
    # the attacker
    [c] = _placed("The US base at the Conoco gas field has come under rocket fire, the SDF said.", date(2024, 2, 5))
    assert (c["actor1"], c["actor2"]) != ("Syrian Democratic Forces", "United States") and c["actor2"] == "United States"
    # a partner that fought is still the one that fought
    [c] = _placed("SDF fighters clashed with tribal gunmen near Diban on Monday, the SDF said.", date(2024, 2, 5))
    assert c["actor1"] == "Syrian Democratic Forces"


def test_a_car_bombing_is_an_explosive_set_off_where_it_was_put():
    # second review (round forty): "the car bombing in Tuz Khurmatu" was an air strike
    [c] = _placed("The United States condemns the car bombing in Tuz Khurmatu on Sunday that killed five civilians.", date(2024, 2, 5))
    assert (c["sub_event_type"], c["place_id"]) == ("Remote explosive/landmine/IED", "tuz-khurmatu") and c["actor1"] != "United States"
    # the militias' "booby-trapped drones" are drones
    [c] = _placed("Its fighters launched two booby-trapped drones on the Ain al-Asad Airbase on Sunday.", date(2024, 2, 5))
    assert c["sub_event_type"] == "Air/drone strike"


def test_a_state_that_owns_the_attack_and_a_group_suspected_after_it():
    # Xinhua (Oct 2024): "Iran's launch of approximately 180 ballistic missiles at targets in Israel"; KUNA (Jan 2024): "an Iran
    # missile attack targeted locations in Irbil"; both had an unidentified attacker
    [c] = _placed("Iran's launch of approximately 180 ballistic missiles at targets in Israel on Tuesday was repelled.", date(2024, 10, 2))
    assert (c["actor1"], c["actor2"]) == ("Iran", "Israel")
    [c] = _placed("An Iran missile attack targeted locations in Irbil on Monday.", date(2024, 1, 16))
    assert c["actor1"] == "Iran"
    # a state before a verb, or as the holder of the target, is not the owner
    [c] = _placed("Last Monday, the group declared its targeting of an Israeli military drone base in the occupied Golan Heights.",
                  date(2024, 3, 21))
    assert c["actor1"] != "Israel"
    [c] = _placed("Earlier this morning, the United States and Israel struck targets in Iran.", date(2026, 2, 28))
    assert c["actor1"] == "United States"
    # a group said after the report to be suspected or blamed
    [c] = _placed("A rocket attack hit Erbil on Monday, and Kataib Hezbollah is suspected.", date(2024, 4, 9))
    assert c["actor1"] == "Kata'ib Hezbollah"
    [c] = _placed("On Monday, US forces came under a drone attack in northern Iraq, which Iranian-backed Kataib Hezbollah group claimed "
                  "credit for.", date(2024, 4, 9))
    assert c["actor1"] == "Kata'ib Hezbollah"
    [c] = _placed("Kataib Hezbollah is suspected of links to Iran, officials said on Monday after a rocket attack on Erbil.", date(2024, 4, 9))
    assert c["actor1"] != "Kata'ib Hezbollah"


def test_a_strike_no_one_owns_in_israel_is_an_attack_on_israel():
    # IRNA, Press TV (2024): "The group launched a drone strike targeting a vital site in Eilat" had no actor and no target
    [c] = _placed("The group launched a drone strike targeting a vital site in Eilat on Monday.", date(2024, 4, 9))
    assert (c["actor2"], c["sub_event_type"]) == ("Israel", "Air/drone strike") and c["actor1"]
    # Israel's own strikes stay Israel's
    [c] = _placed("Israeli jets struck targets in the Golan Heights on Monday.", date(2024, 4, 9))
    assert c["actor1"] == "Israel"


def test_the_camps_a_strike_hit_are_the_groups():
    # The National, DoD (Oct-Dec 2024): "airstrikes against multiple known ISIS camps" left the struck group out, read as the
    # mission's foe ("ISIS camps" are also the detention camps of its families)
    [c] = _placed("US forces conducted airstrikes against multiple known ISIS camps in western Iraq on Monday.", date(2024, 4, 9))
    assert (c["actor1"], c["actor2"]) == ("United States", "Islamic State")
