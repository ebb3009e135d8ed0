"""Where an event happened: the place role of a sentence's places.

A sentence names places for many reasons; only some say where the event it reports took place. An
origin ("flown from Dyess"), a dateline ("BAGHDAD (Reuters) -"), where forces are stationed, where a
speaker is, a qualifier ("Erbil, Iraq", "south of Baghdad"), the setting of a wider war and a
country addressed ("a message to Iran") are not. Of those left, the most specific level wins: sites
and towns before provinces before countries, one event per place. Rules over the words, no model.
"""

from __future__ import annotations

import functools
import itertools
import re

from gazetteer import Gazetteer, distance_km
from gazetteer.model import Match, Place

from .context import ALLIED_NATIONS, appositive_place, coordinated, locative, war_setting
from .dates import NEWS_AGENCIES
from .mentions import Mention, MentionFinder
from .recognise import Trigger
from .text import PerArticle, Sentence, Words, contains_any, gated, has_any

__all__ = ["KIND_RANK", "NOT_A_BATTLEFIELD", "THEATRE", "bases_in_towns", "by_bearing", "event_places", "far_town",
           "is_origin", "office_title", "outlet_name", "place_told_after", "resolve_places", "struck_group_attacked", "us_position"]

#: How specific a gazetteer kind is (lower is more specific): an event is placed at the most specific level a sentence names.
KIND_RANK = {"site": 0, "town": 1, "feature": 1, "strait": 1, "district": 2, "province": 3, "sea": 3, "country": 4}


_BASE_AT = gated(re.compile(r"(?:\b(?:air\s*)?bases?|\bairbases?|\bgarrison|\boutpost)(?:\s+(?:used\s+by|housing|hosting)(?:\s+[\w.-]+){1,4}?)?"
                            r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:town\s+of\s+|area\s+of\s+|city\s+of\s+)?"
                            r"(?:[Aa][ln][-\s])?$"
                            r"|\b(?:Patrol|Operating|Support|Fire)\s+Base\s+$", re.I))


#: After a place: the unit it names ("Deir Ezzor province", "Hasakah and Deir ez-Zor provinces", "Deir Ezzor countryside");
#: before it: "the province of Deir Ezzor".
_UNIT_AFTER = re.compile(r"\s+(province|governorate|region)s?\b|\s+(?:and|&)\s+[\w'’ -]{2,30}?\s+(province|governorate)s\b|"
                         r"\s+(?:eastern\s+|western\s+|northern\s+|southern\s+)?(countryside)\b", re.I)
_UNIT_BEFORE = gated(re.compile(r"\b(province|governorate)\s+of\s+$", re.I))
#: Between a named site and a town: "in", "at", "near", "outside".
_IN_GAP = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?")
#: Between a named base and the town it is in: "al-Harir Air Base Irbil", "Harir base, Erbil", "Harir Air Base in Erbil".
_SITE_TOWN_GAP = re.compile(r"\s*,?\s*(?:(?:in|at|near|outside)\s+(?:the\s+)?)?")
#: Right before a town: the base told before, named by "the" ("outside the base in Irbil").
_THE_BASE_AT = re.compile(r"\bthe\s+(?:(?!airport|coalition|international|NATO|other|second|another)[\w-]+\s+)?(?:air\s*)?base\s+"
                          r"(?:in|at|near|outside)\s+$", re.I)  # (not "the coalition base in Erbil", "the airport base")
#: Between two places: a comma only ("Erbil, Iraq").
_COMMA_GAP = re.compile(r",\s*")
#: Between a town told as a district and the wider place after a comma: " district, ", " subdistrict, ".
_UNIT_COMMA = re.compile(r"\s+(?:district|sub-?district|nahiya|qadha|qada)\s*,\s*(?:in\s+)?", re.I)


def resolve_places(finder: MentionFinder, mentions: list[Mention], context: list[str], text: str) -> dict[int, Match]:
    """The gazetteer's answer for each place mention, by the mention's start, read in the countries the
    article names (``context``): "Deir Ezzor province" is the province; "a US base in al-Shaddadi" is
    the base when the gazetteer has it; "al-Harir Air Base in Irbil" names Irbil as where the base is."""
    out, cache = {}, {}
    codes = finder.countries_of(context) if context else None
    last_place = -1  # the start of the last place resolved
    named_site_end = -1  # where the last base named by its name ends: "al-Harir Air Base in Irbil" names Irbil as where it is
    base_of_town: dict[str, Match] = {}  # a town told as where a named base is: "al-Harir Air Base Irbil" -> Harir, for "the base in Irbil"
    for m in mentions:
        if m.kind != "place":
            continue
        if m.key not in cache:
            cache[m.key] = finder.resolve(m, context=context, country=codes)
            if (cache[m.key] is not None and cache[m.key].place.country == "US" and cache[m.key].place.layer != "curated"
                    and (near := finder.resolve(m, country=THEATRE)) is not None and near.place.country in THEATRE
                    and (near.matched_by == "exact" or (near.matched_by == "alias" and near.place.layer == "curated"
                                                         and not _US_STATE_AFTER.match(text, m.end)))):
                # "an Israeli air strike in Damascus", in an article that names the US: Syria's, not Maryland's; "a drone factory near
                # Bagdad" (a spelling the gazetteer knows for Baghdad): Iraq's, not Arizona's
                cache[m.key] = near
        found = cache[m.key]
        base_after = _NAMED_BASE.match(text, m.end)  # "Irbil air base", "Harir base in Erbil"
        unit = _UNIT_AFTER.match(text[m.end:m.end + 50]) or _UNIT_BEFORE.search(text[max(0, m.start - 20):m.start])  # "the province of Deir Ezzor"
        if unit and (found is None or found.kind != "province"):  # "Deir Ezzor province", "Hasakah and Deir ez-Zor provinces",
            word = next(g for g in unit.groups() if g)  # "Deir Ezzor countryside": the province, not the town
            unit_word = 'province' if word.lower() in ('countryside', 'region') else word  # "the Deir Ezzor region": the province
            wider = finder.get(f"{m.text} {unit_word}", country=codes)
            if (wider is None or wider.kind != "province") and found is not None:  # "the province of Dayr al-Zawr": by its town's name
                wider = finder.get(f"{found.place.name} {unit_word}", country=codes)
            # (not another country's province a loose spelling reaches: "the Arava region" of Israel is not Syria's Daraa)
            if wider is not None and wider.kind == "province" and found is not None and wider.place.country != found.place.country:
                # and a town reached by a loose spelling too is no answer ("the Jazira region" is neither Suwayda nor Iraq's
                # Aş Şuwayrah)
                found = None if found.matched_by == "fuzzy" else found
            else:
                found = wider if wider is not None and wider.kind == "province" else found
        elif (found is not None and found.kind == "town" and found.place.id in base_of_town
              and _THE_BASE_AT.search(text, max(0, m.start - 40), m.start)
              and not _NATIONS_BASE.search(text, max(0, m.start - 40), m.start)):  # (not "the Italian base in Erbil")
            # "a drone landed on al-Harir Air Base Irbil ... another drone exploded outside the base in Irbil": that base again
            found = base_of_town[found.place.id]
        elif (found is not None and found.kind == "town" and (base_after or _BASE_AT.search(text[max(0, m.start - 40):m.start]))
              and not _IN_GAP.fullmatch(text, named_site_end, m.start)
              and not _NATIONS_BASE.search(text, max(0, m.start - 40), m.start)):  # not "the Italian military base in Erbil"
            # "a US base in al-Shaddadi", "an air base used by American troops in Erbil", "Irbil air base": the base, when the
            # gazetteer has it
            site = finder.get(f"{m.text} {base_after.group(0).strip() if base_after else 'base'}", country=codes)
            # (not the Syrian army's airport for "a U.S. base in Deir ez-Zor": a US base is one US forces hold)
            us_base = not base_after and _US_BASE_AT.search(text, max(0, m.start - 40), m.start)
            found = (site if site is not None and site.kind == "site" and site.place.country == found.place.country
                     and not (us_base and not us_position(site.place.name)) else found)
            if us_base and found.kind == "town" and found.place.id not in bases_in_towns():
                # "a U.S. base in Deir ez-Zor", "in Hasakah": no US base in the town; its province holds them
                wider = finder.get(f"{found.place.name} province", country=codes)
                found = wider if wider is not None and wider.kind == "province" else found
        if found is not None and found.kind == "town" and (_AIRPORTS_AFTER.match(text, m.end) is not None
                                                           or _AIRPORT_AT.search(text, max(0, m.start - 40), m.start) is not None):
            # (and "two katyusha rockets were launched at an airport near Kirkuk": the town's airport)
            # "shoot down two hostile drones that attempted to strike Irbil and Kirkuk airports": each town's airport
            airport = finder.get(f"{m.text} airport", country=codes)
            if airport is None or airport.kind != "site":  # "the airport in Iraq's capital": the town told by a description
                airport = finder.get(f"{found.place.name} airport", country=codes)
            found = airport if airport is not None and airport.kind == "site" and airport.place.country == found.place.country else found
        if found is not None:
            if found.kind == "town" and (site := out.get(last_place)) is not None and site.kind == "site" and _SITE_TOWN_GAP.fullmatch(
                    text, named_site_end, m.start):
                base_of_town.setdefault(found.place.id, site)
            out[m.start] = found
            last_place = m.start
            if found.kind == "site" or (found.kind == "town" and base_after):
                # "Harir base in Erbil" (a site named by its town, "base" after it): Erbil is where it is
                named_site_end = base_after.end() if base_after else m.end
    _drop_namesakes(out, [m for m in mentions if m.kind == "place"], text)
    return out


