"""Merging candidates that report the same event, within one article and across articles.

Two candidates are one event when they have the same event type and the same place (or one has no
place), and dates at most two days apart (or, within one article, one has none: across articles an
undated report is never merged, since the same bases are attacked again and again). The merged candidate lists every
source; where sources differ on the date, the fatalities, the injuries or who acted, each value is
kept under ``conflicts`` (field -> {source: value}); fatalities are the lowest reported (ACLED's
rule). A source whose date came from a weekday ("on Saturday") and disagrees with the dated
reports is flagged: the weekday is probably wrong.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

from gazetteer import Gazetteer, distance_km

from .article_rules import WAR_START
from .recognise import FIND_VERBS, harm_done
from .sides import swapped_roles
from .when import small_hours_local
from .where import KIND_RANK

__all__ = ["fold_same_words", "merge_candidates", "same_event"]

_MAX_DAYS = 2
#: How far back "the attack" named again, without a day of its own, may reach for the attack it names within one article.
_ANAPHOR_DAYS = 7
_DISRUPTED = "Disrupted weapons use"
#: Who did it when no one is named: two of these do not tell two reports apart (an attack "coded as ACLED codes it" and a strike
#: by unowned aircraft at one place may be one report read two ways).
_NAMELESS = frozenset({"Unidentified armed group", "Unidentified military forces"})
#: Trigger words that name no weapon: the sub-event type they give is the convention's default.
_GENERIC = re.compile(r"attack(?:ed|s)?|targeted|hit|struck|responsibility\s+for\s+targeting", re.I)
_FILL = ("actor1", "actor2", "fatalities", "injuries", "place_id", "location", "country", "latitude", "longitude", "geo_precision",
         "matched_by", "time_precision")
#: Each actor field and the other side's.
_SIDES = {"actor1": "actor2", "actor2": "actor1"}


def _day(c: dict) -> date | None:
    return date.fromisoformat(c["event_date"]) if c.get("event_date") else None


def _rank(c: dict) -> int:
    """How wide the place is: 2 a country, 1 a province or sea, 0 a town or site (a town whose point
    is approximate is still a town; without a scope, geo precision 3 counts as a province)."""
    scope = c.get("_scope")
    return (2 if scope == "country" else 1 if scope in ("province", "sea", "bearing", "feature", "district") else 0 if scope
            else (1 if c.get("geo_precision") == 3 else 0))


#: Strategic developments of a kind of their own: one is never the same event as a development of another kind.
_OWN_KIND = frozenset({"Agreement", "Arrests", "Change to group/activity"})


def same_event(a: dict, b: dict, *, within_article: bool = False) -> bool:
    """True when ``a`` and ``b`` report one event (see the module docstring).

    >>> a = {"event_type": "Battles", "place_id": "tower-22", "event_date": "2024-01-28", "country": "JO", "geo_precision": 1}
    >>> same_event(a, a | {"event_date": "2024-01-27"}), same_event(a, a | {"place_id": "al-qaim"}), same_event(a, a | {"event_type": "Riots"})
    (True, False, False)
    """
    if not within_article and _articles(a) & _articles(b):
        return False  # kept apart within their article already: two reports of it are two events
    if a["event_type"] != b["event_type"] and not (_intercepted(a, b) and (within_article or _shot_down_there(a, b))):
        return False
    if a["event_type"] != b["event_type"] and _other_launcher(a, b):
        # Iran's missiles that hit Tel Aviv, and the Houthis' missile intercepted over Jaffa ("The Israeli military said the missile
        # was intercepted", placed by the Houthis' launch told before it): two sides' fire
        return False
    if a["event_type"] == "Strategic developments" and {a.get("sub_event_type"), b.get("sub_event_type")} & _OWN_KIND and (
            a.get("sub_event_type") != b.get("sub_event_type")):
        return False  # "Iraqi forces arrested four suspects"; "the two governments will start ... meetings": an arrest, an agreement
    if a.get("sub_event_type") == b.get("sub_event_type") == "Other" and a.get("actor2") and b.get("actor2") and a["actor2"] != b["actor2"]:
        return False  # "designating Kata'ib Sayyid al-Shuhada ..."; "the Treasury is designating six individuals affiliated with KH": two
    if within_article and a.get("sub_event_type") == _DISRUPTED and _found_beside_downed(a, b):  # (its first test, without the call)
        return False  # "a drone was shot down near Baghdad airport"; "security forces seized nine rockets set up to target the airport"
    if (ka := a.get("_kind")) != b.get("_kind") and {ka, b.get("_kind")} == {"attack", "strike"} and _apart(a, b):  # (two kinds first)
        return False  # the militias' attack and the US strike it drew: one event type, two events
    da, db = _day(a), _day(b)
    if within_article and (da == WAR_START) != (db == WAR_START):
        return False  # "Hamas's October 7 attack", told as the war's setting, is not the report it follows
    if within_article and da and db and da != db and (_in_month(a, db) or _in_month(b, da)) and not (
            bool(a.get("background")) != bool(b.get("background")) and (_this_month(a) or _this_month(b))):
        # (not "a U.S. airstrike in Baghdad earlier this month", recalled beside this week's strikes in Iraq)
        da = db  # "January 2024 al-Asad Airbase attack" over "On 20 January 2024, ...": a month that holds the day, the same event
    if (within_article and (da is None) != (db is None) and bool(a.get("background")) != bool(b.get("background"))
            and (published := _published(a if da else b)) is not None and (da or db) < published - timedelta(days=365)):
        return False  # the news's undated lede, and "In January 2020, Iran launched missiles at the base": another year's event
    if (within_article and (da is None) != (db is None) and not (a if da is None else b).get("background")
            and (dated := b if da is None else a).get("background") and _ONE_OF_MANY.search(dated.get("notes", ""))):
        return False  # "The strikes came after an attack ... at a base in Erbil", beside "targeted many times previously, including
        # with a drone attack on October 26": one of the place's past attacks, not the news
    if not within_article and (da is None or db is None):
        return False  # across articles, an undated report at a place is not "the" event there: bases are hit again and again
    if not within_article and _rank(a) == 2 and _rank(b) == 2 and (da != db or a.get("sub_event_type") != b.get("sub_event_type")) \
            and not _one_round(a, b, da, db):
        return False  # "an attack in Syria" on Thursday and "a rocket attack in Syria" on Friday: nothing says they are one
    if within_article and (a.get("_other_site") or b.get("_other_site")) and not (
            a.get("place_id") == b.get("place_id") and (_rank(a) == _rank(b) == 0 or _unnamed_sites(a, b, da, db))
            and not (a.get("_yet_another") or b.get("_yet_another"))):
        return False  # "a militia announced it had launched another drone attack on a second base": not the base told before
    if within_article and a.get("_follow_on") != b.get("_follow_on"):
        return False  # "it had conducted a “follow-on” strike against a Houthi radar site": after the round, not one of its sites
    if within_article and _another_weapon(a, b):
        return False  # "one drone struck the base ... another attack involved three rockets": two attacks, each with its weapon
    if within_article and da and db and da != db and (a.get("_also") or b.get("_also")):
        return False  # "On Saturday, the group also struck a target in the same area": another day's attack
    # a report placed only by its bearing ("strikes south of Baghdad early Wednesday") may be a day off the told one ("on Tuesday")
    bearing = within_article and "bearing" in (a.get("_scope"), b.get("_scope")) and da and db and abs((da - db).days) <= 1
    # "On Tuesday, the group claimed responsibility for targeting ... in Haifa", its statement: "... in Haifa on Monday evening"
    # (not "Just a day earlier, CENTCOM launched strikes", counted from the report said on the 12th: another day)
    claim_after = within_article and da and db and not (a.get("_counted") or b.get("_counted")) and (
        a.get("_said") and not b.get("_said") and (da - db).days == 1 or b.get("_said") and not a.get("_said") and (db - da).days == 1)
    if within_article and da and db and abs((da - db).days) > 1 and _lede_and_body(a, b, da, db):
        return True  # "five individuals linked to a recent rocket attack on Ain al-Asad", then "The incident, which occurred on August 5"
    # "U.S. forces conducted strikes on Tuesday" from Washington, then "at 12:15 a.m. Wednesday Iraq time": one round, told in two clocks
    local = within_article and da and db and abs((da - db).days) == 1 and (
        a.get("_local_time") and not b.get("_local_time") and da > db or b.get("_local_time") and not a.get("_local_time") and db > da)
    if local:
        da = db
    if (within_article and da and db and da != db and _told(a) and _told(b) and not _lede_and_body(a, b, da, db) and not bearing
            and not claim_after):
        return False  # one article that dates two reports at a place differently ("on Saturday", "on Monday") tells two events
    if within_article and da and db and da != db and _said_before_told(a, b, da, db):
        return False  # "announced on Tuesday that it had struck a vital target in Haifa", beside "... Haifa on Thursday": said before it
    if (within_article and da and db and da != db and a.get("_armed") and b.get("_armed") and not _same_weapon(a, b)
            and _DISRUPTED not in (a.get("sub_event_type"), b.get("sub_event_type"))):
        return False  # "two armed drones targeted Ain al-Asad" (said on Tuesday); "On Monday, four Katyusha rockets were fired at" it
    if within_article and da and db and abs((da - db).days) >= 2 and (_told(a) or _told(b)) and _dated(a) and _dated(b):
        return False  # "took place on Oct. 29 at ... the Omar Oil Field"; "the other two on Oct. 27 ... One targeted the Omar Oil Field"
    differ = a.get("place_id") and b.get("place_id") and a.get("place_id") != b.get("place_id")
    # dated only by "said on Monday" (maybe a day late), or a coarse report dated by the publication beside a finer one
    lent = within_article and _rank(a) != _rank(b) and (_borrowed_day(a) or _borrowed_day(b))
    said = 1 if within_article and (a.get("_said") or b.get("_said")) or bearing or lent else 0
    # "the attack on the Airbase", dated only by the publication or the thread, is the attack told there days before
    anaphor = within_article and not differ and any(x.get("_anaphor") and not _told(x) for x in (a, b))
    if da and db and abs((da - db).days) > (said if within_article and differ else _ANAPHOR_DAYS if anaphor else _MAX_DAYS):
        return False
    pa, pb = a.get("place_id"), b.get("place_id")
    if (within_article and pa and pb and {a.get("_scope"), b.get("_scope")} == {"bearing", "province"} and a.get("_kind") == b.get("_kind")
            and da and db and abs((da - db).days) <= 1 and _km(a, b) <= _BEARING_KM):
        return True  # "strikes on Iraqi security sites south of Baghdad" and "... bases in the provinces of Babil and Wasit": one round
    if pa and pb and pa != pb and within_article and _intercepted(a, b) and not _apart_by_point(a, b) and _km(a, b) <= (
            _CITY_KM if {a.get("_scope"), b.get("_scope")} == {"town", "site"} else _NEAR_KM):
        return abs((da - db).days) <= 1 if da and db else True  # shot down "near Ashokani in Erbil", aimed at the air base there
    if (pa and pb and pa != pb and not within_article and _rank(a) == 0 and _rank(b) == 0 and _km(a, b) <= _NEAR_KM
            and _same_weapon(a, b) and da and db and abs((da - db).days) <= 1):
        return True  # one article's "Erbil" and another's "Erbil Air Base", the same day, the same weapon: one attack
    if (pa and pb and pa != pb and within_article and {a.get("_scope"), b.get("_scope")} == {"town", "site"} and _km(a, b) <= _CITY_KM
            and _same_weapon(a, b) and (da is None or db is None or da == db or _borrowed_day(a) != _borrowed_day(b)
                                        or (said and abs((da - db).days) <= 1)) and not _one_report(a, b)):
        return True  # "a drone crashed into the Erbil air base", then "the dud drone landed on the Erbil barracks": one attack
    if pa and pb and pa != pb and within_article and _capital_for_site(a, b, da, db) and not _one_report(a, b):
        return True  # "one drone fell in the vicinity of Erbil", beside the drones at the Harir base that day: the capital for its province
    if pa and pb and pa != pb and _one_report(a, b):
        return False  # "near Al Anbar and Jurf al-Saqr": one report, one event per named area
    if (pa and pb and pa != pb and within_article and _rank(a) == 0 and _rank(b) == 0 and _km(a, b) < _SAME_POINT_KM
            and _same_weapon(a, b) and (da is None or db is None or da == db)):
        return True  # "rockets fell near U.S. forces stationed near Baghdad airport", "an attack at the Baghdad Diplomatic Support
        # Compound": sites the gazetteer codes at one point (the airport's) are one place
    if pa and pb and pa != pb:
        # a country- or province-level report is the same event as a specific one in that country, same day
        coarse = _rank(a) != _rank(b) and not (a.get("_remainder") or b.get("_remainder"))  # ranks differ: one of them is coarse
        if (within_article and coarse and (wide := a if _rank(a) > _rank(b) else b).get("_another") and _rank(wide) == 1
                and _ANOTHER_LEAD.match(wide.get("notes") or "")):
            return False  # "Another attack ... targeted a US-run oil field in Dohuk province", after the fields named: not one of them
        dated = a if da is not None else b
        one_undated = (da is None) != (db is None) and (dated is not (a if _rank(a) > _rank(b) else b) or (
            dated.get("time_precision") == 1 and not dated.get("background")))  # "two rocket attacks in Syria on Monday"; "... at the Conoco base"
        # "more precision strikes on targets in eastern Syria", then "near the cities of Abu Kamal and Mayadin": an article that
        # dates neither tells the round once, then where
        undated = (da is None and db is None and not a.get("background") and not b.get("background") and a.get("_kind") == "strike"
                   and (max(_rank(a), _rank(b)) == 2 or _km(a, b) <= _UNDATED_KM))
        return within_article and coarse and a.get("country") == b.get("country") and _within_province(a, b) and (
            one_undated or undated or (da is not None and db is not None and abs((da - db).days) <= said))
    return bool(pa and pb) or within_article


def _this_month(c: dict) -> bool:
    """Whether ``c`` is dated only by the month its article came out in ("earlier this month")."""
    published = c["sources"][0].get("published") if c.get("sources") else None
    return c.get("time_precision") == 3 and bool(published) and (c.get("event_date") or "")[:7] == published[:7]


def _within_province(a: dict, b: dict) -> bool:
    """Whether the finer of ``a`` and ``b`` can lie in the coarser when that is a province: nearer its
    point than half as far again as the nearest province's of that country ("an attack in Deir
    Ezzor province" is not the attack on al-Shaddadi, which lies in Hasakah). A country holds all."""
    coarse, fine = (a, b) if _rank(a) > _rank(b) else (b, a)
    if coarse.get("_scope") == "bearing":
        return fine.get("latitude") is None or _km(coarse, fine) <= _BEARING_KM  # "south of Baghdad" and Jurf al-Sakhar
    if coarse.get("_scope") in ("feature", "district"):
        # "the Golan Heights" and Eliad, a town in it (not an island in the Euphrates and the gas field on its bank; not "Another
        # drone struck near Eliad", "Separately, rockets hit al-Ashara": told as another event)
        return (fine.get("_scope") == "town" and fine.get("latitude") is not None and _km(coarse, fine) <= _FEATURE_KM
                and not any(_OTHER_TOLD.search(c.get("notes") or "") for c in (coarse, fine)))
    if _rank(coarse) != 1 or fine.get("latitude") is None:
        return True
    return Gazetteer.default().may_lie_in(fine["latitude"], fine["longitude"], coarse.get("place_id"))


