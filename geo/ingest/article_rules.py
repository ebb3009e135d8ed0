"""Rules over a whole article, after each sentence has been read: a report placed at a province,
a country or a description moves to the base or town the article names for it; a country-level
report is dropped or kept as the remainder of a strike round; actors a sentence did not name are
taken from the article; and history (the campaign's recalled past, the war's start) is marked.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import islice

from gazetteer import Gazetteer, distance_km
from gazetteer.model import GEO_PRECISION, Match, Place

from .context import ALLIED_NATIONS, asides, judge_of_it, onlooker, source_named, war_named_after, war_setting, zone_named
from .dates import MONTH_WORDS, find_dates
from .document import not_reporting
from .mentions import Mention, MentionFinder
from .numbers import parse_quantity
from .recognise import FIND_VERBS, TARGET_NOUNS, role_spans, triggers
from .sides import us_disowns
from .text import contains_any, gated, line_matches, sentences
from .where import NOT_A_BATTLEFIELD, THEATRE, bases_in_towns, far_town, is_origin, us_position

__all__ = ["at_country", "attacks_counted", "chronology", "undated_beside_news", "BACKGROUND_DAYS", "WAR_START", "article_rules",
           "mark_history", "place_at_country", "sites_counted"]

_US = "United States"
_GENERIC_ALIGNED = "Iran-backed militias (unidentified)"
#: The actor table's names for groups no report names.
_NAMELESS = frozenset({_GENERIC_ALIGNED, "Unidentified armed group", "Unidentified military forces"})


#: How a report is dated when it tells no day of its own: by the thread before it, by the publication, or not at all.
_NO_DAY = ("inherited", "published", "none")


#: An event this many days or more before the publication date is background, not news.
BACKGROUND_DAYS = 180


def _background(out: list[dict], published: date | None, *, reference: bool = False, text: str = "") -> None:
    """History is measured from the article's news: the publication date when the article reports
    something recent (within :data:`BACKGROUND_DAYS`), else its latest dated event. A profile or an
    encyclopedia page written a year on still reports the campaign it is about (Tower 22 in a 2025
    page about the group), and its 2020 history stays history; a news story with no news of its
    weeks (a funeral, an analysis, an award) recalls what it dates :data:`_STORY_DAYS` or more before it."""
    if published is None:
        return
    if _MEMORIAL.search(text, 0, _MEMORIAL_LEDE) and not any(
            c["_date"] is not None and 0 <= (published - c["_date"]).days <= 2 and c["sources"][0].get("date_kind") not in _NO_DAY
            for c in out):  # (a report with no day of its own is no news of the day)
        for c in out:  # "funerals begin for three soldiers killed last month in a drone attack on a U.S. base in Jordan": the death recalled
            if not c.get("background") and c["_date"] is not None and ((published - c["_date"]).days >= _MEMORIAL_DAYS or (
                    c["sources"][0].get("date_kind") in _NO_DAY and _DIED_IN.search(c["notes"]))):
                # (and "one of the 3 United States soldiers killed in a drone attack while serving in Jordan", told with no day)
                c["background"] = True
                c["flags"].append("told in a story of funerals or memorials, days after: recalled, history")
    if not reference and not any(c["_date"] is not None and 0 <= (published - c["_date"]).days < _STORY_DAYS for c in out):
        for c in out:  # "Purple Hearts ... to three airmen injured during a drone strike at Tower 22" (January), told in October
            if c["_date"] is not None and (published - c["_date"]).days >= _STORY_DAYS and not c.get("background"):
                c["background"] = True
                c["flags"].append(f"{(published - c['_date']).days} days before a story that tells nothing newer: recalled, history")
        return
    for c in out:  # "retaliatory strikes in Iraq in late January", recalled in April: history told by its month
        if c["_date"] is not None and (c.get("time_precision") or 1) >= 3 and (published - c["_date"]).days >= _RECALLED_DAYS:
            c["background"] = True
    dated = [c["_date"] for c in out if c["_date"] is not None and c["_date"] <= published]
    # a story with one or two days of news (not a round-up of many) recalls sooner what it tells from before them
    story = len({d for d in dated if (published - d).days < _RECALLED_STORY_DAYS}) <= _STORY_NEWS_DAYS
    if any((published - d).days <= _NEWS_DAYS for d in dated):
        fresh = any(c["_date"] is not None and 0 <= (published - c["_date"]).days <= 1 and not c.get("background")
                    and c["event_type"] != "Strategic developments" and c["sources"][0].get("date_kind") not in _NO_DAY for c in out)
        country_days = _RECALLED_COUNTRY_FRESH_DAYS if fresh else _RECALLED_COUNTRY_DAYS
        for c in out:  # "the first such attacks in three months, after Rumalyn on April 21", told in July beside this week's news; "the
            # drone attack on a base in Jordan that killed three soldiers", told two weeks on: a country's attack recalls sooner
            recalled = ((_RECALLED_COUNTRY_DAYS if c.get("actor1") == _US else country_days)
                        if c.get("_scope") == "country" and c["event_type"] != "Strategic developments" else _RECALLED_DAYS)
            recalled = min(recalled, _RECALLED_STORY_DAYS) if story else recalled
            if c["_date"] is not None and (published - c["_date"]).days >= recalled and not c.get("background"):
                c["background"] = True
                c["flags"].append(f"{(published - c['_date']).days} days before an article whose news is recent: recalled, history")
    for c in out:  # "in response to a drone attack on Tower 22 base in northeast Jordan on Jan. 28", told ten days on beside the news
        if (c.get("_aside") and c["_date"] is not None and (published - c["_date"]).days >= _ANSWERED_DAYS and not c.get("background")
                and c["sources"][0].get("date_kind") not in _NO_DAY):
            c["background"] = True
            c["flags"].append(f"told {(published - c['_date']).days} days on as what the news answered: recalled, history")
    backdrop = {id(c) for c in out if _told_as_backdrop(c)}  # read once per report
    for c in out:  # "This incident follows a previous assault on a U.S. military base near the Al-Omar oil field",
        # "The Tawke oilfield ... was previously targeted by a drone strike on Wednesday morning": told as what the news came after,
        # beside news told for that day or a later one: the backdrop
        if (not c.get("background") and id(c) in backdrop and any(
                o is not c and not o.get("_aside") and not o.get("background") and id(o) not in backdrop
                and (c["_date"] is None or o["_date"] is None or o["_date"] > c["_date"]
                     or (o["_date"] == c["_date"] and c["sources"][0].get("date_kind") in (*_NO_DAY, "answer"))
                     # "The attacks follow the U.S. strikes on two facilities in eastern Syria", the strikes told with no day of
                     # their own (dated by the publication), the attacks by theirs: what the news came after, whatever day it got
                     or (c["sources"][0].get("date_kind") in ("published", "none") and o["sources"][0].get("date_kind") not in _NO_DAY))
                for o in out)):  # (not "The strikes followed a drone attack ... earlier in the day": that day's news too)
            c["background"] = True
            c["flags"].append("told as what the news came after: the backdrop, history")
    for prev, c in zip(out, out[1:], strict=False):  # "Those attacks culminated in the January 2024 attack on Tower 22 ... The US launched
        # major airstrikes against the PMF in response": told with no day of its own, in answer to the history just before it
        # (history long past, "the January 2024 attack" told in July 2025; not an attack of two weeks before that the strike answered)
        if ((c.get("_aside") or _ANSWERING.search(c["notes"])) and not c.get("background") and prev.get("background")
                and prev["_date"] is not None and (published - prev["_date"]).days >= BACKGROUND_DAYS and c.get("_si") is not None
                and prev.get("_si") is not None and 0 <= c["_si"] - prev["_si"] <= 1
                and c["sources"][0].get("date_kind") in (*_NO_DAY, "answer")):
            if prev.get("event_date"):
                _dated_by(c, prev["event_date"], "the history it answered")
            c["background"] = True
            c["flags"].append("told with no day of its own in answer to the history before it: history")
    news = any(c["_date"] is not None and ((c.get("time_precision") or 1) == 1 or c["sources"][0].get("date_kind") == "published")
               and 0 <= (published - c["_date"]).days <= 2  # an interception is the day's news too
               and (c["event_type"] != "Strategic developments" or c["sub_event_type"] == "Disrupted weapons use")
               and not c.get("background") for c in out)
    for c in out:  # "following a drone attack that killed three US soldiers at a base in Jordan late last month", beside today's strike
        if (news and c["_date"] is not None and c["sources"][0].get("date_kind") in ("week", "month")
                and (published - c["_date"]).days >= _LAST_PERIOD_DAYS and not c.get("background")):
            c["background"] = True
            c["flags"].append("dated only by last week or last month, beside the article's news of the day: recalled, history")
    fresh = any(c["_date"] is not None and 0 <= (published - c["_date"]).days <= 1 and not c.get("background")
                and c["event_type"] != "Strategic developments" for c in out)
    # (not a week's chronology, "On Sunday, ... On Tuesday, ... On Friday, ...": a weekday report of two to five days before is its news)
    week = any(c["_date"] is not None and 2 <= (published - c["_date"]).days <= 5 and c["sources"][0].get("date_kind") == "weekday"
               and not c.get("background") for c in out)
    for c in out:  # "it was behind a pair of attacks on Wednesday and Thursday", told the next Tuesday beside that day's attack
        if (fresh and not week and c["_date"] is not None and c["sources"][0].get("date_kind") == "weekday"
                and (published - c["_date"]).days >= _LAST_WEEKDAY_DAYS and not c.get("background")):
            c["background"] = True
            c["flags"].append("a weekday that falls six or more days before the article, beside its news of the day: last week's, history")
    for c in out:  # "In a statement last week, the ministry denied reports that a base in Erbil was the target", beside today's attack
        if (fresh and c["_date"] is not None and c["sources"][0].get("date_kind") == "said"
                and (published - c["_date"]).days >= _SAID_BEFORE_DAYS and not c.get("background")):
            c["background"] = True
            c["flags"].append("dated only by a statement four or more days before the article, beside its news of the day: history")
    if not dated or any((published - d).days < BACKGROUND_DAYS for d in dated):
        return
    peg = max(dated)
    for c in out:
        c["background"] = bool(c["_date"] and (peg - c["_date"]).days >= BACKGROUND_DAYS)


#: A report told as what the news came after: "This incident follows a previous assault on ...", "In the aftermath of a US airstrike".
_BACKDROP = re.compile(r"\b(?=\w)(?:"  # (a word starts: one test before the alternatives that need one)
                       r"\b(?:follows|followed)\s+(?:an?|the)\s+(?:previous|prior|earlier)\b|\b(?:aftermath|backdrop)\s+of\b|"
                       # "with a previous incident involving a booby-trapped drone being shot down near Erbil International Airport"
                       r"\b(?:an?|the)\s+(?:previous|prior)\s+(?:incident|attack|strike|assault)\b|"
                       r"\b(?:was|were|had\s+been)\s+previously\s+(?:targeted|attacked|hit|struck)\b)|"
                       # "The latest attacks followed a drone strike on Tuesday on the Sarsang field", "The attacks follow the U.S. strikes"
                       r"^\W*(?:The|These|This)\s+(?:latest\s+|new\s+|fresh\s+|recent\s+)?(?:attacks?|strikes?|incident|assault|downing)\s+"
                       r"(?:follows?|followed)\s+(?:an?|the)\b")


#: In a backdrop phrase, the word after which its report is told: "follows", "aftermath", "backdrop", "a previous incident".
_BACKDROP_WORD = re.compile(r"follow|aftermath|backdrop|previous\b|prior\b", re.I)


def _told_as_backdrop(c: dict) -> bool:
    """Whether ``c``'s own trigger lies in its sentence's backdrop phrase, from the phrase's word to
    the clause's end: "In the aftermath of the US strike in Baghdad, three rockets hit Ain al-Asad"
    tells the strike as backdrop, not the rockets; "The latest attacks followed a drone strike"
    tells the strike, not the latest attacks."""
    notes = c["notes"]
    # every match of _BACKDROP (case kept) holds one of these words: a cheap test before the pattern tried at every position
    if not ("follow" in notes or "previous" in notes or "prior" in notes or "aftermath" in notes or "backdrop" in notes):
        return False
    if (m := _BACKDROP.search(notes)) is None:
        return False
    ev = (c["sources"][0].get("evidence") or {}).get("event_type") or {}
    if "start" not in ev or not ev.get("sentence"):
        return True  # no trigger offsets recorded: the sentence's backdrop is its report's
    at = ev["start"] - ev["sentence"][0]
    word = _BACKDROP_WORD.search(notes, m.start(), m.end())
    # "In the aftermath of X, ...", "Unlike the previous attack, rockets also hit the Harir base": the phrase ends at its comma;
    # "... follows a previous assault on a base, where drones were used": the object runs on to the sentence's end
    end = notes.find(",", m.end()) if word and word.group(0).lower() in ("aftermath", "backdrop", "previous", "prior") else -1
    return (word.start() if word else m.start()) <= at < (end if end >= 0 else len(notes))


#: A report told as the answer to another, that other unnamed: "launched major airstrikes against the PMF in response".
_ANSWERING = gated(re.compile(r"\bin\s+(?:response|retaliation)\b", re.I))


#: A story of mourning, told in its lede: what it recalls is history once some days have passed.
_MEMORIAL = gated(re.compile(r"\b(?:funerals?|memorial\s+services?|laid\s+to\s+rest|burials?|mourners|vigils?|processions?)\b", re.I))
#: The dead mourned, told as killed in the attack: "one of the 3 United States soldiers killed in a drone attack".
_DIED_IN = re.compile(r"\b(?:killed|died|wounded|injured)\s+(?:in|during|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike)\b", re.I)
#: How far into the text the lede that says so runs, and how many days before the story its recalled report must be.
_MEMORIAL_LEDE = 400
_MEMORIAL_DAYS = 7


#: How many days back a bare weekday ("on Wednesday") reaches before, beside the day's news, it is last week's: recalled.
_LAST_WEEKDAY_DAYS = 6
#: How long before the article a report dated only by its month, or any report beside recent news, is history, not news.
_RECALLED_DAYS = 21
#: How long before a news story (not a round-up) a report is history: "the January 28 attack", told on 7 February beside the day's strike.
_RECALLED_STORY_DAYS = 10
#: A story tells at most this many days of news in the days before it; a round-up tells more.
_STORY_NEWS_DAYS = 2
#: How long before an article with recent news a report told only in a reference clause ("in response to ...") is history.
_ANSWERED_DAYS = 7
#: How many days back the statement that alone dates a report reaches before, beside the day's news, the report is history.
_SAID_BEFORE_DAYS = 4
#: How long before an article with recent news a report placed only at a country is history.
_RECALLED_COUNTRY_DAYS = 14
#: ... and how long before one whose news is of that day or the day before: "the January 28 attack in Jordan", told on 2 February
#: beside that day's strikes (on the development sets, 5 such country-level reports of 4 to 13 days before were coded as news, 14 not).
_RECALLED_COUNTRY_FRESH_DAYS = 4
#: How long before a news story that tells nothing newer a report is what it recalls (a monthly round-up tells weeks of news).
_STORY_DAYS = 45
#: A page that opens by defining its subject: "The Islamic Resistance in Iraq is a network of militias founded in 2020."
_DEFINITION = re.compile(r"^[ \t]*(?:(?:The|An?)\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|in|al|el)\s+)?){1,7}(?:is|was|are|were)\s+(?:a|an|the)\s+"
                         r"(?:[\w-]+\s+){0,3}(?:network|group|militia|coalition|organi[sz]ation|umbrella|attack|strike|series|campaign|"
                         r"movement|faction|alliance)\b", re.M)
#: A line of a chronology, opening with its day and a dash or colon: "24 January – The US military launches airstrikes", "Jan. 4: A
#: drone strike in Baghdad".
_CHRONOLOGY_LINE = re.compile(rf"^[ \t]*(?:\[edit\]\s*)?(?:[-•*]\s*)?(?:\d{{1,2}}\s+{MONTH_WORDS}|{MONTH_WORDS}\s+\d{{1,2}})"
                              r"(?:,\s+\d{4})?\s*[–—:-]", re.M)
#: A month's digest, as Crisis Group's CrisisWatch writes it: the subject, the day and month, the verb ("Iran-backed militia 5 Aug
#: struck Ain al-Asad base", "Islamic Resistance in Iraq 18, 20 Aug claimed").
_DIGEST_DAY = re.compile(rf"\d(?<!\w\d)\d?(?:\s*[-–,]\s*\d{{1,2}})*\s+{MONTH_WORDS}\s+"
                         r"(?:[a-z]+ed|said|hit|struck|claimed|shot|launched|killed|began|left)\b")
#: How many such days make a text a digest.
_DIGEST_DAYS_TOLD = 2
#: How far back a digest's days are its news (the month it sums up, published after it).
_DIGEST_DAYS = 45
#: How many such lines make a page a chronology, and how far back its lines are its news (a year's page).
_CHRONOLOGY_LINES = 3
_CHRONOLOGY_DAYS = 366


def chronology(text: str) -> bool:
    """Whether ``text`` is a chronology: lines that open with their day ("24 January – The US military launches ...")."""
    # (_CHRONOLOGY_LINE opens with "^", re.M, and matches no empty string: tried at the lines' starts only, and only up to the
    # count that decides)
    return sum(1 for _ in islice(line_matches(_CHRONOLOGY_LINE, text), _CHRONOLOGY_LINES)) >= _CHRONOLOGY_LINES


#: A reference page, not a news story: an encyclopedia's infobox ("Part of the attacks on U.S. bases ...", "Date28 January
#: 2024", "Casualties"), a profile. It tells the events it is about, however long after.
_REFERENCE_PAGE = re.compile(r"^[ \t]*(?:Part\s+of\s+(?:the|a)\b|Date\s*\d|Casualties\b|Executed\s+by\b|Belligerents\b|Profile:)", re.M)
#: How long before the article a report dated only by its week or month ("last week", "late last month") is told as past.
_LAST_PERIOD_DAYS = 4
#: How recent a report must be for the article to be news of the day, not a retrospective.
_NEWS_DAYS = 14


#: The day the Israel-Hamas war began: the campaign's setting, which articles recall ("since Hamas attacked Israel on October 7").
WAR_START = date(2023, 10, 7)


#: The war named in a report dated the day it began: "due to Washington's support of Israel in the war that began on Oct. 7".
_WAR_WORDS = re.compile(r"\b(?:Hamas|Israel\w*|Gaza|war)\b")


def _war_start(out: list[dict]) -> None:
    """Hamas's attack on Israel of 7 October 2023, recalled as the war's start, is history, not an
    event of the campaign, however close the article is to it."""
    for c in out:
        if c["_date"] == WAR_START and (c.get("country") in ("IL", "PS") or c["actor1"] == "Hamas" or _WAR_WORDS.search(c["notes"])):
            c["background"] = True
            c["flags"].append("the start of the Israel-Hamas war: recalled as the setting, history")


_SITES = re.compile(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                    # not "two American bases in Syria": the US side's bases, attacked, are not a strike's sites
                    r"(?!(?:American|U\.S\.|US|coalition|Coalition|international)\s)(?:[\w-]+\s+){0,2}"
                    r"(?:facilities|sites|locations|targets\s+sites|compounds|bases)\b(?!\s+(?:housing|hosting|that\s+host))", re.I)


#: Right after a count of sites, the one place they all lie at: "two facilities near Abu Kamal".
_AT_ONE = re.compile(r"\s+(?:near|in|at|around|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:town|city|village|area)\s+of\s+)?")


def _counted_at_one(text: str, same: list[dict]) -> bool:
    """Whether the text counts sites at one town or site it names right after the count ("strikes against two facilities
    near Abu Kamal, Syria"): the count is of that place's sites, none left unnamed."""
    starts = {(o["sources"][0]["evidence"].get("location") or {}).get("start") for o in same if o.get("_scope") in ("town", "site")}
    counts = _site_counts(text)
    most = max((n for _, n in counts if n), default=0)  # the round's own count: "five sites in Syria ... two sites near al-Mayadin"
    return any(n == most and (at := _AT_ONE.match(text, end)) is not None and at.end() in starts
               and not _MORE_AFTER.match(text, at.end()) for end, n in counts)


@lru_cache(maxsize=4)
def _site_counts(text: str) -> tuple[tuple[int, int], ...]:
    """Each count of sites in the text: where it ends, and how many (read once per article, asked once per coarse report)."""
    return tuple((m.end(), parse_quantity(m.group("n"))[0] or 0) for m in _SITES.finditer(text))


#: After the place a count of sites lies at, more elsewhere: "..., and a third facility elsewhere", "and two others in Iraq".
_MORE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:and\s+(?:a\s+(?:third|fourth|fifth)|another|others?|one\s+more|(?:two|three|four)\s+others?)|"
                         r"elsewhere)\b")