#: After a village's name, the province or country it is said to be in: "al-Sabha village in eastern Deir Ez-Zour governorate".
_VILLAGE_IN = re.compile(r"\s+(?:village|town|city|area|district|sub-?district)\s+(?:in|of)\s+(?:the\s+)?"
                         r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$", re.I)


def _drop_namesakes(out: dict[int, Match], places: list[Mention], text: str) -> None:
    """Villages of one country the gazetteer's name lists reach for a village of another: "al-Sabha village in eastern
    Deir Ez-Zour governorate" is not Sabha in Jordan; the province it is said to be in places the report."""
    for m, nxt in itertools.pairwise(places):
        here, there = out.get(m.start), out.get(nxt.start)
        if (here is not None and there is not None and m.layer == "populated" and here.kind == "town"
                and there.kind in ("province", "country") and here.place.country != there.place.country
                and _VILLAGE_IN.fullmatch(text, m.end, nxt.start)):
            del out[m.start]


#: Before a town: another nation's base in it ("the Italian military base in Erbil"), not the one the gazetteer holds there.
_NATIONS_BASE = re.compile(rf"\b(?:{ALLIED_NATIONS}|Peshmerga|Kurdish|PMF|Hashd|Popular\s+Mobili[sz]ation(?:\s+Forces)?)\s+"
                           r"(?:army\s+|military\s+|forces['’]?\s+)?(?:air\s*)?base\s+(?:in|at|near)\s+$")
#: A place the strikes are said not to have hit: "Friday's strikes did not hit targets inside Iran".
_NOT_HIT_IN = re.compile(r"\b(?:did\s+not|didn['’]t|not)\s+(?:hit|strike|target)\s+(?:any\s+)?(?:targets?\s+|sites?\s+)?(?:inside|in|on)\s+$")
#: Before a place: the one a report says it was not ("the attack hit Tower 22 and not the al-Tanf garrison", "in Jordan, not in Syria").
_AND_NOT = re.compile(r"(?:\b(?:and|but|rather\s+than)\s+|,\s*)not\s+(?:at\s+|in\s+|on\s+|inside\s+)?(?:the\s+)?$")
#: Before a place: the field a person's job covered ("reportedly in charge of the militia's military activities in Syria"), not
#: where the attack on him was.
_HIS_REMIT = re.compile(r"\b(?:in\s+charge\s+of|responsible\s+for|oversaw|overseeing|who\s+(?:ran|led|headed))\s+"
                        r"(?:[\w'’-]+\s+){0,5}?(?:activities|operations|affairs|file)\s+in\s+(?:the\s+)?$", re.I)
#: One of these is in every match of _HIS_REMIT: a cheap test before it.
_REMIT_WORDS = ("charge of", "responsible for", "oversaw", "overseeing", "who ran", "who led", "who headed")
#: Before a town: its airport named by the town ("two katyusha rockets were launched at an airport near Kirkuk"), not something near
#: the airport ("a residential building near the airport in Erbil": the town).
_AIRPORT_AT = gated(re.compile(r"(?<!near\s)(?<!to\s)(?<!outside\s)(?<!around\s)\b(?:an?|the)\s+(?:international\s+)?airport\s+"
                               # "the airport in the major port city of Hodeida"
                               r"(?:in|at|near|outside|of)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town)\s+of\s+)?$", re.I))
#: After a town, the airports it and another town have: "Irbil and Kirkuk airports", "Kirkuk airports"; its airfield.
_AIRPORTS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+airports\b|"
                             # "Erbil's civil airport", "Arbil International Airport": the town's airport, in words its names lack
                             r"(?:['’]s)?\s+(?:civil(?:ian)?|[Ii]nternational)\s+[Aa]irport\b|"
                             r"(?:['’]s)?\s+(?:military\s+)?(?:air\s*field|air\s*strip)\b")  # "two military sites near Sanaa airfield"
#: A base told as US forces': "a U.S. base in", "the American military base in".
_US_BASE_AT = re.compile(r"\b(?:U\.S\.|US|American|coalition)(?:-(?:run|led))?\s+(?:military\s+)?(?:air\s*)?base\s+(?:in|at|near)\s+$", re.I)


#: How near a US base must be to a town's point for an attack on US forces "in" the town to be on the base.
_BASE_IN_TOWN_KM = 1.0


@functools.cache
def bases_in_towns() -> dict[str, Place]:
    """Curated towns whose point holds a base US forces use (al-Shaddadi and its base): town id -> the base."""
    places = Gazetteer.default().places
    # (a point borrowed from a province says nothing of where a town or base is: al-Khadra and Tal Baydar both hold Hasakah's)
    bases = [p for p in places if p.kind == "site" and p.lat is not None and p.precision != "province" and us_position(p.name)]
    return {t.id: b for t in places if t.kind == "town" and t.lat is not None and t.precision != "province"
            for b in bases if b.country == t.country and distance_km(t.lat, t.lon, b.lat, b.lon) <= _BASE_IN_TOWN_KM}


#: Right after a town's name: the base it names ("the Al-Malikiyah base", "al-Shaddadi air base").
_NAMED_BASE = re.compile(r"\s+(?:air\s*)?base\b", re.I)


#: Between two towns, and after the second: a road named by the towns it joins ("the Erbil-Pirmam road", "the Al-Suqqariya - Al-Bukamal
#: road", "the Damascus–Beirut highway").
_ROAD_PAIR = re.compile(r"\s?[-–]\s?")
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|expressway|route|international\s+road)\b", re.I)


#: Right before a list of provinces ("in the provinces of Tehran, Khuzestan and Ilam"), and right after one ("... and Ilam provinces").
_PROVINCES_OF = re.compile(r"\b[Pp]rovinces\s+of\s+$")
_PROVINCES_AFTER = re.compile(r"\s+[Pp]rovinces\b")


def _provinces_listed(named: list[Mention], matches: dict[int, Match], text: str) -> None:
    """Reads each name of a list told as provinces as its province ("the provinces of Tehran, Khuzestan and Ilam": Tehran
    province, not the city), where the gazetteer holds one of that name in the town's country."""
    runs, run = [], []
    for m in named:
        if run and coordinated(text[run[-1].end:m.start]):
            run.append(m)
        else:
            runs.append(run := [m])
    gz = Gazetteer.default()
    for run in runs:
        if not (_PROVINCES_OF.search(text, max(0, run[0].start - 20), run[0].start) or _PROVINCES_AFTER.match(text, run[-1].end)
                or run[-1].text.endswith("rovinces")):  # ("Ilam provinces": the last name's province, written as a plural)
            continue
        for m in run:
            town = matches[m.start].place
            if (matches[m.start].kind == "town" and (wider := gz.get(f"{m.text} province", country=town.country)) is not None
                    and wider.kind == "province" and wider.place.country == town.country and wider.matched_by != "fuzzy"):
                matches[m.start] = wider  # (not "Tabriz province" read as Taiz, in Yemen: a name the gazetteer holds as it is)


def _may_hold(area: Match, item: Match) -> bool:
    """Whether a place told after a list item may say where the item is: any place but a province the item's point cannot lie in."""
    p = item.place
    return area.kind != "province" or p.lat is None or Gazetteer.default().may_lie_in(p.lat, p.lon, area.place.id)


def event_places(t: Trigger, s: Sentence, in_s: list[Mention], matches: dict[int, Match], text: str) -> list[Mention]:
    """The places an event is at: the most specific level named in the sentence (sites and towns
    before provinces before countries), one event per place, skipping origins ("flown from Dyess"),
    the setting of a wider war ("the war in Gaza") and countries not named as where something
    happened ("a message to Iran")."""
    named = [m for m in in_s if m.kind == "place" and m.start in matches]
    if "rovinces" in s.text:
        _provinces_listed(named, matches, text)
    if "-" in s.text or "–" in s.text:
        # "on the Erbil-Pirmam road", "the Damascus-Beirut highway": a road named by the towns it joins is one place, told by the
        # first town (not an event in each)
        named = [m for i, m in enumerate(named) if not (i and _ROAD_PAIR.fullmatch(text, named[i - 1].end, m.start)
                                                         and _ROAD_AFTER.match(text, m.end))]
    where: dict[int, bool] = {}  # whether the words before each place say it is where something happened: read when first asked

    def said_where(m: Mention) -> bool:
        if not where:
            where.update(zip((m.start for m in named), locative(text, [(m.start, m.end) for m in named], sentence_start=s.start), strict=True))
        return where[m.start]

    def usable(m: Mention) -> bool:  # whatever the words right before it say
        near = text[max(0, m.start - 40):m.start]  # (the words the patterns below need, tested first: cheap tests before them)
        return (not far_town(matches[m.start])
                and not (matches[m.start].kind == "town" and contains_any(text[max(s.start, m.start - 60):m.start], _BASE_WORDS)
                         and _THE_BASE_NEAR.search(text, max(s.start, m.start - 60), m.start))
                and not (_on_the_ground(t) and (_far_area(matches[m.start])
                                                # (no sea speaks: "a ship traveling through the Red Sea reported being struck")
                                                or (matches[m.start].kind != "sea" and _NOT_WHERE.match(text, m.end))
                                                or (("not" in near or "didn" in near) and (_NOT_HIT_IN.search(text, max(0, m.start - 40), m.start)
                                                                                           or _AND_NOT.search(text, max(0, m.start - 30), m.start)))
                                                or (contains_any(text[max(0, m.start - 90):m.start], _REMIT_WORDS)
                                                    and _HIS_REMIT.search(text, max(0, m.start - 90), m.start))
                                                or (has_any(near, _PRESSURE_WORDS) and _PRESSURE_ON.search(text, max(0, m.start - 30), m.start))
                                                or (has_any(near, _CALLED_WORDS) and _CALLED_ON.search(text, max(0, m.start - 30), m.start)
                                                    and _TO_DO.match(text, m.end))))
                and matches[m.start].place.id not in NOT_A_BATTLEFIELD
                and not (_on_the_ground(t) and matches[m.start].place.country == "US")  # "at Dover Air Force Base in Delaware"
                and not (_on_the_ground(t) and ((matches[m.start].kind != "site" and war_setting(text, m.start, m.end, sentence_start=s.start))
                                                or (matches[m.start].kind == "country" and not said_where(m)))))

    places = [m for m in named if not is_origin(text, m) and usable(m)]
    if places and ("'s" in s.text or "’s" in s.text):  # (the speaker's words follow the place, in its sentence)
        spoken = [m for m in places if _SPOKE_FOR.match(text, m.end)]
        # (the speaker's region is kept only for a report it alone places and that is not one told before: "An explosive-laden
        # drone fell near the airport, Erbil's security directorate said", not "The drone was shot down ..., ... said")
        if spoken and (len(spoken) < len(places) or _THE_BEFORE_TRIGGER.search(text, max(s.start, t.start - 40), t.start)):
            places = [m for m in places if m not in spoken]
    if _on_the_ground(t) and contains_any(text[t.end:s.end], _OTHER_ATTACK_WORDS):
        # "amid an expected counterattack by Iran on Israel", "the Oct. 7 attack on Israel": another attack's place
        places = [m for m in places if not (m.start >= t.end and (other := _OTHER_ATTACK_ON.search(text, max(t.end, m.start - 90), m.start))
                                            and text[t.end:other.start()].strip())]
    if _on_the_ground(t) and all(matches[m.start].kind == "country" or (matches[m.start].kind == "province" and any(
            b.end <= m.start and matches[b.start].kind == "town" and by_bearing(text, b)
            and Gazetteer.default().may_lie_in(matches[b.start].place.lat, matches[b.start].place.lon, matches[m.start].place.id)
            for b in named)) for m in places):
        # ("a base north of Erbil, in the Kurdistan Region": the town it is placed by, the region saying where the town is; not
        # "a base west of Baghdad, in Anbar province": the province says where the base is)
        # "the United States struck Kata'ib Hezbollah south of Baghdad": no town or site named as where, the town it is placed by
        # ("a drone intercepted east of the Sea of Galilee": a sea is placed by its bearing the same way; not "east of the Euphrates")
        places += [m for m in named if matches[m.start].kind in ("town", "sea") and by_bearing(text, m) and usable(m)][:1]
    if t.kind == "strike":  # "including the attack on al-Asad Airbase, US forces conducted airstrikes", "counterstrikes to the attack on
        # the Tower 22 complex in northern Jordan": the attack's place (and where it is), not the strike's
        kept, dropped = [], None
        for m in places:
            if ((_attack_of(text, m, t, s)
                                       # "Houthi attacks on ships in the Red Sea and Gulf of Aden": listed along the attack's place
                                       or (dropped is not None and (coordinated(text[dropped.end:m.start])
                                                                    or _WHERE_IT_IS.fullmatch(text, dropped.end, m.start))))
                    or (m.start >= t.end and (who := _WHO_FIRED.search(text, max(t.end, m.start - 160), m.start))
                        and (text[t.end:who.start()].strip() or who.group(0).startswith("when")))):
                # not the strike's own clause ("raids that targeted the capital"); "a strike when the fighters fired": theirs
                dropped = m
                continue
            kept.append(m)
        places = kept
        # "alarms sounded at the U.S. embassy amid threats to retaliate for the U.S. strikes against Houthi targets in Yemen": a
        # strike is not at a position US forces hold when the sentence names another place
        if any(m.start >= t.end and not us_position(matches[m.start].place.name) for m in places):
            places = [m for m in places if not (m.end <= t.start and us_position(matches[m.start].place.name))]
    if len({matches[m.start].place.id for m in places}) > 1:  # a country told only to describe a group is not where it was struck
        places = [m for m in places if not (matches[m.start].kind == "country" and (
            _describes_group(text, m, in_s) or _FIGHTERS_IN.search(text, max(s.start, m.start - 40), m.start)
            or (m.start < t.start and _GROUP_IN.search(text, max(s.start, m.start - 40), m.start))
            or _LOYAL_TO.search(text, max(s.start, m.start - 40), m.start)))] or places
    places = [m for i, m in enumerate(places) if i == 0 or not (
        (appositive_place(text, places[i - 1].end, m.start) and not _finer_near(text, places[i - 1], m, matches))
        or _qualifier(text, places[i - 1], m, matches) or _close_by(text, max(places[i - 1].end, m.start - 50), m.start))]
    # "a public facility located between Kirkuk province and Sulaimani province": one place between two, not two places struck
    places = [m for i, m in enumerate(places) if not (
        i > 0 and _AND_GAP.fullmatch(text, places[i - 1].end, m.start)
        and _BETWEEN_END.search(text, max(0, places[i - 1].start - 30), places[i - 1].start))]
    # "the al-Mayadeen area of Jurf al-Nasr district": a quarter named like a town of another country, told by the place it lies in
    places = [m for i, m in enumerate(places) if not (
        i + 1 < len(places) and _PART_OF.fullmatch(text, m.end, places[i + 1].start)
        and matches[m.start].place.country != matches[places[i + 1].start].place.country)]
    # "located at Erbil's Pirmam district": the owner says where the place it owns is
    places = [m for i, m in enumerate(places) if not (i + 1 < len(places) and _POSSESSIVE.match(text, m.end)
                                                      and places[i + 1].start - m.end <= 12)]
    if not places and _on_the_ground(t) and _THERE.match(text, t.end):
        # "security sources in Lebanon said an Israeli strike there killed a member of Hezbollah": the country the speakers were in,
        # which "there" names again as where it struck
        places = [m for m in named if m.end <= t.start and matches[m.start].kind == "country"][-1:]
    if not places:
        return []
    if not _on_the_ground(t):  # a decision is placed where the words put it first, with what is listed along ("in Iran and Hong Kong")
        return _first_and_listed(places, text)
    # an attack on forces in a town that holds their base is on the base: "drones targeting forces at Bashur, Iraq, and a rocket
    # attack on forces at Shaddadi, Syria" names two bases
    held = bases_in_towns() if t.kind == "attack" else {}
    # and a town told as a base ("the Al-Malikiyah base") ranks as one
    rank = [0 if matches[m.start].place.id in held or (matches[m.start].kind == "town" and _NAMED_BASE.match(text, m.end))
            else KIND_RANK.get(matches[m.start].kind, 4) for m in places]
    # "forces stationed near Baghdad airport at the Camp Victory base": the site they are at, not the one it is near
    at_site = {i - 1 for i in range(1, len(places)) if rank[i] == rank[i - 1] == 0
               and _AT_THE.fullmatch(text, places[i - 1].end, places[i].start)
               and _NEAR_END.search(text, max(s.start, places[i - 1].start - 12), places[i - 1].start)}
    if at_site:
        places, rank = [m for i, m in enumerate(places) if i not in at_site], [r for i, r in enumerate(rank) if i not in at_site]
    # a list's items and what only says where each is: "Jurf al-Sakhar near Baghdad in Babil Governorate, Al Qaim in Al Anbar
    # Governorate, and Trebil on the Iraqi-Jordan border" lists three struck areas; Baghdad, Babil, Anbar and Jordan say where
    heads, ends = [], {}  # the items, and where each item's words (its qualifiers with it) end
    for i, m in enumerate(places):
        if heads and rank[i] >= rank[heads[-1]] and (
                _SAYS_WHERE.fullmatch(text, ends[heads[-1]], m.start) or (
                _AREA_AFTER.match(text, m.end) and _SAYS_WHERE.fullmatch(text, ends[heads[-1]] + 1, m.start)
                and text[ends[heads[-1]]] == ",")) and _may_hold(matches[m.start], matches[places[heads[-1]].start]):
            # "the Kharab al-Jir base, in the Rmelan area of Hasakah": where the base is (not "Shiraz, Khuzestan and Ilam": a
            # province the item cannot lie in, a third area listed)
            ends[heads[-1]] = m.end
        else:
            heads.append(i)
            ends[i] = m.end
    best = min(rank[i] for i in heads)
    keep = {i for i in heads if rank[i] == best}
    for a, b in zip(heads, heads[1:], strict=False):  # what is listed along a kept place is struck too ("near Al Anbar and Jurf al Saqr")
        if _listed(text, ends[a], places[b].start) and not _POSSESSIVE.match(text, places[b].end):
            if a in keep:
                keep.add(b)
            elif b in keep:
                keep.add(a)
    for a, b in zip(heads[::-1][1:], heads[::-1], strict=False):  # and back along the list ("X, Y and the site Z": Z kept first)
        if b in keep and _listed(text, ends[a], places[b].start):
            keep.add(a)
    seen, out = set(), []
    for i, m in enumerate(places):
        pid = matches[m.start].place.id
        if i in keep and pid not in seen:
            seen.add(pid)
            out.append(m)
    return out