def _apart(a: dict, b: dict) -> bool:
    """Whether an attack and a strike are told apart: placed at two places, or by two actors. One
    place, or one actor with no place ("This strike was conducted by the USS Carney using Tomahawk
    missiles"), is one report read two ways."""
    pa, pb, xa, xb = a.get("place_id"), b.get("place_id"), a.get("actor1"), b.get("actor1")
    coarse = pa == pb and _rank(a) >= 1 and _rank(b) >= 1  # "an attack in Iraq" and "strikes on Kata'ib Hezbollah in Iraq"
    # one actor's report in a country and at a place in it ("the Al-Nujaba Movement said ... killed in an American bombing"; "a drone
    # attacked a PMF headquarters in Baghdad"): one report read two ways, not two places
    within = _rank(a) != _rank(b) and a.get("country") == b.get("country") and bool(xa) and xa == xb
    return bool(pa and pb and pa != pb and not within) or ((coarse or not (pa and pa == pb)) and bool(xa and xb and xa != xb)
                                                            and not {xa, xb} <= _NAMELESS)


def _borrowed_point(c: dict) -> bool:
    """Whether a site's point is only its province's (the Khurmala oil field, coded at Erbil province's centre): its distance
    to a site nearby says nothing."""
    return c.get("_scope") == "site" and (c.get("geo_precision") or 1) >= 3