#: A count of attacks told as one day's news ("U.S. forces in Iraq were targeted on Wednesday in two separate drone attacks"),
#: not a count referred back to ("the two attacks") nor a running total (those are aggregates, read before).
_ATTACKS = re.compile(r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bboth\s)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+"
                      r"(?:separate|additional|more|other|new|different)?\s*(?:[\w-]+\s+)?(?:attacks|assaults)\b", re.I)


def attacks_counted(sentence: str) -> int | None:
    """How many attacks the sentence counts as its news ("in two separate drone attacks"), if it does.

    >>> attacks_counted("U.S. forces in Iraq were targeted on Wednesday in two separate drone attacks"), attacks_counted("the two attacks")
    (2, None)
    """
    m = _ATTACKS.search(sentence)
    return None if m is None else parse_quantity(m.group("n"))[0]


#: Right before a place, how many of the counted attacks it took: "two vital sites in Tel Aviv", "one in Be'er Sheva".
_COUNT_AT = re.compile(r"\b(?P<n>one|two|three|four|five|six|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:in|at|on)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)


def counted_at(text: str, start: int) -> int:
    """How many attacks the words right before the place at ``start`` give it (one unless they count).

    >>> s = "three attacks on two vital sites in Tel Aviv and one in Be'er Sheva"
    >>> counted_at(s, s.index("Tel")), counted_at(s, s.index("Be'er")), counted_at("rockets hit Erbil", 12)
    (2, 1, 1)
    """
    m = _COUNT_AT.search(text, max(0, start - 40), start)
    return parse_quantity(m.group("n"))[0] if m else 1


def sites_counted(sentence: str) -> int | None:
    """How many struck sites the sentence counts ("at seven facilities"), if it does."""
    m = _SITES.search(sentence)
    if m is None:
        return None
    return parse_quantity(m.group("n"))[0]



#: Another nation's forces or base named in a town: "the Italian military base in Erbil", "a French soldier".
_ALLIED_BASE = re.compile(rf"\b{ALLIED_NATIONS}\s+(?:military\s+)?(?:base|camp|troops|soldiers?|forces|contingent|personnel|officer)\b")


def _town_to_base(out: list[dict]) -> None:
    """An attack on US forces placed at a town whose point holds their base ("the facility in
    al-Shaddadi town ... was targeted by three drones"), or a drone shot down near that town, is at
    the base, flagged."""
    for c in out:
        base = bases_in_towns().get(c.get("place_id") or "")
        shot_down = c["sub_event_type"] == "Disrupted weapons use"  # "a one-way attack drone was shot down near Shaddadi": at the base
        if (base is None or c.get("actor2") not in (_US, "", None)
                or not (shot_down or (c["_kind"] == "attack" and c["event_type"] != "Strategic developments"))):
            continue
        if _ALLIED_BASE.search(c["notes"]):
            continue  # "The Italian military base in Erbil ... was hit": another nation's base in the town, not the US one
        c.update(place_id=base.id, location=base.name, latitude=base.lat, longitude=base.lon, _scope="site",
                 geo_precision=GEO_PRECISION.get(base.precision, 2))
        c["flags"].append(f"{'a drone shot down near' if shot_down else 'an attack on US forces in'} the town that holds their base: "
                          f"placed at {base.name}")


def _refine_to_site(out: list[dict], mentions: list[Mention], matches: dict[int, Match], text: str) -> None:
    """An attack placed at a province, a country or a description ("a small U.S. base in northeast
    Jordan") moves to the one base the article names in that country ("The base, known as Tower
    22, ..."), when no other report of the article is placed there; the flag says so."""
    sites: dict[str, tuple[Mention, Match]] | None = None  # the article's bases, read when a report first asks for them
    used = {c.get("place_id") for c in out}
    for c in sorted(out, key=lambda c: c["event_date"] is None):  # the dated report first: it is the one to place
        coarse = c.get("_scope") in ("province", "country") or str(c.get("matched_by") or "").startswith("description")
        if c["_kind"] != "attack" or not coarse or not c.get("country") or c["event_date"] is None:
            continue
        if sites is None:
            sites = {}
            for m in mentions:
                found = matches.get(m.start)
                if found is not None and found.kind == "site" and found.place.id not in NOT_A_BATTLEFIELD and not is_origin(text, m):
                    sites.setdefault(found.place.id, (m, found))
        here = [(pid, m, f) for pid, (m, f) in sites.items() if f.place.country == c["country"] and (
            c.get("_scope") != "province" or f.place.lat is None
            or Gazetteer.default().may_lie_in(f.place.lat, f.place.lon, c.get("place_id")))]  # not al-Tanf for "a base in Hasakah"
        if len(here) != 1:
            continue
        told = [o for o in out if o is not c and o.get("place_id") == here[0][0] and o["_kind"] == c["_kind"] and o["_date"] is not None
                and o["sources"][0].get("date_kind") not in ("published", "none", "answer")]
        if here[0][0] in used and not (c["sources"][0].get("date_kind") == "published" and told):
            continue
        if here[0][0] in used:
            # "Eight US troops were injured in a drone attack on their base in northeastern Syria" (dated by the publication), then
            # "a drone may have started a fire at the installation in Rimelan" last week: the lede tells the body's attack
            o = told[0]
            if o["sources"][0].get("date_kind") == "said":  # "today's attack" in a statement quoted a day on: a day the body gives
                o = next((x for x in out if x is not c and x["_kind"] == c["_kind"] and x.get("country") == c["country"] and x["_date"]
                          and x["sources"][0].get("date_kind") in ("absolute", "weekday") and abs((x["_date"] - o["_date"]).days) <= 1), o)
            c.update(event_date=o["event_date"], _date=o["_date"], time_precision=o.get("time_precision"))
            c["sources"][0].update(event_date=o["event_date"], date_kind="inherited", time_precision=o.get("time_precision"))
            c["flags"].append("the lede, dated only by the publication, tells the attack the body dates at the one base it names")
        _, m, f = here[0]
        p = f.place
        c["flags"].append(f"placed at {p.name}, the one base the article names in this country (the report said {c.get('location')!r})")
        c.update(place_id=p.id, location=p.name, latitude=p.lat, longitude=p.lon, _scope=p.kind,
                 geo_precision=GEO_PRECISION.get(p.precision, 3), matched_by=f"{f.matched_by}: {m.text!r} (elsewhere in the article)")
        used.add(p.id)
    _refine_strikes(out, mentions, matches, text, used)
    _strike_on_launcher(out, mentions, matches, text)


#: A strike on the weapon that fired: "a coalition aircraft retaliated by striking the launcher", "destroying the truck".
_ON_LAUNCHER = re.compile(r"\b(?:launchers?|launch\s+(?:site|point|position)s?|(?:the|a)\s+(?:small\s+)?truck)\b", re.I)
#: A sentence that says where rockets or drones were launched from.
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|er|ers)?|fired\s+from|launch\s+site)\b", re.I)


def _strike_on_launcher(out: list[dict], mentions: list[Mention], matches: dict[int, Match], text: str) -> None:
    """A strike told without a place on the launcher of the article's rockets ("retaliated by
    striking the launcher") is where the article says they were launched from ("launched from the
    Iraqi town of Zummar"), when it names one such town; at geo precision 2, flagged."""
    strikes = [c for c in out if c["_kind"] == "strike" and not c.get("place_id") and _ON_LAUNCHER.search(c["notes"])]
    if not strikes:
        return
    towns = {}
    for m in mentions:
        f = matches.get(m.start)
        if f is None or f.kind != "town" or f.place.country not in THEATRE:
            continue
        around = text[text.rfind(".", 0, m.start) + 1:(text.find(".", m.end) + 1) or len(text)]
        if _LAUNCHED.search(around) and (is_origin(text, m) or _ON_LAUNCHER.search(around)):
            towns.setdefault(f.place.id, (m, f))
    if len(towns) != 1:
        return
    m, f = next(iter(towns.values()))
    p = f.place
    for c in strikes:
        c.update(place_id=p.id, location=p.name, latitude=p.lat, longitude=p.lon, _scope=p.kind, country=p.country, geo_precision=2,
                 matched_by=f"{f.matched_by}: {m.text!r} (where the article says the weapons were launched from)")
        c["flags"] = [x for x in c["flags"] if x != "no place in the report"] + [f"placed at {p.name}, where the launcher it struck was"]
        c.pop("_unplaced", None)
        if c["event_date"] is None:
            _date_by_attack(c, out)  # the launcher was struck after it fired


#: Words that tell where a strike's targets were.
_STRUCK_SITES = re.compile(r"\b(?:located|facilit(?:y|ies)|sites?|targets|compounds?|headquarters|depots?|warehouses?)\b", re.I)


#: How far from a province's point a town may be and still be read as in it.
_PROVINCE_KM = 200.0


def _refine_strikes(out: list[dict], mentions: list[Mention], matches: dict[int, Match], text: str, used: set) -> None:
    """A strike placed at a province ("two facilities in eastern Syria") or by a town's bearing ("two
    sites south of Baghdad") moves to the one town or site the article names later in that province and places nothing else at ("... near Abu
    Kamal", the official said): the detail of the same report, flagged."""
    detail: dict[int, tuple[bool, bool]] = {}  # per mention, read once: (a detail a strike may take, a struck sites' sentence)

    def read(m: Mention, f: Match) -> tuple[bool, bool]:
        if m.start not in detail:
            if f.place.country not in THEATRE or is_origin(text, m) or far_town(f):
                detail[m.start] = (False, False)
            else:
                around = text[text.rfind(".", 0, m.start) + 1:(text.find(".", m.end) + 1) or len(text)]
                # a sentence that reports something of its own ("new attacks on Syria's Shaddadi") is no detail
                detail[m.start] = (not (triggers(around) or not_reporting(around)), bool(_STRUCK_SITES.search(around)))
        return detail[m.start]

    for c in out:
        scope = c.get("_scope") if c.get("place_id") else None
        if c["_kind"] != "strike" or scope not in ("province", "bearing", "country", None) or c["event_date"] is None:
            continue
        if scope == "bearing" and any(o is not c and o["_kind"] == "strike" and o.get("_scope") in ("town", "site") and o.get("event_date")
                                      and abs((o["_date"] - c["_date"]).days) <= 1 and distance_km(
                                          c["latitude"], c["longitude"], o["latitude"], o["longitude"]) <= _PROVINCE_KM for o in out):
            continue  # "the strikes targeted a site south of Baghdad", after the strike in Musayib: that one, not a town named later
        after = c["sources"][0]["evidence"]["event_type"]["start"]
        near = {}
        for m in mentions:
            f = matches.get(m.start)
            if (f is None or m.start <= after or f.kind not in ("town", "site") or (scope and f.place.country != c["country"])
                    or f.place.id in used):
                continue
            ok, struck = read(m, f)
            if not ok:
                continue
            if scope not in ("province", "bearing") and not struck:
                continue  # a strike told without a province is placed only by where its targets were ("the facilities were located in")
            if scope not in ("province", "bearing") or (distance_km(c["latitude"], c["longitude"], f.place.lat, f.place.lon) <= _PROVINCE_KM
                                       and Gazetteer.default().may_lie_in(f.place.lat, f.place.lon, c.get("place_id"))):
                near.setdefault(f.place.id, (m, f))
                if len(near) > 1:
                    break  # two towns: none is "the one" the strike moves to
        if len(near) != 1:
            continue
        m, f = next(iter(near.values()))
        p = f.place
        c["flags"].append(f"placed at {p.name}, the one town the article names later in {c.get('location')}")
        c.update(place_id=p.id, location=p.name, latitude=p.lat, longitude=p.lon, _scope=p.kind, country=p.country,
                 geo_precision=2, matched_by=f"{f.matched_by}: {m.text!r} (later in the article)")
        c["flags"] = [x for x in c["flags"] if x != "no place in the report"]
        c.pop("_unplaced", None)
        used.add(p.id)


#: Forces other than a state's whose arrests the coders code (the de facto authority east of the Euphrates).
_ARRESTERS = frozenset({"Syrian Democratic Forces"})


