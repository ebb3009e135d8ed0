"""ingest_frames_where.py [OUT.json]: a grid (written in round 42) of how reporting names WHERE an attack or strike happened.

Run with PYTHONPATH / STRIKEMAP_DATA pointing at a copy of the code. Each cell is one sentence: an event template with a
place frame (and, for some cells, an origin or speaker distractor). The cell's verdict compares the event's place_id with
what the sentence names:

  ok        the place the sentence names (or one of the accepted answers)
  noevent   no event at all
  unplaced  an event with no place
  distractor the origin or the speaker's place (launched from Iraq, officials in Baghdad said, ...)
  coarse    a wider place of the same country (province or country for a named town or site)
  fine      a narrower place than the sentence names (a town for "in eastern Syria")
  wrong     another place
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from datetime import date

from gazetteer import Gazetteer
from geo.ingest import Article, ingest_articles

PUB = date(2024, 1, 24)  # a Wednesday: "on Monday" is 2024-01-22
RANK = {"site": 0, "town": 1, "feature": 1, "strait": 1, "district": 2, "province": 3, "sea": 3, "country": 4}

# ---- events: (id, kind, template with {NP} or {LOC}) ---------------------------------------------------------------
# {NP}: a noun phrase naming the place struck; {LOC}: a locative phrase.  Events use one or the other.
EVENTS = [
    ("rockets", "attack", "Rockets struck {NP} on Monday."),
    ("drone_us", "attack", "A drone attack targeted US forces {LOC} on Monday."),
    ("us_air", "strike", "US aircraft struck {NP} on Monday."),
    ("us_air_loc", "strike", "US aircraft struck militia targets {LOC} on Monday."),
    ("israeli", "strike", "An Israeli strike hit {NP} on Monday."),
    ("houthi", "attack", "The Houthis fired a missile at a ship {LOC} on Monday."),
]
#: which event families each frame family suits ("iraq"/"syria" militia-and-US places, "sea", "levant" (Israel strikes), ...)
SUITS = {
    "land": ("rockets", "drone_us", "us_air", "us_air_loc"),
    "base": ("rockets", "drone_us"),
    "strike": ("us_air", "us_air_loc", "rockets"),
    "levant": ("israeli", "rockets"),
    "sea": ("houthi",),
    "yemen": ("us_air", "us_air_loc", "israeli"),
}

# ---- places: spellings -> expected id --------------------------------------------------------------------------------
BASES = {  # site id: spellings
    "ain-al-asad": ["Ain al-Asad", "Ain al-Assad", "Al-Asad", "Ayn al-Asad", "Ain Al-Asad", "Ain al Asad", "Ein al-Asad", "Al Asad",
                    "Ain Assad", "Ain al-Assad"],
    "harir-air-base": ["al-Harir", "Harir", "Al Harir"],
    "erbil-air-base": ["Erbil air base", "Erbil airport", "Irbil airport", "Arbil airport", "Erbil International Airport"],
    "baghdad-airport": ["Baghdad airport", "Baghdad International Airport"],
    "victory-base-complex": ["Victory base", "Camp Victory", "Victoria base"],
    "union-iii": ["Union III", "Union 3"],
    "al-tanf": ["al-Tanf", "Tanf", "At Tanf", "Al Tanf", "al-Tanf garrison", "the al-Tanf garrison"],
    "tower-22": ["Tower 22"],
    "mss-euphrates": ["MSS Euphrates", "Mission Support Site Euphrates"],
    "al-omar-oilfield": ["Green Village", "MSS Green Village", "the al-Omar oil field", "al-Omar oilfield", "al-Omar"],
    "conoco-gas-field": ["the Conoco gas field", "Conoco", "Koniko"],  # (MSS Euphrates is the Conoco site: either answer)
    "rumalyn-lz": ["Rumalyn", "Rumalyn Landing Zone", "Rmeilan", "Rmelan"],
    "kharab-al-jir": ["Kharab al-Jir", "Kharab al-Jeer", "Harab Cir"],
    "al-shaddadi-base": ["al-Shaddadi base", "Shaddadi base"],
    "khor-mor-gas-field": ["Khor Mor", "the Khor Mor gas field", "Khormor"],
}
#: the base's town and province, for "the <base> base in <province>" and for grading coarse answers
BASE_PROV = {
    "ain-al-asad": ("Anbar", "anbar"), "harir-air-base": ("Erbil", "erbil-governorate"), "union-iii": ("Baghdad", "baghdad"),
    "al-tanf": ("Homs", "homs-governorate"), "mss-euphrates": ("Deir ez-Zor", "deir-ez-zor-governorate"),
    "al-omar-oilfield": ("Deir ez-Zor", "deir-ez-zor-governorate"), "conoco-gas-field": ("Deir ez-Zor", "deir-ez-zor-governorate"),
    "rumalyn-lz": ("Hasakah", "hasakah-governorate"), "kharab-al-jir": ("Hasakah", "hasakah-governorate"),
    "khor-mor-gas-field": ("Sulaimani", "sulaymaniyah-governorate"),
}
TOWNS = {  # town id: spellings, province name, province id, country
    "albu-kamal": (["Albu Kamal", "Abu Kamal", "Al-Bukamal", "Boukamal", "al-Bukamal", "Al Bokamal", "البوكمال"],
                   "Deir ez-Zor", "deir-ez-zor-governorate", "Syria"),
    "al-qaim": (["al-Qaim", "Al Qaim", "Qaim", "al-Qa'im", "Al-Qaim"], "Anbar", "anbar", "Iraq"),
    "al-mayadin": (["Mayadin", "al-Mayadeen", "Al Mayadin", "Mayadeen"], "Deir ez-Zor", "deir-ez-zor-governorate", "Syria"),
    "deir-ez-zor": (["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Deir el-Zor"], "Deir ez-Zor", "deir-ez-zor-governorate", "Syria"),
    "al-shaddadi": (["al-Shaddadi", "Shaddadi", "Al-Shadadi"], "Hasakah", "hasakah-governorate", "Syria"),
    "jurf-al-sakhar": (["Jurf al-Sakhar", "Jurf al-Nasr", "Jurf al-Sakhr", "Jurf al Sakhar"], "Babil", "babil", "Iraq"),
    "akashat": (["Akashat", "Akkashat"], "Anbar", "anbar", "Iraq"),
    "kirkuk": (["Kirkuk"], "Kirkuk", "kirkuk-governorate", "Iraq"),
    "sulaymaniyah": (["Sulaimani", "Sulaymaniyah", "Slemani"], "Sulaimani", "sulaymaniyah-governorate", "Iraq"),
    "duhok": (["Duhok", "Dohuk", "Dahuk"], "Duhok", "duhok-governorate", "Iraq"),
    "erbil": (["Erbil", "Irbil", "Arbil"], "Erbil", "erbil-governorate", "Iraq"),
}
YEMEN = {"hodeidah": (["Hodeidah", "Hudaydah", "Hodeida"], "Hodeidah", "hodeidah-governorate"),
         "sanaa": (["Sanaa", "Sana'a"], "Sanaa", "sanaa-governorate")}
LEVANT = {"damascus": ["Damascus"], "dahiyeh": ["Beirut's southern suburbs", "the Dahiyeh", "Beirut's Dahiyeh"],
          "eilat": ["Eilat"]}


def _exp(*ids):
    return list(ids)


def frames():
    """Yield (frame, family, np, loc, expected ids, note). ``expected`` is a list of accepted place ids; a None entry means an
    id resolved at run time by the gazetteer from a name (towns the curated file does not hold: Kirkuk, Sanaa, Damascus)."""
    for pid, names in BASES.items():
        for n in names:
            base = n if any(w in n.lower() for w in ("base", "airport", "site", "field", "oilfield", "garrison", "zone", "camp", "village",
                                                     "tower", "union", "mss")) else n
            yield ("at <base>", "base", base, f"at {base}", [pid], "")
        n = names[0]
        if pid in BASE_PROV:
            prov, provid = BASE_PROV[pid]
            bare = n.removeprefix("the ").removesuffix(" garrison").removesuffix(" gas field").removesuffix(" oil field")
            yield ("the <base> base in <province>", "base", f"the {bare} base in {prov}", f"at the {bare} base in {prov}", [pid], "")
            yield ("<base> base in <province> province", "base", f"the {bare} base in {prov} province",
                   f"at the {bare} base in {prov} province", [pid], "")
    for pid, (names, prov, provid, country) in TOWNS.items():
        for n in names:
            yield ("near <town>", "land", f"militia positions near {n}", f"near {n}", [pid], "")
        n = names[0]
        yield ("<town> (bare)", "strike", f"{n}", f"in {n}", [pid], "")
        yield ("on the outskirts of <town>", "land", f"a site on the outskirts of {n}", f"on the outskirts of {n}", [pid], "")
        yield ("in <town>, <province>", "land", f"a depot in {n}, {prov}", f"in {n}, {prov}", [pid], "")
        yield ("in <town> in <province> province", "land", f"a depot in {n} in {prov} province", f"in {n} in {prov} province", [pid], "")
        adj = {"Syria": "Syrian", "Iraq": "Iraqi"}[country]
        yield ("in the <Adj> town of <town>", "land", f"a house in the {adj} town of {n}", f"in the {adj} town of {n}", [pid], "")
        yield ("in <country>'s <province> province", "land", f"a site in {country}'s {prov} province", f"in {country}'s {prov} province",
               [provid], "province")
        yield ("in the <province> governorate", "land", f"a site in the {prov} governorate", f"in the {prov} governorate", [provid], "province")
        yield ("the <town> area", "land", f"the {n} area", f"in the {n} area", [pid], "")
        yield ("<town>'s airport", "land", f"{n}'s airport", f"at {n}'s airport",
               [pid + "-airport", pid] + (["erbil-air-base"] if pid == "erbil" else []), "airport")
        airports = {"erbil": "erbil-air-base", "kirkuk": "kirkuk-airport", "sulaymaniyah": "sulaymaniyah-airport", "duhok": "duhok-airport"}
        if pid in airports:  # (only towns whose airport the gazetteer holds)
            yield ("<town>'s civil airport", "land", f"{n}'s civil airport", f"near {n}'s civil airport", [airports[pid]], "airport")
        yield ("in <country> near <town>", "land", f"targets in {country} near {n}", f"in {country} near {n}", [pid], "near")
        yield ("in eastern <country>, near <town>", "land", f"targets in eastern {country}, near {n}", f"in eastern {country}, near {n}",
               [pid], "near")
        yield ("in the proximity of <town>", "land", f"a vehicle in the proximity of {n}", f"in the proximity of {n}", [pid], "")
        yield ("in the surroundings of <town>", "land", f"a site in the surroundings of {n}", f"in the surroundings of {n}", [pid], "")
        for dist in ("10 km", "20 kilometers", "15 miles", "30 km (19 miles)"):
            for bearing in ("north", "northeast", "south of"):
                b = bearing.removesuffix(" of")
                yield (f"<n> km {b} of <town>", "land", f"a site {dist} {b} of {n}", f"{dist} {b} of {n}", [pid], "bearing")
        yield ("<n> km from <town>", "land", f"a site about 10 km from {n}", f"about 10 km from {n}", [pid], "bearing")
        yield ("in the countryside of <town>", "land", f"a site in the countryside of {n}", f"in the countryside of {n}", [pid, provid], "")
        yield ("east of <town>", "land", f"a site east of {n}", f"east of {n}", [pid], "bearing")
        yield ("the town of <town>", "land", f"the town of {n}", f"in the town of {n}", [pid], "")
    # regions
    regions = [
        ("in eastern Syria", "a site in eastern Syria", "in eastern Syria", ["deir-ez-zor-governorate", "syria"]),
        ("in western Iraq", "a site in western Iraq", "in western Iraq", ["anbar", "iraq"]),
        ("in western Iraq's Anbar province", "a site in western Iraq's Anbar province", "in western Iraq's Anbar province", ["anbar"]),
        ("in Iraq's Anbar province", "a site in Iraq's Anbar province", "in Iraq's Anbar province", ["anbar"]),
        ("in the western province of Anbar", "a site in the western province of Anbar", "in the western province of Anbar", ["anbar"]),
        ("a base in northeastern Syria", "a base in northeastern Syria", "at a base in northeastern Syria", ["hasakah-governorate", "syria"]),
        ("a base in eastern Syria", "a base in eastern Syria", "at a base in eastern Syria", ["deir-ez-zor-governorate", "syria"]),
        ("a base housing US troops in Syria", "a base housing US troops in Syria", "at a base housing US troops in Syria", ["syria"]),
        ("a base housing US troops in Iraq", "a base housing US troops in Iraq", "at a base housing US troops in Iraq", ["iraq"]),
        ("a base housing US troops in Jordan", "a base housing US troops in Jordan", "at a base housing US troops in Jordan", ["tower-22", "jordan"]),
        ("a base in northeast Jordan", "a base in northeast Jordan", "at a base in northeast Jordan", ["tower-22", "mafraq-governorate"]),
        ("along the Iraq-Syria border", "positions along the Iraq-Syria border", "along the Iraq-Syria border", ["iraq", "syria"]),
        ("along the Syrian-Iraqi border", "positions along the Syrian-Iraqi border", "along the Syrian-Iraqi border", ["iraq", "syria"]),
        ("near the border with Jordan", "a base in Syria near the border with Jordan", "in Syria near the border with Jordan",
         ["syria", "al-tanf"]),
        ("in Iraqi Kurdistan", "a site in Iraqi Kurdistan", "in Iraqi Kurdistan", ["kurdistan-region"]),
        ("in the Kurdistan region", "a site in the Kurdistan region", "in the Kurdistan region", ["kurdistan-region"]),
        ("in the Kurdistan region's <province>", "a site in the Kurdistan region's Sulaimani province",
         "in the Kurdistan region's Sulaimani province", ["sulaymaniyah-governorate"]),
        ("in the Kurdistan region's <province> (Erbil)", "a site in the Kurdistan region's Erbil province",
         "in the Kurdistan region's Erbil province", ["erbil-governorate"]),
        ("in northern Iraq", "a site in northern Iraq", "in northern Iraq", ["iraq"]),
        ("in Iraq and Syria", "targets in Iraq and Syria", "in Iraq and Syria", ["iraq", "syria"]),
        ("in the Deir ez-Zor countryside", "a site in the Deir ez-Zor countryside", "in the Deir ez-Zor countryside", ["deir-ez-zor-governorate"]),
        ("in Deir ez-Zor province", "a site in Deir ez-Zor province", "in Deir ez-Zor province", ["deir-ez-zor-governorate"]),
        ("in the province of Deir ez-Zor", "a site in the province of Deir ez-Zor", "in the province of Deir ez-Zor", ["deir-ez-zor-governorate"]),
        ("south of Baghdad", "militia positions south of Baghdad", "south of Baghdad", ["baghdad"]),
        ("in Babil province", "a site in Babil province", "in Babil province", ["babil"]),
        ("in Jurf al-Sakhar, south of Baghdad", "a site in Jurf al-Sakhar, south of Baghdad", "in Jurf al-Sakhar, south of Baghdad",
         ["jurf-al-sakhar"]),
        ("in Jurf al-Sakhar, 60 km south of Baghdad", "a site in Jurf al-Sakhar, 60 km south of Baghdad", "in Jurf al-Sakhar, 60 km south of Baghdad",
         ["jurf-al-sakhar"]),
        ("Ain al-Asad in western Iraq", "Ain al-Asad air base in western Iraq", "at Ain al-Asad air base in western Iraq", ["ain-al-asad"]),
        ("Ain al-Asad in Anbar", "Ain al-Asad air base in Anbar province", "at Ain al-Asad air base in Anbar province", ["ain-al-asad"]),
        ("the base, 180 km west of Baghdad", "Ain al-Asad, about 180 km west of Baghdad", "at Ain al-Asad, about 180 km west of Baghdad",
         ["ain-al-asad"]),
        ("al-Tanf near the Jordanian border", "the al-Tanf garrison near the Jordanian border", "at the al-Tanf garrison near the Jordanian border",
         ["al-tanf"]),
        ("Tower 22 in northeast Jordan", "Tower 22 in northeastern Jordan", "at Tower 22 in northeastern Jordan", ["tower-22"]),
        ("Tower 22 near the Syrian border", "Tower 22, a small outpost in Jordan near the Syrian border",
         "at Tower 22, a small outpost in Jordan near the Syrian border", ["tower-22"]),
        ("Harir base in Erbil", "Harir air base in Erbil", "at Harir air base in Erbil", ["harir-air-base"]),
        ("Harir base north of Erbil", "Harir air base, north of Erbil", "at Harir air base, north of Erbil", ["harir-air-base"]),
        ("a base near Erbil airport", "a base near Erbil airport", "at a base near Erbil airport", ["erbil-air-base"]),
        ("Victory base near Baghdad airport", "the Victory base near Baghdad airport", "at the Victory base near Baghdad airport",
         ["victory-base-complex"]),
        ("Green Village, east of Mayadin", "Green Village, east of Mayadin", "at Green Village, east of Mayadin", ["al-omar-oilfield"]),
        ("the al-Omar field in Deir ez-Zor", "the al-Omar oil field in Deir ez-Zor", "at the al-Omar oil field in Deir ez-Zor", ["al-omar-oilfield"]),
        ("Conoco in Deir ez-Zor countryside", "the Conoco gas field in the Deir ez-Zor countryside",
         "at the Conoco gas field in the Deir ez-Zor countryside", ["conoco-gas-field", "mss-euphrates"]),
        ("Kharab al-Jir in Hasakah", "the Kharab al-Jir base in Hasakah province", "at the Kharab al-Jir base in Hasakah province",
         ["kharab-al-jir"]),
        ("Rumalyn in Hasakah", "the Rumalyn base in Hasakah", "at the Rumalyn base in Hasakah", ["rumalyn-lz"]),
        ("Khor Mor in Sulaimani", "the Khor Mor gas field in Sulaimani province", "at the Khor Mor gas field in Sulaimani province",
         ["khor-mor-gas-field"]),
        ("Khor Mor in Chamchamal", "the Khor Mor gas field in Chamchamal", "at the Khor Mor gas field in Chamchamal", ["khor-mor-gas-field"]),
        ("Kirkuk airport", "a base at Kirkuk airport", "at Kirkuk airport", ["kirkuk-airport"]),
        ("the K-1 base in Kirkuk", "the K-1 base in Kirkuk", "at the K-1 base in Kirkuk", ["k1-air-base"]),
    ]
    regions += [
        ("Arbil International Airport", "Arbil International Airport", "at Arbil International Airport", ["erbil-air-base"]),
        ("Irbil International Airport", "Irbil International Airport", "at Irbil International Airport", ["erbil-air-base"]),
        ("Erbil's civilian airport", "Erbil's civilian airport", "near Erbil's civilian airport", ["erbil-air-base"]),
        ("the airport in Iraq's capital, Baghdad", "the airport in Iraq's capital, Baghdad", "at the airport in Iraq's capital, Baghdad",
         ["baghdad-airport"]),
        ("the airport in the port city of Hodeidah", "the airport in the major port city of Hodeidah",
         "at the airport in the major port city of Hodeidah", ["hodeidah-airport"]),
        ("the airport in Sulaimani", "the airport in Sulaimani", "at the airport in Sulaimani", ["sulaymaniyah-airport"]),
        ("in the proximity of <base>", "a vehicle in the proximity of al-Asad airbase in Iraq", "in the proximity of al-Asad airbase in Iraq",
         ["ain-al-asad"]),
        ("in Syria near al-Tanf", "a site in Syria near al-Tanf", "in Syria near al-Tanf", ["al-tanf"]),
        ("in Iraq near Ain al-Asad", "a site in Iraq near Ain al-Asad air base", "in Iraq near Ain al-Asad air base", ["ain-al-asad"]),
    ]
    for name, np, loc, ids in regions:
        yield (name, "land", np, loc, ids, "region")
    for pid, (names, prov, provid) in YEMEN.items():
        for n in names:
            yield ("<yemen town>", "yemen", f"Houthi targets in {n}", f"in {n}", [pid], "")
        yield ("in <town>, <province> (Yemen)", "yemen", f"a site in {names[0]}, {prov} province", f"in {names[0]}, {prov} province", [pid], "")
        yield ("<town>'s airport (Yemen)", "yemen", f"{names[0]}'s airport", f"at {names[0]}'s airport", [pid + "-airport", pid], "airport")
        yield ("the <town> governorate (Yemen)", "yemen", f"a site in the {prov} governorate", f"in the {prov} governorate", [provid], "province")
        yield ("north of <town> (Yemen)", "yemen", f"a site north of {names[0]}", f"north of {names[0]}", [pid], "bearing")
    yield ("the port of Ras Isa", "yemen", "the port of Ras Isa", "at the port of Ras Isa", ["ras-isa"], "")
    yield ("Ras Isa port", "yemen", "Ras Isa port", "at Ras Isa port", ["ras-isa"], "")
    yield ("Ras Issa", "yemen", "the Ras Issa oil terminal", "at the Ras Issa oil terminal", ["ras-isa"], "")
    yield ("the Red Sea port of Hodeidah", "yemen", "the Red Sea port of Hodeidah", "at the Red Sea port of Hodeidah",
           ["hodeidah-port", "hodeidah"], "")
    # sea frames
    seas = [
        ("in the Red Sea", "in the Red Sea", ["red-sea"]),
        ("in the southern Red Sea", "in the southern Red Sea", ["red-sea"]),
        ("in the Red Sea off <port>", "in the Red Sea off Hodeidah", ["red-sea", "hodeidah"]),
        ("off the coast of <port>", "off the coast of Hodeidah", ["hodeidah", "red-sea"]),
        ("<n> nautical miles west of <port>", "57 nautical miles west of Hodeidah", ["hodeidah", "red-sea"]),
        ("<n> nautical miles southeast of Aden", "80 nautical miles southeast of Aden", ["aden", "gulf-of-aden"]),
        ("in the Gulf of Aden", "in the Gulf of Aden", ["gulf-of-aden"]),
        ("in the Gulf of Aden off Aden", "in the Gulf of Aden off Aden", ["gulf-of-aden", "aden"]),
        ("in the Bab el-Mandeb", "in the Bab el-Mandeb strait", ["bab-el-mandeb"]),
        ("near the Bab al-Mandab", "near the Bab al-Mandab", ["bab-el-mandeb"]),
        ("off Yemen", "off Yemen", ["yemen", "red-sea"]),
        ("off the coast of Yemen", "off the coast of Yemen", ["yemen", "red-sea"]),
        ("off Mokha", "off Mokha", ["mocha", "red-sea"]),
        ("in the Arabian Sea", "in the Arabian Sea", ["arabian-sea"]),
        ("heading to Eilat", "heading to Eilat in the Red Sea", ["red-sea"]),
    ]
    for name, loc, ids in seas:
        yield (name, "sea", None, loc, ids, "sea")
    # levant
    for pid, names in LEVANT.items():
        for n in names:
            yield ("<levant place>", "levant", f"a building in {n}", f"in {n}", [pid], "")
    yield ("the Mezzeh district of Damascus", "levant", "a building in the Mezzeh district of Damascus", "in the Mezzeh district of Damascus",
           ["damascus", "mezzeh"], "")
    yield ("Damascus's Mezzeh", "levant", "a building in Damascus's Mezzeh district", "in Damascus's Mezzeh district", ["damascus", "mezzeh"], "")
    yield ("Sayyida Zeinab south of Damascus", "levant", "a site in Sayyida Zeinab, south of Damascus", "in Sayyida Zeinab, south of Damascus",
           ["sayyidah-zaynab"], "")


# ---- distractors: origin and speaker ----------------------------------------------------------------------------------
DISTRACT_PLACES = ["Ain al-Asad", "Albu Kamal", "al-Tanf", "Mayadin", "Tower 22", "al-Qaim", "Harir", "Erbil airport"]
DISTRACTORS = [  # (name, template with {S} = the base sentence without its period, or {LOC}; distractor ids)
    ("launched from Iraq", "Rockets launched from Iraq struck {NP} on Monday.", "rockets", ["iraq"]),
    ("fired from Iraq (after)", "Rockets struck {NP} on Monday, fired from Iraq.", "rockets", ["iraq"]),
    ("from Iraqi territory", "A drone launched from Iraqi territory struck {NP} on Monday.", "rockets", ["iraq"]),
    ("from Yemen", "A drone launched from Yemen struck {NP} on Monday.", "rockets", ["yemen"]),
    ("flown from Texas", "B-1 bombers flown from Texas struck {NP} on Monday.", "us_air", ["texas"]),
    ("from Dyess", "B-1 bombers flown from Dyess Air Force Base struck {NP} on Monday.", "us_air", ["dyess-afb"]),
    ("Washington said", "Rockets struck {NP} on Monday, Washington said.", "rockets", ["united-states"]),
    ("Pentagon in Arlington said", "Rockets struck {NP} on Monday, the Pentagon in Arlington said.", "rockets", ["arlington"]),
    ("officials in Baghdad said", "Rockets struck {NP} on Monday, officials in Baghdad said.", "rockets", ["baghdad"]),
    ("officials in Damascus said", "US aircraft struck {NP} on Monday, officials in Damascus said.", "us_air", ["damascus"]),
    ("a statement from Tehran", "US aircraft struck {NP} on Monday, a statement from Tehran said.", "us_air", ["iran", "tehran"]),
    ("Tehran condemned", "US aircraft struck {NP} on Monday. Tehran condemned the strikes.", "us_air", ["iran", "tehran"]),
    ("speaking in Baghdad", "Speaking in Baghdad, an official said rockets struck {NP} on Monday.", "rockets", ["baghdad"]),
    ("Baghdad-based official", "Rockets struck {NP} on Monday, a Baghdad-based official said.", "rockets", ["baghdad"]),
    ("dateline BAGHDAD", "BAGHDAD (Reuters) - Rockets struck {NP} on Monday.", "rockets", ["baghdad"]),
    ("dateline WASHINGTON", "WASHINGTON - US aircraft struck {NP} on Monday.", "us_air", ["united-states", "washington"]),
    ("told reporters in Washington", "Rockets struck {NP} on Monday, a US official told reporters in Washington.", "rockets", ["united-states"]),
    ("Erbil-based Kurdistan24", "Rockets struck {NP} on Monday, the Erbil-based Kurdistan24 reported.", "rockets", ["erbil"]),
    ("Iraqi militia based in Jurf", "A militia based in Jurf al-Sakhar fired rockets at {NP} on Monday.", "rockets", ["jurf-al-sakhar"]),
    ("group in Iraq claimed", "An Iran-backed group in Iraq claimed a drone attack on {NP} on Monday.", "rockets", ["iraq"]),
    ("the Islamic Resistance in Iraq said", "Rockets struck {NP} on Monday, the Islamic Resistance in Iraq said.", "rockets", ["iraq"]),
    ("attack on US forces based at", "Militants claimed the attack on US forces based at {NP} on Monday.", "rockets", []),
    ("toward US forces stationed in", "Rockets were fired from northern Iraq toward US forces stationed in {NP} on Monday.", "rockets", ["iraq"]),
    ("in response to Tower 22", "US aircraft struck {NP} on Monday in response to the attack on Tower 22 in Jordan.", "us_air",
     ["tower-22", "jordan"]),
]
DISTRACT_NP = {"Ain al-Asad": ("Ain al-Asad air base", ["ain-al-asad"]), "Albu Kamal": ("militia sites near Albu Kamal", ["albu-kamal"]),
               "al-Tanf": ("the al-Tanf garrison", ["al-tanf"]), "Mayadin": ("a depot in Mayadin", ["al-mayadin"]),
               "Tower 22": ("Tower 22", ["tower-22"]), "al-Qaim": ("a house in al-Qaim", ["al-qaim"]),
               "Harir": ("the Harir air base", ["harir-air-base"]), "Erbil airport": ("Erbil airport", ["erbil-air-base"])}


def cells():
    evs = {e[0]: e for e in EVENTS}
    for frame, family, np, loc, ids, note in frames():
        for eid in SUITS[family]:
            _, kind, tpl = evs[eid]
            ids_here = list(ids)
            if kind == "attack" and "al-shaddadi" in ids:
                ids_here.append("al-shaddadi-base")  # by design: an attack on forces in a town holding their base is on the base
            if "conoco-gas-field" in ids:
                ids_here.append("mss-euphrates")  # DOMAIN.md: MSS Euphrates is the Conoco gas field site
            if "{NP}" in tpl and np is None:
                continue
            text = tpl.replace("{NP}", np or "").replace("{LOC}", loc)
            if eid in ("us_air", "israeli") and family in ("base",):
                continue
            yield {"frame": frame, "family": family, "event": eid, "kind": kind, "text": text, "expect": ids_here, "distract": [], "note": note}
    for name, tpl, eid, bad in DISTRACTORS:
        for p in DISTRACT_PLACES:
            np, ids = DISTRACT_NP[p]
            if eid == "us_air" and p in ("Ain al-Asad", "al-Tanf", "Tower 22", "Harir", "Erbil airport"):
                continue  # the US does not strike its own bases
            if "Tower 22" in tpl and p == "Tower 22":
                continue
            if ("based at" in name or "stationed" in name) and p in ("Albu Kamal", "Mayadin", "al-Qaim"):
                continue  # forces are based at bases
            yield {"frame": "distractor: " + name, "family": "distractor", "event": eid, "kind": evs[eid][1],
                   "text": tpl.replace("{NP}", np), "expect": ids, "distract": bad, "note": "distractor"}


def verdict(c, got, gz):
    events = [g for g in got if g.get("kind") in ("event",)]
    unplaced = [g for g in got if g.get("kind") == "unplaced"]
    if not events and not unplaced:
        return "noevent", None
    if not events:
        return "unplaced", None
    pids = [g.get("place_id") for g in events]
    if any(p in c["expect"] for p in pids):
        extra = [p for p in pids if p not in c["expect"]]
        if extra:
            return ("distractor+" if any(p in c["distract"] for p in extra) else "extra"), extra
        return "ok", None
    if any(p in c["distract"] for p in pids):
        return "distractor", pids
    exp = gz_place(gz, c["expect"][0])
    p0 = gz_place(gz, pids[0])
    if exp is not None and p0 is not None and exp.country == p0.country:
        r0, re_ = RANK.get(p0.kind, 4), RANK.get(exp.kind, 4)
        if r0 > re_:
            return "coarse", pids
        if r0 < re_:
            return "fine", pids
    return "wrong", pids


_BY_ID = {}


def gz_place(gz, pid):
    if not _BY_ID:
        for p in gz.places:
            _BY_ID[p.id] = p
    return _BY_ID.get(pid)


def run() -> list[dict]:
    """Every cell with its verdict and what was read."""
    gz = Gazetteer.default()
    # towns not in the curated file: accept the gazetteer's own answer for their name
    alias = {"kirkuk": "Kirkuk", "sanaa": "Sanaa", "damascus": "Damascus", "duhok": "Duhok", "dahiyeh": "Dahiyeh", "aden": "Aden",
             "mocha": "Mokha", "tehran": "Tehran", "washington": "Washington", "arlington": "Arlington", "mezzeh": "Mezzeh",
             "ras-isa": "Ras Isa"}
    resolved = {}
    for k, n in alias.items():
        m = gz.get(n, country={"kirkuk": "IQ", "duhok": "IQ", "sanaa": "YE", "aden": "YE", "mocha": "YE", "ras-isa": "YE",
                               "damascus": "SY", "mezzeh": "SY", "dahiyeh": "LB", "tehran": "IR", "washington": "US",
                               "arlington": "US"}[k])
        resolved[k] = m.place.id if m is not None else k
    out = []
    for c in cells():
        c["expect"] = [resolved.get(i, i) for i in c["expect"]]
        c["distract"] = [resolved.get(i, i) for i in c["distract"]]
        got = ingest_articles([Article("grid", c["text"], PUB)])
        c["verdict"] = verdict(c, got, gz)[0]
        c["got"] = [(g.get("kind"), g.get("place_id"), g.get("event_date")) for g in got if g.get("kind") in ("event", "unplaced")]
        out.append(c)
    return out


def main(argv):
    out, tally = run(), defaultdict(Counter)
    for c in out:
        tally[c["frame"]][c["verdict"]] += 1
    if len(argv) > 1:
        json.dump(out, open(argv[1], "w"), indent=0, ensure_ascii=False)
    total = Counter(c["verdict"] for c in out)
    print(f"cells {len(out)}: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    for f, t in tally.items():
        bad = sum(v for k, v in t.items() if k != "ok")
        if bad:
            print(f"  {f:45s} {sum(t.values()):3d} cells, not ok {bad:3d}: " + ", ".join(f"{k} {v}" for k, v in t.most_common() if k != "ok"))


if __name__ == "__main__":
    main(sys.argv)