def _apart_by_point(a: dict, b: dict) -> bool:
    """An attack on a site coded at its province's centre, and an interception that tells a weapon of its own ("Earlier, a
    booby-trapped drone was intercepted near Erbil International Airport"): their distance does not make them one (the
    interception of "the drone" or "it" still is the attack's)."""
    downed = a if a.get("sub_event_type") == _DISRUPTED else b
    return (_borrowed_point(a) or _borrowed_point(b)) and bool(_OWN_WEAPON.search(downed.get("notes", "")))


#: An interception that tells a weapon of its own, or another occasion: "a booby-trapped drone was", "Earlier,".
_OWN_WEAPON = re.compile(r"\b(?i:an?|another|one)\s+(?:[\w-]+\s+){0,2}(?:drones?|UAVs?|missiles?|rockets?)\b|\b(?:Earlier|Separately)\b")


#: How a report's day was found when it may be a day off the event's: the day it was said, the publication's, none.
_LOOSE_DAY = ("said", "published", "none", "inherited", "answer")


def _one_round(a: dict, b: dict, da: date | None, db: date | None) -> bool:
    """Two country-level reports of a US strike round on one named group a day apart, one of them dated only by when it was said
    or published ("US strikes on Kata'ib Hezbollah in Iraq", announced on the 25th in Washington, told on the 26th): one round."""
    return (da is not None and db is not None and abs((da - db).days) == 1 and a.get("actor1") == b.get("actor1") == "United States"
            and bool(a.get("actor2")) and a.get("actor2") == b.get("actor2") and a["actor2"] not in _LOOSE_SIDES
            and a.get("sub_event_type") == b.get("sub_event_type")
            and any((c.get("sources") or [{}])[0].get("date_kind") in _LOOSE_DAY for c in (a, b)))


#: Who is named too loosely for two reports to be told one by it.
_LOOSE_SIDES = _NAMELESS | {"Iran-backed militias (unidentified)"}


def _unnamed_sites(a: dict, b: dict, da: date | None, db: date | None) -> bool:
    """Items of one claim at unnamed sites of one country the same day ("two drone attacks on sites in southern Israel, one on
    a 'vital site' and the other on a 'military site'"): the coders' one event for the one place and day."""
    return (_rank(a) == _rank(b) == 2 and da is not None and da == db
            and all(c.get("_item_only") for c in (a, b) if c.get("_other_site"))  # (not "another drone attack on a second base")
            and a.get("_part") == b.get("_part"))  # (not northern and southern Israel, nor the lede's count of both)