#: Right after a report: "there", the place told before it ("an Israeli strike there killed a member of Hezbollah").
_THERE = re.compile(r"\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)")
#: Between a country or province and a town: "near" ("in Syria near Abu Kamal", "in eastern Syria, close to al-Bukamal").
_NEAR_GAP = re.compile(r",?\s+(?:close\s+to|near|not\s+far\s+from)\s+(?:the\s+)?")


def _finer_near(text: str, before: Mention, m: Mention, matches: dict[int, Match]) -> bool:
    """Whether ``m``, a town or site named "near" right after a country or province ``before`` ("in Syria near Abu Kamal"), is
    the finer place of the report: what it is near, not what says where ``before`` is."""
    return (KIND_RANK.get(matches[before.start].kind, 4) >= KIND_RANK["province"] and KIND_RANK.get(matches[m.start].kind, 4) <= 1
            and _NEAR_GAP.fullmatch(text, before.end, m.start) is not None)


#: The word after a name that says what kind of area it is: "in Deir el-Zour province and in al-Shaddadi".
_KIND_WORD_AND = re.compile(r"\s+(?:province|governorate|area|region|district)(?=\s+(?:and|or)\s)", re.I)


#: Before a place after another: words that say how near the first is ("the al-Tanf garrison, a stone's throw away from the
#: Rukban camp"), not a second place struck.
_CLOSE_BY = re.compile(r"\b(?:a\s+stone['’]s\s+throw|not\s+far|a\s+short\s+distance|a\s+few\s+(?:kilomet(?:er|re)s|km|miles))\s+(?:away\s+)?"
                       r"from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:next|adjacent|close)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: One of these is in every text _CLOSE_BY matches (in any case): a cheap test before it.
_CLOSE_WORDS = ("throw", "far", "distance", "few", "next", "adjacent", "close")


def _close_by(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in words that put the next place near the one before ("a few kilometers from")."""
    return contains_any(text[lo:hi], _CLOSE_WORDS) and _CLOSE_BY.search(text, lo, hi) is not None


#: A place that owns the next: "Babil's Jurf al-Nasr" says where Jurf al-Nasr is.
_POSSESSIVE = re.compile(r"['’]s\s")


def _listed(text: str, end: int, start: int) -> bool:
    """Whether the words between two places list them, past a word that says what kind of area the first is ("in Deir
    el-Zour province and in al-Shaddadi"), but not "in Deir Ezzor province, eastern Syria", which says where it is."""
    unit = _KIND_WORD_AND.match(text, end, start)
    gap = text[unit.end() if unit else end:start]
    # "the capital Sanaa, the Amran governorate and other areas", "Sanaa and the Dhamar province": a province listed with "the"
    return coordinated(gap) or (gap.endswith(("the ", "The ")) and coordinated(gap[:-4]) and _UNIT_NEXT.match(text, start) is not None)


#: A province named with its unit word: "Amran governorate", "Dhamar province" (read from the name's start).
_UNIT_NEXT = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:province|governorate)\b", re.I)


def _attack_of(text: str, m: Mention, t: Trigger, s: Sentence) -> bool:
    """Whether an "attack on" the sentence names holds the place ``m`` (not the strike ``t``'s own words: "the US army's drone
    attack on the Iraqi capital Baghdad" is the strike on Baghdad)."""
    if m.end <= t.start:
        return bool(_ATTACK_ON.search(text, max(s.start, m.start - 50), m.start))
    found = _ATTACK_ON.search(text, max(t.end, m.start - 50), m.start)
    # not an attack the strike stopped: "killed five militia fighters ... preparing to launch a suicide drone attack on a posting near Kirkuk"
    return found is not None and bool(text[t.end:found.start()].strip()) and not _ABOUT_TO.search(text, t.end, found.start())


#: Right before a place: another attack than the report's, expected or long past ("an expected counterattack by Iran on
#: Israel", "the Oct. 7 attack on Israel by Hamas").
_OTHER_ATTACK_ON = re.compile(
    r"\b(?:(?:expected|anticipated|possible|potential|feared|threatened|looming|imminent|planned|promised|vowed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:counter-?attacks?|attacks?|strikes?|retaliation|response)|Oct(?:ober|\.)?\s+7(?:th)?(?:,\s+2023)?\s+(?:[\w-]+\s+){0,2}?attacks?)\s+"
    r"(?:by\s+(?:[\w-]+\s+){1,2})?(?:on|against)\s+(?:the\s+)?$", re.I)


#: One of these is in every text _OTHER_ATTACK_ON matches: a cheap test before it.
_OTHER_ATTACK_WORDS = ("expected", "anticipated", "possible", "potential", "feared", "threatened", "looming", "imminent", "planned",
                       "promised", "vowed", "oct")


#: Between a strike and an attack it names: the attack was still to come, and the strike was where it was made ready.
_ABOUT_TO = re.compile(r"\b(?:prepar\w+|about\s+to|planning|attempt\w*|poised|set)\s+to\b", re.I)


#: Between a place dropped as an attack's and the next: the next says where it is ("the Tower 22 complex in northern Jordan").
_WHERE_IT_IS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|near)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?", re.I)


#: Between a place and the next: words that make the next only say where the first is ("near", "in", "on the ... border of").
_SAYS_WHERE = re.compile(r"(?:\s+(?:air\s*)?base)?"
                         r"(?:\s+(?:near|in|of|outside|at|on|by|close\s+to|not\s+far\s+from|along|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
                         r"(?:\s+of)?)\s+(?:the\s+)?(?:[\w.'’]+\s+){0,2}?[\w'’]*-?|"
                         # "Ain al-Assad Air Base in the western Iraqi province of al-Anbar": where the base is
                         r"\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:province|governorate|region)\s+of\s+(?:[Aa][ln]-)?)", re.I)


#: Between two sites: the second is where it is ("near Baghdad airport at the Camp Victory base").
_AT_THE = re.compile(r"\s+at\s+(?:the\s+)?")
#: Right before a place: it is what the event was near.
_NEAR_END = re.compile(r"\bnear\s+(?:the\s+)?$")
#: Right after a place: it names an area ("the Rmelan area", "the Deir ez-Zor countryside").
_AREA_AFTER = re.compile(r"\s+(?:area|region|district|countryside|vicinity|outskirts)\b", re.I)


#: Between a group and a country, words that describe the group: "Kataib Hezbollah, a militia group the administration said was
#: linked to the deadly attack on US forces in Jordan", "Harakat al-Nujaba terrorist group that is operating both in Iraq and Syria".
_GROUP_DESCRIBED = re.compile(r"(?:\s*,\s*(?:an?|the)\b)?[^.;:]{0,60}?\b(?:group|militia|movement|organi[sz]ation|faction|network|proxy)\b"
                              r"[^.;:]{0,80}?\b(?:that|which|who|said|linked|tied|blamed|responsible|behind|operat\w+|based|active)\b"
                              r"[^.;:]{0,80}$", re.I)


#: Right before a country: the fighters it holds ("the resistance fighters in Iraq targeted a vital site in Israel"), not where they struck.
_FIGHTERS_IN = gated(re.compile(r"\b(?:fighters|militants|factions?|groups|militias?|resistance|mujahideen|"
                                r"militiamen)\s+(?:based\s+)?in\s+(?:the\s+)?$",
                                re.I))


#: Right before a country, before the report: the one group it holds, the subject ("An Iran-affiliated group in Iraq claimed it
#: targeted a base in Syria"), not "struck an Iran-backed group in Iraq", where it is the target.
_GROUP_IN = re.compile(r"\bgroup\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)


#: Right before a country: the groups it sponsors ("three sites in Iraq used by factions loyal to Iran"), not where they were struck.
_LOYAL_TO = gated(re.compile(r"\b(?:loyal|allied|aligned|close|affiliated|linked|tied)\s+(?:to|with)\s+(?:the\s+)?$|"
                             r"\b(?:backed|supported|sponsored|funded|armed|directed)\s+by\s+(?:the\s+)?$", re.I))


#: Before a place: it is the object of an attack the sentence names ("the attack on al-Asad Airbase in").
_ATTACK_ON = re.compile(r"\battacks?\s+(?:[\w-]+\s+){0,2}?(?:on|against|at|targeting)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$|"
                        # "the US response to the attack that killed three American soldiers in Jordan"
                        r"\battacks?\s+(?:that|which)\s+(?:killed|wounded|injured|hit|targeted)\s+(?:[\w.’'-]+\s+){0,4}?(?:in|at|on|near)\s+"
                        r"(?:the\s+)?$|"
                        # "an attack by Kataib Hezbollah terrorists attacking coalition forces in Erbil"
                        r"\battacking\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,4}?(?:in|at|near)\s+(?:the\s+)?$", re.I)


#: After a strike, a clause about the struck group's own attack: "a militia that had reportedly fired ballistic missiles at Al-Asad".
_WHO_FIRED = gated(re.compile(r"\b(?:that|which|who)\s+(?:earlier\s+|previously\s+|just\s+)?(?:had\s+|has\s+|have\s+)?"
                              r"(?:reportedly\s+|allegedly\s+|just\s+|earlier\s+)?"
                              r"(?:fired|launched|attacked|targeted)\b(?:[^.;]|(?<=[A-Z])\.){0,90}$|"
                              # "a strike by an AC-130 gunship that was in the air when the fighters fired two missiles at Al-Asad"
                              r"\bwhen\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fired|launched)\b(?:[^.;]|(?<=[A-Z])\.){0,90}$|"
                              # "struck assets in Syria that belong to the group responsible for launching a drone at a school in Eilat"
                              r"\b(?:responsible\s+for|behind)\s+(?:the\s+)?(?:launching|launch|firing|sending)\b(?:[^.;]|(?<=[A-Z])\.){0,90}$|"
                              # "the strikes will degrade their capabilities to continue their attacks on shipping in the Red Sea"
                              r"\b(?:their|its)\s+(?:[\w-]+\s+){0,2}attacks?\s+(?:on|against)\b[^.;]{0,140}$|"
                              # "the group the U.S. has accused of the strike that hit Tower 22": the attack it was blamed for
                              r"\b(?:accused|blamed|responsible)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:attacks?|"
                              r"strikes?)\b[^.;]{0,60}$", re.I))


def struck_group_attacked(t: Trigger, in_s: list[Mention], matches: dict[int, Match], text: str) -> Match | None:
    """The place a strike's sentence says the struck group had attacked ("a militia that had fired
    missiles at Al-Asad"): not where the strike was, but in the country it likely was."""
    return next((matches[m.start] for m in in_s if m.kind == "place" and m.start >= t.end and m.start in matches
                 and _WHO_FIRED.search(text, max(t.end, m.start - 160), m.start)), None)


def _describes_group(text: str, m: Mention, in_s: list[Mention]) -> bool:
    """Whether the place ``m`` is named in words that describe an armed group named before it."""
    group = next((a for a in reversed(in_s) if a.end <= m.start and a.kind == "actor" and a.actor and a.actor != "United States"), None)
    return group is not None and m.start - group.end <= 200 and bool(_GROUP_DESCRIBED.match(text, group.end, m.start))


def _on_the_ground(t: Trigger) -> bool:
    """Whether the event happens at a place (an attack, a strike, a drone shot down), not in an office."""
    return t.kind != "development" or t.sub_event_type == "Disrupted weapons use"


#: Countries whose towns can be where an attack or strike in this reporting happened; a GeoNames
#: town elsewhere named in an article is a person's name ("Austin"), a home town or a capital a
#: statement came from, not an event's place (curated sites such as Dover AFB still are); a strike told without a place
#: takes the town a later detail names only in these countries.
THEATRE = frozenset({"IQ", "SY", "JO", "LB", "YE", "IL", "PS", "SA", "KW", "IR", "TR", "AE", "QA", "BH", "OM", "EG", "CY", "DJ", "ER", "SO"})


#: Country-level places that are never where a violent event in this reporting happened: "the
#: United States" is the attacked forces' country or the statement's, not a battlefield; Gaza is the
#: wider war's setting ("since the Hamas attack ... and the military campaign in Gaza"), which no set's
#: coder placed an event in (4,546 labelled events).
NOT_A_BATTLEFIELD = frozenset({"united-states", "gaza"})


#: After a place, what it is said to hold, not who spoke: "a warehouse in Mayadin said to be used by the IRGC".
_SAID_TO_HOLD = r"said\s+to\s+(?:be|have|belong|house|host|hold|contain|store|serve|shelter)\b"
#: After a place name, words that make it a government that speaks ("Baghdad condemns", "Washington says") or a
#: clock ("9:30 p.m. Baghdad time") or a ship's class, not where an attack or strike happened (outlets: see _OUTLET_NAME).
_NOT_WHERE = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:government\s+)?"
                        # "The US Embassy in Iraq also denounced the attack": a mission named with its country or city
                        r"(?:(?<=[Ee]mbassy)\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:has\s+|have\s+)?(?:also\s+|later\s+|earlier\s+|first\s+)?"
                        # "The United States Embassy in Baghdad on Thursday strongly condemned the attack": the day and the manner
                        r"(?:(?:on\s+|late\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:(?:strongly|firmly|swiftly|quickly)\s+)?"
                        # "Jerusalem and Washington wait for an Iranian response": two governments
                        # (not "a warehouse in Mayadin said to be used by the IRGC": what the place holds is told)
                        rf"(?:and\s+[A-Z][a-z]+\s+)?(?!{_SAID_TO_HOLD})"
                        r"(?:condemn|denounc|say|said|warn|reject|accus|blam|wait|decid|want|hope|fear|retaliat|"
                        r"vow|demand|summon|criticis|criticiz|protest|urg|den(?:y|ie)|announc|insist|respond|reported|reserv|"
                        r"issued\s+(?:a|an)\s+(?:[\w-]+\s+)?statement)\w*\b|\s+[Tt]ime\b|"
                        # "affiliated with the Damascus government forces", "the Baghdad authorities": whose, not where
                        r"\s+(?:government|regime|authorities)\b|"
                        # a river's bank: "the west bank of the Euphrates" is not the West Bank
                        r"\s+of\s+the\s+(?:Euphrates|Tigris)\b|"
                        # a ship's class: "a Sa'ar 5-class corvette", "the Sa'ar 5 Corvette"
                        r"\s+(?:\d+(?:\.\d+)?-)?class\b|\s+\d+\s+(?:[Cc]orvettes?|[Cc]lass|[Mm]issile\s+ships?)\b|"
                        r"\s+(?:Valley|River)\b|"  # "the Jordan Valley": not the country
                        # "Tel Aviv's ferocious attacks on Gaza", "Teheran's drone-and-missile attack": a capital for its government
                        r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|offensive|war|bombardment|aggression|assault|"
                        r"retaliation|response)\b")