def article_rules(out: list[dict], mentions: list[Mention], matches: dict[int, Match], finder: MentionFinder, text: str) -> list[dict]:
    """Rules over the whole article: a violent event placed only at a country ("attacks on US forces
    in Iraq and Syria") is context when the article names a specific place, or has no date; a report
    with neither place nor date is dropped; a missing actor is taken from the article's attribution
    (who claimed or was blamed) or, for strikes, from the United States when the article names it."""
    if any(c.get("_objected") for c in out):
        told = {c["_kind"] for c in out if not c.get("_objected") and not c.get("background")}
        told_at = {(c["_kind"], c.get("place_id")) for c in out if not c.get("_objected") and not c.get("background")}
        # the condemned attack, when the article tells it; a condemned strike at a place the article names nowhere else ("protest the
        # U.S. strikes, which it said killed 16 people in the al-Qaim region") is news of its own
        out = [c for c in out if not (c.get("_objected") and c["_kind"] in told and (
            (c["_kind"], c.get("place_id")) in told_at or not c.get("place_id") or c["place_id"] in finder.country_ids))]
    else:
        out = list(out)  # (no report objected to: all kept, in a list of their own as above)
    _refine_to_site(out, mentions, matches, text)
    _town_to_base(out)
    _answer_to_attack(out, finder)
    _answer_at_once(out, finder)
    _answer_in_sentence(out, finder)
    _answered_same_day(out, finder)
    _condemned_at_home(out, finder)
    _strike_by_guns(out)
    _struck_at_stronghold(out, finder)
    _houthi_launchers_ashore(out, finder)
    _struck_states_sites(out, finder)
    specific = [c for c in out if c.get("place_id") and c["place_id"] not in finder.country_ids and c["event_type"] != "Strategic developments"]
    by_day: dict[tuple, list[dict]] = {}
    for o in specific:
        by_day.setdefault((o["_kind"], o["event_date"]), []).append(o)
    for c in out:
        if c.get("_condemn"):  # a government's (not the US's: see pipeline), coded at its country, not where the strike was
            c["place_id"] = None
        if c["event_type"] == "Strategic developments" and not c.get("place_id") and c["event_date"] is not None:
            # "Kata'ib Hezbollah said it was suspending operations": coded at the group's country; "the Treasury imposed sanctions
            # on six members of Kataib Hezbollah": at the country of the group the US measure named
            named = (finder.actors.actors.get(c.get("actor2") or "") if c["actor1"] == _US and c["sub_event_type"] in ("Other", "Agreement")
                     else None)  # (and "the United States and the government of Iraq will start ... meetings": at Iraq)
            whose = (c["actor1"] if c["actor1"] in finder.actors.actors and c["actor1"] != _US
                     else c["actor2"] if named is not None and named.country in ("IQ", "SY", "YE") else None)
            home = finder.country_places.get(finder.actors.actors[whose].country) if whose else None
            if home is not None:
                place_at_country(c, home, whose, f"the country of {whose}" + (", whom the US measure named" if whose != c["actor1"] else ""))
            elif (c["sub_event_type"] == "Disrupted weapons use" and _FOUND.search(c.get("_trigger") or "")
                  and (lands := {o.get("country") for o in specific}) and len(lands) == 1
                  and (home := finder.country_places.get(next(iter(lands)))) is not None
                  and not (c["actor1"] in finder.actors.actors and finder.actors.actors[c["actor1"]].country not in ("", "US", home.country))):
                # "thanked Iraq's police for their Jan. 3 discovery of a cruise missile", in an article whose every placed report is
                # in Iraq: a weapon found in that country (not one another country's forces or a foreign group's: the Houthis')
                at_country(c, home, f"the one country the article's placed reports are in ({home.name})",
                           f"placed at {home.name}, the one country the article's other reports are in")
    _ships_at_the_sea(out, mentions, matches, text)
    dated_kinds = {c["_kind"] for c in out if not c.get("_headline") and c["event_date"] is not None}
    keep = []
    for c in out:
        if c.get("_headline") and c["event_date"] is None and c["_kind"] in dated_kinds:
            continue  # "U.S. Airstrike Kills Houthi Drone Expert Near Baghdad": the headline of the strike the text dates and places
        violent = c["event_type"] != "Strategic developments"
        country_level = c.get("place_id") and c["place_id"] in finder.country_ids
        if violent and country_level and c["event_date"] is None and c["_kind"] == "strike" and _RESPONSE.search(c["notes"]):
            _date_by_attack(c, out)
        if violent and country_level and c["event_date"] is None and c["_kind"] == "strike" and sites_counted(c["notes"]):
            _date_by_round(c, out)
        if (violent and country_level and c["event_date"] is None and c["_kind"] == "attack"
                and _AFTER_THE_STRIKE.search(text, *c["sources"][0]["evidence"]["event_type"]["sentence"])):
            _date_by_strike(c, out)  # "... one attack in Iraq and three in Syria ..., following the strike": the clause's sentence says when
        if (violent and country_level and c["event_date"] is None and c["_kind"] == "attack"
                and (after := _STRIKE_CAME_AFTER.search(text, *c["sources"][0]["evidence"]["event_type"]["sentence"]))
                and after.end() <= c["sources"][0]["evidence"]["event_type"]["start"]):
            _date_by_strike(c, out)  # "The air strike came after the Islamic Resistance in Iraq claimed a drone attack on US troops in
            # northern Iraq": the attack the dated strike came after, told in the same sentence after it
        if c.get("_remainder"):
            keep.append(c)  # "the Amran governorate and other areas": the round's unnamed areas, recorded when it was read
            continue
        if violent and country_level and c["_kind"] == "attack" and c["event_date"] is not None and _ANOTHER_BASE.search(c["notes"]):
            # "two drones hit the Asad airbase, while another drone targeted a base in northern Iraq": a base not named, its own attack
            c["flags"].append("another base, not named: recorded at country level")
            c["_remainder"] = True
            keep.append(c)
            continue
        if violent and c.get("_scope") == "province" and _counted_all_named(c, out):
            continue  # "two attacks on U.S. forces in eastern Syria; one targeting Rumalyn and another Shadaddi": the two, named
        if violent and country_level and (c["event_date"] is None or c["sources"][0]["date_kind"] == "inherited"):
            _place_the_unplaced(c, out, finder)  # "Militants fired rockets at US forces on Saturday. The attack took place in Syria."
            continue
        day = date.fromisoformat(c["event_date"]) if violent and country_level else None
        same = [o for d in (-1, 0, 1) for o in by_day.get((c["_kind"], (day + timedelta(days=d)).isoformat()), [])] if day else []
        if (violent and country_level and same and not any(o.get("country") == c.get("country") for o in same)
                and not sites_counted(c["notes"]) and not _recap(c)):
            same = []  # "three attacks in Syria", beside the attack at Ain al-Asad: another country's attacks, their own event
            c["flags"].append("reported at country level in a country where the article places no other such report that day")
        if violent and country_level and same:
            sites = sites_counted(c["notes"]) or (sites_counted(text) if c["_kind"] == "strike" else None)
            # "two military bases in Iraq and Syria": the sites are counted over every country the report names
            told = c["sources"][0]["evidence"]["event_type"]["start"]
            lands = {o.get("country") for o in out if o["sources"][0]["evidence"]["event_type"]["start"] == told} | {c.get("country")}
            if not sites and c["_kind"] == "attack" and len(lands) == 1 and not _recap(c):
                sites = attacks_counted(c["notes"])  # "Two separate attacks ... in Iraq on Thursday, with an explosion at Harir"
            named = {o["place_id"] for o in same if o.get("country") in lands}
            # "two facilities in eastern Syria": a province named for the whole round holds every site it counts
            regions = named and all(o.get("_scope") == "province" for o in same if o.get("country") in lands)
            if not sites or len(named) >= sites or regions or _counted_at_one(text, same):
                if c["_kind"] == "attack" and any(o["event_date"] == c["event_date"] for o in same if o.get("country") == c.get("country")):
                    keep.append(c)  # "a drone attack on a base in Jordan killed three": the lede of the attack at Tower 22, merged into it
                    continue
                _lend_toll(c, [o for o in same if o.get("country") == c.get("country")])
                continue
            if len(lands) > 1 and c["_kind"] == "attack" and any(
                    o.get("country") == c.get("country") and o["event_date"] == c["event_date"] and o["sub_event_type"] == c["sub_event_type"]
                    and not _ANOTHER_REPORT.search(o["notes"]) for o in same):
                # "three facilities in Iraq and Syria", only Harir (in Iraq) named: Syria's are unnamed; whether Iraq had another is not said
                _lend_toll(c, [o for o in same if o.get("country") == c.get("country")])
                continue
            # "85 targets at seven facilities in Iraq and Syria", three of them named: the rest are honestly country-level
            c["flags"].append(f"the report counts {sites} sites and names {len(named)} here: the unnamed ones are recorded at country level")
            c["_remainder"] = True
            c["confidence"] = round(max(0.0, c["confidence"] - 0.1), 2)
        if c.get("_pub_dev") and not c.get("place_id"):
            continue  # a development dated by the publication only to be placed at its actor's country, and it has none: nothing
        if c["event_date"] is None and (not c.get("place_id") or c["sub_event_type"] in ("Other", "Change to group/activity")):
            # nothing to place it by; or a statement ("X condemned the strikes in Iraq") that the report does not date, or a state of
            # things ("the Islamic Resistance in Iraq has paused attacks since February"): not the day a group changed course
            continue
        if violent and (not c.get("place_id") or c.get("_lent_place")) and _unplaced_remainder(c, by_day, finder):
            keep.append(c)  # "strikes against three locations used by Kataib Hezbollah", one of them named: the other two
            continue
        if violent and not c.get("place_id"):
            c["_unplaced"] = True  # a report with no place is listed apart: ACLED cannot code it, the reviewer may place it
        keep.append(c)
    named = [m for m in mentions if m.actor]
    aside = asides(text, named, _NAMELESS)  # ("The Islamic Resistance in Iraq (IRI), an umbrella group of Iran-backed factions, has
    _fill_actors(keep, [m for m in named if m.start not in aside], finder, text)  # claimed": the group claimed, not its description)
    # a change of course no armed group or state makes ("Gulf Keystone Petroleum ... also halted operations"): a company's, no event
    keep = [c for c in keep if not (c["sub_event_type"] == "Change to group/activity" and not c["actor1"])]
    # an arrest made by no state's forces ("Police in Najaf arrested three men", "ISIS militants captured three men collecting
    # truffles", "Houthi forces captured the crew"): a crime or an abduction, not the arrests the coders code
    keep = [c for c in keep if not (c["sub_event_type"] == "Arrests" and c["actor1"] not in _ARRESTERS
                                    and getattr(finder.actors.actors.get(c["actor1"]), "kind", None) != "state")]
    _state_strikes_by_air(keep)
    _not_against_itself(keep, mentions)
    _ships_attackers(keep, text)
    _other_sides_attacks(keep, finder.actors)
    table = finder.actors
    # a government's vow to respond is not an event ACLED codes; an armed group's vow to keep attacking is
    return [c for c in keep if not (_VOW.match(c.get("_trigger", "")) and (c["actor1"] in ("", _US)
                                                                         or table.actors[c["actor1"]].kind == "state"))]


def _other_sides_attacks(out: list[dict], table) -> None:
    """A strike made by Iran's side on the US side ("Iran initiated a military action against Israel") is that side's attack, not a
    strike the US side answers with."""
    for c in out:
        if (c["_kind"] == "strike" and c["event_type"] != "Strategic developments"
                and c.get("actor1") in table.actors and table.side(c["actor1"]) == "Iran and aligned"
                and c.get("actor2") in table.actors and table.side(c["actor2"]) == "US and partners"):
            c["_kind"] = "attack"


def _not_against_itself(out: list[dict], mentions: list[Mention]) -> None:
    """A weapon downed by the state it was fired at ("Iran's missile attack on Israel was intercepted": Israel against Israel) was
    fired by the other actor its sentence names ("Iran's"), or by one not named."""
    for c in out:
        if c["sub_event_type"] != "Disrupted weapons use" or not c["actor1"] or c["actor1"] != c["actor2"]:
            continue
        a, b = c["sources"][0]["evidence"]["event_type"]["sentence"]
        other = next((m.actor for m in mentions if a <= m.start < b and m.actor and m.actor != c["actor1"]), "")
        c["actor2"] = other
        c["sources"][0].update(actor1=c["actor1"], actor2=other)  # (the source's say on who acted is the one the merge keeps)


#: A trigger that tells weapons found or seized unfired.
_FOUND = re.compile(FIND_VERBS, re.I)
#: A sentence told as another round: "Separately, ...", "In another ...", "elsewhere" (not "also": the same side's round on the
#: same group the same day is the round's rest, and the side and group are asked apart).
_SEPARATE_ROUND = re.compile(r"\b(?:[Ss]eparately|[Ii]n\s+another|[Ee]lsewhere)\b")