#: Provincial capitals reporters name for their province ("a Peshmerga site in Erbil", "drones in Sulaymaniyah"), each with its
#: province: Erbil, Sulaymaniyah, Kirkuk, Duhok, Hasakah and Deir ez-Zor.
_CAPITALS = {"erbil": "erbil-governorate", "sulaymaniyah": "sulaymaniyah-governorate", "geonames:94787": "kirkuk-governorate",
             "geonames:96994": "duhok-governorate", "geonames:173811": "hasakah-governorate", "deir-ez-zor": "deir-ez-zor-governorate"}
#: How far from a capital a site of its province may be for the capital named that day to stand for it.
_CAPITAL_KM = 100.0
#: The words that tell a report as more than the one before: "also", "Another", "Separately", "Earlier".
_TOLD_AS_MORE = r"also|[Aa]nother|[Ss]eparately|[Ee]arlier"
#: A report told beside another as more: "Another drone hit a house in Erbil", "a second drone", "also", "Meanwhile", "Earlier".
_MORE = re.compile(rf"\b(?:{_TOLD_AS_MORE}|[Aa]\s+second|[Aa]\s+third|[Mm]eanwhile|[Ll]ater)\b")
#: A group's own word for its attack: "claimed", "a statement saying it had attacked Harir airbase".
#: (not "In a statement, the ministry said a booby-trapped drone targeted ...": an official's word)
_CLAIMED = re.compile(r"\b(?:claim\w*|statement(?:\s+(?:saying|that))?\s+(?:it|its|they|their))\b", re.I)
#: A report told as another attack from its first words: "Another attack at 7:14 am targeted a US-run oil field" (not "It was the
#: second attack in Erbil province", a recap; nor "Another drone attack also targeted the field", the one told before).
_ANOTHER_LEAD = re.compile(r"[“\"]?(?:Another|A\s+(?:second|third|fourth|fifth|separate|further))\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:attacks?|strikes?|drones?|rockets?|missiles?)\b"
                           r"(?![^.;]{0,40}\b(?:targeted|hit|struck)\s+the\s+(?:field|base|site|facility|airport|camp)\b)")
#: Actors that name no one: either side of a pair may leave its actor unnamed.
_UNNAMED = frozenset({"", None, "Unidentified armed group", "Unidentified military forces"})


def _capital_for_site(a: dict, b: dict, da: date | None, db: date | None) -> bool:
    """Within one article, attacks reported at a provincial capital and at a site or town of its province the same day: the
    capital names the province, the site is where it happened ("one drone fell in the vicinity of Erbil", beside the drones at
    the Harir base). Not when the two differ in weapon, in who acted or was hit, in what harm each did, or in who told them
    (a claim beside officials' report), nor when either is told as more ("Another drone hit a house in Erbil city"); not
    strikes ("airstrikes on Deir ez-Zor city" beside strikes near al-Mayadin hit the city too)."""
    cap, other = (a, b) if a.get("place_id") in _CAPITALS else (b, a)
    province = _CAPITALS.get(cap.get("place_id") or "")
    if (province is None or other.get("place_id") in _CAPITALS or _rank(cap) != 0 or _rank(other) != 0
            or (da is None and db is None) or (da is not None and db is not None and da != db)
            or cap.get("_kind") != "attack" or other.get("_kind") != "attack"
            or cap.get("sub_event_type") != other.get("sub_event_type") or cap.get("status") != other.get("status")
            or any(c.get(k) for c in (a, b) for k in ("_other_site", "_another", "_yet_another", "_also"))
            or any(_MORE.search(c.get("_sentence") or c.get("notes") or "") for c in (a, b))
            or bool(_CLAIMED.search(cap.get("notes") or "")) != bool(_CLAIMED.search(other.get("notes") or ""))
            or cap.get("fatalities") or cap.get("injuries") or other.get("latitude") is None or _km(cap, other) > _CAPITAL_KM):
        return False
    if not (cap.get("actor1") in _UNNAMED or other.get("actor1") in _UNNAMED or cap.get("actor1") == other.get("actor1")):
        return False
    if not (not cap.get("actor2") or not other.get("actor2") or cap.get("actor2") == other.get("actor2")):
        return False
    return Gazetteer.default().may_lie_in(other["latitude"], other["longitude"], province)


def _shot_down_there(a: dict, b: dict) -> bool:
    """Across articles, one tells the drone shot down at a site and another the attack on it, the same day: "a drone was shot
    down near Erbil airport" and "a drone attack targeted Erbil airport" (one event, its type as the harm told decides)."""
    return (bool(a.get("place_id")) and a.get("place_id") == b.get("place_id") and _rank(a) == 0 and _rank(b) == 0
            and bool(a.get("event_date")) and a.get("event_date") == b.get("event_date"))


def _intercepted(a: dict, b: dict) -> bool:
    """An attack and the report that it was shot down ("a drone targeted al-Harir"; "US forces
    thwarted the drone"): one event, within one article. Not weapons found unfired ("the launcher
    was found", "seized nine rockets"): their find is an event of its own beside the attack."""
    if (a.get("sub_event_type") == _DISRUPTED) == (b.get("sub_event_type") == _DISRUPTED):
        return False  # (the kinds' first part: one of the two, not both, is the shooting down)
    kinds = {(c.get("sub_event_type") == _DISRUPTED, c.get("_kind") == "attack" and c["event_type"] != "Strategic developments")
             for c in (a, b)}
    # (the kinds first: both tests must pass, and most pairs fail this one without a pattern read)
    return kinds == {(True, False), (False, True)} and not any(_SEIZED.search(c.get("_trigger") or "") for c in (a, b))


#: Actors that name no one side: an attack's and a downing's may be the same.
_NO_ONE = frozenset({"", "Unidentified armed group", "Unidentified military forces", "Iran-backed militias (unidentified)"})


def _other_launcher(a: dict, b: dict) -> bool:
    """Whether an attack and a weapon downed are named as two sides' (the attack's maker is not the downed weapon's owner)."""
    attack, down = (a, b) if b.get("sub_event_type") == _DISRUPTED else (b, a)
    owner = down.get("actor2") or down.get("_lent_from") or ""  # (or the maker of the launch its place was lent by)
    return (down.get("sub_event_type") == _DISRUPTED and (attack.get("actor1") or "") not in _NO_ONE
            and owner not in _NO_ONE and attack["actor1"] != owner)


#: A trigger that tells weapons found or seized, not shot down.
_SEIZED = re.compile(rf"{FIND_VERBS}|found", re.I)