#: Right before a report's trigger: a definite noun phrase, a report told before ("The drone was shot down", "the attack").
_THE_BEFORE_TRIGGER = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}$")
#: Right after a place's name, a US state: "Salem, Oregon", "Bagdad, Arizona": the American town.
_US_STATE_AFTER = re.compile(r",?\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
                             r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
                             r"Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|"
                             r"North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|"
                             r"Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|Ariz|Calif|Fla|Ill|Tenn|Tex)\b")
#: Right after a place: the service of it that spoke ("Iraqi Kurdistan's counter-terrorism service said"): whose service, not
#: where, when the report names another place; when it names none, the speaker's region is where ACLED would place it.
_SPOKE_FOR = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:service|ministry|directorate|command|agency|department|spokes(?:man|woman|person))\s+"
                        r"(?:said|says|announced|reported|stated|added|confirmed)\b")


def _far_area(match: Match) -> bool:
    """A state, province or country outside the theatre ("Dyess Air Force Base in Texas"): where
    aircraft came from or a statement was made, not where an attack or strike happened."""
    return match.kind in ("province", "country") and bool(match.place.country) and match.place.country not in THEATRE


def far_town(match: Match) -> bool:
    return match.place.id.startswith("geonames:") and match.place.country not in THEATRE


#: One of these is in every text _THE_BASE_NEAR matches: a cheap test before it.
_BASE_WORDS = ("base", "garrison", "outpost")
#: Before a town, words that say where the base already told is: "while attacking the airbase near the town of Baghdadi".
_THE_BASE_NEAR = re.compile(r"\bthe\s+(?:air\s*base|airbase|base|garrison|outpost)\s*,?\s+(?:near|outside|close\s+to|next\s+to|in)\s+"
                            r"(?:the\s+(?:town|city|village|area)\s+of\s+)?(?:al-\s*)?$", re.I)


#: Before the first of two places something lies between, and between them: "between Kirkuk and Sulaimani".
_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?(?:cities\s+of\s+|provinces\s+of\s+|towns\s+of\s+)?$", re.I)
_AND_GAP = re.compile(r"(?:\s+(?:province|governorate|city|town))?\s+and\s+(?:the\s+)?")


#: Between a quarter and the place it is part of: " area of ", " district of the ".
_PART_OF = re.compile(r"\s+(?:area|district|neighbou?rhood|quarter|village|sector|region)\s+of\s+(?:the\s+)?", re.I)