def _ships_named(text: str) -> re.Pattern | None:
    """A pattern of the names of the ships ``text`` names with a prefix ("the M/V Tutor": "Tutor"), if any (the prefixes tested
    first as substrings: _SHIP_NAME has no first character to skip to)."""
    if not ("M/V" in text or "MV " in text or "M/T" in text or "MT " in text):
        return None
    names = sorted({m["name"] for m in _SHIP_NAME.finditer(text)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None


#: A merchant ship named by its prefix ("the M/V Tutor", "MV Verbena", "M/T Marlin Luanda"): its name, read again alone later.
_SHIP_NAME = re.compile(r"\b(?:M/V|MV|M/T|MT)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _ships_at_the_sea(out: list[dict], mentions: list[Mention], matches: dict[int, Match], text: str) -> None:
    """An attack on a ship that its sentence places nowhere ("The June 12 attack on the Tutor resulted in severe flooding") is at the
    sea the article puts that ship in ("The Tutor remains in the Red Sea"), or at the one sea the article names (its point,
    flagged); a ship the article named with its prefix ("the M/V Tutor") is a merchant ship, its crew no target the coders name."""
    if (told := _ships_named(text)) is None:
        return
    seas = [m for m in mentions if m.kind == "place" and m.start in matches and matches[m.start].kind == "sea"]
    ship_sea = {}  # each ship, the sea a sentence names it in
    said = sentences(text)
    for s in said:
        for m in seas:
            if s.start <= m.start < s.end:
                for n in told.findall(s.text):
                    ship_sea.setdefault(n, matches[m.start].place)
    for s in said:  # a ship named beside one placed ("struck two cargo ships: the M/V Tutor ... and the M/V Verbena"): the same waters
        together = told.findall(s.text)
        if len(together) > 1 and (sea := next((ship_sea[n] for n in together if n in ship_sea), None)) is not None:
            for n in together:
                ship_sea.setdefault(n, sea)
    one_sea = matches[seas[0].start].place if seas and len({matches[m.start].place.id for m in seas}) == 1 else None
    for c in out:
        if c["event_type"] == "Strategic developments" or c.get("actor1") in (_US, _ISRAEL, _UK):
            continue
        ships = told.findall(c["notes"])
        if not ships:
            continue
        sea = next((ship_sea[n] for n in ships if n in ship_sea), one_sea)
        if not c.get("place_id") and sea is not None:
            at_country(c, sea, f"the sea the article puts the ship in ({sea.name})",
                       f"placed at {sea.name}, where the article puts the ship attacked")
            c.pop("_unplaced", None)


def _ships_attackers(out: list[dict], text: str) -> None:
    """The attack on a ship the article named ("the Yemen-based Houthis struck two cargo ships: the M/V Tutor ... and the M/V
    Verbena"), told again by the ship's name alone ("The June 12 attack on the Tutor"), is by whoever the first report named, and
    on a merchant ship's crew (no target the coders name), not on the US forces the article names elsewhere."""
    if (told := _ships_named(text)) is None:
        return
    named_by = {}  # each ship, who the first report naming it said attacked it
    for c in out:
        if c["event_type"] != "Strategic developments" and c.get("actor1") not in ("", None, _UNIDENTIFIED, _US, _ISRAEL):
            for n in told.findall(c["notes"]):
                named_by.setdefault(n, c["actor1"])
    for c in out:
        ships = told.findall(c["notes"]) if c["event_type"] != "Strategic developments" else []
        if not ships or c.get("actor1") in (_US, _ISRAEL):
            continue
        if c.get("actor1") in ("", _UNIDENTIFIED) and (who := next((named_by[n] for n in ships if n in named_by), None)):
            c["actor1"] = c["sources"][0]["actor1"] = who
            c["flags"] = [f for f in c["flags"] if not f.startswith("no perpetrator")] + [f"the ship's attacker told before: {who}"]
        if c.get("actor2") == _US and not _AMERICAN.search(c["notes"]):
            c["actor2"] = ""  # "the attack on the Tutor": a merchant ship's crew, not the US forces the article names
            c["sources"][0].pop("actor2", None)


def _place_the_unplaced(c: dict, out: list[dict], finder: MentionFinder) -> None:
    """A country-level report that takes its day from the report before it ("Militants fired rockets at US forces on Saturday.
    The attack took place in Syria.") gives that report, when it names no place, its country: one event, placed where the
    article says it was."""
    if not c.get("_anaphor") or c.get("_another") or c.get("_other_site") or c.get("_yet_another"):
        return  # "The attack took place in Syria" tells of the one before; "A separate drone attack took place in Syria" does not
    told = c["sources"][0]["evidence"]["event_type"]["sentence"][0]
    before = [o for o in out if o is not c and o["_kind"] == c["_kind"] and not o.get("place_id") and not o.get("background")
              and o["event_date"] == c["event_date"] and o["sources"][0]["evidence"]["event_type"]["sentence"][1] <= told]
    if not before or (home := finder.country_places.get(c.get("country") or "")) is None:
        return
    o = max(before, key=lambda o: o["sources"][0]["evidence"]["event_type"]["sentence"][1])
    at_country(o, home, f"the country the next report of it gives ({home.name})",
               f"placed at {home.name}, the country a later sentence gives it")
    o.pop("_unplaced", None)


def _unplaced_remainder(c: dict, by_day: dict, finder: MentionFinder) -> bool:
    """A strike round that counts its sites and names no place of its own ("directed strikes against three locations utilized by Kataib
    Hezbollah"), told beside fewer named sites struck in one country that day (the headquarters in Hilla): the sites it does not
    name are recorded at that country, as a round's unnamed sites are."""
    if (c["_kind"] != "strike" or c["event_date"] is None or not (n := sites_counted(c["notes"]))
            or _SEPARATE_ROUND.search(c["notes"])):
        return False  # (not "Separately, CENTCOM said it struck three Houthi radar sites": another round)
    same = [o for o in by_day.get(("strike", c["event_date"]), []) if not o.get("background") and not o.get("_lent_place")]
    lands = {o.get("country") for o in same}
    if not same or len(lands) != 1 or len({o["place_id"] for o in same}) >= n or (home := finder.country_places.get(lands.pop())) is None:
        return False
    if c.get("actor1") and any(o.get("actor1") and o["actor1"] != c["actor1"] for o in same):
        return False  # "Israeli warplanes struck three Hezbollah sites", beside US strikes in al-Qaim: another side's round
    target = finder.actors.actors.get(c.get("actor2") or "")
    if target is not None and target.country and target.country != home.country:
        return False  # "strikes against three Houthi radar sites", beside strikes in Iraq: the Houthis' country, not Iraq
    at_country(c, home, "the round's sites not named",
               f"the round counts {n} sites and the article names {len({o['place_id'] for o in same})}: the others recorded at {home.name}")
    c["_remainder"] = True
    c["confidence"] = round(max(0.0, c["confidence"] - 0.1), 2)
    return True


#: An attack on a base the report does not name, told beside a named one: "while another drone targeted a base in northern Iraq".
_ANOTHER_BASE = re.compile(r"\b(?:another|a\s+(?:second|third)|one\s+more|(?:(?<=\band\s)|^)[Oo]ne)\s+(?:[\w-]+\s+)?"
                           r"(?:drones?|rockets?|missiles?|attacks?)\s+"
                           r"(?:(?:was|were)\s+)?(?:targeted|hit|struck|fired\s+at|on|against)\s+(?:an?|another|a\s+second)\s+"
                           r"(?:[\w-]+\s+)?(?:base|facility|installation|outpost)\s+in\b", re.I)


def _lend_toll(c: dict, named: list[dict]) -> None:
    """A country-level report read as the one named report of its country ("engaged five militants ... in Iraq, killing all
    five", then "near Kirkuk ... engaged five militants") gives that report the toll it does not tell."""
    if len(named) != 1:
        return
    o = named[0]
    for field in ("fatalities", "injuries"):
        if o.get(field) is None and c.get(field) is not None:
            o[field] = o["sources"][0][field] = c[field]
            if (said := c["sources"][0]["evidence"].get(field)) is not None:
                o["sources"][0]["evidence"][field] = said  # the review shows the words the toll came from
            o["flags"] = o.get("flags", []) + [f"{field} from the article's country-level report of it"]


def _counted_all_named(c: dict, out: list[dict]) -> bool:
    """Whether the attacks or sites ``c``'s sentence counts in a province ("two multi-rocket attacks ... in eastern Syria") are
    all named, each a report of the same kind and day told in that sentence at a site or town."""
    n = attacks_counted(c["notes"]) or sites_counted(c["notes"])
    told = c["sources"][0]["evidence"]["event_type"]["sentence"]
    named = {o.get("place_id") for o in out if o is not c and o["_kind"] == c["_kind"] and o["event_date"] == c["event_date"]
             and o.get("_scope") in ("site", "town") and o["sources"][0]["evidence"]["event_type"]["sentence"] == told}
    return bool(n) and len(named) >= n


#: Words of a recap or a campaign, not of one day's report: "the latest in a series of attacks", "the first since February".
_RECAP = gated(re.compile(r"\b(?:series|campaign|since|first|latest|spate|wave|string|about\s+to|would|plans?|earlier\s+this\s+month)\b", re.I))
#: A strike's sentence that recalls the attacks it answers ("a group Washington has accused of a series of attacks"): no recap of strikes.
_ATTACKS_RECALLED = re.compile(r"\b(?:series|spate|wave|string|campaign)\s+of\s+(?:[\w-]+\s+){0,2}attacks\b", re.I)


def _recap(c: dict) -> bool:
    """Whether the report's sentence recaps reports of its kind ("a series of attacks in Iraq and Syria") rather than telling one."""
    notes = _ATTACKS_RECALLED.sub("", c["notes"]) if c["_kind"] == "strike" else c["notes"]
    return _RECAP.search(notes) is not None


#: The countries where the campaign attacked US forces: where the attack a strike answered is placed, and where a group of
#: another front (Hamas, Hezbollah, the Houthis) signs no attack.
_US_FRONT = ("IQ", "SY", "JO")
#: A strike told as the answer to an attack ("directed strikes against three locations", "retaliatory strikes").
_RESPONSE = re.compile(r"\b(?:retaliat\w*|in\s+response|respond\w*|(?:direct|order)(?:ed|s)?\s+(?:[\w-]+\s+){0,2}(?:air\s*)?strikes)\b", re.I)


#: Boats and ships: what a strike at sea can hit there.
_AT_SEA = re.compile(r"(?<!anti-)(?<!anti )\b(?:boats?|vessels?|ships?|skiffs?|tankers?|freighters?)\b", re.I)  # not "anti-ship missiles"


def _houthi_launchers_ashore(out: list[dict], finder: MentionFinder) -> None:
    """A US strike on the Houthis placed at a sea ("a Houthi anti-ship missile in the Gulf of Aden
    that was set to be launched", "three anti-ship missiles in the Red Sea") hit launchers ashore:
    it is coded in Yemen, at geo precision 3 and flagged, unless it hit boats or ships."""
    home = finder.country_places.get("YE")
    for c in out:
        if (home is not None and c["_kind"] == "strike" and c["actor1"] == _US and c.get("actor2") == "Houthis"
                and c.get("_scope") == "sea" and not _AT_SEA.search(c["notes"])):
            place_at_country(c, home, "the Houthis", f"Yemen, where the Houthis' launchers aimed at the {c.get('location')} stand")


#: What a strike hit, told as one state's sites: "three Iranian nuclear facilities", "Iranian military targets" (not "Iranian-backed
#: militia sites": a sponsor's adjective, and no site of the state's).
_STATES_SITES = re.compile(r"\b(?P<adj>Iranian|Syrian|Lebanese|Yemeni)\s+(?:(?:nuclear|military|missile|air[\s-]defen[cs]e|radar|"
                           r"energy|oil|enrichment)\s+){0,2}(?:facilities|facility|sites?|targets|bases|installations|infrastructure)\b"
                           # (not "two Iranian weapons facilities used by the IRGC and its proxies": struck in Syria)
                           r"(?!\s+(?:used|run|operated|linked|tied|affiliated|associated|belonging|controlled)\b)")
#: The country of each adjective, and the state whose sites they are when it is one the actor table codes as a state.
_SITES_OF = {"Iranian": ("IR", "Iran"), "Syrian": ("SY", None), "Lebanese": ("LB", None), "Yemeni": ("YE", None)}


def _struck_states_sites(out: list[dict], finder: MentionFinder) -> None:
    """A strike the report places nowhere that hit a state's sites ("the overnight strike on three Iranian nuclear facilities") is
    coded at that state's country (geo precision 3, flagged), and its target, unnamed, is the state when that is Iran."""
    for c in out:
        if c["_kind"] != "strike" or c.get("place_id") or c["event_date"] is None or c.get("background"):
            continue
        m = _STATES_SITES.search(c["notes"])
        if m is None or (home := finder.country_places.get(_SITES_OF[m["adj"]][0])) is None:
            continue
        at_country(c, home, f"the country whose sites the strike hit ({home.name})",
                   f"placed at {home.name}: the report names what was struck as {m['adj']} sites")
        c.pop("_unplaced", None)
        state = _SITES_OF[m["adj"]][1]
        if state and c["actor1"] != state and c.get("actor2") in ("", None, _UNIDENTIFIED):
            c["actor2"] = state


#: A sentence that tells strikes as the answer to an attack: "The strikes followed an attack on a U.S.-affiliated outpost in ...".
_STRIKES_ANSWERED = re.compile(r"\b(?=[rs])(?:strikes?|raids?|retaliation|response)\b[^.;]{0,40}?\b(?:followed|came\s+after|come\s+after|"
                               r"(?:were|was)\s+(?:in\s+)?(?:response|retaliation)\s+(?:to|for))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}attacks?\b", re.I)


def _answer_to_attack(out: list[dict], finder: MentionFinder) -> None:
    """A US strike the article places nowhere ("The United States struck nine targets in two
    locations") that a later sentence says followed an attack it places ("The strikes followed an
    attack on a U.S.-affiliated outpost in the al-Omar Oilfield in Syria's Dayr al-Zawr Province") is
    coded in that attack's country, at geo precision 3 and flagged; undated, it takes the attack's
    day at time precision 2 (the answer came that day or the next)."""
    answered = [o for o in out if o["_kind"] == "attack" and o.get("country") in ("IQ", "SY") and not o.get("background")
                and _STRIKES_ANSWERED.search(o["notes"])]
    if not answered:
        return
    attack = answered[0]
    home = finder.country_places.get(attack["country"])
    for c in out:
        if c["_kind"] == "strike" and c["actor1"] == _US and not c.get("place_id") and home is not None and not c.get("background"):
            _at_answered_country(c, home, attack)
            if c["event_date"] is None and attack["event_date"] is not None:
                _date_by_attack(c, out)


#: In a strike's own sentence, before the attack it answered: "AC-130J Ghostrider attacked an Iran-backed militant group after the
#: group used a ballistic missile to attack U.S. and coalition forces on Al-Asad Airbase".
_AFTER_IN_SENTENCE = re.compile(r"\b(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for))\b", re.I)


def _answer_in_sentence(out: list[dict], finder: MentionFinder) -> None:
    """A US strike the article places nowhere whose own sentence goes on to the attack it came after,
    placed in Iraq, Syria or Jordan, is coded in that attack's country, at geo precision 3 and
    flagged; undated, it takes that attack's day at time precision 2."""
    for c in out:
        if c["_kind"] != "strike" or c["actor1"] != _US or c.get("place_id") or c.get("background"):
            continue
        ev = c["sources"][0]["evidence"]["event_type"]
        attack = next((o for o in out if o["_kind"] == "attack" and o.get("country") in _US_FRONT and not o.get("background")
                       and o["sources"][0]["evidence"]["event_type"]["sentence"] == ev["sentence"]
                       and o["sources"][0]["evidence"]["event_type"]["start"] > ev["start"]
                       and _AFTER_IN_SENTENCE.search(o["notes"])), None)  # the attack told after the strike, in a clause of "after"
        home = finder.country_places.get(attack["country"]) if attack is not None else None
        if home is None:
            continue
        _at_answered_country(c, home, attack)
        if c["event_date"] is None and attack["event_date"] is not None:
            _dated_by(c, attack["event_date"], "the attack it answered")


def _at_answered_country(c: dict, home: Place, attack: dict) -> None:
    """Codes the strike ``c`` at ``home``, the country of the attack it answered, flagged; it is no longer unplaced."""
    place_at_country(c, home, "the attack it answered", f"the country of the attack it answered ({attack.get('location')})")
    c.pop("_unplaced", None)


#: A strike told as the immediate answer to the attack just told: "Immediately following the attack, a U.S. AC-130 in the area
#: conducted a self defense strike", "the U.S. military responded to the incident by shelling the attackers' positions".
_AT_ONCE = re.compile(r"^In\s+(?:response|retaliation),|"
                      r"\b(?:(?:immediately\s+)?(?:following|after)\s+the\s+(?:attack|incident|assault)|in\s+the\s+area|"
                      r"self[- ]defen[cs]e\s+(?:air\s*)?strikes?|fired\s+back|returned\s+fire|counter-?strikes?|"
                      r"(?:responded|retaliated|answered|replied)\s+(?:to\s+)?(?:the\s+(?:attack|incident|assault)\s+)?by\s+\w+ing)\b", re.I)


def _answer_at_once(out: list[dict], finder: MentionFinder) -> None:
    """A US strike the article places nowhere, told as the immediate answer to the attack just told
    ("Immediately following the attack, an AC-130 in the area conducted a self defense strike"), is
    coded in the country of the last attack the article placed before it, at geo precision 3 and
    flagged; undated, it takes that attack's day at time precision 2."""
    for c in out:
        if c["_kind"] != "strike" or c["actor1"] != _US or c.get("place_id") or c.get("background") or not _AT_ONCE.search(c["notes"]):
            continue
        told = c["sources"][0]["evidence"]["event_type"]["start"]
        before = [o for o in out if o["_kind"] == "attack" and o.get("country") in _US_FRONT and not o.get("background")
                  and o["sources"][0]["evidence"]["event_type"]["start"] < told]
        home = finder.country_places.get(before[-1]["country"]) if before else None
        if home is None:
            continue
        _at_answered_country(c, home, before[-1])
        if c["event_date"] is None:
            _date_by_attack(c, out, before[-1] if before[-1]["event_date"] is not None else None)


#: The day an answered attack came, told by the answer's: "in response to a drone attack earlier the same day".
_SAME_DAY = re.compile(r"\b(?:(?:earlier|later)\s+(?:the\s+same|that)\s+day|the\s+same\s+day|"
                       r"(?:over|in|within|during)\s+the\s+(?:last|past|previous|preceding)\s+(?:24|twenty-four)\s+hours)\b", re.I)


#: The states US strikes fell in, whose condemnation of them says where they were.
_STRUCK_STATES = ("Iraq", "Syria")


def _condemned_at_home(out: list[dict], finder: MentionFinder) -> None:
    """A US strike the article places nowhere, that the government of Iraq or Syria condemned in it
    within two days ("Iraq on Wednesday condemned a flurry of US air strikes on its soil"; "the
    pre-dawn strikes on Tuesday and Wednesday"), is coded in that state's country, at geo precision 3
    and flagged: a government condemns the strikes on its own soil."""
    condemned = [o for o in out if o.get("_condemn") and o["actor1"] in _STRUCK_STATES and o["event_date"] is not None]
    for c in out:
        if c["_kind"] != "strike" or c["actor1"] not in ("", _US) or c.get("place_id") or c.get("background") or c["event_date"] is None:
            continue
        state = next((o for o in condemned if abs((o["_date"] - c["_date"]).days) <= 2), None)
        home = finder.country_places.get(finder.actors.actors[state["actor1"]].country) if state is not None else None
        if home is not None:
            place_at_country(c, home, f"the government that condemned it ({state['actor1']})", "the country whose government condemned it")
            c.pop("_unplaced", None)


def _answered_same_day(out: list[dict], finder: MentionFinder) -> None:
    """An attack told without day or place as what a US strike answered "earlier the same day" ("The
    U.S. military conducted airstrikes in Iraq on Monday in response to a drone attack earlier the
    same day"; "in response to several attacks on U.S. personnel in Syria over the last 24 hours") is
    coded on the strike's day, in the strike's country, at geo precision 3 and flagged."""
    for i, c in enumerate(out):
        if (c["_kind"] != "attack" or (c.get("place_id") and c["place_id"] not in finder.country_ids)
                or not (c["event_date"] is None or c["sources"][0].get("date_kind") in ("published", "inherited", "said"))
                or c.get("background") or not _SAME_DAY.search(c["notes"]) or not _ANSWERED_ATTACK.search(c["notes"])):
            continue
        strike = next((o for o in reversed(out[:i]) if o["_kind"] == "strike" and o["actor1"] == _US and o.get("country")
                       and o["event_date"] is not None and not o.get("background")
                       and o.get("country") == (c.get("country") or o.get("country"))), None)
        home = finder.country_places.get(strike["country"]) if strike is not None else None
        if home is None:
            continue
        place_at_country(c, home, "the strike that answered it", f"the country of the strike that answered it ({strike.get('location')})")
        c.pop("_unplaced", None)
        c["event_date"], c["_date"], c["time_precision"] = strike["event_date"], strike["_date"], strike.get("time_precision") or 1
        c["flags"] = [f for f in c["flags"] if not f.startswith("no date")] + ["dated by the strike that answered it 'the same day'"]
        c["sources"][0].update(event_date=c["event_date"], date_kind="answer", time_precision=c["time_precision"])


#: Places the militias hold and no one else may enter ("Jurf al-Sakhar, a Kata'ib Hezbollah stronghold closed to civilians"): "strikes"
#: that hit them are strikes on the militias, not the militias' attacks.
_STRONGHOLDS = {"jurf-al-sakhar": "Kata'ib Hezbollah"}


def _struck_at_stronghold(out: list[dict], finder: MentionFinder) -> None:
    """A report of strikes that names no weapon and no doer but a militia stronghold ("Three strikes
    hit Jurf al-Nasr," a Kataeb Hezbollah source said) is a strike on the militia there: by unknown
    aircraft (unless the article names who struck), the militia that holds it its target."""
    for c in out:
        if (c["_kind"] == "attack" and c.get("place_id") in _STRONGHOLDS and c["event_type"] == "Explosions/Remote violence"
                and not c["actor1"] and c.get("actor2") in ("", None, _US, _STRONGHOLDS.get(c.get("place_id")))
                and (_STRIKES_WORD.search(c["notes"]) or _WEAPONLESS_HIT.fullmatch(c.get("_trigger") or ""))):
            owner = _STRONGHOLDS[c["place_id"]]
            c["_kind"], c["sub_event_type"] = "strike", "Air/drone strike"
            c["actor2"] = owner if owner in finder.actors.actors else ""
            c["flags"].append("strikes on a militia stronghold: a strike on the militia, not its attack")


#: A trigger that names no weapon: "was hit twice", "was struck".
_WEAPONLESS_HIT = re.compile(r"hit|struck|targeted|bombed|attacked", re.I)
#: The word the report used: "strikes", not a named weapon.
_STRIKES_WORD = re.compile(r"\b(?:air\s*)?strikes?\b", re.I)


def _strike_by_guns(out: list[dict]) -> None:
    """A US strike told by its guns, not its aircraft ("retaliated by firing artillery shells at the
    source"), is a shelling."""
    for c in out:
        if c["_kind"] == "strike" and c["actor1"] == _US and _GUNS.search(c["notes"]) and not _AIR.search(c["notes"]):
            c["sub_event_type"] = "Shelling/artillery/missile attack"


#: A strike by guns, not aircraft: "firing artillery shells", "an immediate artillery response", "by shelling the positions".
_GUNS = gated(re.compile(r"\b(?:artillery\s+(?:fire|shells?|rounds?|response|strikes?)|(?:fir(?:ed|ing)|with)\s+(?:[\w-]+\s+)?artillery|"
                         r"shell(?:ed|ing)\s+(?:the|their|its|militia|suspected|positions?)|mortar\s+fire|"
                         # "American forces stationed there bombed the positions of the militias": troops at a base, its guns (no
                         # aircraft named, see _AIR), as SOHR tells the bases' fire
                         r"(?:forces|troops)\s+(?:[\w-]+\s+){0,4}?bombed)\b", re.I))
#: A strike from the air.
_AIR = re.compile(r"\b(?:air\s*strikes?|aircraft|jets?|warplanes?|drones?|helicopters?|gunships?|AC-130|F-\d+|bombers?|air\s+raids?)\b", re.I)


#: The air forces that strike in this reporting: a strike of theirs that names no weapon is from the air.
_AIR_FORCES = ("United States", "Israel", "Unidentified military forces")  # the last: aircraft nobody owns up to
#: Words of a weapon fired from the ground: the strike is a shelling after all.
_GROUND_FIRE = re.compile(r"\b(?:artillery|shell(?:s|ed|ing)?|mortars?|rockets?|HIMARS|howitzers?|tanks?|ground\s+forces)\b", re.I)


def _state_strikes_by_air(out: list[dict]) -> None:
    """A strike by the United States, Israel or aircraft no one owns up to whose report names no weapon, or a missile, and no
    gun ("targeting the PMF headquarters in Al-Qaim", "a missile strike on a house in Damascus for
    which it blamed Israel") is an air strike, as ACLED codes their strikes."""
    for c in out:
        if (c["actor1"] in _AIR_FORCES and c["event_type"] == "Explosions/Remote violence"
                and c["sub_event_type"] == "Shelling/artillery/missile attack" and not _GROUND_FIRE.search(c["notes"])
                and not _GUNS.search(c["notes"])):  # (nor a base's guns: "American forces stationed there bombed the positions")
            c["sub_event_type"] = "Air/drone strike"


def _date_by_attack(c: dict, out: list[dict], attack: dict | None = None) -> None:
    """An undated strike the article tells as its answer to an attack it dates (``attack``, or the
    latest the article dates to a day before the strike) is dated by that attack, at time precision
    2 and flagged: the answer came on the day or the day after."""
    told = c["sources"][0]["evidence"]["event_type"]["start"]
    attacks = [o for o in out if o["_kind"] == "attack" and o["event_date"] is not None and not o.get("background")
               and o["sources"][0]["date_kind"] in ("absolute", "weekday", "relative", "published")]
    before = [attack] if attack else [o for o in attacks if o["sources"][0]["evidence"]["event_type"]["start"] < told] or attacks
    if not before:
        return
    _dated_by(c, max(o["event_date"] for o in before), "the attack it answered")


def _dated_by(c: dict, day: str, by: str) -> None:
    """Dates the undated ``c`` by ``day``, another report's, at time precision 2, and says by what."""
    c["event_date"], c["_date"], c["time_precision"] = day, date.fromisoformat(day), 2
    c["flags"] = [f for f in c["flags"] if not f.startswith(("no date", "no day in the report"))] + [f"no day in the report: dated by {by}"]
    c["sources"][0].update(event_date=day, date_kind="answer", time_precision=2)


#: An attack told as coming after the strike the article reports: "one attack in Iraq and three in Syria ... following the strike".
_AFTER_THE_STRIKE = re.compile(r"\b(?:following|after|since)\s+the\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:air\s*)?strikes?\b", re.I)


#: A strike told as coming after what the rest of its sentence tells: "The air strike came after the Islamic Resistance in Iraq ...".
_STRIKE_CAME_AFTER = re.compile(r"\b(?:air\s*)?(?:strikes?|raids?)\s+(?:came|comes|come|followed|follows|follow)\s+"
                                r"(?:(?:just|shortly|hours)\s+)?(?:after\b|(?=an?\s|the\s))", re.I)  # (not "came days after")


def _date_by_strike(c: dict, out: list[dict]) -> None:
    """An undated attack at a country that the article tells as coming after the strike it reports
    ("A Pentagon spokesperson confirmed one attack in Iraq and three in Syria ... following the
    strike") is dated by that strike, when the article dates one strike round to a day, at time
    precision 2 and flagged."""
    days = {o["event_date"] for o in out if o["_kind"] == "strike" and o["event_date"] is not None and not o.get("background")}
    if len(days) != 1:
        return
    _dated_by(c, days.pop(), "the strike it followed")


def _date_by_round(c: dict, out: list[dict]) -> None:
    """An undated strike on counted sites in a country ("a counterstrike against three locations
    used by Kataib Hezbollah") is the round whose strikes the article places there and dates on one
    day ("the U.S. strikes targeted the headquarters ... in Hilla"): dated by them, at time
    precision 2 and flagged, so that its unnamed sites are kept at country level."""
    days = {o["event_date"] for o in out if o["_kind"] == "strike" and o is not c and o["event_date"] is not None
            and not o.get("background") and o.get("country") == c.get("country") and o.get("_scope") not in ("country", None)}
    if len(days) != 1:
        return
    _dated_by(c, days.pop(), "the strikes of its round")


_VOW = re.compile(r"vow|pledge|threaten", re.I)


_UNIDENTIFIED = "Unidentified armed group"
#: The umbrella that claims the campaign's attacks in one statement after another: its claim signs every attack it names.
_UMBRELLA = "Islamic Resistance in Iraq"
_IRGC = "Islamic Revolutionary Guard Corps"
#: Who struck, when the text owns no aircraft up to.
_UNOWNED = "Unidentified military forces"
_IRAQ = "Iraq"
#: Iraqi bases that hosted US forces until they were handed over (Imam Ali/Tallil in 2011, K-1 near Kirkuk and Taji in 2020, Balad's
#: contractors the same year): an attack on one in this reporting is on the Iraqi forces that hold it, as the 2025-26 sets code it.
_IRAQI_HELD = frozenset({"camp-taji", "imam-ali-air-base", "kirkuk-airport", "k1-air-base", "balad-air-base"})
#: The United Kingdom's bases: an attack on one is on the UK's forces.
_UK_HELD, _UK = frozenset({"raf-akrotiri"}), "United Kingdom"
#: Iraq's own forces named as the ones who shot a weapon down: its or the Kurdistan Region's security forces, counter-terrorism units,
#: the Peshmerga (a bare "security forces" in a report placed in Iraq is Iraq's): "In Basra, security forces shot down two drones",
#: "Kurdish counter-terrorism forces said they had shot three armed drones", "intercepted by the Counter-Terrorism Unit".
_DEFENDERS = (r"(?:(?<!U\.S\.\s)(?<!US\s)(?<!American\s)(?<![Cc]oalition\s)security\s+forces|"
              r"(?:[Cc]ounter|[Aa]nti)[- ]?[Tt]errorism\s+(?:[Ff]orces|[Uu]nit|[Ss]ervice|[Dd]irectorate|[Aa]gency|[Gg]roup)(?:\s*\([A-Z]{2,5}\))?|"
              r"Directorate\s+General\s+of\s+Counter[- ]Terrorism|Peshmerga(?:\s+forces)?|Iraqi\s+(?:air\s+defen[cs]es?|forces|army|military))")
_DOWNED = (r"(?:shot|shoots|shut\s+down|downed|intercepted|intercepts|engaged|destroyed|neutrali[sz]ed|opened\s+fire|brought\s+down|repelled|"
           r"thwarted|foiled)")  # ("its anti-terrorism forces have shut down three drones")
# (not across "said" or a passive: "Kurdish security forces said US forces shot down", "... forces was shot down by the coalition")
# (but "Kurdish counter-terrorism forces said they had shot down": their own word)
# ("the Counter-Terrorism Forces (CTF) announced on Sunday that they had shot down a drone": the day told between)
_IRAQI_DEFENDERS = re.compile(rf"\b{_DEFENDERS}\s+(?:(?:said|says|announced|stated)\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:that\s+)?"
                              # ("Iraq's Counter-Terrorism Service said its forces downed a drone")
                              rf"(?:they|it|(?:its|their)\s+(?:forces|units|fighters|air\s+defen[cs]es))\s+(?:had\s+|have\s+)?|"
                              rf"(?:(?!(?:said|says|announced|reported|stated|told|was|were|by)\b)[\w,'’-]+\s+){{0,5}}?){_DOWNED}\b|"
                              rf"\b{_DOWNED}\s+(?:down\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_DEFENDERS}")
#: A downing told near the Peshmerga's positions ("shot down near a Peshmerga base"): Iraq's (the Kurdistan Region's) forces downed
#: it when no one else is named.
_PESHMERGA_POSITION = re.compile(r"\b(?:near|at|over|toward|towards|targeting)\s+(?:the\s+|an?\s+)?(?:Kurdish\s+|Kurdistan\s+)?"
                                 r"Peshmerga(?:\s+forces)?(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:base|positions?|headquarters|forces|in|near)\b")
#: A downing told in the passive with no one named to have done it ("A drone was shot down near Baghdad airport"), and the Iraqi
#: authority that told of it ("Iraqi authorities said", "the Iraqi government's security media cell said").
_DOWNED_UNSAID = re.compile(rf"\b(?:was|were|had\s+been|have\s+been)\s+(?:successfully\s+)?{_DOWNED}(?:\s+down)?\b(?![^.;]{{0,80}}?\bby\b)", re.I)
_IRAQI_SPEAKER = re.compile(r"\bIraqi\s+(?:government['’]s\s+)?(?:authorities|officials?|security\s+(?:media\s+cell|sources?|officials?)|"
                            r"[Ss]ecurity\s+[Mm]edia\s+[Cc]ell|military|army|[Jj]oint\s+[Oo]perations\s+[Cc]ommand)\s+"
                            r"(?:(?:said|says|announced|stated|reported|told)\b)", re.I)
#: Iraq's forces as the subject of a fight: "Iraqi security forces killed three Daesh terrorists", "Iraqi forces clashed with".
_IRAQI_FIGHTERS = re.compile(r"(?<!\band\s)\bIraqi\s+(?:security\s+|army\s+|counter[- ]terrorism\s+|federal\s+police\s+)?"
                             r"(?:forces|troops|army|units?)\s+"
                             r"(?:(?!said|says)[\w-]+\s+){0,2}?(?:killed|clashed|engaged|fought|ambushed|raided)\b", re.I)
#: US troops named at the place ("US forces at Taji"): the attack was on them after all.
_US_TROOPS = re.compile(r"\b(?:U\.S\.|US|American|[Cc]oalition)\s+(?:(?:Army|Air\s+Force|Navy|Marine\s+Corps)\s+)?"
                        # ("killed three coalition members", "targeting coalition and partner forces on Camp Taji")
                        r"(?:and\s+partner\s+)?"
                        r"(?:forces|troops|personnel|soldiers?|service\s*members?|members|advisers|advisors|airm[ae]n|sailors?|contractors?)\b"
                        # not "coalition troops withdrew from the base"
                        r"(?!\s+(?:had\s+|have\s+)?(?:withdrew|withdrawn|left|pulled\s+out|handed|departed))")
_SHELLING = "Shelling/artillery/missile attack"
#: Right after the umbrella's name, its claim of one attack ("claimed the attack on Monday"): that claim signs only its own.
_ONE_CLAIMED = re.compile(r"\s+(?:\w+\s+){0,2}?claimed\s+(?:responsibility\s+for\s+)?(?:the|that|this)\s+(?:[\w-]+\s+)?"
                          r"(?:attack|strike)\b(?!s)", re.I)


#: No one owned up to the report: "None of the groups claimed responsibility", "no group has yet claimed the attack".
# Every alternative opens with "N" or "n" at a word's start: written so that each opens with that letter, the start told by a
# look-behind after it ("not" by a look-behind on its "n"), so that re skips to those letters; the same matches.
_NO_CLAIM = re.compile(r"[Nn](?<!\w[Nn])(?:"
                       r"(?:one\s+of\s+the\s+(?:groups|factions|militias)|o\s+(?:one|group|faction|militia|organi[sz]ation)|obody)\s+"
                       r"(?:has\s+|had\s+)?(?:yet\s+|immediately\s+|so\s+far\s+)?(?:claimed|taken\s+responsibility)\b|"
                       r"(?<=n)ot\s+(?:been\s+)?claimed\s+by\s+any\b|o\s+(?:immediate\s+)?claim\s+of\s+responsibility\b|"
                       r"(?<=n)ot\s+immediately\s+claimed\b)")


#: The strikers whose strike an unowned raid in its town may be, told again.
_STRIKERS = ("United States", "Israel", _UNOWNED)


def _strike_told_again(c: dict, keep: list[dict]) -> dict | None:
    """The strike in the same town, within a day or two, of which the actorless air attack ``c`` is a
    retelling; None where ``c`` names a US position, its own victims are US forces, or it is placed
    at no town."""
    if (c["_kind"] != "attack" or c["actor2"] or c["sub_event_type"] != "Air/drone strike" or not c.get("place_id")
            or c.get("_scope") != "town" or us_position(c.get("location")) or _US_TROOPS.search(c["notes"])):
        return None
    if _ANOTHER_REPORT.search(c["notes"]) or _OWN_TARGET.search(c["notes"]):
        return None  # "Separately, a drone attack targeted the headquarters of the KDP in Baghdad": another attack, with its own target
    day = date.fromisoformat(c["event_date"]) if c["event_date"] else None

    def near(o: dict) -> bool:  # the same day; or two days off a strike the article dates only by its publication
        if day is None or o["event_date"] is None:
            return True
        gap = abs((date.fromisoformat(o["event_date"]) - day).days)
        return gap == 0 or gap <= 2 and o["sources"][0].get("date_kind") == "published"
    return next((o for o in keep if o is not c and o["_kind"] == "strike" and o.get("place_id") == c["place_id"]
                 and o["actor1"] in _STRIKERS and o.get("_scope") == "town" and near(o)), None)


#: A report told as another beside the one before: "Separately, ...", "another drone", "also".
_ANOTHER_REPORT = re.compile(r"\b(?:[Ss]eparately|another|also)\b")
#: An attack's own target named: "targeted the headquarters of the Kurdistan Democratic Party", "struck the office of a company".
_OWN_TARGET = re.compile(r"\b(?:headquarters|office|offices|home|house|branch)\s+of\b", re.I)


def _sentence_span(c: dict, text: str) -> tuple[int, int] | None:
    """Where the report's sentence lies in the text: its evidence's offsets, else (a report with
    no sentence recorded) the first place the text holds its words."""
    span = (c["sources"][0].get("evidence") or {}).get("event_type", {}).get("sentence")
    if span:
        return span[0], span[1]
    at = text.find(c["notes"])
    return (at, at + len(c["notes"])) if at >= 0 else None


def _near(starts: list[int], span: tuple[int, int] | None, w: int = 600) -> bool:
    """Whether a mention starts in the report's sentence or within a few lines (600 characters) of it."""
    if span is None:
        return bool(starts)
    return any(span[0] - w <= s < span[1] + w for s in starts)


#: The report's own words say its attacker is unknown: "an unidentified drone targeted", "unknown gunmen", "an unclaimed attack".
#: (not "an anonymous source within the group": who told of it)
_UNKNOWN_ATTACKER = gated(re.compile(r"\b(?:unidentified|unknown|unclaimed)\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|aircraft|gunmen|assailants|"
                                     r"attackers|groups?|militants|part(?:y|ies)|perpetrators|men|rockets?|projectiles?|attacks?)\b|"
                                     r"\bof\s+unknown\s+origin\b", re.I))
#: How far after a report told as unknown a group that claimed or was blamed for it may be named: "An unidentified drone struck
#: the Harir base on Monday. Hours later, the Islamic Resistance in Iraq claimed it."
_CLAIM_AFTER_CHARS = 400


def _claimed_after(span: tuple[int, int] | None, acting: list[Mention], text: str) -> bool:
    """Whether a group is told to have claimed or been blamed for something right after the report's
    sentence (within :data:`_CLAIM_AFTER_CHARS`): the attacker its own words called unknown."""
    return span is not None and any(span[0] <= m.start <= span[1] + _CLAIM_AFTER_CHARS and role_spans(text, m.start, m.end) == "by"
                                    for m in acting)


def _unclaimed(span: tuple[int, int] | None, text: str) -> bool:
    """Whether the report's sentence, or the few lines after it, say no one claimed it ("There was no
    immediate claim of responsibility" three sentences on)."""
    return span is not None and _NO_CLAIM.search(text, span[0], span[1] + 600) is not None


def _fill_actors(keep: list[dict], actors: list[Mention], finder: MentionFinder, text: str) -> None:
    """Actors the sentence did not name, from the article, as ACLED codes them: a strike's actor is
    the United States when the article names it; an attack's is the first group the article says
    claimed or was blamed, else the Islamic Resistance in Iraq when the article names that
    umbrella (not only as the claimant of one attack), else "Iran-backed militias (unidentified)"
    when that is all the article says within a few lines of the report (not the campaign's
    history further down: "attacked 58 times by Iranian-backed militants"), else an unidentified
    armed group. State sponsors (Iran, the
    IRGC) are not taken as the attacker unless the sentence itself says so. The other side is the
    United States for an attack; for a strike (the United States', or unowned aircraft's), the first
    aligned group the article names in the strike's country, else the IRGC when named, else
    "Iran-backed militias (unidentified)"."""
    table = finder.actors
    # an article of Israel's strikes that names no American, read once (and only if a strike in the US's words needs it)
    israel_only = cache(lambda: _ISRAELI_FORCES.search(text) is not None and _AMERICAN.search(text) is None)
    acting = [m for m in actors if m.actor != _US and table.actors[m.actor].kind not in ("state", "state forces", "person")
              and not war_setting(text, m.start, m.end)]  # not "militants that oppose the conflict between Israel and Hamas, has claimed"
    claimed = sorted(dict.fromkeys(m.actor for m in acting if role_spans(text, m.start, m.end) == "by"),
                     key=lambda a: a == _GENERIC_ALIGNED)  # a named group that claimed outranks "Iran-backed groups" that were blamed
    generics = [m.start for m in actors if m.actor == _GENERIC_ALIGNED]
    generic = bool(generics)
    # (the militias named as what a strike hit do not sign the attacks beside it: "nine strikes on Iranian proxy targets in Syria,
    # in response to several attacks on U.S. forces")
    signers = [m.start for m in actors if m.actor == _GENERIC_ALIGNED
               and not (m.text.lower().endswith(("targets", "sites")) or _TARGETS_NAMED.match(text, m.end))]
    guards = any(m.actor == _IRGC for m in actors)
    umbrella = any(m.actor == _UMBRELLA and m.kind == "actor" and role_spans(text, m.start, m.end) != "against"
                   and not _ONE_CLAIMED.match(text, m.end) for m in actors)
    attacked = {c.get("place_id") for c in keep if c["_kind"] == "attack" and c["event_type"] != "Strategic developments"
                and c.get("_scope") not in ("country", "province") and c.get("place_id")}
    # (the lede placed at "a base in Jordan" is the attack at Tower 22; a report placed nowhere is no site of its own)
    if len(attacked) > 1 and generic:  # one group's claim of one attack does not sign the others the article lists
        claimed = [a for a in claimed if a == _GENERIC_ALIGNED or a == _UMBRELLA and umbrella]
    named = list(dict.fromkeys(m.actor for m in acting if m.kind == "actor" and m.actor != _GENERIC_ALIGNED
                               and table.side(m.actor) == "Iran and aligned"))
    # "Casualties Reported During American Strikes"; not "hostilities involving the United States", the wider war
    us = any(m.actor == _US and not _no_side(text, m.start, m.end) for m in actors) or any(
        not _no_side(text, a.start(), a.end()) for a in _AMERICAN.finditer(text))
    # the US owns up to a strike somewhere in the article (its own report names it): its other unowned strikes are its too; an
    # article that only names the US (its embassy, "the US-Israeli war on Iran") does not make the strikes it tells American
    # (not when it denies one and owns none: "A drone strike hit a car in Baghdad. The Pentagon said US forces were not involved")
    us_struck = (any(c["_kind"] == "strike" and c["actor1"] == _US for c in keep)
                 or (us and (_US_COMMAND.search(text) is not None or _US_STRIKES.search(text) is not None)
                     and not us_disowns(text)))
    for c in keep:
        if (c["sub_event_type"] == "Armed clash" and not c["actor1"] and c.get("country") == "IQ" and _IRAQ in table.actors
                and _IRAQI_FIGHTERS.search(c["notes"])):
            c["actor1"] = c["sources"][0]["actor1"] = _IRAQ  # "Iraqi security forces killed three Daesh terrorists in Kirkuk"
        if c["sub_event_type"] == "Disrupted weapons use":
            if not c["actor1"] and (state := _STATE_DOWNED.match(c["notes"])) is not None and state.group("state") in table.actors:
                # "Jordan intercepted some flying objects that entered its airspace": the state named as the one who downed them
                c["actor1"] = c["sources"][0]["actor1"] = state.group("state")
            if _ISRAEL in table.actors and (not c["actor1"] or table.side(c["actor1"]) != "US and partners") and (
                    _ISRAELI_FORCES.search(c["notes"]) or c.get("country") == "IL" or c.get("place_id") in _HELD_BY_ISRAEL
                    # ("its naval forces intercepted a drone launched from the east ... before it could enter Israeli airspace")
                    or (not c["actor1"] and _INTO_ISRAEL.search(c["notes"]))):
                if c["actor1"] and table.side(c["actor1"]) == "Iran and aligned" and not c["actor2"]:
                    c["actor2"] = c["actor1"]  # "Israeli jets intercepted a drone the group launched": the group's drone
                c["actor1"] = _ISRAEL  # "the IDF intercepted a UAV", a drone downed over the Golan: Israel's air defences
            if ((not c["actor1"] or c["actor1"] == _US) and c.get("country") == "IQ" and _IRAQ in table.actors
                    and (_IRAQI_DEFENDERS.search(c["notes"]) or (_DOWNED_UNSAID.search(c["notes"]) and (
                        _IRAQI_SPEAKER.search(c["notes"]) or _PESHMERGA_POSITION.search(c["notes"])))
                         # ("A drone was shot down on the evening of March 3 near Baghdad International Airport", no US base named: Iraq's)
                         or (not c["actor1"] and _NEAR_BAGHDAD_AIRPORT.search(c["notes"]) and not _AMERICAN.search(c["notes"])
                             and not _US_HELD_AT_AIRPORT.search(c["notes"]) and not us_position(c.get("location"))))):
                # (and "A drone was shot down on Tuesday near Baghdad International airport, Iraqi authorities said": their own downing)
                c["actor1"] = c["sources"][0]["actor1"] = _IRAQ  # "In Basra, security forces shot down two drones"
                if c["actor2"] in (_US, _IRAQ):
                    c["actor2"] = ""
                    c["sources"][0].pop("actor2", None)
            # (a weapon downed at a base US forces hold, no one named, was downed by them; not at Erbil's air base, where the
            # Kurdistan Region's counter-terrorism forces down drones too)
            if not c["actor1"] and (us or (us_position(c.get("location")) and c.get("place_id") != "erbil-air-base")):
                c["actor1"] = _US
                if c["actor2"] == _US:
                    c["actor2"] = ""  # "an attempted strike against a US-led coalition base": the base's side shot it down
            if c["actor1"] and not c["actor2"] and claimed and claimed[0] != c["actor1"]:
                # whose drones were shot down: the group the article says claimed or was blamed (not when the report is followed by
                # "No group immediately claimed responsibility, but X has claimed dozens of similar attacks": no one owned up to it)
                c["actor2"] = _UNIDENTIFIED if _unclaimed(_sentence_span(c, text), text) else claimed[0]
                # (not the group that claimed shooting down "the MQ-9 Reaper": the weapon then is the other side's)
        if c["event_type"] == "Strategic developments":
            if (c["sub_event_type"] == "Other" and c["actor1"] == _IRAQ and not c["actor2"] and _US in table.actors
                    and _IRAQ_CONDEMNS.search(c["notes"])
                    and not _OTHER_STATE_OR_FOE.search(c["notes"])):
                # "The attack was condemned by the Iraqi government as escalatory and a violation of sovereignty", "Baghdad condemned
                # the strike calling it a 'clear hostile act'": the Iraqi government's word against the strike or attack, the US its
                # other side, as the labels code each (not a strike it names another's, "Iran's missile strike on Erbil", "the
                # Israeli strike", nor Turkey's on the PKK in Makhmour; nor a bombing, or an attack on Iraqi soldiers or the embassy)
                c["actor2"] = c["sources"][0]["actor2"] = _US
            continue
        if (c["actor1"] == _GENERIC_ALIGNED and _IRAQI_GROUPS.search(c["notes"]) and _UMBRELLA in table.actors and (
                c["actor2"] == _ISRAEL or c.get("country") == "IL" or c.get("place_id") in _HELD_BY_ISRAEL)):
            # "Iraqi militias claimed a drone strike on the port of Ashdod", "Iraqi militia groups aligned with Iran have claimed they
            # had targeted Ben Gurion Airport": the Iraqi groups' attacks on Israel are the umbrella's, which claimed them all
            c["actor1"] = c["sources"][0]["actor1"] = _UMBRELLA
            c["_kind"] = "attack"
        if (not c["actor1"] and c.get("country") == "SY" and c["_kind"] in ("attack", "strike") and _SYRIA in table.actors
                and "government" in c["notes"] and _GOVERNMENT_FORCES.search(c["notes"])):
            # "government forces shelled the villages of al-Dahalah and Jadeed Bakara": in Syria, Syria's
            c["actor1"] = c["sources"][0]["actor1"] = _SYRIA
        if not c["actor1"]:
            aligned_target = c["actor2"] in table.actors and table.side(c["actor2"]).startswith("Iran and aligned")
            if c["_kind"] == "strike" and (c["actor2"] == _ISRAEL or (
                    (c.get("country") == "IL" or c.get("place_id") in _HELD_BY_ISRAEL) and not _ISRAELI_FORCES.search(c["notes"]))):
                # "the group announced it had struck an Israeli military target", "The group launched a drone strike targeting a vital
                # site in Eilat": no one's strike on Israel, an attack
                c["_kind"] = "attack"
            elif c["_kind"] == "strike" and not aligned_target and c.get("country") == "IQ" and _FIELD_OR_HOSTED.search(c["notes"]):
                # "a third struck the nearby Tawke field", "another strike targeted a military installation hosting Italian and NATO
                # personnel": no one's strike on an oil or gas field or on the coalition's hosts in Iraq is the drones' attack, an
                # unidentified group's as the labels code every such attack (not unknown aircraft's)
                c["_kind"] = "attack"
            if (told := _strike_told_again(c, keep)) is not None:
                # "Wednesday night's drone raid happened in Baghdad's Mashtal neighbourhood", after a lede of the US drone strike in
                # Baghdad: that strike, told again without its actors, not a militia's drone attack on US forces in the city
                c["_kind"], c["actor2"] = "strike", told["actor2"]
                c["flags"].append("an unowned raid in the town where the article's strike hit: that strike")
            drones_of = _drones_owned(text, table) if c["_kind"] == "strike" and _UNOWNED_DRONES.search(c["notes"]) else None
            if drones_of is not None:
                a1 = drones_of  # "U.S. forces observed UAVs conducting airstrikes", in an article of "a Turkish UAV": Turkey's
            elif c["_kind"] == "strike" and _ISRAEL in table.actors and _ISRAELI_FORCES.search(c["notes"]) and not _AMERICAN.search(c["notes"]):
                a1 = _ISRAEL  # "the Israeli military said it had struck more than 2,000 sites": Israel's strike, not the US's
            elif (c["_kind"] == "strike" or aligned_target) and (us_struck or any(not _no_side(c["notes"], a.start(), a.end())
                                                                                for a in _AMERICAN.finditer(c["notes"]))):
                a1 = _US  # whoever struck a militia in this reporting, it was not the militia's own side
            elif ((c["_kind"] == "strike" or aligned_target) and _US_WORDING.search(c["notes"]) and not _ISRAELI_FORCES.search(c["notes"])
                  and not _OTHER_STRIKER.search(c["notes"]) and c.get("country") not in _NOT_US_THEATRE
                  and not _OTHER_LEADER.search(c["notes"]) and not israel_only()):
                a1 = _US  # "conducted necessary and proportionate strikes on three facilities", "was killed in a self-defense strike in
                # Baghdad": the US government's own words for its strikes, whoever the sentence names
                # (not in Lebanon, Israel, Gaza or Turkey, where others fly F-16s and strike "with precision"; not under another
                # state's leader, "Netanyahu directed strikes"; not in an article of Israel's strikes that names no American)
            elif aligned_target:
                # an air strike on the militias that no one owns up to is unknown aircraft's ("an airstrike that targeted their
                # headquarters in the Al-Dibis district"), as ACLED codes it; a ground attack on them, an unidentified group's
                # (a drone's attack on them too: "a suicide drone struck a PMF site", as the coders code it)
                a1 = (_UNOWNED if c["sub_event_type"] == "Air/drone strike" or (c["_kind"] == "strike" and c["sub_event_type"] == _SHELLING)
                      else _UNIDENTIFIED)
            elif c["_kind"] == "attack" and "Iran" in c["notes"] and _SPONSORED_ATTACK.search(c["notes"]):  # (its word first: a cheap test)
                a1 = _GENERIC_ALIGNED  # "an Iranian-aligned attack against U.S. forces in Syria": the militias Iran backs made it
            elif c["_kind"] == "attack" and (_unclaimed(span := _sentence_span(c, text), text) or (
                    _UNKNOWN_ATTACKER.search(c["notes"]) and not _claimed_after(span, acting, text))):
                a1 = _UNIDENTIFIED  # "None of the groups claimed responsibility for the strikes": not the claimant of another attack
            else:
                span = _sentence_span(c, text)
                # a group of another front ("Hamas's attack on Israel") does not sign an attack in Iraq, Syria or Jordan
                here = [a for a in claimed if c.get("country") not in _US_FRONT or table.actors[a].country in ("", "IQ", "SY")]
                # (not the generic militias when they are the report's target)
                # ("resistance fighters attacked a US military base", "the Resistance faction announced the targeting of al-Shadadi
                # US occupation base": the Iraqi groups' own name for themselves, when what they attacked was the US's; not
                # Hezbollah's or Hamas's "resistance", whose attacks are on Israel)
                resisting = c["_kind"] == "attack" and "esistance" in c["notes"] and _BARE_RESISTANCE.search(c["notes"]) is not None and (
                    c["actor2"] == _US or (not c["actor2"] and (us_position(c.get("location"), c["notes"]) or _american_party(c["notes"]))))
                a1 = (here[0] if here else _UMBRELLA if (umbrella or resisting) and c["_kind"] == "attack"
                      else _GENERIC_ALIGNED if _near(signers, span) and c["actor2"] != _GENERIC_ALIGNED
                      else _UNIDENTIFIED if c["_kind"] == "attack"
                      # an air strike nobody in the article owns up to, as ACLED codes it: unknown aircraft's
                      else _UNOWNED if c["sub_event_type"] == "Air/drone strike" and c.get("country") in ("IQ", "SY") else "")
            if a1:
                c["actor1"] = a1
                why = ("no perpetrator named in the article: coded as ACLED codes it" if a1 == _UNIDENTIFIED
                       else "no one in the article owns up to the strike: coded to Unidentified military forces" if a1 == _UNOWNED
                       else "actor taken from elsewhere in the article")
                c["flags"] = [f for f in c["flags"] if f != "no actor named for this report"] + [why]
                c["sources"][0]["actor1"] = a1
                c["confidence"] = round(max(0.0, c["confidence"] - 0.1), 2)  # the actor was not in the report's sentence
        if not c["actor2"]:
            side = table.side(c["actor1"]) if c["actor1"] in table.actors else "Other"
            # (and "The Islamic Resistance in Iraq announced that it had struck a 'vital target' in Haifa", "Hezbollah said it struck the
            # Stella Maris naval base": a strike the group owns, on Israel)
            if ((c["_kind"] == "attack" and side != "US and partners" or side.startswith("Iran and aligned"))
                    and (c.get("country") == "IL" or c.get("place_id") in _HELD_BY_ISRAEL) and _ISRAEL in table.actors):
                c["actor2"] = _ISRAEL  # "a drone attack on a vital site in Eilat": the Iraqi groups' attacks on Israel
            elif c["_kind"] == "attack" and side != "US and partners" and c.get("place_id") in _UK_HELD and _UK in table.actors:
                c["actor2"] = _UK  # "A drone struck near RAF Akrotiri in Cyprus": the British base's
            elif c["_kind"] == "attack" and side != "US and partners" and (us or us_position(c.get("location"), c["notes"])) and not (
                    c["actor1"] in _SPONSORS and not us_position(c.get("location")) and not _AMERICAN.search(c["notes"])) and not (
                    _MERCHANT_SHIP.search(c["notes"]) and not _american_party(c["notes"]) and not _US_SHIP.search(c["notes"])):
                # (not "fired missiles at a British-owned cargo ship in the Gulf of Aden": a merchant ship's crew, as the coders
                # leave it, whatever else the article says of US forces)
                # (not Iran's missiles on "the espionage headquarters of Israel in Iraq's Kurdistan region": a state's attack hits
                # US forces only where the report or its place says so)
                c["actor2"] = _US  # the attacked are US forces: the article says so, or the place is one of their bases
            elif side == "US and partners" or (c["_kind"] == "strike" and c["actor1"] == _UNOWNED):  # unowned aircraft too
                here = [n for n in named if table.actors[n].country in ("", c.get("country"))]  # not the Houthis for a strike in Iraq
                # (no group named: an unidentified armed group, unless the strike hit civilians or a thing ("killing two people", "hit
                # an ambulance"), which ACLED codes otherwise; a strike in Iran is on the state, below)
                # ("nine targets in two locations associated with Iranian groups in Syria": the militias Iran backs, not the Kurdish
                # opposition "Iranian groups" may name)
                # ("Two F-15 fighter jets attacked a weapons storage facility in eastern Syria", "a training facility and a safe house
                # near Abu Kamal and Mayadin", "strikes on two Iranian facilities in eastern Syria": the Revolutionary Guards' sites
                # the US struck in Deir ez-Zor, as the labels code them, 108 of the 175 US strikes there)
                c["actor2"] = (here[0] if here else _IRGC if guards else _GENERIC_ALIGNED if generic or _IRAN_LINKED_GROUPS.search(c["notes"])
                               else _IRGC if c["actor1"] == _US and c["_kind"] == "strike" and _guards_site(c)
                               else _UNIDENTIFIED if (c["_kind"] == "strike" and c["event_type"] != "Strategic developments"
                                                    and c.get("country") != "IR" and not _CIVILIAN_HARM.search(c["notes"])) else "")
        elif c["actor2"] == _GENERIC_ALIGNED and (len(named) == 1 or not named and guards) and c["_kind"] == "strike":
            # "a commander of a pro-Iran militia" in an article about one named militia; "pro-Iran fighters were killed in airstrikes",
            # then "the strikes hit depots of the Islamic Revolutionary Guard Corps": the force the article names, as for a strike
            # whose target the sentence does not name
            c["actor2"] = named[0] if named else _IRGC
        if (c["_kind"] == "attack" and c.get("place_id") in _IRAQI_HELD and c["actor2"] in ("", _US) and _IRAQ in table.actors
                and c["actor1"] != _IRAQ):
            if not _US_TROOPS.search(c["notes"]):
                c["actor2"] = _IRAQ  # a base the US forces left years before (Taji, Tallil, Kirkuk's K-1): the Iraqi forces there
            elif not c["actor2"] and table.side(c["actor1"]) != "US and partners":
                c["actor2"] = _US  # "killed three coalition members", "targeting coalition and partner forces on Camp Taji": theirs
        if (c["actor1"] == _UMBRELLA and _HOUTHIS in table.actors and contains_any(c["notes"], ("joint",))
                and _JOINT_WITH_IRAQIS.search(c["notes"])
                and not _HOUTHI_NAMED.search(c["notes"])):
            # "they targeted a ship in Haifa port ... in a joint military operation with the Islamic Resistance in Iraq": the Houthis'
            # statements of their joint operations, the Iraqi group named as their partner (the one who told of it unnamed)
            c["actor1"] = c["sources"][0]["actor1"] = _HOUTHIS
        if c["actor2"] == c["actor1"]:
            c["actor2"] = ""
    for c in keep:  # "Tribal fighters clashed with each other ... in Basra province": Syria's tribal forces fight in Syria only
        for field in ("actor1", "actor2"):
            if c[field] == _TRIBES and c.get("country") not in (None, "", "SY"):
                _rename(c, field, _UNIDENTIFIED if field == "actor1" else "")
        if (c["actor1"] == _TRIBES and not c["actor2"] and c["event_type"] == "Battles" and c.get("country") == "SY"
                and _SDF in table.actors and _in_box(c, _SDF_HELD) and not _GOVERNMENT_FORCES.search(c["notes"])):
            # "Tribal forces were able to penetrate through the towns of al-Kashkiya, Gharanij, Abu Hamam, Diban": the tribes' war
            # east of the Euphrates, against the SDF that holds those towns (the side named for it, as the labels code each battle)
            c["actor2"] = c["sources"][0]["actor2"] = _SDF
    if _HEZBOLLAH in table.actors:
        for c in keep:  # "Islamic Resistance fighters in southern Lebanon struck an Israeli tank", "a drone launched from Lebanon ...
            # and the Islamic Resistance claimed": Hezbollah's name for itself, not the Iraqi umbrella, which never fought from Lebanon
            if _UMBRELLA in (c["actor1"], c["actor2"]) and (c.get("country") == "LB" or _FROM_LEBANON.search(c["notes"])):
                for field in ("actor1", "actor2"):
                    if c[field] == _UMBRELLA:
                        _rename(c, field, _HEZBOLLAH)
    if _KH in table.actors:
        kh_named = _KH in {m.actor for m in actors}
        # "Hezbollah vehicles in Abu Ghraib" in an article about Kata'ib Hezbollah: the Iraqi group, not Lebanon's; and a target in
        # Iraq ("Hezbollah faction sites in the Jarf al-Sakhr area") or an attacker the words make Iraqi ("blamed the Hezbollah
        # affiliate") whether the article names Kata'ib Hezbollah or not (as the labels code it, dev65)
        for c in keep:
            for field in ("actor1", "actor2"):
                if c[field] == _HEZBOLLAH and c.get("country") == "IQ" and (
                        kh_named or field == "actor2" or _IRAQI_HEZBOLLAH.search(c["notes"])):
                    _rename(c, field, _KH)


def _rename(c: dict, field: str, actor: str) -> None:
    """The report's ``field`` (actor1 or actor2) is ``actor``, and so is each of its sources' that named the one it replaces (the
    report's own words, which merging reads)."""
    was, c[field] = c[field], actor
    for source in c["sources"]:
        if source.get(field) == was:
            source[field] = actor


_KH, _HEZBOLLAH = "Kata'ib Hezbollah", "Hezbollah"
#: Lebanon as where a report's fighters or weapon came from: "in southern Lebanon", "launched from Lebanon", "in south Lebanon".
_FROM_LEBANON = re.compile(r"\b(?:from|in)\s+(?:the\s+)?(?:southern\s+|south\s+)?Lebanon\b|\bLebanese\s+(?:border|territory)\b|"
                           r"\bHezbollah['’]s\s+Islamic\s+Resistance\b")  # (and "Hezbollah's Islamic Resistance claimed")
#: What the US struck in eastern Syria that was the Revolutionary Guards': their facilities, depots, training sites and safe houses
#: ("a weapons storage facility", "an ammunition storage area", "a training facility and a safe house"), or Iran's own ("two Iranian
#: facilities", "Iranian military headquarters"); not a truck, a launcher or a tank ("truck-mounted rocket launchers, a tank").
_GUARDS_SITES = re.compile(r"\b(?:facilit(?:y|ies)|(?:weapons?|ammunition|munitions?|ammo)\s+(?:storage|depots?|dumps?|warehouses?|"
                           r"facilit(?:y|ies))|training\s+(?:cent(?:er|re)|camp|site)|safe\s*houses?|Iranian\s+(?:military\s+)?"
                           r"(?:headquarters|sites|positions|bases))\b", re.I)
#: Deir ez-Zor governorate, eastern Syria, as a box of (lon, lat): where the US struck the Revolutionary Guards' sites.
#: Boxes of Syria, ((west, south), (east, north)) in degrees: Deir ez-Zor; the north-east the SDF held (Deir ez-Zor east of the
#: Euphrates, Raqqa, Hasakah, Manbij: north and east of 34.4 N 37.8 E, to Syria's borders), not Sweida far to the south-west.
_DEIR_EZ_ZOR = ((39.3, 34.3), (41.4, 36.2))
_SDF_HELD = ((37.8, 34.4), (42.5, 37.5))


def _in_box(c: dict, box: tuple[tuple[float, float], tuple[float, float]]) -> bool:
    """Whether the report ``c`` is placed in Syria inside ``box``."""
    (west, south), (east, north) = box
    lon, lat = c.get("longitude"), c.get("latitude")
    return (c.get("country") == "SY" and lon is not None and lat is not None and west <= float(lon) <= east
            and south <= float(lat) <= north)


def _guards_site(c: dict) -> bool:
    """Whether the strike ``c`` hit what its words make a site of the Revolutionary Guards' in eastern Syria (Deir ez-Zor)."""
    return _in_box(c, _DEIR_EZ_ZOR) and _GUARDS_SITES.search(c["notes"]) is not None


#: An attack told as the sponsored militias' own: "an Iranian-aligned attack", "Iran-backed drone attacks".
_SPONSORED_ATTACK = re.compile(r"\b(?:Iran|Iranian)[-\s](?:aligned|backed|linked|affiliated|sponsored)\s+(?:(?:drone|rocket|missile)\s+)?"
                               r"attacks?\b")
#: A weapon stopped before it reached Israel: "before it could enter Israeli airspace", "before it crossed into Israeli territory".
_INTO_ISRAEL = re.compile(r"\bbefore\s+it\s+(?:could\s+)?(?:enter(?:ed)?|cross(?:ed)?\s+into|reach(?:ed)?)\s+Israeli\s+(?:airspace|territory|waters)\b")
_HOUTHIS = "Houthis"
#: The Iraqi group named as a partner in a joint operation: "a joint military operation with the Islamic Resistance in Iraq", "two
#: joint military attacks with the Iraqi Islamic Resistance".
_JOINT_WITH_IRAQIS = re.compile(r"\bjoint\s+(?:military\s+)?(?:operations?|attacks?)\s+with\s+(?:the\s+)?(?:Iraqi\s+)?Islamic\s+"
                                r"[Rr]esistance\b", re.I)
_HOUTHI_NAMED = re.compile(r"\b(?:Houthi|Ansar\s*Allah|Ansarallah|Yemen)", re.I)
#: A weapon downed by Baghdad's airport ("shot down near Baghdad International Airport", "downed near Baghdad airport").
_NEAR_BAGHDAD_AIRPORT = re.compile(r"\b(?:shot|brought|downed|intercepted)\b(?:\s+down)?[^.;]{0,40}?\b(?:near|over|at)\s+(?:the\s+)?Baghdad\s+"
                                   r"(?:International\s+)?[Aa]irport\b")
#: The US-held base at Baghdad's airport, or the coalition there: "Victoria Base", "Camp Victory", "where US forces are stationed".
_US_HELD_AT_AIRPORT = re.compile(r"\b(?:Victoria|Victory|Union\s+III|coalition|Coalition|stationed|embassy|Embassy)\b")
_SYRIA = "Syrian government forces"
#: A state's forces named by no state: "government forces shelled the villages".
_GOVERNMENT_FORCES = re.compile(r"(?<!\bby\s)(?<!\bwith\s)(?<!\bagainst\s)(?<!\bon\s)(?<!\bfrom\s)\b(?:[Tt]he\s+)?government\s+(?:forces|troops)\b"
                                r"(?!\s+(?:of|in)\b)")  # (not "held by government forces", "clashed with government forces")
#: The resistance named by no country or creed: "the resistance conducted a drone attack", "resistance fighters attacked", "the
#: Resistance forces", "The Resistance group" (not "resistance to", "met resistance from").
_BARE_RESISTANCE = re.compile(r"(?:\b[Tt]he\s+|^\W*)[Rr]esistance\b(?!\s+(?:to|of|against|in|from|by)\b)|"
                              r"\b[Rr]esistance\s+(?:fighters|forces|groups?|factions?)\b")
#: The militias named as Iraq's: "Iraqi militias", "Iraqi militia groups aligned with Iran", "Iraqi-based terrorists".
_IRAQI_GROUPS = re.compile(r"\bIraqi(?:-based)?\s+(?:Shi(?:['’]?a|ite)\s+)?(?:militias|militia\s+groups|militants|militant\s+groups|"
                           r"armed\s+(?:groups|factions)|factions|terrorists)\b")
#: Hezbollah named as an Iraqi group's part: "the Hezbollah affiliate", "a Hezbollah faction", "Iraqi Hezbollah".
_IRAQI_HEZBOLLAH = re.compile(r"\bHezbollah\s+(?:affiliate|faction)s?\b|\bIraqi\s+Hezbollah\b")
#: "Iranian groups" told as the users or the associates of what a strike hit: the militias Iran backs.
_IRAN_LINKED_GROUPS = re.compile(r"\b(?:(?:associated|affiliated|linked|tied|connected)\s+(?:with|to)|used\s+by)\s+(?:the\s+)?"
                                 r"(?:militant\s+)?Iranian\s+groups\b")
#: What a strike no one owns hit, when it is the militias' drones' kind of target: an oil or gas field ("the Khor Mor gas field", "the
#: nearby Tawke field") or a site hosting the coalition's forces ("a military installation hosting Italian and NATO personnel").
_FIELD_OR_HOSTED = re.compile(r"\b(?i:oil|gas)\s*(?i:fields?)\b|\b[A-Z][\w'’-]+\s+(?:(?i:oil|gas)\s+)?field\b|"
                              r"\b(?i:hosting)\s+(?:[\w-]+\s+){0,4}?(?i:personnel|forces|troops)\b")
#: Deir ez-Zor's Arab tribal forces, an actor of Syria's fighting only.
_TRIBES = "Arab tribal forces"
_SDF = "Syrian Democratic Forces"
#: The Iraqi government's words against a strike or attack: "condemned", "denounced", "a flagrant violation of Iraq's sovereignty",
#: "a clear hostile act", "aggression".
_IRAQ_CONDEMNS = re.compile(r"\b(?:condemn\w*|denounc\w*|violation|sovereignty|hostile\s+act|aggression)\b", re.I)
#: What Iraq condemned when it was not the US's doing: another state's strike ("Iran's missile strike", "the Israeli strike"), a strike
#: on the PKK or in Makhmour, Sinjar or Sulaimaniyah (Turkey's pattern), a bombing, an attack on a gas field, the embassy or Iraq's own
#: soldiers.
_OTHER_STATE_OR_FOE = re.compile(r"\b(?:Iran(?:ian)?|Israel(?:i)?|Turk(?:ey|ish|iye)|Jordan(?:ian)?|PKK|Makhmour|Sinjar|Duhok|"
                                 r"Sulaimaniyah|Sulaymaniyah|Qandil|Syrian|bombing|market|(?:gas|oil)\s+field|Khor\s+Mor|[Ee]mbassy|"
                                 r"Iraqi\s+(?:soldiers|troops|police|forces))\b")
#: The militias' state sponsors, when they act themselves: Iran and its Revolutionary Guards.
_SPONSORS = frozenset({"Iran", _IRGC})
_ISRAEL = "Israel"
#: A state as the subject of a downing, opening its sentence: "Jordan intercepted some flying objects", "Israel said it shot down".
_STATE_DOWNED = re.compile(r"\W*(?P<state>Jordan|Israel|Iraq)\s+(?:(?:said|says|announced)\s+(?:that\s+)?it\s+(?:had\s+)?)?"
                           r"(?:intercepted|shot\s+down|downed|destroyed|brought\s+down)\b")
#: Israel's forces named as the ones acting: "the IDF intercepted", "Israeli fighter jets early on Monday intercepted".
_ISRAELI_FORCES = re.compile(r"\b(?:IDF|Israel\s+Defen[cs]e\s+Forces|Israeli\s+(?:army|military|forces|air\s+force|navy|air\s+defen[cs]es?|"
                             r"fighter\s+jets?|jets|warplanes|aircraft|troops|corvette|missile\s+ship))\b"
                             # (not "an Israeli military target", "Israeli army positions": what was struck)
                             rf"(?!\s+(?:[\w-]+\s+)?{TARGET_NOUNS}\b)|"
                             # "Israel said on November 10 that it conducted a strike in Syria": Israel is the one who struck
                             r"^\W*Israel\s+(?:said|says|announced|confirmed)\s+(?:[\w,]+\s+){0,5}?(?:that\s+)?it\s+(?:had\s+)?"
                             r"(?:conducted|carried\s+out|struck|hit|targeted|attacked|bombed)\b", re.I)
#: The US side speaking of its strikes: its command, its defence department, its president ("The President directed strikes").
_US_COMMAND = re.compile(r"\b(?:CENTCOM|Central\s+Command|Pentagon|(?:Department\s+of\s+Defen[cs]e|Defen[cs]e\s+Department)|White\s+House|"
                       r"(?:U\.S\.|US)\s+President|[Tt]he\s+President(?!\s+of\b)|Biden|Austin|Ryder|Kirby)\b")
#: Strikes the article calls American ("a flurry of US air strikes on its soil"), not the war on Iran ("US strikes on Iran").
_US_STRIKES = re.compile(r"\b(?:U\.S\.|US|American|United\s+States)\s+(?:military\s+)?(?:air\s*strikes?|airstrikes?|strikes?|drone\s+strikes?|"
                         r"raids?|bombing|aggression)\b(?![^.;]{0,20}\b(?:on|against|in|inside)\s+Iran\b)")
#: Before a name, a list of the parties to a wider war: "following direct hostilities involving the United States, Israel, and Iran".
_PARTIES_AT_WAR = re.compile(r"\b(?:hostilities|war|conflict|confrontation)\s+(?:involving|between)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,6}"
                             r"(?:and\s+)?(?:the\s+)?$")


#: After a name: a company's seat ("US-based").
_BASED_AFTER = re.compile(r"-based\b")


#: A strike told by drones no one owns in its sentence ("UAVs conducting airstrikes", "a drone struck").
_UNOWNED_DRONES = re.compile(r"\b(?:UAVs?|drones?|unmanned\s+aerial\s+vehicles?)\b", re.I)
#: Before a state's drones: a sale, not a flight ("signed a deal to buy Turkish drones", "exports of Israeli drones").
_DRONES_TRADED = re.compile(r"\b(?:buy|buys|bought|buying|purchas\w*|deals?|sales?|sell\w*|sold|exports?|export\w*|imports?|acquir\w*|"
                            r"suppl\w*|deliver\w*|contracts?|orders?|ordered)\b[^.;]*$", re.I)
#: A state's drones named in the article ("a Turkish UAV", "Israeli drones"): the states that strike with drones in the theatre.
_STATE_DRONES = re.compile(r"\b(Turkish|Israeli)\s+(?:[\w-]+\s+){0,2}?(?:UAVs?|drones?|unmanned\s+aerial\s+vehicles?)\b(?!-)")


def _drones_owned(text: str, table) -> str | None:
    """The one state whose drones the article names flying ("a Turkish UAV reentered the ROZ"), if one only (not "Iraq signed a
    deal to buy Turkish drones": a sale)."""
    states = {"Turkey" if m.group(1) == "Turkish" else _ISRAEL for m in _STATE_DRONES.finditer(text)
              if not text[m.start(1) - 1:m.start(1)] == "-" and not _DRONES_TRADED.search(text, max(0, m.start() - 60), m.start())}
    return next(iter(states)) if len(states) == 1 and next(iter(states)) in table.actors else None


def _no_side(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is no side of a reported event: one of the parties listed to a wider war, a
    war's name ("the US-Israeli war against Iran"), a company's seat ("according to US-based operator HKN Energy"), or who judged
    the report ("The United States strongly condemns the suicide attack", :func:`~.context.judge_of_it`)."""
    return (_PARTIES_AT_WAR.search(text, max(0, start - 80), start) is not None or _BASED_AFTER.match(text, end) is not None
            or war_named_after(text, end) or judge_of_it(text, end, text[end:end + 160]) or onlooker(text, end) or zone_named(text, end))


_AMERICAN = re.compile(r"\b(?:U\.S\.|US|American|United\s+States|CENTCOM|Pentagon)\b")
def _american_party(notes: str) -> bool:
    """Whether ``notes`` name the US other than as their source ("US forces", not "according to US Central Command")."""
    return any(not source_named(notes, a.start(), a.end()) for a in _AMERICAN.finditer(notes))


#: A merchant ship named as what an attack was aimed at ("a British-owned cargo ship", "a tanker"), and a US warship ("the USS
#: Carney", "a destroyer").
_MERCHANT_SHIP = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|bulkers?|bulk\s+carriers?|container\s+carriers?)\b", re.I)
_US_SHIP = re.compile(r"\bUSS\b|\b(?:warships?|destroyers?|cruisers?|navy|aircraft\s+carriers?)\b", re.I)
#: Right after the militias' name: what of theirs was struck ("Iranian proxy targets", "Iran-backed militia sites").
_TARGETS_NAMED = re.compile(r"\s+(?:targets|sites|positions|facilities|bases|headquarters)\b")
#: What a strike hit that is no armed group: people, a family, paramedics, a house, an ambulance, an airport, a warehouse.
_CIVILIAN_HARM = re.compile(r"\b(?:civilians?|people|persons|famil(?:y|ies)|wom[ae]n|child(?:ren)?|shepherds?|farmers?|paramedics?|"
                            r"journalists?|passengers?|ambulances?|houses?|homes?|hospitals?|schools?|markets?|airports?|warehouses?|"
                            r"residential|bridges?|power\s+(?:station|plant))\b", re.I)
#: Another state's aircraft named as the striker: "Saudi-led coalition jets", "British Typhoons", "Emirati warplanes".
_OTHER_STRIKER = re.compile(r"\b(?:Saudi(?:-led)?|Emirati|Israeli|British|UK|Turkish)\s+(?:[\w-]+\s+)?(?:jets|warplanes|aircraft|planes|Typhoons|"
                            r"drones|forces|artillery|barrage|shelling|strikes?|airstrikes?|coalition)\b")
#: Where an unowned strike in the US's words is not the US's: Lebanon, Israel, the Palestinian territories, Turkey.
_NOT_US_THEATRE = frozenset({"LB", "IL", "PS", "TR"})
#: Another state's leaders, who direct their own strikes: "Netanyahu directed strikes", "Erdogan ordered".
_OTHER_LEADER = re.compile(r"\b(?:Netanyahu|Gallant|Katz|Erdogan|Erdoğan|Putin|Assad)\b")
#: The words the US government gives its own strikes: "self-defense strikes", "a unilateral strike", "necessary and proportionate
#: strikes" (or "action"), "discrete precision strikes".
_US_WORDING = re.compile(r"\bself-defen[cs]e[\"”’']?\s+(?:air\s*)?strikes?\b|\bunilateral\s+(?:air\s*)?strikes?\b|"
                         r"\bnecessary\s+and\s+proportionate\s+(?:strikes?|action|response)\b|\bdiscrete,?\s+(?:precision\s+)?(?:air\s*)?strikes\b|"
                         # "conducted a defensive airstrike in the Musayib", "last night's defensive strikes on 5 ... sites", "The precision
                         # airstrikes on Sunday targeted a training center", "a precision drone strike in eastern Baghdad": the Pentagon's words
                         r"\b(?:defensive|precision)[\"”’']?\s+(?:drone\s+)?(?:air\s*)?strikes?\b|"
                         # its aircraft ("A pair of F-16s targeted two facilities", "carried out by two F-15 fighter jets", "An Air Force
                         # gunship struck a vehicle", "a MQ-9 Reaper engaged five militants"), when no other state's are named (not
                         # "Israeli F-16s": see _OTHER_STRIKER), and its chiefs ("the President directed strikes", "The Administration
                         # conducted retaliatory strikes", "multinational strikes against ... Houthi")
                         r"(?<!Israeli\s)(?<!Jordanian\s)(?<!Turkish\s)\b(?-i:F-1[56]E?s?|F/A-18s?|A-10s?|B-1Bs?|B-52s?|AC-130J?s?|MQ-9)(?![\w-])|"
                         r"\b(?:Air\s+Force\s+)?gunships?\b|"
                         r"\b(?-i:[Tt]he\s+(?:President|Administration))\s+(?:directed|ordered|conducted|launched|carried\s+out)\b|"
                         r"\bdirected\s+(?:[\w-]+\s+)?strikes\b|\bmultinational\s+(?:air\s*)?strikes\b|"
                         # CENTCOM's formula: "destroyed four unmanned aerial vehicles in Houthi-controlled areas of Yemen" (not another
                         # state's jets: "Saudi-led coalition jets destroyed a weapons depot in a Houthi-controlled area")
                         r"\bdestroyed\b[^.;]{0,160}\bin\s+(?:an?\s+|the\s+)?Houthi-(?:controlled|held)\s+(?:areas?|territory|parts?)\b",
                         re.I)
#: Places held by Israel that the gazetteer files under another country (the Golan Heights, under Syria, as ACLED does).
_HELD_BY_ISRAEL = frozenset({"golan-heights", "eliad", "jordan-valley"})



def at_country(c: dict, home: Place, why: str, flag: str | None = None) -> None:
    """Codes ``c`` at ``home``, a country, at geo precision 3; ``why`` is the reason given as how it was matched, and
    ``flag``, if given, says where it was placed in place of "no place in the report"."""
    c.update(place_id=home.id, location=home.name, country=home.country, latitude=home.lat, longitude=home.lon,
             geo_precision=3, matched_by=why, _scope="country")
    if flag is not None:
        c["flags"] = [f for f in c["flags"] if f != "no place in the report"] + [flag]


def place_at_country(c: dict, home: Place, whose: str, why: str) -> None:
    """Codes ``c`` at ``home``, the country of ``whose`` (an actor) (see :func:`at_country`), and a
    flag says where it was placed."""
    at_country(c, home, why, f"placed at {home.name}, the country of {whose}")


#: The wider war's other fronts: Gaza and the West Bank, Lebanon, and Iran (the Israel-Iran wars of 2025 and 2026).
_OTHER_FRONTS = frozenset({"PS", "LB", "IR"})


def _other_fronts(out: list[dict]) -> None:
    """Reports from the wider war's other fronts ("an Israeli strike on Beirut last week", "Israel's
    attacks on Khan Younis") in an article whose news is elsewhere are its setting: background, flagged."""
    news = {c.get("country") for c in out if not c.get("background") and c.get("country") and (
        c["event_type"] != "Strategic developments" or c["sub_event_type"] == "Disrupted weapons use")}  # a drone shot down is news too
    if not news - _OTHER_FRONTS - {"IL"}:
        return  # the article is about that front (or Israel's, whose wars they are: "Iranian missiles hit Haifa ... Israeli jets
        # struck a fuel depot in Tehran"): its reports are its news
    for c in out:
        # (not a place Israel holds, "a target in the Jordan Valley": the Iraqi groups' attacks on Israel are this reporting's news.
        # Iran struck the day of news in Iraq is its setting too: the coders placed 2 of 4,318 news events in Iran)
        if c.get("country") in _OTHER_FRONTS and not c.get("background") and c.get("place_id") not in _HELD_BY_ISRAEL:
            c["background"] = True
            c["flags"].append("another front of the wider war, told as the setting of this article's news: background")


#: An attack told as what a strike answered: "These strikes were in response to a rocket attack on U.S. personnel at Shaddadi".
_ANSWERED_ATTACK = re.compile(r"\b(?:in\s+(?:response|retaliation|reply)\s+(?:to|for)|retaliat\w+\s+(?:for|against)|respond\w*\s+to)\b",
                              re.I)
#: The strike told in the attack's own sentence as its answer: "and that the AC-130 responded immediately", "adding that an AC-130J
#: was already in the air and had spotted the vehicle from which the missile came".
_ANSWERED_AT_ONCE = re.compile(r"\b(?:responded|retaliated)\s+[“\"]?(?:immediately|at\s+once|within\s+minutes)\b|"
                               r"\balready\s+in\s+the\s+air\b", re.I)


def undated_beside_news(merged: list[dict], text: str) -> None:
    """Attacks an article tells without a day beside its dated news of another kind ("The American
    injuries occurred during four attacks: a drone attack at al-Harir ..." in a report of a strike it
    dates) are that news's history, listed apart and flagged, unless the strike answered them ("in
    response to a rocket attack on U.S. personnel at Shaddadi"); one the strike came after ("The
    strikes came after an attack ... at a base in Erbil") or answered at once takes the strike's day,
    when the article dates one. ``merged``: the article's reports, merged within it; ``text``: the
    article's text."""
    news = {c["_kind"] for c in merged if c["event_date"] is not None and c.get("time_precision") == 1 and not c.get("background")
            and c["event_type"] != "Strategic developments"}  # the kinds of report the article dates to the day
    if not news or "attack" in news:
        return
    strike_days = {c["event_date"] for c in merged if c["_kind"] == "strike" and c["event_date"] is not None and not c.get("background")}
    for c in merged:
        if c["event_date"] is not None or c["_kind"] != "attack" or not c.get("place_id") or c.get("background"):
            continue
        came_after = _STRIKE_CAME_AFTER.search(text, *_sentence_span(c, text) or (0, 0))  # "The strikes came after an attack ..."
        if _ANSWERED_AT_ONCE.search(c["notes"]) or came_after:
            if len(strike_days) == 1:  # the attack the strike answered (at once, or told as what it came after): the strike's day,
                _dated_by(c, next(iter(strike_days)), "the strike that answered it")  # or the night before it
        elif not _ANSWERED_ATTACK.search(c["notes"]):  # ("in retaliation for a drone attack at Tower 22": maybe days before)
            c["background"] = True
            c["flags"].append("an attack told without a day beside the article's dated news of a strike: history")


#: A lull the article reports: "There have been no attacks on US forces in Iraq and Syria since November 23", "not targeted since".
# Every alternative opens with "no" at a word's start (either case): written so that the pattern opens with its "N" or "n", the
# start told by a look-behind after it and the rest read ignoring case, so that re skips to those letters; the same matches.
_NONE_SINCE = re.compile(r"[Nn](?<!\w[Nn])(?i:"
                         r"(?:o|ot\s+(?:been\s+)?(?:any|a\s+single))\s+(?:(?:new|further|more|other|reported)\s+)?(?:attacks?|strikes?|"
                         r"claims?)\b[^.;]{0,80}?\bsince\s+|ot\s+(?:been\s+)?(?:targeted|attacked)\b[^.;]{0,60}?\bsince\s+)")
#: How long before the article a lull must have begun for the attacks told without a day to be its history, not its news.
_LULL_DAYS = 3
#: How long before the article a lull may have begun to date the attacks it tells without a day.
_LULL_READ = 45


def _before_the_lull(out: list[dict], published: date, text: str) -> None:
    """Attacks an article tells without their own day ("The latest attacks saw ... drones at Ain
    al-Asad"), beside its news that there have been no attacks since a day ("since November 23"),
    came before that day: dated by it (time precision 2) and, when it is days before the article,
    its history."""
    for lull in _NONE_SINCE.finditer(text):
        days = [d for d in find_dates(text[lull.end():lull.end() + 40], published=published) if d.start == 0 and d.date is not None
                and 0 <= (published - d.date).days <= _LULL_READ]  # a lull of these weeks, not "no attacks since May 2022"
        if not days:
            continue
        day = days[0].date
        for c in out:
            if (c["_kind"] == "attack" and c["_date"] is not None and c["_date"] > day and c["event_type"] != "Strategic developments"
                    and c["sources"][0].get("date_kind") in ("published", "inherited", "none")):
                c["_date"], c["time_precision"] = day, 2
                c["event_date"] = c["sources"][0]["event_date"] = day.isoformat()
                c["flags"] = [f for f in c["flags"] if not f.startswith("no day")] + [
                    f"the article says there were no attacks since {day.isoformat()}: dated by that day"]
                if (published - day).days >= _LULL_DAYS:
                    c["background"] = True
        return


def mark_history(out: list[dict], published: date | None, text: str = "", *, listed: bool | None = None) -> None:
    """Marks the article's history as background (see :func:`_background`), the war's start and its other fronts. ``listed``
    is whether the text is a :func:`chronology`, when the caller has read it already."""
    if published is not None and ("since" in text or "Since" in text):
        _before_the_lull(out, published, text)
    if listed is None:
        listed = chronology(text)
    if not listed:
        # (both patterns open with "^", re.M, and match no empty string: tried at the lines' starts only)
        reference = next(line_matches(_REFERENCE_PAGE, text), None) or next(line_matches(_DEFINITION, text, 0, 600), None)
        _background(out, published, reference=reference is not None, text=text)
    # (read only when it can matter, and only up to the count that decides)
    digest = (not listed and published is not None
              and sum(1 for _ in islice(_DIGEST_DAY.finditer(text), _DIGEST_DAYS_TOLD)) >= _DIGEST_DAYS_TOLD)
    if (listed or digest) and published is not None:
        # a chronology ("2024 in Syria"): each dated line is its news, however long before the page's last entry; a month's digest
        # ("Iran-backed militia 5 Aug struck Ain al-Asad base"), written after its month: its month's news
        window, why = ((_CHRONOLOGY_DAYS, "a line of the page's chronology: its news") if listed
                       else (_DIGEST_DAYS, "a day of the month's digest: its news"))
        for c in out:
            if c.get("background") and c["_date"] is not None and 0 <= (published - c["_date"]).days <= window:
                c["background"] = False
                c["flags"].append(why)
    _war_start(out)
    _other_fronts(out)