def _found_beside_downed(a: dict, b: dict) -> bool:
    """Two disrupted weapons of one article, one found or seized unfired and one shot down: two events (not "foiled a rocket
    attack ... seized a launcher loaded with nine rockets": the foiling is the find)."""
    if not a.get("sub_event_type") == b.get("sub_event_type") == _DISRUPTED:
        return False
    found = [bool(_SEIZED.search(c.get("_trigger") or "")) for c in (a, b)]
    downed = [bool(_SHOT_DOWN.search(c.get("notes") or "")) for c in (a, b)]
    return found[0] != found[1] and downed[found.index(False)]


#: A sentence that tells a weapon shot down in flight (not "the drones were destroyed by experts", "intercepted a truck").
_SHOT_DOWN = re.compile(r"\b(?:shot|shoot\w*|downed|downing|brought\s+(?:\w+\s+){0,3}?down|destroyed\s+(?:in\s+)?mid-?air|"
                        r"(?:intercept\w*|engag\w*)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|rockets?|projectiles?|aerial))", re.I)


#: How far from a feature's or a district's point ("the Golan Heights") a town told beside it may lie and be in it.
_FEATURE_KM = 40.0


#: How near the shooting down of a weapon may be to the place it was aimed at and still be one event.
_NEAR_KM = 15.0
#: How far from a town a report placed by its bearing ("south of Baghdad") may lie.
_BEARING_KM = 100.0


#: How far a base may be from the point of the town an article also names for its attack ("a military base hosting US forces
#: in Baghdad", then "the Victoria military base near Baghdad International Airport", 18 km from Baghdad's point): a city's reach.
_CITY_KM = 25.0
#: How near a province's point a site must lie for an undated report there to be the undated province-wide report's ("strikes in
#: eastern Syria", "near Abu Kamal"): a province named loosely holds its sites, not one a neighbouring province's distance away.
_UNDATED_KM = 150.0
#: Sites nearer than this are coded at one point (the BDSC and Victory Base at Baghdad airport): one place.
_SAME_POINT_KM = 0.5


def _airport(c: dict) -> bool:
    """Whether the candidate's place is an airport (a base that shares its point is the more exact target)."""
    return (c.get("place_id") or "").endswith("-airport")


def _km(a: dict, b: dict) -> float:
    """Great-circle kilometres between two candidates' points (infinite when one has none)."""
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return math.inf
    return distance_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def _one_report(a: dict, b: dict) -> bool:
    """Whether two candidates come from the same words of one article (a report that names several areas)."""
    ea, eb = (c["sources"][0].get("evidence", {}).get("event_type") if len(c.get("sources", ())) == 1 else None for c in (a, b))
    return bool(ea and eb) and (ea.get("article", ea.get("file")), ea["start"]) == (eb.get("article", eb.get("file")), eb["start"])


def _same_weapon(a: dict, b: dict) -> bool:
    """The same sub-event type, or one report that names no weapon ("the attack on Erbil Air Base")."""
    return (a.get("sub_event_type") == b.get("sub_event_type") or _GENERIC.fullmatch(a.get("_trigger") or "") is not None
            or _GENERIC.fullmatch(b.get("_trigger") or "") is not None)


def _published(c: dict) -> date | None:
    """The earliest publication date among a candidate's sources, if any is known."""
    days = [date.fromisoformat(s["published"]) for s in c.get("sources", ()) if s.get("published")]
    return min(days) if days else None


def _articles(c: dict) -> frozenset[str]:
    """The articles a candidate's sources come from (kept on it: merging asks for them pair by pair)."""
    if "_arts" not in c:
        c["_arts"] = frozenset(s.get("article") or s.get("file") for s in c.get("sources", ()))
    return c["_arts"]


def _borrowed_day(c: dict) -> bool:
    """Whether the candidate's day is borrowed from the publication, or from the report it answered."""
    return len(c.get("sources", ())) == 1 and c["sources"][0].get("date_kind") in ("published", "answer")


def _in_month(c: dict, day: date | None) -> bool:
    """Whether ``c`` is dated only by its month (time precision 3) and ``day`` falls in that month."""
    return day is not None and c.get("time_precision") == 3 and bool(c.get("event_date")) and c["event_date"][:7] == day.isoformat()[:7]


def _told(c: dict) -> bool:
    """Whether the candidate's own sentence gave its day (not borrowed from the report before, nor the day it was said)."""
    return (len(c.get("sources", ())) == 1 and c["sources"][0].get("date_kind") not in ("inherited", "said", "none", None)
            and (c.get("time_precision") or 1) == 1)  # "earlier this week" is no day of its own


def _said_before_told(a: dict, b: dict, da: date, db: date) -> bool:
    """Whether one of ``a`` and ``b`` is dated by the day it was said and that day comes before the
    day the other tells of its own: a claim cannot be of an attack made after it."""
    said = [(c, d) for c, d in ((a, da), (b, db)) if len(c.get("sources", ())) == 1 and c["sources"][0].get("date_kind") == "said"]
    if not said:
        return False  # (most pairs: neither is dated by its saying, and the days told need not be read)
    told = [d for c, d in ((a, da), (b, db)) if _told(c)]
    return bool(told and said[0][1] < told[0])


def _dated(c: dict) -> bool:
    """Whether the candidate's date is its own or its thread's (not the day it was said, nor none)."""
    return len(c.get("sources", ())) == 1 and c["sources"][0].get("date_kind") not in ("said", "none", None)


#: A report told as one of a place's past attacks: "has been targeted many times previously, including with a drone attack on".
_ONE_OF_MANY = re.compile(r"\b(?:many|several|numerous|multiple|repeated)\s+times\b[^.;]{0,40}?\bincluding\b|"
                          r"\b(?:previously|repeatedly|in\s+the\s+past)\b[^.;]{0,20}?\bincluding\b", re.I)


#: A lede that says its attack is a recent one, and how many days before the body may date it.
_RECENT = re.compile(r"\b(?:a|the)\s+recent\s+(?:[\w-]+\s+){0,2}(?:attack|strike|raid|operation)", re.I)
_RECENT_DAYS = 7
#: How long before the lede's day a recent raid may be, when the body tells its day.
_RECENT_TOLD_DAYS = 21


#: A report told as another beside the one before: "also", "Another drone struck", "Separately,", "earlier", "In a separate".
_OTHER_TOLD = re.compile(rf"\b(?:{_TOLD_AS_MORE}|[Ii]n\s+a\s+separate)\b")
#: A lede that tells a harm done, in the perfect or the past passive ("has been killed in", "was killed in"): news of the last
#: days, not necessarily of the publication's day.
_HARM_TOLD = re.compile(r"\b(?:(?:has|have)\s+been|was|were)\s+(?:killed|struck|hit|targeted|attacked|wounded|injured)\b", re.I)