def _qualifier(text: str, before: Mention, m: Mention, matches: dict[int, Match]) -> bool:
    """Whether ``m`` only says where ``before`` is ("Erbil, Iraq", "Dyess Air Force Base, Texas"): a
    coarser place right after a comma. A list of places of one level ("Al-Qaim, Akashat") is not."""
    rank = KIND_RANK.get(matches[m.start].kind, 4) if m.start in matches else 4
    first = KIND_RANK.get(matches[before.start].kind, 4) if before.start in matches else 4
    if (_TOWN_IN.fullmatch(text, before.end, m.start) and rank == first == 1 and before.start in matches and m.start in matches):
        # "a farm near Al-Mayadeen City in Deir Ezzor": the town the first lies in (or by), not a second place struck
        a, b = matches[before.start].place, matches[m.start].place
        if a.id != b.id and distance_km(a.lat, a.lon, b.lat, b.lon) <= _TOWN_IN_KM:
            return True
        return _in_province_of(a, m, b)  # "Al Bukamal in Deir ez-Zor": the province
    # "the Akashat area of al-Qaim district", "the Sarsang oil field in the Chamanke (Jamanki) subdistrict of Amedi district": the
    # district the first lies in, not a second place struck (a point that is only its province's says nothing by its distance)
    if (before.start in matches and m.start in matches
            and ((rank >= first and _PART_OF.fullmatch(text, before.end, m.start))
                 or (first <= 1 and _IN_NAMED_PART.fullmatch(text, before.end, m.start)))
            and (a := matches[before.start].place).country == (b := matches[m.start].place).country and a.id != b.id
            and (a.precision == "province" or distance_km(a.lat, a.lon, b.lat, b.lon) <= _TOWN_IN_KM)):
        return True
    if first == 0 and _SITUATED.fullmatch(text, before.end, m.start):
        return True  # "the Kharab Al-Jir base, situated in the countryside of Rmeilan": where the base is
    if rank > first and _COMMA_IN.fullmatch(text, before.end, m.start):
        return True  # "camps in Jurf al-Nasr, in the central province of Babil, and in al-Qaim": where the first is
    if _UNIT_COMMA.fullmatch(text, before.end, m.start) and before.start in matches and m.start in matches:
        # "the Surdas camp in Dukan district, Al-Sulaymaniyah": the province the district lies in, named by its city
        if rank > first:
            return True  # "in Sinjar district, Nineveh province"
        return (rank == first == 1 and not _LIST_GOES_ON.match(text, m.end)  # not "Zakho district, Duhok and Erbil"
                and _in_province_of(matches[before.start].place, m, matches[m.start].place))
    if not _COMMA_GAP.fullmatch(text, before.end, m.start):
        return False
    if rank == first == 1 and before.start in matches and m.start in matches and not _LIST_GOES_ON.match(text, m.end):
        # "Abu Ghraib, Baghdad": a district told by the city it belongs to, not a list of two towns; "Albu Kamal, Deir ez-Zor":
        # the province it lies in, named by its capital
        a, b = matches[before.start].place, matches[m.start].place
        return a.id != b.id and (distance_km(a.lat, a.lon, b.lat, b.lon) <= _TOWN_OF_KM or _in_province_of(a, m, b))
    # (not a province the first cannot lie in: "Shiraz, Khuzestan and Ilam" lists three areas)
    return rank > first and (before.start not in matches or m.start not in matches or _may_hold(matches[m.start], matches[before.start]))


def _in_province_of(a: Place, m: Mention, b: Place) -> bool:
    """Whether ``a`` lies in the province named like the town ``b`` that mention ``m`` names ("Al Bukamal in Deir ez-Zor",
    "Dukan district, Al-Sulaymaniyah"): a town named for where another is, by its province's name."""
    gz = Gazetteer.default()
    wider = gz.get(f"{m.text} province", country=b.country)
    return a.id != b.id and wider is not None and wider.kind == "province" and gz.may_lie_in(a.lat, a.lon, wider.place.id)


#: After a place, a comma and the wider area it lies in: ", in the central province of", ", in western".
_COMMA_IN = re.compile(r",\s+in\s+(?:the\s+)?(?:(?:central|eastern|western|northern|southern|northeastern|northwestern|southeastern|"
                       r"southwestern)\s+)?(?:(?:province|governorate|region)\s+of\s+)?")
#: Between a site and a town: a part of the town's district the gazetteer does not hold ("in the Chamanke (Jamanki) subdistrict of").
_IN_NAMED_PART = re.compile(r"\s*,?\s+(?:[\w-]+\s+){0,6}?in\s+the\s+[A-Z][\w'’-]*(?:\s+\([^)]*\))?\s+(?:sub-?district|nahiya|district|area)"
                            r"\s+of\s+(?:the\s+)?")
#: How near a town named after another with a comma must be to say where the first is ("Abu Ghraib, Baghdad").
_TOWN_OF_KM = 35.0
#: Between two towns, words that put the first in the second's area: "Al-Mayadeen City in Deir Ezzor", "Hit in the Anbar".
_TOWN_IN = re.compile(r"\s+(?:[Cc]ity\s+|[Tt]own\s+)?in\s+(?:the\s+)?(?:(?:eastern|western|northern|southern)\s+)?(?:countryside\s+of\s+)?")
#: After a base, words that say where it is: ", situated in the countryside of", " located near", ", which lies in".
_SITUATED = re.compile(r"\s*,?\s*(?:which\s+(?:is\s+|lies\s+)?)?(?:situated|located|lying|lies|based)\s+(?:in|near|at|on|outside)\s+"
                       r"(?:the\s+)?(?:(?:eastern|western|northern|southern|northeastern|northwestern|southeastern|southwestern)\s+)?"
                       r"(?:(?:countryside|outskirts|vicinity|area|desert|province|governorate)\s+of\s+)?(?:the\s+)?")
#: How near that town must be (a governorate's capital names its countryside).
_TOWN_IN_KM = 80.0
#: A list goes on after the second town: "Al-Qaim, Husaybah and Akashat" names three places.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:(?:al|el|ad|as|ash|ar)-)?[A-Z]|and\b|or\b|&)")


#: Where forces are stationed, not where they were attacked: "U.S. forces deployed at Al Asad and Al Harir", "Americans based at
#: Al Tanf, Conoco and the Green Village" (the places listed along count too).
_STATIONED_AT = re.compile(r"\b(?:forces|troops|personnel|Americans|soldiers|members|advisers|staff)\s+"
                           # ("forces of the US-led coalition against the Islamic State (ISIS) based at the Erbil International Airport")
                           r"(?:of\s+the\s+(?:[\w.’'()-]+\s+){1,9}?)?"
                           r"(?:who\s+(?:had\s+been|have\s+been|were|are)\s+)?"
                           r"(?:deployed|stationed|based|housed|garrisoned)\s+(?:at|in)\s+(?:the\s+)?(?:[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+|"
                           r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+and\s+(?:the\s+)?)*$", re.I)


_STATION_WORDS = ("deployed", "stationed", "based", "housed", "garrisoned")  # one is in every match of _STATIONED_AT: a cheap test before it


#: Right before a country: its rulers named ("backed by the regime in Iran"), not a place.
_REGIME_IN = gated(re.compile(r"\b(?:the\s+)?(?:regime|rulers|mullahs|clerics|theocracy|(?:central|federal|national)\s+government)\s+in$", re.I))
#: Where the one speaking is: "an official in Ninawa province", "a spokesman in Baghdad".
_SPEAKER_IN = gated(re.compile(r"\b(?:officials?|sources?|spokes(?:man|woman|person)|governor|authorities|residents?|witness(?:es)?|"
                               r"correspondent|reporters?|charg[eé]\s+d['’]affaires|ambassador|envoy|embassy)\s+in$|"
                               r"\b(?:ambassadors?|envoys?)\s+to$", re.I))  # "recalled the Iraqi ambassador to Iran": where he serves


#: A sentence that opens with a place ("In Tehran, ..."), and after it, the one who spoke there and the verb of speaking
#: ("..., Houthi-allied Iran condemned the strikes", "..., the foreign ministry said").
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)in$")
_SPOKE_THERE = re.compile(r",\s+(?:[\w'’-]+\s+){0,6}?(?:condemned|denounced|said|says|told|warned|vowed|called|urged|critici[sz]ed|slammed|"
                          r"rejected|decried|accused|blamed)\b")


#: Before a place: people met, visited or travelled there ("met representatives of several armed groups in Baghdad", "a visit by
#: the commander of the Quds Force to Baghdad", "sources close to Baghdad").
_MEETING_IN = gated(re.compile(r"\b(?:met|meets|meeting|talks|visit(?:s|ed|ing)?|trip|travel(?:l)?ed|arrived|flew|"
                               # "held a funeral procession in central Baghdad ... for comrades killed in an airstrike": where they mourned
                               r"funerals?|procession|mourn\w*|burial|vigil|rall(?:y|ies|ied)|protest(?:s|ed|ers)?|demonstrat\w+)\b"
                               r"[^.;:!?]{0,60}?\s(?:in|to)\s+(?:the\s+)?(?:central\s+|downtown\s+)?$|"
                               # "sources close to Baghdad": whom they are near in politics (not "a base close to Baghdad's airport")
                               r"\b(?:sources?|officials?|circles|figures?|people|part(?:y|ies)|groups?|factions?|militias?|outlets?|media|"
                               r"channels?|accounts?|platforms?|politicians?|those|analysts?|commanders?|clerics?|leaders?|someone)\s+"
                               r"(?:[\w-]+\s+)?close\s+to\s+$", re.I))
#: Words one of which is in every text _MEETING_IN and _COMPASS_OF match: cheap tests before them.
_MEETING_WORDS = Words(("met", "meet", "talks", "visit", "trip", "travel", "arrived", "flew", "close", "funeral", "procession", "mourn",
                        "burial", "vigil", "rall", "protest", "demonstrat"))
_COMPASS_WORDS = ("north", "south", "east", "west")
#: Countries named with a compass word before them ("east of Syria") that still say where.
_COUNTRY_NAMES = frozenset({"Syria", "Iraq", "Jordan", "Yemen", "Iran", "Lebanon", "Israel", "occupied territories", "occupied lands",
                            "occupied Palestine", "occupied Palestinian lands"})  # (the Iraqi groups' words for Israel)


#: After a place that opens a line, any outlet's credit and a dash: "Baghdad (IraqiNews.com) – An explosion ...".
_CREDIT_AFTER = re.compile(r"\s*\([^()\n]{2,30}\)\s*[-–—]")
#: A news agency after a place at a line's start: "Baghdad (Reuters) –".
_AGENCY_AFTER = re.compile(rf"\s*\((?:{'|'.join(NEWS_AGENCIES)})\)\s*[-–—:]")
#: (also day first, with the year: "Jerusalem, 2 April, 2024 (TPS) --")
_DAY_AGENCY_AFTER = re.compile(rf",\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}})(?:,?\s*\d{{4}})?"
                               rf"\s*\((?:{'|'.join(NEWS_AGENCIES)}|[A-Z]{{2,6}}(?:[-/][A-Z]{{2,6}})?)\)")


#: "south of the Iraqi capital Baghdad", "west of the city, Ramadi": where something is said to lie from a place.
_COMPASS_OF = gated(re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+the\s+(?:[\w-]+\s+){0,2}"
                               r"(?:capital|city|town|provincial\s+capital),?\s+$", re.I))