def _lede_and_body(a: dict, b: dict, da: date, db: date) -> bool:
    """A lede dated only by the publication ("Two rockets were fired towards Ain al-Assad") and the
    body's report at the same place a day off that gives its day ("... on Monday"): one event."""
    borrowed = [c for c in (a, b) if c["sources"][0].get("date_kind") in ("published", "answer")
                or (c["sources"][0].get("date_kind") == "said" and _RECENT.search(c.get("notes", "")))]
    # "five individuals linked to a recent rocket attack on Ain al-Asad airbase": the body's attack of some days before
    recent = len(borrowed) == 1 and bool(_RECENT.search(borrowed[0].get("notes", "")))
    days = _RECENT_DAYS if recent else 1
    body = b if borrowed and borrowed[0] is a else a
    if recent and body["sources"][0].get("date_kind") == "absolute":
        days = _RECENT_TOLD_DAYS  # "killed in a recent joint raid", then "The joint raid took place ... on August 29": that raid
        if (_rank(borrowed[0]) == 2 and body.get("country") == borrowed[0].get("country")
                and a.get("sub_event_type") == b.get("sub_event_type") and abs((da - db).days) <= days):
            return True  # (told in the lede by its country, "in western Iraq"; in the body by its province)
    if (len(borrowed) == 1 and borrowed[0]["sources"][0].get("date_kind") == "published" and _HARM_TOLD.search(borrowed[0].get("notes", ""))
            and a.get("sub_event_type") == b.get("sub_event_type") and not _OTHER_TOLD.search(body.get("notes", ""))):
        days = 2  # "A senior commander has been killed in a US drone strike in Baghdad", published Friday, and "Wednesday night's raid"
    return len(borrowed) == 1 and bool(a.get("place_id")) and a.get("place_id") == b.get("place_id") and abs((da - db).days) <= days


def _another_weapon(a: dict, b: dict) -> bool:
    """Two reports of one article, one told as another attack ("The second was indirect fire"), each
    with its own weapon: two attacks."""
    return bool((a.get("_another") or b.get("_another")) and a.get("_armed") and b.get("_armed")
                and a.get("sub_event_type") != b.get("sub_event_type") and _DISRUPTED not in (a.get("sub_event_type"), b.get("sub_event_type")))


class _Kept:
    """What a group's members after the first hold that keeps a report out of it: a day of their own
    ("on Monday ... rockets", "early on Tuesday ... drones": two reports of one article that each give
    their own, different day are never one event, even when an undated headline fits both), and the
    weapons of the armed ones and of those told as another attack (see :func:`_another_weapon`).
    Equivalent to asking each member in turn, and linear in an article's reports."""

    def __init__(self) -> None:
        self.dated: dict | None = None  # the first member, dated by the member at its place that gives its own day
        self.told_days: set = set()
        self.armed: set = set()
        self.another: set = set()

    def add(self, m: dict) -> None:
        if _told(m):
            self.told_days.add(m.get("event_date"))
        if m.get("_armed") and m.get("sub_event_type") != _DISRUPTED:
            self.armed.add(m.get("sub_event_type"))
            if m.get("_another"):
                self.another.add(m.get("sub_event_type"))

    def apart(self, c: dict) -> bool:
        """Whether ``c`` is told apart from a member (another day told) or is another attack with its own weapon."""
        if _told(c) and self.told_days - {c.get("event_date")}:
            # a report placed only by its bearing ("strikes south of Baghdad early Wednesday") may be a day off the told one ("on Tuesday")
            day = _day(c)
            if c.get("_scope") != "bearing" or day is None or any(abs((day - date.fromisoformat(d)).days) > 1 for d in self.told_days if d):
                return True
        if not c.get("_armed") or c.get("sub_event_type") == _DISRUPTED:
            return False
        return bool((self.armed if c.get("_another") else self.another) - {c.get("sub_event_type")})


def merge_candidates(cands: list[dict], *, within_article: bool = False) -> list[dict]:
    """Merge ``cands`` that report the same event; the most specific place wins.

    >>> base = {"event_type": "Explosions/Remote violence", "place_id": "tower-22", "event_date": "2024-01-28", "fatalities": 3,
    ...         "injuries": None, "actor1": "Islamic Resistance in Iraq", "geo_precision": 1, "flags": [], "background": False,
    ...         "confidence": 0.8, "sources": [{"file": "a.txt", "event_date": "2024-01-28", "date_kind": "weekday", "fatalities": 3,
    ...         "actor1": "Islamic Resistance in Iraq"}]}
    >>> other = base | {"fatalities": 4, "sources": [{"file": "b.txt", "event_date": "2024-01-28", "date_kind": "absolute",
    ...         "fatalities": 4, "actor1": "Saraya Awliya al-Dam"}], "actor1": "Saraya Awliya al-Dam"}
    >>> [m] = merge_candidates([base, other])
    >>> m["fatalities"], m["conflicts"]["fatalities"], sorted(m["conflicts"]["actor1"].values())
    (3, {'a.txt': 3, 'b.txt': 4}, ['Islamic Resistance in Iraq', 'Saraya Awliya al-Dam'])
    """
    ordered = sorted(cands, key=lambda c: (c.get("geo_precision") or 4, c.get("place_id") is None, KIND_RANK.get(c.get("_scope"), 4)))
    # a base whose coordinates are only its province's ("Tal Baydar") is still more specific than the country
    groups: list[list[dict]] = []
    kept: list[_Kept] = []  # per group, what its members after the first say, so that joining it is read in one step
    for c in ordered:
        arts = None if within_article else _articles(c)
        for g, k in zip(groups, kept, strict=True):
            if arts is not None and not arts.isdisjoint(_articles(g[0])):
                continue  # same_event's first test, without the call: one article's reports are kept apart across articles
            head = k.dated if within_article and k.dated is not None else g[0]
            if same_event(head, c, within_article=within_article) and not (within_article and k.apart(c)):
                g.append(c)
                k.add(c)
                if (k.dated is None and c.get("place_id") == g[0].get("place_id") and _rank(c) == 0 and _dated(c)
                        and not _dated(g[0])):
                    # "disclosed Monday, following the attack on al-Asad", then "rockets ... at al-Asad on Saturday": the group
                    # is asked for by the report that gives its own day, not by the day its first one was said
                    k.dated = g[0] | {f: c.get(f) for f in ("event_date", "_date", "time_precision", "sources")}
                break
        else:
            groups.append([c])
            kept.append(_Kept())
    merged = [_merge(g) for g in groups]
    if not within_article:
        for m in merged:
            m.pop("_date", None)
            m.pop("_kind", None)
            m.pop("_scope", None)
            m.pop("_remainder", None)
            m.pop("_trigger", None)
            m.pop("_said", None)
            m.pop("_counted", None)
            m.pop("_harm", None)
            m.pop("_arts", None)
            m.pop("_also", None)
            m.pop("_anaphor", None)
            m.pop("_other_site", None)
            m.pop("_yet_another", None)
            m.pop("_another", None)
            m.pop("_local_time", None)
    return sorted(merged, key=lambda m: (m.get("event_date") or "9999", m.get("location") or ""))


def _merge(group: list[dict]) -> dict:
    out = dict(group[0])
    out["sources"] = [s for c in group for s in c["sources"]]
    out["flags"] = list(dict.fromkeys(f for c in group for f in c.get("flags", [])))
    # a lone report takes nothing from others: its fill, its site or province, its interception and its claim are already its own
    several = len(group) > 1
    named = {k: _said_in(group[0], k) for k in ("actor1", "actor2")} if several else {}
    for c in group[1:]:
        if _GENERIC.fullmatch(out.get("_trigger") or "") and c.get("_trigger") and not _GENERIC.fullmatch(c["_trigger"]) \
                and c["event_type"] == out["event_type"]:
            out["sub_event_type"] = c["sub_event_type"]  # "the attack hit a training academy" after "a drone attack": a drone
            out["_trigger"] = c["_trigger"]
        for k in _FILL:
            if out.get(k) in (None, "") and c.get(k) not in (None, "") and not (k in _SIDES and c[k] == out.get(_SIDES[k])):
                out[k] = c[k]  # not the striker as its own target: the other side of an attack read as the strike it was
        for k in ("actor1", "actor2"):  # an actor the sentence named outranks one taken from the rest of the article
            if c.get(k) and not named[k] and _said_in(c, k) and _said_in(c, "location") and c[k] not in (out.get("actor1"), out.get("actor2")):
                out[k], named[k] = c[k], True
        for k, v in c.get("conflicts", {}).items():
            out.setdefault("conflicts", {}).setdefault(k, {}).update(v)
    site = (next((c for c in group if c.get("_scope") == "site" and not _airport(c)), None)
            or next((c for c in group if c.get("_scope") == "site"), None)) if several else None
    if several and out.get("place_id") in _CAPITALS and (local := min((c for c in group if c.get("place_id") not in _CAPITALS
                                                                        and _rank(c) == 0 and c.get("place_id")
                                                                        and _km(out, c) <= _CAPITAL_KM),
                                                                       key=lambda c: _km(out, c), default=None)):
        site = site or local  # the capital named for its province: the nearest site or town of it the group names
    reach = _CAPITAL_KM if out.get("place_id") in _CAPITALS else _CITY_KM  # a capital named for its province reaches its sites
    if (out.get("_scope") == "town" and site is not None and _km(out, site) <= reach) or (
            site is not None and _airport(out) and out.get("place_id") != site.get("place_id") and _km(out, site) < _SAME_POINT_KM):
        for k in ("place_id", "location", "country", "latitude", "longitude", "geo_precision", "matched_by", "_scope"):
            out[k] = site.get(k)  # "the Erbil barracks" of "the Erbil air base": the base, not the town
    province = next((c for c in group if c.get("_scope") == "province"), None) if several else None
    if out.get("_scope") == "bearing" and province is not None:
        for k in ("place_id", "location", "country", "latitude", "longitude", "geo_precision", "matched_by", "_scope"):
            out[k] = province.get(k)  # the province the article names outranks "south of Baghdad"
    out["_local_time"] = any(c.get("_local_time") for c in group)
    placed = [c for c in group if c.get("place_id")] or group  # an unplaced report that joins a placed one takes its standing
    dated = [c for c in placed if c.get("event_date")] or placed
    # "Following the recent strike that targeted Khor Mor", then "the field came under a drone attack last month": the day told is
    # history, and so is the report that names it without one
    out["background"] = all(c.get("background", False) for c in dated)
    if out["flags"] and out.get("event_date"):
        out["flags"] = [f for f in out["flags"] if not f.startswith(("no date", "date unresolved"))]
    if out.get("place_id") and out["flags"]:
        out["flags"] = [f for f in out["flags"] if f != "no place in the report"]
    if out.get("actor1") and out["flags"]:
        out["flags"] = [f for f in out["flags"] if f != "no actor named for this report"]
    _conflicts(out)
    if several:
        _shot_down(out, group)
        claims = [c for c in group if c.get("status") == "claimed" and _said_in(c, "actor1") and c["actor1"] != out.get("actor2")]
        if claims and not named["actor1"] and len({s["file"] for s in out["sources"]}) == 1:
            out["actor1"] = claims[0]["actor1"]  # "X claimed the attack on Monday", after the report of the attack: X
            first = claims[0]["sources"][0]
            out["sources"] = [first] + [s for s in out["sources"] if s is not first]  # the file's say on who acted
    out["confidence"] = round(min(1.0, max(c.get("confidence", 0) for c in group) + 0.1 * (len({s["file"] for s in out["sources"]}) - 1)), 2)
    return out