#: Where a launcher was found: "the missile launch pad was found in the Al-A'amiriya district of".
_LAUNCHER_FOUND = gated(re.compile(r"(?:\blaunch(?:er|ers|\s+pads?|\s+sites?|\s+points?)\b|"
                                   # "the vehicle from which the rockets were launched was located and burned in Nineveh"
                                   r"\b(?:vehicle|truck|car|pick-?up)\s+(?:from\s+which|used\s+to\s+launch|that\s+launched)\b)"
                                   r"[^.;]{0,60}\b(?:found|located|discovered|seized|positioned|parked)(?:\s+and\s+\w+)?\s+(?:in|at|near)\s+"
                                   r"(?:the\s+)?(?:[\w’'-]+\s+){0,5}$", re.I))
#: Right before a launcher: a strike on it ("a US airstrike hit a vehicle from which militants had launched drones").
_STRUCK_BEFORE = re.compile(r"\b(?:hit|hits|struck|strikes?|destroy(?:ed|s)?|target(?:ed|s|ing)?|bomb(?:ed|s)?)\s+"
                            r"(?:an?|the|one|two)?\s*(?:[\w-]+\s+)?$", re.I)
#: The words that name where a weapon or aircraft came from: "fired from", "took off from".
_CAME_FROM = r"\b(?:fired|launched|flown|took\s+off|came|coming|originat\w+)\s+from\s+"
#: A launch site told as a town: "fired from the Iraqi town of", "launched from the area of".
_FIRED_FROM_TOWN = re.compile(_CAME_FROM + r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}"
                              r"(?:city|town|village|settlement|area|region|district|outskirts)\s+of\s+$", re.I)


#: A province further on in the same "fired from ..." phrase, before any word that turns to the target: the origin's qualifier
#: ("fired from the Iraqi city of Jummar, northwest of Mosul in Nineveh province, toward a US base").
_STILL_FROM = re.compile(_CAME_FROM + r"(?:(?!(?:toward|towards|at|on|against|"
                         r"targeting|into|over|hit|hitting|struck|and|but|which|where|killing|injuring|wounding)\b)[^.;:!?\n])*?"
                         # "from the town of Zummar in northwestern Iraq": the country told by its quarter; (", Ninewa governorate":
                         # "launched from Zummar town, Ninewa governorate")
                         r"(?:\s+in\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?|,\s+)$", re.I)


#: Right after an origin's country, the target the weapons flew at: "fired from Zummar in Iraq towards a US base in Syria".
_TOWARD_AFTER = re.compile(r"\s+(?:toward|towards|at|against)\s", re.I)


#: After a place name: it is a province ("Nineveh province"), whose words say where an origin is.
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate|district)\b", re.I)


_NICKNAME = re.compile(r"\b(?:code-?named|nicknamed|dubbed|alias|nom\s+de\s+guerre)\s+[“\"']?(?:[A-Z][\w’'-]*\s+){0,2}$")
#: After a place name, an outlet's name ("Al Mayadeen TV", "the Deir Ezzor 24 media outlet", "Al-Mayadeen, a TV channel close
#: to Hezbollah"): not where anything happened.
_OUTLET_NAME = re.compile(r"(?:\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?|\s+)(?:\d+\s+)?"
                          r"(?:TV|[Tt]elevision|[Cc]hannel|[Nn]etwork|[Nn]ews(?:paper)?|[Dd]aily|[Rr]adio|[Mm]edia|[Oo]utlet|"
                          r"[Ww]ebsite|[Bb]roadcaster)\b")
#: Right after a place's name, a masthead ("The Gulf Observer", "told Kurdistan 24", "the Jordan Times"): the place names an outlet.
#: Read for every mention (see outlet_name); _OUTLET_NAME's kinds of outlet ("Al Mayadeen TV") only by is_origin.
_OUTLET_AFTER = re.compile(r"\s+(?:News|Times|Observer|Post|Today|Herald|Tribune|Journal|Monitor|Direct|Insider|Gazette|Chronicle|Telegraph|"
                           r"Press|Online|Hayom|Daily|24)\b(?!\s+(?:hours|attacks|drones|rockets))")


def outlet_name(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` begins an outlet's name ("The Gulf Observer", "Kurdistan
    24"), so that it is not a place of the report.

    >>> s = "Washington, The Gulf Observer: The United States struck targets in Syria."
    >>> outlet_name(s, s.index(" Observer")), outlet_name(s, s.index("Syria") + len("Syria"))
    (True, False)
    """
    return _OUTLET_AFTER.match(text, end) is not None


#: Right after a place's name, an office its holder speaks from ("Erbil Governor Omed Khoshnaw said", "the Basra Provincial Council"):
#: the place names the office, not where the report happened.
_OFFICE_AFTER = re.compile(r"\s+(?:Governor|Deputy\s+Governor|Mayor|Provincial\s+Council|Governorate\s+Council|Police\s+Chief|"
                           r"Security\s+Committee|MP|lawmaker)\b(?!(?:['’]s)?\s+(?:building|headquarters|office|offices|compound|residence|"
                           r"house|home))")


def office_title(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` is part of an office's title ("Erbil Governor Omed
    Khoshnaw said the attack took place in the Makhmour area"), so that it is not a place of the report.

    >>> s = "Erbil Governor Omed Khoshnaw said the attack took place in Makhmour."
    >>> office_title(s, len("Erbil")), office_title(s, len(s) - 1)
    (True, False)
    """
    return _OFFICE_AFTER.match(text, end) is not None


_ACCORDING_TO_NAME = re.compile(r"\b[Aa]ccording\s+to\s+(?:[A-Z][\w’'-]*\s+){1,2}$")
#: Outlets named as a town is (the Lebanese broadcaster Al Mayadeen; the Syrian town al-Mayadin, also spelled Mayadeen), and
#: the words around such a name that make it the outlet: "Al Mayadeen reported", "an Al-Mayadeen correspondent", "the same
#: channel, Al Mayadeen", "told Al Mayadeen", "revealed to Al Mayadeen", "Al Mayadeen's correspondent".
_TOWN_NAMED_OUTLETS = frozenset({"al mayadeen", "al-mayadeen", "almayadeen", "al-majadin", "al majadin", "petra"})  # Petra: Jordan's news agency
_NAMED_OUTLET_AFTER = re.compile(r"(?:['’]s)?\s*(?:English|TV|television|channel|network|correspondent|reporter|news\s+(?:channel|network|website)|"
                                 r"website|broadcaster|reported|reports|said|says|quoted|cited|aired|broadcast)\b", re.I)
_NAMED_OUTLET_BEFORE = re.compile(r"\b(?:according\s+to|channel|station|broadcaster|network|outlet|(?:web)?site|media|agency|told|tells?|quoted|"
                                  r"citation:|report\s+(?:at|by|in|on|from)|"
                                  r"(?:revealed|said|spoke|speaking|talking)\s+to|citing|cited\s+by|reported\s+by|"
                                  r"quoted\s+by),?\s+(?:the\s+)?(?:(?!(?:in|near|at|of|outside|by)\b)[\w-]+\s+)?$", re.I)


#: The patterns :func:`is_origin` reads, compiled once.
_DATELINE_MARK = re.compile(r"\s*(?:\(|-|–|—|,)")
#: Quotation marks, dropped from the words before a place ("“Four rockets fell in the vicinity” of Ain al-Assad").
_NO_QUOTES = str.maketrans("", "", "\"“”‘’")
_COLON_LEDE = re.compile(r":\s+(?:An?|The)\s")
_ARTICLE_END = re.compile(r"\b(?:al|el|ash|as|ad|ar|at|az)-$")
_THE_END = re.compile(r"\s+the$")
_TARGETING_OF = re.compile(r"\b(?:targeting|bombing|shelling|attacks?|strikes?|raids?|siege)\s+of$")
_PLACE_OF = re.compile(r"\b(?:city|cities|towns?|villages?|settlements?|provinces?|governorates?|"
                       r"(?:sub-?)?districts?|nahiyas?|municipalit(?:y|ies)|areas?|regions?|"
                       r"outskirts|suburbs?|perimeters?|edges?|gates?|entrances?|fences?|premises|grounds|neighbou?rhoods?|quarters?|"
                       r"streets?|heart|cent(?:er|re)|capital|parts?|sections?|"
                       r"countryside|vicinity|proximity|surroundings|environs|desert|border|coast|waters|shores?|ports?|harbou?rs?|airports?|skies|sky|airspace|"
                       r"refiner(?:y|ies)|(?:oil|gas)\s+fields?|(?:air\s*)?bases?|garrisons?|outposts?|green\s*zone|international\s+zone|"
                       r"sites?|facilit(?:y|ies)|installations?|complex(?:es)?|plants?)\s+of$")  # "damage at the sites of Fordo, Natanz and Isfahan"
_COMPASS_END = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of$")
_STRONGHOLD_OF = re.compile(r"\b(?:strongholds?|bastions?|hubs?|headquarters)\s+of$")
_DISTANCE_FROM = re.compile(r"\b(?:kilometers|kilometres|km|miles|meters|metres|far|away)\s+from$")
#: A distance of 50 km or more (or 30 miles) before "from": the place named is a landmark far off ("425 kilometers from Baghdad").
_FAR_FROM = re.compile(r"\b(?:[5-9]\d|\d{3,})\s*(?:kilometers|kilometres|km)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                       r"\b(?:[3-9]\d|\d{3,})\s+miles\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


#: A syndicator's credit before a dateline on its line: "(MENAFN- Jordan Times) " before "AMMAN - ".
_CREDIT_LEAD = re.compile(r"\s*(?:\((?:MENAFN|[A-Z][\w.&' -]{1,30})|MENAFN)[^()]{0,40}\)\s*")  # (its "(" may be cut off)


#: A distance before a bearing: "some 190 km northwest of the capital Baghdad", "about 100 miles west of".
_DISTANCE_OFF = re.compile(r"\b(?:kilomet(?:er|re)s?|km|miles?)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


#: Right before a distance's unit, a number under _FAR_FROM's: "10 km", "20 kilometers" (under 50), "15 miles" (under 30).
_NEAR_KM = re.compile(r"(?<![\d.,])(?:[1-9]|[1-4]\d)(?:\.\d+)?\s*-?\s*$")
_NEAR_MILES = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d)(?:\.\d+)?\s*-?\s*$")


def _near_distance(text: str, off: re.Match[str]) -> bool:
    """Whether the distance whose unit ``off`` (a match of _DISTANCE_OFF) starts with is a near one ("10 km north of")."""
    near = _NEAR_MILES if off.group(0)[:1] in "mM" else _NEAR_KM
    return near.search(text, max(0, off.start() - 12), off.start()) is not None


def by_bearing(text: str, m: Mention) -> bool:
    """Whether a town places something by its bearing from it ("south of Baghdad", "west of the
    Iraqi capital Baghdad"), not as where it came from ("rockets fired from south of Mosul").

    >>> s = "The US struck Kata'ib Hezbollah south of Baghdad."
    >>> by_bearing(s, Mention(s.index("Baghdad"), s.index("Baghdad") + 7, "Baghdad", "place", "baghdad", "curated"))
    True
    """
    window = text[max(0, m.start - 100):m.start]
    if ("from" in window or "aunch" in window) and not _ORIGIN_TOLD.search(window):
        return False  # "rockets fired from south of Mosul": where they came from
    if (off := _DISTANCE_OFF.search(text, max(0, m.start - 70), m.start)) and not _near_distance(text, off):
        return False  # "a town about 60 miles south of Baghdad": far from it, not near it ("10 km north of Mayadin": near it)
    before = _THE_END.sub("", _ARTICLE_END.sub("", text[max(0, m.start - 30):m.start].lower()).rstrip())
    return (bool(_COMPASS_END.search(before)) or _COMPASS_OF.search(text, max(0, m.start - 50), m.start) is not None
            or _COMPASS_REGION_OF.search(text, max(0, m.start - 40), m.start) is not None)


#: Before a city: the time of day told in Washington's time, then as that city's ("4 p.m. Eastern time, or midnight in Baghdad").
_CLOCK_IN = gated(re.compile(r"\b(?:time|ET|EST|EDT|GMT)\s*,?\s+or\s+(?:about\s+)?(?:\d{1,2}(?::\d\d)?\s*)?(?:midnight|noon|[ap]\.?m\.?)\s+in$",
                             re.I))
#: An origin told in full before the bearing, its verb after it: "a drone launched from Syria exploded south of Eilat", "launched
#: from Syria was shot down ... south of the Eliad settlement" (not "fired from Zummar, northwest of Mosul": the origin's bearing).
_ORIGIN_TOLD = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+(?:was\s+|were\s+)?"
                          r"(?:shot\s+down|exploded|crashed|fell|landed|hit|struck|intercepted|downed|detonated|impacted|blew\s+up)\b"
                          r"(?![^.]*\bfrom\b)")
#: "the southern region of Baghdad", "the southern outskirts of Baghdad": a side of a town, placed by its bearing from the town.
_COMPASS_REGION_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?ern\s+(?:region|part|outskirts|suburbs|areas?|"
                                r"periphery|countryside)\s+of\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:capital|city)\s*,?\s+)?$", re.I)


#: Before an airfield an aircraft came from: "taking off from neighboring Kuwait's", "took off from the".
_TOOK_OFF_FROM = re.compile(r"\b(?:taking|took|take|takes)\s+off\s+from\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:[A-Z][\w-]+['’]s\s+)?$")


#: After a village's name: a verb of speaking ("Sharafat added"): a person's name.
_SPEAKS_AFTER = re.compile(rf"\s+(?:(?!{_SAID_TO_HOLD})said|says|added|told|noted|explained|stressed|warned)\b")
#: After a name: a note that it is a person's ("Omar (a pseudonym)").
_PSEUDONYM_AFTER = re.compile(r"\s+\((?:a\s+pseudonym|not\s+(?:his|her)\s+real)")
#: Before a name: the first part of an Arabic person's name ("Rami Abdel Rahman").
_NAME_PART_BEFORE = re.compile(r"\b(?:Abdel|Abdul|Abd\s+al|Abd\s+el|Abd-al|Abd-el)[\s-]$|"
                               # "Foreign Minister Gideon Sa'ar": a title, a first name, then the name
                               r"\b(?:Minister|President|Secretary|[Ss]pokes(?:man|woman|person)|General|Gen\.|Colonel|Col\.|Commander|"
                               r"Ambassador|[Ee]nvoy|Adviser|Advisor|Speaker|Senator|Sen\.|Rep\.)\s+[A-Z][\w'’-]+\s+$")


@functools.lru_cache(maxsize=64)
def _person_named(text: str, name: str) -> bool:
    """Whether the article writes ``name`` as a person's anywhere ("Foreign Minister Gideon Sa'ar", then "Sa'ar's letter")."""
    at = text.find(name)
    while at >= 0:
        if _NAME_PART_BEFORE.search(text, max(0, at - 40), at):
            return True
        at = text.find(name, at + len(name))
    return False


def is_origin(text: str, m: Mention) -> bool:
    """A place that is not where the event happened: an origin ("flown from Dyess"), a dateline
    ("BAGHDAD (Reuters) -"), or a qualifier after a comma ("Dyess Air Force Base, Texas")."""
    key = (text, m.start, m.end, m.text, m.layer)  # all of the mention the answer reads
    try:
        return _ORIGINS_READ.answers[key]
    except KeyError:
        return _ORIGINS_READ.put(text, key, _read_origin(text, m))


#: The answers of :func:`is_origin` in the article being read: each report of a sentence asks again of its places.
_ORIGINS_READ = PerArticle()


def _read_origin(text: str, m: Mention) -> bool:
    """The answer of :func:`is_origin`, read from the words."""
    after = text[m.end:m.end + 12]
    line_start = text.rfind("\n", 0, m.start) + 1
    lead = text[line_start:m.start]
    blank_lead = not lead.strip()
    if (blank_lead or (m.text.isupper() and _CREDIT_LEAD.fullmatch(lead))) and (
            m.text.isupper() and len(m.text) > 3 and _DATELINE_MARK.match(after) or _AGENCY_AFTER.match(text, m.end)
            or blank_lead and _CREDIT_AFTER.match(text, m.end)):
        return True  # "BAGHDAD (Reuters) -", "Baghdad (Reuters) –", "(MENAFN- Jordan Times) AMMAN - ...": a dateline
    if blank_lead and _COLON_LEDE.match(text, m.end):
        return True  # "Baghdad: A Shiite militia in Iraq on Sunday claimed ...": a dateline
    if _DAY_AGENCY_AFTER.match(text, m.end):
        return True  # "... (MENAFN- IANS) Baghdad, Nov 11 (IANS) The militia ...": a dateline inside a syndicated line
    if (m.layer == "populated" and (_SPEAKS_AFTER.match(text, m.end) or _person_named(text, m.text))
            or _PSEUDONYM_AFTER.match(text, m.end)):
        return True  # "Sharafat added", "Rami Abdel Rahman", "Omar (a pseudonym)": a person a village shares a name with
    window = text[max(0, m.start - 100):m.start]
    before = text[max(0, m.start - 30):m.start].lower()
    # (of the quotes _NO_QUOTES drops only '"' is ASCII: in ASCII words, as most are, a plain replace drops the same)
    before = before.replace('"', "") if before.isascii() else before.translate(_NO_QUOTES)
    # (each pattern at the words' end is read only when they end in its last word: "-", "the", "of")
    if before.endswith(("-", "-\n")):
        before = _ARTICLE_END.sub("", before)  # "south of al-Hasakah"
    before = before.rstrip()
    if before.endswith("the"):
        before = _THE_END.sub("", before)  # "from the western bank of the Euphrates"
    ends_of = before.endswith("of")
    if ends_of and _TARGETING_OF.search(before):
        return False  # "the targeting of al-Shadadi base" is where
    if ("aunch" in window and (found := _LAUNCHER_FOUND.search(text, max(0, m.start - 100), m.start)) is not None
            and not _STRUCK_BEFORE.search(text, max(0, found.start() - 40), found.start())):
        # "the missile launch pad was found in the Al-A'amiriya district of Baghdad": where they came from (not "a US drone strike
        # destroyed a vehicle used to launch rockets that was parked in Al-Qaim": what was struck, where it was)
        return True
    if " of" in before and "from" in window and _FIRED_FROM_TOWN.search(text, max(0, m.start - 70), m.start):
        return True  # "rockets were fired from the Iraqi town of Zummar": where they came from
    if "from" in window and (_PROVINCE_AFTER.match(text, m.end) or _PROVINCE_AFTER.search(m.text)
                             or (m.text in _COUNTRY_NAMES and _TOWARD_AFTER.match(text, m.end))) and _STILL_FROM.search(window):
        return True  # "fired from Zummar, northwest of Mosul in Nineveh province, toward a US base", "from Zummar in Iraq": the origin
    if before.endswith(" of") and _PLACE_OF.search(before):
        return False  # "the eastern Syrian city of Abu Kamal", "Israel's port of Haifa" is where it happened
    if m.text in _COUNTRY_NAMES and _COMPASS_END.search(before):
        return False  # "facilities east of Syria": in the east of it (a town "south of Baghdad" is not where)
    if ends_of and _STRONGHOLD_OF.search(before):
        return False  # "killed in its stronghold of Jurf al-Sakhar"
    if before.endswith("from") and _DISTANCE_FROM.search(before):
        # "a few kilometers from Al-Asad Air Base": near it; "roughly 425 kilometers from Baghdad": far from it, a landmark
        return _FAR_FROM.search(text, max(0, m.start - 40), m.start) is not None
    if contains_any(window, _COMPASS_WORDS) and _COMPASS_OF.search(text, max(0, m.start - 50), m.start):
        return True  # "south of the Iraqi capital Baghdad": a qualifier, as "south of Baghdad" is
    if ("ashington" in window and _WITH_WASHINGTON.search(window)) or _AND_WASHINGTON.match(text, m.end) or (
            "with" in window and _TIES_WITH.search(window)):
        return True  # "relations between Washington and Baghdad", "relations with Baghdad": governments, not where anything happened
    if before.endswith(("in", "to")) and _SPEAKER_IN.search(before) and not _MISSION_STRUCK.search(window):
        return True  # "an official in Ninawa province said": where the speaker is
    if before.endswith("in") and _SPOKE_THERE.match(text, m.end) and _OPENING_IN.search(before):  # (the anchored test first)
        return True  # "In Tehran, Houthi-allied Iran condemned the strikes": where the speaker spoke, not where the strikes were
    if before.endswith("in") and _REGIME_IN.search(before):
        return True  # "militants backed by the regime in Iran": the state's rulers, not where anything happened
    if _MEETING_WORDS.found_in(window) and _MEETING_IN.search(text, max(0, m.start - 80), m.start):
        return True  # "Qaani met representatives of the armed groups in Baghdad", "a visit to Baghdad": where people met
    if before.endswith(" by") and _BASES_BY.search(before):
        return False  # "attacked US military bases by the Al-Omar oil field": beside it, not by its hand
    if before.endswith(("blamed on", "attributed to", "pinned on")):
        return True  # "drone strikes blamed on Iran hit a camp in northern Iraq": who is accused, not where
    if before.endswith(" in") and _CLOCK_IN.search(text, max(0, m.start - 50), m.start - 1):
        return True  # "at about 4 p.m. Eastern time, or midnight in Baghdad": the time there, not where the strikes were
    if before.endswith(("originated in", "originating in", "originates in")):
        return True  # "indicating that the attack likely originated in Iraq": where it came from
    if _SEAT_AFTER.match(text, m.end) and m.text not in _COUNTRY_NAMES:
        # "a Baghdad-based official", "the Erbil-based Kurdistan24": a seat, not where (not "the Iraq-based militia", designated
        # in Iraq's name)
        return True
    if before.endswith(("based at", "based in")) and _attacked_where_stationed(text, m.start):
        return False  # "the attack on US forces based at the al-Omar oil field": there
    if before.endswith(("from", "flown from", "took off from", "based at", "based in", " of", " by")):
        return True
    if "off" in window and _TOOK_OFF_FROM.search(window):
        return True  # "after taking off from neighboring Kuwait's Ali Al Salem Airbase": where the aircraft came from
    if ("named" in window or "dubbed" in window or "alias" in window or "guerre" in window) and _NICKNAME.search(text, max(0, m.start - 40), m.start):
        return True  # "codenamed Sayyid Reda": a person's name, not Rada' in Yemen
    if m.text in _MISSION_STATES and _MISSION_OF.match(text, m.end):
        return True  # "drones targeted the Kuwait embassy in Baghdad": the state whose mission it is, not where it stands
    if _OUTLET_NAME.match(text, m.end):
        return True  # "the Deir Ezzor 24 media outlet", "Al Mayadeen TV": an outlet's name
    if m.text.lower() in _TOWN_NAMED_OUTLETS and (_NAMED_OUTLET_AFTER.match(text, m.end, m.end + 40)
                                                  or _NAMED_OUTLET_BEFORE.search(text, max(0, m.start - 40), m.start)):
        return True  # "The same channel, Al Mayadeen, also reported an attack": the outlet, not the town
    if before.endswith("according to") or ("ccording" in text[max(0, m.start - 40):m.start]
                                           and _ACCORDING_TO_NAME.search(text, max(0, m.start - 40), m.start)):
        return True  # "According to Abu Layla, ...": a source, not a place (nor is "Layla" in it)
    return _attacked_where_stationed(text, m.start) is False  # where forces are stationed, unless an attack on them is told


#: Right after a place: the seat of whoever it qualifies ("a Baghdad-based official", "the Erbil-based Kurdistan24").
_SEAT_AFTER = re.compile(r"-based\b")


def _attacked_where_stationed(text: str, start: int) -> bool | None:
    """For a place starting at ``start`` told as where forces are stationed or based: whether an attack on those forces is told
    ("the attack on US forces based at the al-Omar oil field", "a drone attack on American forces stationed at Ain al-Asad": there)
    or not ("flown from aircraft stationed at Al Udeid": where they came from); None when no forces are told stationed there."""
    lo = max(0, start - 80)
    wider = text[lo:start]
    if not contains_any(wider, _STATION_WORDS) or not (st := _STATIONED_AT.search(wider)):
        return None
    return _ATTACK_ON_FORCES.search(text, max(0, lo - 40), lo + st.start()) is not None


#: Before "embassy in": the embassy was what was struck ("drones targeted the Kuwait embassy in Baghdad"), not who spoke.
_MISSION_STRUCK = re.compile(r"\b(?:targeted|targeting|hit|struck|attacked|attacking|at|on|near|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:embassy|consulate(?:\s+general)?)\s+in\s*$", re.I)
#: The states whose missions the reporting names by the state ("the Kuwait embassy in Baghdad").
_MISSION_STATES = _COUNTRY_NAMES | {"Kuwait", "Qatar", "Bahrain", "UAE", "United Arab Emirates", "Oman", "Saudi Arabia", "Turkey"}
#: Right after a country's name: its diplomatic mission ("the Kuwait embassy", "the UAE consulate general").
_MISSION_OF = re.compile(r"\s+(?:embassy|consulate(?:\s+general)?|diplomatic\s+(?:mission|compound)|chancery)\b", re.I)


#: A capital named with Washington as its government's partner: "relations between Washington and Baghdad", "Baghdad and Washington".
_WITH_WASHINGTON = re.compile(r"\b(?:(?:between|with)\s+)?Washington\s+and\s+$")  # ("Washington and Baghdad will convene ...")
_AND_WASHINGTON = re.compile(r"\s+and\s+Washington\b")
#: A capital named as the government a country deals with: "relations with Baghdad were good", "its ties with Damascus".
_TIES_WITH = gated(re.compile(r"\b(?:relations|relationship|ties|talks|dialogue|partnership|cooperation|coordination|agreement)\s+with\s+$"))


#: Before a place: what is done to its government ("to exert pressure on Jerusalem").
_PRESSURE_ON = re.compile(r"\b(?:pressure|pressed|pushed|lobbied|urged)\s+(?:on\s+)?$")
#: Before and after a place: its government asked to act ("called on Baghdad to hold the perpetrators accountable").
_CALLED_ON = re.compile(r"\b(?:(?:called|calls|calling)\s+(?:up)?on|asked|appealed\s+to)\s+$")
#: One of these is in every text _PRESSURE_ON and _CALLED_ON match (both case-sensitive): cheap tests before them.
_PRESSURE_WORDS = ("press", "pushed", "lobbied", "urged")
_CALLED_WORDS = ("call", "asked", "appealed")
_TO_DO = re.compile(r"\s+to\s+[a-z]")
#: A base told by what it stands beside: "US military bases by the Al-Omar oil field".
_BASES_BY = re.compile(r"\b(?:bases?|garrisons?|outposts?|positions?|facilit(?:y|ies)|troops|forces)\s+by$")


#: An attack on the forces a place is said to hold: "a drone attack on American forces stationed at Ain al-Asad" is there ("minor
#: injuries on members stationed at the al-Tanf garrison" too)
#: (forces a sentence says were "targeted" may be a campaign's: "targeted U.S. forces who had been deployed at Al Asad").
_ATTACK_ON_FORCES = re.compile(r"(?:\b(?:attacks?|strikes?|missiles?|rockets?|drones?|projectiles?|mortars?|shells|injuries)\s+(?:on|against|at)|"
                               # "a drone targeted coalition forces stationed at the Rumalyn LZ", "fired ... toward U.S. forces stationed in"
                               r"\b(?:targeted|targeting|hit|struck|attacked|toward|towards)|"
                               # "the other drone ... wounded three service members stationed at al-Tanf": the harm done there
                               r"\b(?:wounded|wounding|injured|injuring|killed|killing)(?:\s+(?:\d+|two|three|four|five|six|seven|eight|"
                               r"several|dozens\s+of))?)\s+(?:the\s+)?"
                               r"(?:(?:American|U\.S\.|US|coalition|international|foreign)\s+"
                               r"(?:and\s+(?:American|U\.S\.|US|coalition|international|foreign|allied|partner)\s+)?)?(?:service\s+)?$", re.I)


#: The names of the positions US forces hold in this reporting ("Mission Support Site Euphrates", "Tower 22", "Al-Tanf garrison").
_US_POSITION = re.compile(r"\b(?:Air\s+Base|Support\s+Site|Landing\s+Zone|garrison|Tower\s+22|Union\s+III|Victory\s+Base|"
                          r"U\.?S\.?\s+Embassy|Diplomatic\s+Support|Green\s+Village|Conoco|Al-Omar|Al-Shaddadi\s+base|Kharab\s+al-Jir|"
                          r"Tal\s+Baydar)\b", re.I)


#: Towns with a base US forces hold, named for the base ("the al-Malikiyah military base", "Coalition bases located in Al-Tanf,
#: Rukban", "bases at Baghdad International Airport"): US-held only where the sentence speaks of a base or of US forces
#: (:data:`_US_HELD_WORDS`), and no other state's forces are named there (:data:`_OTHER_FORCES`: "A Turkish drone struck a car in
#: al-Malikiyah", "Jordanian jets struck drug smugglers near Rukban").
_US_TOWNS = re.compile(r"\b(?:Al-Malikiyah|Rukban|Baghdad\s+International\s+Airport)\b", re.I)
_US_HELD_WORDS = re.compile(r"\b(?:bases?|coalition|(?:U\.S\.|US|American)\s+(?:forces|troops|personnel|soldiers|service\s*members))\b")
#: The weapons fired at Baghdad's airport, where the US side's Victory base lies: "Two Katyusha rockets hit areas around the Baghdad
#: International Airport", "a rocket attack ... near the Baghdad International Airport" (as the labels code each: on US forces).
_FIRED_AT = re.compile(r"\b(?:Katyushas?|rockets?|mortars?)\b", re.I)
_OTHER_FORCES = re.compile(r"\b(?:Turkish|Turkey|Jordanian|Jordan|Israeli|Syrian\s+army|Iraqi\s+(?:army|air\s+force))\b")


def us_position(location: str | None, text: str | None = None) -> bool:
    """Whether a place's name is one of the positions US forces hold in this reporting (or, with the sentence ``text``, a town
    named for its US-held base).

    >>> us_position("Rumalyn Landing Zone"), us_position("Jurf al-Sakhar"), us_position(None)
    (True, False, False)
    """
    if (location and text is not None and _US_TOWNS.search(location)
            and (_US_HELD_WORDS.search(text) or (location.lower().startswith("baghdad") and _FIRED_AT.search(text)))
            and not _OTHER_FORCES.search(text)):
        return True  # "the al-Malikiyah military base", "Coalition bases located in Al-Tanf, Rukban": the town's US-held base
    return bool(location) and _US_POSITION.search(location) is not None


#: A sentence that says where the report just told happened: "The base is located in Tel Baidar", "The incident, reported by the
#: Syrian Observatory on Wednesday night, occurred in Al-Bokamal City".
_WHERE_TOLD = re.compile(r"\s*(?:The|This|That|Those|These)\s+(?:[\w-]+\s+)?(?:base|attack|incident|strike|explosion|blast|facility|site|"
                         r"outpost|garrison|installation|fighting|clashes|battles?|troops|service\s?members|personnel|soldiers)\b[^.;]{0,120}?"
                         r"\b(?:is|was|were|are)?\s*(?:located|situated|occurred|took\s+place|happened|cent(?:er|r)ed|concentrated|focused|"
                         r"stationed|based|deployed)\s+(?:in|at|near|on|around)\b|"
                         # "... killing a leader of Kataib Hezbollah. It happened on a busy street in Baghdad": the report just told
                         r"\s*It\s+(?:happened|occurred|took\s+place)\s+(?:in|at|near|on|around)\b|"
                         # "In Syria, they were in the vicinity of Al-Baum, Deir Ezzor and Al-Mayadeen": where the strikes just told were
                         r"\s*(?:In\s+(?:Iraq|Syria|Yemen|Jordan|Lebanon),\s+)?(?:[Tt]hey|[Tt]he\s+(?:strikes|targets|sites|facilities|locations))\s+"
                         r"(?:were|are|lay|included)\s+(?:(?:located|mostly|all)\s+)?(?:in|at|near|around|in\s+the\s+vicinity\s+of)\b")


#: A sentence that says where every one of the reports before it happened: "All were within Syria", "All of them took place in Iraq".
_ALL_WERE_IN = re.compile(r"\s*(?:All|Each|Both)(?:\s+of\s+(?:them|the(?:se)?\s+(?:attacks|strikes|incidents)))?\s+(?:three\s+|two\s+)?"
                          r"(?:were|was|occurred|took\s+place|happened)\s+(?:with)?in\b")


def place_told_after(s: Sentence, in_s: list[Mention], matches: dict[int, Match], text: str) -> list[Mention]:
    """The places a sentence gives to the report just before it, which named none finer than a
    country ("A US base in northeastern Syria came under a drone attack. The base is located in Tel
    Baidar"; "Clashes erupted on August 7 between ... The fighting centered around the towns of Abu
    Hamam, Dhiban and Gharanij"): the first town, site or province after its words of place, and
    those listed along with it."""
    told = _WHERE_TOLD.match(s.text)
    coarsest = 3  # (a country says no more than the report did)
    if told is None and (told := _ALL_WERE_IN.match(s.text)) is not None:
        coarsest = 4  # "... three additional attacks on U.S. forces. All were within Syria.": the country they were all in
    if told is None:
        return []
    return _first_and_listed([m for m in in_s if m.kind == "place" and m.start >= s.start + told.end() and m.start in matches
                              and KIND_RANK.get(matches[m.start].kind, 4) <= coarsest], text)


def _first_and_listed(places: list[Mention], text: str) -> list[Mention]:
    """The first of ``places`` and those listed right along with it ("in Iran and Hong Kong")."""
    out = places[:1]
    for m in places[1:]:
        if not coordinated(text[out[-1].end:m.start]):
            break
        out.append(m)
    return out