def _shot_down(out: dict, group: list[dict]) -> None:
    """An attack whose weapons were all shot down is ACLED's Disrupted weapons use by whoever shot
    them down, against the attacker; if it still did harm, it is the attack."""
    downs = [c for c in group if c.get("sub_event_type") == _DISRUPTED]
    attacks = [c for c in group if c.get("sub_event_type") != _DISRUPTED and c["event_type"] != "Strategic developments"]
    if not downs or not attacks:
        return
    hit = next((c for c in attacks if c.get("fatalities") or c.get("injuries") or harm_done(c.get("notes") or "")
                or any(d.get("_harm") for d in downs)), None)
    if hit is not None:
        keep = {k: hit.get(k) for k in ("event_type", "sub_event_type", "actor1", "actor2")}
        out.update(keep, _trigger=hit.get("_trigger"))
        out["flags"] = list(dict.fromkeys([*out.get("flags", []), "reported shot down, but it still did harm: coded as the attack"]))
        told = [s for d in downs for s in d["sources"]]
        # the attack's account of who acted first; the shooting down's roles turn with the coding: its interceptor is the
        # attacked (actor2), and a launcher it named as the weapon's owner is the attacker (actor1)
        out["sources"] = hit["sources"] + [swapped_roles(s) if s in told else s for s in out["sources"] if s not in hit["sources"]]
        _role_conflicts(out)
        return
    attacker = next((c["actor1"] for c in attacks if c.get("actor1") and c["actor1"] not in {d.get("actor1") for d in downs}), "")
    # who shot it down: named with the shooting down, else the attacked ("drones targeted US forces ... shot down")
    interceptor = (next((d["actor1"] for d in downs if d.get("actor1") and d["actor1"] != attacker), "")
                   or next((c["actor2"] for c in attacks if c.get("actor2") and c["actor2"] != attacker), ""))
    out.update(event_type="Strategic developments", sub_event_type=_DISRUPTED, actor1=interceptor,
               actor2=attacker or next((d["actor2"] for d in downs if d.get("actor2") and d["actor2"] != interceptor), ""),
               _trigger=downs[0].get("_trigger"))
    if out["actor2"] == out["actor1"]:
        out["actor2"] = ""
    # the sources of the shooting down speak first on who acted: the interceptor (merging again keeps it); an attack's
    # account names the weapon's owner, the Disrupted weapons use's actor2, not a rival to the interceptor
    # (a source that named its own interceptor keeps it: two interceptors told are a conflict)
    first = [s if "actor1" not in s and "actor2" in s else dict(s, actor1=s.get("actor1") or interceptor)
             for d in downs for s in d["sources"]]
    out["sources"] = first + [swapped_roles(s) for c in attacks for s in c["sources"]]
    _role_conflicts(out)


def _role_conflicts(out: dict) -> None:
    """Who acted and whose weapon it was, each compared only among the sources told in that role
    (one file's interceptor and another's attacker are the event's two sides, not a disagreement)."""
    conflicts = out.setdefault("conflicts", {})
    for k in ("actor1", "actor2"):
        per_file = _per_file(out["sources"], k)
        conflicts.pop(k, None)
        if len(set(per_file.values())) > 1:
            conflicts[k] = per_file
    if not conflicts:
        out.pop("conflicts")


def _per_file(sources: list[dict], field: str) -> dict[str, Any]:
    """Each file's first say on ``field`` (its sources in order; an empty say is none)."""
    per_file: dict[str, Any] = {}
    for s in sources:
        if s.get(field) not in (None, ""):
            per_file.setdefault(s["file"], s[field])
    return per_file


def _said_in(c: dict, field: str) -> bool:
    """Whether ``c``'s own sentence named its ``field`` (its evidence is in the sentence of its
    trigger, not borrowed from an earlier report), within one article."""
    ev = c["sources"][0].get("evidence", {}) if len(c["sources"]) == 1 else {}
    own, got = ev.get("event_type"), ev.get(field)
    return bool(own and got) and own["sentence"][0] <= got["start"] < own["sentence"][1]


def _conflicts(out: dict) -> None:
    conflicts = out.setdefault("conflicts", {})
    said = {k: _per_file(out["sources"], k) for k in ("event_date", "fatalities", "injuries", "actor1")}
    for k, values in said.items():
        if len(values) > 1 and len(set(values.values())) > 1:  # (one file's say is no conflict: most reports have one)
            conflicts.setdefault(k, {}).update(values)
    for k in ("fatalities", "injuries"):  # the lowest reported figure, as ACLED codes it
        values = [s[k] for s in out["sources"] if s.get(k) is not None]
        if values:
            out[k] = min(values)
    if len(said["actor1"]) == 1:
        out["actor1"] = next(iter(said["actor1"].values()))  # one file's say (most reports): the vote's one choice, not counted
    elif said["actor1"]:  # who acted: what most sources say (each source's own claim is kept under conflicts)
        named = Counter(said["actor1"].values())
        out["actor1"] = max(named, key=lambda a: (named[a], a == out.get("actor1")))
    dated = [s for s in out["sources"] if s.get("event_date")]
    dated = ([s for s in dated if s.get("date_kind") not in ("said", "published", "inherited", "answer")]  # a day the report told
             or [s for s in dated if s.get("date_kind") != "said"] or dated)  # the day it happened before the day it was said
    if dated:
        finest = min(s.get("time_precision") or 1 for s in dated)
        dated = [s for s in dated if (s.get("time_precision") or 1) == finest]  # "on 20 January" over "January 2024"
        if len(days := {s["event_date"] for s in dated}) == 1:
            best = next(iter(days))  # one day told: no vote to break, nor votes to count
        else:
            votes = Counter(s["event_date"] for s in dated)
            # a tie goes to the day told in the theatre's own time ("at 12:15 a.m. Wednesday Iraq time"), not Washington's "on Tuesday"
            local = {s["event_date"] for s in dated if small_hours_local(s.get("claims") or "")}
            best = max(votes, key=lambda d: (votes[d], d in local, sum(s["date_kind"] == "absolute" for s in dated if s["event_date"] == d)))
        out["event_date"] = best
        if finest < (out.get("time_precision") or 1):
            out["time_precision"] = finest
        for s in dated:
            if s["event_date"] != best and s.get("date_kind") == "weekday":
                flag = f"{s['file']}: its weekday gives {s['event_date']}, other reports date the event {best}"
                if flag not in out["flags"]:  # (merged again across articles: told once)
                    out["flags"].append(flag)
    if not conflicts:
        out.pop("conflicts")


def fold_same_words(cands: list[dict]) -> list[dict]:
    """One article's reports read from the same words at the same place on the same day, by the same
    actor ("Rocket and drone attacks targeted the U.S. Embassy and a diplomatic facility in Baghdad":
    both named places end at the embassy, one of them by the merge with the next sentence's "U.S.
    Embassy compound in Baghdad") are one report: the first kept, its sources joined, its sub-event
    a named weapon before the default (one event type: an interception and an attack stay apart)."""
    out: list[dict] = []
    seen: dict[tuple, dict] = {}
    for c in cands:
        start = ((c.get("sources") or [{}])[0].get("evidence", {}).get("event_type") or {}).get("start")
        key = (c.get("place_id"), c.get("event_date"), c.get("actor1"), bool(c.get("background")), start, c.get("event_type"))
        kept = seen.get(key) if c.get("place_id") and start is not None else None
        if kept is None:
            if c.get("place_id") and start is not None:
                seen[key] = c
            out.append(c)
            continue
        kept["sources"] = kept["sources"] + [x for x in c["sources"] if x not in kept["sources"]]
        if c.get("sub_event_type") == "Air/drone strike":
            kept["sub_event_type"] = c["sub_event_type"]  # a named weapon (a drone) before the default
    return out
